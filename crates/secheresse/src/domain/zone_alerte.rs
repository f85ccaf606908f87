//! Zones d'alerte: the perimeters on which a préfet sets a niveau de gravité.
//!
//! Identity is (type, code): codes repeat across types (the ASSEC ESU and ESO files both have `93_83_1`) and
//! names repeat within a department, so neither alone identifies a zone (spec §8.3).

use std::fmt;

use geo::{CoordsIter, MultiPolygon, Orient, orient::Direction};
use thiserror::Error;

use crate::domain::nomenclature::TypeZone;

/// A code that is not a valid French administrative code.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CodeInvalide {
    /// Not a department code (`01`–`95`, `2A`, `2B`, `971`–`976`).
    #[error("code de département invalide : « {0} »")]
    Departement(String),
    /// Not a five-character INSEE commune code.
    #[error(
        "code INSEE de commune invalide : « {0} » (5 caractères attendus, par exemple 34172 ou 2A004)"
    )]
    Insee(String),
}

/// A French department code, kept as a string because `01` and `2A` are not integers (spec §8.10).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CodeDepartement(String);

impl CodeDepartement {
    /// Validates a department code; a single digit is padded (`1` → `01`), as spreadsheets drop the zero.
    pub fn parse(code: &str) -> Result<Self, CodeInvalide> {
        let code = code.trim();
        let padded = if code.len() == 1 && code.bytes().all(|b| b.is_ascii_digit()) {
            format!("0{code}")
        } else {
            code.to_ascii_uppercase()
        };
        let valid = match padded.as_str() {
            "2A" | "2B" => true,
            two if two.len() == 2 && two.bytes().all(|b| b.is_ascii_digit()) => {
                two != "00" && two != "20"
            }
            three if three.len() == 3 => {
                matches!(three, "971" | "972" | "973" | "974" | "975" | "976")
            }
            _ => false,
        };
        if valid {
            Ok(Self(padded))
        } else {
            Err(CodeInvalide::Departement(code.to_owned()))
        }
    }

    /// The code as written in the open data.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CodeDepartement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An INSEE commune code: five characters, digits or a Corsican `2A`/`2B` prefix.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CodeInsee(String);

impl CodeInsee {
    /// Validates an INSEE commune code.
    pub fn parse(code: &str) -> Result<Self, CodeInvalide> {
        let code = code.trim().to_ascii_uppercase();
        let bytes = code.as_bytes();
        let valid = bytes.len() == 5
            && (bytes.iter().all(u8::is_ascii_digit)
                || (bytes[..2] == *b"2A" || bytes[..2] == *b"2B")
                    && bytes[2..].iter().all(u8::is_ascii_digit));
        if valid {
            Ok(Self(code))
        } else {
            Err(CodeInvalide::Insee(code))
        }
    }

    /// The code as written in the open data.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CodeInsee {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The identity of a zone d'alerte: its type and its code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CleZone {
    /// The water resource.
    pub type_zone: TypeZone,
    /// The zone code (Sandre `CdZAS`, or the legacy code such as `76_34_0011`).
    pub code: String,
}

impl fmt::Display for CleZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.type_zone, self.code)
    }
}

/// A zone d'alerte of the reference (Sandre ZAS) or of an arrêté cadre.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneAlerte {
    /// Sandre's numeric identifier (`gid`/`idSandre`), when known.
    pub id_sandre: Option<i64>,
    /// The zone code (≤ 32 characters).
    pub code: String,
    /// The name as published (≤ 200 characters), U+FFFD included when the source lost a character.
    pub nom: String,
    /// SUP, SOU or AEP.
    pub type_zone: TypeZone,
    /// The Sandre version number, when known.
    pub numero_version: Option<u32>,
    /// The department of the zone, when known.
    pub departement: Option<CodeDepartement>,
    /// The zone follows a resource influenced by dams or pumping; it may overlap a natural zone.
    pub ressource_influencee: bool,
    /// An old version, kept because arrêtés cadres still refer to it (they are then frozen).
    pub disabled: bool,
    /// The perimeter in WGS84 longitude/latitude, exterior rings counter-clockwise and holes clockwise (see
    /// [`normalize_orientation`]); `None` for a zone published without geometry.
    pub geometrie: Option<MultiPolygon<f64>>,
}

impl ZoneAlerte {
    /// The identity of the zone.
    pub fn cle(&self) -> CleZone {
        CleZone {
            type_zone: self.type_zone,
            code: self.code.clone(),
        }
    }

    /// The name for display, with the known U+FFFD words repaired (the original stays in `nom`).
    pub fn nom_affiche(&self) -> std::borrow::Cow<'_, str> {
        crate::domain::texte::repair_replacement_chars(&self.nom)
    }

    /// The number of vertices, closing vertices included, as GeoJSON writes them.
    pub fn vertex_count(&self) -> usize {
        self.geometrie.as_ref().map_or(0, CoordsIter::coords_count)
    }
}

/// Puts exterior rings counter-clockwise and holes clockwise.
///
/// Both sources write clockwise exterior rings, against RFC 7946 (spec §8.2): the role of a ring comes from its
/// position in the GeoJSON array, never from its winding. Normalising once at import lets the winding-number
/// point-in-polygon test give the right answer for holes whatever the source did.
pub fn normalize_orientation(geometrie: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    geometrie.orient(Direction::Default)
}

/// A geometry made valid, and whether it had to be repaired.
///
/// The importers call it once per perimeter entering the database, so that the computation of published zones
/// only ever combines valid geometries (see `calcul`). A valid geometry is kept exactly, shared vertices
/// included; an invalid one goes through `geo`'s `MakeValid` (triangulation, odd-even rule).
pub fn valider_geometrie(
    geometrie: &MultiPolygon<f64>,
) -> Result<(MultiPolygon<f64>, bool), String> {
    use geo::{MakeValid, Validation};
    if geometrie.is_valid() {
        return Ok((geometrie.clone(), false));
    }
    geometrie
        .make_valid()
        .map(|repaired| (normalize_orientation(&repaired), true))
        .map_err(|error| format!("géométrie invalide et irréparable : {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Winding, polygon};

    #[test]
    fn department_codes_are_strings_with_corsica_and_overseas() {
        assert_eq!(
            CodeDepartement::parse("1").map(|c| c.0),
            Ok("01".to_owned())
        );
        assert!(CodeDepartement::parse("2a").is_ok());
        assert!(CodeDepartement::parse("974").is_ok());
        assert!(CodeDepartement::parse("20").is_err());
        assert!(CodeDepartement::parse("977").is_err());
        assert!(CodeDepartement::parse("").is_err());
    }

    #[test]
    fn insee_codes_need_five_characters() {
        assert!(CodeInsee::parse("34172").is_ok());
        assert!(CodeInsee::parse("2A004").is_ok());
        assert!(CodeInsee::parse("3417").is_err());
        assert!(CodeInsee::parse("2C004").is_err());
    }

    #[test]
    fn a_valid_geometry_is_kept_exactly_and_a_bowtie_is_repaired() {
        let square = MultiPolygon(vec![
            polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0)],
        ]);
        assert_eq!(valider_geometrie(&square), Ok((square.clone(), false)));
        let bowtie = MultiPolygon(vec![
            polygon![(x: 0.0, y: 0.0), (x: 0.0, y: 10.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0)],
        ]);
        let (repaired, changed) = valider_geometrie(&bowtie).expect("repaired");
        assert!(changed);
        assert_eq!(repaired.0.len(), 2, "two triangles");
        assert!(geo::Validation::is_valid(&repaired));
    }

    #[test]
    fn orientation_follows_ring_position_not_winding() {
        // A clockwise exterior with a clockwise hole, as a careless source may write it.
        let square = polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 0.0, y: 4.0), (x: 4.0, y: 4.0), (x: 4.0, y: 0.0)],
            interiors: [[(x: 1.0, y: 1.0), (x: 1.0, y: 2.0), (x: 2.0, y: 2.0), (x: 2.0, y: 1.0)]],
        );
        let oriented = normalize_orientation(&MultiPolygon(vec![square]));
        assert!(oriented.0[0].exterior().is_ccw());
        assert!(oriented.0[0].interiors()[0].is_cw());
    }
}
