//! Public endpoints: phase statistics, the v2.7 document, startups, incubators and published calls.
//!
//! Architecture invariant: nothing here returns a personal contact (the startups' `contact` and the uuids of their
//! contacts stay out), as the spec asks of open data (§7).

use axum::body::{Body, Bytes};
use axum::extract::{OriginalUri, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use futures::StreamExt as _;
use serde::{Deserialize, Serialize};
use socle::api::{ApiQuery, PageRequest, Paginated, QueryParams, json};
use socle::{AppError, AppResult, AppState};
use utoipa::{IntoParams, ToSchema};

use super::statistiques::{LignePhaseDto, phase_statistics};
use super::v27::{DocumentV27, IncubateurV27, LiensV27, StartupV27};
use crate::domain::appel::StatutAppel;
use crate::domain::regles_phase::effective_end;
use crate::domain::startup::Startup;
use crate::store::appels::{self, AppelStocke};
use crate::store::catalogue::{self, Catalogue, Filtres};

/// Query of the phase statistics.
#[derive(Debug, Deserialize, IntoParams)]
pub struct StatistiquesParams {
    /// Date `AAAA-MM-JJ` : la phase en vigueur à cette date (sinon la phase courante selon la règle du site).
    pub date: Option<String>,
}

impl QueryParams for StatistiquesParams {
    const NAMES: &'static [&'static str] = &["date"];
}

/// Reads a civil date parameter strictly.
fn date_param(name: &str, value: Option<&str>) -> AppResult<Option<NaiveDate>> {
    value
        .map(|text| {
            crate::domain::dates::parse_civil_date(text.trim()).ok_or_else(|| {
                AppError::BadRequest(format!("{name} invalide « {text} » (attendu AAAA-MM-JJ)"))
            })
        })
        .transpose()
}

/// Nombre de startups par incubateur et par phase.
///
/// Selon la règle du site (phase de plus grand début, la première listée en cas d'égalité), ou à une date donnée
/// (`phase` nulle quand aucune phase n'a commencé).
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/statistiques/phases",
    tag = "incubateur",
    params(StatistiquesParams),
    responses(
        (status = 200, description = "Effectifs par incubateur et par phase", body = Vec<LignePhaseDto>),
        (status = 400, description = "Paramètre inconnu ou date invalide", content_type = "application/problem+json")
    )
)]
pub async fn statistiques_phases(
    State(app): State<AppState>,
    ApiQuery(params): ApiQuery<StatistiquesParams>,
) -> AppResult<Response> {
    let date = date_param("date", params.date.as_deref())?;
    let catalogue = catalogue::current(&app).await?;
    Ok(json(&phase_statistics(&catalogue.startups, date)))
}

/// Query of endpoints without parameters.
#[derive(Debug, Deserialize)]
pub struct AucunParametre {}

impl QueryParams for AucunParametre {
    const NAMES: &'static [&'static str] = &[];
}

/// Le document `startups.json` de l'API v2.7 de beta.gouv.fr (mêmes clés, même ordre), sans les contacts.
/// Transmis au fil de l'eau ; l'en-tête `ETag` permet les requêtes conditionnelles.
#[utoipa::path(
    get,
    path = "/api/v2.7/startups.json",
    tag = "incubateur",
    responses(
        (status = 200, description = "Startups et incubateurs au format v2.7", body = DocumentV27),
        (status = 304, description = "Inchangé depuis l'ETag fourni")
    )
)]
pub async fn startups_v27(
    State(app): State<AppState>,
    headers: HeaderMap,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let etag = format!("\"incubateur-v27-{}\"", catalogue.seq);
    let etag_value = HeaderValue::from_str(&etag).map_err(AppError::internal)?;
    if socle::api::if_none_match(&headers, &etag) {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        response.headers_mut().insert(header::ETAG, etag_value);
        return Ok(response);
    }
    let links = LiensV27 {
        self_link: format!("{}/startups", app.config().base_url),
    };
    let total = catalogue.startups.len();
    // One chunk per startup: the document is never held whole in memory.
    let chunks =
        futures::stream::iter(0..=total + 1).map(move |index| -> Result<Bytes, std::io::Error> {
            let mut buffer = Vec::new();
            if index == 0 {
                buffer.extend_from_slice(b"{\"links\":");
                serde_json::to_writer(&mut buffer, &links)?;
                buffer.extend_from_slice(b",\"data\":[");
            } else if let Some(startup) = catalogue.startups.get(index - 1) {
                if index > 1 {
                    buffer.push(b',');
                }
                serde_json::to_writer(&mut buffer, &StartupV27::from_startup(startup))?;
            } else {
                buffer.extend_from_slice(b"],\"included\":[");
                for (position, incubateur) in catalogue.incubateurs.iter().enumerate() {
                    if position > 0 {
                        buffer.push(b',');
                    }
                    serde_json::to_writer(
                        &mut buffer,
                        &IncubateurV27::from_incubateur(incubateur),
                    )?;
                }
                buffer.extend_from_slice(b"]}");
            }
            Ok(Bytes::from(buffer))
        });
    let mut response = Body::from_stream(chunks).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::ETAG, etag_value);
    Ok(response)
}

/// A startup in a list.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::StartupResumeDto)]
pub struct StartupResumeDto {
    /// Identifiant (nom du fichier sur beta.gouv.fr).
    pub id: String,
    /// Nom du produit.
    pub titre: String,
    /// Mission.
    pub mission: String,
    /// Incubateur (historique, unique).
    pub incubateur: String,
    /// Phase courante (règle du site).
    pub phase: Option<String>,
    /// Libellé de la phase courante.
    pub phase_libelle: Option<String>,
    /// Phase courante active (investigation, construction, accélération, consolidation, opéré).
    pub actif: bool,
    /// Page de la startup sur La Fabrique.
    pub url: String,
}

impl StartupResumeDto {
    fn from_startup(startup: &Startup) -> Self {
        let phase = startup.current_phase();
        StartupResumeDto {
            id: startup.id.to_string(),
            titre: startup.title.clone(),
            mission: startup.mission.clone(),
            incubateur: startup.incubator.to_string(),
            phase: phase.map(|p| p.code().to_owned()),
            phase_libelle: phase.map(|p| p.label().to_owned()),
            actif: startup.is_active(),
            url: format!("/incubateur/startups/{}", startup.id),
        }
    }
}

/// Query of the startups list.
#[derive(Debug, Deserialize, IntoParams)]
pub struct StartupsParams {
    /// Incubateur (identifiant).
    pub incubateur: Option<String>,
    /// Phase courante (code : investigation, construction…).
    pub phase: Option<String>,
    /// Thématique (telle qu'écrite).
    pub thematique: Option<String>,
    /// Type d'usager (particulier, etat…).
    pub usertype: Option<String>,
    /// Mots cherchés dans le nom et la mission.
    pub q: Option<String>,
    /// Page (à partir de 1).
    pub page: Option<u32>,
    /// Résultats par page (100 au plus).
    pub page_size: Option<u32>,
}

impl QueryParams for StartupsParams {
    const NAMES: &'static [&'static str] = &[
        "incubateur",
        "phase",
        "thematique",
        "usertype",
        "q",
        "page",
        "page_size",
    ];
}

fn non_vide(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Startups, filtrées et paginées.
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/startups",
    tag = "incubateur",
    params(StartupsParams),
    responses((status = 200, description = "Page de startups (count, next, previous, results)"))
)]
pub async fn startups(
    State(app): State<AppState>,
    OriginalUri(uri): OriginalUri,
    ApiQuery(params): ApiQuery<StartupsParams>,
) -> AppResult<Response> {
    let page = PageRequest::new(params.page, params.page_size)?;
    let filtres = Filtres {
        incubateur: non_vide(params.incubateur),
        phase: non_vide(params.phase),
        thematique: non_vide(params.thematique),
        usertype: non_vide(params.usertype),
        q: non_vide(params.q),
    };
    let catalogue = catalogue::current(&app).await?;
    let found = catalogue::filtrer(&catalogue, &filtres);
    let results = found
        .iter()
        .skip(page.offset())
        .take(page.limit())
        .map(|startup| StartupResumeDto::from_startup(startup))
        .collect();
    Ok(json(&Paginated::new(
        results,
        found.len(),
        page,
        &app.config().base_url,
        &uri,
    )))
}

/// A dated phase.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::PhaseDto)]
pub struct PhaseDto {
    /// Code.
    pub phase: String,
    /// Libellé.
    pub libelle: String,
    /// Début.
    pub debut: NaiveDate,
    /// Fin effective (fin écrite, sinon début suivant strictement postérieur).
    pub fin: Option<NaiveDate>,
    /// Commentaire.
    pub commentaire: Option<String>,
}

/// A dated event.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::EvenementDto)]
pub struct EvenementDto {
    /// Code.
    pub nom: String,
    /// Libellé, quand il est connu.
    pub libelle: Option<String>,
    /// Date.
    pub date: NaiveDate,
    /// Commentaire.
    pub commentaire: Option<String>,
}

/// A sponsor.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::SponsorDto)]
pub struct SponsorDto {
    /// Identifiant de l'organisation.
    pub id: String,
    /// Nom (l'identifiant quand l'organisation est inconnue du référentiel).
    pub nom: String,
}

/// A startup in detail.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::StartupDto)]
pub struct StartupDto {
    /// Résumé.
    #[serde(flatten)]
    pub resume: StartupResumeDto,
    /// Incubateurs (co-incubation).
    pub incubateurs: Vec<String>,
    /// Phases, dans l'ordre de la fiche.
    pub phases: Vec<PhaseDto>,
    /// Événements.
    pub evenements: Vec<EvenementDto>,
    /// Site du service.
    pub lien: Option<String>,
    /// Statistiques publiques (règle v2.7).
    pub stats_url: String,
    /// Mesure d'impact.
    pub impact_url: Option<String>,
    /// Budget.
    pub budget_url: Option<String>,
    /// Code source.
    pub repository: Option<String>,
    /// Tableau de bord `DashLord`.
    pub dashlord_url: Option<String>,
    /// Sponsors.
    pub sponsors: Vec<SponsorDto>,
    /// Thématiques.
    pub thematiques: Vec<String>,
    /// Types d'usagers.
    pub usertypes: Vec<String>,
    /// Conformité RGAA déclarée.
    pub accessibilite: Option<String>,
    /// Service de La Fabrique qui prolonge la startup, quand il existe.
    pub module: Option<String>,
}

fn non_vide_ref(value: &Option<String>) -> Option<String> {
    value.clone().filter(|v| !v.trim().is_empty())
}

impl StartupDto {
    fn build(app: &AppState, catalogue: &Catalogue, startup: &Startup) -> Self {
        StartupDto {
            resume: StartupResumeDto::from_startup(startup),
            incubateurs: startup
                .incubator_ids()
                .iter()
                .map(|id| id.to_string())
                .collect(),
            phases: startup
                .phases
                .iter()
                .enumerate()
                .map(|(index, phase)| PhaseDto {
                    phase: phase.name.code().to_owned(),
                    libelle: phase.name.label().to_owned(),
                    debut: phase.start,
                    fin: effective_end(&startup.phases, index),
                    commentaire: phase.comment.clone(),
                })
                .collect(),
            evenements: startup
                .events()
                .iter()
                .map(|event| EvenementDto {
                    nom: event.name.code().to_owned(),
                    libelle: event.name.label().map(str::to_owned),
                    date: event.date,
                    commentaire: event.comment.clone(),
                })
                .collect(),
            lien: non_vide_ref(&startup.link),
            stats_url: startup.published_stats_url(),
            impact_url: non_vide_ref(&startup.impact.impact_url),
            budget_url: non_vide_ref(&startup.impact.budget_url),
            repository: non_vide_ref(&startup.impact.repository),
            dashlord_url: non_vide_ref(&startup.impact.dashlord_url),
            sponsors: startup
                .sponsors()
                .iter()
                .map(|sponsor| SponsorDto {
                    id: sponsor.id.to_string(),
                    nom: catalogue.organisation_name(sponsor.id.as_str()),
                })
                .collect(),
            thematiques: startup
                .thematiques
                .iter()
                .flatten()
                .map(|t| t.as_str().to_owned())
                .collect(),
            usertypes: startup
                .usertypes
                .iter()
                .flatten()
                .map(|u| u.as_str().to_owned())
                .collect(),
            accessibilite: startup
                .conformite
                .accessibility_status
                .as_ref()
                .map(|status| status.as_str().to_owned()),
            module: crate::liens::module_enregistre(app, startup.id.as_str())
                .map(|(_, href)| href.to_owned()),
        }
    }
}

/// Une startup ; un ancien identifiant (`redirect_from`) redirige vers l'actuel.
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/startups/{id}",
    tag = "incubateur",
    params(("id" = String, Path, description = "Identifiant de la startup")),
    responses(
        (status = 200, description = "La startup", body = StartupDto),
        (status = 301, description = "Ancien identifiant"),
        (status = 404, description = "Inconnue", content_type = "application/problem+json")
    )
)]
pub async fn startup(
    State(app): State<AppState>,
    Path(id): Path<String>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    if let Some(startup) = catalogue.startup(&id) {
        return Ok(json(&StartupDto::build(&app, &catalogue, startup)));
    }
    match catalogue.redirect(&id) {
        Some(current) => Ok(
            Redirect::permanent(&format!("/api/v1/incubateur/startups/{current}")).into_response(),
        ),
        None => Err(AppError::NotFound(format!(
            "la startup « {id} » n'existe pas"
        ))),
    }
}

/// An incubator.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::IncubateurDto)]
pub struct IncubateurDto {
    /// Identifiant.
    pub id: String,
    /// Nom.
    pub titre: String,
    /// Présentation (texte sans balises).
    pub description: Option<String>,
    /// Site.
    pub site: Option<String>,
    /// Forge.
    pub github: Option<String>,
    /// Organisation propriétaire (`/organisations/<id>`).
    pub proprietaire: Option<String>,
    /// Masqué de la liste publique de beta.gouv.fr.
    pub masque: bool,
    /// Nombre de startups (par `incubator`).
    pub nombre_startups: usize,
    /// Dont en phase active.
    pub startups_actives: usize,
}

fn incubateur_dto(catalogue: &Catalogue, id: &str) -> IncubateurDto {
    let incubateur = catalogue.incubateur(id);
    let startups: Vec<&Startup> = catalogue
        .startups
        .iter()
        .filter(|s| s.incubator.as_str() == id)
        .collect();
    IncubateurDto {
        id: id.to_owned(),
        titre: catalogue.incubateur_title(id),
        description: incubateur
            .and_then(|i| i.short_description.as_deref())
            .map(crate::texte::texte_brut)
            .filter(|d| !d.is_empty()),
        site: incubateur.and_then(|i| non_vide_ref(&i.website)),
        github: incubateur.and_then(|i| non_vide_ref(&i.github)),
        proprietaire: incubateur.and_then(|i| non_vide_ref(&i.owner)),
        masque: incubateur.is_some_and(|i| i.is_hidden()),
        nombre_startups: startups.len(),
        startups_actives: startups.iter().filter(|s| s.is_active()).count(),
    }
}

/// Les incubateurs du réseau (référentiel et incubateurs cités par les startups).
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/incubateurs",
    tag = "incubateur",
    responses((status = 200, description = "Incubateurs", body = Vec<IncubateurDto>))
)]
pub async fn incubateurs(
    State(app): State<AppState>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let list: Vec<IncubateurDto> = catalogue
        .incubateur_ids()
        .iter()
        .map(|id| incubateur_dto(&catalogue, id))
        .collect();
    Ok(json(&list))
}

/// Un incubateur.
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/incubateurs/{id}",
    tag = "incubateur",
    params(("id" = String, Path, description = "Identifiant de l'incubateur")),
    responses(
        (status = 200, description = "L'incubateur", body = IncubateurDto),
        (status = 404, description = "Inconnu", content_type = "application/problem+json")
    )
)]
pub async fn incubateur(
    State(app): State<AppState>,
    Path(id): Path<String>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    if !catalogue.incubateur_ids().contains(&id) {
        return Err(AppError::NotFound(format!(
            "l'incubateur « {id} » n'existe pas"
        )));
    }
    Ok(json(&incubateur_dto(&catalogue, &id)))
}

/// A dated milestone of a call.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::JalonDto)]
pub struct JalonDto {
    /// Étape.
    pub libelle: String,
    /// Date.
    pub date: NaiveDate,
}

/// A question of a call's FAQ.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::FaqDto)]
pub struct FaqDto {
    /// Question.
    pub question: String,
    /// Réponse.
    pub reponse: String,
}

/// A published call.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = incubateur::AppelDto)]
pub struct AppelDto {
    /// Identifiant.
    pub id: i64,
    /// Incubateur.
    pub incubateur: String,
    /// Titre.
    pub titre: String,
    /// Thème.
    pub theme: String,
    /// Qui peut candidater.
    pub perimetre: String,
    /// Ouverture (heure de Paris).
    pub ouverture: Option<String>,
    /// Clôture (heure de Paris).
    pub cloture: Option<String>,
    /// État (code).
    pub statut: String,
    /// État (libellé).
    pub statut_libelle: String,
    /// Boîte de contact de l'équipe.
    pub contact: Option<String>,
    /// Calendrier.
    pub jalons: Vec<JalonDto>,
    /// Questions fréquentes.
    pub faq: Vec<FaqDto>,
}

impl AppelDto {
    fn from_stocke(stocke: &AppelStocke) -> Self {
        let appel = &stocke.appel;
        AppelDto {
            id: stocke.id,
            incubateur: appel.incubateur.to_string(),
            titre: appel.title.clone(),
            theme: appel.theme.clone(),
            perimetre: appel.perimetre.libelle.clone(),
            ouverture: appel.opens_at.map(crate::store::civil_text),
            cloture: appel.closes_at.map(crate::store::civil_text),
            statut: appel.statut.code().to_owned(),
            statut_libelle: appel.statut.label().to_owned(),
            contact: appel.contact_mailbox.clone(),
            jalons: appel
                .milestones
                .iter()
                .map(|j| JalonDto {
                    libelle: j.libelle.clone(),
                    date: j.date,
                })
                .collect(),
            faq: appel
                .faq
                .iter()
                .map(|q| FaqDto {
                    question: q.question.clone(),
                    reponse: q.reponse.clone(),
                })
                .collect(),
        }
    }
}

/// Les appels à projets publiés (les brouillons ne sont pas publics).
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/appels",
    tag = "incubateur",
    responses((status = 200, description = "Appels publiés, du plus récent au plus ancien", body = Vec<AppelDto>))
)]
pub async fn appels(
    State(app): State<AppState>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let list: Vec<AppelDto> = appels::list(&mut app.db())
        .await?
        .iter()
        .filter(|a| a.appel.statut != StatutAppel::Brouillon)
        .map(AppelDto::from_stocke)
        .collect();
    Ok(json(&list))
}

/// Un appel à projets publié.
#[utoipa::path(
    get,
    path = "/api/v1/incubateur/appels/{id}",
    tag = "incubateur",
    params(("id" = i64, Path, description = "Identifiant de l'appel")),
    responses(
        (status = 200, description = "L'appel", body = AppelDto),
        (status = 404, description = "Inconnu ou non publié", content_type = "application/problem+json")
    )
)]
pub async fn appel(
    State(app): State<AppState>,
    Path(id): Path<i64>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    match appels::find(&mut app.db(), id).await? {
        Some(stocke) if stocke.appel.statut != StatutAppel::Brouillon => {
            Ok(json(&AppelDto::from_stocke(&stocke)))
        }
        _ => Err(AppError::NotFound(format!(
            "l'appel à projets {id} n'existe pas ou n'est pas publié"
        ))),
    }
}
