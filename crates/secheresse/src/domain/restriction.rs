//! Restrictions and usages: what an arrêté de restriction imposes on a zone (or an AEP group of communes).

use crate::domain::nomenclature::{NiveauGravite, Profil, Thematique, TypeZone};
use crate::domain::zone_alerte::{CleZone, CodeInsee};

/// Which profiles a usage concerns (the four `concerne…` flags of VigiEau).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ConcerneProfils {
    /// `concerneParticulier`.
    pub particulier: bool,
    /// `concerneEntreprise`.
    pub entreprise: bool,
    /// `concerneCollectivite`.
    pub collectivite: bool,
    /// `concerneExploitation`.
    pub exploitation: bool,
}

impl ConcerneProfils {
    /// Every profile is concerned.
    pub const TOUS: Self = Self {
        particulier: true,
        entreprise: true,
        collectivite: true,
        exploitation: true,
    };

    /// Whether the profile is concerned.
    pub fn concerne(self, profil: Profil) -> bool {
        match profil {
            Profil::Particulier => self.particulier,
            Profil::Entreprise => self.entreprise,
            Profil::Collectivite => self.collectivite,
            Profil::Exploitation => self.exploitation,
        }
    }

    /// Whether no profile is concerned (80 entries of the third-party usage list).
    pub fn is_empty(self) -> bool {
        !(self.particulier || self.entreprise || self.collectivite || self.exploitation)
    }
}

/// Which water types a usage applies to (`concerneEsu`/`Eso`/`Aep`, true by default in VigiEau).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConcerneEaux {
    /// Surface water (SUP zones).
    pub esu: bool,
    /// Groundwater (SOU zones).
    pub eso: bool,
    /// Drinking water (AEP zones).
    pub aep: bool,
}

impl Default for ConcerneEaux {
    fn default() -> Self {
        Self {
            esu: true,
            eso: true,
            aep: true,
        }
    }
}

impl ConcerneEaux {
    /// Whether the usage applies in a zone of this type.
    pub fn concerne(self, type_zone: TypeZone) -> bool {
        match type_zone {
            TypeZone::Sup => self.esu,
            TypeZone::Sou => self.eso,
            TypeZone::Aep => self.aep,
        }
    }
}

/// The text of a usage at each level (`descriptionVigilance`… ≤ 3,000 characters each), kept verbatim: CRLF and
/// all, because it is the legal wording (spec §4).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DescriptionsNiveaux {
    /// Text in vigilance.
    pub vigilance: Option<String>,
    /// Text in alerte.
    pub alerte: Option<String>,
    /// Text in alerte renforcée.
    pub alerte_renforcee: Option<String>,
    /// Text in crise.
    pub crise: Option<String>,
}

impl DescriptionsNiveaux {
    /// The text for a level, if any.
    pub fn pour(&self, niveau: NiveauGravite) -> Option<&str> {
        match niveau {
            NiveauGravite::Vigilance => self.vigilance.as_deref(),
            NiveauGravite::Alerte => self.alerte.as_deref(),
            NiveauGravite::AlerteRenforcee => self.alerte_renforcee.as_deref(),
            NiveauGravite::Crise => self.crise.as_deref(),
        }
    }
}

/// A water use regulated by an arrêté cadre or a restriction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage {
    /// Identifier in the source, when known.
    pub id: Option<i64>,
    /// Name (≤ 255 characters), as published.
    pub nom: String,
    /// The thématique.
    pub thematique: Thematique,
    /// The profiles concerned.
    pub concerne: ConcerneProfils,
    /// The water types concerned.
    pub eaux: ConcerneEaux,
    /// The text per level.
    pub descriptions: DescriptionsNiveaux,
}

impl Usage {
    /// Whether the usage is shown to this profile in a zone of this type: the profile filter applies only when a
    /// profile is given (VigiEau returns every usage otherwise), the water-type filter always (spec §3.6.5).
    pub fn is_shown(&self, profil: Option<Profil>, type_zone: TypeZone) -> bool {
        self.eaux.concerne(type_zone) && profil.is_none_or(|profil| self.concerne.concerne(profil))
    }
}

/// What a restriction applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CibleRestriction {
    /// A zone d'alerte of the arrêté cadre identified by `arrete_cadre_id`.
    Zone {
        /// The zone.
        zone: CleZone,
        /// The arrêté cadre that defines the zone and its usages.
        arrete_cadre_id: i64,
    },
    /// A group of communes for drinking water (`nomGroupementAep` ≤ 255 characters, `communes[]`).
    GroupementAep {
        /// The group's name.
        nom: String,
        /// Its communes.
        communes: Vec<CodeInsee>,
    },
}

/// One level imposed by an arrêté de restriction on a zone or an AEP group, with its usages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restriction {
    /// The zone or group.
    pub cible: CibleRestriction,
    /// The level.
    pub niveau: NiveauGravite,
    /// The usages, with their text per level.
    pub usages: Vec<Usage>,
}

/// A usage as shown in an answer: filtered for the zone's type and the asker's profile, with the text of the
/// zone's level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageApplicable<'a> {
    /// The usage.
    pub usage: &'a Usage,
    /// The text for the zone's level (empty when the arrêté gives none, as VigiEau answers).
    pub description: &'a str,
}

/// Filters usages as VigiEau's `/zones` does: by water type always, by profile when given, and attaches the text
/// of the level.
pub fn applicable_usages<'a>(
    usages: &'a [Usage],
    niveau: NiveauGravite,
    type_zone: TypeZone,
    profil: Option<Profil>,
) -> Vec<UsageApplicable<'a>> {
    usages
        .iter()
        .filter(|usage| usage.is_shown(profil, type_zone))
        .map(|usage| UsageApplicable {
            usage,
            description: usage.descriptions.pour(niveau).unwrap_or(""),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(nom: &str, concerne: ConcerneProfils, eaux: ConcerneEaux) -> Usage {
        Usage {
            id: None,
            nom: nom.to_owned(),
            thematique: Thematique::Arroser,
            concerne,
            eaux,
            descriptions: DescriptionsNiveaux {
                alerte: Some("Interdit de 11 h à 18 h.".to_owned()),
                crise: Some("Interdit.".to_owned()),
                ..DescriptionsNiveaux::default()
            },
        }
    }

    #[test]
    fn profile_filter_applies_only_when_a_profile_is_given() {
        let only_farms = ConcerneProfils {
            exploitation: true,
            ..ConcerneProfils::default()
        };
        let usages = [usage("Irrigation", only_farms, ConcerneEaux::default())];
        assert_eq!(
            applicable_usages(&usages, NiveauGravite::Alerte, TypeZone::Sup, None).len(),
            1
        );
        assert!(
            applicable_usages(
                &usages,
                NiveauGravite::Alerte,
                TypeZone::Sup,
                Some(Profil::Particulier)
            )
            .is_empty()
        );
        assert_eq!(
            applicable_usages(
                &usages,
                NiveauGravite::Alerte,
                TypeZone::Sup,
                Some(Profil::Exploitation)
            )
            .len(),
            1
        );
    }

    #[test]
    fn water_type_filter_always_applies() {
        let groundwater_only = ConcerneEaux {
            esu: false,
            eso: true,
            aep: false,
        };
        let usages = [usage("Forages", ConcerneProfils::TOUS, groundwater_only)];
        assert!(applicable_usages(&usages, NiveauGravite::Crise, TypeZone::Sup, None).is_empty());
        assert!(applicable_usages(&usages, NiveauGravite::Crise, TypeZone::Aep, None).is_empty());
        assert_eq!(
            applicable_usages(&usages, NiveauGravite::Crise, TypeZone::Sou, None).len(),
            1
        );
    }

    #[test]
    fn description_is_the_text_of_the_zone_level() {
        let usages = [usage(
            "Jardins",
            ConcerneProfils::TOUS,
            ConcerneEaux::default(),
        )];
        let alerte = applicable_usages(&usages, NiveauGravite::Alerte, TypeZone::Aep, None);
        assert_eq!(alerte[0].description, "Interdit de 11 h à 18 h.");
        let vigilance = applicable_usages(&usages, NiveauGravite::Vigilance, TypeZone::Aep, None);
        assert_eq!(vigilance[0].description, "");
    }
}
