//! "Allowed now?": reading the free texts of usages for hours, weekdays and odd/even days (spec §3.7, §8.9).
//!
//! The texts are legal wording written by each DDT. The reader recognises the common forms ("Interdiction de 11 h
//! à 18 h", "uniquement de 20 h à 8 h", "entre 9h et 19h", "les lundis et jeudis", "les jours pairs", "Pas de
//! restriction", "Interdit") and answers [`Verdict::Incertain`] with "voir l'arrêté" for anything else: a wrong
//! "allowed" could cost a €1,500 fine, an honest "see the order" costs a click. The legal text always stays
//! beside the verdict.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDateTime, NaiveTime, TimeZone, Timelike, Weekday};
use chrono_tz::Europe::Paris;

/// What the reader understood of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Categorie {
    /// No restriction.
    PasDeRestriction,
    /// Awareness only: advice, no legal restriction.
    Sensibilisation,
    /// Forbidden at all times.
    Interdiction,
    /// Forbidden except for cases the text lists (who is in them cannot be decided here).
    InterdictionSaufException,
    /// Forbidden or allowed by hours, weekdays or odd/even days.
    PlageHoraire,
    /// A reduction of the volume taken (a quantity, not a yes/no).
    ReductionPrelevement,
    /// Not understood: the order must be read.
    VoirArrete,
}

/// Whether the hours and days found are when the use is forbidden or when it is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sens {
    /// "Interdit de 11 h à 18 h": the windows are forbidden.
    Interdit,
    /// "Autorisé / uniquement de 20 h à 8 h": only the windows are allowed.
    Autorise,
}

/// A daily time window, `debut` inclusive and `fin` exclusive; it crosses midnight when `fin` ≤ `debut`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plage {
    /// Start.
    pub debut: NaiveTime,
    /// End.
    pub fin: NaiveTime,
}

impl Plage {
    /// Whether the time falls in the window.
    pub fn contains(&self, time: NaiveTime) -> bool {
        if self.debut < self.fin {
            time >= self.debut && time < self.fin
        } else {
            time >= self.debut || time < self.fin
        }
    }
}

/// Odd or even days of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parite {
    /// Even days (2, 4, …).
    Pairs,
    /// Odd days (1, 3, …).
    Impairs,
}

/// The structured reading of a usage text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegleLue {
    /// What kind of rule it is.
    pub categorie: Categorie,
    /// Whether hours and days are forbidden or allowed ones.
    pub sens: Sens,
    /// Daily windows.
    pub plages: Vec<Plage>,
    /// Weekdays named.
    pub jours_semaine: BTreeSet<u8>,
    /// Odd or even days named.
    pub jours_pairs_impairs: Option<Parite>,
}

/// The answer to "may I, now?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Allowed now, with the reason.
    Autorise(String),
    /// Forbidden now, with the reason.
    Interdit(String),
    /// Cannot be decided from the text: "voir l'arrêté", with the reason.
    Incertain(String),
}

const VOIR_ARRETE: &str = "voir l'arrêté";

/// Reads a usage text into a structured rule.
pub fn read_text(texte: &str) -> RegleLue {
    let folded = fold(texte);
    let tokens = tokenize(&folded);
    let words: Vec<&str> = tokens.iter().filter_map(Token::word).collect();
    let has = |wanted: &[&str]| words.iter().any(|word| wanted.contains(word));
    let has_phrase = |phrase: &str| contains_phrase(&words, phrase);

    let forbids = has(&[
        "interdit",
        "interdits",
        "interdite",
        "interdites",
        "interdiction",
        "proscrit",
        "prohibe",
    ]);
    let allows = has(&[
        "autorise",
        "autorises",
        "autorisee",
        "autorisees",
        "uniquement",
        "seulement",
        "exclusivement",
    ]);
    let plages = read_windows(&tokens);
    let jours_semaine = read_weekdays(&words);
    let jours_pairs_impairs = if has_phrase("jours pairs") || has_phrase("jour pair") {
        Some(Parite::Pairs)
    } else if has_phrase("jours impairs") || has_phrase("jour impair") {
        Some(Parite::Impairs)
    } else {
        None
    };
    // "uniquement de 20 h à 8 h" describes the allowed window, even after "interdit sauf" (spec §8.9).
    let allowed_window = window_is_allowed(&tokens);
    let sens = if allowed_window || (allows && !forbids) {
        Sens::Autorise
    } else {
        Sens::Interdit
    };
    let mut regle = RegleLue {
        categorie: Categorie::VoirArrete,
        sens,
        plages,
        jours_semaine,
        jours_pairs_impairs,
    };
    let timed = !regle.plages.is_empty()
        || !regle.jours_semaine.is_empty()
        || regle.jours_pairs_impairs.is_some();
    // House numbers or sectors select who follows which days: the reader does not know the asker's address.
    let depends_on_address = has(&[
        "numero", "numeros", "secteur", "secteurs", "tour", "rotation",
    ]);
    let refers_to_order = has_phrase("se referer")
        || has_phrase("voir l'arrete")
        || has_phrase("voir details")
        || has_phrase("selon l'arrete")
        || has_phrase("cf arrete");
    regle.categorie = if refers_to_order || depends_on_address {
        Categorie::VoirArrete
    } else if timed && (forbids || allows) {
        Categorie::PlageHoraire
    } else if has(&["reduction", "reduire", "diminution"]) || words.contains(&"%") {
        Categorie::ReductionPrelevement
    } else if has_phrase("pas de restriction")
        || has_phrase("aucune restriction")
        || has_phrase("sans restriction")
    {
        Categorie::PasDeRestriction
    } else if forbids && has(&["sauf", "excepte", "hormis", "hors", "derogation"]) {
        Categorie::InterdictionSaufException
    } else if forbids && !allows {
        Categorie::Interdiction
    } else if has(&[
        "sensibilisation",
        "sensibiliser",
        "vigilance",
        "econome",
        "economiser",
        "limiter",
        "recommande",
        "information",
        "conseille",
    ]) {
        Categorie::Sensibilisation
    } else {
        Categorie::VoirArrete
    };
    regle
}

impl RegleLue {
    /// The verdict at a Paris civil date and time.
    pub fn verdict_at(&self, local: NaiveDateTime) -> Verdict {
        match self.categorie {
            Categorie::PasDeRestriction => Verdict::Autorise("pas de restriction".to_owned()),
            Categorie::Sensibilisation => {
                Verdict::Autorise("sensibilisation : usage autorisé, à limiter".to_owned())
            }
            Categorie::Interdiction => Verdict::Interdit("interdit en permanence".to_owned()),
            Categorie::InterdictionSaufException => {
                Verdict::Incertain(format!("interdit sauf exceptions : {VOIR_ARRETE}"))
            }
            Categorie::ReductionPrelevement => {
                Verdict::Incertain(format!("réduction des prélèvements : {VOIR_ARRETE}"))
            }
            Categorie::VoirArrete => {
                Verdict::Incertain(format!("texte non interprété : {VOIR_ARRETE}"))
            }
            Categorie::PlageHoraire => self.timed_verdict(local),
        }
    }

    fn timed_verdict(&self, local: NaiveDateTime) -> Verdict {
        let time = local.time();
        let weekday = u8::try_from(local.weekday().num_days_from_monday()).unwrap_or(0);
        let day_matches = self.jours_semaine.is_empty() || self.jours_semaine.contains(&weekday);
        let parity_matches = self.jours_pairs_impairs.is_none_or(|parite| match parite {
            Parite::Pairs => local.day().is_multiple_of(2),
            Parite::Impairs => local.day() % 2 == 1,
        });
        let window = self.plages.iter().find(|plage| plage.contains(time));
        let hours_match = self.plages.is_empty() || window.is_some();
        let in_scope = day_matches && parity_matches && hours_match;
        let description = self.describe();
        match (self.sens, in_scope) {
            (Sens::Interdit, true) => Verdict::Interdit(format!("interdit {description}")),
            (Sens::Interdit, false) => {
                Verdict::Autorise(format!("autorisé en dehors de : {description}"))
            }
            (Sens::Autorise, true) => Verdict::Autorise(format!("autorisé {description}")),
            (Sens::Autorise, false) => {
                Verdict::Interdit(format!("autorisé seulement {description}"))
            }
        }
    }

    fn describe(&self) -> String {
        const NOMS: [&str; 7] = [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ];
        let mut parts = Vec::new();
        if !self.plages.is_empty() {
            let windows: Vec<String> = self
                .plages
                .iter()
                .map(|plage| format!("de {} à {}", hour_label(plage.debut), hour_label(plage.fin)))
                .collect();
            parts.push(windows.join(" et "));
        }
        if !self.jours_semaine.is_empty() {
            let days: Vec<&str> = self
                .jours_semaine
                .iter()
                .filter_map(|day| NOMS.get(usize::from(*day)).copied())
                .collect();
            parts.push(format!("le {}", days.join(", ")));
        }
        match self.jours_pairs_impairs {
            Some(Parite::Pairs) => parts.push("les jours pairs".to_owned()),
            Some(Parite::Impairs) => parts.push("les jours impairs".to_owned()),
            None => {}
        }
        parts.join(", ")
    }
}

/// "May I, now?" for a usage text at an instant, judged on the Paris civil time.
pub fn allowed_at<Tz: TimeZone>(texte: &str, instant: &DateTime<Tz>) -> Verdict {
    read_text(texte).verdict_at(instant.with_timezone(&Paris).naive_local())
}

fn hour_label(time: NaiveTime) -> String {
    if time.minute() == 0 {
        format!("{} h", time.hour())
    } else {
        format!("{} h {:02}", time.hour(), time.minute())
    }
}

/// Lowercase without accents, apostrophes unified, so that "Interdit", "INTERDIT" and "interdit" read alike.
fn fold(texte: &str) -> String {
    crate::domain::texte::normalize_key(texte)
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Time(NaiveTime),
}

impl<'a> Token<'a> {
    fn word(&self) -> Option<&'a str> {
        match self {
            Token::Word(word) => Some(word),
            Token::Time(_) => None,
        }
    }
}

/// Splits folded text into words and times ("8h", "8 h", "8h30", "08:30", "20 heures").
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte.is_ascii_digit() {
            let start = index;
            while index < bytes.len() && bytes[index].is_ascii_digit() {
                index += 1;
            }
            let number = &text[start..index];
            if let Some((time, end)) = read_time(text, number, index) {
                tokens.push(Token::Time(time));
                index = end;
            } else {
                tokens.push(Token::Word(number));
            }
        } else if byte == b'%' {
            tokens.push(Token::Word("%"));
            index += 1;
        } else if byte.is_ascii_alphabetic() || byte == b'\'' || byte >= 0x80 {
            let start = index;
            while index < bytes.len()
                && (bytes[index].is_ascii_alphanumeric()
                    || bytes[index] == b'\''
                    || bytes[index] >= 0x80)
            {
                index += 1;
            }
            // Keep "l'arrete" whole but also split elisions such as "d'arroser" into their word.
            let word = &text[start..index];
            match word.split_once('\'') {
                Some((article, rest))
                    if article.len() <= 2 && !rest.is_empty() && article != "l" =>
                {
                    tokens.push(Token::Word(rest))
                }
                _ => tokens.push(Token::Word(word)),
            }
        } else {
            index += 1;
        }
    }
    tokens
}

/// After an hour number ending at `end`, reads "h", "h30", ":30" or "heures"; returns the time and where it ends.
fn read_time(text: &str, hour: &str, end: usize) -> Option<(NaiveTime, usize)> {
    let hour: u32 = hour.parse().ok()?;
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches(' ');
    let skipped = rest.len() - trimmed.len();
    let (after_marker, marker_len) = if let Some(after) = trimmed.strip_prefix("heures") {
        (after, "heures".len())
    } else if let Some(after) = trimmed.strip_prefix("heure") {
        (after, "heure".len())
    } else if let Some(after) = trimmed.strip_prefix('h') {
        // "8 hectares" is not a time.
        if after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        {
            return None;
        }
        (after, 1)
    } else if skipped == 0
        && let Some(after) = trimmed.strip_prefix(':')
    {
        (after, 1)
    } else {
        return None;
    };
    let minutes_text: String = after_marker
        .trim_start_matches(' ')
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let spaces = after_marker.len() - after_marker.trim_start_matches(' ').len();
    let (minutes, consumed) = if minutes_text.len() == 2 {
        (minutes_text.parse().ok()?, spaces + 2)
    } else {
        (0, 0)
    };
    // "24 h" is midnight at the end of the day.
    let time = if hour == 24 && minutes == 0 {
        NaiveTime::MIN
    } else {
        NaiveTime::from_hms_opt(hour, minutes, 0)?
    };
    Some((time, end + skipped + marker_len + consumed))
}

/// Pairs of times introduced by "de … à", "entre … et", "de … jusqu'à": each pair is one window.
fn read_windows(tokens: &[Token<'_>]) -> Vec<Plage> {
    let mut plages = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        if let Token::Time(debut) = tokens[index] {
            let link = tokens.get(index + 1).and_then(Token::word);
            let next = match (link, tokens.get(index + 2)) {
                (Some("a" | "et" | "au"), Some(Token::Time(fin))) => Some((*fin, index + 3)),
                (Some("jusqu'a" | "jusqu"), Some(Token::Time(fin))) => Some((*fin, index + 3)),
                (Some("jusqu"), Some(Token::Word("a"))) => match tokens.get(index + 3) {
                    Some(Token::Time(fin)) => Some((*fin, index + 4)),
                    _ => None,
                },
                _ => None,
            };
            if let Some((fin, after)) = next {
                plages.push(Plage { debut, fin });
                index = after;
                continue;
            }
        }
        index += 1;
    }
    plages
}

/// Whether the first window is introduced by "uniquement", "seulement", "autorisé" or "sauf": then it is the
/// allowed window.
fn window_is_allowed(tokens: &[Token<'_>]) -> bool {
    let Some(first_time) = tokens
        .iter()
        .position(|token| matches!(token, Token::Time(_)))
    else {
        return false;
    };
    let before: Vec<&str> = tokens[first_time.saturating_sub(4)..first_time]
        .iter()
        .filter_map(Token::word)
        .collect();
    before.iter().any(|word| {
        matches!(
            *word,
            "uniquement"
                | "seulement"
                | "exclusivement"
                | "autorise"
                | "autorisee"
                | "autorises"
                | "autorisees"
                | "permis"
        )
    })
}

fn read_weekdays(words: &[&str]) -> BTreeSet<u8> {
    const DAYS: [(&str, Weekday); 7] = [
        ("lundi", Weekday::Mon),
        ("mardi", Weekday::Tue),
        ("mercredi", Weekday::Wed),
        ("jeudi", Weekday::Thu),
        ("vendredi", Weekday::Fri),
        ("samedi", Weekday::Sat),
        ("dimanche", Weekday::Sun),
    ];
    let day_of = |word: &str| {
        DAYS.iter()
            .find(|(name, _)| word == *name || word.strip_suffix('s') == Some(name))
            .and_then(|(_, weekday)| u8::try_from(weekday.num_days_from_monday()).ok())
    };
    let mut days = BTreeSet::new();
    for (index, word) in words.iter().enumerate() {
        if *word == "week-end" || (*word == "week" && words.get(index + 1) == Some(&"end")) {
            days.extend([5, 6]);
        }
        let Some(day) = day_of(word) else { continue };
        // "du lundi au vendredi" is a range.
        if index > 0
            && words[index - 1] == "du"
            && words.get(index + 1) == Some(&"au")
            && let Some(last) = words.get(index + 2).and_then(|word| day_of(word))
        {
            let mut current = day;
            loop {
                days.insert(current);
                if current == last {
                    break;
                }
                current = (current + 1) % 7;
            }
            continue;
        }
        days.insert(day);
    }
    days
}

fn contains_phrase(words: &[&str], phrase: &str) -> bool {
    let wanted: Vec<&str> = phrase.split(' ').collect();
    words
        .windows(wanted.len())
        .any(|window| window == wanted.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(text: &str, day: &str, hour: u32, minute: u32) -> Verdict {
        let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("test date");
        read_text(text).verdict_at(date.and_hms_opt(hour, minute, 0).expect("test time"))
    }

    fn is_allowed(verdict: &Verdict) -> bool {
        matches!(verdict, Verdict::Autorise(_))
    }

    fn is_forbidden(verdict: &Verdict) -> bool {
        matches!(verdict, Verdict::Interdit(_))
    }

    #[test]
    fn forbidden_window_with_spaces_or_not() {
        for text in [
            "Interdiction de 11h à 18h.",
            "Interdit de 11 h à 18 h",
            "Arrosage interdit entre 11h00 et 18h00",
        ] {
            assert!(is_forbidden(&at(text, "2026-07-06", 14, 0)), "{text}");
            assert!(is_allowed(&at(text, "2026-07-06", 22, 0)), "{text}");
            assert!(
                is_allowed(&at(text, "2026-07-06", 18, 0)),
                "end is exclusive: {text}"
            );
            assert!(
                is_forbidden(&at(text, "2026-07-06", 11, 0)),
                "start is inclusive: {text}"
            );
        }
    }

    #[test]
    fn uniquement_window_is_the_allowed_one_across_midnight() {
        // kamaradclimber #115: clients read this window backwards.
        let text =
            "Interdit sauf plantations (arbres) et îlots de fraîcheur uniquement de 20 h à 8 h";
        let regle = read_text(text);
        assert_eq!(regle.categorie, Categorie::PlageHoraire);
        assert_eq!(regle.sens, Sens::Autorise);
        assert!(is_allowed(&at(text, "2026-07-06", 23, 30)));
        assert!(is_allowed(&at(text, "2026-07-06", 7, 59)));
        assert!(is_forbidden(&at(text, "2026-07-06", 12, 0)));
    }

    #[test]
    fn weekdays_and_parity_are_read() {
        let text = "Arrosage autorisé uniquement les lundis et jeudis de 20h à 23h";
        assert!(is_allowed(&at(text, "2026-07-06", 21, 0)), "Monday 21:00");
        assert!(is_forbidden(&at(text, "2026-07-07", 21, 0)), "Tuesday");
        assert!(is_forbidden(&at(text, "2026-07-06", 12, 0)), "Monday noon");
        let even = "Lavage autorisé les jours pairs";
        assert!(is_allowed(&at(even, "2026-07-06", 12, 0)));
        assert!(is_forbidden(&at(even, "2026-07-07", 12, 0)));
        let range = "Interdit du lundi au vendredi";
        assert!(is_forbidden(&at(range, "2026-07-08", 9, 0)));
        assert!(is_allowed(&at(range, "2026-07-11", 9, 0)), "Saturday");
    }

    #[test]
    fn plain_statuses_are_recognised() {
        assert!(is_forbidden(&at("Interdiction.", "2026-07-06", 9, 0)));
        assert!(is_allowed(&at(
            "Pas de restriction sauf arrêté spécifique.",
            "2026-07-06",
            9,
            0
        )));
        assert!(is_allowed(&at(
            "Sensibilisation du public aux économies d'eau",
            "2026-07-06",
            9,
            0
        )));
        assert_eq!(
            read_text("Réduction de prélèvement de 30 %").categorie,
            Categorie::ReductionPrelevement
        );
        assert_eq!(
            read_text("Interdiction sauf dérogation").categorie,
            Categorie::InterdictionSaufException
        );
    }

    #[test]
    fn unreadable_or_address_dependent_texts_send_to_the_order() {
        for text in [
            "Se référer à l'arrêté préfectoral.",
            "Voir détails dans l'arrêté préfectoral.",
            "Arrosage autorisé les jours pairs pour les numéros pairs",
            "Tours d'eau",
        ] {
            let verdict = at(text, "2026-07-06", 9, 0);
            assert!(
                matches!(&verdict, Verdict::Incertain(reason) if reason.contains(VOIR_ARRETE)),
                "{text}: {verdict:?}"
            );
        }
    }

    #[test]
    fn verdict_uses_paris_time() {
        use chrono::Utc;
        // 09:30 UTC in July is 11:30 in Paris: inside "de 11h à 18h".
        let instant = Utc
            .with_ymd_and_hms(2026, 7, 6, 9, 30, 0)
            .single()
            .expect("valid instant");
        assert!(is_forbidden(&allowed_at(
            "Interdiction de 11h à 18h",
            &instant
        )));
    }

    #[test]
    fn hectares_and_plain_numbers_are_not_hours() {
        let regle = read_text("Interdit pour les parcelles de plus de 8 hectares");
        assert!(regle.plages.is_empty());
        assert_eq!(regle.categorie, Categorie::Interdiction);
    }
}
