//! A submission (`Candidature`) to a call and its state machine (spec §3.3).
//!
//! An agent drafts and submits, the incubator team asks for corrections and rules on eligibility, the pre-jury result
//! pre-selects, the jury president decides; an agent may withdraw, and an admin may reopen a closed submission with a
//! reason.
//!
//! Transitions are pure: [`Candidature::decide`] returns the new state or a French error naming the forbidden
//! transition; [`Candidature::apply`] also records exactly one journal entry.

use std::fmt;

use chrono::NaiveDateTime;
use thiserror::Error;

use super::appel::StatutAppel;
use super::formulaire::ErreurChamp;
use super::journal::EntreeJournal;
use super::roles::Role;

/// Identifier of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CandidatureId(pub u64);

impl fmt::Display for CandidatureId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// State of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatutCandidature {
    /// `brouillon`: being written by the agent.
    Brouillon,
    /// `depose`: submitted and locked.
    Depose,
    /// `a_completer`: the team asked for corrections.
    ACompleter,
    /// `recevable`: eligible.
    Recevable,
    /// `irrecevable`: not eligible (motivated).
    Irrecevable,
    /// `preselectionne`: chosen for an audition.
    Preselectionne,
    /// `auditionne`: audition held.
    Auditionne,
    /// `laureat`: selected.
    Laureat,
    /// `liste_attente`: on the waiting list.
    ListeAttente,
    /// `non_retenu`: not selected (motivated).
    NonRetenu,
    /// `desiste`: withdrawn by the agent.
    Desiste,
}

impl StatutCandidature {
    /// Every state.
    pub const ALL: [StatutCandidature; 11] = [
        StatutCandidature::Brouillon,
        StatutCandidature::Depose,
        StatutCandidature::ACompleter,
        StatutCandidature::Recevable,
        StatutCandidature::Irrecevable,
        StatutCandidature::Preselectionne,
        StatutCandidature::Auditionne,
        StatutCandidature::Laureat,
        StatutCandidature::ListeAttente,
        StatutCandidature::NonRetenu,
        StatutCandidature::Desiste,
    ];

    /// ASCII code.
    pub fn code(self) -> &'static str {
        match self {
            StatutCandidature::Brouillon => "brouillon",
            StatutCandidature::Depose => "depose",
            StatutCandidature::ACompleter => "a_completer",
            StatutCandidature::Recevable => "recevable",
            StatutCandidature::Irrecevable => "irrecevable",
            StatutCandidature::Preselectionne => "preselectionne",
            StatutCandidature::Auditionne => "auditionne",
            StatutCandidature::Laureat => "laureat",
            StatutCandidature::ListeAttente => "liste_attente",
            StatutCandidature::NonRetenu => "non_retenu",
            StatutCandidature::Desiste => "desiste",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            StatutCandidature::Brouillon => "Brouillon",
            StatutCandidature::Depose => "Déposé",
            StatutCandidature::ACompleter => "À compléter",
            StatutCandidature::Recevable => "Recevable",
            StatutCandidature::Irrecevable => "Irrecevable",
            StatutCandidature::Preselectionne => "Présélectionné",
            StatutCandidature::Auditionne => "Auditionné",
            StatutCandidature::Laureat => "Lauréat",
            StatutCandidature::ListeAttente => "Liste d'attente",
            StatutCandidature::NonRetenu => "Non retenu",
            StatutCandidature::Desiste => "Désisté",
        }
    }

    /// Terminal states: only an admin reopening leaves them. A laureate may still withdraw, which is what lets
    /// the waiting list move up.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            StatutCandidature::Irrecevable
                | StatutCandidature::NonRetenu
                | StatutCandidature::Laureat
                | StatutCandidature::Desiste
        )
    }

    /// Whether the agent may still withdraw: any state after `depose` except the closed refusals and
    /// withdrawal itself.
    pub fn allows_withdrawal(self) -> bool {
        !matches!(
            self,
            StatutCandidature::Brouillon
                | StatutCandidature::Irrecevable
                | StatutCandidature::NonRetenu
                | StatutCandidature::Desiste
        )
    }
}

impl fmt::Display for StatutCandidature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// An action on a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionCandidature {
    /// Agent: brouillon → déposé.
    Deposer,
    /// Admin: déposé → à compléter, with a message to the agent.
    DemanderCorrections {
        /// What to correct.
        message: String,
    },
    /// Agent: à compléter → déposé.
    Completer,
    /// Admin: déposé → recevable.
    DeclarerRecevable,
    /// Admin: déposé → irrecevable, motivated (the failed checklist items).
    DeclarerIrrecevable {
        /// Why.
        motivation: String,
    },
    /// Admin, from the pre-jury result: recevable → présélectionné.
    Preselectionner,
    /// Admin: présélectionné → auditionné, once the audition is held.
    MarquerAuditionne,
    /// Admin (recevable) or jury president (auditionné, liste d'attente): → non retenu, motivated.
    NePasRetenir {
        /// Why.
        motivation: String,
    },
    /// Jury president: auditionné → lauréat, or liste d'attente → lauréat after a laureate withdrew; motivated.
    DeclarerLaureat {
        /// Why.
        motivation: String,
    },
    /// Jury president: auditionné → liste d'attente, motivated.
    MettreEnListeAttente {
        /// Why.
        motivation: String,
    },
    /// Agent: withdraw.
    Desister,
    /// Admin: a terminal state back to the previous one, with a reason.
    Rouvrir {
        /// Why.
        motif: String,
    },
}

impl ActionCandidature {
    /// ASCII code of the action.
    pub fn code(&self) -> &'static str {
        match self {
            ActionCandidature::Deposer => "deposer",
            ActionCandidature::DemanderCorrections { .. } => "demander_corrections",
            ActionCandidature::Completer => "completer",
            ActionCandidature::DeclarerRecevable => "declarer_recevable",
            ActionCandidature::DeclarerIrrecevable { .. } => "declarer_irrecevable",
            ActionCandidature::Preselectionner => "preselectionner",
            ActionCandidature::MarquerAuditionne => "marquer_auditionne",
            ActionCandidature::NePasRetenir { .. } => "ne_pas_retenir",
            ActionCandidature::DeclarerLaureat { .. } => "declarer_laureat",
            ActionCandidature::MettreEnListeAttente { .. } => "mettre_en_liste_attente",
            ActionCandidature::Desister => "desister",
            ActionCandidature::Rouvrir { .. } => "rouvrir",
        }
    }

    fn text(&self) -> Option<&str> {
        match self {
            ActionCandidature::DemanderCorrections { message } => Some(message),
            ActionCandidature::DeclarerIrrecevable { motivation }
            | ActionCandidature::NePasRetenir { motivation }
            | ActionCandidature::DeclarerLaureat { motivation }
            | ActionCandidature::MettreEnListeAttente { motivation } => Some(motivation),
            ActionCandidature::Rouvrir { motif } => Some(motif),
            _ => None,
        }
    }
}

/// The structural table of the machine: the target of `action` from `from` and the role allowed to take it, or `None`
/// when the move does not exist.
///
/// `Rouvrir` is handled apart (its target is the previous state).
pub fn table_transition(
    from: StatutCandidature,
    action: &ActionCandidature,
) -> Option<(StatutCandidature, Role)> {
    use ActionCandidature as A;
    use StatutCandidature as S;
    match (from, action) {
        (S::Brouillon, A::Deposer) => Some((S::Depose, Role::Agent)),
        (S::Depose, A::DemanderCorrections { .. }) => Some((S::ACompleter, Role::AdminIncubateur)),
        (S::ACompleter, A::Completer) => Some((S::Depose, Role::Agent)),
        (S::Depose, A::DeclarerRecevable) => Some((S::Recevable, Role::AdminIncubateur)),
        (S::Depose, A::DeclarerIrrecevable { .. }) => Some((S::Irrecevable, Role::AdminIncubateur)),
        (S::Recevable, A::Preselectionner) => Some((S::Preselectionne, Role::AdminIncubateur)),
        (S::Recevable, A::NePasRetenir { .. }) => Some((S::NonRetenu, Role::AdminIncubateur)),
        (S::Preselectionne, A::MarquerAuditionne) => Some((S::Auditionne, Role::AdminIncubateur)),
        (S::Auditionne, A::DeclarerLaureat { .. }) => Some((S::Laureat, Role::PresidentJury)),
        (S::Auditionne, A::MettreEnListeAttente { .. }) => {
            Some((S::ListeAttente, Role::PresidentJury))
        }
        (S::Auditionne, A::NePasRetenir { .. }) => Some((S::NonRetenu, Role::PresidentJury)),
        (S::ListeAttente, A::DeclarerLaureat { .. }) => Some((S::Laureat, Role::PresidentJury)),
        (S::ListeAttente, A::NePasRetenir { .. }) => Some((S::NonRetenu, Role::PresidentJury)),
        (from, A::Desister) if from.allows_withdrawal() => Some((S::Desiste, Role::Agent)),
        _ => None,
    }
}

/// Facts the guards need, given by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContexteCandidature {
    /// State of the call.
    pub statut_appel: StatutAppel,
    /// Whether the call accepts submissions now (published, before `closes_at`).
    pub appel_ouvert: bool,
    /// Problems found by the form validation (empty when the form is complete).
    pub erreurs_formulaire: Vec<ErreurChamp>,
    /// Whether the audition was held.
    pub audition_tenue: bool,
    /// Whether a laureate of the call withdrew (needed to promote from the waiting list).
    pub desistement_laureat: bool,
}

/// Why an action on a submission is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CandidatureError {
    /// The move does not exist.
    #[error("transition interdite : « {action} » n'est pas possible depuis l'état « {statut} »")]
    TransitionInterdite {
        /// Action code.
        action: &'static str,
        /// Current state.
        statut: StatutCandidature,
    },
    /// The role may not take this move.
    #[error(
        "l'action « {action} » depuis l'état « {statut} » est réservée au rôle « {attendu} » (rôle : {role})"
    )]
    RoleNonAutorise {
        /// Action code.
        action: &'static str,
        /// Current state.
        statut: StatutCandidature,
        /// Role required.
        attendu: Role,
        /// Role of the actor.
        role: Role,
    },
    /// The call does not accept submissions.
    #[error("l'appel n'accepte pas de dépôt (non publié ou clos)")]
    AppelFerme,
    /// The form is incomplete.
    #[error("formulaire incomplet : {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ; "))]
    FormulaireIncomplet(Vec<ErreurChamp>),
    /// Corrections are no longer accepted once the call is past eligibility.
    #[error("les corrections ne sont plus acceptées : l'appel est à l'étape « {0} »")]
    CorrectionsCloses(StatutAppel),
    /// A motivation or message is required.
    #[error("l'action « {0} » doit être motivée")]
    MotivationObligatoire(&'static str),
    /// The audition was not held.
    #[error("l'audition n'a pas eu lieu")]
    AuditionNonTenue,
    /// Jury decisions need the call in deliberation.
    #[error("les décisions du jury se prennent pendant la délibération (appel à l'étape « {0} »)")]
    HorsDeliberation(StatutAppel),
    /// The waiting list moves up only after a laureate withdrew.
    #[error("aucun lauréat ne s'est désisté : la liste d'attente ne peut pas être appelée")]
    AucunDesistement,
    /// Reopening needs a terminal state with a known previous state.
    #[error("seule une candidature close peut être rouverte, vers son état précédent")]
    ReouvertureImpossible,
}

/// A submission.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidature {
    /// Id.
    pub id: CandidatureId,
    /// Version of the form answered.
    pub form_version: u32,
    /// Current state.
    pub statut: StatutCandidature,
    /// One entry per transition, in order.
    pub journal: Vec<EntreeJournal<StatutCandidature>>,
}

impl Candidature {
    /// A new draft.
    pub fn new(id: CandidatureId, form_version: u32) -> Self {
        Candidature {
            id,
            form_version,
            statut: StatutCandidature::Brouillon,
            journal: Vec::new(),
        }
    }

    /// The state before the last transition, if any.
    pub fn previous_state(&self) -> Option<StatutCandidature> {
        self.journal.last().map(|entry| entry.avant)
    }

    /// Whether the agent may still edit the answers (only drafts and correction requests).
    pub fn is_editable(&self) -> bool {
        matches!(
            self.statut,
            StatutCandidature::Brouillon | StatutCandidature::ACompleter
        )
    }

    /// Decides an action without changing anything.
    pub fn decide(
        &self,
        action: &ActionCandidature,
        role: Role,
        contexte: &ContexteCandidature,
    ) -> Result<StatutCandidature, CandidatureError> {
        let refused = CandidatureError::TransitionInterdite {
            action: action.code(),
            statut: self.statut,
        };
        if let ActionCandidature::Rouvrir { motif } = action {
            if !self.statut.is_terminal() {
                return Err(refused);
            }
            if role != Role::AdminIncubateur {
                return Err(CandidatureError::RoleNonAutorise {
                    action: action.code(),
                    statut: self.statut,
                    attendu: Role::AdminIncubateur,
                    role,
                });
            }
            if motif.trim().is_empty() {
                return Err(CandidatureError::MotivationObligatoire(action.code()));
            }
            return self
                .previous_state()
                .ok_or(CandidatureError::ReouvertureImpossible);
        }
        let Some((target, expected_role)) = table_transition(self.statut, action) else {
            return Err(refused);
        };
        if role != expected_role {
            return Err(CandidatureError::RoleNonAutorise {
                action: action.code(),
                statut: self.statut,
                attendu: expected_role,
                role,
            });
        }
        if action.text().is_some_and(|text| text.trim().is_empty()) {
            return Err(CandidatureError::MotivationObligatoire(action.code()));
        }
        match action {
            ActionCandidature::Deposer => {
                if !contexte.appel_ouvert || contexte.statut_appel != StatutAppel::Publie {
                    return Err(CandidatureError::AppelFerme);
                }
                if !contexte.erreurs_formulaire.is_empty() {
                    return Err(CandidatureError::FormulaireIncomplet(
                        contexte.erreurs_formulaire.clone(),
                    ));
                }
            }
            ActionCandidature::Completer => {
                if contexte.statut_appel > StatutAppel::Eligibilite {
                    return Err(CandidatureError::CorrectionsCloses(contexte.statut_appel));
                }
                if !contexte.erreurs_formulaire.is_empty() {
                    return Err(CandidatureError::FormulaireIncomplet(
                        contexte.erreurs_formulaire.clone(),
                    ));
                }
            }
            ActionCandidature::MarquerAuditionne if !contexte.audition_tenue => {
                return Err(CandidatureError::AuditionNonTenue);
            }
            ActionCandidature::DeclarerLaureat { .. }
            | ActionCandidature::MettreEnListeAttente { .. }
            | ActionCandidature::NePasRetenir { .. }
                if expected_role == Role::PresidentJury
                    && contexte.statut_appel != StatutAppel::Deliberation =>
            {
                return Err(CandidatureError::HorsDeliberation(contexte.statut_appel));
            }
            _ => {}
        }
        if self.statut == StatutCandidature::ListeAttente
            && matches!(action, ActionCandidature::DeclarerLaureat { .. })
            && !contexte.desistement_laureat
        {
            return Err(CandidatureError::AucunDesistement);
        }
        Ok(target)
    }

    /// Applies an action: changes the state and appends exactly one journal entry, or changes nothing.
    pub fn apply(
        &mut self,
        action: &ActionCandidature,
        role: Role,
        contexte: &ContexteCandidature,
        horodatage: NaiveDateTime,
    ) -> Result<StatutCandidature, CandidatureError> {
        let target = self.decide(action, role, contexte)?;
        self.journal.push(EntreeJournal {
            acteur: role,
            action: action.code(),
            avant: self.statut,
            apres: target,
            motif: action.text().map(str::to_owned),
            horodatage,
        });
        self.statut = target;
        Ok(target)
    }

    /// Every state this submission has been in, in order, starting with `brouillon`.
    pub fn states_reached(&self) -> Vec<StatutCandidature> {
        let mut states = vec![StatutCandidature::Brouillon];
        states.extend(self.journal.iter().map(|entry| entry.apres));
        states
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn open_context() -> ContexteCandidature {
        ContexteCandidature {
            statut_appel: StatutAppel::Publie,
            appel_ouvert: true,
            erreurs_formulaire: Vec::new(),
            audition_tenue: true,
            desistement_laureat: true,
        }
    }

    fn at() -> NaiveDateTime {
        NaiveDateTime::parse_from_str("2017-11-20 10:00", "%Y-%m-%d %H:%M").expect("date-time")
    }

    fn motivated(text: &str) -> String {
        text.to_owned()
    }

    #[test]
    fn a_laureate_path_records_one_entry_per_step() {
        let mut candidature = Candidature::new(CandidatureId(1), 1);
        let mut contexte = open_context();
        candidature
            .apply(&ActionCandidature::Deposer, Role::Agent, &contexte, at())
            .expect("submit");
        assert!(!candidature.is_editable());
        contexte.statut_appel = StatutAppel::Eligibilite;
        candidature
            .apply(
                &ActionCandidature::DemanderCorrections {
                    message: motivated("Chiffrez le problème."),
                },
                Role::AdminIncubateur,
                &contexte,
                at(),
            )
            .expect("ask corrections");
        assert!(candidature.is_editable());
        candidature
            .apply(&ActionCandidature::Completer, Role::Agent, &contexte, at())
            .expect("complete");
        candidature
            .apply(
                &ActionCandidature::DeclarerRecevable,
                Role::AdminIncubateur,
                &contexte,
                at(),
            )
            .expect("recevable");
        candidature
            .apply(
                &ActionCandidature::Preselectionner,
                Role::AdminIncubateur,
                &contexte,
                at(),
            )
            .expect("preselect");
        candidature
            .apply(
                &ActionCandidature::MarquerAuditionne,
                Role::AdminIncubateur,
                &contexte,
                at(),
            )
            .expect("audition");
        contexte.statut_appel = StatutAppel::Deliberation;
        candidature
            .apply(
                &ActionCandidature::DeclarerLaureat {
                    motivation: motivated("Problème massif et porteuse solide."),
                },
                Role::PresidentJury,
                &contexte,
                at(),
            )
            .expect("laureate");
        assert_eq!(candidature.statut, StatutCandidature::Laureat);
        assert_eq!(candidature.journal.len(), 7);
        assert_eq!(candidature.states_reached().len(), 8);
    }

    #[test]
    fn forbidden_moves_and_guards_give_french_messages() {
        let candidature = Candidature::new(CandidatureId(2), 1);
        let contexte = open_context();
        let error = candidature
            .decide(
                &ActionCandidature::DeclarerLaureat {
                    motivation: "x".into(),
                },
                Role::PresidentJury,
                &contexte,
            )
            .expect_err("a draft cannot win");
        assert_eq!(
            error.to_string(),
            "transition interdite : « declarer_laureat » n'est pas possible depuis l'état « Brouillon »"
        );
        let closed = ContexteCandidature {
            appel_ouvert: false,
            ..open_context()
        };
        assert_eq!(
            candidature.decide(&ActionCandidature::Deposer, Role::Agent, &closed),
            Err(CandidatureError::AppelFerme)
        );
        let error = candidature
            .decide(
                &ActionCandidature::Deposer,
                Role::AdminIncubateur,
                &contexte,
            )
            .expect_err("not the agent");
        assert!(
            error.to_string().contains("réservée au rôle « agent »"),
            "{error}"
        );
        let mut deposited = candidature.clone();
        deposited.statut = StatutCandidature::Depose;
        let error = deposited
            .decide(
                &ActionCandidature::DeclarerIrrecevable {
                    motivation: "  ".into(),
                },
                Role::AdminIncubateur,
                &contexte,
            )
            .expect_err("motivation");
        assert_eq!(
            error.to_string(),
            "l'action « declarer_irrecevable » doit être motivée"
        );
    }

    #[test]
    fn corrections_close_after_eligibility_and_the_waiting_list_needs_a_withdrawal() {
        let mut candidature = Candidature::new(CandidatureId(3), 1);
        candidature.statut = StatutCandidature::ACompleter;
        let late = ContexteCandidature {
            statut_appel: StatutAppel::Preselection,
            ..open_context()
        };
        assert_eq!(
            candidature.decide(&ActionCandidature::Completer, Role::Agent, &late),
            Err(CandidatureError::CorrectionsCloses(
                StatutAppel::Preselection
            ))
        );
        candidature.statut = StatutCandidature::ListeAttente;
        let no_withdrawal = ContexteCandidature {
            statut_appel: StatutAppel::Deliberation,
            desistement_laureat: false,
            ..open_context()
        };
        assert_eq!(
            candidature.decide(
                &ActionCandidature::DeclarerLaureat {
                    motivation: "x".into()
                },
                Role::PresidentJury,
                &no_withdrawal
            ),
            Err(CandidatureError::AucunDesistement)
        );
    }

    #[test]
    fn reopening_returns_to_the_previous_state() {
        let mut candidature = Candidature::new(CandidatureId(4), 1);
        let contexte = open_context();
        candidature
            .apply(&ActionCandidature::Deposer, Role::Agent, &contexte, at())
            .expect("submit");
        candidature
            .apply(
                &ActionCandidature::DeclarerIrrecevable {
                    motivation: "Hors périmètre".into(),
                },
                Role::AdminIncubateur,
                &contexte,
                at(),
            )
            .expect("irrecevable");
        let reopen = ActionCandidature::Rouvrir {
            motif: "Erreur sur le périmètre".into(),
        };
        assert!(matches!(
            candidature.decide(&reopen, Role::Agent, &contexte),
            Err(CandidatureError::RoleNonAutorise { .. })
        ));
        assert_eq!(
            candidature.apply(&reopen, Role::AdminIncubateur, &contexte, at()),
            Ok(StatutCandidature::Depose)
        );
        assert_eq!(candidature.journal.len(), 3);
        assert_eq!(
            candidature
                .decide(&reopen, Role::AdminIncubateur, &contexte)
                .map_err(|e| e.to_string()),
            Err(
                "transition interdite : « rouvrir » n'est pas possible depuis l'état « Déposé »"
                    .to_owned()
            )
        );
    }
}
