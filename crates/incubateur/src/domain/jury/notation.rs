//! The score sheet of a jury: entry, submission, recusal and who may see what.
//!
//! Confidentiality rules (spec §7): a juror sees the others' scores only after submitting their own; an
//! unsubmitted score is seen by nobody but its author; a recused juror neither enters nor sees scores of that
//! submission, and a recused cell is never visible nor counted. Private notes are seen by their author only.

use std::collections::{BTreeMap, BTreeSet};

use thiserror::Error;

use super::JureId;
use super::grille::{Grille, GrilleError};
use super::statistiques::Matrice;
use crate::domain::candidature::CandidatureId;
use crate::domain::roles::Role;

/// A juror's grades for one submission.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteJure {
    /// One grade per criterion.
    pub notes: Vec<f64>,
    /// Weighted total.
    pub total: f64,
    /// Private note, seen by the juror only.
    pub note_privee: Option<String>,
}

/// Who is reading the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lecteur {
    /// Role.
    pub role: Role,
    /// The juror, when the reader is one.
    pub jure: Option<JureId>,
}

/// A score as shown to a reader.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteVisible {
    /// Author.
    pub jure: JureId,
    /// Submission.
    pub candidature: CandidatureId,
    /// Grades.
    pub notes: Vec<f64>,
    /// Total.
    pub total: f64,
    /// Private note (only in the author's own view).
    pub note_privee: Option<String>,
}

/// Why a scoring action is refused.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum NotationError {
    /// Unknown juror.
    #[error("le juré {0} ne fait pas partie de ce jury")]
    JureInconnu(JureId),
    /// Unknown submission.
    #[error("la candidature {0} n'est pas soumise à ce jury")]
    CandidatureInconnue(CandidatureId),
    /// The juror is recused.
    #[error(
        "le juré {jure} s'est déporté pour la candidature {candidature} : il ne peut ni noter ni voir les notes"
    )]
    Recuse {
        /// Juror.
        jure: JureId,
        /// Submission.
        candidature: CandidatureId,
    },
    /// The juror already submitted.
    #[error("le juré {0} a déjà soumis ses notes : elles ne sont plus modifiables")]
    DejaSoumis(JureId),
    /// Scoring is closed.
    #[error("la notation est close : note tardive refusée")]
    NotationClose,
    /// Some submissions are not scored yet.
    #[error("{0} candidature(s) restent à noter avant de soumettre")]
    NotesManquantes(usize),
    /// Grades invalid for the grid.
    #[error(transparent)]
    Grille(#[from] GrilleError),
}

/// The score sheet of one call.
#[derive(Debug, Clone, PartialEq)]
pub struct FeuilleDeNotes {
    grille: Grille,
    jures: Vec<JureId>,
    candidatures: Vec<CandidatureId>,
    // The same members as sets: an entry checks membership in log time, so that loading a sheet of 2,000
    // submissions × 20 jurors stays linear (spec §6).
    jures_set: BTreeSet<JureId>,
    candidatures_set: BTreeSet<CandidatureId>,
    notes: BTreeMap<(JureId, CandidatureId), NoteJure>,
    soumis: BTreeSet<JureId>,
    recusations: BTreeSet<(JureId, CandidatureId)>,
    close: bool,
}

impl FeuilleDeNotes {
    /// An empty sheet.
    pub fn new(grille: Grille, jures: Vec<JureId>, candidatures: Vec<CandidatureId>) -> Self {
        FeuilleDeNotes {
            grille,
            jures_set: jures.iter().copied().collect(),
            candidatures_set: candidatures.iter().copied().collect(),
            jures,
            candidatures,
            notes: BTreeMap::new(),
            soumis: BTreeSet::new(),
            recusations: BTreeSet::new(),
            close: false,
        }
    }

    /// The grid.
    pub fn grille(&self) -> &Grille {
        &self.grille
    }

    /// Jurors.
    pub fn jures(&self) -> &[JureId] {
        &self.jures
    }

    /// Submissions.
    pub fn candidatures(&self) -> &[CandidatureId] {
        &self.candidatures
    }

    /// Recused pairs.
    pub fn recusations(&self) -> &BTreeSet<(JureId, CandidatureId)> {
        &self.recusations
    }

    /// Whether the juror submitted.
    pub fn has_submitted(&self, jure: JureId) -> bool {
        self.soumis.contains(&jure)
    }

    fn check_member(&self, jure: JureId, candidature: CandidatureId) -> Result<(), NotationError> {
        if !self.jures_set.contains(&jure) {
            return Err(NotationError::JureInconnu(jure));
        }
        if !self.candidatures_set.contains(&candidature) {
            return Err(NotationError::CandidatureInconnue(candidature));
        }
        Ok(())
    }

    /// Recuses a juror for a submission (declared or detected conflict). Any score they entered stays stored but
    /// is never shown nor counted.
    pub fn recuse(
        &mut self,
        jure: JureId,
        candidature: CandidatureId,
    ) -> Result<(), NotationError> {
        self.check_member(jure, candidature)?;
        self.recusations.insert((jure, candidature));
        Ok(())
    }

    /// Enters or replaces a juror's grades; returns the weighted total.
    pub fn enter(
        &mut self,
        jure: JureId,
        candidature: CandidatureId,
        notes: Vec<f64>,
        note_privee: Option<String>,
    ) -> Result<f64, NotationError> {
        self.check_member(jure, candidature)?;
        if self.close {
            return Err(NotationError::NotationClose);
        }
        if self.recusations.contains(&(jure, candidature)) {
            return Err(NotationError::Recuse { jure, candidature });
        }
        if self.soumis.contains(&jure) {
            return Err(NotationError::DejaSoumis(jure));
        }
        let total = self.grille.total(&notes)?;
        self.notes.insert(
            (jure, candidature),
            NoteJure {
                notes,
                total,
                note_privee,
            },
        );
        Ok(total)
    }

    /// Submits a juror's scores: every submission they are not recused from must be scored.
    pub fn submit(&mut self, jure: JureId) -> Result<(), NotationError> {
        if !self.jures.contains(&jure) {
            return Err(NotationError::JureInconnu(jure));
        }
        if self.close {
            return Err(NotationError::NotationClose);
        }
        if self.soumis.contains(&jure) {
            return Err(NotationError::DejaSoumis(jure));
        }
        let missing = self
            .candidatures
            .iter()
            .filter(|c| {
                !self.recusations.contains(&(jure, **c)) && !self.notes.contains_key(&(jure, **c))
            })
            .count();
        if missing > 0 {
            return Err(NotationError::NotesManquantes(missing));
        }
        self.soumis.insert(jure);
        Ok(())
    }

    /// Closes scoring: later entries and submissions are refused.
    pub fn close(&mut self) {
        self.close = true;
    }

    /// Whether a cell counts: its juror submitted and is not recused.
    fn counts(&self, jure: JureId, candidature: CandidatureId) -> bool {
        self.soumis.contains(&jure) && !self.recusations.contains(&(jure, candidature))
    }

    /// The scores `lecteur` may see.
    pub fn visible_to(&self, lecteur: Lecteur) -> Vec<NoteVisible> {
        self.notes
            .iter()
            .filter(|((jure, candidature), _)| {
                let own = lecteur.jure == Some(*jure);
                if own {
                    return !self.recusations.contains(&(*jure, *candidature));
                }
                if !self.counts(*jure, *candidature) {
                    return false;
                }
                match (lecteur.role, lecteur.jure) {
                    (Role::AdminIncubateur | Role::PresidentJury, _) => true,
                    (Role::Jure, Some(reader)) => {
                        self.soumis.contains(&reader)
                            && !self.recusations.contains(&(reader, *candidature))
                    }
                    _ => false,
                }
            })
            .map(|((jure, candidature), note)| NoteVisible {
                jure: *jure,
                candidature: *candidature,
                notes: note.notes.clone(),
                total: note.total,
                note_privee: if lecteur.jure == Some(*jure) {
                    note.note_privee.clone()
                } else {
                    None
                },
            })
            .collect()
    }

    /// The matrix of counted totals (submitted, non-recused cells), rows = submissions, columns = jurors.
    pub fn matrix(&self) -> Matrice {
        let cellules = self
            .candidatures
            .iter()
            .map(|candidature| {
                self.jures
                    .iter()
                    .map(|jure| {
                        if self.counts(*jure, *candidature) {
                            self.notes
                                .get(&(*jure, *candidature))
                                .map(|note| note.total)
                        } else {
                            None
                        }
                    })
                    .collect()
            })
            .collect();
        Matrice {
            candidatures: self.candidatures.clone(),
            jures: self.jures.clone(),
            cellules,
        }
    }

    /// The canonical text of the counted cells, one line per grade: `candidature;juror;criterion;grade`, sorted,
    /// grades printed with 6 decimals. Its SHA-256 goes into the minutes.
    pub fn canonical_text(&self) -> String {
        let mut lines = Vec::new();
        for ((jure, candidature), note) in &self.notes {
            if !self.counts(*jure, *candidature) {
                continue;
            }
            for (critere, grade) in self.grille.criteres.iter().zip(&note.notes) {
                lines.push(format!("{candidature};{jure};{};{grade:.6}", critere.code));
            }
        }
        lines.sort();
        let mut text = lines.join("\n");
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> FeuilleDeNotes {
        FeuilleDeNotes::new(
            Grille::defaut(),
            vec![JureId(1), JureId(2), JureId(3)],
            vec![CandidatureId(10), CandidatureId(11)],
        )
    }

    fn juror(id: u64) -> Lecteur {
        Lecteur {
            role: Role::Jure,
            jure: Some(JureId(id)),
        }
    }

    #[test]
    fn others_scores_stay_hidden_until_the_reader_submits() {
        let mut feuille = sheet();
        feuille
            .enter(
                JureId(1),
                CandidatureId(10),
                vec![4.0; 4],
                Some("très convaincant".into()),
            )
            .expect("score");
        feuille
            .enter(JureId(1), CandidatureId(11), vec![2.0; 4], None)
            .expect("score");
        feuille.submit(JureId(1)).expect("submit");
        feuille
            .enter(JureId(2), CandidatureId(10), vec![3.0; 4], None)
            .expect("score");
        // Juror 2 has not submitted: sees only their own score.
        let seen = feuille.visible_to(juror(2));
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].jure, JureId(2));
        // Juror 1 submitted but juror 2 did not: juror 2's score stays hidden from juror 1.
        assert!(
            feuille
                .visible_to(juror(1))
                .iter()
                .all(|n| n.jure == JureId(1))
        );
        // The president sees submitted scores only, without private notes.
        let president = feuille.visible_to(Lecteur {
            role: Role::PresidentJury,
            jure: None,
        });
        assert_eq!(president.len(), 2);
        assert!(president.iter().all(|n| n.note_privee.is_none()));
        assert_eq!(
            feuille.visible_to(juror(1))[0].note_privee.as_deref(),
            Some("très convaincant")
        );
        assert!(
            feuille
                .visible_to(Lecteur {
                    role: Role::Public,
                    jure: None
                })
                .is_empty()
        );
    }

    #[test]
    fn recused_cells_are_neither_entered_seen_nor_counted() {
        let mut feuille = sheet();
        feuille
            .enter(JureId(3), CandidatureId(10), vec![5.0; 4], None)
            .expect("score before recusal");
        feuille
            .recuse(JureId(3), CandidatureId(10))
            .expect("recuse");
        assert!(matches!(
            feuille.enter(JureId(3), CandidatureId(10), vec![5.0; 4], None),
            Err(NotationError::Recuse { .. })
        ));
        feuille
            .enter(JureId(3), CandidatureId(11), vec![1.0; 4], None)
            .expect("score");
        feuille
            .submit(JureId(3))
            .expect("only the non-recused item is required");
        feuille
            .enter(JureId(1), CandidatureId(10), vec![4.0; 4], None)
            .expect("score");
        feuille
            .enter(JureId(1), CandidatureId(11), vec![4.0; 4], None)
            .expect("score");
        feuille.submit(JureId(1)).expect("submit");
        assert!(
            feuille
                .visible_to(juror(1))
                .iter()
                .all(|n| !(n.jure == JureId(3) && n.candidature == CandidatureId(10)))
        );
        assert!(
            feuille
                .visible_to(juror(3))
                .iter()
                .all(|n| n.candidature != CandidatureId(10))
        );
        let matrix = feuille.matrix();
        assert_eq!(matrix.cellules[0], vec![Some(4.0), None, None]);
        assert_eq!(matrix.cellules[1], vec![Some(4.0), None, Some(1.0)]);
        assert!(!feuille.canonical_text().contains("10;3;"));
    }

    #[test]
    fn submission_needs_every_score_and_locks_them_and_closing_rejects_late_scores() {
        let mut feuille = sheet();
        feuille
            .enter(JureId(1), CandidatureId(10), vec![4.0; 4], None)
            .expect("score");
        assert_eq!(
            feuille.submit(JureId(1)),
            Err(NotationError::NotesManquantes(1))
        );
        feuille
            .enter(JureId(1), CandidatureId(11), vec![4.0; 4], None)
            .expect("score");
        feuille.submit(JureId(1)).expect("submit");
        assert_eq!(
            feuille.enter(JureId(1), CandidatureId(11), vec![1.0; 4], None),
            Err(NotationError::DejaSoumis(JureId(1)))
        );
        feuille.close();
        assert_eq!(
            feuille.enter(JureId(2), CandidatureId(11), vec![1.0; 4], None),
            Err(NotationError::NotationClose)
        );
        assert_eq!(
            feuille.enter(JureId(9), CandidatureId(11), vec![1.0; 4], None),
            Err(NotationError::JureInconnu(JureId(9)))
        );
    }
}
