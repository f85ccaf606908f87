//! The instruction back-office.
//!
//! Instructors add étapes where the procedure allows them (the form offers the
//! étapes possible next, computed by the domain), with documents; companies draft ARM and AXM demandes for their
//! own companies and file them. Every write goes through [`crate::instruction`] (re-validation of the whole
//! démarche, audit entry); a refused étape comes back on the page with the reason and the allowed étapes.

use std::collections::HashMap;

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use socle::AppState;
use socle::auth::CurrentUser;
use socle::territoires::Kind;
use socle::web::error::{AppError, AppResult};
use socle::web::forms::FieldErrors;
use socle::web::layout::{FlashKind, PageContext, set_flash};
use socle::web::pages::render;
use tower_sessions::Session;

use super::public::{DemarcheVue, demarche_vue, noms_entreprises};
use super::{Choix, date_fr};
use crate::acces;
use crate::domain::acteur::Acteur;
use crate::domain::date::CaminoDate;
use crate::domain::etape::{EntrepriseId, Heritage};
use crate::domain::instruction::etapes_possibles;
use crate::domain::permissions::AccesEtape;
use crate::instruction::{
    self, InstructionError, NouveauDocument, NouvelleDemande, aujourdhui, duree_legale,
};
use crate::lecture;
use crate::perimetre::{Perimetre, import_csv, import_geojson};
use crate::referentiels::{
    DOCUMENTS_TYPES, EtapeStatutId, EtapeTypeId, GEO_SYSTEMES, GeoSystemeId, TitreTypeId,
    substance_legale,
};
use crate::store::{self, CommuneSurface, Conn, Entreprise, NouvelleEtape, TitreLigne, Visibilite};

/// Routes of the back-office.
///
/// The forms with files lift the platform's small body limit of ordinary forms: the limit of uploads
/// (`FABRIQUE_MAX_UPLOAD_BYTES`, applied to every request by the platform) and the PDF policy of the blob store
/// still bound them.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mines/instruction", get(tableau))
        .route(
            "/mines/instruction/demandes/nouvelle",
            get(demande_formulaire)
                .post(demande_creer)
                .layer(DefaultBodyLimit::disable()),
        )
        .route("/mines/instruction/demarches/{id}", get(demarche_page))
        .route(
            "/mines/instruction/demarches/{id}/etapes",
            post(etape_ajouter).layer(DefaultBodyLimit::disable()),
        )
        .route("/mines/instruction/demarches/{id}/depot", post(depot))
        .route(
            "/mines/instruction/etapes/{id}/documents",
            post(document_ajouter).layer(DefaultBodyLimit::disable()),
        )
}

/// Substances offered to the companies of Guyane (gold and the metals found with it).
const SUBSTANCES_GUYANE: &[&str] = &["auru", "arge", "cuiv", "diam", "tant", "etai", "wolf"];

// ----- Dashboard -----

struct LigneDemarche {
    id: i64,
    titre_nom: String,
    titre_slug: String,
    type_nom: &'static str,
    statut_nom: &'static str,
    titulaires: String,
    bloquants: String,
    brouillon: bool,
}

#[derive(Template)]
#[template(path = "mines/instruction/tableau.html")]
struct TableauPage {
    ctx: PageContext,
    sans_role: bool,
    administrations: Vec<String>,
    entreprises: Vec<String>,
    instruction: Vec<LigneDemarche>,
    demandes: Vec<LigneDemarche>,
    peut_demander: bool,
}

/// Most démarches listed on the dashboard.
const TABLEAU_MAX: usize = 500;

async fn tableau(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    let acteur = acces::acteur(Some(&user));
    let entreprises = store::entreprises_by_code(app.db()).await?;
    let (_, demarches) = store::list_demarches(
        app.db(),
        &Visibilite::of(&acteur),
        None,
        &[],
        0,
        TABLEAU_MAX,
    )
    .await?;
    let codes: Vec<String> = acteur.entreprises().iter().map(|e| e.0.clone()).collect();
    let mut instruction_lignes = Vec::new();
    let mut demandes = Vec::new();
    for item in demarches {
        let acces_titre = item.titre.acces();
        let ligne = LigneDemarche {
            id: item.demarche.id,
            titre_nom: item.titre.nom.clone(),
            titre_slug: item.titre.slug.clone(),
            type_nom: item.demarche.type_id.definition().nom,
            statut_nom: item.demarche.statut.definition().nom,
            titulaires: noms_entreprises(&entreprises, &item.titre.titulaires),
            bloquants: item
                .demarche
                .bloquants
                .iter()
                .map(|id| {
                    crate::referentiels::administration(id).map_or(id.as_str(), |a| a.abreviation)
                })
                .collect::<Vec<_>>()
                .join(", "),
            brouillon: !item.titre.demandeurs.is_empty()
                && item.demarche.statut == crate::referentiels::DemarcheStatutId::Ind,
        };
        let concerne_entreprise = item
            .titre
            .titulaires
            .iter()
            .chain(&item.titre.demandeurs)
            .chain(&item.titre.amodiataires)
            .any(|c| codes.contains(c));
        if concerne_entreprise {
            demandes.push(ligne);
        } else if acteur.lit_tout(&acces_titre.acces()) && item.demarche.statut.is_non_statue() {
            instruction_lignes.push(ligne);
        }
    }
    render(&TableauPage {
        ctx,
        sans_role: acteur.roles.is_empty(),
        administrations: acteur
            .administrations()
            .into_iter()
            .map(|(id, _)| {
                crate::referentiels::administration(id)
                    .map_or_else(|| id.to_owned(), |a| a.nom.to_owned())
            })
            .collect(),
        entreprises: codes
            .iter()
            .map(|c| {
                entreprises
                    .get(c)
                    .map_or_else(|| c.clone(), |e| e.nom.clone())
            })
            .collect(),
        instruction: instruction_lignes,
        demandes,
        peut_demander: peut_demander(&acteur),
    })
}

fn peut_demander(acteur: &Acteur) -> bool {
    acteur.is_super()
        || !acteur.entreprises().is_empty()
        || acteur
            .administrations()
            .iter()
            .any(|(_, niveau)| *niveau != crate::domain::permissions::NiveauAdministration::Lecteur)
}

// ----- Démarche page -----

#[derive(Template)]
#[template(path = "mines/instruction/demarche.html")]
struct DemarchePage {
    ctx: PageContext,
    titre: TitreLigne,
    demarche: DemarcheVue,
    version: i64,
    possibles: Vec<Choix>,
    peut_ajouter: bool,
    peut_deposer: bool,
    documentables: Vec<(i64, String)>,
    date_defaut: String,
    systemes: Vec<Choix>,
    types_documents: Vec<Choix>,
    erreurs: FieldErrors,
    refus: Option<String>,
    refus_possibles: Vec<String>,
}

fn systemes(choisi: &str) -> Vec<Choix> {
    GEO_SYSTEMES
        .iter()
        .map(|s| Choix {
            valeur: s.id.as_str().to_owned(),
            libelle: format!("EPSG:{} — {}", s.id.as_str(), s.nom),
            choisi: s.id.as_str() == choisi,
        })
        .collect()
}

fn types_documents() -> Vec<Choix> {
    let mut choix: Vec<Choix> = DOCUMENTS_TYPES
        .iter()
        .map(|d| Choix {
            valeur: d.id.to_owned(),
            libelle: d.nom.to_owned(),
            choisi: false,
        })
        .collect();
    choix.sort_by(|a, b| a.libelle.cmp(&b.libelle));
    choix
}

/// What the page shows of a refusal.
struct Retour {
    status: StatusCode,
    erreurs: FieldErrors,
    refus: Option<String>,
    refus_possibles: Vec<String>,
}

impl Retour {
    fn ok() -> Self {
        Self {
            status: StatusCode::OK,
            erreurs: FieldErrors::new(),
            refus: None,
            refus_possibles: Vec::new(),
        }
    }
}

async fn render_demarche(
    app: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    demarche_id: i64,
    retour: Retour,
) -> AppResult<Response> {
    let titre_id = store::titre_of_demarche(app.db(), demarche_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let complet = store::load_titre(&mut Conn::Db(app.db()), titre_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let acteur = acces::acteur(Some(user));
    let lisible = lecture::lisible(&complet, &acteur).ok_or_else(AppError::not_found)?;
    let demarche = lisible
        .demarches
        .iter()
        .find(|d| d.demarche.id == demarche_id)
        .ok_or_else(AppError::not_found)?;
    let entreprises = store::entreprises_by_code(app.db()).await?;
    let acces_titre = complet.titre.acces();
    let acces = acces_titre.acces();
    let aujourdhui = aujourdhui();
    let instructeur = acteur.edite_etape(
        &acces,
        &AccesEtape {
            type_id: EtapeTypeId::Mcp,
            is_brouillon: false,
        },
    );
    let possibles = if instructeur {
        complet
            .domain()
            .demarches
            .iter()
            .find(|d| d.id.0 == demarche_id.to_string())
            .map(|d| etapes_possibles(complet.titre.type_id, d, aujourdhui))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let brouillons: Vec<&store::EtapeLigne> = demarche
        .etapes
        .iter()
        .map(|e| e.etape)
        .filter(|e| e.etape.is_brouillon)
        .collect();
    let peut_deposer = brouillons
        .iter()
        .any(|e| e.etape.type_id == EtapeTypeId::Mfr && acteur.edite_etape(&acces, &e.acces()));
    let documentables = demarche
        .etapes
        .iter()
        .filter(|e| acteur.edite_etape(&acces, &e.etape.acces()))
        .map(|e| {
            (
                e.etape.id,
                format!(
                    "{} ({}) du {}",
                    e.etape.etape.type_id.nom(),
                    e.etape.etape.statut_id.nom(),
                    date_fr(Some(e.etape.etape.date))
                ),
            )
        })
        .collect();
    let page = DemarchePage {
        demarche: demarche_vue(demarche, &entreprises),
        version: complet.titre.version,
        possibles: possibles
            .into_iter()
            .map(|(t, s)| Choix {
                valeur: format!("{}:{}", t.as_str(), s.as_str()),
                libelle: format!("{} ({})", t.nom(), s.nom()),
                choisi: false,
            })
            .collect(),
        peut_ajouter: instructeur,
        peut_deposer,
        documentables,
        date_defaut: aujourdhui.to_string(),
        systemes: systemes("4326"),
        types_documents: types_documents(),
        erreurs: retour.erreurs,
        refus: retour.refus,
        refus_possibles: retour.refus_possibles,
        titre: complet.titre.clone(),
        ctx,
    };
    let html = page.render().map_err(AppError::internal)?;
    Ok((retour.status, axum::response::Html(html)).into_response())
}

async fn demarche_page(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    render_demarche(&app, ctx, &user, id, Retour::ok()).await
}

/// Turns a write error into the page with its message (422) when the person can fix it, else an error page.
async fn echec(
    app: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    demarche_id: i64,
    erreur: InstructionError,
) -> AppResult<Response> {
    let mut retour = Retour::ok();
    retour.status = StatusCode::UNPROCESSABLE_ENTITY;
    match erreur {
        InstructionError::Refus(refus) => {
            retour.refus_possibles = refus
                .possibles()
                .map(|l| {
                    l.0.iter()
                        .map(|(t, s)| format!("{} ({})", t.nom(), s.nom()))
                        .collect()
                })
                .unwrap_or_default();
            retour.refus = Some(refus.to_string());
        }
        InstructionError::Invalide { champ, message } => retour.erreurs.add(champ, message),
        InstructionError::Fichier(fichier)
            if !matches!(
                fichier,
                socle::files::FileError::Db(_) | socle::files::FileError::Store(_)
            ) =>
        {
            retour.erreurs.add("document", fichier.to_string());
        }
        autre => return Err(autre.into()),
    }
    render_demarche(app, ctx, user, demarche_id, retour).await
}

// ----- Multipart forms -----

/// The fields of a multipart form: texts and files (name, bytes).
#[derive(Default)]
struct Champs {
    textes: HashMap<String, Vec<String>>,
    fichiers: HashMap<String, (String, Vec<u8>)>,
}

impl Champs {
    async fn lire(mut multipart: Multipart) -> AppResult<Self> {
        let mut champs = Self::default();
        while let Some(champ) = multipart
            .next_field()
            .await
            .map_err(|e| AppError::BadRequest(format!("formulaire illisible : {e}")))?
        {
            let nom = champ.name().unwrap_or_default().to_owned();
            match champ.file_name().map(str::to_owned) {
                Some(fichier) => {
                    let octets = champ.bytes().await.map_err(|e| {
                        AppError::BadRequest(format!("fichier « {fichier} » illisible : {e}"))
                    })?;
                    if !octets.is_empty() {
                        champs.fichiers.insert(nom, (fichier, octets.to_vec()));
                    }
                }
                None => {
                    let texte = champ.text().await.map_err(|e| {
                        AppError::BadRequest(format!("champ « {nom} » illisible : {e}"))
                    })?;
                    champs.textes.entry(nom).or_default().push(texte);
                }
            }
        }
        Ok(champs)
    }

    fn texte(&self, nom: &str) -> &str {
        self.textes
            .get(nom)
            .and_then(|v| v.first())
            .map_or("", |s| s.trim())
    }

    fn tous(&self, nom: &str) -> Vec<String> {
        self.textes
            .get(nom)
            .map(|v| {
                v.iter()
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
}

fn date_champ(
    erreurs: &mut FieldErrors,
    champ: &str,
    libelle: &str,
    texte: &str,
) -> Option<CaminoDate> {
    if texte.is_empty() {
        return None;
    }
    match CaminoDate::parse(texte) {
        Ok(date) => Some(date),
        Err(_) => {
            erreurs.add(
                champ,
                format!("le champ « {libelle} » doit être une date au format AAAA-MM-JJ"),
            );
            None
        }
    }
}

fn perimetre_champ(erreurs: &mut FieldErrors, champs: &Champs) -> Option<Perimetre> {
    let (nom, octets) = champs.fichiers.get("perimetre")?;
    let Some(systeme) = GeoSystemeId::from_id(champs.texte("geo_systeme")) else {
        erreurs.add(
            "geo_systeme",
            "choisissez le système de coordonnées du fichier de périmètre",
        );
        return None;
    };
    let csv = nom.to_lowercase().ends_with(".csv");
    let resultat = if csv {
        import_csv(octets, systeme)
    } else {
        match std::str::from_utf8(octets) {
            Ok(texte) => import_geojson(texte, systeme),
            Err(_) => {
                erreurs.add(
                    "perimetre",
                    "le fichier de périmètre doit être un GeoJSON en UTF-8 ou un CSV (extension .csv)",
                );
                return None;
            }
        }
    };
    match resultat {
        Ok(perimetre) => Some(perimetre),
        Err(erreur) => {
            erreurs.add("perimetre", format!("périmètre refusé : {erreur}"));
            None
        }
    }
}

fn communes_champ(
    erreurs: &mut FieldErrors,
    app: &AppState,
    texte: &str,
) -> Option<Vec<CommuneSurface>> {
    if texte.is_empty() {
        return None;
    }
    let territoires = app.territoires();
    let mut communes = Vec::new();
    for code in texte
        .split([',', ';', ' '])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let code = socle::territoires::code_in_choice(code);
        if territoires.get(Kind::Commune, code).is_none() {
            erreurs.add(
                "communes",
                format!("le code INSEE « {code} » n'est pas celui d'une commune"),
            );
            return None;
        }
        communes.push(CommuneSurface {
            id: code.to_owned(),
            surface: None,
        });
    }
    Some(communes)
}

fn document_champ(erreurs: &mut FieldErrors, champs: &Champs) -> Option<NouveauDocument> {
    let (nom, octets) = champs.fichiers.get("document")?;
    let type_id = champs.texte("document_type");
    if crate::referentiels::document_type(type_id).is_none() {
        erreurs.add("document_type", "choisissez le type du document");
    }
    let Some(confidentialite) =
        store::confidentialite_from_id(champs.texte("document_confidentialite"))
    else {
        erreurs.add(
            "document_confidentialite",
            "choisissez qui peut lire le document",
        );
        return None;
    };
    Some(NouveauDocument {
        octets: octets.clone(),
        nom_fichier: nom.clone(),
        type_id: type_id.to_owned(),
        description: champs
            .texte("document_description")
            .chars()
            .take(500)
            .collect(),
        confidentialite,
    })
}

fn version_champ(texte: &str) -> Option<i64> {
    texte.parse().ok()
}

async fn etape_ajouter(
    State(app): State<AppState>,
    ctx: PageContext,
    session: Session,
    user: CurrentUser,
    Path(demarche_id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    let champs = Champs::lire(multipart).await?;
    let mut erreurs = FieldErrors::new();
    let paire = champs
        .texte("etape")
        .split_once(':')
        .and_then(|(t, s)| Some((EtapeTypeId::from_id(t)?, EtapeStatutId::from_id(s)?)));
    if paire.is_none() {
        erreurs.add(
            "etape",
            "choisissez l'étape à ajouter parmi les étapes possibles",
        );
    }
    let date = date_champ(&mut erreurs, "date", "Date", champs.texte("date"));
    if date.is_none() && !erreurs.has("date") {
        erreurs.add("date", "le champ « Date » est obligatoire");
    }
    let duree = match champs.texte("duree") {
        "" => None,
        texte => match texte.parse::<u32>() {
            Ok(mois) if (1..=1200).contains(&mois) => Some(mois),
            _ => {
                erreurs.add(
                    "duree",
                    "le champ « Durée » doit être un nombre de mois entre 1 et 1200",
                );
                None
            }
        },
    };
    let date_debut = date_champ(
        &mut erreurs,
        "date_debut",
        "Début de validité",
        champs.texte("date_debut"),
    );
    let date_fin = date_champ(
        &mut erreurs,
        "date_fin",
        "Fin de validité",
        champs.texte("date_fin"),
    );
    let perimetre = perimetre_champ(&mut erreurs, &champs);
    let communes = communes_champ(&mut erreurs, &app, champs.texte("communes"));
    let document = document_champ(&mut erreurs, &champs);
    let (Some((type_id, statut_id)), Some(date), true) = (paire, date, erreurs.is_empty()) else {
        let mut retour = Retour::ok();
        retour.status = StatusCode::UNPROCESSABLE_ENTITY;
        retour.erreurs = erreurs;
        return render_demarche(&app, ctx, &user, demarche_id, retour).await;
    };
    let mut etape = NouvelleEtape::simple(type_id, statut_id, date);
    etape.duree = duree;
    etape.date_debut = date_debut;
    etape.date_fin = date_fin;
    etape.perimetre = perimetre;
    etape.communes = communes;
    // A fondamentale étape carries the titre's properties: what it does not set, it inherits from the previous
    // étape of the démarche (the anchor's default for a new étape).
    if type_id.definition().fondamentale {
        etape.heritage = Heritage {
            titulaires: true,
            amodiataires: true,
            date_debut: etape.date_debut.is_none(),
            date_fin: etape.date_fin.is_none(),
            duree: etape.duree.is_none(),
            substances: true,
            perimetre: etape.perimetre.is_none(),
        };
    }
    let acteur = acces::acteur(Some(&user));
    match instruction::ajouter_etape(
        &app,
        &user,
        &acteur,
        demarche_id,
        version_champ(champs.texte("version")),
        etape,
        document.into_iter().collect(),
    )
    .await
    {
        Ok(_) => {
            set_flash(
                &session,
                FlashKind::Success,
                format!(
                    "Étape « {} » ({}) ajoutée ; les statuts du titre ont été recalculés.",
                    type_id.nom(),
                    statut_id.nom()
                ),
            )
            .await?;
            Ok(
                Redirect::to(&format!("/mines/instruction/demarches/{demarche_id}"))
                    .into_response(),
            )
        }
        Err(erreur) => echec(&app, ctx, &user, demarche_id, erreur).await,
    }
}

#[derive(Debug, Deserialize)]
struct VersionForm {
    #[serde(default)]
    version: String,
}

async fn depot(
    State(app): State<AppState>,
    ctx: PageContext,
    session: Session,
    user: CurrentUser,
    Path(demarche_id): Path<i64>,
    axum::Form(form): axum::Form<VersionForm>,
) -> AppResult<Response> {
    let acteur = acces::acteur(Some(&user));
    match instruction::deposer_demande(
        &app,
        &user,
        &acteur,
        demarche_id,
        version_champ(&form.version),
    )
    .await
    {
        Ok(()) => {
            set_flash(
                &session,
                FlashKind::Success,
                "Demande déposée : l'administration en est saisie.",
            )
            .await?;
            Ok(
                Redirect::to(&format!("/mines/instruction/demarches/{demarche_id}"))
                    .into_response(),
            )
        }
        Err(erreur) => echec(&app, ctx, &user, demarche_id, erreur).await,
    }
}

async fn document_ajouter(
    State(app): State<AppState>,
    ctx: PageContext,
    session: Session,
    user: CurrentUser,
    Path(etape_id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    let (_, demarche_id) = store::titre_of_etape(app.db(), etape_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let champs = Champs::lire(multipart).await?;
    let mut erreurs = FieldErrors::new();
    let document = document_champ(&mut erreurs, &champs);
    if document.is_none() && erreurs.is_empty() {
        erreurs.add("document", "choisissez le fichier PDF à joindre");
    }
    let (Some(document), true) = (document, erreurs.is_empty()) else {
        let mut retour = Retour::ok();
        retour.status = StatusCode::UNPROCESSABLE_ENTITY;
        retour.erreurs = erreurs;
        return render_demarche(&app, ctx, &user, demarche_id, retour).await;
    };
    let acteur = acces::acteur(Some(&user));
    match instruction::ajouter_document(
        &app,
        &user,
        &acteur,
        etape_id,
        version_champ(champs.texte("version")),
        document,
    )
    .await
    {
        Ok(_) => {
            set_flash(&session, FlashKind::Success, "Document ajouté.").await?;
            Ok(
                Redirect::to(&format!("/mines/instruction/demarches/{demarche_id}"))
                    .into_response(),
            )
        }
        Err(erreur) => echec(&app, ctx, &user, demarche_id, erreur).await,
    }
}

// ----- New demande -----

#[derive(Debug, Clone, Default)]
struct ValeursDemande {
    type_id: String,
    nom: String,
    entreprise: String,
    substances: Vec<String>,
    communes: String,
    geo_systeme: String,
    mecanise: bool,
    franchissements: String,
    date_dae: String,
    asl: String,
    date_asl: String,
}

#[derive(Template)]
#[template(path = "mines/instruction/demande.html")]
struct DemandePage {
    ctx: PageContext,
    valeurs: ValeursDemande,
    entreprises: Vec<Choix>,
    substances: Vec<Choix>,
    systemes: Vec<Choix>,
    erreurs: FieldErrors,
    refus: Option<String>,
}

/// Companies the user may file for: their own, or every company for super-administrators and instructors.
async fn entreprises_demandables(app: &AppState, acteur: &Acteur) -> AppResult<Vec<Entreprise>> {
    let toutes = store::all_entreprises(app.db()).await?;
    Ok(toutes
        .into_iter()
        .filter(|e| acteur.cree_demande(TitreTypeId::Arm, &EntrepriseId(e.code.clone())))
        .collect())
}

async fn render_demande(
    app: &AppState,
    ctx: PageContext,
    acteur: &Acteur,
    valeurs: ValeursDemande,
    erreurs: FieldErrors,
    refus: Option<String>,
) -> AppResult<Response> {
    let entreprises = entreprises_demandables(app, acteur).await?;
    if entreprises.is_empty() {
        return Err(AppError::Forbidden(
            "pour déposer une demande, il faut le rôle « entreprise » ou « bureau d'études » d'une entreprise \
             enregistrée, ou celui d'instructeur"
                .to_owned(),
        ));
    }
    let status = if erreurs.is_empty() && refus.is_none() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = DemandePage {
        entreprises: entreprises
            .iter()
            .map(|e| Choix {
                valeur: e.code.clone(),
                libelle: format!("{} (SIREN {})", e.nom, e.legal()),
                choisi: e.code == valeurs.entreprise,
            })
            .collect(),
        substances: SUBSTANCES_GUYANE
            .iter()
            .filter_map(|id| substance_legale(id))
            .map(|s| Choix {
                valeur: s.id.to_owned(),
                libelle: s.nom.to_owned(),
                choisi: valeurs.substances.iter().any(|v| v == s.id),
            })
            .collect(),
        systemes: systemes(if valeurs.geo_systeme.is_empty() {
            "4326"
        } else {
            &valeurs.geo_systeme
        }),
        valeurs,
        erreurs,
        refus,
        ctx,
    };
    let html = page.render().map_err(AppError::internal)?;
    Ok((status, axum::response::Html(html)).into_response())
}

async fn demande_formulaire(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    let acteur = acces::acteur(Some(&user));
    let valeurs = ValeursDemande {
        type_id: "arm".to_owned(),
        ..ValeursDemande::default()
    };
    render_demande(&app, ctx, &acteur, valeurs, FieldErrors::new(), None).await
}

async fn demande_creer(
    State(app): State<AppState>,
    ctx: PageContext,
    session: Session,
    user: CurrentUser,
    multipart: Multipart,
) -> AppResult<Response> {
    let champs = Champs::lire(multipart).await?;
    let acteur = acces::acteur(Some(&user));
    let valeurs = ValeursDemande {
        type_id: champs.texte("type").to_owned(),
        nom: champs.texte("nom").to_owned(),
        entreprise: champs.texte("entreprise").to_owned(),
        substances: champs.tous("substances"),
        communes: champs.texte("communes").to_owned(),
        geo_systeme: champs.texte("geo_systeme").to_owned(),
        mecanise: champs.texte("mecanise") == "oui",
        franchissements: champs.texte("franchissements").to_owned(),
        date_dae: champs.texte("date_dae").to_owned(),
        asl: champs.texte("asl").to_owned(),
        date_asl: champs.texte("date_asl").to_owned(),
    };
    let mut erreurs = FieldErrors::new();
    let type_id = match valeurs.type_id.as_str() {
        "arm" => Some(TitreTypeId::Arm),
        "axm" => Some(TitreTypeId::Axm),
        _ => {
            erreurs.add(
                "type",
                "choisissez une autorisation de recherches (ARM) ou d'exploitation (AXM)",
            );
            None
        }
    };
    let nom = socle::web::forms::required(&mut erreurs, "nom", "Nom du titre", &valeurs.nom, 120);
    if valeurs.entreprise.is_empty() {
        erreurs.add(
            "entreprise",
            "le champ « Entreprise demandeuse » est obligatoire",
        );
    }
    for substance in &valeurs.substances {
        if !SUBSTANCES_GUYANE.contains(&substance.as_str()) {
            erreurs.add("substances", format!("substance inconnue « {substance} »"));
        }
    }
    if valeurs.substances.is_empty() {
        erreurs.add("substances", "cochez au moins une substance");
    }
    let perimetre = perimetre_champ(&mut erreurs, &champs);
    if perimetre.is_none() && !erreurs.has("perimetre") && !erreurs.has("geo_systeme") {
        erreurs.add(
            "perimetre",
            "joignez le périmètre demandé (GeoJSON, ou CSV de points séparés par des points-virgules)",
        );
    }
    let communes = communes_champ(&mut erreurs, &app, &valeurs.communes).unwrap_or_default();
    if communes.is_empty() && !erreurs.has("communes") {
        erreurs.add(
            "communes",
            "indiquez au moins une commune (code INSEE, par exemple 97353)",
        );
    }
    if communes.iter().any(|c| !c.id.starts_with("973")) {
        erreurs.add(
            "communes",
            "les ARM et AXM ne concernent que des communes de Guyane (973..)",
        );
    }
    let franchissements = match valeurs.franchissements.as_str() {
        "" => 0,
        texte => texte.parse::<u32>().unwrap_or_else(|_| {
            erreurs.add(
                "franchissements",
                "le champ « Franchissements de cours d'eau » doit être un nombre entier",
            );
            0
        }),
    };
    let mut date_dae = None;
    let mut accord = None;
    if type_id == Some(TitreTypeId::Axm) {
        date_dae = date_champ(
            &mut erreurs,
            "date_dae",
            "Date de la décision de l'autorité environnementale",
            &valeurs.date_dae,
        );
        if date_dae.is_none() && !erreurs.has("date_dae") {
            erreurs.add(
                "date_dae",
                "une AXM demande la décision d'exemption de l'autorité environnementale",
            );
        }
        let statut = match valeurs.asl.as_str() {
            "fav" => Some(EtapeStatutId::Fav),
            "fre" => Some(EtapeStatutId::Fre),
            _ => {
                erreurs.add("asl", "indiquez l'accord du propriétaire du sol");
                None
            }
        };
        let date = date_champ(
            &mut erreurs,
            "date_asl",
            "Date de l'accord du propriétaire",
            &valeurs.date_asl,
        );
        if date.is_none() && !erreurs.has("date_asl") {
            erreurs.add(
                "date_asl",
                "le champ « Date de l'accord du propriétaire » est obligatoire",
            );
        }
        accord = statut.zip(date);
    }
    let Some(type_id) = type_id.filter(|_| erreurs.is_empty()) else {
        return render_demande(&app, ctx, &acteur, valeurs, erreurs, None).await;
    };
    let demande = NouvelleDemande {
        type_id,
        nom,
        entreprise: valeurs.entreprise.clone(),
        substances: valeurs.substances.clone(),
        perimetre,
        communes,
        mecanise: valeurs.mecanise,
        franchissements,
        date_dae,
        accord_proprietaire: accord,
    };
    match instruction::creer_demande(&app, &user, &acteur, demande).await {
        Ok((_, demarche_id)) => {
            set_flash(
                &session,
                FlashKind::Success,
                format!(
                    "Brouillon enregistré (durée légale : {} mois). Vérifiez-le, joignez vos documents puis \
                     déposez la demande.",
                    duree_legale(type_id)
                ),
            )
            .await?;
            Ok(
                Redirect::to(&format!("/mines/instruction/demarches/{demarche_id}"))
                    .into_response(),
            )
        }
        Err(InstructionError::Invalide { champ, message }) => {
            let mut erreurs = FieldErrors::new();
            erreurs.add(champ, message);
            render_demande(&app, ctx, &acteur, valeurs, erreurs, None).await
        }
        Err(InstructionError::Refus(refus)) => {
            render_demande(
                &app,
                ctx,
                &acteur,
                valeurs,
                FieldErrors::new(),
                Some(refus.to_string()),
            )
            .await
        }
        Err(autre) => Err(autre.into()),
    }
}
