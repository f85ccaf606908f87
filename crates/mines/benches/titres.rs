//! Benchmarks of the read paths over 20,000 public titres stored in SQLite: the open-data exports (issue #6:
//! "export of all titres < 2 s"), the map layer of a viewport ("< 20 ms p95") and the titre page ("< 50 ms p95",
//! here in process, without the network). Each group has its baseline measured in the same run: reading the rows
//! without formatting them, and a map layer drawing every centroid without grouping.
//!
//! Run with `cargo bench -p mines --bench titres`; the p50/p95 lines are printed before criterion's figures.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use mines::Mines;
use mines::carte::{self, IndexCarte, Vue, ZOOM_PERIMETRES};
use mines::export::{self, Contexte};
use mines::store::{self, Filtres};
use socle::db::{Query, now};
use socle::module::Module as _;
use socle::testing::TestApp;

const TITRES: usize = 20_000;
/// Vertices of each synthetic perimeter (real perimeters have from 4 to a few hundred).
const SOMMETS: usize = 24;

/// Inserts `n` public titres with their derived columns, spread over metropolitan France and Guyane.
async fn remplir(app: &TestApp, n: usize) {
    Mines.demo(&app.app).await.expect("démonstration");
    let db = app.app.db();
    let mut tx = db.begin().await.expect("transaction");
    let types = ["arm", "axm", "prm", "cxh", "pxg", "cxm", "prh", "cxw"];
    let statuts = ["val", "val", "val", "dmi", "ech", "mod", "sup", "dmc"];
    let titulaires: Vec<String> = (0..4).map(mines::demo::code_entreprise).collect();
    for i in 0..n {
        let guyane = i % 4 == 0;
        // A deterministic spread: a low-discrepancy sequence over each territory's bounding box.
        let u = (i as f64 * 0.618_033_988_75).fract();
        let v = (i as f64 * 0.754_877_666_25).fract();
        let (lon, lat) = if guyane {
            (-54.5 + 2.7 * u, 2.2 + 3.5 * v)
        } else {
            (-4.5 + 12.0 * u, 42.5 + 8.5 * v)
        };
        let rayon = 0.01 + 0.03 * ((i % 7) as f64 / 7.0);
        let anneau: Vec<String> = (0..=SOMMETS)
            .map(|k| {
                let angle = std::f64::consts::TAU * (k % SOMMETS) as f64 / SOMMETS as f64;
                format!(
                    "[{},{}]",
                    socle::geo::round7(lon + rayon * angle.cos()),
                    socle::geo::round7(lat + rayon * angle.sin())
                )
            })
            .collect();
        let perimetre = format!(
            r#"{{"type":"MultiPolygon","coordinates":[[[{}]]]}}"#,
            anneau.join(",")
        );
        let type_id = types[i % types.len()];
        let nom = format!("Titre synthétique {i:05}");
        let at = now();
        tx.execute(
            Query::new(
                "INSERT INTO mines_titres (slug, nom, nom_plie, type_id, references_json, created_at, updated_at, \
                 statut_id, statut_explication, public_lecture, date_debut, date_fin, surface, titulaires, \
                 substances, communes, departements, regions, administrations_locales, perimetre, centre_lon, \
                 centre_lat, ouest, sud, est, nord) VALUES ($1, $2, $3, $4, '[]', $5, $5, $6, \
                 'titre synthétique', $7, $8, $9, $10, $11, $12, '[]', $13, $14, '[]', $15, $16, $17, $18, $19, $20, $21)",
            )
            .bind(format!("{}-{i:05}", type_id))
            .bind(nom.as_str())
            .bind(store::plier(&nom))
            .bind(type_id)
            .bind(at)
            .bind(statuts[i % statuts.len()])
            .bind(true)
            .bind(chrono::NaiveDate::from_ymd_opt(2020, 1, 1))
            .bind(chrono::NaiveDate::from_ymd_opt(2030, 1, 1))
            .bind(std::f64::consts::PI * rayon * rayon * 12_000.0)
            .bind(format!(r#"["{}"]"#, titulaires[i % titulaires.len()]))
            .bind(if guyane { r#"["auru"]"# } else { r#"["hydx"]"# })
            .bind(if guyane { r#"["973"]"# } else { r#"["64"]"# })
            .bind(if guyane { r#"["03"]"# } else { r#"["75"]"# })
            .bind(perimetre)
            .bind(lon)
            .bind(lat)
            .bind(lon - rayon)
            .bind(lat - rayon)
            .bind(lon + rayon)
            .bind(lat + rayon),
        )
        .await
        .expect("insertion");
    }
    tx.commit().await.expect("commit");
}

/// p50 and p95 of `iterations` runs, printed.
fn quantiles(nom: &str, iterations: usize, mut mesure: impl FnMut()) {
    let mut durees: Vec<Duration> = (0..iterations)
        .map(|_| {
            let debut = Instant::now();
            mesure();
            debut.elapsed()
        })
        .collect();
    durees.sort();
    let rang = |q: f64| durees[((durees.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    println!(
        "{nom} : p50 {:?}, p95 {:?} ({iterations} mesures)",
        rang(0.5),
        rang(0.95)
    );
}

fn bench_titres(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let app = runtime.block_on(TestApp::sqlite(vec![Arc::new(Mines)]));
    let debut = Instant::now();
    runtime.block_on(remplir(&app, TITRES));
    println!(
        "{TITRES} titres synthétiques insérés en {:?}",
        debut.elapsed()
    );
    let db = app.app.db().clone();
    let territoires = app.app.territoires();
    let entreprises = runtime
        .block_on(store::entreprises_by_code(&db))
        .expect("entreprises");
    let contexte = Contexte {
        entreprises: &entreprises,
        territoires: &territoires,
    };
    let lire = || {
        runtime
            .block_on(store::export_titres(&db, &Filtres::default()))
            .expect("lecture")
    };
    let titres = lire();
    assert!(titres.len() >= TITRES);

    let debut = Instant::now();
    let csv = export::csv(&lire(), &contexte).expect("csv");
    println!(
        "export CSV de {} titres : {:?}, {} octets",
        titres.len(),
        debut.elapsed(),
        csv.len()
    );
    let debut = Instant::now();
    let geojson = export::geojson(&lire(), &contexte);
    println!(
        "export GeoJSON : {:?}, {} octets",
        debut.elapsed(),
        geojson.len()
    );
    let debut = Instant::now();
    let xlsx = export::xlsx(&lire(), &contexte).expect("xlsx");
    println!("export XLSX : {:?}, {} octets", debut.elapsed(), xlsx.len());

    let mut groupe = c.benchmark_group("export");
    groupe
        .sample_size(10)
        .measurement_time(Duration::from_secs(15));
    groupe.bench_function("lecture_seule_20000_titres", |b| {
        b.iter(|| black_box(lire()))
    });
    groupe.bench_function("csv_20000_titres", |b| {
        b.iter(|| black_box(export::csv(&lire(), &contexte).expect("csv")))
    });
    groupe.bench_function("geojson_20000_titres", |b| {
        b.iter(|| black_box(export::geojson(&lire(), &contexte)))
    });
    groupe.bench_function("xlsx_20000_titres", |b| {
        b.iter(|| black_box(export::xlsx(&lire(), &contexte).expect("xlsx")))
    });
    groupe.finish();

    let debut = Instant::now();
    runtime
        .block_on(carte::reconstruire(&app.app))
        .expect("index de la carte");
    println!("index de la carte reconstruit en {:?}", debut.elapsed());
    let index = app.app.extension::<carte::Carte>().expect("index").index();
    let france = Some(Vue([-5.5, 41.0, 10.0, 51.5]));
    let secteur = Some(Vue([-54.2, 3.5, -53.8, 3.8]));
    let couche = |vue: Option<Vue>, zoom: u8| carte::couche(&index.dans(vue), zoom);
    // Baselines: every centroid as its own feature (no grouping), and the rows read from the database for each
    // viewport (no in-memory index).
    let sans_regroupement = |vue: Option<Vue>| carte::couche(&index.dans(vue), ZOOM_PERIMETRES);
    let depuis_la_base = |vue: Option<Vue>, zoom: u8| {
        let titres = runtime.block_on(store::titres_carte(&db)).expect("carte");
        let dans = IndexCarte::new(titres);
        carte::couche(&dans.dans(vue), zoom)
    };
    quantiles("carte France zoom 6 (regroupée)", 200, || {
        black_box(couche(france, 6));
    });
    quantiles(
        "carte secteur de Guyane zoom 11 (périmètres)",
        200,
        || {
            black_box(couche(secteur, 11));
        },
    );
    quantiles("référence : France sans regroupement", 100, || {
        black_box(sans_regroupement(france));
    });
    quantiles(
        "référence : France zoom 6 lue en base à chaque requête",
        20,
        || {
            black_box(depuis_la_base(france, 6));
        },
    );
    let mut groupe = c.benchmark_group("carte");
    groupe.bench_function("france_zoom_6_regroupee", |b| {
        b.iter(|| black_box(couche(france, 6)))
    });
    groupe.bench_function("guyane_zoom_11_perimetres", |b| {
        b.iter(|| black_box(couche(secteur, 11)))
    });
    groupe.bench_function("reference_france_sans_regroupement", |b| {
        b.iter(|| black_box(sans_regroupement(france)))
    });
    groupe.finish();

    let page = |chemin: &str| {
        let reponse = runtime.block_on(app.get(chemin));
        assert_eq!(reponse.status, 200);
        reponse.body.len()
    };
    quantiles("page d'un titre (en processus)", 200, || {
        black_box(page("/mines/titres/h-cx-lacq-nord-1959"));
    });
    quantiles("liste des titres, page 1 (en processus)", 100, || {
        black_box(page("/mines"));
    });
    let mut groupe = c.benchmark_group("pages");
    groupe.bench_function("page_titre", |b| {
        b.iter(|| black_box(page("/mines/titres/h-cx-lacq-nord-1959")))
    });
    groupe.finish();
}

criterion_group!(benches, bench_titres);
criterion_main!(benches);
