//! `fabrique import incubateur <dossier>` on the 662 startups written as `check-incubateur` writes them, then the
//! phase statistics of the API against both oracle files; the v2.7 document; imports that must change nothing.
//!
//! These tests run `check-incubateur`'s logic in process: the same PyYAML files (byte for byte, see
//! `commun::pyyaml`), the importer the command line calls, and the comparison of the Python script (`phase` null read
//! as `(none)`, cells with a zero count dropped).

use axum::http::StatusCode;
use incubateur::api::v27::DocumentV27;
use incubateur::commandes::{importer_organisations, importer_startups};
use incubateur::store::catalogue;
use socle::module::ImportSource;

use crate::commun::{apps, donnees, ecrire_startups_pyyaml, lignes, oracle, statistiques};

#[tokio::test]
async fn the_662_startups_import_and_the_statistics_equal_both_oracles() {
    let Some(dir) = donnees() else { return };
    let dossier = tempfile::tempdir().expect("dossier temporaire");
    assert_eq!(
        ecrire_startups_pyyaml(&dir.join("startups_frontmatter.json"), dossier.path()),
        662
    );
    let courant = oracle(&dir.join("expected_current_phase_by_incubator.csv"));
    let a_date = oracle(&dir.join("expected_phase_as_of_2026-08-20_by_incubator.csv"));
    for app in apps().await {
        let rapport = importer_startups(
            app.app.clone(),
            ImportSource::Path(dossier.path().to_path_buf()),
        )
        .await
        .unwrap_or_else(|error| panic!("{}: {error:#}", app.backend));
        assert_eq!(
            (rapport.created, rapport.updated),
            (662, 0),
            "{}",
            app.backend
        );

        let reponse = app.get("/api/v1/incubateur/statistiques/phases").await;
        assert_eq!(reponse.status, StatusCode::OK, "{}", reponse.body);
        assert_eq!(
            statistiques(&reponse.json()),
            courant,
            "{}: règle du site",
            app.backend
        );
        let reponse = app
            .get("/api/v1/incubateur/statistiques/phases?date=2026-08-20")
            .await;
        assert_eq!(reponse.status, StatusCode::OK, "{}", reponse.body);
        let obtenu = statistiques(&reponse.json());
        assert_eq!(obtenu, a_date, "{}: au 2026-08-20", app.backend);
        assert!(
            reponse
                .json()
                .as_array()
                .expect("liste")
                .iter()
                .any(|l| l["phase"].is_null()),
            "api-telerecours n'a aucune phase commencée au 2026-08-20"
        );

        // Importing the same files again changes nothing and records no change of the catalogue.
        let seq = catalogue::current(&app.app).await.expect("catalogue").seq;
        let rapport = importer_startups(
            app.app.clone(),
            ImportSource::Path(dossier.path().to_path_buf()),
        )
        .await
        .expect("second import");
        assert_eq!(
            (rapport.created, rapport.updated, rapport.unchanged),
            (0, 0, 662),
            "{}",
            app.backend
        );
        assert_eq!(
            catalogue::current(&app.app).await.expect("catalogue").seq,
            seq
        );

        // The v2.7 document: streamed, equal to the whole document, without any contact, with an ETag.
        let reponse = app.get("/api/v2.7/startups.json").await;
        assert_eq!(reponse.status, StatusCode::OK);
        let document: DocumentV27 = serde_json::from_str(&reponse.body).expect("document v2.7");
        assert_eq!(document.data.len(), 662);
        let catalogue = catalogue::current(&app.app).await.expect("catalogue");
        let attendu = DocumentV27::build(
            &catalogue.startups,
            &catalogue.incubateurs,
            &app.app.config().base_url,
        );
        assert_eq!(reponse.body, serde_json::to_string(&attendu).expect("JSON"));
        assert!(
            !reponse.body.contains("contact@example.org"),
            "aucun contact dans l'export ouvert"
        );
        let etag = reponse.header("etag").expect("ETag").to_owned();
        let conditionnel = app
            .get_with("/api/v2.7/startups.json", &[("if-none-match", &etag)])
            .await;
        assert_eq!(conditionnel.status, StatusCode::NOT_MODIFIED);

        // The referentials import whole, and the data-quality page gives the spec's figures at the snapshot date.
        let organisations = importer_organisations(
            app.app.clone(),
            ImportSource::Path(dir.join("organisations.json")),
        )
        .await
        .expect("organisations");
        assert_eq!(organisations.created, 143);
        let incubateurs = incubateur::commandes::importer_incubateurs(
            app.app.clone(),
            ImportSource::Path(dir.join("incubators.json")),
        )
        .await
        .expect("incubateurs");
        assert_eq!(incubateurs.created, 23);
        crate::commun::compte(&app, "equipe@exemple.fr", &[("admin", Some("mtes"))]).await;
        let qualite = app.get("/incubateur/qualite?date=2026-08-20").await;
        assert_eq!(qualite.status, StatusCode::OK);
        for figure in [
            "début suivant) : 17",
            "emporte) : 4",
            "Phases datées dans le futur : 4",
            "a commencé : 1",
        ] {
            assert!(qualite.body.contains(figure), "{}: {figure}", app.backend);
        }
        let page = app.get("/incubateur/incubateurs/mtes").await;
        assert!(
            page.body
                .contains("La Fabrique Numérique de l&#39;Ecologie (MTE)")
                && page.body.contains("Camino")
        );
        let liste = app
            .get("/incubateur/startups?incubateur=mtes&phase=acceleration")
            .await;
        assert!(
            liste.body.contains("<strong>17</strong> startup(s)"),
            "17 startups de la MTE en accélération (oracle)"
        );

        // The v2.7 document read back gives the same statistics on a fresh base.
        let autre = crate::commun::apps()
            .await
            .into_iter()
            .find(|a| a.backend == app.backend)
            .expect("même moteur");
        importer_startups(
            autre.app.clone(),
            ImportSource::Stdin(reponse.body.clone().into_bytes()),
        )
        .await
        .expect("import du document v2.7");
        let reponse = autre.get("/api/v1/incubateur/statistiques/phases").await;
        assert_eq!(
            statistiques(&reponse.json()),
            courant,
            "{}: après aller-retour v2.7",
            app.backend
        );
    }
}

#[tokio::test]
async fn a_bad_import_names_each_bad_file_and_line_and_changes_nothing() {
    let dossier = tempfile::tempdir().expect("dossier temporaire");
    let bonne = "---\ntitle: Camino\nmission: Le cadastre minier\nincubator: mtes\ncontact: equipe@exemple.fr\nlink: ''\nphases:\n  - name: investigation\n    start: 2018-01-01\n---\n\nTexte.\n";
    std::fs::write(dossier.path().join("camino.md"), bonne).expect("écriture");
    std::fs::write(
        dossier.path().join("aeris.md"),
        "---\ntitle: Aeris\nmission: Les émissions\nincubator: mtes\nlink: ''\nphases:\n  - name: beta\n    start: 2018-01-01\n---\n",
    )
    .expect("écriture");
    std::fs::write(dossier.path().join("vide.md"), "Pas d'en-tête.\n").expect("écriture");
    for app in apps().await {
        let erreur = importer_startups(
            app.app.clone(),
            ImportSource::Path(dossier.path().to_path_buf()),
        )
        .await
        .expect_err("import refusé");
        let message = format!("{erreur:#}");
        assert!(message.contains("rien n'a été importé"), "{message}");
        assert!(
            message.contains("aeris.md, ligne 7") && message.contains("phase inconnue « beta »"),
            "{message}"
        );
        assert!(message.contains("vide.md, ligne 1"), "{message}");
        assert!(!message.contains("camino.md"), "{message}");
        assert_eq!(
            lignes(&app, "incubateur_startups").await,
            0,
            "{}",
            app.backend
        );

        // A bad organisations file changes nothing either (an org chart with a cycle).
        let cycle = r#"{"organisations": [
            {"id": "a", "name": "A", "type": "autre", "domaine_ministeriel": "autres", "parent": "/organisations/b"},
            {"id": "b", "name": "B", "type": "autre", "domaine_ministeriel": "autres", "parent": "/organisations/a"}]}"#;
        let erreur = importer_organisations(
            app.app.clone(),
            ImportSource::Stdin(cycle.as_bytes().to_vec()),
        )
        .await
        .expect_err("cycle refusé");
        assert!(format!("{erreur:#}").contains("cycle"), "{erreur:#}");
        assert_eq!(lignes(&app, "incubateur_organisations").await, 0);
    }
}

#[tokio::test]
async fn an_archive_exported_by_the_module_imports_back_to_the_same_startups() {
    let dossier = tempfile::tempdir().expect("dossier temporaire");
    for (id, phase) in [
        ("camino", "acceleration"),
        ("data.etat", "construction"),
        ("auxAJ", "investigation"),
    ] {
        std::fs::write(
            dossier.path().join(format!("{id}.md")),
            format!("---\ntitle: {id}\nmission: Une mission de test\nincubator: dinum\ncontact: equipe@exemple.fr\nlink: ''\nphases:\n  - name: {phase}\n    start: 2019-05-01\n---\n\nTexte.\n"),
        )
        .expect("écriture");
    }
    for app in apps().await {
        importer_startups(
            app.app.clone(),
            ImportSource::Path(dossier.path().to_path_buf()),
        )
        .await
        .expect("import");
        let catalogue = catalogue::current(&app.app).await.expect("catalogue");
        let mut archive = Vec::new();
        incubateur::commandes::ecrire_archive(&catalogue.startups, &mut archive).expect("archive");
        let autre = apps()
            .await
            .into_iter()
            .find(|a| a.backend == app.backend)
            .expect("même moteur");
        let rapport = importer_startups(autre.app.clone(), ImportSource::Stdin(archive))
            .await
            .expect("import de l'archive");
        assert_eq!(rapport.created, 3);
        let relu = catalogue::current(&autre.app).await.expect("catalogue");
        let texte = |startups: &[incubateur::domain::startup::Startup]| -> Vec<String> {
            startups
                .iter()
                .map(|s| {
                    incubateur::export::export_startup_markdown(
                        &incubateur::commandes::sans_contact(s),
                    )
                })
                .collect()
        };
        assert_eq!(
            texte(&relu.startups),
            texte(&catalogue.startups),
            "{}: l'archive relue donne les mêmes startups, sans contact",
            app.backend
        );
        assert!(relu.startups.iter().all(|s| s.contact.is_none()));
        // Ids keep their case and dots.
        assert_eq!(
            autre
                .get("/api/v1/incubateur/startups/data.etat")
                .await
                .status,
            StatusCode::OK
        );
        assert_eq!(
            autre.get("/api/v1/incubateur/startups/auxAJ").await.status,
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn the_statistics_refuse_bad_dates_and_unknown_parameters() {
    for app in apps().await {
        let reponse = app
            .get("/api/v1/incubateur/statistiques/phases?date=2026-02-30")
            .await;
        assert_eq!(reponse.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            reponse.header("content-type"),
            Some("application/problem+json")
        );
        assert!(
            reponse.json()["detail"]
                .as_str()
                .expect("détail")
                .contains("AAAA-MM-JJ")
        );
        let reponse = app
            .get("/api/v1/incubateur/statistiques/phases?jour=2026-01-01")
            .await;
        assert_eq!(reponse.status, StatusCode::BAD_REQUEST);
        let reponse = app.get("/api/v1/incubateur/statistiques/phases").await;
        assert_eq!(reponse.json(), serde_json::json!([]));
    }
}
