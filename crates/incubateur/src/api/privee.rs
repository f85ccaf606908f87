//! Endpoints of a signed-in caller (session or API token): their own submissions, and the scores of a call they
//! may see by the jury's confidentiality rules.

use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Serialize;
use socle::api::{ApiQuery, json};
use socle::auth::CurrentUser;
use socle::{AppError, AppResult, AppState};
use utoipa::ToSchema;

use super::publique::AucunParametre;
use crate::service::jury::{charger_dossier, lecteur};
use crate::store::{candidatures, catalogue};

/// One step of a submission's history.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::EtapeDto)]
pub struct EtapeDto {
    /// Action (code).
    pub action: String,
    /// État avant.
    pub avant: String,
    /// État après.
    pub apres: String,
    /// Message ou motivation.
    pub motif: Option<String>,
    /// Quand.
    pub le: DateTime<Utc>,
}

/// One of the caller's submissions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::CandidatureDto)]
pub struct CandidatureDto {
    /// Identifiant.
    pub id: i64,
    /// Appel à projets.
    pub appel: i64,
    /// Intitulé.
    pub intitule: String,
    /// État (code).
    pub statut: String,
    /// État (libellé).
    pub statut_libelle: String,
    /// Premier dépôt.
    pub deposee_le: Option<DateTime<Utc>>,
    /// Historique.
    pub historique: Vec<EtapeDto>,
}

/// Les candidatures de l'appelant, et elles seules.
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/candidatures",
    tag = "incubateur",
    responses(
        (status = 200, description = "Candidatures de l'appelant", body = Vec<CandidatureDto>),
        (status = 401, description = "Non connecté", content_type = "application/problem+json")
    )
)]
pub async fn mes_candidatures(
    State(app): State<AppState>,
    user: CurrentUser,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let mut list = Vec::new();
    for candidature in candidatures::list_by_user(&mut app.db(), user.id).await? {
        let historique = candidatures::transitions(&mut app.db(), candidature.id)
            .await?
            .into_iter()
            .map(|t| EtapeDto {
                action: t.action,
                avant: t.avant,
                apres: t.apres,
                motif: t.motif,
                le: t.at,
            })
            .collect();
        list.push(CandidatureDto {
            id: candidature.id,
            appel: candidature.appel_id,
            intitule: candidature.intitule.clone(),
            statut: candidature.statut().code().to_owned(),
            statut_libelle: candidature.statut().label().to_owned(),
            deposee_le: candidature.deposee_at,
            historique,
        });
    }
    Ok(json(&list))
}

/// A score as the caller may see it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::NoteDto)]
pub struct NoteDto {
    /// Compte du juré.
    pub jure: i64,
    /// Nom du juré.
    pub jure_nom: String,
    /// Candidature.
    pub candidature: i64,
    /// Une note par critère de la grille.
    pub notes: Vec<f64>,
    /// Total pondéré.
    pub total: f64,
    /// Note privée (seulement dans la vue de son auteur).
    pub note_privee: Option<String>,
}

/// Les notes d'un appel que l'appelant peut voir.
///
/// Un juré voit les siennes, et celles des autres une fois ses propres notes soumises ; jamais une note non soumise
/// d'un autre ni une note d'un juré déporté.
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/appels/{id}/notes",
    tag = "incubateur",
    params(("id" = i64, Path, description = "Identifiant de l'appel")),
    responses(
        (status = 200, description = "Notes visibles", body = Vec<NoteDto>),
        (status = 403, description = "Ni juré, ni président, ni équipe de l'incubateur", content_type = "application/problem+json")
    )
)]
pub async fn notes_visibles(
    State(app): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let appel = crate::service::appels::charger(&mut app.db(), id).await?;
    if lecteur(&user, &appel).is_none() {
        return Err(AppError::forbidden());
    }
    let catalogue = catalogue::current(&app).await?;
    let dossier = charger_dossier(&app, &mut app.db(), &catalogue, appel).await?;
    let list: Vec<NoteDto> = dossier
        .visibles(&user)
        .into_iter()
        .map(|note| {
            let jure = i64::try_from(note.jure.0).unwrap_or_default();
            NoteDto {
                jure,
                jure_nom: dossier.nom(jure),
                candidature: i64::try_from(note.candidature.0).unwrap_or_default(),
                notes: note.notes,
                total: note.total,
                note_privee: note.note_privee,
            }
        })
        .collect();
    Ok(json(&list))
}
