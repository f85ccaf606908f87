//! Benchmarks of the aid search on the real COG 2026 communes with synthetic aids.
//!
//! 100,000 aid rows of which 5,000 are live (published and open) and 15,000 published but expired.
//! Measured in the same run:
//! - in memory: the index (filters + text + perimeter + facets) against a naive scan of every aid row, index
//!   and graph build times, p50/p99 over 10,000 queries of a mixed workload;
//! - on a SQLite database holding the same 100,000 rows (through the module's own store): the same queries
//!   written as straightforward SQL (perimeter closure table, `LIKE` filters and text, facet sums) against the
//!   index, the rebuild of the index from the database, the same searches over HTTP (real TCP, keep-alive,
//!   sequential) with `/healthz` as baseline, and an alert run over 100,000 saved searches.
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
    println!("RSS max (partie en mémoire) : {} Ko", rss_max_ko());
    base_de_donnees::mesurer();
    println!("RSS max : {} Ko", rss_max_ko());
}

/// The measures on a database, against straightforward SQL, over HTTP, and the alert run.
mod base_de_donnees {
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use aides::etat;
    use aides::referentiels::{Echelle, Public, TypeAide};
    use aides::search::Query;
    use aides::store::{self, NouveauPorteur};
    use chrono::NaiveDate;
    use socle::AppState;
    use socle::config::{Config, DatabaseUrl};
    use socle::db::{Db, Query as Sql, now};
    use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};

    use super::{Alea, aides, centiles, requetes};

    const ALERTES: usize = 100_000;

    /// The database part uses the real day: the module's index is built for it.
    pub fn mesurer() {
        let runtime = match tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
        {
            Ok(runtime) => runtime,
            Err(erreur) => {
                println!("runtime impossible : {erreur}");
                return;
            }
        };
        if let Err(erreur) = runtime.block_on(executer(etat::aujourdhui())) {
            println!("mesures sur base interrompues : {erreur:#}");
        }
    }

    async fn executer(aujourdhui: NaiveDate) -> anyhow::Result<()> {
        let dossier = tempfile::tempdir()?;
        let url = DatabaseUrl::Sqlite(format!(
            "sqlite://{}",
            dossier.path().join("bench.db").display()
        ));
        let config = Config::for_tests(url, dossier.path().to_path_buf());
        let debut = Instant::now();
        let app = AppState::start(config, vec![Arc::new(aides::Aides)]).await?;
        println!(
            "démarrage à froid (base vide : migrations, territoires, graphe des périmètres, index) : {:?}",
            debut.elapsed()
        );

        // The same synthetic rows, on the graph the module built from the platform's territoires.
        let mut tx = app.db().begin().await?;
        for i in 1..=300 {
            store::creer_porteur(
                &mut tx,
                &NouveauPorteur {
                    nom: format!("Porteur {i}"),
                    ..NouveauPorteur::default()
                },
            )
            .await?;
        }
        tx.commit().await?;
        let graphe = etat::etat(&app)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .graphe
            .clone();
        let mut alea = Alea(0x5EED_1234_ABCD_0002);
        let lignes = aides(&graphe, aujourdhui, &mut alea);
        let debut = Instant::now();
        let mut tx = app.db().begin().await?;
        for aide in &lignes {
            store::inserer_aide(&mut tx, aide, &graphe).await?;
        }
        socle::changes::record(&mut tx, "aides").await?;
        tx.commit().await?;
        println!(
            "écriture des {} aides par le store : {:?}",
            lignes.len(),
            debut.elapsed()
        );
        let debut = Instant::now();
        etat::reconstruire(&app).await?;
        let reindexation = debut.elapsed();
        let etat = etat::etat(&app).map_err(|e| anyhow::anyhow!("{e}"))?;
        println!(
            "réindexation depuis la base ({} aides publiées lues, {} en ligne indexées) : {reindexation:?}",
            lignes
                .iter()
                .filter(|a| a.status == aides::referentiels::StatutAide::Published)
                .count(),
            etat.index.len()
        );

        // The perimeter closure, as a straightforward SQL implementation would store it.
        let db = app.db().clone();
        db.execute(Sql::new("CREATE TABLE bench_perimetres (id INTEGER PRIMARY KEY, echelle TEXT NOT NULL, code TEXT NOT NULL, poids INTEGER NOT NULL)")).await?;
        db.execute(Sql::new(
            "CREATE INDEX bench_perimetres_code ON bench_perimetres (echelle, code)",
        ))
        .await?;
        db.execute(Sql::new(
            "CREATE TABLE bench_ancetres (perimetre INTEGER NOT NULL, ancetre INTEGER NOT NULL)",
        ))
        .await?;
        let mut tx = db.begin().await?;
        for p in graphe.iter() {
            tx.execute(Sql::new("INSERT INTO bench_perimetres (id, echelle, code, poids) VALUES ($1, $2, $3, $4)")
                .bind(p.id.0).bind(p.echelle.code()).bind(p.code.as_str()).bind(i64::from(p.echelle.poids()))).await?;
            for ancetre in graphe.ancetres(p.id) {
                tx.execute(
                    Sql::new("INSERT INTO bench_ancetres (perimetre, ancetre) VALUES ($1, $2)")
                        .bind(p.id.0)
                        .bind(ancetre.0),
                )
                .await?;
            }
        }
        tx.commit().await?;
        db.execute(Sql::new(
            "CREATE INDEX bench_ancetres_p ON bench_ancetres (perimetre)",
        ))
        .await?;
        db.execute(Sql::new(
            "CREATE INDEX bench_ancetres_a ON bench_ancetres (ancetre)",
        ))
        .await?;

        let melange = requetes(&graphe, aujourdhui, &mut alea, 1_000);
        // Both must agree before being timed (text aside: SQL `LIKE` neither stems nor folds accents).
        for query in melange.iter().filter(|q| q.texte.is_none()).take(100) {
            let index = etat
                .index
                .search(query)
                .map(|r| r.total)
                .unwrap_or(usize::MAX);
            let sql = sql(&db, &graphe, query).await?;
            anyhow::ensure!(index as i64 == sql, "index {index} et SQL {sql} divergent");
        }
        let mut durees_index = Vec::new();
        let mut durees_sql = Vec::new();
        for query in &melange {
            let debut = Instant::now();
            std::hint::black_box(etat.index.search(query).ok());
            durees_index.push(debut.elapsed());
        }
        for query in &melange {
            let debut = Instant::now();
            std::hint::black_box(sql(&db, &graphe, query).await?);
            durees_sql.push(debut.elapsed());
        }
        let (i50, i99) = centiles(durees_index);
        let (s50, s99) = centiles(durees_sql);
        println!(
            "même base, 1 000 requêtes du mélange : index p50 {i50:?} p99 {i99:?} ; SQL direct (SQLite) p50 {s50:?} p99 {s99:?} ; rapport p50 {:.0}×, p99 {:.0}×",
            s50.as_secs_f64() / i50.as_secs_f64(),
            s99.as_secs_f64() / i99.as_secs_f64()
        );

        http(&app, &graphe, &mut alea).await?;
        alertes(&app, &graphe, &mut alea).await?;
        Ok(())
    }

    /// The query as straightforward SQL: count and audience facet sums in one statement, the first page in
    /// another. The SQL is assembled from fixed fragments; every value is bound.
    async fn sql(
        db: &Db,
        graphe: &aides::perimetres::Perimetres,
        query: &Query,
    ) -> anyhow::Result<i64> {
        let mut conditions = vec![
            "a.status = 'published'".to_owned(),
            "(a.recurrence = 'ongoing' OR a.submission_deadline IS NULL OR a.submission_deadline >= $1)".to_owned(),
        ];
        let mut valeurs = vec![socle::db::Value::from(query.aujourdhui.unwrap_or_default())];
        if let Some(id) = query
            .perimetre
            .as_ref()
            .and_then(|r| graphe.resoudre(r).ok())
        {
            valeurs.push(socle::db::Value::from(id.0));
            let n = valeurs.len();
            conditions.push(format!(
                "(p.id = ${n} OR p.id IN (SELECT ancetre FROM bench_ancetres WHERE perimetre = ${n}) \
                 OR p.id IN (SELECT perimetre FROM bench_ancetres WHERE ancetre = ${n}))"
            ));
        }
        if let Some(texte) = &query.texte {
            for mot in texte.split_whitespace() {
                valeurs.push(socle::db::Value::from(format!("%{mot}%")));
                conditions.push(format!(
                    "(a.name || ' ' || a.description || ' ' || a.eligibility || ' ' || a.keywords) LIKE ${}",
                    valeurs.len()
                ));
            }
        }
        let liste = |colonne: &str, codes: Vec<&str>| {
            format!(
                "({})",
                codes
                    .iter()
                    .map(|c| format!("(',' || a.{colonne} || ',') LIKE '%,{c},%'"))
                    .collect::<Vec<_>>()
                    .join(" OR ")
            )
        };
        if !query.publics.is_empty() {
            conditions.push(liste(
                "targeted_audiences",
                query.publics.iter().map(|p| p.code()).collect(),
            ));
        }
        if !query.types.is_empty() {
            conditions.push(liste(
                "aid_types",
                query.types.iter().map(|t| t.code()).collect(),
            ));
        }
        let facettes = Public::ALL
            .iter()
            .map(|p| format!("COALESCE(SUM(CASE WHEN (',' || a.targeted_audiences || ',') LIKE '%,{},%' THEN 1 ELSE 0 END), 0)", p.code()))
            .chain(TypeAide::ALL.iter().map(|t| format!("COALESCE(SUM(CASE WHEN (',' || a.aid_types || ',') LIKE '%,{},%' THEN 1 ELSE 0 END), 0)", t.code())))
            .collect::<Vec<_>>()
            .join(", ");
        let depuis = format!(
            "FROM aides_aides a JOIN bench_perimetres p ON p.echelle = a.perimetre_echelle AND p.code = a.perimetre_code WHERE {}",
            conditions.join(" AND ")
        );
        // The facet sums are computed by the database with the count; only the count is decoded.
        let (total,): (i64,) = db
            .fetch_one(
                Sql::assembled(format!("SELECT COUNT(*), {facettes} {depuis}"))
                    .bind_all(valeurs.clone()),
            )
            .await?;
        let page: Vec<(i64,)> = db
            .fetch_all(
                Sql::assembled(format!(
                    "SELECT a.id {depuis} ORDER BY p.poids, a.submission_deadline IS NULL, a.submission_deadline LIMIT 20"
                ))
                .bind_all(valeurs),
            )
            .await?;
        std::hint::black_box(page);
        Ok(total)
    }

    /// One keep-alive HTTP/1.1 connection (the load generator; no client crate needed).
    struct Connexion {
        lecteur: BufReader<tokio::net::tcp::OwnedReadHalf>,
        ecrivain: tokio::net::tcp::OwnedWriteHalf,
    }

    impl Connexion {
        async fn ouvrir(adresse: std::net::SocketAddr) -> anyhow::Result<Connexion> {
            let (lecture, ecrivain) = tokio::net::TcpStream::connect(adresse).await?.into_split();
            Ok(Connexion {
                lecteur: BufReader::new(lecture),
                ecrivain,
            })
        }

        async fn get(&mut self, chemin: &str) -> anyhow::Result<(u16, usize)> {
            self.ecrivain
                .write_all(format!("GET {chemin} HTTP/1.1\r\nHost: bench\r\n\r\n").as_bytes())
                .await?;
            let mut ligne = String::new();
            self.lecteur.read_line(&mut ligne).await?;
            let statut: u16 = ligne
                .split_whitespace()
                .nth(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let mut longueur = 0;
            let mut morceaux = false;
            loop {
                ligne.clear();
                self.lecteur.read_line(&mut ligne).await?;
                let entete = ligne.trim_end().to_ascii_lowercase();
                if entete.is_empty() {
                    break;
                }
                if let Some(valeur) = entete.strip_prefix("content-length:") {
                    longueur = valeur.trim().parse().unwrap_or(0);
                }
                if entete.starts_with("transfer-encoding:") && entete.contains("chunked") {
                    morceaux = true;
                }
            }
            if !morceaux {
                let mut corps = vec![0; longueur];
                self.lecteur.read_exact(&mut corps).await?;
                return Ok((statut, longueur));
            }
            let mut total = 0;
            loop {
                ligne.clear();
                self.lecteur.read_line(&mut ligne).await?;
                let taille = usize::from_str_radix(ligne.trim(), 16).unwrap_or(0);
                let mut corps = vec![0; taille + 2];
                self.lecteur.read_exact(&mut corps).await?;
                total += taille;
                if taille == 0 {
                    return Ok((statut, total));
                }
            }
        }
    }

    /// The searches of the mix over HTTP, sequentially on one keep-alive connection, after `/healthz`.
    async fn http(
        app: &AppState,
        graphe: &aides::perimetres::Perimetres,
        alea: &mut Alea,
    ) -> anyhow::Result<()> {
        let ecoute = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let adresse = ecoute.local_addr()?;
        let routeur = socle::web::router(app.clone());
        tokio::spawn(async move { axum::serve(ecoute, routeur).await });
        let communes: Vec<(String, String)> = graphe
            .iter()
            .filter(|p| p.echelle == Echelle::Commune)
            .map(|p| {
                (
                    p.code.clone(),
                    p.departements.first().cloned().unwrap_or_default(),
                )
            })
            .collect();
        let mots = [
            "r%C3%A9novation",
            "eau+potable",
            "v%C3%A9lo%2C+voirie",
            "%C3%A9coles",
            "biodiversit%C3%A9+haies",
        ];
        let chemins: Vec<String> = (0..2_000)
            .map(|i| {
                let (commune, departement) = &communes[alea.sous(communes.len())];
                match i % 4 {
                    0 => format!("/api/v1/aides/?perimeter=insee:{commune}&size=20"),
                    1 => format!("/api/v1/aides/?perimeter=insee:{commune}&text={}&size=20", mots[alea.sous(mots.len())]),
                    2 => format!("/api/v1/aides/?perimeter=insee:{commune}&targeted_audiences=commune&financial_aids=grant&text={}&size=20", mots[alea.sous(mots.len())]),
                    _ => format!("/api/v1/aides/?perimeter=dep:{departement}&size=20"),
                }
            })
            .collect();
        let mut connexion = Connexion::ouvrir(adresse).await?;
        let mut mesurer =
            async |chemins: &[String]| -> anyhow::Result<(Duration, Duration, usize)> {
                let mut durees = Vec::new();
                let mut octets = 0;
                for (rang, chemin) in chemins.iter().enumerate() {
                    let debut = Instant::now();
                    let (statut, taille) = connexion.get(chemin).await?;
                    anyhow::ensure!(statut == 200, "{chemin} : {statut}");
                    if rang >= 200 {
                        durees.push(debut.elapsed());
                        octets += taille;
                    }
                }
                let n = durees.len().max(1);
                let (p50, p99) = centiles(durees);
                Ok((p50, p99, octets / n))
            };
        let sante: Vec<String> = (0..2_000).map(|_| "/healthz".to_owned()).collect();
        let (h50, h99, _) = mesurer(&sante).await?;
        let (a50, a99, taille) = mesurer(&chemins).await?;
        println!(
            "HTTP (TCP, une connexion, séquentiel, 1 800 requêtes après 200 d'échauffement) : /healthz p50 {h50:?} p99 {h99:?} ; recherche (périmètre, texte, filtres, facettes, 20 résultats, {taille} octets en moyenne) p50 {a50:?} p99 {a99:?}"
        );
        Ok(())
    }

    /// 100,000 saved searches, 50 aids published since their last mail: one alert run.
    async fn alertes(
        app: &AppState,
        graphe: &aides::perimetres::Perimetres,
        alea: &mut Alea,
    ) -> anyhow::Result<()> {
        let db = app.db();
        let communes: Vec<(String, String)> = graphe
            .iter()
            .filter(|p| p.echelle == Echelle::Commune)
            .map(|p| {
                (
                    p.code.clone(),
                    p.departements.first().cloned().unwrap_or_default(),
                )
            })
            .collect();
        let maintenant = now();
        let hier = maintenant - chrono::Duration::days(1) - chrono::Duration::minutes(5);
        let debut = Instant::now();
        let mut tx = db.begin().await?;
        for i in 0..ALERTES {
            let (commune, departement) = &communes[alea.sous(communes.len())];
            let querystring = match i % 4 {
                0 => format!("perimeter=insee%3A{commune}"),
                1 => format!("perimeter=dep%3A{departement}&targeted_audiences=commune"),
                2 => format!(
                    "perimeter=insee%3A{commune}&text={}",
                    super::MOTS[alea.sous(super::MOTS.len())]
                ),
                _ => "aid_type=financial_group".to_owned(),
            };
            tx.execute(
                Sql::new(
                    "INSERT INTO aides_alertes (email, querystring, title, alert_frequency, validated, latest_alert_date, \
                     jeton_suppression, created_at) VALUES ($1, $2, 'Alerte', 'daily', $3, $4, $5, $6)",
                )
                .bind(format!("elu{i}@commune.test"))
                .bind(querystring)
                .bind(true)
                .bind(hier)
                .bind(format!("jeton-{i}"))
                .bind(hier),
            )
            .await?;
        }
        // 50 live aids are published just now.
        tx.execute(
            Sql::new(
                "UPDATE aides_aides SET date_published = $1 WHERE id IN (SELECT id FROM aides_aides WHERE status = 'published' \
                 AND (submission_deadline IS NULL OR submission_deadline >= $2) ORDER BY id LIMIT 50)",
            )
            .bind(maintenant - chrono::Duration::hours(1))
            .bind(etat::aujourdhui()),
        )
        .await?;
        socle::changes::record(&mut tx, "aides").await?;
        tx.commit().await?;
        etat::reconstruire(app).await?;
        println!("écriture de {ALERTES} alertes : {:?}", debut.elapsed());
        let etat = etat::etat(app).map_err(|e| anyhow::anyhow!("{e}"))?;
        let lignes = store::alertes_dues(
            db,
            maintenant - chrono::Duration::days(1),
            maintenant - chrono::Duration::days(7),
        )
        .await?;
        let debut = Instant::now();
        let mut a_envoyer = 0;
        for ligne in &lignes {
            if aides::alertes::preparer_envoi(&ligne.en_alerte(), &etat.index, maintenant, "", "")
                .ok()
                .flatten()
                .is_some()
            {
                a_envoyer += 1;
            }
        }
        println!(
            "rejeu de {} alertes contre l'index (en mémoire, sans écriture) : {:?}, {a_envoyer} courriels à envoyer",
            lignes.len(),
            debut.elapsed()
        );
        let debut = Instant::now();
        let rapport = aides::jobs::envoyer_alertes(app, maintenant).await?;
        println!(
            "tâche d'envoi complète ({} alertes dues lues, {} courriels mis en file avec leur date, SQLite) : {:?}",
            rapport.examinees,
            rapport.envoyees,
            debut.elapsed()
        );
        Ok(())
    }
}
