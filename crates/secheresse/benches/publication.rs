//! Publication benches (issue #5, "Speed"): the rebuild of the computed zones of the whole country, the
//! construction of a snapshot (open-data files, manifest, index, map layers) and its atomic swap while lookups
//! run, with the number of failed lookups.
//!
//! Data: the real full-resolution Var zones (8 ESU + 2 ESO, 21,515 vertices) copied into 96 départements by
//! translation over metropolitan France (about 2.07 M vertices, 960 reference zones), each under an arrêté
//! cadre and an arrêté de restriction whose drinking-water zones are derived from both resources (the
//! heaviest rule: unions and differences of overlapping polygons). Run with
//! `cargo bench -p secheresse --bench publication`; a summary is printed last.

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::Criterion;
use geo::{Coord, CoordsIter, Translate};
use secheresse::domain::arrete::{ArreteCadre, ArreteRestriction, FinArrete, ZoneCadre};
use secheresse::domain::calcul::{DonneesDepartement, compute_zones};
use secheresse::domain::nomenclature::{NiveauGravite, RessourceEap, StatutArrete, Thematique};
use secheresse::domain::recherche::{Lieu, RequeteZones};
use secheresse::domain::regle_gestion::RegleGestion;
use secheresse::domain::restriction::{
    CibleRestriction, ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Restriction, Usage,
};
use secheresse::domain::zone_alerte::{CodeDepartement, ZoneAlerte};
use secheresse::domain::zone_calculee::ZoneCalculee;
use secheresse::import::parse_zones_geojson;
use secheresse::publication::{
    DepartementACalculer, Instantane, Publications, calculer_departements, parallelisme,
};

const DATA_DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/secheresse"
);
/// The grid the copies are laid on: cells larger than the Var's box (1.27° × 0.83°), so copies never overlap.
const LON_RANGE: (f64, f64) = (-6.0, 8.0);
const LAT_RANGE: (f64, f64) = (41.5, 51.0);

fn departements() -> Vec<CodeDepartement> {
    (1..=95)
        .filter(|code| *code != 20)
        .map(|code| format!("{code:02}"))
        .chain(["2A".to_owned(), "2B".to_owned()])
        .filter_map(|code| CodeDepartement::parse(&code).ok())
        .collect()
}

fn var_zones() -> Option<Vec<ZoneAlerte>> {
    let mut zones = Vec::new();
    for name in [
        "assec_var83_esu_zones_2018.geojson",
        "assec_var83_eso_zones_2018.geojson",
    ] {
        let bytes = std::fs::read(format!("{DATA_DIR}/{name}")).ok()?;
        zones.extend(
            parse_zones_geojson(&bytes)
                .ok()?
                .into_iter()
                .map(|zone| zone.zone),
        );
    }
    Some(zones)
}

struct Departement {
    code: CodeDepartement,
    zones: Vec<ZoneAlerte>,
    cadre: ArreteCadre,
    arrete: ArreteRestriction,
}

fn usage(nom: &str) -> Usage {
    Usage {
        id: None,
        nom: nom.to_owned(),
        thematique: Thematique::Arroser,
        concerne: ConcerneProfils::TOUS,
        eaux: ConcerneEaux::default(),
        descriptions: DescriptionsNiveaux {
            vigilance: Some("Arrosage déconseillé de 11 h à 18 h.".to_owned()),
            alerte: Some("Interdit de 11 h à 18 h.".to_owned()),
            alerte_renforcee: Some("Interdit de 9 h à 20 h.".to_owned()),
            crise: Some("Interdit.".to_owned()),
        },
    }
}

/// The national set: the Var zones copied into every département, on a grid.
fn national() -> Option<Vec<Departement>> {
    let var = var_zones()?;
    let (mut min_x, mut min_y) = (f64::INFINITY, f64::INFINITY);
    for coord in var
        .iter()
        .filter_map(|zone| zone.geometrie.as_ref())
        .flat_map(CoordsIter::coords_iter)
    {
        min_x = min_x.min(coord.x);
        min_y = min_y.min(coord.y);
    }
    let codes = departements();
    let columns = (codes.len() as f64).sqrt().ceil() as usize;
    let rows = codes.len().div_ceil(columns);
    let step_x = (LON_RANGE.1 - LON_RANGE.0) / columns as f64;
    let step_y = (LAT_RANGE.1 - LAT_RANGE.0) / rows as f64;
    let debut = NaiveDate::from_ymd_opt(2026, 6, 1);
    let niveaux = NiveauGravite::ALL;
    Some(
        codes
            .into_iter()
            .enumerate()
            .map(|(position, code)| {
                let dx = LON_RANGE.0 + step_x * (position % columns) as f64 - min_x;
                let dy = LAT_RANGE.0 + step_y * (position / columns) as f64 - min_y;
                let zones: Vec<ZoneAlerte> = var
                    .iter()
                    .map(|zone| ZoneAlerte {
                        code: format!("{}_{}", code.as_str(), zone.code),
                        departement: Some(code.clone()),
                        geometrie: zone
                            .geometrie
                            .as_ref()
                            .map(|geometrie| geometrie.translate(dx, dy)),
                        ..zone.clone()
                    })
                    .collect();
                let id = i64::try_from(position).unwrap_or(0) + 1;
                let cadre = ArreteCadre {
                    id,
                    numero: format!("AC-{}", code.as_str()),
                    date_debut: NaiveDate::from_ymd_opt(2026, 1, 1),
                    date_fin: None,
                    statut: StatutArrete::Publie,
                    fichier: Some("ac.pdf".to_owned()),
                    departement_pilote: code.clone(),
                    departements: vec![code.clone()],
                    zones: zones
                        .iter()
                        .map(|zone| ZoneCadre {
                            zone: zone.cle(),
                            communes_ajoutees: Vec::new(),
                        })
                        .collect(),
                    usages: [
                        "Arrosage des pelouses",
                        "Lavage des véhicules",
                        "Piscines",
                        "Potagers",
                    ]
                    .map(usage)
                    .to_vec(),
                    arrete_cadre_abroge: None,
                };
                let arrete = ArreteRestriction {
                    id,
                    numero: format!("AR-{}", code.as_str()),
                    date_signature: debut,
                    date_debut: debut,
                    fin: FinArrete::saisie(None),
                    statut: StatutArrete::Publie,
                    fichier: Some("ar.pdf".to_owned()),
                    niveau_gravite_specifique_eap: false,
                    ressource_eap_communique: Some(RessourceEap::Max),
                    departement: code.clone(),
                    arretes_cadre: vec![id],
                    arrete_restriction_abroge: None,
                    restrictions: zones
                        .iter()
                        .enumerate()
                        .map(|(index, zone)| Restriction {
                            cible: CibleRestriction::Zone {
                                zone: zone.cle(),
                                arrete_cadre_id: id,
                            },
                            niveau: niveaux[(index + position) % niveaux.len()],
                            usages: cadre.usages.clone(),
                        })
                        .collect(),
                };
                Departement {
                    code,
                    zones,
                    cadre,
                    arrete,
                }
            })
            .collect(),
    )
}

fn compute(departement: &Departement, premier_id: i64) -> Vec<ZoneCalculee> {
    let donnees = DonneesDepartement {
        departement: &departement.code,
        jour: NaiveDate::from_ymd_opt(2026, 7, 2).unwrap_or_default(),
        regle: RegleGestion::NoAll,
        arretes: std::slice::from_ref(&departement.arrete),
        cadres: std::slice::from_ref(&departement.cadre),
        zones: &departement.zones,
        communes: &[],
    };
    compute_zones(&donnees, premier_id).unwrap_or_default()
}

/// The ids a snapshot answers at a point, or `None` when it answers an error.
fn answer(instantane: &Instantane, point: Coord<f64>) -> Option<Vec<i64>> {
    let requete = RequeteZones {
        lieu: Lieu::Point {
            lon: point.x,
            lat: point.y,
        },
        commune: None,
        profil: None,
        type_zone: None,
    };
    instantane
        .zones
        .find(&requete, None)
        .ok()
        .map(|reponse| reponse.zones.iter().map(|zone| zone.zone.id).collect())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let Some(national) = national() else {
        eprintln!("skipped: ../shared/data/secheresse absent");
        return;
    };
    let vertices: usize = national
        .iter()
        .flat_map(|departement| departement.zones.iter())
        .map(ZoneAlerte::vertex_count)
        .sum();

    // 1. National rebuild of the computed zones, timed whole (it takes seconds: criterion's repeated
    // sampling would take minutes for no more insight): one thread, then every core as publications do.
    let taches: Vec<DepartementACalculer> = national
        .iter()
        .map(|departement| DepartementACalculer {
            departement: departement.code.clone(),
            nom: None,
            regle: RegleGestion::NoAll,
            arretes: vec![departement.arrete.clone()],
            communes: Vec::new(),
        })
        .collect();
    let cadres: Vec<ArreteCadre> = national
        .iter()
        .map(|departement| departement.cadre.clone())
        .collect();
    let reference: Vec<ZoneAlerte> = national
        .iter()
        .flat_map(|departement| departement.zones.iter().cloned())
        .collect();
    let jour = NaiveDate::from_ymd_opt(2026, 7, 2).unwrap_or_default();
    let rebuild = |threads: usize| {
        let mut timings = Vec::new();
        let mut zones = Vec::new();
        for _ in 0..3 {
            let started = Instant::now();
            zones = calculer_departements(&taches, &cadres, &reference, jour, 1, threads)
                .expect("computed");
            timings.push(started.elapsed());
        }
        timings.sort();
        (timings, zones)
    };
    let (sequential, _) = rebuild(1);
    let (rebuilds, zones) = rebuild(parallelisme());

    // 2. Snapshot construction: files, manifest, index, map layers.
    let started = Instant::now();
    let snapshot = Instantane::construire(
        "a".to_owned(),
        None,
        "2026-07-02T00:00:00Z".to_owned(),
        zones.clone(),
    )
    .expect("snapshot");
    let construction = started.elapsed();
    let other = Instantane::construire(
        "b".to_owned(),
        None,
        "2026-07-02T00:00:01Z".to_owned(),
        zones.clone(),
    )
    .expect("snapshot");
    // Interior points of the zones, with the answer the first snapshot gives: both snapshots hold the same
    // zones, so a lookup during a swap must give exactly that answer.
    let points: Vec<(Coord<f64>, Option<Vec<i64>>)> = zones
        .iter()
        .filter_map(|zone| zone.zone.geometrie.as_ref())
        .filter_map(geo::InteriorPoint::interior_point)
        .map(|point| (point.0, answer(&snapshot, point.0)))
        .collect();

    let mut criterion = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    criterion.bench_function("rebuild/one_departement", |bencher| {
        bencher.iter(|| black_box(compute(&national[0], 1)))
    });

    // 3. Swap under load: two threads look up interior points of zones while the main thread swaps.
    let publications = Arc::new(Publications::new(Arc::new(snapshot)));
    let snapshots = [publications.courante(), Arc::new(other)];
    let running = Arc::new(AtomicBool::new(true));
    let lookups = Arc::new(AtomicU64::new(0));
    let failures = Arc::new(AtomicU64::new(0));
    let workers: Vec<_> = (0..2)
        .map(|worker| {
            let (publications, running, lookups, failures, points) = (
                publications.clone(),
                running.clone(),
                lookups.clone(),
                failures.clone(),
                points.clone(),
            );
            std::thread::spawn(move || {
                let mut index = worker;
                while running.load(Ordering::Relaxed) {
                    let (point, expected) = &points[index % points.len()];
                    index += 7;
                    let instantane = publications.courante();
                    if answer(&instantane, *point).as_ref() != expected.as_ref()
                        || expected.is_none()
                    {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                    lookups.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    let mut swaps = Vec::new();
    for round in 0..2_000 {
        let started = Instant::now();
        publications.installer(snapshots[round % 2].clone());
        swaps.push(started.elapsed());
        std::thread::sleep(Duration::from_micros(200));
    }
    running.store(false, Ordering::Relaxed);
    for worker in workers {
        let _ = worker.join();
    }
    swaps.sort();
    criterion.bench_function("swap/installer", |bencher| {
        let mut round = 0;
        bencher.iter(|| {
            round += 1;
            publications.installer(snapshots[round % 2].clone());
        })
    });
    criterion.final_summary();

    println!("\n=== secheresse publication summary ===");
    println!(
        "national set: {} départements, {} reference zones, {vertices} vertices → {} computed zones",
        national.len(),
        national
            .iter()
            .map(|departement| departement.zones.len())
            .sum::<usize>(),
        zones.len()
    );
    println!(
        "rebuild of the computed zones (whole country), one thread: min {:.2} s, median {:.2} s, max {:.2} s",
        sequential[0].as_secs_f64(),
        sequential[1].as_secs_f64(),
        sequential[2].as_secs_f64()
    );
    println!(
        "rebuild of the computed zones (whole country), {} threads as publications run it: min {:.2} s, median {:.2} s, max {:.2} s (target ≤ 30 s)",
        parallelisme(),
        rebuilds[0].as_secs_f64(),
        rebuilds[1].as_secs_f64(),
        rebuilds[2].as_secs_f64()
    );
    println!(
        "snapshot construction (GeoJSON, CSV, manifest, index, map layers): {:.2} s",
        construction.as_secs_f64()
    );
    println!(
        "swap under load: {} swaps, p50 {:?}, p99 {:?}, max {:?}; {} lookups during the swaps, {} failed",
        swaps.len(),
        percentile(&swaps, 0.5),
        percentile(&swaps, 0.99),
        swaps[swaps.len() - 1],
        lookups.load(Ordering::Relaxed),
        failures.load(Ordering::Relaxed)
    );
}
