//! Call for projects (`AppelAProjets`) and its state machine: brouillon → publié → clos → éligibilité →
//! présélection → auditions → délibération → notifié → archivé (spec §3.3).
//!
//! States only move forward, one step at a time, each behind its guard. Going back is an admin-only action with a
//! reason, recorded in the journal like any other transition.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use thiserror::Error;

use super::dates::{add_months, minus_days};
use super::ids::IncubateurId;
use super::journal::EntreeJournal;
use super::perimetre::Perimetre;
use super::roles::Role;

/// State of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatutAppel {
    /// `brouillon`: being written.
    Brouillon,
    /// `publie`: open to submissions.
    Publie,
    /// `clos`: closed at `closes_at`.
    Clos,
    /// `eligibilite`: submissions checked against the scope and checklist.
    Eligibilite,
    /// `preselection`: the pre-jury marks the recevable submissions.
    Preselection,
    /// `auditions`: pre-selected submissions are auditioned.
    Auditions,
    /// `deliberation`: the jury deliberates.
    Deliberation,
    /// `notifie`: decisions sent.
    Notifie,
    /// `archive`: the retention clock runs.
    Archive,
}

impl StatutAppel {
    /// Every state, in order.
    pub const ALL: [StatutAppel; 9] = [
        StatutAppel::Brouillon,
        StatutAppel::Publie,
        StatutAppel::Clos,
        StatutAppel::Eligibilite,
        StatutAppel::Preselection,
        StatutAppel::Auditions,
        StatutAppel::Deliberation,
        StatutAppel::Notifie,
        StatutAppel::Archive,
    ];

    /// ASCII code.
    pub fn code(self) -> &'static str {
        match self {
            StatutAppel::Brouillon => "brouillon",
            StatutAppel::Publie => "publie",
            StatutAppel::Clos => "clos",
            StatutAppel::Eligibilite => "eligibilite",
            StatutAppel::Preselection => "preselection",
            StatutAppel::Auditions => "auditions",
            StatutAppel::Deliberation => "deliberation",
            StatutAppel::Notifie => "notifie",
            StatutAppel::Archive => "archive",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            StatutAppel::Brouillon => "Brouillon",
            StatutAppel::Publie => "Publié",
            StatutAppel::Clos => "Clos",
            StatutAppel::Eligibilite => "Éligibilité",
            StatutAppel::Preselection => "Présélection",
            StatutAppel::Auditions => "Auditions",
            StatutAppel::Deliberation => "Délibération",
            StatutAppel::Notifie => "Notifié",
            StatutAppel::Archive => "Archivé",
        }
    }
}

impl fmt::Display for StatutAppel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// An action on a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionAppel {
    /// brouillon → publié.
    Publier,
    /// publié → clos (the scheduler does it at `closes_at`).
    Clore,
    /// clos → éligibilité.
    OuvrirEligibilite,
    /// éligibilité → présélection.
    OuvrirPreselection,
    /// présélection → auditions.
    OuvrirAuditions,
    /// auditions → délibération.
    OuvrirDeliberation,
    /// délibération → notifié.
    Notifier,
    /// notifié → archivé.
    Archiver,
    /// Back to an earlier state: admin only, with a reason.
    Revenir {
        /// Target state (strictly earlier).
        vers: StatutAppel,
        /// Why.
        motif: String,
    },
}

impl ActionAppel {
    /// The forward actions, in order.
    pub const FORWARD: [ActionAppel; 8] = [
        ActionAppel::Publier,
        ActionAppel::Clore,
        ActionAppel::OuvrirEligibilite,
        ActionAppel::OuvrirPreselection,
        ActionAppel::OuvrirAuditions,
        ActionAppel::OuvrirDeliberation,
        ActionAppel::Notifier,
        ActionAppel::Archiver,
    ];

    /// ASCII code of the action.
    pub fn code(&self) -> &'static str {
        match self {
            ActionAppel::Publier => "publier",
            ActionAppel::Clore => "clore",
            ActionAppel::OuvrirEligibilite => "ouvrir_eligibilite",
            ActionAppel::OuvrirPreselection => "ouvrir_preselection",
            ActionAppel::OuvrirAuditions => "ouvrir_auditions",
            ActionAppel::OuvrirDeliberation => "ouvrir_deliberation",
            ActionAppel::Notifier => "notifier",
            ActionAppel::Archiver => "archiver",
            ActionAppel::Revenir { .. } => "revenir",
        }
    }
}

/// Facts the guards need, computed by the caller from the submissions and the jury.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaitsAppel {
    /// Now, in Paris civil time (the calendar of a call is in Europe/Paris).
    pub maintenant: NaiveDateTime,
    /// Submissions neither recevable nor irrecevable yet.
    pub candidatures_non_instruites: usize,
    /// Pre-selected submissions.
    pub preselectionnees: usize,
    /// Whether the audition plan and its seed are frozen.
    pub plan_fige: bool,
    /// Auditions neither held nor marked absent.
    pub auditions_en_attente: usize,
    /// Whether the president closed the deliberation.
    pub deliberation_close: bool,
    /// Auditioned submissions without a decision (or without a required motivation).
    pub decisions_manquantes: usize,
    /// Whether the decision letters were sent.
    pub lettres_envoyees: bool,
}

/// Maximum number of pre-selected submissions (10–12 usual, 20 at most).
pub const PRESELECTION_MAX: usize = 20;
/// Default retention of non-selected submissions, in months.
pub const RETENTION_DEFAUT: u8 = 12;
/// Maximum retention, in months.
pub const RETENTION_MAX: u8 = 60;
/// Notice given before a purge, in days.
pub const PREAVIS_PURGE_JOURS: u64 = 14;

/// Why a call action is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AppelError {
    /// The action does not start from this state.
    #[error("transition interdite : « {action} » n'est pas possible depuis l'état « {statut} »")]
    TransitionInterdite {
        /// Action code.
        action: &'static str,
        /// Current state.
        statut: StatutAppel,
    },
    /// The role may not take this action.
    #[error("action « {action} » réservée à l'équipe de l'incubateur (rôle : {role})")]
    RoleNonAutorise {
        /// Action code.
        action: &'static str,
        /// Role of the actor.
        role: Role,
    },
    /// Publication needs fields that are missing.
    #[error("publication impossible, à renseigner : {}", .0.join(", "))]
    PublicationIncomplete(Vec<&'static str>),
    /// The call cannot close before its closing time.
    #[error("l'appel ne peut être clos avant sa date de clôture ({0})")]
    ClotureAvantEcheance(NaiveDateTime),
    /// Submissions still wait for their eligibility decision.
    #[error("{0} candidature(s) ne sont encore ni recevables ni irrecevables")]
    CandidaturesNonInstruites(usize),
    /// The number of pre-selected submissions is out of bounds.
    #[error("{0} candidature(s) présélectionnée(s) : il en faut entre 1 et 20")]
    PreselectionHorsBornes(usize),
    /// The audition plan is not frozen.
    #[error("le planning des auditions et sa graine doivent être figés")]
    PlanNonFige,
    /// Some auditions are neither held nor marked absent.
    #[error("{0} audition(s) ni tenue(s) ni marquée(s) absente(s)")]
    AuditionsEnAttente(usize),
    /// The president has not closed the deliberation.
    #[error("la délibération n'a pas été close par le président du jury")]
    DeliberationOuverte,
    /// Decisions are missing.
    #[error("{0} décision(s) manquante(s) ou sans motivation")]
    DecisionsManquantes(usize),
    /// Letters not sent.
    #[error("les courriers de décision n'ont pas été envoyés")]
    LettresNonEnvoyees,
    /// Going back needs a reason.
    #[error("un retour en arrière doit être motivé")]
    MotifObligatoire,
    /// Going back must target an earlier state.
    #[error("retour impossible de « {de} » vers « {vers} » : seul un état antérieur est permis")]
    RetourImpossible {
        /// Current state.
        de: StatutAppel,
        /// Requested state.
        vers: StatutAppel,
    },
    /// Retention out of bounds.
    #[error("durée de conservation de {0} mois invalide (entre 1 et 60 mois)")]
    RetentionInvalide(u8),
}

/// A dated milestone of the call's calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jalon {
    /// What happens.
    pub libelle: String,
    /// When.
    pub date: NaiveDate,
}

/// A question of the FAQ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFaq {
    /// Question.
    pub question: String,
    /// Answer.
    pub reponse: String,
}

/// A call for projects.
#[derive(Debug, Clone, PartialEq)]
pub struct AppelAProjets {
    /// Incubator running the call.
    pub incubateur: IncubateurId,
    /// Title.
    pub title: String,
    /// Theme.
    pub theme: String,
    /// Who may submit.
    pub perimetre: Perimetre,
    /// Opening, Paris time.
    pub opens_at: Option<NaiveDateTime>,
    /// Closing, Paris time.
    pub closes_at: Option<NaiveDateTime>,
    /// Version of the form in use.
    pub form_version: Option<u32>,
    /// FAQ.
    pub faq: Vec<QuestionFaq>,
    /// Contact mailbox.
    pub contact_mailbox: Option<String>,
    /// Director who signs the call e-mail.
    pub signatory: Option<String>,
    /// Calendar.
    pub milestones: Vec<Jalon>,
    /// Retention of non-selected submissions, in months (default 12, max 60).
    pub retention_months: u8,
    /// Current state.
    pub statut: StatutAppel,
    /// Date the call was archived (start of the retention clock).
    pub archive_le: Option<NaiveDate>,
    /// One entry per transition.
    pub journal: Vec<EntreeJournal<StatutAppel>>,
}

fn forward_step(action: &ActionAppel) -> Option<(StatutAppel, StatutAppel)> {
    use StatutAppel::*;
    Some(match action {
        ActionAppel::Publier => (Brouillon, Publie),
        ActionAppel::Clore => (Publie, Clos),
        ActionAppel::OuvrirEligibilite => (Clos, Eligibilite),
        ActionAppel::OuvrirPreselection => (Eligibilite, Preselection),
        ActionAppel::OuvrirAuditions => (Preselection, Auditions),
        ActionAppel::OuvrirDeliberation => (Auditions, Deliberation),
        ActionAppel::Notifier => (Deliberation, Notifie),
        ActionAppel::Archiver => (Notifie, Archive),
        ActionAppel::Revenir { .. } => return None,
    })
}

impl AppelAProjets {
    /// A new call, in `brouillon`, with the default retention.
    pub fn new(
        incubateur: IncubateurId,
        title: String,
        theme: String,
        perimetre: Perimetre,
    ) -> Self {
        AppelAProjets {
            incubateur,
            title,
            theme,
            perimetre,
            opens_at: None,
            closes_at: None,
            form_version: None,
            faq: Vec::new(),
            contact_mailbox: None,
            signatory: None,
            milestones: Vec::new(),
            retention_months: RETENTION_DEFAUT,
            statut: StatutAppel::Brouillon,
            archive_le: None,
            journal: Vec::new(),
        }
    }

    /// Sets the retention, refusing values outside 1–60 months.
    pub fn set_retention(&mut self, months: u8) -> Result<(), AppelError> {
        if months == 0 || months > RETENTION_MAX {
            return Err(AppelError::RetentionInvalide(months));
        }
        self.retention_months = months;
        Ok(())
    }

    /// What publication still needs: form, calendar, scope, FAQ, mailbox and signatory.
    pub fn missing_for_publication(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.form_version.is_none() {
            missing.push("formulaire");
        }
        match (self.opens_at, self.closes_at) {
            (Some(opens), Some(closes)) if opens < closes => {}
            _ => missing.push("calendrier (ouverture avant clôture)"),
        }
        if self.perimetre.criteres.is_empty() {
            missing.push("périmètre");
        }
        if self.faq.is_empty() {
            missing.push("FAQ");
        }
        if self
            .contact_mailbox
            .as_deref()
            .is_none_or(|mailbox| !mailbox.contains('@'))
        {
            missing.push("boîte de contact");
        }
        if self
            .signatory
            .as_deref()
            .is_none_or(|name| name.trim().is_empty())
        {
            missing.push("signataire");
        }
        missing
    }

    /// Whether submissions are accepted at `maintenant` (published and before closing).
    pub fn accepts_submissions(&self, maintenant: NaiveDateTime) -> bool {
        self.statut == StatutAppel::Publie
            && self.opens_at.is_some_and(|opens| opens <= maintenant)
            && self.closes_at.is_some_and(|closes| maintenant < closes)
    }

    /// Decides an action without changing anything: the new state, or why not.
    pub fn decide(
        &self,
        action: &ActionAppel,
        role: Role,
        faits: &FaitsAppel,
    ) -> Result<StatutAppel, AppelError> {
        let refused = AppelError::TransitionInterdite {
            action: action.code(),
            statut: self.statut,
        };
        let target = match action {
            ActionAppel::Revenir { vers, .. } => {
                if *vers >= self.statut {
                    return Err(AppelError::RetourImpossible {
                        de: self.statut,
                        vers: *vers,
                    });
                }
                *vers
            }
            forward => match forward_step(forward) {
                Some((from, to)) if from == self.statut => to,
                _ => return Err(refused),
            },
        };
        if role != Role::AdminIncubateur {
            return Err(AppelError::RoleNonAutorise {
                action: action.code(),
                role,
            });
        }
        match action {
            ActionAppel::Publier => {
                let missing = self.missing_for_publication();
                if !missing.is_empty() {
                    return Err(AppelError::PublicationIncomplete(missing));
                }
            }
            ActionAppel::Clore => {
                if let Some(closes) = self.closes_at
                    && faits.maintenant < closes
                {
                    return Err(AppelError::ClotureAvantEcheance(closes));
                }
            }
            ActionAppel::OuvrirEligibilite => {}
            ActionAppel::OuvrirPreselection => {
                if faits.candidatures_non_instruites > 0 {
                    return Err(AppelError::CandidaturesNonInstruites(
                        faits.candidatures_non_instruites,
                    ));
                }
            }
            ActionAppel::OuvrirAuditions => {
                if faits.preselectionnees == 0 || faits.preselectionnees > PRESELECTION_MAX {
                    return Err(AppelError::PreselectionHorsBornes(faits.preselectionnees));
                }
                if !faits.plan_fige {
                    return Err(AppelError::PlanNonFige);
                }
            }
            ActionAppel::OuvrirDeliberation => {
                if faits.auditions_en_attente > 0 {
                    return Err(AppelError::AuditionsEnAttente(faits.auditions_en_attente));
                }
            }
            ActionAppel::Notifier => {
                if !faits.deliberation_close {
                    return Err(AppelError::DeliberationOuverte);
                }
                if faits.decisions_manquantes > 0 {
                    return Err(AppelError::DecisionsManquantes(faits.decisions_manquantes));
                }
                if !faits.lettres_envoyees {
                    return Err(AppelError::LettresNonEnvoyees);
                }
            }
            ActionAppel::Archiver => {}
            ActionAppel::Revenir { motif, .. } => {
                if motif.trim().is_empty() {
                    return Err(AppelError::MotifObligatoire);
                }
            }
        }
        Ok(target)
    }

    /// Applies an action: changes the state and appends exactly one journal entry, or changes nothing.
    pub fn apply(
        &mut self,
        action: &ActionAppel,
        role: Role,
        faits: &FaitsAppel,
        horodatage: NaiveDateTime,
    ) -> Result<&EntreeJournal<StatutAppel>, AppelError> {
        let target = self.decide(action, role, faits)?;
        let motif = match action {
            ActionAppel::Revenir { motif, .. } => Some(motif.clone()),
            _ => None,
        };
        self.journal.push(EntreeJournal {
            acteur: role,
            action: action.code(),
            avant: self.statut,
            apres: target,
            motif,
            horodatage,
        });
        self.statut = target;
        if target == StatutAppel::Archive {
            self.archive_le = Some(faits.maintenant.date());
        } else if self.archive_le.is_some() {
            self.archive_le = None;
        }
        self.journal.last().ok_or(AppelError::TransitionInterdite {
            action: action.code(),
            statut: target,
        })
    }

    /// The day non-selected submissions must be purged or anonymised: archive date + retention.
    pub fn purge_date(&self) -> Option<NaiveDate> {
        self.archive_le
            .map(|archived| add_months(archived, u32::from(self.retention_months)))
    }

    /// The day agents are warned of the purge: 14 days before it.
    pub fn purge_notice_date(&self) -> Option<NaiveDate> {
        self.purge_date()
            .map(|purge| minus_days(purge, PREAVIS_PURGE_JOURS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("valid date-time")
    }

    pub(crate) fn ready_call() -> AppelAProjets {
        let mut appel = AppelAProjets::new(
            IncubateurId::parse("mtes").expect("id"),
            "Premier appel à projets de la Fabrique numérique".into(),
            "Transition écologique et territoires".into(),
            Perimetre::premier_appel_fabrique(),
        );
        appel.form_version = Some(1);
        appel.opens_at = Some(at("2017-11-06 09:00"));
        appel.closes_at = Some(at("2017-12-01 18:00"));
        appel.faq = vec![QuestionFaq {
            question: "Qui peut candidater ?".into(),
            reponse: "Les agents…".into(),
        }];
        appel.contact_mailbox = Some("fabriquenumerique@example.gouv.fr".into());
        appel.signatory = Some("Le secrétaire général".into());
        appel
    }

    pub(crate) fn good_facts() -> FaitsAppel {
        FaitsAppel {
            maintenant: at("2017-12-02 09:00"),
            candidatures_non_instruites: 0,
            preselectionnees: 12,
            plan_fige: true,
            auditions_en_attente: 0,
            deliberation_close: true,
            decisions_manquantes: 0,
            lettres_envoyees: true,
        }
    }

    #[test]
    fn a_call_goes_from_draft_to_archive_with_one_entry_per_step() {
        let mut appel = ready_call();
        let facts = good_facts();
        for action in ActionAppel::FORWARD {
            appel
                .apply(&action, Role::AdminIncubateur, &facts, facts.maintenant)
                .expect("allowed");
        }
        assert_eq!(appel.statut, StatutAppel::Archive);
        assert_eq!(appel.journal.len(), 8);
        assert_eq!(
            appel.purge_date(),
            Some(NaiveDate::from_ymd_opt(2018, 12, 2).expect("date"))
        );
        assert_eq!(
            appel.purge_notice_date(),
            Some(NaiveDate::from_ymd_opt(2018, 11, 18).expect("date"))
        );
    }

    #[test]
    fn guards_give_french_reasons() {
        let mut appel = ready_call();
        appel.signatory = None;
        let facts = good_facts();
        let error = appel
            .decide(&ActionAppel::Publier, Role::AdminIncubateur, &facts)
            .expect_err("no signatory");
        assert_eq!(
            error.to_string(),
            "publication impossible, à renseigner : signataire"
        );
        let mut appel = ready_call();
        appel.statut = StatutAppel::Publie;
        let early = FaitsAppel {
            maintenant: at("2017-11-20 10:00"),
            ..good_facts()
        };
        assert!(matches!(
            appel.decide(&ActionAppel::Clore, Role::AdminIncubateur, &early),
            Err(AppelError::ClotureAvantEcheance(_))
        ));
        appel.statut = StatutAppel::Preselection;
        let too_many = FaitsAppel {
            preselectionnees: 21,
            ..good_facts()
        };
        assert_eq!(
            appel.decide(
                &ActionAppel::OuvrirAuditions,
                Role::AdminIncubateur,
                &too_many
            ),
            Err(AppelError::PreselectionHorsBornes(21))
        );
        let error = appel
            .decide(&ActionAppel::Archiver, Role::AdminIncubateur, &facts)
            .expect_err("skips steps");
        assert_eq!(
            error.to_string(),
            "transition interdite : « archiver » n'est pas possible depuis l'état « Présélection »"
        );
    }

    #[test]
    fn going_back_is_admin_only_motivated_and_journaled() {
        let mut appel = ready_call();
        appel.statut = StatutAppel::Deliberation;
        let facts = good_facts();
        let back = ActionAppel::Revenir {
            vers: StatutAppel::Auditions,
            motif: String::new(),
        };
        assert_eq!(
            appel.decide(&back, Role::AdminIncubateur, &facts),
            Err(AppelError::MotifObligatoire)
        );
        let back = ActionAppel::Revenir {
            vers: StatutAppel::Auditions,
            motif: "Candidat absent pour raison médicale".into(),
        };
        assert!(matches!(
            appel.decide(&back, Role::PresidentJury, &facts),
            Err(AppelError::RoleNonAutorise { .. })
        ));
        let entry = appel
            .apply(&back, Role::AdminIncubateur, &facts, facts.maintenant)
            .expect("allowed");
        assert_eq!(
            entry.motif.as_deref(),
            Some("Candidat absent pour raison médicale")
        );
        let forward = ActionAppel::Revenir {
            vers: StatutAppel::Notifie,
            motif: "x".into(),
        };
        assert!(matches!(
            appel.decide(&forward, Role::AdminIncubateur, &facts),
            Err(AppelError::RetourImpossible { .. })
        ));
    }

    #[test]
    fn retention_is_bounded() {
        let mut appel = ready_call();
        assert_eq!(appel.retention_months, 12);
        assert_eq!(
            appel.set_retention(61),
            Err(AppelError::RetentionInvalide(61))
        );
        assert_eq!(
            appel.set_retention(0),
            Err(AppelError::RetentionInvalide(0))
        );
        assert!(appel.set_retention(60).is_ok());
    }
}
