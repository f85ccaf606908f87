//! Use cases shared by the pages, the API, the jobs and the demo: load (store) → decide (domain) → write (store,
//! in one transaction, with its audit entry and its mails).
//!
//! Every state change goes through the typed domain machines; a refusal carries the domain's French message and
//! changes nothing. Clocks are passed in (`maintenant`, Paris civil time) so that jobs, tests and the demo can
//! replay a calendar.
//!
//! - [`appels`]: calls and their machine; [`candidatures`]: submissions and their machine;
//! - [`jury`]: jury composition, pre-jury, audition plan, scores, conflicts, deliberation and minutes;
//! - [`suivi`]: onboarding of laureates, committees, funnel.

pub mod appels;
pub mod candidatures;
pub mod jury;
pub mod suivi;

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Europe::Paris;
use socle::AppError;
use socle::audit::{self, Actor};
use socle::auth::CurrentUser;
use socle::db::Tx;

use crate::MODULE;
use crate::domain::formulaire::ErreurChamp;

/// Who acts: a signed-in person, or the system (a job, the demo loader) acting for the incubator team.
#[derive(Debug, Clone, Copy)]
pub enum Acteur<'a> {
    /// A signed-in account; its roles decide what it may do.
    Personne(&'a CurrentUser),
    /// A job or a loader, named for the journal.
    Systeme(&'static str),
}

impl Acteur<'_> {
    /// The actor of the audit entry.
    pub fn actor(&self) -> Actor {
        match self {
            Acteur::Personne(user) => user.actor(),
            Acteur::Systeme(name) => Actor::System(name),
        }
    }

    /// The account, if a person acts.
    pub fn user(&self) -> Option<&CurrentUser> {
        match self {
            Acteur::Personne(user) => Some(user),
            Acteur::Systeme(_) => None,
        }
    }

    /// The account id, if a person acts.
    pub fn user_id(&self) -> Option<i64> {
        self.user().map(|user| user.id)
    }
}

/// Now, in Paris civil time (the calendar of a call is in Europe/Paris).
pub fn paris_now() -> NaiveDateTime {
    Utc::now().with_timezone(&Paris).naive_local()
}

/// Today, in Paris.
pub fn paris_today() -> NaiveDate {
    paris_now().date()
}

/// Records one audit entry of the module in the caller's transaction.
pub async fn journaliser(
    tx: &mut Tx,
    acteur: &Acteur<'_>,
    action: &str,
    cible: &str,
    resume: &str,
    details: serde_json::Value,
) -> Result<(), AppError> {
    audit::record(
        tx,
        audit::Entry {
            actor: &acteur.actor(),
            module: MODULE,
            action,
            target: cible,
            summary: resume,
            details,
        },
    )
    .await?;
    Ok(())
}

/// The 409 answered when a record changed between the moment it was read and the write.
pub fn modifie_entre_temps(quoi: &str) -> AppError {
    AppError::Conflict(format!(
        "{quoi} a été modifié(e) entre-temps par quelqu'un d'autre ; rechargez la page et recommencez"
    ))
}

/// A 422 listing the problems of a form, each under its field.
pub fn invalide(message: &str, erreurs: &[ErreurChamp]) -> AppError {
    let mut fields: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for erreur in erreurs {
        fields
            .entry(erreur.cle.clone())
            .or_default()
            .push(erreur.to_string());
    }
    AppError::Invalid {
        message: format!(
            "{message} : {}",
            erreurs
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" ; ")
        ),
        fields,
    }
}

/// A 422 with several messages not tied to one field.
pub fn refus(champ: &str, messages: Vec<String>) -> AppError {
    AppError::Invalid {
        message: messages.join(" ; "),
        fields: BTreeMap::from([(champ.to_owned(), messages)]),
    }
}
