//! JSON API `/api/v1/mines/…`: titres, démarches, étapes, entreprises and the map layer.
//!
//! It also lets an instructor holding an API token add an étape. Same store, domain and visibility as the pages
//! ([`crate::lecture::lisible`]); unknown query parameters are refused (400).

use axum::Router;
use axum::extract::{OriginalUri, Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use socle::AppState;
use socle::api::{ApiQuery, PageRequest, Paginated, QueryParams, json};
use socle::auth::{CurrentUser, MaybeUser};
use socle::web::error::{AppError, AppResult};
use std::collections::{BTreeMap, HashMap};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::acces;
use crate::carte::{self, Vue, ZOOM_MAX};
use crate::domain::date::CaminoDate;
use crate::domain::etape::Heritage;
use crate::domain::instruction::etapes_possibles;
use crate::domain::permissions::AccesEtape;
use crate::export::{nom_domaine, nom_nature};
use crate::instruction::{self, InstructionError, aujourdhui};
use crate::lecture::{self, DemarcheLisible, TitreLisible};
use crate::referentiels::{DemarcheStatutId, EtapeStatutId, EtapeTypeId};
use crate::store::{self, Conn, Entreprise, NouvelleEtape, TitreLigne, Visibilite};
use crate::web::TitresParams;

/// Routes of the API.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/mines/titres", get(titres))
        .route("/api/v1/mines/titres/{id}", get(titre))
        .route("/api/v1/mines/titres/{id}/perimetre", get(perimetre))
        .route("/api/v1/mines/demarches", get(demarches))
        .route("/api/v1/mines/demarches/{id}", get(demarche))
        .route(
            "/api/v1/mines/demarches/{id}/etapes",
            axum::routing::post(etape_creer),
        )
        .route("/api/v1/mines/etapes/{id}", get(etape))
        .route("/api/v1/mines/entreprises", get(entreprises))
        .route("/api/v1/mines/entreprises/{code}", get(entreprise))
        .route("/api/v1/mines/carte", get(couche_carte))
}

/// OpenAPI of these routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    #[derive(OpenApi)]
    #[openapi(
        paths(titres, titre, perimetre, demarches, demarche, etape_creer, etape, entreprises, entreprise, couche_carte),
        tags((name = "mines", description = "Cadastre minier : titres, démarches, étapes, entreprises (continuité de Camino)"))
    )]
    struct Doc;
    Doc::openapi()
}

/// A company holding a titre.
#[derive(Debug, Serialize, ToSchema)]
pub struct EntrepriseDto {
    /// Code (`fr-<SIREN>`).
    pub id: String,
    /// Nom.
    pub nom: String,
    /// SIREN.
    pub siren: Option<String>,
    /// Identifiant légal étranger.
    pub legal_etranger: Option<String>,
    /// Catégorie : PME, ETI ou GE.
    pub categorie: Option<String>,
}

impl From<&Entreprise> for EntrepriseDto {
    fn from(e: &Entreprise) -> Self {
        Self {
            id: e.code.clone(),
            nom: e.nom.clone(),
            siren: e.siren.clone(),
            legal_etranger: e.legal_etranger.clone(),
            categorie: e.categorie.clone(),
        }
    }
}

fn entreprises_dto(
    entreprises: &HashMap<String, Entreprise>,
    codes: &[String],
) -> Vec<EntrepriseDto> {
    codes
        .iter()
        .map(|code| match entreprises.get(code) {
            Some(e) => e.into(),
            None => EntrepriseDto {
                id: code.clone(),
                nom: code.clone(),
                siren: None,
                legal_etranger: None,
                categorie: None,
            },
        })
        .collect()
}

/// A commune of a titre.
#[derive(Debug, Serialize, ToSchema)]
pub struct CommuneDto {
    /// Code INSEE.
    pub id: String,
    /// Surface du périmètre dans la commune (km²), quand elle est connue.
    pub surface: Option<f64>,
}

/// A titre in lists.
#[derive(Debug, Serialize, ToSchema)]
pub struct TitreDto {
    /// Identifiant (slug) : `{domaine}-{nature}-{nom}-{année}`.
    pub id: String,
    /// Nom.
    pub nom: String,
    /// Type (titre type id, ex. `arm`).
    pub type_id: String,
    /// Nature en clair (« autorisation de recherches »).
    #[serde(rename = "type")]
    pub type_nom: String,
    /// Domaine en clair.
    pub domaine: String,
    /// Statut (id) : dmi, dmc, val, mod, sup, ech, ind.
    pub statut_id: String,
    /// Statut en clair.
    pub statut: String,
    /// Pourquoi ce statut.
    pub statut_explication: String,
    /// Début de validité.
    pub date_debut: Option<String>,
    /// Fin de validité.
    pub date_fin: Option<String>,
    /// Date de la première demande.
    pub date_demande: Option<String>,
    /// Surface (km²).
    pub surface: Option<f64>,
    /// Substances légales (ids).
    pub substances: Vec<String>,
    /// Titulaires.
    pub titulaires: Vec<EntrepriseDto>,
    /// Amodiataires.
    pub amodiataires: Vec<EntrepriseDto>,
    /// Communes.
    pub communes: Vec<CommuneDto>,
    /// Départements (codes INSEE).
    pub departements: Vec<String>,
    /// Régions (codes INSEE).
    pub regions: Vec<String>,
    /// Statut calculé au.
    pub calcule_au: Option<String>,
    /// Page du titre.
    pub lien: String,
}

fn titre_dto(titre: &TitreLigne, entreprises: &HashMap<String, Entreprise>) -> TitreDto {
    TitreDto {
        id: titre.slug.clone(),
        nom: titre.nom.clone(),
        type_id: titre.type_id.as_str().to_owned(),
        type_nom: nom_nature(titre).to_owned(),
        domaine: nom_domaine(titre).to_owned(),
        statut_id: titre.statut.as_str().to_owned(),
        statut: titre.statut.nom().to_owned(),
        statut_explication: titre.statut_explication.clone(),
        date_debut: titre.date_debut.map(|d| d.to_string()),
        date_fin: titre.date_fin.map(|d| d.to_string()),
        date_demande: titre.date_demande.map(|d| d.to_string()),
        surface: titre.surface,
        substances: titre.substances.clone(),
        titulaires: entreprises_dto(entreprises, &titre.titulaires),
        amodiataires: entreprises_dto(entreprises, &titre.amodiataires),
        communes: titre
            .communes
            .iter()
            .map(|c| CommuneDto {
                id: c.id.clone(),
                surface: c.surface,
            })
            .collect(),
        departements: titre.departements.clone(),
        regions: titre.regions.clone(),
        calcule_au: titre.calcule_au.map(|d| d.to_string()),
        lien: format!("/mines/titres/{}", titre.slug),
    }
}

/// A document of an étape.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentDto {
    /// Id.
    pub id: i64,
    /// Type (id).
    pub type_id: String,
    /// Type en clair.
    #[serde(rename = "type")]
    pub type_nom: String,
    /// Description.
    pub description: String,
    /// Qui peut le lire : public, titulaires, administrations.
    pub confidentialite: String,
    /// Téléchargement.
    pub lien: String,
}

/// An étape.
#[derive(Debug, Serialize, ToSchema)]
pub struct EtapeDto {
    /// Id.
    pub id: i64,
    /// Type (id).
    pub type_id: String,
    /// Type en clair.
    #[serde(rename = "type")]
    pub type_nom: String,
    /// Statut (id).
    pub statut_id: String,
    /// Statut en clair.
    pub statut: String,
    /// Date.
    pub date: String,
    /// Brouillon (visible de l'entreprise demandeuse et des administrations seulement).
    pub brouillon: bool,
    /// Rang dans l'ordre de la procédure.
    pub ordre: i64,
    /// Durée (mois).
    pub duree: Option<u32>,
    /// Début de validité.
    pub date_debut: Option<String>,
    /// Fin de validité.
    pub date_fin: Option<String>,
    /// Surface (km²).
    pub surface: Option<f64>,
    /// Substances.
    pub substances: Option<Vec<String>>,
    /// Titulaires (codes).
    pub titulaires: Option<Vec<String>>,
    /// Système de coordonnées du périmètre déposé (EPSG).
    pub geo_systeme_id: Option<String>,
    /// Documents lisibles.
    pub documents: Vec<DocumentDto>,
}

/// A démarche with its readable étapes.
#[derive(Debug, Serialize, ToSchema)]
pub struct DemarcheDto {
    /// Id.
    pub id: i64,
    /// Identifiant (slug).
    pub slug: String,
    /// Titre (slug).
    pub titre_id: String,
    /// Type (id).
    pub type_id: String,
    /// Type en clair.
    #[serde(rename = "type")]
    pub type_nom: String,
    /// Statut (id).
    pub statut_id: String,
    /// Statut en clair.
    pub statut: String,
    /// Publique.
    pub public: bool,
    /// Début de la phase de validité.
    pub date_debut: Option<String>,
    /// Fin de la phase de validité.
    pub date_fin: Option<String>,
    /// Explication du statut (phrases lisibles par l'appelant).
    pub explication: Vec<String>,
    /// Refus d'une étape par la procédure (administrations du titre seulement).
    pub erreur: Option<String>,
    /// Administrations attendues (administrations du titre seulement).
    pub bloquants: Vec<String>,
    /// Étapes lisibles.
    pub etapes: Vec<EtapeDto>,
    /// Étapes possibles ensuite, `type:statut` (instructeurs seulement).
    pub etapes_possibles: Vec<String>,
}

/// A titre with its readable history.
#[derive(Debug, Serialize, ToSchema)]
pub struct TitreDetailDto {
    /// Le titre.
    #[serde(flatten)]
    pub titre: TitreDto,
    /// Version (à renvoyer pour ajouter une étape).
    pub version: i64,
    /// Démarches lisibles.
    pub demarches: Vec<DemarcheDto>,
}

fn etape_dto(etape: &lecture::EtapeLisible<'_>) -> EtapeDto {
    let e = &etape.etape.etape;
    EtapeDto {
        id: etape.etape.id,
        type_id: e.type_id.as_str().to_owned(),
        type_nom: e.type_id.nom().to_owned(),
        statut_id: e.statut_id.as_str().to_owned(),
        statut: e.statut_id.nom().to_owned(),
        date: e.date.to_string(),
        brouillon: e.is_brouillon,
        ordre: etape.etape.ordre,
        duree: e.duree,
        date_debut: e.date_debut.map(|d| d.to_string()),
        date_fin: e.date_fin.map(|d| d.to_string()),
        surface: e.surface,
        substances: e.substances.clone(),
        titulaires: e
            .titulaires
            .as_ref()
            .map(|l| l.iter().map(|t| t.0.clone()).collect()),
        geo_systeme_id: etape.etape.geo_systeme_id.clone(),
        documents: etape
            .documents
            .iter()
            .map(|d| DocumentDto {
                id: d.id,
                type_id: d.type_id.clone(),
                type_nom: d.type_nom().to_owned(),
                description: d.description.clone(),
                confidentialite: store::confidentialite_id(d.confidentialite).to_owned(),
                lien: format!("/mines/documents/{}", d.id),
            })
            .collect(),
    }
}

fn demarche_dto(
    complet: &store::TitreComplet,
    lisible: &TitreLisible<'_>,
    demarche: &DemarcheLisible<'_>,
    acteur: &crate::domain::acteur::Acteur,
) -> DemarcheDto {
    let d = demarche.demarche;
    let acces_titre = complet.titre.acces();
    let instructeur = acteur.edite_etape(
        &acces_titre.acces(),
        &AccesEtape {
            type_id: EtapeTypeId::Mcp,
            is_brouillon: false,
        },
    );
    let etapes_possibles = if instructeur {
        complet
            .domain()
            .demarches
            .iter()
            .find(|x| x.id.0 == d.id.to_string())
            .map(|x| etapes_possibles(complet.titre.type_id, x, aujourdhui()))
            .unwrap_or_default()
            .into_iter()
            .map(|(t, s)| format!("{}:{}", t.as_str(), s.as_str()))
            .collect()
    } else {
        Vec::new()
    };
    DemarcheDto {
        id: d.id,
        slug: d.slug.clone(),
        titre_id: lisible.titre.slug.clone(),
        type_id: d.type_id.as_str().to_owned(),
        type_nom: d.type_id.definition().nom.to_owned(),
        statut_id: d.statut.as_str().to_owned(),
        statut: d.statut.definition().nom.to_owned(),
        public: d.public_lecture,
        date_debut: d.date_debut.map(|x| x.to_string()),
        date_fin: d.date_fin.map(|x| x.to_string()),
        explication: demarche
            .explication
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
        erreur: demarche.erreur.map(str::to_owned),
        bloquants: demarche.bloquants.iter().map(|s| (*s).to_owned()).collect(),
        etapes: demarche.etapes.iter().map(etape_dto).collect(),
        etapes_possibles,
    }
}

/// A page of a list with its `next` and `previous` links, as every list of this API answers.
fn page_json<T: Serialize>(
    app: &AppState,
    results: Vec<T>,
    count: usize,
    page: PageRequest,
    uri: &Uri,
) -> Response {
    json(&Paginated::new(
        results,
        count,
        page,
        &app.config().base_url,
        uri,
    ))
}

/// A GeoJSON body, with the media type map clients look for.
fn geojson(corps: impl IntoResponse) -> Response {
    let mut response = corps.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    response
}

/// Liste des titres lisibles par l'appelant, filtrée et paginée.
#[utoipa::path(
    get,
    path = "/api/v1/mines/titres",
    tag = "mines",
    params(TitresParams),
    responses(
        (status = 200, description = "Titres (count, next, previous, results), triés par nom"),
        (status = 400, description = "Paramètre inconnu ou valeur invalide", content_type = "application/problem+json"),
    )
)]
async fn titres(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    OriginalUri(uri): OriginalUri,
    ApiQuery(params): ApiQuery<TitresParams>,
) -> AppResult<Response> {
    let page = PageRequest::new(params.page, params.page_size)?;
    let filtres = params.filtres(&app.territoires())?;
    let acteur = acces::acteur(user.as_ref());
    let (count, titres) = store::list_titres(
        app.db(),
        &filtres,
        &Visibilite::of(&acteur),
        page.offset(),
        page.limit(),
    )
    .await?;
    let entreprises = store::entreprises_by_code(app.db()).await?;
    let results = titres.iter().map(|t| titre_dto(t, &entreprises)).collect();
    Ok(page_json(&app, results, count, page, &uri))
}

/// No query parameter.
#[derive(Debug, Deserialize)]
pub struct AucunParametre {}

impl QueryParams for AucunParametre {
    const NAMES: &'static [&'static str] = &[];
}

async fn complet_lisible(
    app: &AppState,
    id: &str,
    user: Option<&CurrentUser>,
) -> AppResult<store::TitreComplet> {
    let complet = crate::web::public::load_complet(app, id).await?;
    if lecture::lisible(&complet, &acces::acteur(user)).is_none() {
        return Err(AppError::NotFound(format!("titre « {id} » introuvable")));
    }
    Ok(complet)
}

/// Un titre et son historique lisible : démarches, étapes, documents, explication des statuts.
#[utoipa::path(
    get,
    path = "/api/v1/mines/titres/{id}",
    tag = "mines",
    params(("id" = String, Path, description = "Identifiant (slug) ou numéro du titre")),
    responses(
        (status = 200, body = TitreDetailDto),
        (status = 404, description = "Titre inconnu ou non lisible", content_type = "application/problem+json"),
    )
)]
async fn titre(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(id): Path<String>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let complet = complet_lisible(&app, &id, user.as_ref()).await?;
    let acteur = acces::acteur(user.as_ref());
    let lisible = lecture::lisible(&complet, &acteur).ok_or_else(AppError::not_found)?;
    let entreprises = store::entreprises_by_code(app.db()).await?;
    let demarches = lisible
        .demarches
        .iter()
        .map(|d| demarche_dto(&complet, &lisible, d, &acteur))
        .collect();
    Ok(json(&TitreDetailDto {
        titre: titre_dto(lisible.titre, &entreprises),
        version: complet.titre.version,
        demarches,
    }))
}

/// Le périmètre actuel d'un titre, en GeoJSON (WGS84, 7 décimales).
#[utoipa::path(
    get,
    path = "/api/v1/mines/titres/{id}/perimetre",
    tag = "mines",
    params(("id" = String, Path, description = "Identifiant (slug) ou numéro du titre")),
    responses(
        (status = 200, description = "Feature GeoJSON (application/geo+json)"),
        (status = 404, description = "Titre inconnu, non lisible ou sans périmètre", content_type = "application/problem+json"),
    )
)]
async fn perimetre(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(id): Path<String>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let complet = complet_lisible(&app, &id, user.as_ref()).await?;
    let geometrie = store::titre_perimetre(app.db(), complet.titre.id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("le titre « {id} » n'a pas de périmètre")))?;
    let proprietes = serde_json::json!({
        "titre": complet.titre.nom,
        "detail": format!("{} — {}", nom_nature(&complet.titre), complet.titre.statut.nom()),
        "couleur": carte::couleur_domaine(complet.titre.domaine()),
    });
    let corps = format!(r#"{{"type":"Feature","geometry":{geometrie},"properties":{proprietes}}}"#);
    Ok(geojson(corps))
}

/// Query of the démarche list.
#[derive(Debug, Deserialize, IntoParams)]
pub struct DemarchesParams {
    /// Titre (slug ou numéro).
    pub titre: Option<String>,
    /// Statuts de démarche (répétable) : eco, dep, ins, acc, acp, rej, rea, cls, des, ini, ter, fpm, ind.
    #[serde(default)]
    pub statut: Vec<String>,
    /// Page (à partir de 1).
    pub page: Option<u32>,
    /// Résultats par page (100 au plus).
    pub page_size: Option<u32>,
}

impl QueryParams for DemarchesParams {
    const NAMES: &'static [&'static str] = &["titre", "statut", "page", "page_size"];
}

/// A démarche in lists.
#[derive(Debug, Serialize, ToSchema)]
pub struct DemarcheResumeDto {
    /// Id.
    pub id: i64,
    /// Identifiant (slug).
    pub slug: String,
    /// Titre (slug).
    pub titre_id: String,
    /// Nom du titre.
    pub titre_nom: String,
    /// Type (id).
    pub type_id: String,
    /// Statut (id).
    pub statut_id: String,
    /// Statut en clair.
    pub statut: String,
    /// Début de la phase de validité.
    pub date_debut: Option<String>,
    /// Fin de la phase de validité.
    pub date_fin: Option<String>,
}

/// Liste des démarches lisibles par l'appelant.
#[utoipa::path(
    get,
    path = "/api/v1/mines/demarches",
    tag = "mines",
    params(DemarchesParams),
    responses(
        (status = 200, description = "Démarches (count, next, previous, results)"),
        (status = 400, description = "Paramètre inconnu ou valeur invalide", content_type = "application/problem+json"),
    )
)]
async fn demarches(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    OriginalUri(uri): OriginalUri,
    ApiQuery(params): ApiQuery<DemarchesParams>,
) -> AppResult<Response> {
    let page = PageRequest::new(params.page, params.page_size)?;
    let acteur = acces::acteur(user.as_ref());
    let mut statuts = Vec::new();
    for valeur in params
        .statut
        .iter()
        .flat_map(|s| s.split(','))
        .filter(|s| !s.is_empty())
    {
        statuts.push(DemarcheStatutId::from_id(valeur).ok_or_else(|| {
            AppError::BadRequest(format!(
                "statut inconnu : « {valeur} » (valeurs possibles : {})",
                DemarcheStatutId::ALL
                    .map(DemarcheStatutId::as_str)
                    .join(", ")
            ))
        })?);
    }
    let titre_id = match params.titre.as_deref() {
        Some(id) => Some(
            store::find_titre(app.db(), id)
                .await?
                .ok_or_else(|| AppError::NotFound(format!("titre « {id} » introuvable")))?
                .id,
        ),
        None => None,
    };
    let (count, lignes) = store::list_demarches(
        app.db(),
        &Visibilite::of(&acteur),
        titre_id,
        &statuts,
        page.offset(),
        page.limit(),
    )
    .await?;
    // The SQL filter reads titres; each démarche is then checked by the domain (a confidential démarche of a
    // public titre stays hidden). The count is that of the titres' démarches, an upper bound for the public.
    let results: Vec<DemarcheResumeDto> = lignes
        .iter()
        .filter(|item| {
            let acces = item.titre.acces();
            acteur.lit_demarche(&acces.acces(), &item.demarche.acces())
        })
        .map(|item| DemarcheResumeDto {
            id: item.demarche.id,
            slug: item.demarche.slug.clone(),
            titre_id: item.titre.slug.clone(),
            titre_nom: item.titre.nom.clone(),
            type_id: item.demarche.type_id.as_str().to_owned(),
            statut_id: item.demarche.statut.as_str().to_owned(),
            statut: item.demarche.statut.definition().nom.to_owned(),
            date_debut: item.demarche.date_debut.map(|d| d.to_string()),
            date_fin: item.demarche.date_fin.map(|d| d.to_string()),
        })
        .collect();
    Ok(page_json(&app, results, count, page, &uri))
}

async fn demarche_lisible(
    app: &AppState,
    id: i64,
    user: Option<&CurrentUser>,
) -> AppResult<store::TitreComplet> {
    let titre_id = store::titre_of_demarche(app.db(), id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("démarche {id} introuvable")))?;
    store::load_titre(&mut Conn::Db(app.db()), titre_id)
        .await?
        .filter(|complet| {
            lecture::lisible(complet, &acces::acteur(user))
                .is_some_and(|l| l.demarches.iter().any(|d| d.demarche.id == id))
        })
        .ok_or_else(|| AppError::NotFound(format!("démarche {id} introuvable")))
}

/// Une démarche, ses étapes lisibles et, pour les instructeurs, les étapes possibles ensuite.
#[utoipa::path(
    get,
    path = "/api/v1/mines/demarches/{id}",
    tag = "mines",
    params(("id" = i64, Path, description = "Numéro de la démarche")),
    responses(
        (status = 200, body = DemarcheDto),
        (status = 404, description = "Démarche inconnue ou non lisible", content_type = "application/problem+json"),
    )
)]
async fn demarche(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(id): Path<i64>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let complet = demarche_lisible(&app, id, user.as_ref()).await?;
    let acteur = acces::acteur(user.as_ref());
    let lisible = lecture::lisible(&complet, &acteur).ok_or_else(AppError::not_found)?;
    let demarche = lisible
        .demarches
        .iter()
        .find(|d| d.demarche.id == id)
        .ok_or_else(AppError::not_found)?;
    Ok(json(&demarche_dto(&complet, &lisible, demarche, &acteur)))
}

/// Body of the creation of an étape.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NouvelleEtapeDto {
    /// Type d'étape (id, ex. `mcr`).
    #[serde(rename = "type")]
    pub type_id: String,
    /// Statut d'étape (id, ex. `fav`).
    pub statut: String,
    /// Date (AAAA-MM-JJ).
    pub date: String,
    /// Version du titre lue (contrôle des écritures concurrentes).
    pub version: Option<i64>,
    /// Durée (mois).
    pub duree: Option<u32>,
    /// Début de validité (AAAA-MM-JJ).
    pub date_debut: Option<String>,
    /// Fin de validité (AAAA-MM-JJ).
    pub date_fin: Option<String>,
}

/// Id of a created resource.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreeDto {
    /// Id.
    pub id: i64,
}

fn date_json(champ: &str, texte: &str) -> AppResult<CaminoDate> {
    CaminoDate::parse(texte)
        .map_err(|_| AppError::invalid_field(champ, "date attendue au format AAAA-MM-JJ"))
}

/// Ajoute une étape à une démarche (instructeurs, avec un jeton d'API) ; la démarche entière est revalidée.
#[utoipa::path(
    post,
    path = "/api/v1/mines/demarches/{id}/etapes",
    tag = "mines",
    params(("id" = i64, Path, description = "Numéro de la démarche")),
    request_body = NouvelleEtapeDto,
    responses(
        (status = 201, body = CreeDto),
        (status = 401, description = "Authentification requise", content_type = "application/problem+json"),
        (status = 403, description = "Rôle insuffisant", content_type = "application/problem+json"),
        (status = 409, description = "Le titre a changé depuis la version lue", content_type = "application/problem+json"),
        (status = 422, description = "Étape refusée : raison et étapes possibles dans `errors`", content_type = "application/problem+json"),
    )
)]
async fn etape_creer(
    State(app): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    axum::Json(corps): axum::Json<NouvelleEtapeDto>,
) -> AppResult<Response> {
    let type_id = EtapeTypeId::from_id(&corps.type_id).ok_or_else(|| {
        AppError::invalid_field(
            "type",
            format!("type d'étape inconnu « {} »", corps.type_id),
        )
    })?;
    let statut_id = EtapeStatutId::from_id(&corps.statut).ok_or_else(|| {
        AppError::invalid_field(
            "statut",
            format!("statut d'étape inconnu « {} »", corps.statut),
        )
    })?;
    let mut etape = NouvelleEtape::simple(type_id, statut_id, date_json("date", &corps.date)?);
    etape.duree = corps.duree;
    etape.date_debut = corps
        .date_debut
        .as_deref()
        .map(|d| date_json("date_debut", d))
        .transpose()?;
    etape.date_fin = corps
        .date_fin
        .as_deref()
        .map(|d| date_json("date_fin", d))
        .transpose()?;
    if type_id.definition().fondamentale {
        etape.heritage = Heritage {
            titulaires: true,
            amodiataires: true,
            date_debut: etape.date_debut.is_none(),
            date_fin: etape.date_fin.is_none(),
            duree: etape.duree.is_none(),
            substances: true,
            perimetre: true,
        };
    }
    let acteur = acces::acteur(Some(&user));
    match instruction::ajouter_etape(&app, &user, &acteur, id, corps.version, etape, Vec::new())
        .await
    {
        Ok(etape_id) => {
            let mut response = json(&CreeDto { id: etape_id });
            *response.status_mut() = StatusCode::CREATED;
            Ok(response)
        }
        Err(InstructionError::Refus(refus)) => {
            let mut fields = BTreeMap::from([("etape".to_owned(), vec![refus.to_string()])]);
            if let Some(possibles) = refus.possibles() {
                fields.insert(
                    "etapes_possibles".to_owned(),
                    possibles
                        .0
                        .iter()
                        .map(|(t, s)| format!("{}:{}", t.as_str(), s.as_str()))
                        .collect(),
                );
            }
            Err(AppError::Invalid {
                message: refus.to_string(),
                fields,
            })
        }
        Err(autre) => Err(autre.into()),
    }
}

/// Une étape lisible et ses documents lisibles.
#[utoipa::path(
    get,
    path = "/api/v1/mines/etapes/{id}",
    tag = "mines",
    params(("id" = i64, Path, description = "Numéro de l'étape")),
    responses(
        (status = 200, body = EtapeDto),
        (status = 404, description = "Étape inconnue ou non lisible", content_type = "application/problem+json"),
    )
)]
async fn etape(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(id): Path<i64>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let introuvable = || AppError::NotFound(format!("étape {id} introuvable"));
    let (titre_id, _) = store::titre_of_etape(app.db(), id)
        .await?
        .ok_or_else(introuvable)?;
    let complet = store::load_titre(&mut Conn::Db(app.db()), titre_id)
        .await?
        .ok_or_else(introuvable)?;
    let acteur = acces::acteur(user.as_ref());
    let lisible = lecture::lisible(&complet, &acteur).ok_or_else(introuvable)?;
    let etape = lisible
        .demarches
        .iter()
        .flat_map(|d| &d.etapes)
        .find(|e| e.etape.id == id)
        .ok_or_else(introuvable)?;
    Ok(json(&etape_dto(etape)))
}

/// Query of the company list.
#[derive(Debug, Deserialize, IntoParams)]
pub struct EntreprisesParams {
    /// Texte cherché dans le nom ou le SIREN.
    pub q: Option<String>,
    /// Page (à partir de 1).
    pub page: Option<u32>,
    /// Résultats par page (100 au plus).
    pub page_size: Option<u32>,
}

impl QueryParams for EntreprisesParams {
    const NAMES: &'static [&'static str] = &["q", "page", "page_size"];
}

/// Liste des entreprises (nom, SIREN), comme l'export d'entreprises de Camino.
#[utoipa::path(
    get,
    path = "/api/v1/mines/entreprises",
    tag = "mines",
    params(EntreprisesParams),
    responses(
        (status = 200, description = "Entreprises (count, next, previous, results)"),
        (status = 400, description = "Paramètre inconnu ou valeur invalide", content_type = "application/problem+json"),
    )
)]
async fn entreprises(
    State(app): State<AppState>,
    OriginalUri(uri): OriginalUri,
    ApiQuery(params): ApiQuery<EntreprisesParams>,
) -> AppResult<Response> {
    let page = PageRequest::new(params.page, params.page_size)?;
    if params.q.as_deref().is_some_and(|q| q.chars().count() > 200) {
        return Err(AppError::BadRequest(
            "q ne doit pas dépasser 200 caractères".to_owned(),
        ));
    }
    let (count, lignes) =
        store::list_entreprises(app.db(), params.q.as_deref(), page.offset(), page.limit()).await?;
    let results: Vec<EntrepriseDto> = lignes.iter().map(EntrepriseDto::from).collect();
    Ok(page_json(&app, results, count, page, &uri))
}

/// A company and its titres readable by the caller.
#[derive(Debug, Serialize, ToSchema)]
pub struct EntrepriseDetailDto {
    /// L'entreprise.
    #[serde(flatten)]
    pub entreprise: EntrepriseDto,
    /// Adresse.
    pub adresse: String,
    /// Titres dont elle est titulaire ou amodiataire (lisibles par l'appelant).
    pub titres: Vec<TitreDto>,
}

/// Most titres listed with a company (the list API pages through more).
const ENTREPRISE_TITRES_MAX: usize = 1_000;

/// Une entreprise et ses titres lisibles par l'appelant.
#[utoipa::path(
    get,
    path = "/api/v1/mines/entreprises/{code}",
    tag = "mines",
    params(("code" = String, Path, description = "Code de l'entreprise : fr-<SIREN>")),
    responses(
        (status = 200, body = EntrepriseDetailDto),
        (status = 404, description = "Entreprise inconnue", content_type = "application/problem+json"),
    )
)]
async fn entreprise(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(code): Path<String>,
    ApiQuery(_): ApiQuery<AucunParametre>,
) -> AppResult<Response> {
    let entreprise = store::find_entreprise(app.db(), &code)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("entreprise « {code} » introuvable")))?;
    let acteur = acces::acteur(user.as_ref());
    let filtres = store::Filtres {
        entreprises: vec![code.clone()],
        ..store::Filtres::default()
    };
    let (_, titres) = store::list_titres(
        app.db(),
        &filtres,
        &Visibilite::of(&acteur),
        0,
        ENTREPRISE_TITRES_MAX,
    )
    .await?;
    let entreprises = store::entreprises_by_code(app.db()).await?;
    Ok(json(&EntrepriseDetailDto {
        adresse: format!(
            "{} {} {}",
            entreprise.adresse, entreprise.code_postal, entreprise.commune
        )
        .trim()
        .to_owned(),
        entreprise: (&entreprise).into(),
        titres: titres.iter().map(|t| titre_dto(t, &entreprises)).collect(),
    }))
}

/// Query of the map layer.
#[derive(Debug, Deserialize, IntoParams)]
pub struct CarteParams {
    /// Emprise visible : ouest,sud,est,nord (degrés WGS84) ; sans emprise, toute la carte.
    pub bbox: Option<String>,
    /// Niveau de zoom (0 à 18) : centroïdes regroupés en dessous de 10, périmètres à partir de 10.
    pub zoom: Option<u8>,
}

impl QueryParams for CarteParams {
    const NAMES: &'static [&'static str] = &["bbox", "zoom"];
}

/// Couche cartographique des titres publics pour une emprise et un zoom (GeoJSON).
#[utoipa::path(
    get,
    path = "/api/v1/mines/carte",
    tag = "mines",
    params(CarteParams),
    responses(
        (status = 200, description = "FeatureCollection GeoJSON (application/geo+json) avec sa bbox"),
        (status = 400, description = "Emprise ou zoom invalide", content_type = "application/problem+json"),
    )
)]
async fn couche_carte(
    State(app): State<AppState>,
    ApiQuery(params): ApiQuery<CarteParams>,
) -> AppResult<Response> {
    let zoom = params.zoom.unwrap_or(5);
    if zoom > ZOOM_MAX {
        return Err(AppError::BadRequest(format!(
            "zoom doit être compris entre 0 et {ZOOM_MAX}"
        )));
    }
    let vue = params
        .bbox
        .as_deref()
        .map(Vue::parse)
        .transpose()
        .map_err(|message| AppError::BadRequest(format!("bbox invalide : {message}")))?;
    let index = match app.extension::<carte::Carte>() {
        Some(carte) => carte.index(),
        None => {
            carte::reconstruire(&app).await?;
            app.extension::<carte::Carte>()
                .map(|c| c.index())
                .unwrap_or_default()
        }
    };
    let titres = index.dans(vue);
    Ok(geojson(carte::couche(&titres, zoom)))
}
