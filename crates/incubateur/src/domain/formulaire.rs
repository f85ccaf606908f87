//! The submission form as data: a list of typed fields with their rules, and its validation with French messages naming
//! the field.
//!
//! [`Formulaire::modele_incubateur`] is doc.incubateur.net's model form as the spec describes it: a problem with
//! figures, a potential solution, first users and partners, a comment, a call-back request, consents, the agent's
//! organisation and service (grade optional) and attachments. There is no CV field, on purpose (data minimisation).

use std::collections::BTreeMap;

use thiserror::Error;

/// Kind of a field and its own constraints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeChamp {
    /// Free text, with a length range in characters.
    Texte {
        /// Minimum length (after trimming) when answered.
        min: usize,
        /// Maximum length.
        max: usize,
    },
    /// An e-mail address.
    Email,
    /// A yes/no answer.
    Booleen,
    /// A consent that must be given (checked) to submit.
    Consentement,
    /// An organisation of the referential, by id.
    Organisation,
    /// Attachments, with a count limit, a size limit per file and accepted MIME types.
    PiecesJointes {
        /// Maximum number of files.
        max_fichiers: usize,
        /// Maximum size of one file, in bytes.
        max_octets: u64,
        /// Accepted MIME types.
        types: Vec<&'static str>,
    },
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChampFormulaire {
    /// Stable key (`probleme`, `chiffres`…).
    pub cle: &'static str,
    /// Label shown to the agent, used in messages.
    pub libelle: &'static str,
    /// Help text.
    pub aide: &'static str,
    /// Kind and constraints.
    pub kind: TypeChamp,
    /// Whether an answer is required.
    pub obligatoire: bool,
}

/// An attachment as declared by the upload (the blob store checks magic bytes separately).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PieceJointe {
    /// File name.
    pub nom: String,
    /// Size in bytes.
    pub octets: u64,
    /// MIME type.
    pub mime: String,
}

/// An answer to one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reponse {
    /// Text, e-mail or organisation id.
    Texte(String),
    /// Yes/no or consent.
    Booleen(bool),
    /// Attachments.
    Fichiers(Vec<PieceJointe>),
}

/// Answers by field key.
pub type Reponses = BTreeMap<String, Reponse>;

/// A problem with one answer, naming the field by its label.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("« {libelle} » : {message}")]
pub struct ErreurChamp {
    /// Field key.
    pub cle: String,
    /// Field label.
    pub libelle: String,
    /// What is wrong.
    pub message: String,
}

/// A versioned form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formulaire {
    /// Version, stored on each submission.
    pub version: u32,
    /// Fields in display order.
    pub champs: Vec<ChampFormulaire>,
}

const TEXTE_LONG: TypeChamp = TypeChamp::Texte { min: 30, max: 5000 };
const TEXTE_COURT: TypeChamp = TypeChamp::Texte { min: 2, max: 300 };

impl Formulaire {
    /// The model form of doc.incubateur.net, problem-centred (an agent states a problem, not a solution).
    pub fn modele_incubateur() -> Self {
        let champ = |cle, libelle, aide, kind, obligatoire| ChampFormulaire {
            cle,
            libelle,
            aide,
            kind,
            obligatoire,
        };
        Formulaire {
            version: 1,
            champs: vec![
                champ(
                    "probleme",
                    "Problème constaté",
                    "Décrivez le problème, pas la solution : qui le subit, quand, avec quelles conséquences.",
                    TEXTE_LONG,
                    true,
                ),
                champ(
                    "chiffres",
                    "Chiffres du problème",
                    "Ordres de grandeur : combien de personnes, de démarches, d'heures ou d'euros.",
                    TypeChamp::Texte { min: 10, max: 3000 },
                    true,
                ),
                champ(
                    "solution_potentielle",
                    "Solution potentielle",
                    "Une piste, si vous en avez une ; elle sera remise en question.",
                    TypeChamp::Texte { min: 0, max: 3000 },
                    false,
                ),
                champ(
                    "premiers_usagers",
                    "Premiers usagers",
                    "Qui pourrait tester un service dès les premières semaines ?",
                    TypeChamp::Texte { min: 10, max: 3000 },
                    true,
                ),
                champ(
                    "partenaires",
                    "Partenaires",
                    "Services, collectivités ou opérateurs prêts à s'impliquer.",
                    TypeChamp::Texte { min: 0, max: 3000 },
                    false,
                ),
                champ(
                    "commentaire",
                    "Commentaire",
                    "Tout ce que vous souhaitez ajouter.",
                    TypeChamp::Texte { min: 0, max: 3000 },
                    false,
                ),
                champ(
                    "demande_rappel",
                    "Je souhaite être rappelé(e)",
                    "L'équipe de l'incubateur vous appelle avant la clôture.",
                    TypeChamp::Booleen,
                    false,
                ),
                champ("nom", "Nom et prénom", "", TEXTE_COURT, true),
                champ(
                    "email",
                    "Adresse électronique professionnelle",
                    "",
                    TypeChamp::Email,
                    true,
                ),
                champ(
                    "organisation",
                    "Organisation",
                    "Votre direction ou votre service déconcentré.",
                    TypeChamp::Organisation,
                    true,
                ),
                champ(
                    "service",
                    "Service",
                    "Sous-direction, bureau ou unité.",
                    TEXTE_COURT,
                    true,
                ),
                champ(
                    "grade",
                    "Grade",
                    "Facultatif.",
                    TypeChamp::Texte { min: 0, max: 100 },
                    false,
                ),
                champ(
                    "pieces_jointes",
                    "Pièces jointes",
                    "Documents utiles (pas de CV).",
                    TypeChamp::PiecesJointes {
                        max_fichiers: 5,
                        max_octets: 10 * 1024 * 1024,
                        types: vec![
                            "application/pdf",
                            "image/png",
                            "image/jpeg",
                            "application/vnd.oasis.opendocument.text",
                        ],
                    },
                    false,
                ),
                champ(
                    "consentement_hierarchie",
                    "J'ai informé ma hiérarchie de ma candidature",
                    "",
                    TypeChamp::Consentement,
                    true,
                ),
                champ(
                    "consentement_donnees",
                    "J'accepte le traitement de mes données pour l'instruction de l'appel",
                    "",
                    TypeChamp::Consentement,
                    true,
                ),
            ],
        }
    }

    /// The field with this key.
    pub fn champ(&self, cle: &str) -> Option<&ChampFormulaire> {
        self.champs.iter().find(|champ| champ.cle == cle)
    }

    /// Checks every answer; returns every problem, in field order. Unknown keys are refused too, so that a form
    /// version mismatch is caught.
    pub fn validate(&self, reponses: &Reponses) -> Result<(), Vec<ErreurChamp>> {
        let mut errors = Vec::new();
        for champ in &self.champs {
            let error = |message: String| ErreurChamp {
                cle: champ.cle.to_owned(),
                libelle: champ.libelle.to_owned(),
                message,
            };
            match reponses.get(champ.cle) {
                None => {
                    if champ.obligatoire {
                        errors.push(error(match champ.kind {
                            TypeChamp::Consentement => {
                                "ce consentement est nécessaire pour déposer".to_owned()
                            }
                            _ => "ce champ est obligatoire".to_owned(),
                        }));
                    }
                }
                Some(reponse) => {
                    if let Some(message) = check_answer(champ, reponse) {
                        errors.push(error(message));
                    }
                }
            }
        }
        for cle in reponses.keys().filter(|cle| self.champ(cle).is_none()) {
            errors.push(ErreurChamp {
                cle: cle.clone(),
                libelle: cle.clone(),
                message: format!("champ inconnu du formulaire (version {})", self.version),
            });
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

fn check_answer(champ: &ChampFormulaire, reponse: &Reponse) -> Option<String> {
    match (&champ.kind, reponse) {
        (TypeChamp::Texte { min, max }, Reponse::Texte(text)) => {
            let length = text.trim().chars().count();
            if length == 0 && champ.obligatoire {
                Some("ce champ est obligatoire".to_owned())
            } else if length > 0 && length < *min {
                Some(format!(
                    "au moins {min} caractères attendus ({length} saisis)"
                ))
            } else if length > *max {
                Some(format!("au plus {max} caractères ({length} saisis)"))
            } else {
                None
            }
        }
        (TypeChamp::Email, Reponse::Texte(text)) => {
            let text = text.trim();
            let valid = text.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }) && !text.contains(char::is_whitespace);
            (!valid).then(|| format!("« {text} » n'est pas une adresse électronique valide"))
        }
        (TypeChamp::Organisation, Reponse::Texte(text)) => text
            .trim()
            .is_empty()
            .then(|| "choisissez une organisation dans la liste".to_owned()),
        (TypeChamp::Booleen, Reponse::Booleen(_)) => None,
        (TypeChamp::Consentement, Reponse::Booleen(given)) => (!given && champ.obligatoire)
            .then(|| "ce consentement est nécessaire pour déposer".to_owned()),
        (
            TypeChamp::PiecesJointes {
                max_fichiers,
                max_octets,
                types,
            },
            Reponse::Fichiers(files),
        ) => {
            if files.len() > *max_fichiers {
                Some(format!(
                    "au plus {max_fichiers} fichiers ({} joints)",
                    files.len()
                ))
            } else if let Some(big) = files.iter().find(|file| file.octets > *max_octets) {
                Some(format!(
                    "le fichier « {} » dépasse {} Mo",
                    big.nom,
                    max_octets / (1024 * 1024)
                ))
            } else {
                files
                    .iter()
                    .find(|file| !types.contains(&file.mime.as_str()))
                    .map(|file| {
                        format!(
                            "le type du fichier « {} » ({}) n'est pas accepté",
                            file.nom, file.mime
                        )
                    })
            }
        }
        _ => Some("type de réponse inattendu".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &str) -> Reponse {
        Reponse::Texte(value.to_owned())
    }

    pub(crate) fn complete_answers() -> Reponses {
        let mut answers = Reponses::new();
        answers.insert("probleme".into(), text("Les exploitants déclarent leurs émissions sur trois outils différents, chaque année."));
        answers.insert(
            "chiffres".into(),
            text("1 200 installations, 3 jours de saisie chacune."),
        );
        answers.insert(
            "premiers_usagers".into(),
            text("Les inspecteurs de la DREAL Hauts-de-France."),
        );
        answers.insert("nom".into(), text("Claire Martin"));
        answers.insert(
            "email".into(),
            text("claire.martin@developpement-durable.gouv.fr"),
        );
        answers.insert("organisation".into(), text("dgpr"));
        answers.insert("service".into(), text("Service des risques technologiques"));
        answers.insert("consentement_hierarchie".into(), Reponse::Booleen(true));
        answers.insert("consentement_donnees".into(), Reponse::Booleen(true));
        answers
    }

    #[test]
    fn complete_answers_pass() {
        assert_eq!(
            Formulaire::modele_incubateur().validate(&complete_answers()),
            Ok(())
        );
    }

    #[test]
    fn every_problem_names_its_field() {
        let mut answers = complete_answers();
        answers.remove("probleme");
        answers.insert("email".into(), text("claire.martin"));
        answers.insert("consentement_donnees".into(), Reponse::Booleen(false));
        answers.insert("chiffres".into(), text("beaucoup"));
        answers.insert(
            "pieces_jointes".into(),
            Reponse::Fichiers(vec![PieceJointe {
                nom: "note.exe".into(),
                octets: 10,
                mime: "application/x-msdownload".into(),
            }]),
        );
        answers.insert("cv".into(), text("…"));
        let errors = Formulaire::modele_incubateur()
            .validate(&answers)
            .expect_err("invalid");
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "« Problème constaté » : ce champ est obligatoire",
                "« Chiffres du problème » : au moins 10 caractères attendus (8 saisis)",
                "« Adresse électronique professionnelle » : « claire.martin » n'est pas une adresse électronique valide",
                "« Pièces jointes » : le type du fichier « note.exe » (application/x-msdownload) n'est pas accepté",
                "« J'accepte le traitement de mes données pour l'instruction de l'appel » : ce consentement est nécessaire pour déposer",
                "« cv » : champ inconnu du formulaire (version 1)",
            ]
        );
    }

    #[test]
    fn optional_fields_may_stay_empty_but_not_overflow() {
        let mut answers = complete_answers();
        answers.insert("grade".into(), text(""));
        assert!(Formulaire::modele_incubateur().validate(&answers).is_ok());
        answers.insert("grade".into(), text(&"x".repeat(101)));
        assert!(Formulaire::modele_incubateur().validate(&answers).is_err());
    }
}
