//! Open-data downloads: field names of the anchor, public titres only, 7 decimals, ETags, exporters.

use socle::module::Module as _;

use crate::commun::apps_demo;

const CHAMPS_CAMINO: &[&str] = &[
    "id",
    "nom",
    "type",
    "domaine",
    "date_debut",
    "date_fin",
    "date_demande",
    "statut",
    "substances",
    "surface renseignee km2",
    "communes (surface calculee km2)",
    "forets",
    "facades_maritimes",
    "departements",
    "regions",
    "administrations_noms",
    "titulaires_noms",
    "titulaires_adresses",
    "titulaires_legal",
    "titulaires_categorie",
    "amodiataires_noms",
    "amodiataires_adresses",
    "amodiataires_legal",
    "amodiataires_categorie",
    "geojson",
];

#[tokio::test]
async fn the_csv_has_the_anchor_fields_and_public_titres_only() {
    for app in apps_demo().await {
        let reponse = app.get("/mines/titres.csv").await;
        assert_eq!(reponse.status, 200);
        assert_eq!(
            reponse.header("content-type"),
            Some("text/csv; charset=utf-8")
        );
        let mut lecteur = csv::Reader::from_reader(reponse.body.as_bytes());
        let entetes: Vec<String> = lecteur
            .headers()
            .expect("entêtes")
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(&entetes[..CHAMPS_CAMINO.len()], CHAMPS_CAMINO);
        assert!(entetes.contains(&"reference_ONF".to_owned()), "{entetes:?}");
        let lignes: Vec<csv::StringRecord> =
            lecteur.records().collect::<Result<_, _>>().expect("lignes");
        let publics = mines::store::list_titres(
            app.app.db(),
            &Default::default(),
            &mines::store::Visibilite::publique(),
            0,
            100,
        )
        .await
        .expect("liste")
        .0;
        assert_eq!(lignes.len(), publics);
        let lacq = lignes
            .iter()
            .find(|l| &l[1] == "Lacq Nord")
            .expect("Lacq Nord");
        assert_eq!(&lacq[2], "concession");
        assert_eq!(&lacq[7], "valide");
        assert!(
            lacq[10].contains("Lacq") && lacq[10].contains("Mourenx"),
            "{}",
            &lacq[10]
        );
        assert_eq!(&lacq[13], "Pyrénées-Atlantiques");
        assert!(!reponse.body.contains('\r'), "LF line ends");

        let filtre = app.get("/mines/titres.csv?domaine=g").await;
        assert_eq!(
            filtre.body.lines().count(),
            3,
            "header and two geothermal titres"
        );
        assert_eq!(app.get("/mines/titres.csv?page=2").await.status, 400);
    }
}

#[tokio::test]
async fn the_geojson_has_seven_decimals_and_the_xlsx_is_a_workbook() {
    for app in apps_demo().await {
        let reponse = app.get("/mines/titres.geojson").await;
        assert_eq!(reponse.status, 200);
        assert_eq!(reponse.header("content-type"), Some("application/geo+json"));
        let json = reponse.json();
        let features = json["features"].as_array().expect("features");
        assert!(features.len() >= 9);
        for feature in features {
            for anneau in feature["geometry"]["coordinates"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|p| p.as_array().into_iter().flatten())
            {
                for point in anneau.as_array().into_iter().flatten() {
                    for valeur in point.as_array().into_iter().flatten() {
                        let texte = valeur.to_string();
                        let decimales = texte.split('.').nth(1).map_or(0, str::len);
                        assert!(decimales <= 7, "{texte}");
                    }
                }
            }
            let proprietes = &feature["properties"];
            for champ in [
                "id",
                "nom",
                "type",
                "domaine",
                "statut",
                "surface_totale",
                "titulaires_noms",
                "titulaires_legal",
            ] {
                assert!(proprietes.get(champ).is_some(), "{champ}");
            }
        }
        let etag = reponse.header("etag").expect("ETag").to_owned();
        let encore = app
            .get_with("/mines/titres.geojson", &[("if-none-match", &etag)])
            .await;
        assert_eq!(encore.status, 304);

        let xlsx = app.get("/mines/titres.xlsx").await;
        assert_eq!(xlsx.status, 200);
        assert!(
            xlsx.header("content-type")
                .is_some_and(|c| c.contains("spreadsheetml"))
        );
        assert!(xlsx.body.starts_with("PK"), "a zip archive");
    }
}

#[tokio::test]
async fn the_command_line_exporters_write_the_public_titres() {
    for app in apps_demo().await {
        let exporteurs = mines::Mines.exporters();
        let csv = exporteurs
            .iter()
            .find(|e| e.name == "mines-titres-csv")
            .expect("exporteur CSV");
        let fichier = tempfile_path(app.backend);
        let sortie = std::fs::File::create(&fichier).expect("fichier");
        (csv.run)(app.app.clone(), Box::new(sortie))
            .await
            .expect("export");
        let texte = std::fs::read_to_string(&fichier).expect("lecture");
        assert!(texte.starts_with("id,nom,type,domaine"));
        assert!(texte.contains("Rittershoffen"));
        let _ = std::fs::remove_file(&fichier);
    }
}

fn tempfile_path(backend: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("mines-export-{backend}-{}.csv", std::process::id()))
}
