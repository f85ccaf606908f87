//! What may be added to a démarche.
//!
//! The étapes possible next, and the re-validation of a whole démarche after a change (spec §7: "every write re-validates the whole démarche (machine + TDE); a refused étape is rejected with
//! its reason").
//!
//! The checks, in order: the (type, statut) pair exists; the étape type belongs to the procedure of this (titre
//! type, démarche type) — the TDE table; a type that is unique appears once; a retired type is not added after
//! its retirement; then the dated procedure machine, when one applies, replays every étape.

use thiserror::Error;

use super::date::CaminoDate;
use super::definitions::{date_reference, find_definition};
use super::etape::{Demarche, Etape};
use super::machines::EtatMachine;
use super::statut::{DemarcheError, ListeEtapes, StatutDemarche, demarche_statut, ordered_etapes};
use crate::referentiels::{
    ETAPES_TYPES_ETAPES_STATUTS, EtapeStatutId, EtapeTypeId, TitreTypeId, etapes_types_autorises,
    is_etape_statut_valide,
};

/// Why an étape cannot be added, or why a démarche does not validate.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum RefusEtape {
    /// The statut does not exist for this étape type.
    #[error("le statut « {statut_nom} » n'existe pas pour l'étape « {etape_nom} »")]
    PaireInvalide {
        /// Étape type name.
        etape_nom: &'static str,
        /// Statut name.
        statut_nom: &'static str,
    },
    /// The étape type is not part of this procedure (TDE table).
    #[error(
        "l'étape « {etape_nom} » n'existe pas dans une démarche « {demarche_nom} » de ce type de titre. \
         Étapes possibles à ce stade : {possibles}"
    )]
    HorsProcedure {
        /// Étape type name.
        etape_nom: &'static str,
        /// Démarche type name.
        demarche_nom: &'static str,
        /// What the démarche accepts instead.
        possibles: ListeEtapes,
    },
    /// A unique étape type is already present.
    #[error("l'étape « {etape_nom} » ne peut figurer qu'une fois dans la démarche")]
    DejaPresente {
        /// Étape type name.
        etape_nom: &'static str,
    },
    /// A retired étape type dated after its retirement.
    #[error("l'étape « {etape_nom} » n'existe plus depuis le {date_fin}")]
    Retiree {
        /// Étape type name.
        etape_nom: &'static str,
        /// Retirement date.
        date_fin: &'static str,
    },
    /// The procedure machine refuses an étape.
    #[error(transparent)]
    Procedure(#[from] DemarcheError),
}

impl RefusEtape {
    /// The étapes the démarche would accept instead, when the refusal says so.
    pub fn possibles(&self) -> Option<&ListeEtapes> {
        match self {
            RefusEtape::HorsProcedure { possibles, .. } => Some(possibles),
            RefusEtape::Procedure(DemarcheError::EtapeRefusee { possibles, .. }) => Some(possibles),
            _ => None,
        }
    }
}

/// Whether a retired étape type is used after its retirement date.
fn retiree_a(type_id: EtapeTypeId, date: CaminoDate) -> Option<&'static str> {
    let date_fin = type_id.definition().date_fin?;
    let fin = CaminoDate::parse(date_fin).ok()?;
    (date >= fin).then_some(date_fin)
}

/// The étapes (type, statut) that may be added at the end of the démarche at `date`.
///
/// Under a machine: what the machine accepts in its current state (empty when the recorded étapes are already
/// refused: the démarche must be corrected first). Without a machine: every pair of the procedure's étape types,
/// minus unique types already present and types retired at that date.
pub fn etapes_possibles(
    titre_type: TitreTypeId,
    demarche: &Demarche,
    date: CaminoDate,
) -> Vec<(EtapeTypeId, EtapeStatutId)> {
    let autorises = etapes_types_autorises(titre_type, demarche.type_id);
    let presentes: Vec<EtapeTypeId> = demarche
        .etapes
        .iter()
        .filter(|e| !e.is_brouillon)
        .map(|e| e.type_id)
        .collect();
    let admissible = |type_id: EtapeTypeId| {
        autorises.contains(&type_id)
            && retiree_a(type_id, date).is_none()
            && !(type_id.definition().unique && presentes.contains(&type_id))
    };
    let ordonnees = ordered_etapes(titre_type, demarche);
    let reference = date_reference(ordonnees.iter().copied()).unwrap_or(date);
    match find_definition(titre_type, demarche.type_id, &demarche.id, Some(reference)) {
        Some(definition) => {
            let mut etat = EtatMachine::initial(definition.machine);
            for etape in &ordonnees {
                if etat.step(etape).is_err() {
                    return Vec::new();
                }
            }
            etat.possible_next_etapes(date)
                .into_iter()
                .filter(|(type_id, _)| admissible(*type_id))
                .collect()
        }
        None => ETAPES_TYPES_ETAPES_STATUTS
            .iter()
            .copied()
            .filter(|(type_id, _)| admissible(*type_id))
            .collect(),
    }
}

/// Re-validates a whole démarche (drafts excluded) and returns its statut.
pub fn valider_demarche(
    titre_type: TitreTypeId,
    demarche: &Demarche,
) -> Result<StatutDemarche, RefusEtape> {
    let autorises = etapes_types_autorises(titre_type, demarche.type_id);
    let mut vues: Vec<EtapeTypeId> = Vec::new();
    for etape in demarche.etapes.iter().filter(|e| !e.is_brouillon) {
        if !is_etape_statut_valide(etape.type_id, etape.statut_id) {
            return Err(RefusEtape::PaireInvalide {
                etape_nom: etape.type_id.nom(),
                statut_nom: etape.statut_id.nom(),
            });
        }
        if !autorises.contains(&etape.type_id) {
            let sans = Demarche {
                etapes: demarche
                    .etapes
                    .iter()
                    .filter(|e| e.id != etape.id)
                    .cloned()
                    .collect(),
                ..demarche.clone()
            };
            return Err(RefusEtape::HorsProcedure {
                etape_nom: etape.type_id.nom(),
                demarche_nom: demarche.type_id.definition().nom,
                possibles: ListeEtapes(etapes_possibles(titre_type, &sans, etape.date)),
            });
        }
        if etape.type_id.definition().unique && vues.contains(&etape.type_id) {
            return Err(RefusEtape::DejaPresente {
                etape_nom: etape.type_id.nom(),
            });
        }
        vues.push(etape.type_id);
    }
    let ordonnees = ordered_etapes(titre_type, demarche);
    Ok(demarche_statut(titre_type, demarche, &ordonnees)?)
}

/// Checks that `nouvelle` may be added to the démarche, then re-validates the démarche with it.
pub fn valider_ajout(
    titre_type: TitreTypeId,
    demarche: &Demarche,
    nouvelle: &Etape,
) -> Result<StatutDemarche, RefusEtape> {
    if let Some(date_fin) = retiree_a(nouvelle.type_id, nouvelle.date) {
        return Err(RefusEtape::Retiree {
            etape_nom: nouvelle.type_id.nom(),
            date_fin,
        });
    }
    let mut avec = demarche.clone();
    avec.etapes.push(nouvelle.clone());
    valider_demarche(titre_type, &avec)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::etape::DemarcheId;
    use crate::referentiels::{
        DemarcheStatutId, DemarcheTypeId, EtapeStatutId as S, EtapeTypeId as T,
    };

    fn d(s: &str) -> CaminoDate {
        CaminoDate::parse(s).expect("date")
    }

    fn demarche(type_id: DemarcheTypeId, etapes: Vec<Etape>) -> Demarche {
        Demarche {
            id: DemarcheId::from("1"),
            type_id,
            ordre: 1,
            etapes,
        }
    }

    #[test]
    fn after_the_demande_of_a_prm_the_depot_is_possible() {
        let oct = demarche(
            DemarcheTypeId::Oct,
            vec![Etape::new(T::Mfr, S::Fai, d("2021-03-01"))],
        );
        let possibles = etapes_possibles(TitreTypeId::Prm, &oct, d("2021-03-02"));
        assert!(possibles.contains(&(T::Mdp, S::Fai)), "{possibles:?}");
        assert!(!possibles.contains(&(T::Dex, S::Acc)), "{possibles:?}");
    }

    #[test]
    fn a_decision_before_the_depot_is_refused_with_the_allowed_etapes() {
        let oct = demarche(
            DemarcheTypeId::Oct,
            vec![Etape::new(T::Mfr, S::Fai, d("2021-03-01"))],
        );
        let refus = valider_ajout(
            TitreTypeId::Prm,
            &oct,
            &Etape::new(T::Dex, S::Acc, d("2021-03-05")),
        )
        .expect_err("refusée");
        assert!(matches!(refus, RefusEtape::Procedure(_)), "{refus:?}");
        let message = refus.to_string();
        assert!(
            message.contains("décision de l'administration"),
            "{message}"
        );
        assert!(message.contains("dépôt de la demande"), "{message}");
        assert!(
            refus
                .possibles()
                .is_some_and(|l| l.0.contains(&(T::Mdp, S::Fai)))
        );
    }

    #[test]
    fn an_accepted_etape_gives_the_new_statut() {
        let oct = demarche(
            DemarcheTypeId::Oct,
            vec![Etape::new(T::Mfr, S::Fai, d("2021-03-01"))],
        );
        let statut = valider_ajout(
            TitreTypeId::Prm,
            &oct,
            &Etape::new(T::Mdp, S::Fai, d("2021-03-02")),
        )
        .expect("acceptée");
        assert_eq!(statut.statut, DemarcheStatutId::Dep);
    }

    #[test]
    fn an_etape_outside_the_procedure_is_refused_without_a_machine() {
        let oct = demarche(
            DemarcheTypeId::Oct,
            vec![Etape::new(T::Mfr, S::Fai, d("2015-03-01"))],
        );
        // A concession of hydrocarbons has no machine; a signature of ARM is not in its procedure.
        let refus = valider_ajout(
            TitreTypeId::Cxh,
            &oct,
            &Etape::new(T::Sco, S::Fai, d("2015-04-01")),
        )
        .expect_err("hors procédure");
        assert!(
            matches!(refus, RefusEtape::HorsProcedure { .. }),
            "{refus:?}"
        );
        assert!(
            !etapes_possibles(TitreTypeId::Cxh, &oct, d("2015-04-01"))
                .iter()
                .any(|(t, _)| *t == T::Sco || *t == T::Mfr),
            "mfr is unique and already present; sco is not in the procedure"
        );
    }

    #[test]
    fn invalid_pairs_and_retired_types_are_refused() {
        let oct = demarche(DemarcheTypeId::Oct, Vec::new());
        assert!(matches!(
            valider_ajout(
                TitreTypeId::Cxh,
                &oct,
                &Etape::new(T::Mfr, S::Fav, d("2015-03-01"))
            ),
            Err(RefusEtape::PaireInvalide { .. })
        ));
        assert!(matches!(
            valider_ajout(
                TitreTypeId::Arm,
                &oct,
                &Etape::new(T::Def, S::Acc, d("2021-03-01"))
            ),
            Err(RefusEtape::Retiree { .. })
        ));
    }

    #[test]
    fn drafts_are_not_validated() {
        let mut brouillon = Etape::new(T::Dex, S::Acc, d("2021-03-01"));
        brouillon.is_brouillon = true;
        let oct = demarche(DemarcheTypeId::Oct, vec![brouillon]);
        assert_eq!(
            valider_demarche(TitreTypeId::Prm, &oct)
                .expect("rien à valider")
                .statut,
            DemarcheStatutId::Ind
        );
    }
}
