//! The scoring grid: criteria with weights, and a juror's total `s_ij = Σ_c w_c·g_ijc / Σ_c w_c`. The default
//! grid is the jury brief's four criteria with equal weights.

use thiserror::Error;

/// One criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct Critere {
    /// Stable code.
    pub code: &'static str,
    /// Label shown on the printable grid.
    pub libelle: &'static str,
    /// Weight (positive).
    pub poids: f64,
}

/// A grid: criteria and the scale of each grade.
#[derive(Debug, Clone, PartialEq)]
pub struct Grille {
    /// Criteria in display order.
    pub criteres: Vec<Critere>,
    /// Lowest grade.
    pub note_min: f64,
    /// Highest grade.
    pub note_max: f64,
}

/// Why a grid or a set of grades is refused.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum GrilleError {
    /// A weight is not positive and finite.
    #[error("le poids du critère « {0} » doit être un nombre positif")]
    PoidsInvalide(&'static str),
    /// The grid has no criterion.
    #[error("la grille doit compter au moins un critère")]
    GrilleVide,
    /// Wrong number of grades.
    #[error("{attendu} notes attendues, {recu} reçues")]
    NombreDeNotes {
        /// Criteria count.
        attendu: usize,
        /// Grades given.
        recu: usize,
    },
    /// A grade is outside the scale.
    #[error("la note {note} du critère « {critere} » sort de l'échelle {min}–{max}")]
    NoteHorsEchelle {
        /// Criterion label.
        critere: &'static str,
        /// Grade.
        note: f64,
        /// Scale minimum.
        min: f64,
        /// Scale maximum.
        max: f64,
    },
}

impl Grille {
    /// The jury brief's grid: four criteria, equal weights, grades from 0 to 5.
    pub fn defaut() -> Self {
        let critere = |code, libelle| Critere {
            code,
            libelle,
            poids: 1.0,
        };
        Grille {
            criteres: vec![
                critere(
                    "probleme",
                    "Intensité × volume du problème, et ses conséquences",
                ),
                critere("strategie", "Une stratégie crédible à 6 mois"),
                critere("legitimite", "La légitimité de l'État à agir"),
                critere(
                    "personne",
                    "La personne : un innovateur, pas une innovation",
                ),
            ],
            note_min: 0.0,
            note_max: 5.0,
        }
    }

    /// Checks the weights.
    pub fn validate(&self) -> Result<(), GrilleError> {
        if self.criteres.is_empty() {
            return Err(GrilleError::GrilleVide);
        }
        match self
            .criteres
            .iter()
            .find(|c| !(c.poids.is_finite() && c.poids > 0.0))
        {
            Some(critere) => Err(GrilleError::PoidsInvalide(critere.libelle)),
            None => Ok(()),
        }
    }

    /// Checks one grade per criterion, within the scale.
    pub fn check_grades(&self, notes: &[f64]) -> Result<(), GrilleError> {
        if notes.len() != self.criteres.len() {
            return Err(GrilleError::NombreDeNotes {
                attendu: self.criteres.len(),
                recu: notes.len(),
            });
        }
        for (critere, note) in self.criteres.iter().zip(notes) {
            if !(note.is_finite() && *note >= self.note_min && *note <= self.note_max) {
                return Err(GrilleError::NoteHorsEchelle {
                    critere: critere.libelle,
                    note: *note,
                    min: self.note_min,
                    max: self.note_max,
                });
            }
        }
        Ok(())
    }

    /// The juror's total for one submission: the weighted mean of the grades.
    pub fn total(&self, notes: &[f64]) -> Result<f64, GrilleError> {
        self.validate()?;
        self.check_grades(notes)?;
        let weights: f64 = self.criteres.iter().map(|c| c.poids).sum();
        let weighted: f64 = self
            .criteres
            .iter()
            .zip(notes)
            .map(|(c, note)| c.poids * note)
            .sum();
        Ok(weighted / weights)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_grid_is_the_plain_mean() {
        let grille = Grille::defaut();
        assert_eq!(grille.criteres.len(), 4);
        assert_eq!(grille.total(&[4.0, 3.0, 5.0, 2.0]), Ok(3.5));
    }

    #[test]
    fn weights_change_the_total() {
        let mut grille = Grille::defaut();
        grille.criteres[0].poids = 2.0;
        // (2×4 + 3 + 5 + 2) / 5
        assert_eq!(grille.total(&[4.0, 3.0, 5.0, 2.0]), Ok(3.6));
    }

    #[test]
    fn bad_grades_and_weights_are_refused() {
        let grille = Grille::defaut();
        assert_eq!(
            grille.total(&[4.0]),
            Err(GrilleError::NombreDeNotes {
                attendu: 4,
                recu: 1
            })
        );
        assert!(matches!(
            grille.total(&[6.0, 1.0, 1.0, 1.0]),
            Err(GrilleError::NoteHorsEchelle { .. })
        ));
        let mut zero = Grille::defaut();
        zero.criteres[1].poids = 0.0;
        assert!(matches!(
            zero.total(&[1.0; 4]),
            Err(GrilleError::PoidsInvalide(_))
        ));
    }
}
