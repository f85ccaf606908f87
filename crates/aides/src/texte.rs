//! Small text helpers shared by the module: accent removal and slugs.

use unicode_normalization::UnicodeNormalization;

/// Lowercases `text` and removes its diacritics (« Hérault » → « herault », « œuvre » → « oeuvre »).
///
/// Used for the stored `unaccented_name` of perimeters and for slugs; the anchor lost its trigram
/// index when it computed `unaccent` at query time, so callers store the result.
pub fn sans_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.nfd() {
        match ch {
            // Ligatures do not decompose under NFD.
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Turns `text` into a URL slug: unaccented lowercase ASCII letters and digits joined by single
/// hyphens, cut to at most `max_len` characters without a trailing hyphen.
pub fn slugifier(text: &str, max_len: usize) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for ch in sans_accents(text).chars() {
        if ch.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(ch);
        } else {
            pending_hyphen = true;
        }
    }
    if slug.len() > max_len {
        slug.truncate(max_len);
        while slug.ends_with('-') {
            slug.pop();
        }
    }
    slug
}

/// Cuts `text` to at most `max_chars` characters (not bytes), on a character boundary.
pub fn couper(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((byte, _)) => &text[..byte],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accents_and_ligatures_are_removed() {
        assert_eq!(
            sans_accents("Mise en Œuvre à l'Hérault"),
            "mise en oeuvre a l'herault"
        );
    }

    #[test]
    fn slug_joins_words_with_single_hyphens() {
        assert_eq!(
            slugifier("  Rhône -- Méditerranée ! ", 50),
            "rhone-mediterranee"
        );
        assert_eq!(slugifier("Énergies / Déchets", 50), "energies-dechets");
    }

    #[test]
    fn slug_is_cut_without_trailing_hyphen() {
        assert_eq!(slugifier("abc def", 4), "abc");
    }

    proptest! {
        #[test]
        fn slug_is_always_clean(text in ".{0,80}", max in 1usize..60) {
            let slug = slugifier(&text, max);
            prop_assert!(slug.len() <= max);
            prop_assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
        }

        #[test]
        fn cut_never_splits_a_character(text in ".{0,40}", max in 0usize..50) {
            let cut = couper(&text, max);
            prop_assert!(cut.chars().count() <= max);
            prop_assert!(text.starts_with(cut));
        }
    }
}
