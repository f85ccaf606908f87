//! Text repairs and matching keys for the names found in the sources.
//!
//! The sources carry several text defects (spec §8.1): U+FFFD where ASSEC lost its accents, Latin-1 bytes in
//! files read as UTF-8, U+200D, non-breaking spaces, edge spaces and `’` against `'` in usage names. The rule is
//! to normalise only for matching and to display and export the original text; these functions never panic.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The replacement character that marks a character lost upstream.
pub const REPLACEMENT_CHAR: char = '\u{FFFD}';

/// Explicit repairs for the words of the ASSEC Var files whose accents were replaced by U+FFFD upstream.
///
/// A table rather than a guess: a lost character cannot be recovered in general, and a wrong guess would put a
/// false legal name on screen. Each entry was read on the 2018 Var zones (spec §5).
const REPARATIONS_FFFD: &[(&str, &str)] = &[
    ("vall\u{FFFD}e", "vallée"),
    ("M\u{FFFD}le", "Môle"),
    ("c\u{FFFD}tiers", "côtiers"),
    ("B\u{FFFD}arn", "Béarn"),
    ("R\u{FFFD}al", "Réal"),
];

/// Returns the name with the known U+FFFD words repaired through the explicit alias table; unknown words keep
/// their U+FFFD so that the loss stays visible.
pub fn repair_replacement_chars(nom: &str) -> Cow<'_, str> {
    if !nom.contains(REPLACEMENT_CHAR) {
        return Cow::Borrowed(nom);
    }
    let mut repaired = nom.to_owned();
    for (damaged, original) in REPARATIONS_FFFD {
        repaired = repaired.replace(damaged, original);
    }
    Cow::Owned(repaired)
}

/// Decodes bytes that should be UTF-8 but may hold Latin-1 bytes.
///
/// Old Propluvia and ASSEC exports do that. Valid UTF-8 sequences are kept, every invalid byte is read as the Latin-1 character
/// of the same value. Valid UTF-8 input is returned as is, without copy.
pub fn decode_utf8_or_latin1(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => {
            let mut text = String::with_capacity(bytes.len() + 16);
            let mut rest = bytes;
            while !rest.is_empty() {
                match std::str::from_utf8(rest) {
                    Ok(valid) => {
                        text.push_str(valid);
                        break;
                    }
                    Err(error) => {
                        let (valid, after) = rest.split_at(error.valid_up_to());
                        // The prefix was just validated by `from_utf8`, so this cannot fail; an empty fallback
                        // keeps the function total without an unwrap.
                        text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                        let invalid_len = error.error_len().unwrap_or(after.len()).max(1);
                        for &byte in &after[..invalid_len.min(after.len())] {
                            text.push(char::from(byte));
                        }
                        rest = &after[invalid_len.min(after.len())..];
                    }
                }
            }
            Cow::Owned(text)
        }
    }
}

/// The matching key of a usage name (spec §5).
///
/// NFC, U+200D dropped, NBSP as a space, `’` as `'`, lowercase,
/// runs of white space collapsed, trimmed, and one final "." dropped. The 1,607 entries of the third-party list
/// give 1,389 keys.
pub fn normalize_key(nom: &str) -> String {
    let composed: String = nom
        .nfc()
        .filter(|c| *c != '\u{200D}')
        .map(|c| match c {
            '\u{00A0}' | '\u{202F}' => ' ',
            '\u{2019}' => '\'',
            other => other,
        })
        .collect();
    let lowered = composed.to_lowercase();
    let mut key = lowered.split_whitespace().collect::<Vec<_>>().join(" ");
    if key.ends_with('.') {
        key.pop();
        // A name such as "Arrosage ." leaves a trailing space once its dot is gone.
        key.truncate(key.trim_end().len());
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_replacement_words_are_repaired_and_unknown_ones_kept() {
        assert_eq!(
            repair_replacement_chars("nappe alluviale de la basse vall\u{FFFD}e de l'Argens"),
            "nappe alluviale de la basse vallée de l'Argens"
        );
        assert_eq!(repair_replacement_chars("Pr\u{FFFD}s"), "Pr\u{FFFD}s");
        assert!(matches!(
            repair_replacement_chars("Argens"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn latin1_bytes_inside_utf8_are_decoded_not_rejected() {
        let bytes = b"Vall\xe9e de l'Argens \xc3\xa9t\xe9";
        assert_eq!(decode_utf8_or_latin1(bytes), "Vallée de l'Argens été");
        assert!(matches!(
            decode_utf8_or_latin1("déjà".as_bytes()),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn truncated_utf8_sequence_at_the_end_does_not_panic() {
        assert_eq!(decode_utf8_or_latin1(b"abc\xc3"), "abc\u{c3}");
    }

    #[test]
    fn usage_keys_fold_the_documented_defects() {
        let variants = [
            " Arrosage des jardins\u{00A0}potagers.",
            "arrosage  des jardins potagers",
            "Arrosage des\u{200D} jardins potagers ",
        ];
        for variant in variants {
            assert_eq!(normalize_key(variant), "arrosage des jardins potagers");
        }
        assert_eq!(
            normalize_key("Lavage d’un véhicule"),
            "lavage d'un véhicule"
        );
        // Composed and decomposed accents give one key.
        assert_eq!(normalize_key("e\u{0301}te\u{0301}"), normalize_key("été"));
    }
}
