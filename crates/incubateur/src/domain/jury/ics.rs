//! iCalendar files (RFC 5545) for the auditions: one per juror (every slot and break) and one per candidate (their own
//! slot).
//!
//! Times are Paris civil times with `TZID=Europe/Paris` and the matching `VTIMEZONE`, lines end with CRLF and are
//! folded at 75 octets, text values are escaped.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;

use super::planning::Planning;
use crate::domain::candidature::CandidatureId;

/// What every event of a session shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InfosSession {
    /// Call title, shown in summaries.
    pub appel: String,
    /// Stable identifier of the session, used in UIDs (`appel-2017-11`).
    pub session: String,
    /// Place.
    pub lieu: String,
    /// Creation time of the file, UTC (`DTSTAMP`).
    pub horodatage_utc: NaiveDateTime,
}

/// Europe/Paris rules since 1996 (last Sunday of March / October).
const VTIMEZONE_PARIS: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// Appends a content line, folded so that no physical line exceeds 75 octets (§3.1), never inside a UTF-8
/// character.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts toward its 75 octets.
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
}

fn local(time: NaiveDateTime) -> String {
    time.format("%Y%m%dT%H%M%S").to_string()
}

struct Evenement<'a> {
    uid: String,
    debut: NaiveDateTime,
    fin: NaiveDateTime,
    resume: String,
    description: String,
    infos: &'a InfosSession,
}

fn push_event(out: &mut String, event: &Evenement<'_>) {
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{}", event.uid));
    push_line(
        out,
        &format!("DTSTAMP:{}Z", local(event.infos.horodatage_utc)),
    );
    push_line(
        out,
        &format!("DTSTART;TZID=Europe/Paris:{}", local(event.debut)),
    );
    push_line(
        out,
        &format!("DTEND;TZID=Europe/Paris:{}", local(event.fin)),
    );
    push_line(out, &format!("SUMMARY:{}", escape(&event.resume)));
    push_line(out, &format!("LOCATION:{}", escape(&event.infos.lieu)));
    push_line(out, &format!("DESCRIPTION:{}", escape(&event.description)));
    push_line(out, "END:VEVENT");
}

fn calendar(events: &[Evenement<'_>]) -> String {
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//La Fabrique//Incubateur//FR");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    out.push_str(VTIMEZONE_PARIS);
    for event in events {
        push_event(&mut out, event);
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// The calendar of a juror: every audition (with the candidate's project name) and every break.
pub fn ics_jure(
    planning: &Planning,
    noms: &BTreeMap<CandidatureId, String>,
    infos: &InfosSession,
) -> String {
    let mut events = Vec::with_capacity(planning.creneaux.len() + planning.pauses.len());
    for slot in &planning.creneaux {
        let nom = noms
            .get(&slot.candidature)
            .map_or_else(|| format!("candidature {}", slot.candidature), Clone::clone);
        events.push(Evenement {
            uid: format!("{}-audition-{}@fabrique", infos.session, slot.candidature),
            debut: slot.debut,
            fin: slot.fin,
            resume: format!("Audition n° {} : {nom}", slot.ordre),
            description: format!(
                "{} — pitch de 3 minutes puis 5 minutes de questions (ordre tiré au sort, graine {}).",
                infos.appel, planning.graine
            ),
            infos,
        });
    }
    for (index, pause) in planning.pauses.iter().enumerate() {
        events.push(Evenement {
            uid: format!("{}-pause-{}@fabrique", infos.session, index + 1),
            debut: pause.debut,
            fin: pause.fin,
            resume: "Pause du jury".to_owned(),
            description: infos.appel.clone(),
            infos,
        });
    }
    calendar(&events)
}

/// The calendar of a candidate: their own slot only, or `None` when they have none.
pub fn ics_candidat(
    planning: &Planning,
    candidature: CandidatureId,
    infos: &InfosSession,
) -> Option<String> {
    let slot = planning.creneau(candidature)?;
    let event = Evenement {
        uid: format!("{}-audition-{}@fabrique", infos.session, slot.candidature),
        debut: slot.debut,
        fin: slot.fin,
        resume: format!("Votre audition : {}", infos.appel),
        description: "Présentez le problème en 3 minutes, puis 5 minutes de questions du jury."
            .to_owned(),
        infos,
    };
    Some(calendar(&[event]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::jury::planning::{ParametresPlanning, Planning};

    fn session() -> InfosSession {
        InfosSession {
            appel: "Appel à projets de la Fabrique numérique, ministères de la Transition écologique et de la Cohésion des territoires".into(),
            session: "appel-2017-11".into(),
            lieu: "Tour Séquoia, salle 1; La Défense".into(),
            horodatage_utc: NaiveDateTime::parse_from_str("2018-01-05 08:00", "%Y-%m-%d %H:%M").expect("date-time"),
        }
    }

    fn plan() -> Planning {
        let start =
            NaiveDateTime::parse_from_str("2018-01-11 14:00", "%Y-%m-%d %H:%M").expect("date-time");
        let parametres = ParametresPlanning {
            pause_toutes: 6,
            duree_pause: chrono::Duration::minutes(10),
            ..ParametresPlanning::standard(start, 3)
        };
        Planning::build(
            &(1..=12).map(CandidatureId).collect::<Vec<_>>(),
            &parametres,
        )
        .expect("plan")
    }

    #[test]
    fn juror_calendar_is_valid_rfc5545() {
        let mut noms = BTreeMap::new();
        noms.insert(CandidatureId(4), "Camino, le cadastre minier".to_owned());
        let text = ics_jure(&plan(), &noms, &session());
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(
            text.matches("BEGIN:VEVENT").count(),
            13,
            "12 auditions and 1 break"
        );
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "every line ends with CRLF"
        );
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "line too long: {line:?}");
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("Camino\\, le cadastre minier"));
        assert!(unfolded.contains("LOCATION:Tour Séquoia\\, salle 1\\; La Défense"));
        assert!(unfolded.contains("DTSTART;TZID=Europe/Paris:20180111T140000"));
        assert!(unfolded.contains("DTSTAMP:20180105T080000Z"));
    }

    #[test]
    fn candidate_calendar_holds_only_their_slot() {
        let plan = plan();
        let text = ics_candidat(&plan, CandidatureId(7), &session()).expect("has a slot");
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
        let slot = plan.creneau(CandidatureId(7)).expect("slot");
        assert!(text.contains(&format!(
            "DTSTART;TZID=Europe/Paris:{}",
            slot.debut.format("%Y%m%dT%H%M%S")
        )));
        assert_eq!(ics_candidat(&plan, CandidatureId(99), &session()), None);
    }
}
