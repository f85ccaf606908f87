//! The closed vocabularies of the domain: niveaux de gravité, types of zone, profiles, statuses and thématiques.
//!
//! Each enumeration knows its wire code (the string VigiEau writes in its API and open data) and its French
//! label, and parses the code strictly: an unknown value is an error, never a silent default (spec §7, "400 for
//! an unknown `profil`/`zoneType`", where VigiEau silently drops every usage).

use std::fmt;

use thiserror::Error;

/// A value that is not part of one of the closed vocabularies of the domain.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("valeur inconnue pour {vocabulaire} : « {valeur} »")]
pub struct ValeurInconnue {
    /// Which vocabulary was expected (for example "niveau de gravité").
    pub vocabulaire: &'static str,
    /// The value as received.
    pub valeur: String,
}

impl ValeurInconnue {
    fn new(vocabulaire: &'static str, valeur: &str) -> Self {
        Self {
            vocabulaire,
            valeur: valeur.to_owned(),
        }
    }
}

/// The four levels of an arrêté cadre, in increasing severity.
///
/// Art. R.211-66 du code de l'environnement, décret 2021-795. "No restriction" is not a level: it is the absence of a zone or of a restriction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NiveauGravite {
    /// Awareness only, no legal restriction.
    Vigilance,
    /// First level of restrictions.
    Alerte,
    /// Stronger restrictions.
    AlerteRenforcee,
    /// Only the priority uses remain: health, safety, drinking water, salubrity.
    Crise,
}

impl NiveauGravite {
    /// Every level, from the mildest to the most severe.
    pub const ALL: [Self; 4] = [
        Self::Vigilance,
        Self::Alerte,
        Self::AlerteRenforcee,
        Self::Crise,
    ];

    /// The wire code (`vigilance`, `alerte`, `alerte_renforcee`, `crise`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Vigilance => "vigilance",
            Self::Alerte => "alerte",
            Self::AlerteRenforcee => "alerte_renforcee",
            Self::Crise => "crise",
        }
    }

    /// The French label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Vigilance => "Vigilance",
            Self::Alerte => "Alerte",
            Self::AlerteRenforcee => "Alerte renforcée",
            Self::Crise => "Crise",
        }
    }

    /// The `severity` column of VigiEau's open data (1 to 4).
    pub fn severity(self) -> u8 {
        match self {
            Self::Vigilance => 1,
            Self::Alerte => 2,
            Self::AlerteRenforcee => 3,
            Self::Crise => 4,
        }
    }

    /// VigiEau's rank, where "pas de restriction" is 1 (spec §3.2), so the levels go from 2 to 5.
    pub fn rang_vigieau(self) -> u8 {
        self.severity() + 1
    }

    /// Parses the wire code.
    pub fn parse(code: &str) -> Result<Self, ValeurInconnue> {
        Self::ALL
            .into_iter()
            .find(|niveau| niveau.code() == code)
            .ok_or_else(|| ValeurInconnue::new("niveau de gravité", code))
    }
}

impl fmt::Display for NiveauGravite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The water resource a zone d'alerte is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeZone {
    /// Eaux superficielles (ESU): rivers, lakes.
    Sup,
    /// Eaux souterraines (ESO): wells, boreholes.
    Sou,
    /// Eau potable: tap water; always derived, never a Sandre zone.
    Aep,
}

impl TypeZone {
    /// The three types in VigiEau's order.
    pub const ALL: [Self; 3] = [Self::Sup, Self::Sou, Self::Aep];

    /// The wire code (`SUP`, `SOU`, `AEP`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Sup => "SUP",
            Self::Sou => "SOU",
            Self::Aep => "AEP",
        }
    }

    /// The French label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Sup => "Eaux superficielles",
            Self::Sou => "Eaux souterraines",
            Self::Aep => "Eau potable",
        }
    }

    /// Parses `SUP`/`SOU`/`AEP`, and also the admin spellings `esu`/`eso`/`aep` (case-insensitive), because the
    /// admin fields write the resource rather than the type (spec §3.2).
    pub fn parse(code: &str) -> Result<Self, ValeurInconnue> {
        match code.trim().to_ascii_uppercase().as_str() {
            "SUP" | "ESU" => Ok(Self::Sup),
            "SOU" | "ESO" => Ok(Self::Sou),
            "AEP" => Ok(Self::Aep),
            _ => Err(ValeurInconnue::new("type de zone", code)),
        }
    }
}

impl fmt::Display for TypeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Who is asking: usages are flagged per profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Profil {
    /// A private person (VigiEau's default).
    Particulier,
    /// A farm ("Agriculteur" in the interface).
    Exploitation,
    /// A company.
    Entreprise,
    /// A local authority.
    Collectivite,
}

impl Profil {
    /// Every profile.
    pub const ALL: [Self; 4] = [
        Self::Particulier,
        Self::Exploitation,
        Self::Entreprise,
        Self::Collectivite,
    ];

    /// The wire code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Particulier => "particulier",
            Self::Exploitation => "exploitation",
            Self::Entreprise => "entreprise",
            Self::Collectivite => "collectivite",
        }
    }

    /// The French label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Particulier => "Particulier",
            Self::Exploitation => "Agriculteur",
            Self::Entreprise => "Entreprise",
            Self::Collectivite => "Collectivité",
        }
    }

    /// Parses the wire code strictly. VigiEau's Swagger lists `collectivité` while its code expects
    /// `collectivite` (spec §8.7): we accept both spellings and nothing else.
    pub fn parse(code: &str) -> Result<Self, ValeurInconnue> {
        match code {
            "particulier" => Ok(Self::Particulier),
            "exploitation" => Ok(Self::Exploitation),
            "entreprise" => Ok(Self::Entreprise),
            "collectivite" | "collectivité" => Ok(Self::Collectivite),
            _ => Err(ValeurInconnue::new("profil", code)),
        }
    }
}

/// The status of an arrêté (cadre, de restriction or municipal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatutArrete {
    /// A draft ("Brouillon").
    AValider,
    /// Published, starting later ("En vigueur prochainement").
    AVenir,
    /// Published and in force ("En vigueur").
    Publie,
    /// Published and ended ("Abrogé").
    Abroge,
}

impl StatutArrete {
    /// Every status.
    pub const ALL: [Self; 4] = [Self::AValider, Self::AVenir, Self::Publie, Self::Abroge];

    /// The wire code.
    pub fn code(self) -> &'static str {
        match self {
            Self::AValider => "a_valider",
            Self::AVenir => "a_venir",
            Self::Publie => "publie",
            Self::Abroge => "abroge",
        }
    }

    /// The French label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::AValider => "Brouillon",
            Self::AVenir => "En vigueur prochainement",
            Self::Publie => "En vigueur",
            Self::Abroge => "Abrogé",
        }
    }

    /// Parses the wire code.
    pub fn parse(code: &str) -> Result<Self, ValeurInconnue> {
        Self::ALL
            .into_iter()
            .find(|statut| statut.code() == code)
            .ok_or_else(|| ValeurInconnue::new("statut d'arrêté", code))
    }
}

/// Which natural zones an arrêté de restriction copies as drinking-water (AEP) zones (`ressourceEapCommunique`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RessourceEap {
    /// Copy the surface-water zones.
    Esu,
    /// Copy the groundwater zones.
    Eso,
    /// Copy both; on overlaps the higher level wins.
    Max,
}

impl RessourceEap {
    /// The wire code.
    pub fn code(self) -> &'static str {
        match self {
            Self::Esu => "esu",
            Self::Eso => "eso",
            Self::Max => "max",
        }
    }

    /// Parses the wire code.
    pub fn parse(code: &str) -> Result<Self, ValeurInconnue> {
        match code {
            "esu" => Ok(Self::Esu),
            "eso" => Ok(Self::Eso),
            "max" => Ok(Self::Max),
            _ => Err(ValeurInconnue::new("ressource AEP communiquée", code)),
        }
    }

    /// Whether natural zones of this type are copied as AEP.
    pub fn copies(self, type_zone: TypeZone) -> bool {
        matches!(
            (self, type_zone),
            (Self::Esu | Self::Max, TypeZone::Sup) | (Self::Eso | Self::Max, TypeZone::Sou)
        )
    }
}

/// The 14 thématiques under which VigiEau files usages (spec §3.2, in that order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Thematique {
    /// Abreuver.
    Abreuver,
    /// Activités économiques.
    ActivitesEconomiques,
    /// Alimenter des fontaines et autres usages de loisirs.
    AlimenterFontaines,
    /// Arroser.
    Arroser,
    /// ICPE (installations classées).
    Icpe,
    /// Installations de production d'électricité.
    ProductionElectricite,
    /// Irriguer.
    Irriguer,
    /// Nettoyer.
    Nettoyer,
    /// Ouvrages hydrauliques.
    OuvragesHydrauliques,
    /// Prélever.
    Prelever,
    /// Rejeter.
    Rejeter,
    /// Remplir ou vidanger.
    RemplirVidanger,
    /// Sécurité incendie.
    SecuriteIncendie,
    /// Travaux et activités en cours d'eau.
    TravauxCoursEau,
}

impl Thematique {
    /// Every thématique, in the spec's order.
    pub const ALL: [Self; 14] = [
        Self::Abreuver,
        Self::ActivitesEconomiques,
        Self::AlimenterFontaines,
        Self::Arroser,
        Self::Icpe,
        Self::ProductionElectricite,
        Self::Irriguer,
        Self::Nettoyer,
        Self::OuvragesHydrauliques,
        Self::Prelever,
        Self::Rejeter,
        Self::RemplirVidanger,
        Self::SecuriteIncendie,
        Self::TravauxCoursEau,
    ];

    /// The name VigiEau writes (it is both the label and the wire value).
    pub fn nom(self) -> &'static str {
        match self {
            Self::Abreuver => "Abreuver",
            Self::ActivitesEconomiques => "Activités économiques",
            Self::AlimenterFontaines => "Alimenter des fontaines et autres usages de loisirs",
            Self::Arroser => "Arroser",
            Self::Icpe => "ICPE",
            Self::ProductionElectricite => "Installations de production d'électricité",
            Self::Irriguer => "Irriguer",
            Self::Nettoyer => "Nettoyer",
            Self::OuvragesHydrauliques => "Ouvrages hydrauliques",
            Self::Prelever => "Prélever",
            Self::Rejeter => "Rejeter",
            Self::RemplirVidanger => "Remplir ou vidanger",
            Self::SecuriteIncendie => "Sécurité incendie",
            Self::TravauxCoursEau => "Travaux et activités en cours d'eau",
        }
    }

    /// Parses a name, ignoring case, edges, accents' composition and the typographic apostrophe, since the
    /// sources mix `'` and `’` (spec §8.1).
    pub fn parse(nom: &str) -> Result<Self, ValeurInconnue> {
        let wanted = crate::domain::texte::normalize_key(nom);
        Self::ALL
            .into_iter()
            .find(|thematique| crate::domain::texte::normalize_key(thematique.nom()) == wanted)
            .ok_or_else(|| ValeurInconnue::new("thématique", nom))
    }
}

impl fmt::Display for Thematique {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.nom())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_from_vigilance_to_crise() {
        let mut shuffled = [
            NiveauGravite::Crise,
            NiveauGravite::Vigilance,
            NiveauGravite::AlerteRenforcee,
            NiveauGravite::Alerte,
        ];
        shuffled.sort();
        assert_eq!(shuffled, NiveauGravite::ALL);
        assert!(NiveauGravite::Alerte < NiveauGravite::AlerteRenforcee);
    }

    #[test]
    fn every_level_round_trips_through_its_code() {
        for niveau in NiveauGravite::ALL {
            assert_eq!(NiveauGravite::parse(niveau.code()), Ok(niveau));
            assert_eq!(niveau.rang_vigieau(), niveau.severity() + 1);
        }
        assert!(NiveauGravite::parse("pas_restriction").is_err());
    }

    #[test]
    fn zone_type_accepts_admin_spellings() {
        assert_eq!(TypeZone::parse("esu"), Ok(TypeZone::Sup));
        assert_eq!(TypeZone::parse("ESO"), Ok(TypeZone::Sou));
        assert_eq!(TypeZone::parse("AEP"), Ok(TypeZone::Aep));
        assert!(TypeZone::parse("EAU").is_err());
    }

    #[test]
    fn unknown_profile_is_an_error_not_a_default() {
        assert_eq!(Profil::parse("collectivité"), Ok(Profil::Collectivite));
        let error = Profil::parse("touriste").unwrap_err();
        assert!(error.to_string().contains("touriste"));
    }

    #[test]
    fn thematique_parse_tolerates_typographic_apostrophe() {
        assert_eq!(
            Thematique::parse("Travaux et activités en cours d’eau"),
            Ok(Thematique::TravauxCoursEau)
        );
        for thematique in Thematique::ALL {
            assert_eq!(Thematique::parse(thematique.nom()), Ok(thematique));
        }
    }

    #[test]
    fn ressource_eap_copies_the_right_types() {
        assert!(RessourceEap::Max.copies(TypeZone::Sup) && RessourceEap::Max.copies(TypeZone::Sou));
        assert!(!RessourceEap::Esu.copies(TypeZone::Sou));
        assert!(!RessourceEap::Eso.copies(TypeZone::Aep));
    }
}
