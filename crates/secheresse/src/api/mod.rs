//! JSON API under `/api/v1/secheresse`: the `/zones` lookup in VigiEau's shape, the open-data files of the
//! current publication (with `ETag`), its manifest and the map layers.
//!
//! The lookup speaks VigiEau's contract so that reusers can switch: the same fields (`id`, `code`, `nom`,
//! `type`, `niveauGravite`, `arrete{…}`, `usages[…]`, the Sandre duplicates `gid`/`CdZAS`/`LbZAS`/`TypeZAS`), an
//! array even for one zone, 400 for bad parameters, 404 when no zone is in force, 409 when a commune alone
//! holds several zones of one type, 500 when the published data overlap. Two documented differences: "no
//! zone" is a 404 problem (VigiEau's current code answers 200 `[]`, spec §8.7), and unknown parameters, profiles
//! or zone types are refused with 400 rather than ignored. Each zone also carries `explication` (why it was
//! chosen) and each usage `autoriseMaintenant` (the reading of its text at the time of the request).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;
use serde::{Deserialize, Serialize};
use socle::api::{ApiQuery, QueryParams, json};
use socle::territoires::Kind;
use socle::web::error::ErrorReport;
use socle::{AppError, AppResult, AppState};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::domain::horaire::{Verdict, allowed_at};
use crate::domain::nomenclature::TypeZone;
use crate::domain::recherche::{
    Candidate, ChoixType, Departage, EchecRecherche, ParametresZones, Raison, ReponseZones,
    RequeteZones,
};
use crate::publication::{
    self, FICHIER_ARRETES, FICHIER_RESTRICTIONS, FICHIER_ZONES, FichierPublie, Instantane,
};
use crate::spatial::PointPosition;

/// Routes of the API.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/secheresse/zones", get(zones))
        .route(
            "/api/v1/secheresse/zones_arretes_en_vigueur.geojson",
            get(export_zones),
        )
        .route("/api/v1/secheresse/arretes.csv", get(export_arretes))
        .route(
            "/api/v1/secheresse/restrictions.csv",
            get(export_restrictions),
        )
        .route("/api/v1/secheresse/publication", get(manifeste))
        .route("/api/v1/secheresse/carte/{type_zone}", get(couche))
}

/// OpenAPI description of the routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    #[derive(OpenApi)]
    #[openapi(
        paths(zones, export_zones, export_arretes, export_restrictions, manifeste, couche),
        components(schemas(ZoneDto, ArreteDto, UsageDto, VerdictDto, ExplicationDto, CandidateDto)),
        tags((name = "secheresse", description = "Restrictions d'usage de l'eau en période de sécheresse (VigiEau)"))
    )]
    struct Doc;
    Doc::openapi()
}

/// Query of `/zones`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ZonesParams {
    /// Longitude WGS84 (entre -180 et 180, bornes exclues) ; avec `lat`, le point décide.
    pub lon: Option<String>,
    /// Latitude WGS84 (entre -85 et 85, bornes exclues).
    pub lat: Option<String>,
    /// Code INSEE de la commune (5 caractères, 2A/2B compris) : sans point, les zones liées à la commune.
    pub commune: Option<String>,
    /// Profil : particulier, exploitation, entreprise ou collectivite ; sans profil, tous les usages.
    pub profil: Option<String>,
    /// Type de zone : SUP, SOU ou AEP ; sans type, une zone par type.
    #[serde(rename = "zoneType")]
    #[param(rename = "zoneType")]
    pub zone_type: Option<String>,
}

impl QueryParams for ZonesParams {
    const NAMES: &'static [&'static str] = &["lon", "lat", "commune", "profil", "zoneType"];
}

/// A zone d'alerte in force with its level, arrêté and usages, in VigiEau's shape.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ZoneDto {
    /// Identifiant de la zone publiée (change à chaque publication).
    pub id: i64,
    /// Identifiant Sandre de la zone, s'il est connu.
    pub id_sandre: Option<i64>,
    /// Code de la zone.
    pub code: String,
    /// Nom de la zone.
    pub nom: String,
    /// SUP, SOU ou AEP.
    #[serde(rename = "type")]
    pub type_zone: String,
    /// Ressource influencée (barrages, pompages).
    pub ressource_influencee: bool,
    /// `vigilance`, `alerte`, `alerte_renforcee` ou `crise`.
    pub niveau_gravite: String,
    /// Code du département.
    pub departement: Option<String>,
    /// L'arrêté de restriction.
    pub arrete: ArreteDto,
    /// Les usages, filtrés par type d'eau et profil, avec le texte du niveau.
    pub usages: Vec<UsageDto>,
    /// L'arrêté municipal en vigueur dans la commune demandée.
    pub arrete_municipal_chemin_fichier: Option<String>,
    /// Doublon Sandre de `idSandre`.
    pub gid: Option<i64>,
    /// Doublon Sandre de `code`.
    #[serde(rename = "CdZAS")]
    pub cd_zas: String,
    /// Doublon Sandre de `nom`.
    #[serde(rename = "LbZAS")]
    pub lb_zas: String,
    /// Doublon Sandre de `type`.
    #[serde(rename = "TypeZAS")]
    pub type_zas: String,
    /// Pourquoi cette zone : règle appliquée, zones candidates, départage.
    pub explication: ExplicationDto,
}

/// The arrêté behind a zone's level.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArreteDto {
    /// Identifiant de l'arrêté de restriction.
    pub id: Option<i64>,
    /// Numéro de l'arrêté.
    pub numero: Option<String>,
    /// Premier jour (AAAA-MM-JJ).
    pub date_debut_validite: Option<String>,
    /// Dernier jour (AAAA-MM-JJ), absent si l'arrêté est sans fin.
    pub date_fin_validite: Option<String>,
    /// Lien du PDF signé.
    pub chemin_fichier: Option<String>,
    /// Lien du PDF de l'arrêté cadre.
    pub chemin_fichier_arrete_cadre: Option<String>,
}

/// A usage with the text of the zone's level.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UsageDto {
    /// Identifiant de l'usage.
    pub id: Option<i64>,
    /// Nom.
    pub nom: String,
    /// Thématique.
    pub thematique: String,
    /// Texte de l'arrêté pour le niveau de la zone.
    pub description: String,
    /// Concerne les particuliers.
    pub concerne_particulier: bool,
    /// Concerne les entreprises.
    pub concerne_entreprise: bool,
    /// Concerne les collectivités.
    pub concerne_collectivite: bool,
    /// Concerne les exploitations agricoles.
    pub concerne_exploitation: bool,
    /// Lecture du texte à l'heure de la requête (heure de Paris) ; en cas de doute, « voir l'arrêté ».
    pub autorise_maintenant: VerdictDto,
}

/// "Allowed now?".
#[derive(Debug, Serialize, ToSchema)]
pub struct VerdictDto {
    /// `autorise`, `interdit` ou `voir_arrete`.
    pub reponse: &'static str,
    /// La raison, en français.
    pub raison: String,
}

impl From<Verdict> for VerdictDto {
    fn from(verdict: Verdict) -> Self {
        match verdict {
            Verdict::Autorise(raison) => Self {
                reponse: "autorise",
                raison,
            },
            Verdict::Interdit(raison) => Self {
                reponse: "interdit",
                raison,
            },
            Verdict::Incertain(raison) => Self {
                reponse: "voir_arrete",
                raison,
            },
        }
    }
}

/// Why a zone was returned.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ExplicationDto {
    /// La règle de recherche appliquée.
    pub regle: String,
    /// Pourquoi cette zone pour son type.
    pub raison: String,
    /// Le critère qui a départagé des zones d'un même type sur une limite : niveau, surface ou code.
    pub departage: Option<String>,
    /// Les zones du même type trouvées au lieu demandé.
    pub candidates: Vec<CandidateDto>,
}

/// A zone considered for a type.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CandidateDto {
    /// Identifiant de la zone publiée.
    pub id: i64,
    /// interieur ou limite (absent pour une recherche par commune).
    pub position: Option<&'static str>,
    /// Niveau de la zone.
    pub niveau_gravite: String,
    /// Surface géodésique en m².
    pub surface_m2: f64,
    /// Ressource influencée.
    pub ressource_influencee: bool,
}

/// French sentence for a choice's reason.
pub fn raison_text(raison: Raison) -> &'static str {
    match raison {
        Raison::SeuleZone => "seule zone de ce type au lieu demandé",
        Raison::RessourceInfluencee => {
            "seules des zones de ressource influencée (barrages, pompages) couvrent ce lieu ; elles sont toutes indiquées"
        }
        Raison::Frontiere(_) => {
            "le lieu est sur la limite de plusieurs zones de ce type ; la zone retenue l'emporte selon le critère indiqué"
        }
    }
}

/// French label of a tie-break criterion.
pub fn departage_text(departage: Departage) -> &'static str {
    match departage {
        Departage::Niveau => "niveau de gravité le plus élevé",
        Departage::Surface => "zone la plus grande, à niveau égal",
        Departage::Code => "plus petit code, à niveau et surface égaux",
    }
}

fn candidate(candidate: &Candidate) -> CandidateDto {
    CandidateDto {
        id: candidate.id,
        position: candidate.position.map(|position| match position {
            PointPosition::Inside => "interieur",
            PointPosition::OnBoundary | PointPosition::Outside => "limite",
        }),
        niveau_gravite: candidate.niveau.code().to_owned(),
        surface_m2: candidate.surface_m2.round(),
        ressource_influencee: candidate.ressource_influencee,
    }
}

fn explication(regle: &str, choix: Option<&ChoixType>) -> ExplicationDto {
    ExplicationDto {
        regle: regle.to_owned(),
        raison: choix
            .map(|choix| raison_text(choix.raison))
            .unwrap_or_default()
            .to_owned(),
        departage: choix.and_then(|choix| match choix.raison {
            Raison::Frontiere(departage) => Some(departage_text(departage).to_owned()),
            _ => None,
        }),
        candidates: choix
            .map(|choix| choix.candidates.iter().map(candidate).collect())
            .unwrap_or_default(),
    }
}

/// The answer of a lookup in VigiEau's shape.
pub fn zones_dto(reponse: &ReponseZones<'_>) -> Vec<ZoneDto> {
    let now = Utc::now();
    reponse
        .zones
        .iter()
        .map(|found| {
            let zone = found.zone;
            let type_zone = zone.zone.type_zone;
            let choix = reponse
                .explication
                .choix
                .iter()
                .find(|choix| choix.type_zone == type_zone);
            let date = |date: Option<chrono::NaiveDate>| date.map(|date| date.to_string());
            ZoneDto {
                id: zone.id,
                id_sandre: zone.zone.id_sandre,
                code: zone.zone.code.clone(),
                nom: zone.zone.nom.clone(),
                type_zone: type_zone.code().to_owned(),
                ressource_influencee: zone.zone.ressource_influencee,
                niveau_gravite: zone.niveau.code().to_owned(),
                departement: zone
                    .zone
                    .departement
                    .as_ref()
                    .map(|code| code.as_str().to_owned()),
                arrete: ArreteDto {
                    id: zone.arrete.id,
                    numero: zone.arrete.numero.clone(),
                    date_debut_validite: date(zone.arrete.date_debut),
                    date_fin_validite: date(zone.arrete.date_fin),
                    chemin_fichier: zone.arrete.chemin_fichier.clone(),
                    chemin_fichier_arrete_cadre: zone.arrete.chemin_fichier_arrete_cadre.clone(),
                },
                usages: found
                    .usages
                    .iter()
                    .map(|applicable| UsageDto {
                        id: applicable.usage.id,
                        nom: applicable.usage.nom.clone(),
                        thematique: applicable.usage.thematique.nom().to_owned(),
                        description: applicable.description.to_owned(),
                        concerne_particulier: applicable.usage.concerne.particulier,
                        concerne_entreprise: applicable.usage.concerne.entreprise,
                        concerne_collectivite: applicable.usage.concerne.collectivite,
                        concerne_exploitation: applicable.usage.concerne.exploitation,
                        autorise_maintenant: allowed_at(applicable.description, &now).into(),
                    })
                    .collect(),
                arrete_municipal_chemin_fichier: reponse.arrete_municipal.clone(),
                gid: zone.zone.id_sandre,
                cd_zas: zone.zone.code.clone(),
                lb_zas: zone.zone.nom.clone(),
                type_zas: type_zone.code().to_owned(),
                explication: explication(reponse.explication.regle, choix),
            }
        })
        .collect()
}

/// Validates a lookup and checks its commune against the territoires: a bad parameter is a 400 with its
/// reason, an unknown commune a 404.
pub fn parse_requete(app: &AppState, params: &ZonesParams) -> AppResult<RequeteZones> {
    let requete = RequeteZones::parse(&ParametresZones {
        lon: params.lon.as_deref(),
        lat: params.lat.as_deref(),
        commune: params.commune.as_deref(),
        profil: params.profil.as_deref(),
        zone_type: params.zone_type.as_deref(),
    })
    .map_err(|error| AppError::BadRequest(error.to_string()))?;
    if let Some(commune) = &requete.commune
        && app
            .territoires()
            .get(Kind::Commune, commune.as_str())
            .is_none()
    {
        return Err(AppError::NotFound(format!(
            "commune inconnue : aucune commune n'a le code INSEE {commune}"
        )));
    }
    Ok(requete)
}

/// The error of a lookup that found no answer, with VigiEau's status.
pub fn echec(error: EchecRecherche) -> AppError {
    match error {
        EchecRecherche::AucuneZone => AppError::NotFound(error.to_string()),
        EchecRecherche::CommuneAmbigue { .. } => AppError::Conflict(error.to_string()),
        EchecRecherche::DonneesIncoherentes { .. } => {
            AppError::internal(anyhow::Error::msg(error.to_string()))
        }
    }
}

/// 503 while no publication could be loaded: never an answer from missing data (spec §7).
pub fn indisponible() -> Response {
    let mut response = StatusCode::SERVICE_UNAVAILABLE.into_response();
    response.extensions_mut().insert(ErrorReport {
        status: StatusCode::SERVICE_UNAVAILABLE,
        code: "unavailable",
        message: "les zones en vigueur sont momentanément indisponibles ; réessayez dans quelques instants"
            .to_owned(),
        fields: Default::default(),
        retry_after: Some(10),
        cause: None,
    });
    response
}

/// Zones d'alerte en vigueur en un point ou dans une commune, avec les usages et le texte de leur niveau.
#[utoipa::path(
    get,
    path = "/api/v1/secheresse/zones",
    tag = "secheresse",
    params(ZonesParams),
    responses(
        (status = 200, description = "Une zone par type d'eau au plus (plusieurs si des ressources influencées couvrent le lieu)", body = [ZoneDto]),
        (status = 400, description = "Paramètre inconnu, coordonnées non numériques ou hors limites, profil ou type inconnu", content_type = "application/problem+json"),
        (status = 404, description = "Aucune zone d'alerte en vigueur pour la requête donnée, ou commune inconnue", content_type = "application/problem+json"),
        (status = 409, description = "La commune comporte plusieurs zones d'alerte de même type : précisez l'adresse", content_type = "application/problem+json"),
        (status = 500, description = "Le point est strictement dans deux zones d'un même type (données incohérentes)", content_type = "application/problem+json"),
        (status = 503, description = "Publication momentanément indisponible", content_type = "application/problem+json"),
    )
)]
async fn zones(
    State(app): State<AppState>,
    ApiQuery(params): ApiQuery<ZonesParams>,
) -> AppResult<Response> {
    let requete = parse_requete(&app, &params)?;
    let instantane = publication::courante(&app);
    if !instantane.disponible {
        return Ok(indisponible());
    }
    let reponse = instantane.zones.find(&requete, None).map_err(echec)?;
    Ok(json(&zones_dto(&reponse)))
}

fn servir(
    headers: &HeaderMap,
    fichier: Option<&FichierPublie>,
    content_type: &'static str,
    nom: &str,
) -> Response {
    let Some(fichier) = fichier else {
        return AppError::not_found().into_response();
    };
    let etag = format!("\"{}\"", fichier.sha256);
    // The ETag is the SHA-256 the manifest lists, computed once at publication: not hashed again per request.
    let mut response = if socle::api::if_none_match(headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            fichier.contenu.clone(),
        )
            .into_response()
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(value) = HeaderValue::from_str(&format!("inline; filename=\"{nom}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

fn export(
    headers: &HeaderMap,
    instantane: &Instantane,
    nom: &'static str,
    content_type: &'static str,
) -> Response {
    if !instantane.disponible {
        return indisponible();
    }
    servir(headers, instantane.fichiers.get(nom), content_type, nom)
}

/// Les zones en vigueur avec leur niveau, leur arrêté et leurs usages (format VigiEau `zones_arretes_en_vigueur.geojson`).
#[utoipa::path(
    get,
    path = "/api/v1/secheresse/zones_arretes_en_vigueur.geojson",
    tag = "secheresse",
    responses(
        (status = 200, description = "FeatureCollection ; l'en-tête ETag est le SHA-256 du fichier, listé dans le manifeste", content_type = "application/geo+json"),
        (status = 304, description = "Inchangé depuis l'ETag donné dans If-None-Match"),
    )
)]
async fn export_zones(State(app): State<AppState>, headers: HeaderMap) -> Response {
    export(
        &headers,
        &publication::courante(&app),
        FICHIER_ZONES,
        "application/geo+json",
    )
}

/// Les arrêtés de restriction publiés (format VigiEau `arretes.csv`).
#[utoipa::path(
    get,
    path = "/api/v1/secheresse/arretes.csv",
    tag = "secheresse",
    responses(
        (status = 200, description = "CSV UTF-8 ; l'en-tête ETag est le SHA-256 du fichier", content_type = "text/csv"),
        (status = 304, description = "Inchangé depuis l'ETag donné dans If-None-Match"),
    )
)]
async fn export_arretes(State(app): State<AppState>, headers: HeaderMap) -> Response {
    export(
        &headers,
        &publication::courante(&app),
        FICHIER_ARRETES,
        "text/csv; charset=utf-8",
    )
}

/// Les restrictions par zone et usage (format VigiEau `restrictions.csv`).
#[utoipa::path(
    get,
    path = "/api/v1/secheresse/restrictions.csv",
    tag = "secheresse",
    responses(
        (status = 200, description = "CSV UTF-8 ; l'en-tête ETag est le SHA-256 du fichier", content_type = "text/csv"),
        (status = 304, description = "Inchangé depuis l'ETag donné dans If-None-Match"),
    )
)]
async fn export_restrictions(State(app): State<AppState>, headers: HeaderMap) -> Response {
    export(
        &headers,
        &publication::courante(&app),
        FICHIER_RESTRICTIONS,
        "text/csv; charset=utf-8",
    )
}

/// Le manifeste de la publication en cours : identifiant, date, et SHA-256 de chaque fichier.
#[utoipa::path(
    get,
    path = "/api/v1/secheresse/publication",
    tag = "secheresse",
    responses((status = 200, description = "Manifeste JSON (jamais mis en cache)", content_type = "application/json"))
)]
async fn manifeste(State(app): State<AppState>) -> Response {
    let instantane = publication::courante(&app);
    if !instantane.disponible {
        return indisponible();
    }
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        instantane.manifeste.contenu.clone(),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Couche cartographique simplifiée des zones d'un type, colorées par niveau.
#[utoipa::path(
    get,
    path = "/api/v1/secheresse/carte/{type_zone}",
    tag = "secheresse",
    params(("type_zone" = String, Path, description = "SUP, SOU ou AEP")),
    responses(
        (status = 200, description = "FeatureCollection simplifiée (propriétés couleur, titre, detail, niveau)", content_type = "application/geo+json"),
        (status = 404, description = "Type de zone inconnu", content_type = "application/problem+json"),
    )
)]
async fn couche(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(type_zone): Path<String>,
) -> AppResult<Response> {
    let type_zone = TypeZone::parse(type_zone.trim_end_matches(".geojson"))
        .map_err(|error| AppError::NotFound(error.to_string()))?;
    let instantane = publication::courante(&app);
    if !instantane.disponible {
        return Ok(indisponible());
    }
    let couche = instantane
        .couches
        .get(&type_zone)
        .cloned()
        .unwrap_or_default();
    let fichier = FichierPublie {
        sha256: format!("{}-{}", instantane.manifeste.sha256, type_zone.code()),
        contenu: couche,
    };
    Ok(servir(
        &headers,
        Some(&fichier),
        "application/geo+json",
        &format!("zones_{}.geojson", type_zone.code()),
    ))
}
