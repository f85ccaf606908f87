//! Public pages: the list of titres with its filters, the map, the titre page with its public history and the
//! explanation of its statuts, the open-data downloads and the documents.
//!
//! Every page reads through the domain's permissions: anonymous visitors see public titres, démarches, étapes
//! and documents only; signed-in users with a role of the module see what their roles allow
//! ([`crate::lecture::lisible`]).

use std::collections::HashMap;

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use socle::AppState;
use socle::api::{ApiQuery, PageRequest};
use socle::auth::MaybeUser;
use socle::territoires::Kind;
use socle::web::error::{AppError, AppResult};
use socle::web::layout::PageContext;
use socle::web::pages::render;

use super::{Choix, Pager, TitresParams, choix_fixes, classe_statut, date_fr};
use crate::acces;
use crate::export::{Contexte, FormatExport, nom_domaine, nom_nature};
use crate::lecture::{self, DemarcheLisible, TitreLisible};
use crate::referentiels::substance_legale;
use crate::store::{self, Conn, Entreprise, TitreLigne, Visibilite};

/// The map script of the module (viewport-driven layer over the platform's `js/carte.js`).
const CARTE_JS: &str = include_str!("../../static/carte-mines.js");
/// Version of the map script in its URL, so that a new release is never served from a stale cache.
const CARTE_JS_VERSION: u64 = store::fnv1a(CARTE_JS.as_bytes());

/// Routes of the public pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mines", get(liste))
        .route("/mines/carte", get(carte))
        .route("/mines/carte.js", get(script_carte))
        .route("/mines/titres/{id}", get(titre))
        .route("/mines/titres.geojson", get(export_geojson))
        .route("/mines/titres.csv", get(export_csv))
        .route("/mines/titres.xlsx", get(export_xlsx))
        .route("/mines/documents/{id}", get(document))
}

/// A row of the titre list.
pub struct LigneTitre {
    /// Slug.
    pub slug: String,
    /// Name.
    pub nom: String,
    /// Nature ("autorisation de recherches").
    pub nature: &'static str,
    /// Domaine.
    pub domaine: &'static str,
    /// Statut.
    pub statut: &'static str,
    /// DSFR badge class of the statut.
    pub classe: &'static str,
    /// Titulaires' names.
    pub titulaires: String,
    /// Substances' names.
    pub substances: String,
    /// Départements' names.
    pub territoires: String,
    /// Validity period.
    pub periode: String,
}

/// Names of companies by code.
pub fn noms_entreprises(entreprises: &HashMap<String, Entreprise>, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| entreprises.get(c).map_or(c.as_str(), |e| e.nom.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Names of substances légales.
pub fn noms_substances(ids: &[String]) -> String {
    ids.iter()
        .map(|id| substance_legale(id).map_or(id.as_str(), |s| s.nom))
        .collect::<Vec<_>>()
        .join(", ")
}

fn periode(titre: &TitreLigne) -> String {
    match (titre.date_debut, titre.date_fin) {
        (Some(debut), Some(fin)) => {
            format!("du {} au {}", date_fr(Some(debut)), date_fr(Some(fin)))
        }
        (Some(debut), None) => format!("depuis le {}", date_fr(Some(debut))),
        _ => String::new(),
    }
}

/// The row of a titre in lists.
pub fn ligne_titre(
    titre: &TitreLigne,
    entreprises: &HashMap<String, Entreprise>,
    app: &AppState,
) -> LigneTitre {
    let territoires = app.territoires();
    LigneTitre {
        slug: titre.slug.clone(),
        nom: titre.nom.clone(),
        nature: nom_nature(titre),
        domaine: nom_domaine(titre),
        statut: titre.statut.nom(),
        classe: classe_statut(titre.statut),
        titulaires: noms_entreprises(entreprises, &titre.titulaires),
        substances: noms_substances(&titre.substances),
        territoires: titre
            .departements
            .iter()
            .map(|d| {
                territoires
                    .get(Kind::Departement, d)
                    .map_or_else(|| d.clone(), |e| e.nom.clone())
            })
            .collect::<Vec<_>>()
            .join(", "),
        periode: periode(titre),
    }
}

#[derive(Template)]
#[template(path = "mines/liste.html")]
struct ListePage {
    ctx: PageContext,
    titres: Vec<LigneTitre>,
    pager: Pager,
    pager_extra: String,
    telechargement: String,
    domaines: Vec<Choix>,
    natures: Vec<Choix>,
    statuts: Vec<Choix>,
    substances: Vec<Choix>,
    entreprises: Vec<Choix>,
    territoire: String,
    nom: String,
    filtre: bool,
}

async fn liste(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    ApiQuery(params): ApiQuery<TitresParams>,
) -> AppResult<Response> {
    let acteur = acces::acteur(user.as_ref());
    let page = PageRequest::new(params.page, params.page_size)?;
    let filtres = params.filtres(&app.territoires())?;
    let (count, titres) = store::list_titres(
        app.db(),
        &filtres,
        &Visibilite::of(&acteur),
        page.offset(),
        page.limit(),
    )
    .await?;
    let entreprises = store::entreprises_by_code(app.db()).await?;
    let (domaines, natures, statuts) = choix_fixes(&filtres);
    let substances = store::substances_utilisees(app.db())
        .await?
        .into_iter()
        .map(|id| Choix {
            libelle: substance_legale(&id).map_or_else(|| id.clone(), |s| s.nom.to_owned()),
            choisi: filtres.substances.contains(&id),
            valeur: id,
        })
        .collect();
    let mut choix_entreprises: Vec<Choix> = entreprises
        .values()
        .map(|e| Choix {
            valeur: e.code.clone(),
            libelle: e.nom.clone(),
            choisi: filtres.entreprises.contains(&e.code),
        })
        .collect();
    choix_entreprises.sort_by(|a, b| a.libelle.cmp(&b.libelle));
    let query = params.query_string();
    let mut pager_extra = String::new();
    if !query.is_empty() {
        pager_extra = format!("&{query}");
    }
    if let Some(taille) = params.page_size {
        pager_extra.push_str(&format!("&page_size={taille}"));
    }
    let lignes = titres
        .iter()
        .map(|t| ligne_titre(t, &entreprises, &app))
        .collect();
    render(&ListePage {
        ctx,
        titres: lignes,
        pager: Pager::new(page.page, page.page_size, count),
        pager_extra,
        telechargement: if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        },
        domaines,
        natures,
        statuts,
        substances,
        entreprises: choix_entreprises,
        territoire: params.territoire.clone().unwrap_or_default(),
        nom: params.nom.clone().unwrap_or_default(),
        filtre: filtres != store::Filtres::default(),
    })
}

#[derive(Template)]
#[template(path = "mines/carte.html")]
struct CartePage {
    ctx: PageContext,
    version: String,
}

async fn carte(ctx: PageContext) -> AppResult<Response> {
    render(&CartePage {
        ctx,
        version: format!("{CARTE_JS_VERSION:016x}"),
    })
}

async fn script_carte() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        CARTE_JS,
    )
        .into_response()
}

/// An étape as shown.
pub struct EtapeVue {
    /// Id.
    pub id: i64,
    /// Date.
    pub date: String,
    /// Type name.
    pub type_nom: &'static str,
    /// Statut name.
    pub statut_nom: &'static str,
    /// Draft.
    pub brouillon: bool,
    /// Properties carried (label, value).
    pub details: Vec<(&'static str, String)>,
    /// Readable documents.
    pub documents: Vec<DocumentVue>,
}

/// A document as shown.
pub struct DocumentVue {
    /// Id.
    pub id: i64,
    /// Type name.
    pub type_nom: &'static str,
    /// Description.
    pub description: String,
    /// File name.
    pub nom_fichier: String,
    /// Size, in French.
    pub taille: String,
    /// Who may read it.
    pub confidentialite: &'static str,
}

/// A démarche as shown.
pub struct DemarcheVue {
    /// Id.
    pub id: i64,
    /// Slug.
    pub slug: String,
    /// Type name.
    pub type_nom: &'static str,
    /// Statut name.
    pub statut_nom: &'static str,
    /// Public démarche.
    pub public: bool,
    /// Validity phase, in French.
    pub phase: String,
    /// Explanation sentences the reader may read.
    pub explication: Vec<String>,
    /// Refusal of an étape (administrations only).
    pub erreur: Option<String>,
    /// Administrations the démarche waits for (administrations only).
    pub bloquants: Vec<String>,
    /// Readable étapes.
    pub etapes: Vec<EtapeVue>,
}

fn taille(octets: i64) -> String {
    if octets < 1024 {
        format!("{octets} octets")
    } else if octets < 1024 * 1024 {
        format!("{} ko", octets / 1024)
    } else {
        format!("{:.1} Mo", octets as f64 / (1024.0 * 1024.0))
    }
}

/// The view of a readable démarche.
pub fn demarche_vue(
    demarche: &DemarcheLisible<'_>,
    entreprises: &HashMap<String, Entreprise>,
) -> DemarcheVue {
    let d = demarche.demarche;
    let phase = match (d.date_debut, d.date_fin) {
        (Some(debut), Some(fin)) => {
            format!(
                "valide du {} au {}",
                date_fr(Some(debut)),
                date_fr(Some(fin))
            )
        }
        (Some(debut), None) => {
            format!("à partir du {}, fin non encore fixée", date_fr(Some(debut)))
        }
        _ => String::new(),
    };
    let etapes = demarche
        .etapes
        .iter()
        .map(|e| {
            let etape = &e.etape.etape;
            let mut details: Vec<(&'static str, String)> = Vec::new();
            if let Some(duree) = etape.duree {
                details.push(("Durée", format!("{duree} mois")));
            }
            if let Some(debut) = etape.date_debut {
                details.push(("Début de validité", date_fr(Some(debut))));
            }
            if let Some(fin) = etape.date_fin {
                details.push(("Fin de validité", date_fr(Some(fin))));
            }
            if let Some(surface) = etape.surface {
                details.push(("Surface", format!("{surface} km²")));
            }
            if let Some(titulaires) = &etape.titulaires {
                let codes: Vec<String> = titulaires.iter().map(|t| t.0.clone()).collect();
                details.push(("Titulaires", noms_entreprises(entreprises, &codes)));
            }
            if let Some(substances) = &etape.substances {
                details.push(("Substances", noms_substances(substances)));
            }
            if let Some(systeme) = &e.etape.geo_systeme_id {
                details.push((
                    "Périmètre",
                    format!(
                        "déposé en EPSG:{systeme}, {} point(s) nommé(s)",
                        e.etape.points.len()
                    ),
                ));
            }
            EtapeVue {
                id: e.etape.id,
                date: date_fr(Some(etape.date)),
                type_nom: etape.type_id.nom(),
                statut_nom: etape.statut_id.nom(),
                brouillon: etape.is_brouillon,
                details,
                documents: e
                    .documents
                    .iter()
                    .map(|doc| DocumentVue {
                        id: doc.id,
                        type_nom: doc.type_nom(),
                        description: doc.description.clone(),
                        nom_fichier: doc.nom_fichier.clone(),
                        taille: taille(doc.taille),
                        confidentialite: store::confidentialite_nom(doc.confidentialite),
                    })
                    .collect(),
            }
        })
        .collect();
    DemarcheVue {
        id: d.id,
        slug: d.slug.clone(),
        type_nom: d.type_id.definition().nom,
        statut_nom: d.statut.definition().nom,
        public: d.public_lecture,
        phase,
        explication: demarche
            .explication
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
        erreur: demarche.erreur.map(str::to_owned),
        bloquants: demarche
            .bloquants
            .iter()
            .map(|id| {
                crate::referentiels::administration(id)
                    .map_or_else(|| (*id).to_owned(), |a| a.nom.to_owned())
            })
            .collect(),
        etapes,
    }
}

#[derive(Template)]
#[template(path = "mines/titre.html")]
struct TitrePage {
    ctx: PageContext,
    titre: TitreLigne,
    nature: &'static str,
    domaine: &'static str,
    statut: &'static str,
    classe: &'static str,
    titulaires: Vec<(String, String)>,
    amodiataires: Vec<(String, String)>,
    substances: String,
    communes: Vec<String>,
    departements: String,
    regions: String,
    references: Vec<(&'static str, String)>,
    phases: Vec<(String, String, String)>,
    demarches: Vec<DemarcheVue>,
    lit_tout: bool,
    a_perimetre: bool,
    calcule_au: String,
    validite: String,
    date_demande: String,
}

fn entreprises_vue(
    entreprises: &HashMap<String, Entreprise>,
    codes: &[String],
) -> Vec<(String, String)> {
    codes
        .iter()
        .map(|code| match entreprises.get(code) {
            Some(e) => (e.nom.clone(), e.legal().to_owned()),
            None => (code.clone(), String::new()),
        })
        .collect()
}

/// A whole titre by slug or id (404 when unknown).
pub async fn load_complet(app: &AppState, id: &str) -> AppResult<store::TitreComplet> {
    let ligne = store::find_titre(app.db(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    store::load_titre(&mut Conn::Db(app.db()), ligne.id)
        .await?
        .ok_or_else(AppError::not_found)
}

async fn titre(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let complet = load_complet(&app, &id).await?;
    let acteur = acces::acteur(user.as_ref());
    // Architecture invariant: a titre the reader may not read answers 404, as if it did not exist.
    let lisible: TitreLisible<'_> =
        lecture::lisible(&complet, &acteur).ok_or_else(AppError::not_found)?;
    let entreprises = store::entreprises_by_code(app.db()).await?;
    let territoires = app.territoires();
    let t = lisible.titre;
    let noms = |kind: Kind, codes: &[String]| {
        codes
            .iter()
            .map(|c| {
                territoires
                    .get(kind, c)
                    .map_or_else(|| c.clone(), |e| e.nom.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let demarches: Vec<DemarcheVue> = lisible
        .demarches
        .iter()
        .map(|d| demarche_vue(d, &entreprises))
        .collect();
    let mut phases: Vec<(String, String, String)> = lisible
        .demarches
        .iter()
        .filter_map(|d| {
            d.demarche.date_debut.map(|debut| {
                (
                    debut.to_string(),
                    d.demarche.type_id.definition().nom.to_owned(),
                    format!(
                        "{} → {}",
                        date_fr(Some(debut)),
                        d.demarche
                            .date_fin
                            .map_or_else(|| "en cours".to_owned(), |f| date_fr(Some(f)))
                    ),
                )
            })
        })
        .collect();
    phases.sort();
    let page = TitrePage {
        nature: nom_nature(t),
        domaine: nom_domaine(t),
        statut: t.statut.nom(),
        classe: classe_statut(t.statut),
        titulaires: entreprises_vue(&entreprises, &t.titulaires),
        amodiataires: entreprises_vue(&entreprises, &t.amodiataires),
        substances: noms_substances(&t.substances),
        communes: t
            .communes
            .iter()
            .map(|c| {
                let nom = territoires
                    .get(Kind::Commune, &c.id)
                    .map_or_else(|| c.id.clone(), |e| e.nom.clone());
                match c.surface {
                    Some(surface) => format!("{nom} ({surface} km²)"),
                    None => nom,
                }
            })
            .collect(),
        departements: noms(Kind::Departement, &t.departements),
        regions: noms(Kind::Region, &t.regions),
        references: t
            .references
            .iter()
            .map(|r| (r.type_nom(), r.nom.clone()))
            .collect(),
        phases,
        demarches,
        lit_tout: lisible.lit_tout,
        a_perimetre: t.centre.is_some(),
        calcule_au: date_fr(t.calcule_au),
        validite: periode(t),
        date_demande: date_fr(t.date_demande),
        titre: t.clone(),
        ctx,
    };
    render(&page)
}

/// A download with its ETag; 304 when the client already has it.
fn telechargement(
    headers: &HeaderMap,
    octets: Vec<u8>,
    content_type: &'static str,
    nom: &str,
) -> Response {
    let etag = format!("\"{:016x}\"", store::fnv1a(&octets));
    let mut response = if socle::api::if_none_match(headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        octets.into_response()
    };
    let entetes = response.headers_mut();
    entetes.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(valeur) = HeaderValue::from_str(&format!("attachment; filename=\"{nom}\"")) {
        entetes.insert(header::CONTENT_DISPOSITION, valeur);
    }
    if let Ok(valeur) = HeaderValue::from_str(&etag) {
        entetes.insert(header::ETAG, valeur);
    }
    entetes.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// The public download of the titres matching `params`, in `format`.
async fn telecharger_export(
    app: &AppState,
    headers: &HeaderMap,
    params: &TitresParams,
    format: FormatExport,
) -> AppResult<Response> {
    if params.page.is_some() || params.page_size.is_some() {
        return Err(AppError::BadRequest(
            "les téléchargements ne sont pas paginés : retirez page et page_size".to_owned(),
        ));
    }
    let filtres = params.filtres(&app.territoires())?;
    let titres = store::export_titres(app.db(), &filtres).await?;
    let entreprises = store::entreprises_by_code(app.db()).await?;
    let territoires = app.territoires();
    let contexte = Contexte {
        entreprises: &entreprises,
        territoires: &territoires,
    };
    let octets = format
        .ecrire(&titres, &contexte)
        .map_err(AppError::internal)?;
    Ok(telechargement(
        headers,
        octets,
        format.content_type(),
        format.nom_fichier(),
    ))
}

async fn export_geojson(
    State(app): State<AppState>,
    headers: HeaderMap,
    ApiQuery(params): ApiQuery<TitresParams>,
) -> AppResult<Response> {
    telecharger_export(&app, &headers, &params, FormatExport::Geojson).await
}

async fn export_csv(
    State(app): State<AppState>,
    headers: HeaderMap,
    ApiQuery(params): ApiQuery<TitresParams>,
) -> AppResult<Response> {
    telecharger_export(&app, &headers, &params, FormatExport::Csv).await
}

async fn export_xlsx(
    State(app): State<AppState>,
    headers: HeaderMap,
    ApiQuery(params): ApiQuery<TitresParams>,
) -> AppResult<Response> {
    telecharger_export(&app, &headers, &params, FormatExport::Xlsx).await
}

async fn document(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (titre_id, _, _) = store::titre_of_document(app.db(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let complet = store::load_titre(&mut Conn::Db(app.db()), titre_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let acteur = acces::acteur(user.as_ref());
    let lisible = lecture::lisible(&complet, &acteur).ok_or_else(AppError::not_found)?;
    let (_, document) = lisible.document(id).ok_or_else(AppError::not_found)?;
    let (blob, octets) = app
        .files()
        .read(app.db(), document.blob_id)
        .await
        .map_err(AppError::internal)?;
    let nom: String = blob
        .original_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut response = octets.into_response();
    let entetes = response.headers_mut();
    if let Ok(valeur) = HeaderValue::from_str(&blob.content_type) {
        entetes.insert(header::CONTENT_TYPE, valeur);
    }
    if let Ok(valeur) = HeaderValue::from_str(&format!("attachment; filename=\"{nom}\"")) {
        entetes.insert(header::CONTENT_DISPOSITION, valeur);
    }
    entetes.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}
