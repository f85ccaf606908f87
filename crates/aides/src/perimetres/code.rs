//! Parsing of the perimeter designations the API accepts (`71045-rhone`, `insee:34172`,
//! `siren:243400017`, `dep:34`, `reg:76`) and normalisation of commune codes found in open data.

use super::PerimetreError;

/// Identifier of a perimeter inside a [`super::Perimetres`] graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PerimetreId(pub u32);

/// A perimeter as designated by a user or a partner, before it is looked up in the graph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PerimetreRef {
    /// `{id}-{slug}` (the anchor's form) or a bare id.
    Id(PerimetreId),
    /// `insee:34172`: a commune.
    Insee(String),
    /// `siren:243400017`: an EPCI.
    Siren(String),
    /// `dep:34`: a département (or a COM).
    Departement(String),
    /// `reg:76`: a région (or a COM).
    Region(String),
}

impl PerimetreRef {
    /// Parses a designation; the error names the faulty value.
    pub fn parse(input: &str) -> Result<PerimetreRef, PerimetreError> {
        let input = input.trim();
        let invalide = |attendu: &'static str| PerimetreError::CodeInvalide {
            valeur: input.to_owned(),
            attendu,
        };
        if let Some((prefix, code)) = input.split_once(':') {
            let code = code.trim().to_ascii_uppercase();
            return match prefix.trim().to_ascii_lowercase().as_str() {
                "insee" if est_code_insee(&code) => Ok(PerimetreRef::Insee(code)),
                "insee" => Err(invalide("un code INSEE de commune à 5 caractères")),
                "siren" if code.len() == 9 && code.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(PerimetreRef::Siren(code))
                }
                "siren" => Err(invalide("un SIREN à 9 chiffres")),
                "dep" if est_code_departement(&code) => Ok(PerimetreRef::Departement(code)),
                "dep" => Err(invalide("un code de département (01, 2A, 971…)")),
                "reg" if est_code_region(&code) => Ok(PerimetreRef::Region(code)),
                "reg" => Err(invalide("un code de région à 2 chiffres (ou de COM à 3)")),
                _ => Err(invalide("un préfixe insee:, siren:, dep: ou reg:")),
            };
        }
        let digits = input.split('-').next().unwrap_or_default();
        match digits.parse::<u32>() {
            Ok(id) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(PerimetreRef::Id(PerimetreId(id)))
            }
            _ => Err(invalide(
                "un identifiant « id-slug » ou un code préfixé (insee:34172)",
            )),
        }
    }
}

impl std::fmt::Display for PerimetreRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PerimetreRef::Id(id) => write!(f, "{}", id.0),
            PerimetreRef::Insee(code) => write!(f, "insee:{code}"),
            PerimetreRef::Siren(code) => write!(f, "siren:{code}"),
            PerimetreRef::Departement(code) => write!(f, "dep:{code}"),
            PerimetreRef::Region(code) => write!(f, "reg:{code}"),
        }
    }
}

fn est_code_insee(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 5
        && (bytes[..2].iter().all(u8::is_ascii_digit) || matches!(&code[..2], "2A" | "2B"))
        && bytes[2..].iter().all(u8::is_ascii_digit)
}

fn est_code_departement(code: &str) -> bool {
    match code.len() {
        2 => code.bytes().all(|b| b.is_ascii_digit()) || code == "2A" || code == "2B",
        3 => {
            (code.starts_with("97") || code.starts_with("98"))
                && code.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

fn est_code_region(code: &str) -> bool {
    (code.len() == 2 || (code.len() == 3 && code.starts_with('9')))
        && code.bytes().all(|b| b.is_ascii_digit())
}

/// Values that open data writes for "no value".
const SANS_VALEUR: &[&str] = &["", "NULL", "Non Renseigné", "Non renseigné", "#", "-"];

/// Normalises a commune code found in open data.
///
/// Placeholders give `Ok(None)`; a 4-digit code lost its leading zero (`1004` → `01004`); Corsican codes are uppercased. Anything else that is
/// not 5 characters is an error naming the value.
pub fn normaliser_code_commune(raw: &str) -> Result<Option<String>, PerimetreError> {
    let trimmed = raw.trim();
    if SANS_VALEUR.contains(&trimmed) {
        return Ok(None);
    }
    let code = trimmed.to_ascii_uppercase();
    let code = if code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) {
        format!("0{code}")
    } else {
        code
    };
    if est_code_insee(&code) {
        Ok(Some(code))
    } else {
        Err(PerimetreError::CodeInvalide {
            valeur: raw.to_owned(),
            attendu: "un code INSEE de commune à 5 caractères",
        })
    }
}

/// The commune of a municipal arrondissement of Paris, Lyon or Marseille (`75112` → `75056`).
pub fn commune_de_l_arrondissement(code: &str) -> Option<&'static str> {
    let numero = |prefix: &str| code.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok());
    match () {
        _ if numero("751").is_some_and(|n| (1..=20).contains(&n)) => Some("75056"),
        _ if numero("6938").is_some_and(|n| (1..=9).contains(&n)) => Some("69123"),
        _ if numero("132").is_some_and(|n| (1..=16).contains(&n)) => Some("13055"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn prefixed_codes_parse() {
        assert_eq!(
            PerimetreRef::parse("insee:34172"),
            Ok(PerimetreRef::Insee("34172".into()))
        );
        assert_eq!(
            PerimetreRef::parse("insee:2a004"),
            Ok(PerimetreRef::Insee("2A004".into()))
        );
        assert_eq!(
            PerimetreRef::parse("siren:243400017"),
            Ok(PerimetreRef::Siren("243400017".into()))
        );
        assert_eq!(
            PerimetreRef::parse("dep:34"),
            Ok(PerimetreRef::Departement("34".into()))
        );
        assert_eq!(
            PerimetreRef::parse("dep:971"),
            Ok(PerimetreRef::Departement("971".into()))
        );
        assert_eq!(
            PerimetreRef::parse("reg:76"),
            Ok(PerimetreRef::Region("76".into()))
        );
        assert_eq!(
            PerimetreRef::parse("71045-rhone"),
            Ok(PerimetreRef::Id(PerimetreId(71045)))
        );
    }

    #[test]
    fn malformed_codes_are_errors_naming_the_value() {
        for bad in [
            "insee:3417",
            "siren:12345",
            "dep:345",
            "reg:7",
            "foo:1",
            "rhone",
            "-12",
        ] {
            let error = PerimetreRef::parse(bad).expect_err(bad);
            assert!(error.to_string().contains(bad), "{error}");
        }
    }

    #[test]
    fn fonds_vert_codes_are_left_padded() {
        assert_eq!(normaliser_code_commune("1004"), Ok(Some("01004".into())));
        assert_eq!(normaliser_code_commune(" 34172 "), Ok(Some("34172".into())));
        assert_eq!(normaliser_code_commune("NULL"), Ok(None));
        assert!(normaliser_code_commune("123").is_err());
    }

    #[test]
    fn arrondissements_point_to_their_commune() {
        assert_eq!(commune_de_l_arrondissement("75112"), Some("75056"));
        assert_eq!(commune_de_l_arrondissement("69387"), Some("69123"));
        assert_eq!(commune_de_l_arrondissement("13216"), Some("13055"));
        assert_eq!(commune_de_l_arrondissement("75121"), None);
        assert_eq!(commune_de_l_arrondissement("75056"), None);
    }

    proptest! {
        #[test]
        fn display_and_parse_round_trip(n in 1000u32..99999, id in 0u32..1_000_000) {
            let insee = PerimetreRef::Insee(format!("{n:05}"));
            prop_assert_eq!(PerimetreRef::parse(&insee.to_string()), Ok(insee));
            let by_id = PerimetreRef::Id(PerimetreId(id));
            prop_assert_eq!(PerimetreRef::parse(&by_id.to_string()), Ok(by_id));
        }

        #[test]
        fn normalised_codes_are_five_characters(n in 0u32..100_000) {
            if let Ok(Some(code)) = normaliser_code_commune(&n.to_string()) {
                prop_assert_eq!(code.len(), 5);
                let attendu = n.to_string();
                prop_assert_eq!(code.trim_start_matches('0'), attendu.trim_start_matches('0'));
            }
        }
    }
}
