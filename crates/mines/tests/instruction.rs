//! Instruction back-office: allowed and refused étapes, documents, companies' demandes, audit entries.

use crate::commun::{apps_demo, demarche_of, entreprise, post_multipart, sign_in_with};

async fn nombre_etapes(app: &socle::testing::TestApp, demarche: i64) -> i64 {
    app.app
        .db()
        .fetch_scalar(
            socle::db::Query::new("SELECT COUNT(*) FROM mines_etapes WHERE demarche_id = $1")
                .bind(demarche),
        )
        .await
        .expect("compte")
}

async fn journal(app: &socle::testing::TestApp, slug: &str) -> Vec<String> {
    socle::audit::history(app.app.db(), "mines", &format!("titre:{slug}"))
        .await
        .expect("journal")
        .into_iter()
        .map(|r| r.action)
        .collect()
}

#[tokio::test]
async fn an_instructor_adds_an_allowed_etape_and_is_refused_a_forbidden_one() {
    for app in apps_demo().await {
        sign_in_with(
            &app,
            "instructeur@dgtm.fr",
            &[("editeur", Some("dea-guyane-01"))],
        )
        .await;
        let demarche = demarche_of(&app, "m-ar-crique-sophie-2026").await;
        let chemin = format!("/mines/instruction/demarches/{demarche}");
        let page = app.get(&chemin).await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(
            page.body.contains("value=\"vfd:fai\""),
            "the form offers the possible étapes"
        );
        assert!(!page.body.contains("value=\"sco:fai\""), "and only them");
        assert!(
            page.body.contains("complétude de la demande"),
            "confidential étapes are read by the gestionnaire"
        );

        let avant = nombre_etapes(&app, demarche).await;
        let refus = post_multipart(
            &app,
            &format!("{chemin}/etapes"),
            &[("etape", "sco:fai"), ("date", "2026-11-20")],
            &[],
        )
        .await;
        assert_eq!(refus.status, 422, "{}", refus.body);
        assert!(refus.body.contains("Étape refusée"), "{}", refus.body);
        assert!(
            refus
                .body
                .contains("signature de l’autorisation de recherche minière"),
            "the refused étape is named"
        );
        assert!(refus.body.contains("Étapes possibles à ce stade"));
        assert_eq!(
            nombre_etapes(&app, demarche).await,
            avant,
            "a refusal changes nothing"
        );

        let ok = post_multipart(
            &app,
            &format!("{chemin}/etapes"),
            &[("etape", "vfd:fai"), ("date", "2026-11-20")],
            &[("document", "recu.pdf", mines::demo::pdf("reçu"))]
                .into_iter()
                .collect::<Vec<_>>(),
        )
        .await;
        // A document without its type is refused with the field named.
        assert_eq!(ok.status, 422, "{}", ok.body);
        assert!(ok.body.contains("type du document"));
        let ok = post_multipart(
            &app,
            &format!("{chemin}/etapes"),
            &[
                ("etape", "vfd:fai"),
                ("date", "2026-11-20"),
                ("document_type", "rap"),
                ("document_confidentialite", "administrations"),
            ],
            &[("document", "recu.pdf", mines::demo::pdf("reçu"))],
        )
        .await;
        assert_eq!(ok.status, 303, "{}", ok.body);
        assert_eq!(nombre_etapes(&app, demarche).await, avant + 1);
        assert!(
            journal(&app, "m-ar-crique-sophie-2026")
                .await
                .contains(&"ajouter_etape".to_owned())
        );
        let apres = app.get(&chemin).await;
        assert!(
            apres
                .body
                .contains("Étape « vérification du paiement des frais de dossier » (fait) ajoutée")
                || apres.body.contains("ajoutée"),
            "flash"
        );

        let texte = post_multipart(
            &app,
            &format!("{chemin}/etapes"),
            &[
                ("etape", "mcr:fav"),
                ("date", "2026-11-21"),
                ("document_type", "rap"),
                ("document_confidentialite", "public"),
            ],
            &[("document", "faux.pdf", b"ceci n'est pas un PDF".to_vec())],
        )
        .await;
        assert_eq!(texte.status, 422, "{}", texte.body);
        assert!(
            texte.body.contains("n&#x27;est pas accepté")
                || texte.body.contains("n'est pas accepté")
                || texte.body.contains("n&#39;est pas accepté"),
            "{}",
            texte.body
        );
    }
}

#[tokio::test]
async fn readers_and_other_administrations_cannot_instruct() {
    for app in apps_demo().await {
        let demarche = demarche_of(&app, "m-ar-crique-sophie-2026").await;
        let chemin = format!("/mines/instruction/demarches/{demarche}");
        assert_eq!(
            app.get(&chemin).await.status,
            303,
            "anonymous visitors are sent to the sign-in page"
        );

        sign_in_with(
            &app,
            "lecteur@dgtm.fr",
            &[("lecteur", Some("dea-guyane-01"))],
        )
        .await;
        let page = app.get(&chemin).await;
        assert_eq!(page.status, 200);
        assert!(!page.body.contains("Ajouter une étape"));
        let interdit = post_multipart(
            &app,
            &format!("{chemin}/etapes"),
            &[("etape", "vfd:fai"), ("date", "2026-11-20")],
            &[],
        )
        .await;
        assert_eq!(interdit.status, 403, "{}", interdit.body);

        sign_in_with(
            &app,
            "agent@dreal-aura.fr",
            &[("editeur", Some("dre-aura-01"))],
        )
        .await;
        assert_eq!(
            app.get(&chemin).await.status,
            404,
            "a confidential démarche of another region is not shown"
        );
    }
}

fn perimetre_geojson() -> Vec<u8> {
    br#"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-54.05,3.60],[-54.03,3.60],[-54.03,3.62],[-54.05,3.62],[-54.05,3.60]]]}}"#.to_vec()
}

#[tokio::test]
async fn a_company_drafts_and_files_an_arm_demande() {
    for app in apps_demo().await {
        let code = entreprise(0);
        sign_in_with(&app, "gerant@awa.fr", &[("entreprise", Some(&code))]).await;
        let formulaire = app.get("/mines/instruction/demandes/nouvelle").await;
        assert_eq!(formulaire.status, 200, "{}", formulaire.body);
        assert!(formulaire.body.contains(&code));
        assert!(
            !formulaire.body.contains(&entreprise(1)),
            "only the user's own companies are offered"
        );

        let incomplete = post_multipart(
            &app,
            "/mines/instruction/demandes/nouvelle",
            &[
                ("type", "arm"),
                ("nom", ""),
                ("entreprise", &code),
                ("communes", "75056"),
            ],
            &[],
        )
        .await;
        assert_eq!(incomplete.status, 422);
        for message in ["Nom du titre", "substance", "périmètre", "commune"] {
            assert!(
                incomplete.body.contains(message),
                "{message} : {}",
                incomplete.body
            );
        }

        let autre = post_multipart(
            &app,
            "/mines/instruction/demandes/nouvelle",
            &[
                ("type", "arm"),
                ("nom", "Crique Voisine"),
                ("entreprise", &entreprise(1)),
                ("substances", "auru"),
                ("communes", "97353"),
                ("geo_systeme", "4326"),
            ],
            &[("perimetre", "perimetre.geojson", perimetre_geojson())],
        )
        .await;
        assert_eq!(autre.status, 403, "not for another company");

        let cree = post_multipart(
            &app,
            "/mines/instruction/demandes/nouvelle",
            &[
                ("type", "arm"),
                ("nom", "Crique Blanche"),
                ("entreprise", &code),
                ("substances", "auru"),
                ("communes", "97353"),
                ("geo_systeme", "4326"),
            ],
            &[("perimetre", "perimetre.geojson", perimetre_geojson())],
        )
        .await;
        assert_eq!(cree.status, 303, "{}", cree.body);
        let destination = cree.header("location").expect("redirection").to_owned();
        let brouillon = app.get(&destination).await;
        assert_eq!(brouillon.status, 200);
        assert!(brouillon.body.contains("Déposer la demande"));
        assert!(brouillon.body.contains("brouillon"));

        let titre = mines::store::list_titres(
            app.app.db(),
            &mines::store::Filtres {
                nom: Some("Crique Blanche".to_owned()),
                ..Default::default()
            },
            &mines::store::Visibilite {
                tout: true,
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .expect("liste")
        .1
        .into_iter()
        .next()
        .expect("titre créé");
        assert!(!titre.public_lecture, "a draft is not public");
        assert_eq!(
            app.get(&format!("/mines/titres/{}", titre.slug))
                .await
                .status,
            200,
            "the company reads its draft"
        );

        // Another company does not see the draft.
        sign_in_with(
            &app,
            "concurrent@sophie.fr",
            &[("entreprise", Some(&entreprise(1)))],
        )
        .await;
        assert_eq!(
            app.get(&format!("/mines/titres/{}", titre.slug))
                .await
                .status,
            404
        );
        assert_eq!(app.get(&destination).await.status, 404);
        sign_in_with(&app, "associe@awa.fr", &[("entreprise", Some(&code))]).await;

        let demarche_id: i64 = destination
            .rsplit('/')
            .next()
            .and_then(|s| s.parse().ok())
            .expect("id");
        let version = titre.version;
        let depot = app
            .post_form(
                &format!("/mines/instruction/demarches/{demarche_id}/depot"),
                &[("version", &version.to_string())],
            )
            .await;
        assert_eq!(depot.status, 303, "{}", depot.body);
        let apres = mines::store::find_titre(app.app.db(), &titre.slug)
            .await
            .expect("lecture")
            .expect("titre");
        assert_eq!(apres.statut.as_str(), "dmi", "{}", apres.statut_explication);
        assert!(
            apres.public_lecture,
            "an ARM demande initiale is public once filed"
        );
        assert!(
            (apres.surface.unwrap_or_default() - 4.91).abs() < 0.05,
            "geodesic surface {:?}",
            apres.surface
        );
        assert_eq!(apres.departements, vec!["973"]);
        let carte = app
            .get("/api/v1/mines/carte?zoom=12&bbox=-54.06,3.59,-54.02,3.63")
            .await
            .body;
        assert!(
            carte.contains("Crique Blanche"),
            "the map index follows the write: {carte}"
        );
        let actions = journal(&app, &titre.slug).await;
        assert_eq!(actions, vec!["creer_demande", "deposer_demande"]);
        let detail = app
            .get(&format!("/api/v1/mines/demarches/{demarche_id}"))
            .await
            .json();
        assert_eq!(detail["statut_id"], "ins", "{detail}");
        assert!(
            detail["etapes"]
                .as_array()
                .is_some_and(|e| e.iter().any(|e| e["type_id"] == "mdp"))
        );
    }
}

#[tokio::test]
async fn the_nightly_recomputation_follows_the_calendar_and_is_audited() {
    for app in apps_demo().await {
        assert!(app.app.jobs().handler(mines::JOB_RECALCUL).is_some());
        assert!(
            app.app
                .jobs()
                .schedules()
                .iter()
                .any(|s| s.kind == mines::JOB_RECALCUL)
        );
        let plus_tard = mines::domain::date::CaminoDate::parse("2031-01-01").expect("date");
        let modifies = mines::instruction::recalculer_tout(&app.app, plus_tard)
            .await
            .expect("recalcul");
        assert!(modifies >= 3, "{modifies}");
        let awa = mines::store::find_titre(app.app.db(), "m-ar-crique-awa-2026")
            .await
            .expect("lecture")
            .expect("titre");
        assert_eq!(
            awa.statut.as_str(),
            "ech",
            "a 4-month ARM granted in 2026 has ended in 2031"
        );
        assert_eq!(awa.calcule_au, Some(plus_tard));
        assert_eq!(
            journal(&app, "m-ar-crique-awa-2026")
                .await
                .last()
                .map(String::as_str),
            Some("recalculer")
        );
        // Nothing changes the second time: nothing is written nor audited.
        assert_eq!(
            mines::instruction::recalculer_tout(&app.app, plus_tard)
                .await
                .expect("recalcul"),
            0
        );
        let job = (app
            .app
            .jobs()
            .handler(mines::JOB_RECALCUL)
            .expect("handler")
            .run)(app.app.clone(), serde_json::json!({}));
        job.await.expect("job");
        let awa = mines::store::find_titre(app.app.db(), "m-ar-crique-awa-2026")
            .await
            .expect("lecture")
            .expect("titre");
        assert_eq!(
            awa.calcule_au,
            Some(mines::instruction::aujourdhui()),
            "the job recomputes as at today"
        );
    }
}

#[tokio::test]
async fn documents_larger_than_an_ordinary_form_are_accepted_up_to_the_upload_limit() {
    for app in apps_demo().await {
        sign_in_with(
            &app,
            "instructeur@dgtm.fr",
            &[("editeur", Some("dea-guyane-01"))],
        )
        .await;
        let demarche = demarche_of(&app, "m-ax-dagobert-2024").await;
        let etape: i64 = app
            .app
            .db()
            .fetch_scalar(
                socle::db::Query::new(
                    "SELECT id FROM mines_etapes WHERE demarche_id = $1 AND type_id = 'dex'",
                )
                .bind(demarche),
            )
            .await
            .expect("étape");
        let mut gros = mines::demo::pdf("gros");
        gros.resize(3 * 1024 * 1024, b' ');
        let reponse = post_multipart(
            &app,
            &format!("/mines/instruction/etapes/{etape}/documents"),
            &[
                ("document_type", "arr"),
                ("document_confidentialite", "public"),
                ("document_description", "arrêté consolidé"),
            ],
            &[("document", "arrete-consolide.pdf", gros)],
        )
        .await;
        assert_eq!(reponse.status, 303, "{}", reponse.body);
        assert_eq!(
            journal(&app, "m-ax-dagobert-2024")
                .await
                .last()
                .map(String::as_str),
            Some("ajouter_document")
        );
        let page = app.get("/mines/titres/m-ax-dagobert-2024").await;
        assert!(page.body.contains("arrêté consolidé"));
    }
}
