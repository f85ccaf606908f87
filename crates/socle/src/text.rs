//! Small text helpers shared by the modules: accent and case folding for matching French names.

use unicode_normalization::UnicodeNormalization as _;

/// Folds a French name for matching.
///
/// Lower case, accents removed, ligatures expanded, every other character than letters and digits turned into
/// a single space (so "Saint-Étienne" and "saint etienne" are equal).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.nfd() {
        if unicode_normalization::char::is_combining_mark(ch) {
            continue;
        }
        let mapped: &str = match ch {
            'œ' | 'Œ' => "oe",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            _ => "",
        };
        if !mapped.is_empty() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(mapped);
        } else if ch.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(ch.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn accents_case_and_hyphens_fold_away() {
        assert_eq!(fold("Saint-Étienne"), "saint etienne");
        assert_eq!(fold("  L'Haÿ-les-Roses "), "l hay les roses");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("Île-de-France"), "ile de france");
    }

    #[test]
    fn digits_are_kept() {
        assert_eq!(fold("Paris 15e Arrondissement"), "paris 15e arrondissement");
        assert_eq!(fold("2A004"), "2a004");
    }
}
