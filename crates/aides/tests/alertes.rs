//! Acceptance: the alert oracles of the spec (rebuilt from the anchor's `src/alerts/tests/`): no
//! alert, no match, match, unvalidated — and `latest_alert_date` moves only for mailed alerts.

use crate::common;

use std::sync::Arc;

use aides::alertes::{Alerte, marquer_envoyee, preparer_envoi};
use aides::perimetres::{Perimetre, Perimetres};
use aides::referentiels::{Echelle, FrequenceAlerte};
use aides::search::{Index, build_au};
use chrono::{DateTime, Utc};

fn instant(texte: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(texte)
        .map(|d| d.to_utc())
        .expect("instant")
}

fn index() -> Index {
    let mut graphe = Perimetres::vide();
    let france = graphe
        .ajouter(Perimetre::new(Echelle::Country, "FRA", "France"), &[])
        .expect("fra");
    let mut ancienne = common::aide_publiee(1, "Gestion de l'eau potable", Some(france));
    ancienne.date_published = Some(instant("2026-03-01T10:00:00Z"));
    let mut nouvelle = common::aide_publiee(2, "Réseaux d'eau et assainissement", Some(france));
    nouvelle.date_published = Some(instant("2026-03-09T10:00:00Z"));
    let mut autre = common::aide_publiee(3, "Rénovation des écoles", Some(france));
    autre.date_published = Some(instant("2026-03-09T11:00:00Z"));
    build_au(
        &[ancienne, nouvelle, autre],
        Arc::new(graphe),
        common::catalogue(),
        chrono::NaiveDate::from_ymd_opt(2026, 3, 10).expect("jour"),
    )
    .expect("index")
}

fn alerte(querystring: &str, validee: bool) -> Alerte {
    Alerte {
        email: "mairie@example.org".into(),
        querystring: querystring.into(),
        title: "Eau".into(),
        frequence: FrequenceAlerte::Daily,
        validated: validee,
        date_validated: None,
        latest_alert_date: instant("2026-03-08T07:00:00Z"),
        token: "abc123".into(),
        source: None,
    }
}

#[test]
fn matching_alert_mails_only_aids_published_since_the_last_mail() {
    let index = index();
    let maintenant = instant("2026-03-10T07:00:00Z");
    let mut alerte = alerte("text=eau", true);
    let mail = preparer_envoi(
        &alerte,
        &index,
        maintenant,
        "https://fabrique.example",
        "[Aides] ",
    )
    .expect("recherche")
    .expect("mail");
    assert_eq!(mail.nombre, 1);
    assert_eq!(mail.aides[0].id.0, 2);
    assert_eq!(
        mail.sujet,
        "[Aides] 10/03/2026 — De nouvelles aides correspondent à vos recherches"
    );
    assert!(
        mail.lien_recherche
            .ends_with("text=eau&published_after=2026-03-08")
    );
    assert!(mail.lien_suppression.contains("abc123"));
    marquer_envoyee(&mut alerte, maintenant);
    assert_eq!(alerte.latest_alert_date, maintenant);
    // Right after the mail, nothing is due.
    assert!(
        preparer_envoi(&alerte, &index, maintenant, "", "")
            .expect("recherche")
            .is_none()
    );
}

#[test]
fn alert_without_match_sends_nothing() {
    let index = index();
    let alerte = alerte("text=gloubiboulga", true);
    let mail = preparer_envoi(&alerte, &index, instant("2026-03-10T07:00:00Z"), "", "")
        .expect("recherche");
    assert!(mail.is_none());
}

#[test]
fn unvalidated_alert_is_not_sent() {
    let index = index();
    let alerte = alerte("text=eau", false);
    let mail = preparer_envoi(&alerte, &index, instant("2026-03-10T07:00:00Z"), "", "")
        .expect("recherche");
    assert!(mail.is_none());
}

#[test]
fn no_alert_means_no_mail() {
    let index = index();
    let alertes: Vec<Alerte> = Vec::new();
    let mails: Vec<_> = alertes
        .iter()
        .filter_map(|a| {
            preparer_envoi(a, &index, instant("2026-03-10T07:00:00Z"), "", "")
                .ok()
                .flatten()
        })
        .collect();
    assert!(mails.is_empty());
}

#[test]
fn alert_with_an_empty_search_lists_every_new_aid() {
    let index = index();
    let alerte = alerte("", true);
    let mail = preparer_envoi(&alerte, &index, instant("2026-03-10T07:00:00Z"), "", "")
        .expect("recherche")
        .expect("mail");
    assert_eq!(mail.nombre, 2);
    assert_eq!(
        mail.aides.iter().map(|a| a.id.0).collect::<Vec<_>>(),
        vec![2, 3]
    );
}
