//! Closing the deliberation.
//!
//! One motivated decision per auditioned submission, and the minutes carrying the attendance, the recusals and the
//! SHA-256 of the canonical score sheet, from which the letters are written.

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::JureId;
use super::notation::FeuilleDeNotes;
use crate::domain::candidature::{ActionCandidature, CandidatureId};

/// The jury's decision on a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IssueDecision {
    /// Lauréat.
    Laureat,
    /// Liste d'attente.
    ListeAttente,
    /// Non retenu.
    NonRetenu,
    /// Désisté (the agent withdrew; no motivation needed).
    Desiste,
}

impl IssueDecision {
    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            IssueDecision::Laureat => "Lauréat",
            IssueDecision::ListeAttente => "Liste d'attente",
            IssueDecision::NonRetenu => "Non retenu",
            IssueDecision::Desiste => "Désisté",
        }
    }

    /// Whether a motivation is required.
    pub fn needs_motivation(self) -> bool {
        self != IssueDecision::Desiste
    }

    /// The submission-machine action that carries this decision out.
    pub fn action(self, motivation: &str) -> ActionCandidature {
        let motivation = motivation.to_owned();
        match self {
            IssueDecision::Laureat => ActionCandidature::DeclarerLaureat { motivation },
            IssueDecision::ListeAttente => ActionCandidature::MettreEnListeAttente { motivation },
            IssueDecision::NonRetenu => ActionCandidature::NePasRetenir { motivation },
            IssueDecision::Desiste => ActionCandidature::Desister,
        }
    }
}

impl fmt::Display for IssueDecision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A decision with its motivation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Submission.
    pub candidature: CandidatureId,
    /// Outcome.
    pub issue: IssueDecision,
    /// Why (required except for a withdrawal).
    pub motivation: String,
}

/// Why the deliberation cannot be closed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DeliberationError {
    /// An auditioned submission has no decision.
    #[error("la candidature {0} n'a pas de décision")]
    DecisionManquante(CandidatureId),
    /// A decision lacks its motivation.
    #[error("la décision sur la candidature {0} doit être motivée")]
    MotivationManquante(CandidatureId),
    /// Two decisions for one submission.
    #[error("la candidature {0} a deux décisions")]
    DecisionEnDouble(CandidatureId),
    /// A decision on a submission that was not auditioned.
    #[error("la candidature {0} n'a pas été auditionnée")]
    NonAuditionnee(CandidatureId),
    /// Nobody attended.
    #[error("le procès-verbal doit lister les participants")]
    AucunParticipant,
}

/// The minutes of the deliberation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcesVerbal {
    /// Call title.
    pub appel: String,
    /// Date of the deliberation.
    pub date: NaiveDate,
    /// President of the jury.
    pub president: String,
    /// Members present.
    pub participants: Vec<String>,
    /// Recused (juror, submission) pairs.
    pub recusations: Vec<(JureId, CandidatureId)>,
    /// Decisions, in submission order.
    pub decisions: Vec<Decision>,
    /// SHA-256 (hex) of the canonical score sheet.
    pub empreinte_feuille: String,
}

/// SHA-256, in lowercase hex, of the sheet's canonical text (see [`FeuilleDeNotes::canonical_text`]).
pub fn score_sheet_hash(feuille: &FeuilleDeNotes) -> String {
    hex::encode(Sha256::digest(feuille.canonical_text().as_bytes()))
}

/// Closes the deliberation: checks one motivated decision per auditioned submission and writes the minutes.
pub fn close_deliberation(
    appel: &str,
    date: NaiveDate,
    president: &str,
    participants: Vec<String>,
    auditionnees: &[CandidatureId],
    decisions: Vec<Decision>,
    feuille: &FeuilleDeNotes,
) -> Result<ProcesVerbal, Vec<DeliberationError>> {
    let mut errors = Vec::new();
    if participants.is_empty() {
        errors.push(DeliberationError::AucunParticipant);
    }
    let mut seen = BTreeSet::new();
    for decision in &decisions {
        if !seen.insert(decision.candidature) {
            errors.push(DeliberationError::DecisionEnDouble(decision.candidature));
        }
        if !auditionnees.contains(&decision.candidature) {
            errors.push(DeliberationError::NonAuditionnee(decision.candidature));
        }
        if decision.issue.needs_motivation() && decision.motivation.trim().is_empty() {
            errors.push(DeliberationError::MotivationManquante(decision.candidature));
        }
    }
    errors.extend(
        auditionnees
            .iter()
            .filter(|id| !seen.contains(*id))
            .map(|id| DeliberationError::DecisionManquante(*id)),
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut decisions = decisions;
    decisions.sort_by_key(|decision| decision.candidature);
    Ok(ProcesVerbal {
        appel: appel.to_owned(),
        date,
        president: president.to_owned(),
        participants,
        recusations: feuille.recusations().iter().copied().collect(),
        decisions,
        empreinte_feuille: score_sheet_hash(feuille),
    })
}

impl ProcesVerbal {
    /// The printable text of the minutes.
    pub fn render_text(&self) -> String {
        let mut text = format!(
            "Procès-verbal de délibération — {}\nDate : {}\nPrésident : {}\nParticipants : {}\n",
            self.appel,
            self.date,
            self.president,
            self.participants.join(", ")
        );
        if self.recusations.is_empty() {
            text.push_str("Déports : aucun\n");
        } else {
            let list: Vec<String> = self
                .recusations
                .iter()
                .map(|(j, c)| format!("juré {j} pour la candidature {c}"))
                .collect();
            text.push_str(&format!("Déports : {}\n", list.join(" ; ")));
        }
        text.push_str("Décisions :\n");
        for decision in &self.decisions {
            text.push_str(&format!(
                "- candidature {} : {} — {}\n",
                decision.candidature, decision.issue, decision.motivation
            ));
        }
        text.push_str(&format!(
            "Empreinte SHA-256 de la feuille de notes : {}\n",
            self.empreinte_feuille
        ));
        text
    }

    /// The letter to the agent of one submission, written from the minutes.
    pub fn letter(&self, candidature: CandidatureId, destinataire: &str) -> Option<String> {
        let decision = self
            .decisions
            .iter()
            .find(|d| d.candidature == candidature)?;
        let body = match decision.issue {
            IssueDecision::Laureat => {
                "Nous avons le plaisir de vous annoncer que votre projet a été retenu par le jury."
            }
            IssueDecision::ListeAttente => "Le jury a placé votre projet sur liste d'attente.",
            IssueDecision::NonRetenu => {
                "Nous avons le regret de vous informer que votre projet n'a pas été retenu."
            }
            IssueDecision::Desiste => "Nous prenons acte de votre désistement.",
        };
        Some(format!(
            "{destinataire},\n\n{body}\n\nMotivation : {}\n\nDélibération du {} ({}).\n",
            if decision.motivation.is_empty() {
                "—"
            } else {
                &decision.motivation
            },
            self.date,
            self.appel
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::jury::grille::Grille;

    fn sheet() -> FeuilleDeNotes {
        let mut feuille = FeuilleDeNotes::new(
            Grille::defaut(),
            vec![JureId(1), JureId(2)],
            vec![CandidatureId(1), CandidatureId(2)],
        );
        for (jure, c, grade) in [(1, 1, 4.0), (1, 2, 2.0), (2, 1, 3.5)] {
            feuille
                .enter(JureId(jure), CandidatureId(c), vec![grade; 4], None)
                .expect("score");
        }
        feuille.recuse(JureId(2), CandidatureId(2)).expect("recuse");
        feuille.submit(JureId(1)).expect("submit");
        feuille.submit(JureId(2)).expect("submit");
        feuille
    }

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2018, 1, 11).expect("date")
    }

    #[test]
    fn hash_is_stable_and_changes_with_a_grade() {
        let feuille = sheet();
        let hash = score_sheet_hash(&feuille);
        assert_eq!(hash.len(), 64);
        assert_eq!(hash, score_sheet_hash(&sheet()));
        let mut other = FeuilleDeNotes::new(
            Grille::defaut(),
            vec![JureId(1), JureId(2)],
            vec![CandidatureId(1), CandidatureId(2)],
        );
        for (jure, c, grade) in [(1, 1, 4.0), (1, 2, 2.5), (2, 1, 3.5)] {
            other
                .enter(JureId(jure), CandidatureId(c), vec![grade; 4], None)
                .expect("score");
        }
        other.recuse(JureId(2), CandidatureId(2)).expect("recuse");
        other.submit(JureId(1)).expect("submit");
        other.submit(JureId(2)).expect("submit");
        assert_ne!(hash, score_sheet_hash(&other));
        // The hash is the SHA-256 of the canonical text, which a reader can recompute.
        assert_eq!(
            hash,
            hex::encode(Sha256::digest(feuille.canonical_text().as_bytes()))
        );
    }

    #[test]
    fn every_auditioned_submission_needs_a_motivated_decision() {
        let decisions = vec![Decision {
            candidature: CandidatureId(1),
            issue: IssueDecision::Laureat,
            motivation: " ".into(),
        }];
        let errors = close_deliberation(
            "Appel 2017",
            date(),
            "La présidente",
            vec!["A".into()],
            &[CandidatureId(1), CandidatureId(2)],
            decisions,
            &sheet(),
        )
        .expect_err("incomplete");
        assert_eq!(
            errors,
            [
                DeliberationError::MotivationManquante(CandidatureId(1)),
                DeliberationError::DecisionManquante(CandidatureId(2))
            ]
        );
    }

    #[test]
    fn minutes_carry_recusals_the_hash_and_give_letters() {
        let decisions = vec![
            Decision {
                candidature: CandidatureId(2),
                issue: IssueDecision::NonRetenu,
                motivation: "Problème déjà couvert par un service existant.".into(),
            },
            Decision {
                candidature: CandidatureId(1),
                issue: IssueDecision::Laureat,
                motivation: "Problème massif, porteuse engagée.".into(),
            },
        ];
        let feuille = sheet();
        let pv = close_deliberation(
            "Appel 2017",
            date(),
            "La présidente",
            vec!["DGPR".into(), "CGDD".into()],
            &[CandidatureId(1), CandidatureId(2)],
            decisions,
            &feuille,
        )
        .expect("complete");
        assert_eq!(pv.decisions[0].candidature, CandidatureId(1));
        assert_eq!(pv.recusations, vec![(JureId(2), CandidatureId(2))]);
        let text = pv.render_text();
        assert!(text.contains(&score_sheet_hash(&feuille)));
        assert!(text.contains("juré 2 pour la candidature 2"));
        let letter = pv.letter(CandidatureId(2), "Madame").expect("letter");
        assert!(letter.contains("n'a pas été retenu") && letter.contains("Problème déjà couvert"));
        assert_eq!(pv.letter(CandidatureId(9), "x"), None);
        assert_eq!(
            IssueDecision::Desiste.action(""),
            ActionCandidature::Desister
        );
    }
}
