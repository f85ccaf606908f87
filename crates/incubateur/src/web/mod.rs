//! HTML pages of the module (askama templates in `templates/incubateur/`, DSFR, French, working without JavaScript).
//!
//! - [`catalogue`]: home of the module, startups (list with filters and counts, page), incubators, data quality;
//! - [`appels`]: calls (list, page, forms, transitions), the team's instruction list, the funnel;
//! - [`candidatures`]: an agent's submissions (draft, answers, submission, follow-up) and the team's actions on them;
//! - [`jury`]: pre-jury, audition planner (calendars, printable grids), jury scoring, conflicts, deliberation,
//!   minutes and letters;
//! - [`suivi`]: onboarding of laureates and committees of startups.
//!
//! Handlers extract and authorise, then call the store and the services; a refusal of a domain machine comes back
//! as the platform's error page carrying the domain's French message.

pub mod appels;
pub mod candidatures;
pub mod catalogue;
pub mod jury;
pub mod suivi;

use axum::Router;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Europe::Paris;
use serde::de::DeserializeOwned;
use socle::web::layout::{FlashKind, set_flash};
use socle::{AppError, AppResult, AppState};
use tower_sessions::Session;

/// The HTML routes of the module.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/incubateur", get(catalogue::accueil))
        .route("/incubateur/startups", get(catalogue::startups))
        .route("/incubateur/startups/{id}", get(catalogue::startup))
        .route(
            "/incubateur/startups/{id}/comites",
            get(suivi::comites).post(suivi::enregistrer_comite),
        )
        .route("/incubateur/incubateurs", get(catalogue::incubateurs))
        .route("/incubateur/incubateurs/{id}", get(catalogue::incubateur))
        .route("/incubateur/qualite", get(catalogue::qualite))
        .route("/incubateur/appels", get(appels::liste).post(appels::creer))
        .route(
            "/incubateur/appels/nouveau",
            get(appels::formulaire_creation),
        )
        .route("/incubateur/appels/{id}", get(appels::page))
        .route(
            "/incubateur/appels/{id}/modifier",
            get(appels::formulaire_modification).post(appels::modifier),
        )
        .route(
            "/incubateur/appels/{id}/transition",
            post(appels::transition),
        )
        .route(
            "/incubateur/appels/{id}/candidatures",
            get(appels::instruction).post(candidatures::creer),
        )
        .route("/incubateur/appels/{id}/entonnoir", get(appels::entonnoir))
        .route("/incubateur/appels/{id}/prejury", get(jury::prejury))
        .route(
            "/incubateur/appels/{id}/prejury/marques",
            post(jury::marquer),
        )
        .route(
            "/incubateur/appels/{id}/prejury/departage",
            post(jury::departager),
        )
        .route(
            "/incubateur/appels/{id}/prejury/appliquer",
            post(jury::appliquer_preselection),
        )
        .route(
            "/incubateur/appels/{id}/auditions",
            get(jury::auditions).post(jury::figer_planning),
        )
        .route(
            "/incubateur/appels/{id}/auditions/grilles",
            get(jury::grilles),
        )
        .route(
            "/incubateur/appels/{id}/auditions/jures/{fichier}",
            get(jury::ics_jure),
        )
        .route("/incubateur/appels/{id}/jury", get(jury::jury))
        .route(
            "/incubateur/appels/{id}/jury/membres",
            post(jury::ajouter_membre),
        )
        .route(
            "/incubateur/appels/{id}/jury/notes/{candidature}",
            post(jury::noter),
        )
        .route(
            "/incubateur/appels/{id}/jury/soumettre",
            post(jury::soumettre),
        )
        .route(
            "/incubateur/appels/{id}/jury/conflits",
            post(jury::declarer_conflit),
        )
        .route("/incubateur/appels/{id}/conflits", get(jury::conflits))
        .route(
            "/incubateur/appels/{id}/deliberation",
            get(jury::deliberation).post(jury::clore),
        )
        .route(
            "/incubateur/appels/{id}/proces-verbal",
            get(jury::proces_verbal),
        )
        .route(
            "/incubateur/candidatures",
            get(candidatures::mes_candidatures),
        )
        .route("/incubateur/candidatures/{id}", get(candidatures::page))
        .route(
            "/incubateur/candidatures/{id}/modifier",
            get(candidatures::formulaire).post(candidatures::enregistrer),
        )
        .route(
            "/incubateur/candidatures/{id}/transition",
            post(candidatures::transition),
        )
        .route(
            "/incubateur/candidatures/{id}/absent",
            post(candidatures::absent),
        )
        .route(
            "/incubateur/candidatures/{id}/sponsors",
            post(candidatures::sponsors),
        )
        .route(
            "/incubateur/candidatures/{id}/audition.ics",
            get(jury::ics_candidat),
        )
        .route("/incubateur/candidatures/{id}/lettre", get(jury::lettre))
        .route(
            "/incubateur/candidatures/{id}/embarquement",
            get(suivi::embarquement).post(suivi::embarquer),
        )
}

/// Reads an urlencoded form body; repeated keys fill `Vec` fields (checkbox lists).
pub fn lire<T: DeserializeOwned>(body: &str) -> AppResult<T> {
    serde_html_form::from_str(body)
        .map_err(|error| AppError::BadRequest(format!("formulaire illisible : {error}")))
}

/// Leaves a success message for the next page and redirects there (303, so that a reload does not post again).
pub async fn succes(
    session: &Session,
    message: impl Into<String>,
    vers: &str,
) -> AppResult<Response> {
    set_flash(session, FlashKind::Success, message).await?;
    Ok(Redirect::to(vers).into_response())
}

/// A civil date the French way.
pub fn date_fr(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// A Paris civil date-time the French way.
pub fn heure_fr(time: NaiveDateTime) -> String {
    time.format("%d/%m/%Y à %Hh%M").to_string()
}

/// An instant shown in Paris time.
pub fn instant_fr(at: DateTime<Utc>) -> String {
    heure_fr(at.with_timezone(&Paris).naive_local())
}

/// A number with a French decimal comma.
pub fn nombre_fr(value: f64, decimales: usize) -> String {
    format!("{value:.decimales$}").replace('.', ",")
}

/// An optional text field of a form: trimmed, `None` when empty.
pub fn option_texte(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// One item of a breadcrumb.
#[derive(Debug, Clone)]
pub struct Miette {
    /// Label.
    pub libelle: String,
    /// Link (`None` for the current page).
    pub lien: Option<String>,
}

/// A breadcrumb starting at the module's home.
pub fn fil(items: &[(&str, Option<String>)]) -> Vec<Miette> {
    let mut fil = vec![Miette {
        libelle: "Incubateur".to_owned(),
        lien: Some("/incubateur".to_owned()),
    }];
    fil.extend(items.iter().map(|(libelle, lien)| Miette {
        libelle: (*libelle).to_owned(),
        lien: lien.clone(),
    }));
    fil
}
