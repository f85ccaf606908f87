//! Benchmarks of the aid search on the real COG 2026 communes with synthetic aids: 100,000 aid rows
//! of which 5,000 are live (published and open) and 15,000 published but expired.
//!
//! Measured in the same run: the index (filters + text + perimeter + facets) against a naive scan of
//! every aid row (what a straightforward SQL query without full-text index would do: status, dates,
//! perimeter rule, filters and unaccented substring matching row by row, facets in the same pass),
//! plus index build and graph build times, and p50/p99 over 10,000 queries of a mixed workload.
//!
//! `cargo bench -p aides --bench recherche` (needs `../shared/data/aides`).

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aides::aide::{Aide, AideId, PorteurAide, PorteurId, aujourdhui_a_paris};
use aides::import::territoires::{self, Territoires};
use aides::perimetres::{PerimetreId, PerimetreRef, Perimetres};
use aides::referentiels::{
    CategorieId, Destination, EtapeMobilisation, Public, Recurrence, StatutAide, Thematiques,
    TypeAide,
};
use aides::search::{Catalogue, Index, Query, build_au};
use aides::texte::sans_accents;
use chrono::{DateTime, Duration as Jours, NaiveDate, Utc};
use criterion::Criterion;

const TOTAL: usize = 100_000;
const LIVE: usize = 5_000;
const EXPIREES: usize = 15_000;

const MOTS: &[&str] = &[
    "rénovation",
    "énergétique",
    "bâtiments",
    "publics",
    "écoles",
    "eau",
    "potable",
    "assainissement",
    "mobilité",
    "vélo",
    "piste",
    "cyclable",
    "voirie",
    "biodiversité",
    "haies",
    "forêts",
    "friches",
    "recyclage",
    "déchets",
    "chaleur",
    "réseaux",
    "solaire",
    "photovoltaïque",
    "patrimoine",
    "église",
    "culture",
    "sport",
    "gymnase",
    "jeunesse",
    "numérique",
    "inclusion",
    "santé",
    "maison",
    "commerce",
    "centre-bourg",
    "revitalisation",
    "logement",
    "habitat",
    "inondations",
    "risques",
    "littoral",
    "agriculture",
    "alimentation",
    "circuits",
    "courts",
    "tourisme",
    "randonnée",
    "accessibilité",
    "études",
    "ingénierie",
    "diagnostic",
    "investissement",
    "fonctionnement",
    "communes",
    "rurales",
    "intercommunalités",
    "transition",
    "climat",
    "adaptation",
    "sobriété",
    "éclairage",
    "public",
    "cantine",
    "bibliothèque",
    "médiathèque",
    "crèche",
    "périscolaire",
    "cimetière",
    "espaces",
    "verts",
];

struct Alea(u64);

impl Alea {
    fn suivant(&mut self) -> u64 {
        // xorshift64*: deterministic, no dependency.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn sous(&mut self, n: usize) -> usize {
        (self.suivant() % n as u64) as usize
    }
    fn mots(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| MOTS[self.sous(MOTS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
    /// Text where one word in `part` comes from the meaningful list and the others from 3,000
    /// filler words: real descriptions use thousands of distinct words, and a 70-word vocabulary
    /// would make every query word hit most aids.
    fn texte(&mut self, n: usize, part: usize) -> String {
        const SYLLABES: [&str; 10] = ["ra", "te", "mo", "lu", "ni", "ca", "po", "se", "vi", "do"];
        (0..n)
            .map(|_| {
                if self.sous(part) == 0 {
                    MOTS[self.sous(MOTS.len())].to_owned()
                } else {
                    let k = self.sous(3_000);
                    format!(
                        "{}{}{}{}",
                        SYLLABES[k % 10],
                        SYLLABES[(k / 10) % 10],
                        SYLLABES[(k / 100) % 10],
                        "x".repeat(k / 1000)
                    )
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn territoires(dir: &std::path::Path) -> Territoires {
    let lire = |nom: &str| std::fs::read_to_string(dir.join(nom)).unwrap_or_default();
    let mut communes = territoires::lire_communes(lire("communes-2026-dep01-49.csv").as_bytes())
        .unwrap_or_default();
    communes.extend(
        territoires::lire_communes(lire("communes-2026-dep50-976.csv").as_bytes())
            .unwrap_or_default(),
    );
    Territoires {
        regions: territoires::lire_regions(&lire("regions-2026.json")).unwrap_or_default(),
        departements: territoires::lire_departements(&lire("departements-2026.json"))
            .unwrap_or_default(),
        epci: territoires::lire_epci(lire("epci-2026.csv").as_bytes()).unwrap_or_default(),
        communes,
    }
}

fn aides(graphe: &Perimetres, aujourdhui: NaiveDate, alea: &mut Alea) -> Vec<Aide> {
    use aides::referentiels::Echelle;
    let par_echelle = |echelle: Echelle| -> Vec<PerimetreId> {
        graphe
            .iter()
            .filter(|p| p.echelle == echelle)
            .map(|p| p.id)
            .collect()
    };
    let communes = par_echelle(Echelle::Commune);
    let epci = par_echelle(Echelle::Epci);
    let departements = par_echelle(Echelle::Department);
    let regions = par_echelle(Echelle::Region);
    let nationaux: Vec<PerimetreId> = [Echelle::Country, Echelle::Continent]
        .iter()
        .flat_map(|e| par_echelle(*e))
        .collect();
    let maintenant = DateTime::<Utc>::from_timestamp(1_770_000_000, 0).unwrap_or_default();
    (0..TOTAL)
        .map(|i| {
            let mut aide = Aide::brouillon(AideId(i as u64 + 1), alea.texte(8, 2), maintenant);
            aide.description = alea.texte(80, 5);
            aide.eligibility = alea.texte(25, 5);
            aide.keywords = vec![alea.mots(1), alea.mots(1)];
            let tirage = alea.sous(100);
            aide.perimeter = Some(match tirage {
                0..10 => nationaux[alea.sous(nationaux.len())],
                10..25 => regions[alea.sous(regions.len())],
                25..50 => departements[alea.sous(departements.len())],
                50..70 => epci[alea.sous(epci.len())],
                _ => communes[alea.sous(communes.len())],
            });
            aide.targeted_audiences =
                vec![Public::ALL[alea.sous(Public::ALL.len())], Public::Commune];
            aide.aid_types = vec![TypeAide::ALL[alea.sous(TypeAide::ALL.len())]];
            aide.mobilization_steps = vec![EtapeMobilisation::ALL[alea.sous(3)]];
            aide.destinations = vec![Destination::ALL[alea.sous(2)]];
            aide.financers = vec![PorteurId(alea.sous(300) as u32 + 1)];
            aide.categories = vec![
                CategorieId(alea.sous(62) as u16),
                CategorieId(alea.sous(62) as u16),
            ];
            aide.is_call_for_project = alea.sous(5) == 0;
            aide.in_france_relance = alea.sous(10) == 0;
            aide.recurrence = Some(Recurrence::ALL[alea.sous(3)]);
            aide.date_published = Some(maintenant - Jours::days(alea.sous(900) as i64));
            if i < LIVE {
                aide.status = StatutAide::Published;
                aide.submission_deadline = Some(aujourdhui + Jours::days(alea.sous(300) as i64));
            } else if i < LIVE + EXPIREES {
                aide.status = StatutAide::Published;
                aide.recurrence = Some(Recurrence::Oneoff);
                aide.submission_deadline =
                    Some(aujourdhui - Jours::days(1 + alea.sous(900) as i64));
            } else {
                aide.status = [
                    StatutAide::Draft,
                    StatutAide::Reviewable,
                    StatutAide::Deleted,
                    StatutAide::Merged,
                ][alea.sous(4)];
                aide.submission_deadline =
                    Some(aujourdhui + Jours::days(alea.sous(600) as i64 - 300));
            }
            aide
        })
        .collect()
}

/// The naive baseline: every row examined for every query.
struct Scan {
    aides: Vec<Aide>,
    textes: Vec<String>,
    graphe: Arc<Perimetres>,
}

impl Scan {
    fn new(aides: Vec<Aide>, graphe: Arc<Perimetres>) -> Scan {
        let textes = aides
            .iter()
            .map(|a| {
                sans_accents(&format!(
                    "{} {} {} {}",
                    a.name,
                    a.description,
                    a.eligibility,
                    a.keywords.join(" ")
                ))
            })
            .collect();
        Scan {
            aides,
            textes,
            graphe,
        }
    }

    fn chercher(&self, query: &Query) -> (usize, [usize; 12]) {
        let aujourdhui = query.aujourdhui.unwrap_or_default();
        let perimetre = query
            .perimetre
            .as_ref()
            .and_then(|r| self.graphe.resoudre(r).ok());
        let termes: Vec<String> = query
            .texte
            .as_deref()
            .map(|t| t.split_whitespace().map(sans_accents).collect())
            .unwrap_or_default();
        let mut total = 0;
        let mut publics = [0usize; 12];
        for (aide, texte) in self.aides.iter().zip(&self.textes) {
            let garde = aide.status == StatutAide::Published
                && aide.echeance(aujourdhui).est_ouverte()
                && perimetre
                    .is_none_or(|p| aide.perimeter.is_some_and(|a| self.graphe.correspond(a, p)))
                && (query.publics.is_empty()
                    || aide
                        .targeted_audiences
                        .iter()
                        .any(|x| query.publics.contains(x)))
                && (query.types.is_empty()
                    || aide.aid_types.iter().any(|x| query.types.contains(x)))
                && termes.iter().all(|t| texte.contains(t.as_str()));
            if garde {
                total += 1;
                for public in &aide.targeted_audiences {
                    if let Some(i) = Public::ALL.iter().position(|p| p == public) {
                        publics[i] += 1;
                    }
                }
            }
        }
        (total, publics)
    }
}

fn requetes(graphe: &Perimetres, aujourdhui: NaiveDate, alea: &mut Alea, n: usize) -> Vec<Query> {
    let communes: Vec<String> = graphe
        .iter()
        .filter(|p| p.echelle == aides::referentiels::Echelle::Commune)
        .map(|p| p.code.clone())
        .collect();
    (0..n)
        .map(|i| {
            let perimetre = Some(PerimetreRef::Insee(
                communes[alea.sous(communes.len())].clone(),
            ));
            let base = Query {
                aujourdhui: Some(aujourdhui),
                taille: 20,
                ..Query::default()
            };
            match i % 4 {
                0 => base,
                1 => Query { perimetre, ..base },
                2 => {
                    let mots = 1 + alea.sous(5);
                    Query { perimetre, ..base }.avec_texte(&alea.mots(mots))
                }
                _ => Query {
                    perimetre,
                    publics: vec![Public::Commune],
                    types: vec![
                        TypeAide::Grant,
                        TypeAide::Loan,
                        TypeAide::TechnicalEngineering,
                    ],
                    ..base
                }
                .avec_texte(&alea.mots(2)),
            }
        })
        .collect()
}

fn centiles(mut durees: Vec<Duration>) -> (Duration, Duration) {
    durees.sort();
    let at = |q: f64| durees[((durees.len() as f64 * q) as usize).min(durees.len() - 1)];
    (at(0.50), at(0.99))
}

fn rss_max_ko() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("?").to_owned())
        })
        .unwrap_or_else(|| "?".into())
}

fn main() {
    let dir = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/aides"
    ));
    if !dir.is_dir() {
        println!("skipped: bench recherche: {} absent", dir.display());
        return;
    }
    let debut = Instant::now();
    let territoires = territoires(&dir);
    let lecture = debut.elapsed();
    let debut = Instant::now();
    let graphe = Arc::new(Perimetres::depuis_territoires(&territoires).unwrap_or_default());
    let construction_graphe = debut.elapsed();
    let aujourdhui =
        aujourdhui_a_paris(DateTime::<Utc>::from_timestamp(1_770_000_000, 0).unwrap_or_default());
    let mut alea = Alea(0x5EED_1234_ABCD_0001);
    let lignes = aides(&graphe, aujourdhui, &mut alea);
    let catalogue = Catalogue {
        porteurs: (1..=300)
            .map(|i| PorteurAide::new(PorteurId(i), format!("Porteur {i}")))
            .collect(),
        programmes: Vec::new(),
        thematiques: Thematiques::standard(),
        listes_synonymes: Vec::new(),
    };
    let debut = Instant::now();
    let index: Index = match build_au(&lignes, graphe.clone(), catalogue.clone(), aujourdhui) {
        Ok(index) => index,
        Err(erreur) => {
            println!("échec de la construction de l'index : {erreur}");
            return;
        }
    };
    let construction_index = debut.elapsed();
    println!(
        "données : {} périmètres, {} aides ({} indexées) ; lecture COG {:?}, graphe {:?}, index {:?}",
        graphe.len(),
        lignes.len(),
        index.len(),
        lecture,
        construction_graphe,
        construction_index
    );

    let scan = Scan::new(lignes.clone(), graphe.clone());
    let melange = requetes(&graphe, aujourdhui, &mut alea, 10_000);
    // Both engines must agree on the workload before being timed.
    for query in melange.iter().filter(|q| q.texte.is_none()).take(200) {
        let index_total = index.search(query).map(|r| r.total).unwrap_or(usize::MAX);
        let (scan_total, _) = scan.chercher(query);
        assert_eq!(index_total, scan_total, "index et scan divergent");
    }
    for query in melange.iter().take(1_000) {
        black_box(index.search(query).ok());
    }
    let mut durees = Vec::with_capacity(melange.len());
    let mut par_sorte: [Vec<Duration>; 4] = Default::default();
    for (rang, query) in melange.iter().enumerate() {
        let debut = Instant::now();
        black_box(index.search(query).ok());
        let duree = debut.elapsed();
        durees.push(duree);
        par_sorte[rang % 4].push(duree);
    }
    for (sorte, valeurs) in ["vide", "périmètre", "périmètre + texte", "combinée"]
        .iter()
        .zip(par_sorte)
    {
        let (p50, p99) = centiles(valeurs);
        println!("  {sorte} : p50 {p50:?}, p99 {p99:?}");
    }
    let (p50, p99) = centiles(durees);
    let mut durees_scan = Vec::new();
    for query in melange.iter().take(1_000) {
        let debut = Instant::now();
        black_box(scan.chercher(query));
        durees_scan.push(debut.elapsed());
    }
    let (s50, s99) = centiles(durees_scan);
    println!(
        "index, mélange de 10 000 requêtes (vide / périmètre / texte / combinée, facettes toujours) : p50 {p50:?}, p99 {p99:?}"
    );
    println!(
        "scan naïf, 1 000 requêtes du même mélange : p50 {s50:?}, p99 {s99:?} (rapport p50 {:.0}×)",
        s50.as_secs_f64() / p50.as_secs_f64()
    );

    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(5));
    let combinee = Query {
        perimetre: Some(PerimetreRef::Insee("34172".into())),
        publics: vec![Public::Commune],
        types: vec![TypeAide::Grant, TypeAide::Loan],
        aujourdhui: Some(aujourdhui),
        taille: 20,
        ..Query::default()
    }
    .avec_texte("rénovation écoles");
    let mut groupe =
        c.benchmark_group("recherche combinée (texte + périmètre + filtres + facettes)");
    groupe.bench_function("index", |b| {
        b.iter(|| black_box(index.search(&combinee).ok()))
    });
    groupe.bench_function("scan naïf", |b| {
        b.iter(|| black_box(scan.chercher(&combinee)))
    });
    groupe.finish();
    let mut groupe = c.benchmark_group("construction");
    groupe.sample_size(10);
    groupe.bench_function("index (100 000 lignes, 5 000 en ligne)", |b| {
        b.iter(|| black_box(build_au(&lignes, graphe.clone(), catalogue.clone(), aujourdhui).ok()))
    });
    groupe.bench_function("graphe des périmètres COG 2026", |b| {
        b.iter(|| black_box(Perimetres::depuis_territoires(&territoires).ok()))
    });
    groupe.finish();
    c.final_summary();
    println!("RSS max : {} Ko", rss_max_ko());
}
