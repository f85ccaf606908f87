//! Alerts on a saved search (§3.4, §3.5), deadline reminders and the iCal feed of followed aids.
//!
//! All pure: the jobs layer picks the due alerts, sends the prepared mails through the outbox and
//! only then calls [`marquer_envoyee`], so a failed send is retried rather than lost.

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::aide::{Aide, aujourdhui_a_paris};
use crate::referentiels::{FrequenceAlerte, Recurrence, StatutAide};
use crate::search::{Index, RechercheError, TAILLE_MAX, parse_query};

/// Number of aids listed in an alert mail.
pub const AIDES_PAR_MAIL: usize = 3;

/// A saved search mailed daily or weekly (double opt-in, no account needed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alerte {
    /// Recipient (personal data).
    pub email: String,
    /// The saved search, as a query string of the API's parameters.
    pub querystring: String,
    /// Title given by the user.
    pub title: String,
    /// Frequency.
    pub frequence: FrequenceAlerte,
    /// Confirmed through the e-mailed link.
    pub validated: bool,
    /// When it was confirmed.
    pub date_validated: Option<DateTime<Utc>>,
    /// Last mail accepted by the mailer (initialised at creation).
    pub latest_alert_date: DateTime<Utc>,
    /// Secret of the confirmation and deletion links.
    pub token: String,
    /// Portail it was created from.
    pub source: Option<String>,
}

/// Whether `alerte` must be run at `maintenant`: validated, and its last mail at least one day
/// (daily) or seven days (weekly) old.
pub fn est_due(alerte: &Alerte, maintenant: DateTime<Utc>) -> bool {
    let delai = match alerte.frequence {
        FrequenceAlerte::Daily => Duration::days(1),
        FrequenceAlerte::Weekly => Duration::days(7),
    };
    alerte.validated && alerte.latest_alert_date <= maintenant - delai
}

/// A prepared alert mail.
#[derive(Debug, Clone)]
pub struct MailAlerte {
    /// Recipient.
    pub destinataire: String,
    /// `<prefix>DD/MM/YYYY — De nouvelles aides correspondent à vos recherches`.
    pub sujet: String,
    /// Number of new aids.
    pub nombre: usize,
    /// The first aids, by publication date.
    pub aides: Vec<Arc<Aide>>,
    /// The search restricted to the new aids (`published_after`).
    pub lien_recherche: String,
    /// One-click deletion link.
    pub lien_suppression: String,
}

/// Prepares the mail of a due alert: its search replayed over the published open aids first
/// published since the last mail. `None` when the alert is not due or nothing new matches.
pub fn preparer_envoi(
    alerte: &Alerte,
    index: &Index,
    maintenant: DateTime<Utc>,
    base_url: &str,
    prefixe_sujet: &str,
) -> Result<Option<MailAlerte>, RechercheError> {
    if !est_due(alerte, maintenant) {
        return Ok(None);
    }
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str::<Vec<(String, String)>>(&alerte.querystring)
            .unwrap_or_default()
            .into_iter()
            .filter(|(cle, _)| {
                !matches!(cle.as_str(), "page" | "size" | "itemsPerPage" | "order_by")
            })
            .collect();
    let mut query = parse_query(&params)?;
    query.publiee_depuis_instant = Some(alerte.latest_alert_date);
    query.aujourdhui = Some(aujourdhui_a_paris(maintenant));
    query.taille = TAILLE_MAX;
    query.sans_facettes = true;
    let resultats = index.search(&query)?;
    if resultats.total == 0 {
        return Ok(None);
    }
    let mut aides: Vec<Arc<Aide>> = resultats.hits.into_iter().map(|hit| hit.aide).collect();
    aides.sort_by_key(|aide| (aide.date_published, aide.id));
    aides.truncate(AIDES_PAR_MAIL);
    let depuis = aujourdhui_a_paris(alerte.latest_alert_date).format("%Y-%m-%d");
    let separateur = if alerte.querystring.is_empty() {
        ""
    } else {
        "&"
    };
    Ok(Some(MailAlerte {
        destinataire: alerte.email.clone(),
        sujet: format!(
            "{prefixe_sujet}{} — De nouvelles aides correspondent à vos recherches",
            aujourdhui_a_paris(maintenant).format("%d/%m/%Y")
        ),
        nombre: resultats.total,
        aides,
        lien_recherche: format!(
            "{base_url}/aides/?{}{separateur}published_after={depuis}",
            alerte.querystring
        ),
        lien_suppression: format!("{base_url}/aides/alertes/{}/supprimer", alerte.token),
    }))
}

/// Records a mail accepted by the mailer; never call it for a failed send.
pub fn marquer_envoyee(alerte: &mut Alerte, maintenant: DateTime<Utc>) {
    alerte.latest_alert_date = maintenant;
}

/// Days before a deadline at which followers are reminded.
pub const RAPPELS_JOURS: [i64; 2] = [30, 7];

/// The followed aids whose deadline is exactly 30 or 7 days after `aujourdhui`, with that number
/// of days (published, non-permanent aids only).
pub fn rappels_echeance<'a>(
    aides: impl IntoIterator<Item = &'a Aide>,
    aujourdhui: NaiveDate,
) -> Vec<(&'a Aide, i64)> {
    aides
        .into_iter()
        .filter(|aide| {
            aide.status == StatutAide::Published && aide.recurrence != Some(Recurrence::Ongoing)
        })
        .filter_map(|aide| {
            let jours = (aide.submission_deadline? - aujourdhui).num_days();
            RAPPELS_JOURS.contains(&jours).then_some((aide, jours))
        })
        .collect()
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn echapper(texte: &str) -> String {
    let mut sortie = String::with_capacity(texte.len());
    for c in texte.chars() {
        match c {
            '\\' => sortie.push_str("\\\\"),
            ';' => sortie.push_str("\\;"),
            ',' => sortie.push_str("\\,"),
            '\n' => sortie.push_str("\\n"),
            '\r' => {}
            c => sortie.push(c),
        }
    }
    sortie
}

/// Appends a content line folded at 75 octets without splitting a character (RFC 5545 §3.1).
fn ligne(sortie: &mut String, contenu: &str) {
    let mut longueur = 0;
    for c in contenu.chars() {
        if longueur + c.len_utf8() > 75 {
            sortie.push_str("\r\n ");
            longueur = 1;
        }
        sortie.push(c);
        longueur += c.len_utf8();
    }
    sortie.push_str("\r\n");
}

/// The iCal (RFC 5545) calendar of the followed aids: one all-day VEVENT per deadline.
pub fn calendrier_ical(
    aides: &[&Aide],
    base_url: &str,
    domaine: &str,
    maintenant: DateTime<Utc>,
) -> String {
    let mut sortie = String::new();
    for entete in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//La Fabrique numerique//Aides//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Échéances des aides suivies",
    ] {
        ligne(&mut sortie, entete);
    }
    let horodatage = maintenant.format("%Y%m%dT%H%M%SZ");
    for aide in aides {
        let Some(echeance) = aide.submission_deadline else {
            continue;
        };
        if aide.recurrence == Some(Recurrence::Ongoing) {
            continue;
        }
        let lendemain = echeance.succ_opt().unwrap_or(echeance);
        ligne(&mut sortie, "BEGIN:VEVENT");
        ligne(
            &mut sortie,
            &format!("UID:aide-{}-cloture@{domaine}", aide.id.0),
        );
        ligne(&mut sortie, &format!("DTSTAMP:{horodatage}"));
        ligne(
            &mut sortie,
            &format!("DTSTART;VALUE=DATE:{}", echeance.format("%Y%m%d")),
        );
        ligne(
            &mut sortie,
            &format!("DTEND;VALUE=DATE:{}", lendemain.format("%Y%m%d")),
        );
        ligne(
            &mut sortie,
            &format!("SUMMARY:{}", echapper(&format!("Clôture : {}", aide.name))),
        );
        ligne(&mut sortie, &format!("URL:{base_url}/aides/{}/", aide.slug));
        ligne(
            &mut sortie,
            &format!(
                "DESCRIPTION:{}",
                echapper(&format!(
                    "Date limite de dépôt de l'aide « {} ».",
                    aide.name
                ))
            ),
        );
        ligne(&mut sortie, "END:VEVENT");
    }
    ligne(&mut sortie, "END:VCALENDAR");
    sortie
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aide::AideId;

    fn instant(jour: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(jour)
            .map(|d| d.to_utc())
            .unwrap_or_default()
    }

    fn alerte(frequence: FrequenceAlerte, derniere: &str) -> Alerte {
        Alerte {
            email: "elu@example.org".into(),
            querystring: "text=eau".into(),
            title: "Eau".into(),
            frequence,
            validated: true,
            date_validated: None,
            latest_alert_date: instant(derniere),
            token: "jeton".into(),
            source: None,
        }
    }

    #[test]
    fn daily_is_due_after_one_day_and_weekly_after_seven() {
        let maintenant = instant("2026-03-10T08:00:00Z");
        assert!(est_due(
            &alerte(FrequenceAlerte::Daily, "2026-03-09T08:00:00Z"),
            maintenant
        ));
        assert!(!est_due(
            &alerte(FrequenceAlerte::Daily, "2026-03-09T09:00:00Z"),
            maintenant
        ));
        assert!(!est_due(
            &alerte(FrequenceAlerte::Weekly, "2026-03-05T08:00:00Z"),
            maintenant
        ));
        assert!(est_due(
            &alerte(FrequenceAlerte::Weekly, "2026-03-03T08:00:00Z"),
            maintenant
        ));
        let mut non_validee = alerte(FrequenceAlerte::Daily, "2026-01-01T00:00:00Z");
        non_validee.validated = false;
        assert!(!est_due(&non_validee, maintenant));
    }

    #[test]
    fn reminders_fire_at_30_and_7_days_only() {
        let aujourdhui = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap_or_default();
        let aides: Vec<Aide> = [30, 7, 8, 0]
            .iter()
            .map(|jours| {
                let mut aide =
                    Aide::brouillon(AideId(*jours as u64), "Aide", DateTime::<Utc>::UNIX_EPOCH);
                aide.status = StatutAide::Published;
                aide.submission_deadline = Some(aujourdhui + Duration::days(*jours));
                aide
            })
            .collect();
        let rappels: Vec<i64> = rappels_echeance(&aides, aujourdhui)
            .iter()
            .map(|(_, j)| *j)
            .collect();
        assert_eq!(rappels, vec![30, 7]);
    }

    #[test]
    fn ical_lines_are_escaped_folded_and_crlf() {
        let mut aide = Aide::brouillon(
            AideId(5),
            "Rénover, isoler; et chauffer les bâtiments publics des communes rurales de montagne",
            DateTime::<Utc>::UNIX_EPOCH,
        );
        aide.submission_deadline = NaiveDate::from_ymd_opt(2026, 6, 30);
        aide.slug = "abcd-renover".into();
        let ical = calendrier_ical(
            &[&aide],
            "https://fabrique.example",
            "fabrique.example",
            instant("2026-03-10T08:00:00Z"),
        );
        assert!(ical.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ical.ends_with("END:VCALENDAR\r\n"));
        assert!(ical.contains("DTSTART;VALUE=DATE:20260630\r\n"));
        assert!(ical.contains("DTEND;VALUE=DATE:20260701\r\n"));
        assert!(ical.contains("Rénover\\, isoler\\; et"));
        for ligne in ical.split("\r\n") {
            assert!(ligne.len() <= 75, "{ligne}");
        }
        // Unfolding gives back the summary.
        let deplie = ical.replace("\r\n ", "");
        assert!(deplie.contains("SUMMARY:Clôture : Rénover\\, isoler\\; et chauffer les bâtiments publics des communes rurales de montagne\r\n"));
    }
}
