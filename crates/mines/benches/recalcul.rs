//! Benchmark of the nightly recomputation: statut, phases, visibility and properties of 20,000 synthetic titres
//! shaped like the real cases (ARM, AXM, PER M octrois under their machines, historic titres under the procédure
//! simplifiée, some with a prolongation). Target (spec §6, issue #6): under one second on one core.
//!
//! Run with `cargo bench -p mines --bench recalcul`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use mines::demo::{ARM_ACCORDEE as ARM_OCT, AXM_ACCORDEE as AXM_OCT, PRM_ACCORDE as PRM_OCT, Pas};
use mines::domain::date::CaminoDate;
use mines::domain::etape::{
    ContenuValeur, Demarche, DemarcheId, EntrepriseId, Etape, PaysId, Titre, TitreId,
};
use mines::domain::recalcul::recompute_titre;
use mines::referentiels::{DemarcheTypeId as D, EtapeStatutId as S, EtapeTypeId as T, TitreTypeId};

const TITRES: usize = 20_000;

/// The étapes of a démarche: type, statut, days after its start.
type Modele = &'static [Pas];

/// ARM prolongation up to the decision.
const ARM_PRO: Modele = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 1),
    (T::Mcr, S::Fav, 20),
    (T::Asc, S::Fai, 40),
    (T::Aco, S::Fai, 50),
];
const HISTORIQUE: Modele = &[(T::Dex, S::Acc, 0), (T::Dpu, S::Fai, 30)];

fn demarche(
    id: String,
    type_id: D,
    ordre: u32,
    debut: CaminoDate,
    modele: Modele,
    duree: u32,
    pays: &str,
) -> Demarche {
    let etapes = modele
        .iter()
        .map(|&(t, s, jours)| {
            let mut etape = Etape::new(t, s, debut.add_days(jours));
            if t == T::Mfr {
                etape.titulaires = Some(vec![EntrepriseId(format!("ent-{}", ordre % 97))]);
                etape
                    .contenu
                    .set("arm", "mecanise", ContenuValeur::Booleen(false));
                etape.pays_id = Some(PaysId(pays.to_string()));
                etape.surface = Some(120.0);
            }
            if matches!(t, T::Sco | T::Dex | T::Dpu | T::Rpu | T::Aco) {
                etape.duree = Some(duree);
                etape.heritage.titulaires = true;
            }
            etape
        })
        .collect();
    Demarche {
        id: DemarcheId(id),
        type_id,
        ordre,
        etapes,
    }
}

fn titres() -> Vec<Titre> {
    let origine = CaminoDate::from_ymd(2019, 11, 4).unwrap_or_else(|| unreachable!("date valide"));
    (0..TITRES)
        .map(|i| {
            let debut = origine.add_days((i % 1500) as i64);
            let (type_id, mut demarches) = match i % 4 {
                0 => (
                    TitreTypeId::Arm,
                    vec![demarche(
                        format!("{i}-oct"),
                        D::Oct,
                        1,
                        debut,
                        ARM_OCT,
                        4,
                        "GF",
                    )],
                ),
                1 => (
                    TitreTypeId::Axm,
                    vec![demarche(
                        format!("{i}-oct"),
                        D::Oct,
                        1,
                        debut,
                        AXM_OCT,
                        48,
                        "GF",
                    )],
                ),
                2 => (
                    TitreTypeId::Prm,
                    vec![demarche(
                        format!("{i}-oct"),
                        D::Oct,
                        1,
                        debut,
                        PRM_OCT,
                        60,
                        "FR",
                    )],
                ),
                _ => (
                    TitreTypeId::Pxg,
                    vec![demarche(
                        format!("{i}-oct"),
                        D::Oct,
                        1,
                        debut.add_months(-600),
                        HISTORIQUE,
                        360,
                        "FR",
                    )],
                ),
            };
            if i % 8 == 0 {
                demarches.push(demarche(
                    format!("{i}-pro"),
                    D::Pro,
                    2,
                    debut.add_days(140),
                    ARM_PRO,
                    4,
                    "GF",
                ));
            }
            Titre {
                id: TitreId(format!("titre-{i}")),
                nom: format!("Titre {i}"),
                type_id,
                demarches,
            }
        })
        .collect()
}

fn bench_recalcul(c: &mut Criterion) {
    let titres = titres();
    let date = CaminoDate::from_ymd(2024, 7, 1).unwrap_or_else(|| unreachable!("date valide"));
    let debut = Instant::now();
    let erreurs = titres
        .iter()
        .map(|t| recompute_titre(t, date))
        .filter(|t| t.demarches.iter().any(|d| d.resultat.is_err()))
        .count();
    println!(
        "recalcul de {TITRES} titres : {:?} (une passe), {erreurs} titres avec une étape refusée",
        debut.elapsed()
    );
    let mut groupe = c.benchmark_group("recalcul");
    groupe
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    groupe.bench_function("20000_titres", |b| {
        b.iter(|| {
            for titre in &titres {
                black_box(recompute_titre(black_box(titre), date));
            }
        });
    });
    groupe.finish();
}

criterion_group!(benches, bench_recalcul);
criterion_main!(benches);
