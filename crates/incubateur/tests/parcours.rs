//! A call for projects end to end, through HTTP as its users act: the team opens a call, agents submit (and see only
//! their own submissions), the team instructs, the pre-jury marks, the plan is frozen, jurors score with recusals
//! and hidden scores, the president closes the deliberation, letters leave, a laureate becomes a startup, its
//! committee raises alerts, and the retention job anonymises the others. Every transition is audited once; every
//! forbidden one is refused with the domain's French message.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use chrono::{Duration, Months};
use incubateur::jobs;
use incubateur::service::paris_now;
use incubateur::store::candidatures;
use socle::module::ImportSource;
use socle::testing::{TestApp, TestResponse};

use crate::commun::{apps, audits, compte, connecter};

const ORGANISATIONS: &str = r#"{"organisations": [
  {"id": "mtes", "name": "Ministère de la Transition écologique", "acronym": "MTE", "type": "administration-centrale", "domaine_ministeriel": "environnement"},
  {"id": "sg", "name": "Secrétariat général", "acronym": "SG", "type": "administration-centrale", "domaine_ministeriel": "environnement", "parent": "/organisations/mtes"},
  {"id": "dgpr", "name": "Direction générale de la prévention des risques", "acronym": "DGPR", "type": "administration-centrale", "domaine_ministeriel": "environnement", "parent": "/organisations/mtes"},
  {"id": "dgaln", "name": "Direction générale de l'aménagement, du logement et de la nature", "acronym": "DGALN", "type": "administration-centrale", "domaine_ministeriel": "environnement", "parent": "/organisations/mtes"},
  {"id": "dhup", "name": "Direction de l'habitat, de l'urbanisme et des paysages", "acronym": "DHUP", "type": "administration-centrale", "domaine_ministeriel": "environnement", "parent": "dgaln"},
  {"id": "dreal-occitanie", "name": "DREAL d'Occitanie", "acronym": "DREAL Occitanie", "type": "service-deconcentre", "domaine_ministeriel": "environnement"},
  {"id": "ademe", "name": "Agence de la transition écologique", "acronym": "ADEME", "type": "operateur", "domaine_ministeriel": "environnement"}
]}"#;

/// POSTs a form asking for a problem document, so that a refusal's French message reads unescaped.
async fn post_json(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> TestResponse {
    let token = app.csrf().await;
    let mut pairs = fields.to_vec();
    pairs.push(("_csrf", &token));
    app.send(
        Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(
                serde_urlencoded::to_string(&pairs).expect("formulaire"),
            ))
            .expect("requête"),
    )
    .await
}

fn detail(response: &TestResponse) -> String {
    response.json()["detail"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

fn id_dans(location: Option<&str>, prefixe: &str) -> i64 {
    location
        .and_then(|l| l.strip_prefix(prefixe))
        .and_then(|l| l.split('/').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("redirection inattendue : {location:?}"))
}

async fn version(app: &TestApp, id: i64) -> String {
    candidatures::find(&mut app.app.db(), id)
        .await
        .expect("lecture")
        .expect("candidature")
        .version
        .to_string()
}

async fn statut(app: &TestApp, id: i64) -> String {
    candidatures::find(&mut app.app.db(), id)
        .await
        .expect("lecture")
        .expect("candidature")
        .statut()
        .code()
        .to_owned()
}

async fn transition(app: &TestApp, id: i64, action: &str, texte: &str) -> TestResponse {
    let version = version(app, id).await;
    post_json(
        app,
        &format!("/incubateur/candidatures/{id}/transition"),
        &[("action", action), ("texte", texte), ("version", &version)],
    )
    .await
}

async fn appel_transition(app: &TestApp, appel: i64, action: &str) {
    let reponse = post_json(
        app,
        &format!("/incubateur/appels/{appel}/transition"),
        &[("action", action)],
    )
    .await;
    assert_eq!(
        reponse.status,
        StatusCode::SEE_OTHER,
        "{action} : {}",
        reponse.body
    );
}

/// The answers of a complete submission from `organisation`.
fn reponses(organisation: &'static str, email: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        (
            "probleme",
            "Les services ressaisissent chaque année les mêmes données dans trois outils différents.",
        ),
        (
            "chiffres",
            "1 200 dossiers par an, trois jours de saisie chacun.",
        ),
        (
            "premiers_usagers",
            "Les inspecteurs de deux DREAL volontaires.",
        ),
        ("nom", "Porteuse du projet"),
        ("email", email),
        ("organisation", organisation),
        ("service", "Bureau des systèmes d'information"),
        ("consentement_hierarchie", "oui"),
        ("consentement_donnees", "oui"),
    ]
}

async fn deposer(
    app: &TestApp,
    appel: i64,
    email: &'static str,
    organisation: &'static str,
    intitule: &str,
) -> i64 {
    connecter(app, email).await;
    let reponse = app
        .post_form(
            &format!("/incubateur/appels/{appel}/candidatures"),
            &[("intitule", intitule)],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    let id = id_dans(reponse.header("location"), "/incubateur/candidatures/");
    let version = version(app, id).await;
    let mut champs = reponses(organisation, email);
    champs.push(("intitule", intitule));
    champs.push(("version", &version));
    champs.push(("action", "deposer"));
    let reponse = app
        .post_form(&format!("/incubateur/candidatures/{id}/modifier"), &champs)
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    id
}

#[tokio::test]
async fn a_call_runs_end_to_end_with_its_guards_audits_and_confidentiality() {
    for app in apps().await {
        parcours(&app).await;
    }
}

async fn parcours(app: &TestApp) {
    let backend = app.backend;
    incubateur::commandes::importer_organisations(
        app.app.clone(),
        ImportSource::Stdin(ORGANISATIONS.as_bytes().to_vec()),
    )
    .await
    .expect("organisations");
    // Accounts: the agents first, then the team and the jury (each creation signs the client in).
    for email in [
        "a1@exemple.fr",
        "a2@exemple.fr",
        "a3@exemple.fr",
        "a4@exemple.fr",
    ] {
        compte(app, email, &[]).await;
    }
    compte(app, "equipe@exemple.fr", &[("admin", Some("mtes"))]).await;

    // The team creates and publishes a call open from yesterday to tomorrow.
    let maintenant = paris_now();
    let ouverture = (maintenant - Duration::days(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let cloture = (maintenant + Duration::days(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let reponse = app
        .post_form(
            "/incubateur/appels",
            &[
                ("incubateur", "mtes"),
                ("titre", "Appel de test"),
                ("theme", "Des problèmes d'agents"),
                ("ouverture", &ouverture),
                ("cloture", &cloture),
                ("contact", "fabrique@exemple.fr"),
                ("signataire", "La secrétaire générale"),
                ("perimetre_libelle", "Administration centrale et DREAL"),
                ("perimetre_centrale", "on"),
                ("perimetre_familles", "DREAL"),
                ("faq", "Qui peut candidater ?\nLes agents."),
                ("jalons", ""),
                ("conservation_mois", "12"),
                ("poids", "2"),
                ("poids", "1"),
                ("poids", "1"),
                ("poids", "1"),
            ],
        )
        .await;
    assert_eq!(
        reponse.status,
        StatusCode::SEE_OTHER,
        "{backend}: {}",
        reponse.body
    );
    let appel = id_dans(reponse.header("location"), "/incubateur/appels/");
    assert_eq!(
        app.get(&format!("/api/v1/incubateur/appels/{appel}"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "un brouillon n'est pas public"
    );
    appel_transition(app, appel, "publier").await;
    assert_eq!(audits(app, "publier", &format!("appel:{appel}")).await, 1);
    let fermer_trop_tot = post_json(
        app,
        &format!("/incubateur/appels/{appel}/transition"),
        &[("action", "clore")],
    )
    .await;
    assert_eq!(fermer_trop_tot.status, StatusCode::CONFLICT);
    assert!(
        detail(&fermer_trop_tot).contains("ne peut être clos avant sa date de clôture"),
        "{}",
        fermer_trop_tot.body
    );

    // An incomplete submission is refused field by field; the complete one is acknowledged by mail.
    connecter(app, "a1@exemple.fr").await;
    let reponse = app
        .post_form(
            &format!("/incubateur/appels/{appel}/candidatures"),
            &[("intitule", "Trois outils pour une déclaration")],
        )
        .await;
    let c1 = id_dans(reponse.header("location"), "/incubateur/candidatures/");
    let v = version(app, c1).await;
    let reponse = app
        .post_form(
            &format!("/incubateur/candidatures/{c1}/modifier"),
            &[
                ("intitule", "Trois outils pour une déclaration"),
                ("version", &v),
                ("action", "deposer"),
                ("chiffres", "beaucoup"),
            ],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::OK);
    assert!(
        reponse.body.contains("ce champ est obligatoire"),
        "{}",
        reponse.body
    );
    assert!(
        reponse
            .body
            .contains("au moins 10 caractères attendus (8 saisis)"),
        "{}",
        reponse.body
    );
    assert_eq!(statut(app, c1).await, "brouillon");
    assert_eq!(
        audits(app, "deposer", &format!("candidature:{c1}")).await,
        0,
        "un refus n'est pas audité"
    );
    let v = version(app, c1).await;
    let mut champs = reponses("dhup", "a1@exemple.fr");
    champs.extend([
        ("intitule", "Trois outils pour une déclaration"),
        ("version", v.as_str()),
        ("action", "deposer"),
    ]);
    let reponse = app
        .post_form(&format!("/incubateur/candidatures/{c1}/modifier"), &champs)
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    assert_eq!(statut(app, c1).await, "depose");
    assert_eq!(
        audits(app, "deposer", &format!("candidature:{c1}")).await,
        1
    );
    let accuse = socle::mail::latest_to(app.app.db(), "a1@exemple.fr")
        .await
        .expect("outbox")
        .expect("accusé");
    assert!(
        accuse.subject.starts_with("Accusé de réception"),
        "{}",
        accuse.subject
    );

    let c2 = deposer(
        app,
        appel,
        "a2@exemple.fr",
        "dreal-occitanie",
        "Des émissions déclarées deux fois",
    )
    .await;
    let c3 = deposer(
        app,
        appel,
        "a3@exemple.fr",
        "dgpr",
        "Des arrêtés sécheresse introuvables",
    )
    .await;
    let c4 = deposer(
        app,
        appel,
        "a4@exemple.fr",
        "ademe",
        "Un portail des appels d'offres",
    )
    .await;

    // An agent sees only their own submissions, in pages and in the API.
    connecter(app, "a2@exemple.fr").await;
    assert_eq!(
        app.get(&format!("/incubateur/candidatures/{c1}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/incubateur/candidatures/{c2}"))
            .await
            .status,
        StatusCode::OK
    );
    let miennes = app.get("/api/v1/incubateur/candidatures").await.json();
    let ids: Vec<i64> = miennes
        .as_array()
        .expect("liste")
        .iter()
        .map(|c| c["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(ids, [c2], "{backend}");
    let page = app.get("/incubateur/candidatures").await;
    assert!(
        page.body.contains("Des émissions déclarées deux fois")
            && !page.body.contains("Trois outils")
    );

    // Forbidden moves are refused with the domain's message and leave no trace.
    let refus = transition(app, c2, "declarer_recevable", "").await;
    assert_eq!(refus.status, StatusCode::FORBIDDEN, "{}", refus.body);
    assert!(
        detail(&refus).contains("est réservée au rôle « équipe de l'incubateur » (rôle : agent)"),
        "{}",
        refus.body
    );
    connecter(app, "equipe@exemple.fr").await;
    let refus = transition(app, c1, "declarer_laureat", "Très bien").await;
    assert_eq!(refus.status, StatusCode::CONFLICT);
    assert_eq!(
        detail(&refus),
        "transition interdite : « declarer_laureat » n'est pas possible depuis l'état « Déposé »"
    );
    let refus = transition(app, c4, "declarer_irrecevable", "  ").await;
    assert_eq!(refus.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(detail(&refus).contains("doit être motivée"));
    let perimee = post_json(
        app,
        &format!("/incubateur/candidatures/{c1}/transition"),
        &[("action", "declarer_recevable"), ("version", "1")],
    )
    .await;
    assert_eq!(
        perimee.status,
        StatusCode::CONFLICT,
        "une version périmée est refusée"
    );
    assert_eq!(statut(app, c1).await, "depose");

    // Correction request and answer.
    assert_eq!(
        transition(
            app,
            c3,
            "demander_corrections",
            "Chiffrez le nombre d'arrêtés."
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    connecter(app, "a3@exemple.fr").await;
    let formulaire = app
        .get(&format!("/incubateur/candidatures/{c3}/modifier"))
        .await;
    assert!(
        formulaire.body.contains("Chiffrez le nombre d"),
        "le message de l'équipe est montré"
    );
    let v = version(app, c3).await;
    let mut champs = reponses("dgpr", "a3@exemple.fr");
    champs.extend([
        ("intitule", "Des arrêtés sécheresse introuvables"),
        ("version", v.as_str()),
        ("action", "deposer"),
    ]);
    assert_eq!(
        app.post_form(&format!("/incubateur/candidatures/{c3}/modifier"), &champs)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(statut(app, c3).await, "depose");

    // The call closes on its own at its closing time (the job's clock is replayed).
    let apres_cloture = (maintenant + Duration::days(1) + Duration::minutes(5))
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string();
    (jobs::CLOTURE_APPELS.run)(
        app.app.clone(),
        serde_json::json!({ "maintenant": apres_cloture }),
    )
    .await
    .expect("clôture automatique");
    connecter(app, "equipe@exemple.fr").await;
    assert!(
        app.get(&format!("/incubateur/appels/{appel}"))
            .await
            .body
            .contains("Clos")
    );
    appel_transition(app, appel, "ouvrir_eligibilite").await;
    let instruction = app
        .get(&format!("/incubateur/appels/{appel}/candidatures"))
        .await;
    assert!(
        instruction.body.contains("hors périmètre"),
        "l'ADEME est hors du périmètre de l'appel"
    );
    for c in [c1, c2, c3] {
        assert_eq!(
            transition(app, c, "declarer_recevable", "").await.status,
            StatusCode::SEE_OTHER
        );
    }
    assert_eq!(
        transition(
            app,
            c4,
            "declarer_irrecevable",
            "Hors périmètre : opérateur de l'État."
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    appel_transition(app, appel, "ouvrir_preselection").await;

    // The jury: a pre-juror, three jurors (DGPR, SG, DGALN) and a president.
    compte(app, "prejure@exemple.fr", &[]).await;
    let j1 = compte(app, "j1@exemple.fr", &[]).await;
    let j2 = compte(app, "j2@exemple.fr", &[]).await;
    let j3 = compte(app, "j3@exemple.fr", &[]).await;
    compte(app, "president@exemple.fr", &[]).await;
    connecter(app, "equipe@exemple.fr").await;
    for (email, fonction, nom, organisation) in [
        ("prejure@exemple.fr", "pre_jure", "Pré-juré", ""),
        ("j1@exemple.fr", "jure", "Directeur DGPR", "dgpr"),
        ("j2@exemple.fr", "jure", "Secrétaire générale", "sg"),
        ("j3@exemple.fr", "jure", "Directeur DGALN", "dgaln"),
        ("president@exemple.fr", "president", "Président du jury", ""),
    ] {
        let reponse = app
            .post_form(
                &format!("/incubateur/appels/{appel}/jury/membres"),
                &[
                    ("email", email),
                    ("fonction", fonction),
                    ("nom", nom),
                    ("organisation", organisation),
                ],
            )
            .await;
        assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    }
    connecter(app, "prejure@exemple.fr").await;
    let (c1s, c2s) = (c1.to_string(), c2.to_string());
    let reponse = app
        .post_form(
            &format!("/incubateur/appels/{appel}/prejury/marques"),
            &[("candidature", &c1s), ("candidature", &c2s)],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    connecter(app, "equipe@exemple.fr").await;
    let reponse = app
        .post_form(
            &format!("/incubateur/appels/{appel}/prejury/appliquer"),
            &[
                ("nombre", "2"),
                ("motivation", "Le pré-jury a retenu d'autres projets."),
            ],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    assert_eq!(
        (
            statut(app, c1).await,
            statut(app, c2).await,
            statut(app, c3).await
        ),
        (
            "preselectionne".to_owned(),
            "preselectionne".to_owned(),
            "non_retenu".to_owned()
        )
    );
    let debut = (maintenant + Duration::days(2))
        .format("%Y-%m-%dT14:00")
        .to_string();
    let reponse = app
        .post_form(
            &format!("/incubateur/appels/{appel}/auditions"),
            &[
                ("debut", &debut),
                ("lieu", "Salle 1"),
                ("graine", "42"),
                ("battement", "0"),
                ("pause_toutes", "0"),
                ("duree_pause", "0"),
            ],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    let ics = app
        .get(&format!(
            "/incubateur/appels/{appel}/auditions/jures/{j1}.ics"
        ))
        .await;
    assert_eq!(ics.status, StatusCode::OK);
    assert_eq!(
        ics.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    assert_eq!(ics.body.matches("BEGIN:VEVENT").count(), 2);
    assert!(
        app.get(&format!("/incubateur/appels/{appel}/auditions/grilles"))
            .await
            .body
            .contains("Intensité")
    );
    appel_transition(app, appel, "ouvrir_auditions").await;
    for c in [c1, c2] {
        assert_eq!(
            transition(app, c, "marquer_auditionne", "").await.status,
            StatusCode::SEE_OTHER
        );
    }
    connecter(app, "a1@exemple.fr").await;
    let ics = app
        .get(&format!("/incubateur/candidatures/{c1}/audition.ics"))
        .await;
    assert_eq!(
        ics.body.matches("BEGIN:VEVENT").count(),
        1,
        "le candidat reçoit son seul créneau"
    );
    assert_eq!(
        app.get(&format!("/incubateur/candidatures/{c2}/audition.ics"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    confidentialite(app, appel, (c1, c2), (j1, j2, j3)).await;

    // Deliberation, minutes, letters.
    connecter(app, "equipe@exemple.fr").await;
    appel_transition(app, appel, "ouvrir_deliberation").await;
    connecter(app, "president@exemple.fr").await;
    let page = app
        .get(&format!("/incubateur/appels/{appel}/deliberation"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Krippendorff"));
    let incomplete = post_json(
        app,
        &format!("/incubateur/appels/{appel}/deliberation"),
        &[
            ("date", "2026-01-15"),
            ("participants", "Président du jury"),
            (&format!("issue_{c1}"), "laureat"),
        ],
    )
    .await;
    assert_eq!(
        incomplete.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        incomplete.body
    );
    assert!(
        detail(&incomplete).contains(&format!(
            "la décision sur la candidature {c1} doit être motivée"
        )),
        "{}",
        incomplete.body
    );
    assert!(detail(&incomplete).contains(&format!("la candidature {c2} n'a pas de décision")));
    let reponse = app
        .post_form(
            &format!("/incubateur/appels/{appel}/deliberation"),
            &[
                ("date", "2026-01-15"),
                (
                    "participants",
                    "Directeur DGPR\nSecrétaire générale\nDirecteur DGALN",
                ),
                (&format!("issue_{c1}"), "laureat"),
                (
                    &format!("motivation_{c1}"),
                    "Problème massif, porteuse engagée.",
                ),
                (&format!("issue_{c2}"), "non_retenu"),
                (
                    &format!("motivation_{c2}"),
                    "Un service existant couvre déjà le besoin.",
                ),
            ],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    assert_eq!(statut(app, c1).await, "laureat");
    let catalogue = incubateur::store::catalogue::current(&app.app)
        .await
        .expect("catalogue");
    let appel_stocke = incubateur::service::appels::charger(&mut app.app.db(), appel)
        .await
        .expect("appel");
    let dossier = incubateur::service::jury::charger_dossier(
        &app.app,
        &mut app.app.db(),
        &catalogue,
        appel_stocke,
    )
    .await
    .expect("feuille");
    let empreinte = incubateur::domain::jury::deliberation::score_sheet_hash(&dossier.feuille);
    let pv = app
        .get(&format!("/incubateur/appels/{appel}/proces-verbal"))
        .await;
    assert!(
        pv.body.contains(&empreinte),
        "le procès-verbal porte l'empreinte de la feuille"
    );
    assert_eq!(
        audits(app, "clore_deliberation", &format!("appel:{appel}")).await,
        1
    );
    let lettre = socle::mail::latest_to(app.app.db(), "a1@exemple.fr")
        .await
        .expect("outbox")
        .expect("lettre");
    assert!(
        lettre.subject.starts_with("Décision du jury")
            && lettre.body_text.contains("Problème massif")
    );
    connecter(app, "equipe@exemple.fr").await;
    appel_transition(app, appel, "notifier").await;

    // Onboarding behind the sponsor gate.
    let ferme = post_json(
        app,
        &format!("/incubateur/candidatures/{c1}/embarquement"),
        &[
            ("action", "creer"),
            ("identifiant", "trois-outils"),
            ("titre", "Déclaration unique"),
            ("mission", "Déclarer une fois"),
        ],
    )
    .await;
    assert_eq!(ferme.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        detail(&ferme).contains("la fiche d'engagement n'est pas signée"),
        "{}",
        ferme.body
    );
    let reponse = app
        .post_form(
            &format!("/incubateur/candidatures/{c1}/embarquement"),
            &[
                ("fiche_signee", "oui"),
                ("sponsor", "dhup"),
                ("jours_liberes", "2"),
                ("ligne_budgetaire", "oui"),
                ("action", "creer"),
                ("identifiant", "trois-outils"),
                ("titre", "Déclaration unique"),
                (
                    "mission",
                    "Déclarer une seule fois ce que l'administration sait déjà",
                ),
            ],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    let startup = app
        .get("/api/v1/incubateur/startups/trois-outils")
        .await
        .json();
    assert_eq!(startup["phase"], "investigation");
    let page = app.get("/incubateur/startups/trois-outils").await;
    assert!(
        page.body.contains("Intrapreneur") && page.body.contains("Coach"),
        "missions de l'intrapreneur et du coach"
    );

    // A committee and its runway alerts, sent once.
    let fin = (maintenant.date() + Months::new(5)).to_string();
    let reponse = app
        .post_form(
            "/incubateur/startups/trois-outils/comites",
            &[
                ("date", &maintenant.date().to_string()),
                ("decision", "renouvellement"),
                ("motif", "Premiers usagers convaincus."),
                ("fin_financement", &fin),
                ("niveau_impact", "utilisable"),
            ],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    let alerte = (maintenant.date() + Months::new(5) - Duration::days(45)).to_string();
    let envoyes = || async {
        app.app
            .db()
            .fetch_scalar::<i64>(socle::db::Query::new(
                "SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Comité à préparer%'",
            ))
            .await
            .expect("outbox")
    };
    (jobs::ALERTES_COMITES.run)(app.app.clone(), serde_json::json!({ "date": alerte }))
        .await
        .expect("alertes");
    let apres_premiere = envoyes().await;
    assert!(
        apres_premiere >= 2,
        "l'équipe et l'intrapreneur sont prévenus ({apres_premiere})"
    );
    (jobs::ALERTES_COMITES.run)(app.app.clone(), serde_json::json!({ "date": alerte }))
        .await
        .expect("alertes");
    assert_eq!(
        envoyes().await,
        apres_premiere,
        "une alerte part une seule fois"
    );
    connecter(app, "a1@exemple.fr").await;
    assert_eq!(
        app.get("/incubateur/startups/trois-outils/comites")
            .await
            .status,
        StatusCode::OK,
        "l'équipe de la startup suit ses comités"
    );
    connecter(app, "a2@exemple.fr").await;
    assert_eq!(
        app.get("/incubateur/startups/trois-outils/comites")
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // The funnel, then every transition audited exactly once.
    connecter(app, "equipe@exemple.fr").await;
    let entonnoir = app
        .get(&format!("/incubateur/appels/{appel}/entonnoir"))
        .await;
    assert!(entonnoir.body.contains("Lauréat") && entonnoir.body.contains("Investigation"));
    let transitions: i64 = app
        .app
        .db()
        .fetch_scalar(socle::db::Query::new(
            "SELECT COUNT(*) FROM incubateur_candidature_transitions",
        ))
        .await
        .expect("comptage");
    let audites: i64 = app
        .app
        .db()
        .fetch_scalar(socle::db::Query::new(
            "SELECT COUNT(*) FROM audit_log a WHERE a.module = 'incubateur' AND a.target LIKE 'candidature:%' \
             AND a.action IN ('deposer', 'demander_corrections', 'completer', 'declarer_recevable', \
             'declarer_irrecevable', 'preselectionner', 'marquer_auditionne', 'ne_pas_retenir', 'declarer_laureat', \
             'mettre_en_liste_attente', 'desister', 'rouvrir')",
        ))
        .await
        .expect("comptage");
    assert_eq!(
        transitions, audites,
        "{backend}: une entrée d'audit par transition"
    );
    assert_eq!(transitions, 17, "{backend}");

    conservation(app, appel, (c1, c3)).await;
}

/// Scores stay hidden until the reader submits; a recused juror neither scores, sees nor counts.
async fn confidentialite(
    app: &TestApp,
    appel: i64,
    (c1, c2): (i64, i64),
    (j1, j2, j3): (i64, i64, i64),
) {
    let notes = |email: &'static str| async move {
        connecter(app, email).await;
        let reponse = app
            .get(&format!("/api/v1/incubateur/appels/{appel}/notes"))
            .await;
        assert_eq!(reponse.status, StatusCode::OK, "{}", reponse.body);
        reponse
            .json()
            .as_array()
            .expect("liste")
            .iter()
            .map(|n| {
                (
                    n["jure"].as_i64().expect("juré"),
                    n["candidature"].as_i64().expect("candidature"),
                )
            })
            .collect::<Vec<_>>()
    };
    let noter = |email: &'static str, c: i64| async move {
        connecter(app, email).await;
        app.post_form(
            &format!("/incubateur/appels/{appel}/jury/notes/{c}"),
            &[
                ("note", "4"),
                ("note", "3,5"),
                ("note", "3"),
                ("note", "5"),
                ("note_privee", "À revoir avec la DREAL"),
            ],
        )
        .await
    };
    assert_eq!(
        noter("j1@exemple.fr", c1).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        notes("j2@exemple.fr").await,
        [],
        "une note non soumise n'est visible que de son auteur"
    );
    // j3 works at the DGALN, above the DHUP of c1's agent: recused by the org chart.
    connecter(app, "j3@exemple.fr").await;
    let refus = post_json(
        app,
        &format!("/incubateur/appels/{appel}/jury/notes/{c1}"),
        &[("note", "1"), ("note", "1"), ("note", "1"), ("note", "1")],
    )
    .await;
    assert_eq!(refus.status, StatusCode::FORBIDDEN);
    assert!(detail(&refus).contains("s'est déporté"), "{}", refus.body);
    assert_eq!(
        noter("j1@exemple.fr", c2).await.status,
        StatusCode::SEE_OTHER
    );
    connecter(app, "j1@exemple.fr").await;
    assert_eq!(
        app.post_form(&format!("/incubateur/appels/{appel}/jury/soumettre"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        notes("j2@exemple.fr").await,
        [],
        "soumettre ne montre rien aux jurés qui n'ont pas soumis"
    );
    let page = app.get(&format!("/incubateur/appels/{appel}/jury")).await;
    assert!(
        !page.body.contains("Directeur DGPR"),
        "la page du juré non soumis ne montre pas les notes de j1"
    );
    assert_eq!(
        noter("j2@exemple.fr", c1).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        noter("j2@exemple.fr", c2).await.status,
        StatusCode::SEE_OTHER
    );
    connecter(app, "j2@exemple.fr").await;
    let soumission_tardive = app
        .get(&format!("/incubateur/appels/{appel}/deliberation"))
        .await;
    assert_eq!(
        soumission_tardive.status,
        StatusCode::FORBIDDEN,
        "un juré ne voit pas la délibération avant d'avoir soumis"
    );
    assert_eq!(
        app.post_form(&format!("/incubateur/appels/{appel}/jury/soumettre"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let vues = notes("j2@exemple.fr").await;
    assert!(
        vues.contains(&(j1, c1)) && vues.contains(&(j1, c2)),
        "après avoir soumis, j2 voit les notes de j1 : {vues:?}"
    );
    // j2 declares a conflict on c1 after the fact: their c1 score disappears for everyone and stops counting.
    connecter(app, "j2@exemple.fr").await;
    let reponse = app
        .post_form(
            &format!("/incubateur/appels/{appel}/jury/conflits"),
            &[
                ("candidature", &c1.to_string()),
                ("motif", "Ancienne collègue"),
            ],
        )
        .await;
    assert_eq!(reponse.status, StatusCode::SEE_OTHER, "{}", reponse.body);
    assert!(
        !notes("j1@exemple.fr").await.contains(&(j2, c1)),
        "une note déportée n'est plus visible"
    );
    assert!(
        !notes("j2@exemple.fr").await.iter().any(|(_, c)| *c == c1),
        "le juré déporté ne voit plus rien de c1"
    );
    assert_eq!(
        noter("j3@exemple.fr", c2).await.status,
        StatusCode::SEE_OTHER
    );
    connecter(app, "j3@exemple.fr").await;
    assert_eq!(
        app.post_form(&format!("/incubateur/appels/{appel}/jury/soumettre"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(
        !notes("j3@exemple.fr").await.iter().any(|(_, c)| *c == c1),
        "j3, déporté, ne voit aucune note de c1"
    );
    // The team's view counts only submitted, non-recused cells: one note on c1, three on c2.
    connecter(app, "equipe@exemple.fr").await;
    let equipe = notes("equipe@exemple.fr").await;
    assert_eq!(
        equipe.iter().filter(|(_, c)| *c == c1).count(),
        1,
        "{equipe:?}"
    );
    assert_eq!(
        equipe.iter().filter(|(_, c)| *c == c2).count(),
        3,
        "{equipe:?}"
    );
    assert!(!equipe.iter().any(|(j, c)| *j == j3 && *c == c1));
    // A stranger to the call reads nothing.
    connecter(app, "a1@exemple.fr").await;
    assert_eq!(
        app.get(&format!("/api/v1/incubateur/appels/{appel}/notes"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

/// Retention: the non-selected submissions of an archived call are announced 14 days ahead, then anonymised.
async fn conservation(app: &TestApp, appel: i64, (laureat, non_retenu): (i64, i64)) {
    connecter(app, "equipe@exemple.fr").await;
    appel_transition(app, appel, "archiver").await;
    let archive = paris_now().date();
    let purge = archive + Months::new(12);
    let lancer = |date: chrono::NaiveDate| {
        (jobs::CONSERVATION.run)(
            app.app.clone(),
            serde_json::json!({ "date": date.to_string() }),
        )
    };
    lancer(purge - Duration::days(15))
        .await
        .expect("avant le préavis");
    assert!(
        candidatures::find(&mut app.app.db(), non_retenu)
            .await
            .expect("lecture")
            .expect("c")
            .preavis_purge_at
            .is_none()
    );
    lancer(purge - Duration::days(14)).await.expect("préavis");
    let preavis = socle::mail::latest_to(app.app.db(), "a3@exemple.fr")
        .await
        .expect("outbox")
        .expect("préavis");
    assert!(
        preavis.subject.starts_with("Suppression prochaine"),
        "{}",
        preavis.subject
    );
    lancer(purge - Duration::days(1)).await.expect("la veille");
    assert!(
        candidatures::find(&mut app.app.db(), non_retenu)
            .await
            .expect("lecture")
            .expect("c")
            .anonymisee_at
            .is_none()
    );
    lancer(purge).await.expect("purge");
    let anonyme = candidatures::find(&mut app.app.db(), non_retenu)
        .await
        .expect("lecture")
        .expect("c");
    assert!(
        anonyme.anonymisee_at.is_some() && anonyme.user_id.is_none() && anonyme.reponses.is_empty()
    );
    assert_eq!(
        anonyme.statut().code(),
        "non_retenu",
        "l'état reste pour les statistiques"
    );
    let garde = candidatures::find(&mut app.app.db(), laureat)
        .await
        .expect("lecture")
        .expect("c");
    assert!(
        garde.anonymisee_at.is_none() && !garde.reponses.is_empty(),
        "un lauréat n'est jamais purgé"
    );
}
