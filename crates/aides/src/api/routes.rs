//! The JSON API of the module under `/api/v1/aides/`.
//!
//! It keeps the anchor's Django names (spec §4) so that existing reusers can switch: the aid search and detail, the bulk dump with an ETag, and the referentials (carriers,
//! programs, perimeters with their autocomplete, themes, synonym lists, enumerations).
//!
//! Unknown parameters and values are refused with 400 naming them (RFC 9457 problem document); the rate limits
//! per IP and per token come from the platform's API layer.

use axum::Router;
use axum::extract::{OriginalUri, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use socle::AppState;
use socle::api::json;
use socle::territoires::{Kind, code_in_choice};
use socle::text::fold;
use socle::web::error::{AppError, AppResult};
use utoipa::{OpenApi, ToSchema};

use super::{AideDto, PageDto, aide_dto, page_aides, url_de_page};
use crate::etat::{self, Etat};
use crate::perimetres::{Perimetre, PerimetreId};
use crate::referentiels::{
    Destination, Echelle, EtapeMobilisation, Public, Recurrence, StatutAide, TypeAide,
};
use crate::search::{TAILLE_MAX, TAILLE_PAR_DEFAUT, parse_query};
use crate::service::erreur_recherche;
use crate::store::Selection;

/// Routes (Django-style trailing slashes, and the same paths without them).
pub fn routes() -> Router<AppState> {
    let mut router = Router::new();
    for (chemin, gestionnaire) in [
        ("/api/v1/aides", get(liste)),
        // The anchor's `/api/aids/` under the module prefix, for reusers who swap the host and prefix only.
        ("/api/v1/aides/aides", get(liste)),
        ("/api/v1/aides/all", get(tout)),
        ("/api/v1/aides/backers", get(porteurs)),
        ("/api/v1/aides/programs", get(programmes)),
        ("/api/v1/aides/perimeters", get(perimetres)),
        ("/api/v1/aides/perimeters/scales", get(echelles)),
        ("/api/v1/aides/themes", get(thematiques)),
        ("/api/v1/aides/synonymlists", get(listes_synonymes)),
        ("/api/v1/aides/audiences", get(publics)),
        ("/api/v1/aides/types", get(types)),
        ("/api/v1/aides/steps", get(etapes)),
        ("/api/v1/aides/recurrences", get(recurrences)),
        ("/api/v1/aides/destinations", get(destinations)),
        ("/api/v1/aides/{slug}", get(detail)),
    ] {
        router = router
            .route(chemin, gestionnaire.clone())
            .route(&format!("{chemin}/"), gestionnaire);
    }
    router
}

/// OpenAPI of these routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    #[derive(OpenApi)]
    #[openapi(
        paths(liste, detail, tout, porteurs, programmes, perimetres, echelles, thematiques, listes_synonymes, publics, types, etapes, recurrences, destinations),
        components(schemas(AideDto, PorteurApiDto, ProgrammeApiDto, PerimetreDto, CodeDto, ThematiqueDto, ListeSynonymesDto)),
        tags((name = "aides", description = "Aides financières et en ingénierie aux collectivités (compatible avec l'API d'Aides-territoires)"))
    )]
    struct Doc;
    Doc::openapi()
}

fn paires(uri: &axum::http::Uri) -> AppResult<Vec<(String, String)>> {
    serde_html_form::from_str(uri.query().unwrap_or_default())
        .map_err(|_| AppError::BadRequest("la chaîne de requête est mal formée".to_owned()))
}

/// Recherche des aides publiées et ouvertes (paramètres et champs d'Aides-territoires).
#[utoipa::path(
    get,
    path = "/api/v1/aides/",
    tag = "aides",
    params(
        ("text" = Option<String>, Query, description = "Texte libre : espace = ET, virgule = OU ; ou une liste de synonymes « id-slug ». 10 000 caractères et 40 termes au plus."),
        ("perimeter" = Option<String>, Query, description = "Périmètre : « id-slug », insee:34172, siren:243400017, dep:34 ou reg:76"),
        ("targeted_audiences" = Option<Vec<String>>, Query, description = "Bénéficiaires (commune, epci, department, region, association…)"),
        ("aid_type" = Option<String>, Query, description = "Groupe de types : financial_group ou technical_group"),
        ("financial_aids" = Option<Vec<String>>, Query, description = "Types d'aide financière (grant, loan, recoverable_advance, cee, other)"),
        ("technical_aids" = Option<Vec<String>>, Query, description = "Types d'aide en ingénierie (technical_engineering, financial_engineering, legal_engineering)"),
        ("mobilization_step" = Option<Vec<String>>, Query, description = "Étapes : preop, op, postop"),
        ("destinations" = Option<Vec<String>>, Query, description = "supply, investment"),
        ("recurrence" = Option<String>, Query, description = "oneoff, ongoing, recurring"),
        ("call_for_projects_only" = Option<String>, Query, description = "Appels à projets seulement (true/Oui)"),
        ("is_charged" = Option<String>, Query, description = "all, True (payantes) ou False (gratuites)"),
        ("european_aid" = Option<String>, Query, description = "all, sectorial ou organizational"),
        ("in_france_relance" = Option<String>, Query, description = "true filtre ; toute valeur fausse désactive le filtre"),
        ("backers" = Option<Vec<String>>, Query, description = "Porteurs (financeurs ou instructeurs), « id-slug »"),
        ("programs" = Option<Vec<String>>, Query, description = "Programmes, « id-slug »"),
        ("themes" = Option<Vec<String>>, Query, description = "Thématiques (slug)"),
        ("categories" = Option<Vec<String>>, Query, description = "Catégories (slug, ou thème|catégorie)"),
        ("apply_before" = Option<String>, Query, description = "Date de clôture au plus tard (AAAA-MM-JJ)"),
        ("published_after" = Option<String>, Query, description = "Publiées à partir de ce jour inclus (AAAA-MM-JJ)"),
        ("order_by" = Option<String>, Query, description = "relevance (défaut : échelle la plus étroite d'abord), publication_date, submission_deadline"),
        ("page" = Option<u32>, Query, description = "Page (à partir de 1)"),
        ("size" = Option<u32>, Query, description = "Résultats par page (50 par défaut, 1 000 au plus)"),
        ("version" = Option<String>, Query, description = "Version de l'API d'Aides-territoires (1.0 à 1.6), acceptée pour compatibilité"),
    ),
    responses(
        (status = 200, description = "Page de résultats {count, next, previous, results}, avec les facettes et le « pourquoi » de chaque aide", body = PageDto<AideDto>),
        (status = 400, description = "Paramètre ou valeur inconnu, nommé dans le message", content_type = "application/problem+json"),
        (status = 429, description = "Trop de requêtes", content_type = "application/problem+json"),
    )
)]
async fn liste(State(app): State<AppState>, OriginalUri(uri): OriginalUri) -> AppResult<Response> {
    let paires = paires(&uri)?;
    let mut query = parse_query(&paires).map_err(erreur_recherche)?;
    let aujourdhui = etat::aujourdhui();
    query.aujourdhui = Some(aujourdhui);
    let etat = etat::etat(&app)?;
    let resultats = etat.index.search(&query).map_err(erreur_recherche)?;
    let base = format!("{}{}", app.config().base_url, uri.path());
    Ok(json(&page_aides(
        &resultats,
        &etat.index,
        &base,
        &paires,
        aujourdhui,
    )))
}

/// Une aide publiée, par son slug.
#[utoipa::path(
    get,
    path = "/api/v1/aides/{slug}/",
    tag = "aides",
    params(("slug" = String, Path, description = "Identifiant d'URL de l'aide")),
    responses(
        (status = 200, body = AideDto),
        (status = 404, description = "Aide inconnue ou non publiée", content_type = "application/problem+json"),
    )
)]
async fn detail(State(app): State<AppState>, Path(slug): Path<String>) -> AppResult<Response> {
    let etat = etat::etat(&app)?;
    let stockee = crate::store::aide(app.db(), etat.perimetres(), &Selection::Slug(slug))
        .await?
        .filter(|s| s.aide.status == StatutAide::Published)
        .ok_or_else(|| {
            AppError::NotFound("cette aide n'existe pas ou n'est pas publiée".to_owned())
        })?;
    Ok(json(&aide_dto(
        &stockee.aide,
        &etat.index,
        etat::aujourdhui(),
    )))
}

/// Toutes les aides en ligne, en une fois (avec ETag : 304 si inchangé).
#[utoipa::path(
    get,
    path = "/api/v1/aides/all/",
    tag = "aides",
    responses(
        (status = 200, description = "Tableau JSON de toutes les aides en ligne", body = Vec<AideDto>),
        (status = 304, description = "Inchangé depuis l'ETag donné dans If-None-Match"),
    )
)]
async fn tout(State(app): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    let etat = etat::etat(&app)?;
    let dump = etat.dump();
    let etag = HeaderValue::from_str(&dump.etag).map_err(AppError::internal)?;
    let inchange = socle::api::if_none_match(&headers, &dump.etag);
    let cache = HeaderValue::from_static("public, max-age=300");
    if inchange {
        return Ok((
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag), (header::CACHE_CONTROL, cache)],
        )
            .into_response());
    }
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::ETAG, etag),
            (header::CACHE_CONTROL, cache),
        ],
        dump.json.clone(),
    )
        .into_response())
}

/// Page number and size of a referential list (`page`, `size`), refusing other parameters but `extra`.
fn pagination(paires: &[(String, String)], extra: &[&str]) -> AppResult<(usize, usize)> {
    let mut page = 1;
    let mut taille = TAILLE_PAR_DEFAUT;
    for (cle, valeur) in paires {
        match cle.as_str() {
            "page" => {
                page = valeur
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|p| *p >= 1)
                    .ok_or_else(|| {
                        AppError::BadRequest(format!(
                            "Valeur « {valeur} » invalide pour le paramètre « page »."
                        ))
                    })?;
            }
            "size" => {
                taille = valeur
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|t| (1..=TAILLE_MAX).contains(t))
                    .ok_or_else(|| {
                        AppError::BadRequest(format!(
                            "Valeur « {valeur} » invalide pour le paramètre « size » (de 1 à {TAILLE_MAX})."
                        ))
                    })?;
            }
            autre if extra.contains(&autre) => {}
            autre => {
                return Err(AppError::BadRequest(format!(
                    "Paramètre inconnu : « {autre} »."
                )));
            }
        }
    }
    Ok((page, taille))
}

fn valeur<'a>(paires: &'a [(String, String)], cle: &str) -> Option<&'a str> {
    paires
        .iter()
        .rev()
        .find(|(k, v)| k == cle && !v.trim().is_empty())
        .map(|(_, v)| v.trim())
}

fn page<T: Serialize>(
    app: &AppState,
    uri: &axum::http::Uri,
    paires: &[(String, String)],
    elements: Vec<T>,
    total: usize,
    page: usize,
    taille: usize,
) -> Response {
    let base = format!("{}{}", app.config().base_url, uri.path());
    json(&PageDto {
        count: total,
        next: (page.saturating_mul(taille) < total).then(|| url_de_page(&base, paires, page + 1)),
        previous: (page > 1).then(|| url_de_page(&base, paires, page - 1)),
        results: elements,
        facets: Vec::new(),
        messages: Vec::new(),
    })
}

fn tranche<T>(elements: Vec<T>, page: usize, taille: usize) -> (Vec<T>, usize) {
    let total = elements.len();
    let debut = (page - 1).saturating_mul(taille);
    (
        elements.into_iter().skip(debut).take(taille).collect(),
        total,
    )
}

/// One page of a list searched by name (carriers, programs): `lister` keeps the elements whose name `retenu`
/// accepts, that is contains `q` without accents nor case.
fn page_par_nom<T: Serialize>(
    app: &AppState,
    uri: &axum::http::Uri,
    lister: impl FnOnce(&Etat, &dyn Fn(&str) -> bool) -> Vec<T>,
) -> AppResult<Response> {
    let paires = paires(uri)?;
    let (numero, taille) = pagination(&paires, &["q"])?;
    let q = valeur(&paires, "q").map(fold).unwrap_or_default();
    let etat = etat::etat(app)?;
    let elements = lister(&etat, &|nom| q.is_empty() || fold(nom).contains(&q));
    let (elements, total) = tranche(elements, numero, taille);
    Ok(page(app, uri, &paires, elements, total, numero, taille))
}

/// A carrier.
#[derive(Debug, Serialize, ToSchema)]
pub struct PorteurApiDto {
    /// Id.
    pub id: u32,
    /// `{id}-{slug}`, as the `backers` filter takes it.
    pub id_slug: String,
    /// Name.
    pub name: String,
    /// Logo URL.
    pub logo: Option<String>,
    /// Description.
    pub description: String,
    /// Name of its perimeter.
    pub perimeter: Option<String>,
}

/// Porteurs d'aides (financeurs et instructeurs).
#[utoipa::path(
    get,
    path = "/api/v1/aides/backers/",
    tag = "aides",
    params(
        ("q" = Option<String>, Query, description = "Début ou partie du nom (sans accents ni casse)"),
        ("page" = Option<u32>, Query, description = "Page"),
        ("size" = Option<u32>, Query, description = "Résultats par page"),
    ),
    responses((status = 200, description = "Page de porteurs"), (status = 400, description = "Paramètre inconnu", content_type = "application/problem+json"))
)]
async fn porteurs(
    State(app): State<AppState>,
    OriginalUri(uri): OriginalUri,
) -> AppResult<Response> {
    page_par_nom(&app, &uri, |etat, retenu| {
        etat.catalogue()
            .porteurs
            .iter()
            .filter(|p| retenu(&p.nom))
            .map(|p| PorteurApiDto {
                id: p.id.0,
                id_slug: format!("{}-{}", p.id.0, p.slug),
                name: p.nom.clone(),
                logo: p.logo.clone(),
                description: p.description.clone(),
                perimeter: p
                    .perimetre
                    .and_then(|id| etat.perimetres().get(id))
                    .map(|p| p.nom.clone()),
            })
            .collect()
    })
}

/// A program.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeApiDto {
    /// Id.
    pub id: u32,
    /// `{id}-{slug}`, as the `programs` filter takes it.
    pub id_slug: String,
    /// Name.
    pub name: String,
}

/// Programmes d'aides.
#[utoipa::path(
    get,
    path = "/api/v1/aides/programs/",
    tag = "aides",
    params(
        ("q" = Option<String>, Query, description = "Partie du nom"),
        ("page" = Option<u32>, Query, description = "Page"),
        ("size" = Option<u32>, Query, description = "Résultats par page"),
    ),
    responses((status = 200, description = "Page de programmes"))
)]
async fn programmes(
    State(app): State<AppState>,
    OriginalUri(uri): OriginalUri,
) -> AppResult<Response> {
    page_par_nom(&app, &uri, |etat, retenu| {
        etat.catalogue()
            .programmes
            .iter()
            .filter(|p| retenu(&p.nom))
            .map(|p| ProgrammeApiDto {
                id: p.id.0,
                id_slug: format!("{}-{}", p.id.0, p.slug),
                name: p.nom.clone(),
            })
            .collect()
    })
}

/// A perimeter (spec §3.1 fields).
#[derive(Debug, Serialize, ToSchema)]
pub struct PerimetreDto {
    /// Id in the perimeter graph (stable while the territoires and the ad-hoc list do not change).
    pub id: u32,
    /// `{id}-{slug}`, as the `perimeter` filter takes it.
    pub id_slug: String,
    /// Scale code.
    pub scale: &'static str,
    /// Scale weight (smaller is narrower).
    pub scale_weight: u8,
    /// Code: INSEE, SIREN, département, région, `FR0000NN`, `FRA`, `EU`…
    pub code: String,
    /// Name.
    pub name: String,
    /// Label for autocomplete: name and code.
    pub text: String,
    /// Prefixed code the `perimeter` filter takes (`insee:…`, `siren:…`, `dep:…`, `reg:…`), when there is one.
    pub prefixed_code: Option<String>,
    /// Name without accents, lowercase.
    pub unaccented_name: String,
    /// Départements it lies in.
    pub departments: Vec<String>,
    /// Régions it lies in.
    pub regions: Vec<String>,
    /// Postcodes.
    pub zipcodes: Vec<String>,
    /// Population.
    pub population: Option<u64>,
    /// Kept for old aids, not offered any more.
    pub is_obsolete: bool,
    /// Offered in autocomplete.
    pub is_visible_to_users: bool,
}

/// The DTO of a perimeter.
pub fn perimetre_dto(perimetre: &Perimetre) -> PerimetreDto {
    let prefixe = match perimetre.echelle {
        Echelle::Commune => Some("insee"),
        Echelle::Epci => Some("siren"),
        Echelle::Department => Some("dep"),
        Echelle::Region => Some("reg"),
        _ => None,
    };
    PerimetreDto {
        id: perimetre.id.0,
        id_slug: format!(
            "{}-{}",
            perimetre.id.0,
            crate::texte::slugifier(&perimetre.nom, 50)
        ),
        scale: perimetre.echelle.code(),
        scale_weight: perimetre.echelle.poids(),
        code: perimetre.code.clone(),
        name: perimetre.nom.clone(),
        text: format!("{} ({})", perimetre.nom, perimetre.code),
        prefixed_code: prefixe.map(|p| format!("{p}:{}", perimetre.code)),
        unaccented_name: perimetre.nom_sans_accents.clone(),
        departments: perimetre.departements.clone(),
        regions: perimetre.regions.clone(),
        zipcodes: perimetre.codes_postaux.clone(),
        population: perimetre.population,
        is_obsolete: perimetre.obsolete,
        is_visible_to_users: perimetre.visible,
    }
}

fn kind(echelle: Echelle) -> Option<Kind> {
    match echelle {
        Echelle::Commune => Some(Kind::Commune),
        Echelle::Epci => Some(Kind::Epci),
        Echelle::Department => Some(Kind::Departement),
        Echelle::Region => Some(Kind::Region),
        _ => None,
    }
}

/// Which perimeters an autocomplete offers.
#[derive(Debug, Clone, Default)]
pub struct FiltrePerimetres {
    /// Scales (all when empty).
    pub echelles: Vec<Echelle>,
    /// Only the perimeters offered to users.
    pub visibles_seulement: bool,
    /// Only current perimeters.
    pub courants_seulement: bool,
}

/// Perimeters matching `q`, and their total.
///
/// First the module's own (Europe, France, mainland, overseas, basins, ad-hoc) whose folded name contains it, then the territories of the platform's ranked autocomplete (name, INSEE code, SIREN or
/// postcode). Returns (total, page).
pub fn chercher_perimetres(
    app: &AppState,
    etat: &Etat,
    q: &str,
    filtre: &FiltrePerimetres,
    debut: usize,
    taille: usize,
) -> (usize, Vec<PerimetreId>) {
    let (echelles, visibles_seulement, courants_seulement) = (
        &filtre.echelles,
        filtre.visibles_seulement,
        filtre.courants_seulement,
    );
    let graphe = etat.perimetres();
    let garde = |p: &Perimetre| {
        (echelles.is_empty() || echelles.contains(&p.echelle))
            && (!visibles_seulement || p.visible)
            && (!courants_seulement || !p.obsolete)
    };
    let plie = fold(q);
    let propres: Vec<PerimetreId> = graphe
        .iter()
        .filter(|p| kind(p.echelle).is_none() && garde(p))
        .filter(|p| plie.is_empty() || fold(&p.nom).contains(&plie) || fold(&p.code) == plie)
        .map(|p| p.id)
        .collect();
    let kinds: Vec<Kind> = if echelles.is_empty() {
        Vec::new()
    } else {
        echelles.iter().filter_map(|e| kind(*e)).collect()
    };
    let avec_territoires = echelles.is_empty() || !kinds.is_empty();
    let territoires = app.territoires();
    let resoudre = |entree: &socle::territoires::Entry| {
        let echelle = match entree.kind {
            Kind::Commune => Echelle::Commune,
            Kind::Epci => Echelle::Epci,
            Kind::Departement => Echelle::Department,
            Kind::Region => Echelle::Region,
        };
        graphe.trouver(echelle, &entree.code)
    };
    if plie.is_empty() {
        // No text: every perimeter of the scales asked, in graph order.
        let tous: Vec<PerimetreId> = graphe.iter().filter(|p| garde(p)).map(|p| p.id).collect();
        let total = tous.len();
        return (total, tous.into_iter().skip(debut).take(taille).collect());
    }
    let nombre_propres = propres.len();
    let mut page: Vec<PerimetreId> = propres.into_iter().skip(debut).take(taille).collect();
    let mut total = nombre_propres;
    if avec_territoires {
        let reste = taille - page.len();
        let decalage = debut.saturating_sub(nombre_propres);
        let trouves = territoires.search(q, &kinds, decalage, reste);
        total += trouves.count;
        page.extend(trouves.results.into_iter().filter_map(resoudre));
    }
    (total, page)
}

fn vrai(valeur: Option<&str>, parametre: &str) -> AppResult<bool> {
    match valeur.map(str::to_lowercase).as_deref() {
        None | Some("false" | "0" | "non" | "no") => Ok(false),
        Some("true" | "1" | "oui" | "yes") => Ok(true),
        Some(autre) => Err(AppError::BadRequest(format!(
            "Valeur « {autre} » inconnue pour le paramètre « {parametre} »."
        ))),
    }
}

/// Périmètres (autocomplétion) : communes, EPCI, départements, régions, bassins, France, Europe, ad hoc.
#[utoipa::path(
    get,
    path = "/api/v1/aides/perimeters/",
    tag = "aides",
    params(
        ("q" = Option<String>, Query, description = "Nom (sans accents ni casse), code INSEE, SIREN ou code postal"),
        ("scale" = Option<Vec<String>>, Query, description = "Échelles : commune, epci, basin, department, region, adhoc, country, continent"),
        ("is_visible_to_users" = Option<String>, Query, description = "true : seulement les périmètres proposés aux usagers"),
        ("is_non_obsolete" = Option<String>, Query, description = "true : seulement les périmètres en vigueur"),
        ("page" = Option<u32>, Query, description = "Page"),
        ("size" = Option<u32>, Query, description = "Résultats par page"),
    ),
    responses((status = 200, description = "Page de périmètres"), (status = 400, description = "Paramètre ou échelle inconnu", content_type = "application/problem+json"))
)]
async fn perimetres(
    State(app): State<AppState>,
    OriginalUri(uri): OriginalUri,
) -> AppResult<Response> {
    let paires = paires(&uri)?;
    let (numero, taille) = pagination(
        &paires,
        &["q", "scale", "is_visible_to_users", "is_non_obsolete"],
    )?;
    let q = valeur(&paires, "q").unwrap_or_default();
    if q.chars().count() > 200 {
        return Err(AppError::BadRequest(
            "Le paramètre « q » ne doit pas dépasser 200 caractères.".to_owned(),
        ));
    }
    let mut echelles = Vec::new();
    for (_, v) in paires.iter().filter(|(k, _)| k == "scale") {
        for code in v.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            echelles.push(Echelle::from_code(code).ok_or_else(|| {
                AppError::BadRequest(format!(
                    "Valeur « {code} » inconnue pour le paramètre « scale »."
                ))
            })?);
        }
    }
    let visibles = vrai(
        valeur(&paires, "is_visible_to_users"),
        "is_visible_to_users",
    )?;
    let courants = vrai(valeur(&paires, "is_non_obsolete"), "is_non_obsolete")?;
    let etat = etat::etat(&app)?;
    // The autocomplete reads the code at the end of a chosen option ("Montpellier (34172)").
    let q = code_in_choice(q);
    let filtre = FiltrePerimetres {
        echelles,
        visibles_seulement: visibles,
        courants_seulement: courants,
    };
    let (total, ids) = chercher_perimetres(
        &app,
        &etat,
        q,
        &filtre,
        (numero - 1).saturating_mul(taille),
        taille,
    );
    let elements: Vec<PerimetreDto> = ids
        .into_iter()
        .filter_map(|id| etat.perimetres().get(id))
        .map(perimetre_dto)
        .collect();
    Ok(page(&app, &uri, &paires, elements, total, numero, taille))
}

/// A code of a referential with its label.
#[derive(Debug, Serialize, ToSchema)]
pub struct CodeDto {
    /// Code (Django form).
    pub id: &'static str,
    /// French label.
    pub name: &'static str,
    /// Group, weight or other detail, when the referential has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<&'static str>,
    /// Weight of a scale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<u8>,
}

fn codes(liste: Vec<CodeDto>) -> Response {
    json(&liste)
}

macro_rules! referentiel {
    ($nom:ident, $chemin:literal, $resume:literal, $liste:expr) => {
        #[doc = $resume]
        #[utoipa::path(get, path = $chemin, tag = "aides", responses((status = 200, body = Vec<CodeDto>)))]
        async fn $nom() -> Response {
            codes($liste)
        }
    };
}

referentiel!(
    echelles,
    "/api/v1/aides/perimeters/scales/",
    "Échelles de périmètres et leur poids.",
    Echelle::ALL
        .iter()
        .map(|e| CodeDto {
            id: e.code(),
            name: e.label(),
            group: None,
            weight: Some(e.poids())
        })
        .collect()
);
referentiel!(
    publics,
    "/api/v1/aides/audiences/",
    "Bénéficiaires.",
    Public::ALL
        .iter()
        .map(|p| CodeDto {
            id: p.code(),
            name: p.label(),
            group: Some(p.groupe().label()),
            weight: None
        })
        .collect()
);
referentiel!(
    types,
    "/api/v1/aides/types/",
    "Types d'aide et leur groupe.",
    TypeAide::ALL
        .iter()
        .map(|t| CodeDto {
            id: t.code(),
            name: t.label(),
            group: Some(t.groupe().code()),
            weight: None
        })
        .collect()
);
referentiel!(
    etapes,
    "/api/v1/aides/steps/",
    "Étapes de mobilisation.",
    EtapeMobilisation::ALL
        .iter()
        .map(|e| CodeDto {
            id: e.code(),
            name: e.label(),
            group: None,
            weight: None
        })
        .collect()
);
referentiel!(
    recurrences,
    "/api/v1/aides/recurrences/",
    "Récurrences.",
    Recurrence::ALL
        .iter()
        .map(|r| CodeDto {
            id: r.code(),
            name: r.label(),
            group: None,
            weight: None
        })
        .collect()
);
referentiel!(
    destinations,
    "/api/v1/aides/destinations/",
    "Destinations de la dépense.",
    Destination::ALL
        .iter()
        .map(|d| CodeDto {
            id: d.code(),
            name: d.label(),
            group: None,
            weight: None
        })
        .collect()
);

/// A theme and its categories.
#[derive(Debug, Serialize, ToSchema)]
pub struct ThematiqueDto {
    /// Id.
    pub id: u16,
    /// Slug, as the `themes` filter takes it.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Its categories: (slug as the `categories` filter takes it, `Thème|Catégorie`).
    pub categories: Vec<CategorieDto>,
}

/// A category.
#[derive(Debug, Serialize, ToSchema)]
pub struct CategorieDto {
    /// Id.
    pub id: u16,
    /// `theme-slug|category-slug`, as the `categories` filter takes it.
    pub slug: String,
    /// Name.
    pub name: String,
}

/// Thématiques et catégories.
#[utoipa::path(get, path = "/api/v1/aides/themes/", tag = "aides", responses((status = 200, body = Vec<ThematiqueDto>)))]
async fn thematiques(State(app): State<AppState>) -> AppResult<Response> {
    let etat = etat::etat(&app)?;
    let referentiel = &etat.catalogue().thematiques;
    let liste: Vec<ThematiqueDto> = referentiel
        .thematiques()
        .iter()
        .map(|t| ThematiqueDto {
            id: t.id.0,
            slug: t.slug.clone(),
            name: t.nom.clone(),
            categories: referentiel
                .categories()
                .iter()
                .filter(|c| c.thematique == t.id)
                .map(|c| CategorieDto {
                    id: c.id.0,
                    slug: format!("{}|{}", t.slug, c.slug),
                    name: c.nom.clone(),
                })
                .collect(),
        })
        .collect();
    Ok(json(&liste))
}

/// A synonym list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListeSynonymesDto {
    /// Id.
    pub id: u32,
    /// `{id}-{slug}`, to pass as `text`.
    pub id_slug: String,
    /// Name.
    pub name: String,
    /// Comma-separated terms.
    pub keywords_list: String,
}

/// Listes de synonymes (à passer en `text` sous la forme « id-slug »).
#[utoipa::path(get, path = "/api/v1/aides/synonymlists/", tag = "aides", responses((status = 200, body = Vec<ListeSynonymesDto>)))]
async fn listes_synonymes(State(app): State<AppState>) -> AppResult<Response> {
    let etat = etat::etat(&app)?;
    let liste: Vec<ListeSynonymesDto> = etat
        .catalogue()
        .listes_synonymes
        .iter()
        .map(|l| ListeSynonymesDto {
            id: l.id,
            id_slug: format!("{}-{}", l.id, l.slug),
            name: l.nom.clone(),
            keywords_list: l.termes.clone(),
        })
        .collect();
    Ok(json(&liste))
}
