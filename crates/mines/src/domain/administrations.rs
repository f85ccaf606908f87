//! Which administrations manage, are associated with, or are local to a titre (spec §3.2 and §3.8, Camino's
//! `administrationsTitresTypes` and local administrations).
//!
//! The rule, by titre type: the DGTM Guyane and the ONF manage ARM and AXM (with the PTMG for ARM); the DGALN
//! manages the mining titres of minerals and metals, marine aggregates and quarries; the DGEC those of energy
//! (hydrocarbons, fossil fuels, geothermal energy, underground storage), the DREALs also managing geothermal
//! exploitation permits and research authorisations; the DGPR those of radioactive substances. The other
//! ministries that follow a domain (finance, territories, the ministries that do not manage it) are associated.
//! Local administrations are the préfectures of the titre's départements and the DREAL/DEAL of its régions.

use crate::referentiels::{ADMINISTRATIONS, DGTM_GUYANE, DomaineId, TitreTypeId};

/// DGALN (mining titres of minerals and metals, marine aggregates, quarries).
pub const DGALN: &str = "min-mtes-dgaln-01";
/// DGEC (energy).
pub const DGEC: &str = "min-mtes-dgec-01";
/// DGPR (radioactive substances).
pub const DGPR: &str = "min-mtes-dgpr-01";
/// Ministry of the economy (legal affairs), associated with every titre type it follows.
pub const DAJ: &str = "min-dajb-01";
/// Ministry of territories (collectivités), associated with the mining titres of minerals and marine aggregates.
pub const DGCL: &str = "min-mctrct-dgcl-01";
/// ONF in Guyane (ARM instruction in the forests it manages).
pub const ONF_GUYANE: &str = "ope-onf-973-01";
/// Pôle technique minier de Guyane.
pub const PTMG: &str = "ope-ptmg-973-01";

/// The central administration managing a domaine.
fn ministere_gestionnaire(domaine: DomaineId) -> &'static str {
    match domaine {
        DomaineId::M | DomaineId::W | DomaineId::C => DGALN,
        DomaineId::H | DomaineId::F | DomaineId::G | DomaineId::S => DGEC,
        DomaineId::R => DGPR,
    }
}

/// Administrations managing a titre type (they instruct its démarches).
pub fn gestionnaires(titre_type: TitreTypeId) -> Vec<&'static str> {
    match titre_type {
        TitreTypeId::Arm => vec![DGTM_GUYANE, ONF_GUYANE, PTMG, DGALN],
        TitreTypeId::Axm => vec![DGTM_GUYANE, ONF_GUYANE, DGALN],
        // Geothermal exploitation permits and research authorisations are managed by every regional service
        // besides the ministry (the anchor grants them to the DREAL administration type as a whole).
        TitreTypeId::Pxg | TitreTypeId::Arg => std::iter::once(DGEC)
            .chain(
                ADMINISTRATIONS
                    .iter()
                    .filter(|a| a.type_id == "dre")
                    .map(|a| a.id),
            )
            .collect(),
        autre => vec![ministere_gestionnaire(autre.domaine())],
    }
}

/// Administrations associated with a titre type (they read it whole but do not instruct).
pub fn associees(titre_type: TitreTypeId) -> Vec<&'static str> {
    let domaine = titre_type.domaine();
    let gestionnaire = ministere_gestionnaire(domaine);
    let mut associees: Vec<&'static str> = [DGALN, DGEC, DGPR]
        .into_iter()
        .filter(|ministere| *ministere != gestionnaire)
        .collect();
    // The ministry of territories follows the titres of minerals and metals and of marine aggregates.
    if matches!(domaine, DomaineId::M | DomaineId::W) {
        associees.push(DGCL);
    }
    associees.push(DAJ);
    if titre_type == TitreTypeId::Arm {
        associees.push("pre-97302-01");
        associees.push("aut-97300-01");
        associees.push("aut-mrae-guyane-01");
    }
    associees.retain(|id| !gestionnaires(titre_type).contains(id));
    associees
}

/// Local administrations of a titre: préfectures of its départements, DREAL/DEAL of its régions (INSEE codes).
pub fn locales(departements: &[String], regions: &[String]) -> Vec<&'static str> {
    ADMINISTRATIONS
        .iter()
        .filter(|administration| match administration.type_id {
            "pre" => administration
                .departement_id
                .is_some_and(|d| departements.iter().any(|x| x == d)),
            "dre" => administration
                .region_id
                .is_some_and(|r| regions.iter().any(|x| x == r)),
            _ => false,
        })
        .map(|administration| administration.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referentiels::administration;

    #[test]
    fn every_named_administration_exists_in_the_reference_table() {
        for titre_type in TitreTypeId::ALL {
            for id in gestionnaires(titre_type)
                .into_iter()
                .chain(associees(titre_type))
            {
                assert!(administration(id).is_some(), "{id} ({titre_type:?})");
            }
        }
    }

    #[test]
    fn guyane_authorisations_are_managed_by_the_dgtm() {
        assert!(gestionnaires(TitreTypeId::Arm).contains(&DGTM_GUYANE));
        assert!(gestionnaires(TitreTypeId::Axm).contains(&DGTM_GUYANE));
        assert!(!gestionnaires(TitreTypeId::Prm).contains(&DGTM_GUYANE));
        assert_eq!(gestionnaires(TitreTypeId::Cxh), vec![DGEC]);
        assert!(gestionnaires(TitreTypeId::Pxg).contains(&"dre-aura-01"));
        assert_eq!(gestionnaires(TitreTypeId::Prr), vec![DGPR]);
    }

    #[test]
    fn a_gestionnaire_is_never_also_associee() {
        for titre_type in TitreTypeId::ALL {
            let gestionnaires = gestionnaires(titre_type);
            assert!(
                associees(titre_type)
                    .iter()
                    .all(|id| !gestionnaires.contains(id)),
                "{titre_type:?}"
            );
        }
    }

    #[test]
    fn local_administrations_come_from_departements_and_regions() {
        let locales = locales(&["973".to_string()], &["03".to_string()]);
        assert!(locales.contains(&DGTM_GUYANE), "{locales:?}");
        assert!(
            locales.iter().any(|id| id.starts_with("pre-973")),
            "{locales:?}"
        );
        assert!(!locales.iter().any(|id| id.starts_with("pre-01")));
    }
}
