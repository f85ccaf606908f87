//! The DDT back-office end to end on the real ASSEC zones: an arrêté cadre and an arrêté de restriction drafted,
//! checked and published through the pages; agents confined to their départements; the overlap check; stale
//! versions refused.

use chrono::Days;
use secheresse::publication;
use socle::testing::TestApp;

use crate::commun::{
    ASSEC_ESO, ASSEC_ESU, PDF, apps, count, data, id_in_location, import, post_pdf, version,
    zones_at,
};

fn date(offset: i64) -> String {
    let today = publication::aujourdhui();
    if offset >= 0 {
        today.checked_add_days(Days::new(offset.unsigned_abs()))
    } else {
        today.checked_sub_days(Days::new(offset.unsigned_abs()))
    }
    .expect("date")
    .to_string()
}

async fn zone_ids(app: &TestApp) -> Vec<i64> {
    app.app
        .db()
        .fetch_scalars(socle::db::Query::new(
            "SELECT id FROM secheresse_zones_alerte WHERE departement = '83' ORDER BY type_zone, code",
        ))
        .await
        .expect("zones")
}

/// Drafts and publishes an arrêté cadre of the Var over every zone; returns its id.
async fn publish_cadre(app: &TestApp) -> i64 {
    let mut fields = vec![
        ("numero", "AC-83-2026".to_owned()),
        ("departement_pilote", "83".to_owned()),
        ("departements", String::new()),
        ("date_debut", date(-60)),
        ("date_fin", date(300)),
        ("abroge", String::new()),
        ("version", "0".to_owned()),
    ];
    for id in zone_ids(app).await {
        fields.push(("zone", id.to_string()));
    }
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let created = app
        .post_form("/secheresse/gestion/arretes-cadre", &borrowed)
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let id = id_in_location(&created);
    let page = format!("/secheresse/gestion/arretes-cadre/{id}");
    let v = version(app, "cadre", id).await.to_string();
    let usage = app
        .post_form(
            &format!("{page}/usages"),
            &[
                ("version", v.as_str()),
                ("nom", "Arrosage des jardins"),
                ("thematique", "Arroser"),
                ("concerne_particulier", "1"),
                ("concerne_esu", "1"),
                ("concerne_eso", "1"),
                ("concerne_aep", "1"),
                ("description_alerte", "Interdit de 11 h à 18 h."),
                ("description_crise", "Interdit."),
            ],
        )
        .await;
    assert_eq!(usage.status, 303, "{}", usage.body);
    // Publication is refused while the PDF is missing.
    let v = version(app, "cadre", id).await.to_string();
    let refused = app
        .post_form(&format!("{page}/publier"), &[("version", v.as_str())])
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("PDF signé"), "{}", refused.body);
    let uploaded = post_pdf(
        app,
        &format!("{page}/pdf"),
        version(app, "cadre", id).await,
        PDF,
    )
    .await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    let v = version(app, "cadre", id).await.to_string();
    let published = app
        .post_form(&format!("{page}/publier"), &[("version", v.as_str())])
        .await;
    assert_eq!(published.status, 303, "{}", published.body);
    id
}

/// Drafts an arrêté de restriction of the Var with every zone at `niveau`; returns its id.
async fn draft_arrete(
    app: &TestApp,
    cadre: i64,
    numero: &str,
    debut: i64,
    fin: i64,
    niveau: &str,
) -> i64 {
    let cadre = cadre.to_string();
    let (debut, fin) = (date(debut), date(fin));
    let created = app
        .post_form(
            "/secheresse/gestion/arretes-restriction",
            &[
                ("numero", numero),
                ("departement", "83"),
                ("date_signature", debut.as_str()),
                ("date_debut", debut.as_str()),
                ("date_fin", fin.as_str()),
                ("cadre", cadre.as_str()),
                ("abroge", ""),
                ("specifique_aep", "1"),
                ("ressource_aep", ""),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let id = id_in_location(&created);
    let v = version(app, "arrete", id).await.to_string();
    let mut fields = vec![("version".to_owned(), v)];
    for zone in zone_ids(app).await {
        fields.push((format!("niveau_{zone}_{cadre}"), niveau.to_owned()));
    }
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let levels = app
        .post_form(
            &format!("/secheresse/gestion/arretes-restriction/{id}/niveaux"),
            &borrowed,
        )
        .await;
    assert_eq!(levels.status, 303, "{}", levels.body);
    let uploaded = post_pdf(
        app,
        &format!("/secheresse/gestion/arretes-restriction/{id}/pdf"),
        version(app, "arrete", id).await,
        PDF,
    )
    .await;
    assert_eq!(uploaded.status, 303, "{}", uploaded.body);
    id
}

async fn publish_arrete(app: &TestApp, id: i64) -> socle::testing::TestResponse {
    let v = version(app, "arrete", id).await.to_string();
    app.post_form(
        &format!("/secheresse/gestion/arretes-restriction/{id}/publier"),
        &[("version", v.as_str())],
    )
    .await
}

fn codes(response: &socle::testing::TestResponse) -> Vec<(String, String)> {
    response
        .json()
        .as_array()
        .unwrap_or_else(|| panic!("array expected: {}", response.body))
        .iter()
        .map(|zone| {
            (
                zone["type"].as_str().unwrap_or_default().to_owned(),
                zone["code"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_agent_drafts_checks_and_publishes_orders_that_the_lookup_then_serves() {
    let (Some(esu), Some(eso)) = (data(ASSEC_ESU), data(ASSEC_ESO)) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", esu.clone())
            .await
            .expect("ESU");
        import(&app, "secheresse-zones", eso.clone())
            .await
            .expect("ESO");
        let agent = app.sign_in_new_user("agent83@ddtm.gouv.fr", false).await;
        app.grant(agent, "secheresse", "agent", Some("83")).await;
        assert_eq!(app.get("/secheresse/gestion").await.status, 200);
        let cadre = publish_cadre(&app).await;
        let arrete = draft_arrete(&app, cadre, "DDTM83-2026-001", 0, 30, "alerte").await;
        let apercu = app
            .get(&format!(
                "/secheresse/gestion/arretes-restriction/{arrete}/apercu"
            ))
            .await;
        assert_eq!(apercu.status, 200);
        assert!(
            apercu.body.contains("Toutes les vérifications"),
            "{}",
            apercu.body
        );
        assert!(apercu.body.contains("Interdit de 11 h à 18 h."));
        let publications = count(&app, "SELECT COUNT(*) FROM secheresse_publications").await;
        let published = publish_arrete(&app, arrete).await;
        assert_eq!(published.status, 303, "{}", published.body);
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM secheresse_publications").await,
            publications + 1
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM audit_log WHERE module = 'secheresse' AND action = 'publier_arrete_restriction'").await,
            1
        );
        // The spec's ASSEC oracles, now served by the lookup.
        let sup_sou = |sup: &str, sou: &str| {
            vec![
                ("SUP".to_owned(), sup.to_owned()),
                ("SOU".to_owned(), sou.to_owned()),
            ]
        };
        assert_eq!(
            codes(&zones_at(&app, 6.7242, 43.4188).await),
            sup_sou("93_83_1", "93_83_1")
        );
        assert_eq!(
            codes(&zones_at(&app, 6.5487, 43.2621).await),
            sup_sou("93_83_3", "93_83_2")
        );
        let only_sup = zones_at(&app, 6.4640, 43.5366).await;
        assert_eq!(codes(&only_sup), [("SUP".to_owned(), "93_83_1".to_owned())]);
        let usage = &only_sup.json()[0]["usages"][0];
        assert_eq!(usage["description"], "Interdit de 11 h à 18 h.");
        assert!(matches!(
            usage["autoriseMaintenant"]["reponse"].as_str(),
            Some("autorise" | "interdit")
        ));
        assert_eq!(zones_at(&app, 5.37, 43.30).await.status, 404);
        // The shared-border point gets the same answer every time.
        let border = zones_at(&app, 5.874601740936972, 43.65161369987439).await;
        assert_eq!(border.status, 200, "{}", border.body);
        for _ in 0..5 {
            assert_eq!(
                zones_at(&app, 5.874601740936972, 43.65161369987439)
                    .await
                    .body,
                border.body
            );
        }
        // A second arrêté on the same zones with overlapping dates is refused; the check names the other one.
        let overlapping = draft_arrete(&app, cadre, "DDTM83-2026-002", 10, 40, "crise").await;
        let refused = publish_arrete(&app, overlapping).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        assert!(refused.body.contains("DDTM83-2026-001"), "{}", refused.body);
        assert!(refused.body.contains("chevauchent"), "{}", refused.body);
        // A stale version gets a 409 and changes nothing.
        let stale = app
            .post_form(
                &format!("/secheresse/gestion/arretes-restriction/{overlapping}/publier"),
                &[("version", "1")],
            )
            .await;
        assert_eq!(stale.status, 409, "{}", stale.body);
        // Repeal from tomorrow on: the arrêté ends today.
        let v = version(&app, "arrete", arrete).await.to_string();
        let tomorrow = date(1);
        let repealed = app
            .post_form(
                &format!("/secheresse/gestion/arretes-restriction/{arrete}/abroger"),
                &[
                    ("version", v.as_str()),
                    ("date_abrogation", tomorrow.as_str()),
                ],
            )
            .await;
        assert_eq!(repealed.status, 303, "{}", repealed.body);
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'abroger_arrete_restriction'"
            )
            .await,
            1
        );
    }
}

#[tokio::test]
async fn agents_change_only_the_orders_of_their_departements() {
    let Some(eso) = data(ASSEC_ESO) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", eso.clone())
            .await
            .expect("ESO");
        let var = app.sign_in_new_user("agent83@ddtm.gouv.fr", false).await;
        app.grant(var, "secheresse", "agent", Some("83")).await;
        let cadre = publish_cadre(&app).await;
        let arrete = draft_arrete(&app, cadre, "DDTM83-2026-010", 0, 20, "vigilance").await;
        // An agent of the Hérault signs in in the same browser.
        app.post_form("/compte/deconnexion", &[]).await;
        let herault = app.sign_in_new_user("agent34@ddtm.gouv.fr", false).await;
        app.grant(herault, "secheresse", "agent", Some("34")).await;
        assert_eq!(app.get("/secheresse/gestion").await.status, 200);
        for path in [
            format!("/secheresse/gestion/arretes-cadre/{cadre}"),
            format!("/secheresse/gestion/arretes-restriction/{arrete}"),
            format!("/secheresse/gestion/arretes-restriction/{arrete}/apercu"),
        ] {
            assert_eq!(app.get(&path).await.status, 403, "{path}");
        }
        let v = version(&app, "arrete", arrete).await.to_string();
        let publish = app
            .post_form(
                &format!("/secheresse/gestion/arretes-restriction/{arrete}/publier"),
                &[("version", v.as_str())],
            )
            .await;
        assert_eq!(publish.status, 403);
        let forged = app
            .post_form(
                "/secheresse/gestion/arretes-restriction",
                &[
                    ("numero", "X"),
                    ("departement", "83"),
                    ("specifique_aep", "1"),
                    ("version", "0"),
                ],
            )
            .await;
        assert_eq!(forged.status, 422);
        assert!(
            forged.body.contains("vous ne gérez pas le département 83"),
            "{}",
            forged.body
        );
        let regle = app
            .post_form(
                "/secheresse/gestion/regles",
                &[("departement", "83"), ("regle", "yes_all")],
            )
            .await;
        assert_eq!(regle.status, 403);
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM secheresse_arretes_restriction WHERE statut = 'a_valider'"
            )
            .await,
            1,
            "nothing was published or created"
        );
        // A signed-in person without a role is refused; an anonymous visitor is sent to the sign-in page.
        app.post_form("/compte/deconnexion", &[]).await;
        app.sign_in_new_user("public@exemple.fr", false).await;
        assert_eq!(app.get("/secheresse/gestion").await.status, 403);
        app.post_form("/compte/deconnexion", &[]).await;
        let anonymous = app.get("/secheresse/gestion").await;
        assert_eq!(anonymous.status, 303);
        assert!(
            anonymous
                .header("location")
                .is_some_and(|location| location.starts_with("/compte/connexion"))
        );
    }
}
