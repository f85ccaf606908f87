//! A small YAML writer for front-matter: block maps and lists in the beta.gouv.fr layout (two-space indents,
//! `- ` items), plain scalars when they read back as the same string under both YAML 1.2 and YAML 1.1 (Jekyll's
//! Psych), double-quoted JSON-escaped strings otherwise.
//!
//! A home-made writer, rather than a YAML library's emitter, because the output must look like the site's files
//! (unquoted civil dates, `''` for empty strings) and must never change a string into another type.

use crate::domain::valeur::Valeur;

/// Writes an ordered map as a YAML block, one key per line, ending with a newline.
pub(crate) fn write_map(fields: &[(String, Valeur)]) -> String {
    let mut out = String::new();
    write_entries(
        &mut out,
        fields.iter().map(|(k, v)| (k.as_str(), v)),
        0,
        None,
    );
    out
}

fn write_entries<'a>(
    out: &mut String,
    entries: impl Iterator<Item = (&'a str, &'a Valeur)>,
    indent: usize,
    mut first_prefix: Option<&str>,
) {
    for (key, value) in entries {
        match first_prefix.take() {
            Some(prefix) => out.push_str(prefix),
            None => out.push_str(&" ".repeat(indent)),
        }
        out.push_str(&scalar_text(key));
        out.push(':');
        write_value_after_key(out, value, indent);
    }
}

fn write_value_after_key(out: &mut String, value: &Valeur, indent: usize) {
    match value {
        Valeur::Array(items) if items.is_empty() => out.push_str(" []\n"),
        Valeur::Object(map) if map.is_empty() => out.push_str(" {}\n"),
        Valeur::Array(items) => {
            out.push('\n');
            for item in items {
                write_item(out, item, indent + 2);
            }
        }
        Valeur::Object(map) => {
            out.push('\n');
            write_entries(
                out,
                map.iter().map(|(k, v)| (k.as_str(), v)),
                indent + 2,
                None,
            );
        }
        scalar => {
            out.push(' ');
            out.push_str(&scalar_value(scalar));
            out.push('\n');
        }
    }
}

fn write_item(out: &mut String, item: &Valeur, indent: usize) {
    let prefix = format!("{}- ", " ".repeat(indent));
    match item {
        Valeur::Object(map) if !map.is_empty() => {
            write_entries(
                out,
                map.iter().map(|(k, v)| (k.as_str(), v)),
                indent + 2,
                Some(&prefix),
            );
        }
        // Nested lists and empty collections are written in flow style, which JSON syntax satisfies.
        Valeur::Array(_) | Valeur::Object(_) => {
            out.push_str(&prefix);
            out.push_str(&item.to_string());
            out.push('\n');
        }
        scalar => {
            out.push_str(&prefix);
            out.push_str(&scalar_value(scalar));
            out.push('\n');
        }
    }
}

fn scalar_value(value: &Valeur) -> String {
    match value {
        Valeur::Null => "null".to_owned(),
        Valeur::Bool(b) => b.to_string(),
        Valeur::Number(n) => n.to_string(),
        Valeur::String(s) => scalar_text(s),
        // Unreachable for callers, which route collections elsewhere; flow style keeps it valid anyway.
        other => other.to_string(),
    }
}

/// A string as a YAML scalar: plain when safe, `''` when empty, double-quoted otherwise.
fn scalar_text(text: &str) -> String {
    if text.is_empty() {
        "''".to_owned()
    } else if is_plain_safe(text) {
        text.to_owned()
    } else {
        // JSON string escaping is valid YAML double-quoted syntax.
        serde_json::to_string(text).unwrap_or_else(|_| format!("\"{}\"", text.escape_default()))
    }
}

/// Words that YAML 1.1 or 1.2 would read as null or a boolean.
const RESERVED: [&str; 11] = [
    "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "<<",
];

fn is_civil_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

fn is_plain_safe(text: &str) -> bool {
    if RESERVED.contains(&text.to_lowercase().as_str()) {
        return false;
    }
    // Civil dates stay unquoted, as in the site's files: YAML 1.2 reads them as strings, Jekyll as dates.
    if is_civil_date(text) {
        return true;
    }
    let Some(first) = text.chars().next() else {
        return false;
    };
    if !(first.is_alphanumeric() || first == '/' || first == '(') {
        return false;
    }
    // Anything that could read as a number (integers, floats, sexagesimals, hex) is quoted.
    if first.is_ascii_digit()
        && text
            .chars()
            .all(|c| c.is_ascii_hexdigit() || "._:+-xXoO".contains(c))
    {
        return false;
    }
    if text.ends_with([' ', ':']) || text.contains(": ") || text.contains(" #") {
        return false;
    }
    text.chars()
        .all(|c| c.is_alphanumeric() || " .,;:!?()/_-'’«»&+=%°€$@#*~".contains(c))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn yaml(value: Valeur) -> String {
        let Valeur::Object(map) = value else {
            panic!("an object")
        };
        let fields: Vec<(String, Valeur)> = map.into_iter().collect();
        write_map(&fields)
    }

    #[test]
    fn lists_of_maps_use_the_site_layout() {
        let text = yaml(json!({
            "title": "Aeris",
            "link": "",
            "stats": false,
            "phases": [{"name": "investigation", "start": "2018-01-01"}],
            "sponsors": ["/organisations/dgpr"],
            "techno": [],
        }));
        assert_eq!(
            text,
            "title: Aeris\nlink: ''\nstats: false\nphases:\n  - name: investigation\n    start: 2018-01-01\nsponsors:\n  - /organisations/dgpr\ntechno: []\n"
        );
    }

    #[test]
    fn ambiguous_strings_are_quoted() {
        for text in [
            "true",
            "No",
            "12",
            "1.5",
            "12:30",
            "0x1F",
            "a: b",
            "x #y",
            "- item",
            "ligne\nsuivante",
            " espace",
            "[a]",
        ] {
            assert!(!is_plain_safe(text), "{text:?} must be quoted");
        }
        for text in [
            "Aeris",
            "data.etat",
            "2018-01-01",
            "Travail / Emploi",
            "1000.premiers.jours",
            "https://x.fr/a?b=c",
        ] {
            assert!(is_plain_safe(text), "{text:?} may stay plain");
        }
        assert_eq!(scalar_text("dit \"oui\""), "\"dit \\\"oui\\\"\"");
    }
}
