//! HTML pages of the module (DSFR, French, working without JavaScript).
//!
//! The public search, the national map, the
//! commune pages, the signed PDFs, the subscriptions, and the DDT back-office under `/secheresse/gestion`.

pub mod abonnement;
pub mod assets;
pub mod gestion;
pub mod public;

use axum::Router;
use chrono::NaiveDate;
use socle::auth::CurrentUser;
use socle::{AppError, AppResult, AppState};

use crate::domain::nomenclature::NiveauGravite;
use crate::{MODULE, ROLE_AGENT, ROLE_MTE};

/// Routes of the pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(public::routes())
        .merge(abonnement::routes())
        .merge(gestion::routes())
        .merge(assets::routes())
}

/// The fields of a submitted form, repeated keys kept (checkbox lists, one select per zone).
#[derive(Debug, Clone, Default)]
pub struct Champs(pub Vec<(String, String)>);

impl Champs {
    /// The first value of a field, trimmed ("" when absent).
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map_or("", |(_, value)| value.trim())
    }

    /// Every value of a field.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.trim())
            .collect()
    }

    /// The values of a field that are identifiers (ticked rows); anything else is ignored.
    pub fn ids(&self, name: &str) -> Vec<i64> {
        self.all(name)
            .iter()
            .filter_map(|value| value.parse().ok())
            .collect()
    }

    /// Whether a checkbox was ticked.
    pub fn coche(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

/// Whether the caller may change the orders of a département: its agents, the national administration and
/// the platform administrators (spec §7, "`departement` only on its departments").
pub fn peut_gerer(user: &CurrentUser, departement: &str) -> bool {
    user.is_admin
        || user.has_role(MODULE, ROLE_MTE)
        || user.has_role_for(MODULE, ROLE_AGENT, departement)
}

/// The départements the caller manages; `None` for all of them.
pub fn departements_geres(user: &CurrentUser) -> Option<Vec<String>> {
    if user.is_admin || user.has_role(MODULE, ROLE_MTE) {
        return None;
    }
    user.organisations(MODULE, ROLE_AGENT)
}

/// Refuses callers who hold no role of the module.
pub fn exiger_agent(user: &CurrentUser) -> AppResult<()> {
    if user.is_admin || user.has_role(MODULE, ROLE_MTE) || user.has_role(MODULE, ROLE_AGENT) {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "la gestion des arrêtés sécheresse est réservée aux agents des DDT(M) et à l'administration nationale"
                .to_owned(),
        ))
    }
}

/// Refuses callers who may not change the orders of a département.
pub fn exiger_departement(user: &CurrentUser, departement: &str) -> AppResult<()> {
    if peut_gerer(user, departement) {
        Ok(())
    } else {
        Err(AppError::Forbidden(format!(
            "vous ne gérez pas les arrêtés du département {departement}"
        )))
    }
}

/// Reads a date field (`AAAA-MM-JJ` from a date input, or `JJ/MM/AAAA` typed by hand); "" is `None`.
pub fn parse_date(value: &str) -> Result<Option<NaiveDate>, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(value, "%d/%m/%Y"))
        .map(Some)
        .map_err(|_| format!("« {value} » n'est pas une date (format attendu : JJ/MM/AAAA)"))
}

/// A level as pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NiveauVue {
    /// Wire code.
    pub code: &'static str,
    /// French label.
    pub label: &'static str,
}

impl From<NiveauGravite> for NiveauVue {
    fn from(niveau: NiveauGravite) -> Self {
        Self {
            code: niveau.code(),
            label: niveau.label(),
        }
    }
}

/// A date as pages show it.
pub fn date_fr(date: Option<NaiveDate>) -> String {
    date.map_or_else(String::new, |date| date.format("%d/%m/%Y").to_string())
}
