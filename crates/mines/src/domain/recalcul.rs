//! Full recomputation of a titre "as at date D": étape order → héritage → démarche statut and visibility →
//! phases → titre statut → titre visibility → current properties (spec §3.3).
//!
//! Deterministic and idempotent: the same titre and date always give the same result. A démarche whose étapes a
//! machine refuses keeps its error (with the reason) and counts as `ind`, not public, for the rest of the pipeline,
//! which is what the anchor stores.

use std::collections::BTreeMap;

use super::date::CaminoDate;
use super::etape::{DemarcheId, Etape, Titre};
use super::heritage::apply_heritage;
use super::phases::{DemarchePhase, Phase, titre_phases};
use super::proprietes::{DemarcheProprietes, ProprietesTitre, titre_proprietes};
use super::statut::{DemarcheError, StatutDemarche, demarche_statut, ordered_etapes};
use super::titre_statut::{DemarcheStatutPhase, titre_statut};
use super::visibilite::titre_public;
use crate::referentiels::{DemarcheStatutId, DemarcheTypeId, TitreStatutId};

/// A démarche after recomputation.
#[derive(Debug, Clone, PartialEq)]
pub struct DemarcheCalculee {
    /// Id.
    pub id: DemarcheId,
    /// Type.
    pub type_id: DemarcheTypeId,
    /// Étapes in procedure order, héritage applied (drafts excluded).
    pub etapes: Vec<Etape>,
    /// Statut, visibility and explanation, or the refusal of an étape.
    pub resultat: Result<StatutDemarche, DemarcheError>,
    /// Validity phase.
    pub phase: Option<Phase>,
}

impl DemarcheCalculee {
    /// Statut (`ind` when an étape is refused, as the anchor stores it).
    pub fn statut(&self) -> DemarcheStatutId {
        self.resultat
            .as_ref()
            .map_or(DemarcheStatutId::Ind, |r| r.statut)
    }

    /// Public reading (never when an étape is refused).
    pub fn public(&self) -> bool {
        self.resultat.as_ref().is_ok_and(|r| r.public)
    }

    /// Reading by the companies of the titre.
    pub fn entreprises_lecture(&self) -> bool {
        self.resultat.as_ref().is_ok_and(|r| r.entreprises_lecture)
    }
}

/// A titre after recomputation.
#[derive(Debug, Clone, PartialEq)]
pub struct TitreCalcule {
    /// Statut at the date of computation.
    pub statut: TitreStatutId,
    /// Why, in French.
    pub statut_explication: &'static str,
    /// Public reading.
    pub public: bool,
    /// Démarches, in the order of the titre.
    pub demarches: Vec<DemarcheCalculee>,
    /// Current properties.
    pub proprietes: ProprietesTitre,
}

/// Recomputes every derived value of a titre at `date`.
pub fn recompute_titre(titre: &Titre, date: CaminoDate) -> TitreCalcule {
    let mut demarches: Vec<DemarcheCalculee> = titre
        .demarches
        .iter()
        .map(|demarche| {
            let ordonnees = ordered_etapes(titre.type_id, demarche);
            let etapes = apply_heritage(&ordonnees);
            let refs: Vec<&Etape> = etapes.iter().collect();
            let resultat = demarche_statut(titre.type_id, demarche, &refs);
            DemarcheCalculee {
                id: demarche.id.clone(),
                type_id: demarche.type_id,
                etapes,
                resultat,
                phase: None,
            }
        })
        .collect();

    let refs: Vec<Vec<&Etape>> = demarches
        .iter()
        .map(|d| d.etapes.iter().collect())
        .collect();
    let entrees: Vec<DemarchePhase<'_>> = demarches
        .iter()
        .zip(&titre.demarches)
        .zip(&refs)
        .map(|((calculee, source), etapes)| DemarchePhase {
            id: &calculee.id,
            type_id: calculee.type_id,
            statut: calculee.statut(),
            ordre: source.ordre,
            etapes,
        })
        .collect();
    let phases: BTreeMap<DemarcheId, Phase> = titre_phases(titre.type_id, &entrees);
    for demarche in &mut demarches {
        demarche.phase = phases.get(&demarche.id).copied();
    }

    let statuts: Vec<DemarcheStatutPhase> = demarches
        .iter()
        .map(|d| DemarcheStatutPhase {
            type_id: d.type_id,
            statut: d.statut(),
            phase: d.phase,
        })
        .collect();
    let (statut, statut_explication) = titre_statut(date, &statuts);

    // Properties read démarches oldest first, in the order used for the phases.
    let mut ordre: Vec<usize> = (0..demarches.len()).collect();
    ordre.sort_by(|&a, &b| {
        let premiere = |i: usize| demarches[i].etapes.first().map(|e| e.date);
        match (premiere(a), premiere(b)) {
            (Some(x), Some(y)) => x
                .cmp(&y)
                .then(titre.demarches[a].ordre.cmp(&titre.demarches[b].ordre)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
    });
    let pour_proprietes: Vec<DemarcheProprietes<'_>> = ordre
        .iter()
        .map(|&i| DemarcheProprietes {
            type_id: demarches[i].type_id,
            statut: demarches[i].statut(),
            phase: demarches[i].phase,
            etapes: &demarches[i].etapes,
        })
        .collect();
    let proprietes = titre_proprietes(&pour_proprietes, statut, date);

    TitreCalcule {
        statut,
        statut_explication,
        public: titre_public(titre.type_id, statut),
        demarches,
        proprietes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::etape::{Demarche, EntrepriseId, TitreId};
    use crate::referentiels::{EtapeStatutId as S, EtapeTypeId as T, TitreTypeId};

    fn d(s: &str) -> CaminoDate {
        CaminoDate::parse(s).expect("date")
    }

    fn arm(etapes: Vec<Etape>) -> Titre {
        Titre {
            id: TitreId::from("m-ar-test-2020"),
            nom: "Test".to_string(),
            type_id: TitreTypeId::Arm,
            demarches: vec![Demarche {
                id: DemarcheId::from("oct"),
                type_id: DemarcheTypeId::Oct,
                ordre: 1,
                etapes,
            }],
        }
    }

    #[test]
    fn deposited_arm_is_a_confidential_demande_initiale() {
        let mut mfr = Etape::new(T::Mfr, S::Fai, d("2021-01-01"));
        mfr.titulaires = Some(vec![EntrepriseId::from("ent")]);
        let titre = arm(vec![Etape::new(T::Mdp, S::Fai, d("2021-01-01")), mfr]);
        let calcule = recompute_titre(&titre, d("2021-02-01"));
        assert_eq!(calcule.demarches[0].statut(), DemarcheStatutId::Ins);
        assert!(!calcule.demarches[0].public());
        assert_eq!(calcule.statut, TitreStatutId::Dmi);
        assert!(
            calcule.public,
            "an ARM demande initiale is public per the reference table"
        );
        assert_eq!(
            calcule.proprietes.titulaires.map(|(t, _)| t),
            Some(vec![EntrepriseId::from("ent")])
        );
        // Same-day étapes were reordered: demande before dépôt.
        assert_eq!(calcule.demarches[0].etapes[0].type_id, T::Mfr);
    }

    #[test]
    fn refused_etape_keeps_its_error_and_counts_as_ind() {
        let titre = arm(vec![Etape::new(T::Sco, S::Fai, d("2021-01-01"))]);
        let calcule = recompute_titre(&titre, d("2021-02-01"));
        let erreur = calcule.demarches[0]
            .resultat
            .clone()
            .expect_err("étape refusée");
        assert!(
            erreur
                .to_string()
                .contains("signature de l’autorisation de recherche minière"),
            "{erreur}"
        );
        assert_eq!(calcule.statut, TitreStatutId::Ind);
        assert!(!calcule.public);
    }

    #[test]
    fn draft_etapes_never_change_statuts() {
        let mut brouillon = Etape::new(T::Mfr, S::Fai, d("2021-01-01"));
        brouillon.is_brouillon = true;
        let calcule = recompute_titre(&arm(vec![brouillon]), d("2021-02-01"));
        assert_eq!(calcule.demarches[0].statut(), DemarcheStatutId::Ind);
        assert!(calcule.demarches[0].etapes.is_empty());
    }
}
