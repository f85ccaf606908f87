//! The review workflow of an aid (§3.4).
//!
//! Draft → reviewable → published, unpublish, soft delete and merge of duplicates. Allowed moves
//! come from the referential's transition table (`TRANSITIONS_AIDE`); merge is the admin-only move
//! the table does not list.

use chrono::{DateTime, Utc};

use crate::referentiels::{StatutAide, TRANSITIONS_AIDE};

use super::{Aide, AideId, ValidationError, valider};

/// A move of the workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    /// draft → reviewable.
    Submit,
    /// reviewable → published.
    Publish,
    /// reviewable/published → draft.
    Unpublish,
    /// draft/reviewable/published → deleted (never listed again).
    SoftDelete,
    /// draft/reviewable/published → merged into the kept aid (admin).
    Merge {
        /// The aid kept.
        conservee: AideId,
    },
}

impl Transition {
    /// The name of the move, as in the referential.
    pub fn nom(self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Publish => "publish",
            Transition::Unpublish => "unpublish",
            Transition::SoftDelete => "soft_delete",
            Transition::Merge { .. } => "merge",
        }
    }

    /// The status this move leads to from `depuis`, or `None` when it is not allowed from there.
    pub fn cible(self, depuis: StatutAide) -> Option<StatutAide> {
        if let Transition::Merge { .. } = self {
            return matches!(
                depuis,
                StatutAide::Draft | StatutAide::Reviewable | StatutAide::Published
            )
            .then_some(StatutAide::Merged);
        }
        TRANSITIONS_AIDE
            .iter()
            .find(|(nom, origines, _)| *nom == self.nom() && origines.contains(&depuis.code()))
            .and_then(|(_, _, cible)| StatutAide::from_code(cible))
    }
}

/// Why a move was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    /// The move is not allowed from the current status.
    #[error("Action « {transition} » impossible sur une aide au statut « {statut} ».")]
    NonAutorisee {
        /// Move name.
        transition: &'static str,
        /// Current status label.
        statut: &'static str,
    },
    /// The aid is not valid for the status it would reach.
    #[error(transparent)]
    Invalide(#[from] ValidationError),
    /// An aid cannot be merged into itself.
    #[error("Une aide ne peut pas être fusionnée avec elle-même.")]
    FusionAvecSoi,
}

/// What a move asks the caller to do besides storing the new aid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Effets {
    /// Mail the author that the aid is published (never for imported aids).
    pub notifier_auteur: bool,
}

/// Applies `transition` to `aide` at `maintenant`; returns the new aid and the side effects to
/// perform, or an error that changes nothing.
pub fn appliquer(
    aide: &Aide,
    transition: Transition,
    maintenant: DateTime<Utc>,
) -> Result<(Aide, Effets), WorkflowError> {
    let cible = transition
        .cible(aide.status)
        .ok_or(WorkflowError::NonAutorisee {
            transition: transition.nom(),
            statut: aide.status.label(),
        })?;
    valider(aide, cible)?;
    let mut suivante = aide.clone();
    suivante.status = cible;
    suivante.date_updated = maintenant;
    let mut effets = Effets::default();
    match transition {
        Transition::Publish => {
            // date_published is the first publication only: republishing must not re-alert.
            if suivante.date_published.is_none() {
                suivante.date_published = Some(maintenant);
            }
            effets.notifier_auteur = !aide.est_importee();
            if let Some(import) = &mut suivante.import {
                import.mise_a_jour_en_attente = false;
            }
        }
        Transition::Merge { conservee } => {
            if conservee == aide.id {
                return Err(WorkflowError::FusionAvecSoi);
            }
            suivante.merged_into = Some(conservee);
        }
        Transition::Submit | Transition::Unpublish | Transition::SoftDelete => {}
    }
    Ok((suivante, effets))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aide::{AideId, PorteurId};
    use crate::perimetres::PerimetreId;
    use crate::referentiels::{Public, Recurrence, TypeAide};

    fn instant(secondes: i64) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp(secondes, 0).unwrap_or_default()
    }

    fn complete() -> Aide {
        let mut aide = Aide::brouillon(AideId(7), "Planter des haies", instant(0));
        aide.description = "Haies bocagères.".into();
        aide.perimeter = Some(PerimetreId(1));
        aide.targeted_audiences = vec![Public::Farmer];
        aide.aid_types = vec![TypeAide::Grant];
        aide.financers = vec![PorteurId(1)];
        aide.recurrence = Some(Recurrence::Ongoing);
        aide
    }

    #[test]
    fn the_table_drives_every_listed_move() {
        use StatutAide::*;
        assert_eq!(Transition::Submit.cible(Draft), Some(Reviewable));
        assert_eq!(Transition::Publish.cible(Reviewable), Some(Published));
        assert_eq!(Transition::Publish.cible(Draft), None);
        assert_eq!(Transition::Unpublish.cible(Published), Some(Draft));
        assert_eq!(Transition::Unpublish.cible(Draft), None);
        assert_eq!(Transition::SoftDelete.cible(Published), Some(Deleted));
        assert_eq!(Transition::SoftDelete.cible(Merged), None);
        assert_eq!(
            Transition::Merge {
                conservee: AideId(1)
            }
            .cible(Deleted),
            None
        );
    }

    #[test]
    fn publish_sets_the_first_publication_date_only_once() {
        let (soumise, _) = appliquer(&complete(), Transition::Submit, instant(10)).expect("submit");
        let (publiee, effets) =
            appliquer(&soumise, Transition::Publish, instant(20)).expect("publish");
        assert_eq!(publiee.date_published, Some(instant(20)));
        assert!(effets.notifier_auteur);
        let (retiree, _) =
            appliquer(&publiee, Transition::Unpublish, instant(30)).expect("unpublish");
        let (resoumise, _) = appliquer(&retiree, Transition::Submit, instant(40)).expect("submit");
        let (republiee, _) =
            appliquer(&resoumise, Transition::Publish, instant(50)).expect("publish");
        assert_eq!(republiee.date_published, Some(instant(20)));
    }

    #[test]
    fn an_incomplete_draft_cannot_be_submitted() {
        let brouillon = Aide::brouillon(AideId(1), "Titre", instant(0));
        let erreur = appliquer(&brouillon, Transition::Submit, instant(1)).expect_err("incomplète");
        assert!(matches!(erreur, WorkflowError::Invalide(_)));
        assert!(erreur.to_string().contains("description"));
    }

    #[test]
    fn refused_move_names_the_status() {
        let erreur =
            appliquer(&complete(), Transition::Publish, instant(1)).expect_err("brouillon");
        assert_eq!(
            erreur.to_string(),
            "Action « publish » impossible sur une aide au statut « Brouillon »."
        );
    }

    #[test]
    fn merge_points_to_the_kept_aid_and_refuses_itself() {
        let (fusionnee, _) = appliquer(
            &complete(),
            Transition::Merge {
                conservee: AideId(3),
            },
            instant(1),
        )
        .expect("merge");
        assert_eq!(fusionnee.status, StatutAide::Merged);
        assert_eq!(fusionnee.merged_into, Some(AideId(3)));
        assert_eq!(
            appliquer(
                &complete(),
                Transition::Merge {
                    conservee: AideId(7)
                },
                instant(1)
            ),
            Err(WorkflowError::FusionAvecSoi)
        );
    }

    #[test]
    fn imported_aid_publication_mails_nobody() {
        let mut aide = complete();
        aide.status = StatutAide::Reviewable;
        aide.import = Some(crate::aide::ProvenanceImport {
            uniqueid: "AGIR_1".into(),
            data_url: String::new(),
            data_mention: String::new(),
            licence: crate::referentiels::Licence::Unknown,
            mise_a_jour_en_attente: true,
            date_import: instant(0),
            donnees_brutes: serde_json::Value::Null,
            champs_edites: Default::default(),
        });
        let (publiee, effets) = appliquer(&aide, Transition::Publish, instant(5)).expect("publish");
        assert!(!effets.notifier_auteur);
        assert!(publiee.import.is_some_and(|i| !i.mise_a_jour_en_attente));
    }
}
