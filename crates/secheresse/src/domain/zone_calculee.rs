//! Published zones (`ZoneAlerteComputed`): a zone at a level under an arrêté, with its usages and communes.
//! This is what lookups, exports and maps read.

use chrono::NaiveDate;

use crate::domain::nomenclature::NiveauGravite;
use crate::domain::restriction::Usage;
use crate::domain::zone_alerte::{CodeInsee, ZoneAlerte};

/// The arrêté behind a published zone, as lookups and exports show it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ArreteApplique {
    /// Identifier of the arrêté de restriction.
    pub id: Option<i64>,
    /// Its number.
    pub numero: Option<String>,
    /// First day in force.
    pub date_debut: Option<NaiveDate>,
    /// Last day in force (`None` = open).
    pub date_fin: Option<NaiveDate>,
    /// Signature date.
    pub date_signature: Option<NaiveDate>,
    /// Path or URL of its PDF.
    pub chemin_fichier: Option<String>,
    /// Path or URL of the arrêté cadre's PDF.
    pub chemin_fichier_arrete_cadre: Option<String>,
}

/// A published zone: geometry and identity of the zone, with the level and usages in force.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneCalculee {
    /// The published identifier (VigiEau's computed ids change at every computation).
    pub id: i64,
    /// Identity, name, type, department, influence flag and geometry.
    pub zone: ZoneAlerte,
    /// The department's name, when known (exports write `departement{code,nom}`).
    pub departement_nom: Option<String>,
    /// The level in force.
    pub niveau: NiveauGravite,
    /// The arrêté behind the level.
    pub arrete: ArreteApplique,
    /// The usages with their texts.
    pub usages: Vec<Usage>,
    /// Communes linked to the zone (intersection above [`crate::domain::calcul::COMMUNE_LINK_MIN_SHARE`]).
    pub communes: Vec<CodeInsee>,
}
