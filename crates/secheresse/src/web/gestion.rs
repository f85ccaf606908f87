//! The DDT back-office under `/secheresse/gestion`.
//!
//! Arrêtés cadres (zones, usages with their four texts),
//! arrêtés de restriction (dates, PDF, one level per zone or AEP group), checks before publication, public
//! preview, publication, repeal, rules of gestion and the data-quality view.
//!
//! Every handler checks that the caller manages the département of the arrêté (agents are scoped to their
//! départements; the national administration sees all). Every form of an arrêté carries the version it was
//! read at: a change made meanwhile by someone else gets a 409 instead of being overwritten.

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use socle::audit;
use socle::auth::CurrentUser;
use socle::territoires::Kind;
use socle::web::forms::{FieldErrors, required};
use socle::web::layout::{FlashKind, PageContext, set_flash};
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};
use tower_sessions::Session;

use super::{
    Champs, NiveauVue, assets, date_fr, departements_geres, exiger_agent, exiger_departement,
    parse_date, peut_gerer,
};
use crate::domain::calcul::Lambert93;
use crate::domain::nomenclature::{NiveauGravite, RessourceEap, StatutArrete, Thematique};
use crate::domain::qualite;
use crate::domain::regle_gestion::{RegleGestion, regle_au};
use crate::domain::restriction::{
    CibleRestriction, ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Usage, applicable_usages,
};
use crate::domain::zone_alerte::{CodeDepartement, CodeInsee};
use crate::gestion::{self, GestionError};
use crate::publication;
use crate::store;
use crate::store::arretes::{self, ArreteSaisi, CadreSaisi, Ensemble, NiveauZone, Table};

/// Routes of the back-office.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/secheresse/gestion", get(tableau))
        .route("/secheresse/gestion/regles", post(regle))
        .route("/secheresse/gestion/qualite", get(qualite_page))
        .route(
            "/secheresse/gestion/arretes-cadre/nouveau",
            get(cadre_nouveau),
        )
        .route("/secheresse/gestion/arretes-cadre", post(cadre_creer))
        .route(
            "/secheresse/gestion/arretes-cadre/{id}",
            get(cadre_page).post(cadre_modifier),
        )
        .route(
            "/secheresse/gestion/arretes-cadre/{id}/usages",
            post(usage_ajouter),
        )
        .route(
            "/secheresse/gestion/arretes-cadre/{id}/usages/{usage}/supprimer",
            post(usage_supprimer),
        )
        .route(
            "/secheresse/gestion/arretes-cadre/{id}/pdf",
            post(cadre_pdf),
        )
        .route(
            "/secheresse/gestion/arretes-cadre/{id}/publier",
            post(cadre_publier),
        )
        .route(
            "/secheresse/gestion/arretes-cadre/{id}/abroger",
            post(cadre_abroger),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/nouveau",
            get(arrete_nouveau),
        )
        .route(
            "/secheresse/gestion/arretes-restriction",
            post(arrete_creer),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}",
            get(arrete_page).post(arrete_modifier),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}/niveaux",
            post(arrete_niveaux),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}/groupements",
            post(arrete_groupement),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}/restrictions/{restriction}/supprimer",
            post(arrete_restriction_supprimer),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}/pdf",
            post(arrete_pdf),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}/apercu",
            get(arrete_apercu),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}/publier",
            post(arrete_publier),
        )
        .route(
            "/secheresse/gestion/arretes-restriction/{id}/abroger",
            post(arrete_abroger),
        )
}

async fn ensemble(app: &AppState) -> AppResult<Ensemble> {
    let mut db = app.db().clone();
    Ok(arretes::load(&mut db, &app.config().base_url, false).await?)
}

fn gere(user: &CurrentUser, departements: &[CodeDepartement]) -> bool {
    departements
        .iter()
        .any(|departement| peut_gerer(user, departement.as_str()))
}

fn nom_departement(app: &AppState, code: &str) -> String {
    app.territoires().get(Kind::Departement, code).map_or_else(
        || code.to_owned(),
        |entry| format!("{} ({code})", entry.nom),
    )
}

fn version(champs: &Champs) -> AppResult<i64> {
    champs
        .get("version")
        .parse()
        .map_err(|_| AppError::BadRequest("version de l'arrêté absente du formulaire".to_owned()))
}

async fn flash_ok(session: &Session, message: impl Into<String>) -> AppResult<()> {
    set_flash(session, FlashKind::Success, message).await
}

// ----- Dashboard -----

/// A line of the lists of arrêtés.
struct LigneArrete {
    lien: String,
    numero: String,
    departements: String,
    debut: String,
    fin: String,
    statut: &'static str,
}

/// A département the caller manages, with its rule of gestion.
struct DepartementGere {
    code: String,
    nom: String,
    regle: &'static str,
}

#[derive(Template)]
#[template(path = "secheresse/gestion/tableau.html")]
struct TableauPage {
    ctx: PageContext,
    perimetre: String,
    cadres: Vec<LigneArrete>,
    arretes: Vec<LigneArrete>,
    departements: Vec<DepartementGere>,
    regles: Vec<(&'static str, &'static str)>,
    publications: Vec<(String, String, String, i64, String)>,
    tous: bool,
}

/// The label of a rule of gestion.
fn regle_label(regle: RegleGestion) -> &'static str {
    match regle {
        RegleGestion::No => "Aucune commune sur plusieurs zones (no)",
        RegleGestion::NoAll => "Par zone pour chaque type (no_all)",
        RegleGestion::YesOnlyAep => "Eau potable au plus haut niveau de la commune (yes_only_aep)",
        RegleGestion::YesDistinct => "Chaque type au plus haut niveau de la commune (yes_distinct)",
        RegleGestion::YesExceptAep => {
            "Un niveau commun aux eaux superficielles et souterraines (yes_except_aep)"
        }
        RegleGestion::YesAll => "Un niveau commun aux trois types (yes_all)",
    }
}

async fn tableau(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_agent(&user)?;
    let ensemble = ensemble(&app).await?;
    let mut db = app.db().clone();
    let regles = store::referentiel::list_regles(&mut db).await?;
    let jour = publication::aujourdhui();
    let cadres = ensemble
        .cadres
        .iter()
        .filter(|stocke| gere(&user, &stocke.cadre.departements))
        .map(|stocke| LigneArrete {
            lien: chemin(Table::Cadre, stocke.cadre.id),
            numero: stocke.cadre.numero.clone(),
            departements: stocke
                .cadre
                .departements
                .iter()
                .map(CodeDepartement::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            debut: date_fr(stocke.cadre.date_debut),
            fin: date_fr(stocke.cadre.date_fin),
            statut: stocke.cadre.statut_au(jour).label(),
        })
        .collect();
    let arretes_list = ensemble
        .arretes
        .iter()
        .filter(|stocke| peut_gerer(&user, stocke.arrete.departement.as_str()))
        .map(|stocke| LigneArrete {
            lien: chemin(Table::Restriction, stocke.arrete.id),
            numero: stocke.arrete.numero.clone(),
            departements: stocke.arrete.departement.as_str().to_owned(),
            debut: date_fr(stocke.arrete.date_debut),
            fin: date_fr(stocke.arrete.fin.effective()),
            statut: stocke.arrete.statut_au(jour).label(),
        })
        .collect();
    let geres = departements_geres(&user);
    let departements = geres
        .iter()
        .flatten()
        .map(|code| DepartementGere {
            code: code.clone(),
            nom: nom_departement(&app, code),
            regle: CodeDepartement::parse(code)
                .ok()
                .and_then(|departement| {
                    regle_au(
                        regles.get(&departement).map_or(&[][..], Vec::as_slice),
                        jour,
                    )
                })
                .map_or("non définie (par zone)", regle_label),
        })
        .collect();
    let publications = store::publications::list(&mut db, 10)
        .await?
        .into_iter()
        .map(|publication| {
            (
                publication.id,
                publication.created_at.format("%d/%m/%Y %H:%M").to_string(),
                publication.jour.format("%d/%m/%Y").to_string(),
                publication.nb_zones,
                publication.motif,
            )
        })
        .collect();
    render(&TableauPage {
        ctx,
        perimetre: match &geres {
            None => "tous les départements".to_owned(),
            Some(codes) => codes
                .iter()
                .map(|code| nom_departement(&app, code))
                .collect::<Vec<_>>()
                .join(", "),
        },
        cadres,
        arretes: arretes_list,
        departements,
        regles: RegleGestion::ALL
            .into_iter()
            .map(|regle| (regle.code(), regle_label(regle)))
            .collect(),
        publications,
        tous: geres.is_none(),
    })
}

async fn regle(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let champs = Champs(champs);
    let departement = CodeDepartement::parse(champs.get("departement"))
        .map_err(|error| AppError::invalid_field("departement", error.to_string()))?;
    exiger_departement(&user, departement.as_str())?;
    let regle = RegleGestion::parse(champs.get("regle"))
        .map_err(|error| AppError::invalid_field("regle", error.to_string()))?;
    let date_debut = parse_date(champs.get("date_debut"))
        .map_err(|message| AppError::invalid_field("date_debut", message))?
        .unwrap_or_else(publication::aujourdhui);
    let mut tx = app.db().begin().await?;
    publication::lock(&mut tx).await?;
    store::referentiel::set_regle(&mut tx, &departement, regle, date_debut).await?;
    let actor = user.actor();
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &actor,
            module: "secheresse",
            action: "regle_gestion",
            target: &format!("departement:{departement}"),
            summary: &format!(
                "Règle de gestion du département {departement} : {} à compter du {}",
                regle.code(),
                date_debut.format("%d/%m/%Y")
            ),
            details: serde_json::json!({ "regle": regle.code(), "date_debut": date_debut.to_string() }),
        },
    )
    .await?;
    let motif = format!("règle de gestion du département {departement}");
    publication::publish_and_commit(
        &app,
        tx,
        &actor,
        &motif,
        publication::aujourdhui(),
        publication::Declencheur::Changement(crate::domain::arrete::ModeCalcul::Interactif),
    )
    .await?;
    flash_ok(
        &session,
        "La règle de gestion est enregistrée et les zones ont été republiées.",
    )
    .await?;
    Ok(Redirect::to("/secheresse/gestion").into_response())
}

// ----- Arrêtés cadres -----

struct ZoneChoix {
    id: i64,
    label: String,
    coche: bool,
}

struct UsageLigne {
    id: i64,
    nom: String,
    thematique: &'static str,
    profils: String,
    eaux: String,
    textes: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "secheresse/gestion/cadre.html")]
struct CadrePage {
    ctx: PageContext,
    css: String,
    id: Option<i64>,
    titre: String,
    statut: &'static str,
    brouillon: bool,
    version: i64,
    pdf: Option<String>,
    numero: String,
    pilote: String,
    departements: String,
    date_debut: String,
    date_fin: String,
    abroge: String,
    zones: Vec<ZoneChoix>,
    cadres_abrogeables: Vec<(i64, String)>,
    usages: Vec<UsageLigne>,
    usage: Champs,
    thematiques: Vec<&'static str>,
    verifications: Vec<String>,
    erreurs: FieldErrors,
    champs_profils: Vec<(&'static str, &'static str)>,
    champs_eaux: Vec<(&'static str, &'static str)>,
    champs_textes: Vec<(&'static str, &'static str)>,
}

fn profils_text(concerne: ConcerneProfils) -> String {
    let mut profils = Vec::new();
    for (flag, label) in [
        (concerne.particulier, "particuliers"),
        (concerne.entreprise, "entreprises"),
        (concerne.collectivite, "collectivités"),
        (concerne.exploitation, "exploitations agricoles"),
    ] {
        if flag {
            profils.push(label);
        }
    }
    if profils.is_empty() {
        "aucun profil".to_owned()
    } else {
        profils.join(", ")
    }
}

fn eaux_text(eaux: ConcerneEaux) -> String {
    let mut types = Vec::new();
    for (flag, label) in [(eaux.esu, "SUP"), (eaux.eso, "SOU"), (eaux.aep, "AEP")] {
        if flag {
            types.push(label);
        }
    }
    types.join(", ")
}

/// The zones an arrêté cadre of these départements may hold.
fn zones_choix(
    ensemble: &Ensemble,
    departements: &BTreeSet<String>,
    cochees: &[i64],
) -> Vec<ZoneChoix> {
    ensemble
        .zones
        .iter()
        .filter(|zone| {
            zone.zone
                .departement
                .as_ref()
                .is_some_and(|code| departements.contains(code.as_str()))
                || cochees.contains(&zone.id)
        })
        .map(|zone| ZoneChoix {
            id: zone.id,
            label: format!(
                "{} — {} {} — {}{}",
                zone.zone
                    .departement
                    .as_ref()
                    .map_or("?", CodeDepartement::as_str),
                zone.zone.type_zone.code(),
                zone.zone.code,
                zone.zone.nom_affiche(),
                if zone.zone.disabled {
                    " (version désactivée)"
                } else {
                    ""
                }
            ),
            coche: cochees.contains(&zone.id),
        })
        .collect()
}

fn departements_of_user(user: &CurrentUser, ensemble: &Ensemble) -> BTreeSet<String> {
    match departements_geres(user) {
        Some(codes) => codes.into_iter().collect(),
        None => ensemble
            .zones
            .iter()
            .filter_map(|zone| zone.zone.departement.as_ref())
            .map(|code| code.as_str().to_owned())
            .collect(),
    }
}

fn cadre_vide(ctx: PageContext, user: &CurrentUser, ensemble: &Ensemble) -> CadrePage {
    let departements = departements_of_user(user, ensemble);
    CadrePage {
        ctx,
        css: assets::css_url(),
        id: None,
        titre: "Nouvel arrêté cadre".to_owned(),
        statut: StatutArrete::AValider.label(),
        brouillon: true,
        version: 0,
        pdf: None,
        numero: String::new(),
        pilote: departements.iter().next().cloned().unwrap_or_default(),
        departements: String::new(),
        date_debut: String::new(),
        date_fin: String::new(),
        abroge: String::new(),
        zones: zones_choix(ensemble, &departements, &[]),
        cadres_abrogeables: abrogeables_cadre(user, ensemble, None),
        usages: Vec::new(),
        usage: Champs::default(),
        thematiques: Thematique::ALL.into_iter().map(Thematique::nom).collect(),
        verifications: Vec::new(),
        erreurs: FieldErrors::new(),
        champs_profils: CHAMPS_PROFILS.to_vec(),
        champs_eaux: CHAMPS_EAUX.to_vec(),
        champs_textes: CHAMPS_TEXTES.to_vec(),
    }
}

fn abrogeables_cadre(
    user: &CurrentUser,
    ensemble: &Ensemble,
    sauf: Option<i64>,
) -> Vec<(i64, String)> {
    ensemble
        .cadres
        .iter()
        .filter(|stocke| {
            Some(stocke.cadre.id) != sauf
                && stocke.cadre.statut != StatutArrete::AValider
                && peut_gerer(user, stocke.cadre.departement_pilote.as_str())
        })
        .map(|stocke| (stocke.cadre.id, stocke.cadre.numero.clone()))
        .collect()
}

fn cadre_page_of(
    ctx: PageContext,
    user: &CurrentUser,
    ensemble: &Ensemble,
    id: i64,
) -> AppResult<CadrePage> {
    let stocke = ensemble.cadre(id).ok_or_else(AppError::not_found)?;
    let cadre = &stocke.cadre;
    let jour = publication::aujourdhui();
    let departements: BTreeSet<String> = cadre
        .departements
        .iter()
        .map(|code| code.as_str().to_owned())
        .collect();
    let brouillon = cadre.statut == StatutArrete::AValider;
    Ok(CadrePage {
        ctx,
        css: assets::css_url(),
        id: Some(id),
        titre: format!("Arrêté cadre {}", cadre.numero),
        statut: cadre.statut_au(jour).label(),
        brouillon,
        version: stocke.version,
        pdf: cadre.fichier.clone(),
        numero: cadre.numero.clone(),
        pilote: cadre.departement_pilote.as_str().to_owned(),
        departements: departements.iter().cloned().collect::<Vec<_>>().join(", "),
        date_debut: cadre.date_debut.map(|d| d.to_string()).unwrap_or_default(),
        date_fin: cadre.date_fin.map(|d| d.to_string()).unwrap_or_default(),
        abroge: cadre
            .arrete_cadre_abroge
            .map(|id| id.to_string())
            .unwrap_or_default(),
        zones: zones_choix(ensemble, &departements, &stocke.zone_ids),
        cadres_abrogeables: abrogeables_cadre(user, ensemble, Some(id)),
        usages: cadre
            .usages
            .iter()
            .map(|usage| UsageLigne {
                id: usage.id.unwrap_or_default(),
                nom: usage.nom.clone(),
                thematique: usage.thematique.nom(),
                profils: profils_text(usage.concerne),
                eaux: eaux_text(usage.eaux),
                textes: NiveauGravite::ALL
                    .into_iter()
                    .map(|niveau| {
                        (
                            niveau.label(),
                            usage
                                .descriptions
                                .pour(niveau)
                                .unwrap_or_default()
                                .to_owned(),
                        )
                    })
                    .collect(),
            })
            .collect(),
        usage: Champs::default(),
        thematiques: Thematique::ALL.into_iter().map(Thematique::nom).collect(),
        verifications: if brouillon {
            gestion::verifier_cadre(ensemble, id)
        } else {
            Vec::new()
        },
        erreurs: FieldErrors::new(),
        champs_profils: CHAMPS_PROFILS.to_vec(),
        champs_eaux: CHAMPS_EAUX.to_vec(),
        champs_textes: CHAMPS_TEXTES.to_vec(),
    })
}

/// Reads and checks the fields of an arrêté cadre.
fn lire_cadre(
    champs: &Champs,
    user: &CurrentUser,
    ensemble: &Ensemble,
) -> Result<CadreSaisi, FieldErrors> {
    let mut erreurs = FieldErrors::new();
    let numero = required(&mut erreurs, "numero", "Numéro", champs.get("numero"), 50);
    let pilote = CodeDepartement::parse(champs.get("departement_pilote"));
    if let Ok(code) = &pilote
        && !peut_gerer(user, code.as_str())
    {
        erreurs.add(
            "departement_pilote",
            format!("vous ne gérez pas le département {code}"),
        );
    }
    if let Err(error) = &pilote {
        erreurs.add("departement_pilote", error.to_string());
    }
    let mut departements = Vec::new();
    for code in champs
        .get("departements")
        .split([',', ';', ' '])
        .filter(|code| !code.is_empty())
    {
        match CodeDepartement::parse(code) {
            Ok(code) => departements.push(code),
            Err(error) => erreurs.add("departements", error.to_string()),
        }
    }
    if let Ok(pilote) = &pilote
        && !departements.contains(pilote)
    {
        departements.insert(0, pilote.clone());
    }
    let date_debut = parse_date(champs.get("date_debut")).unwrap_or_else(|message| {
        erreurs.add("date_debut", message);
        None
    });
    let date_fin = parse_date(champs.get("date_fin")).unwrap_or_else(|message| {
        erreurs.add("date_fin", message);
        None
    });
    if let (Some(debut), Some(fin)) = (date_debut, date_fin)
        && fin < debut
    {
        erreurs.add(
            "date_fin",
            "le champ « Date de fin » ne peut précéder la date de début",
        );
    }
    let mut zone_ids = Vec::new();
    for value in champs.all("zone") {
        let zone = value.parse::<i64>().ok().and_then(|id| ensemble.zone(id));
        match zone {
            Some(zone)
                if zone
                    .zone
                    .departement
                    .as_ref()
                    .is_some_and(|code| departements.contains(code)) =>
            {
                zone_ids.push(zone.id);
            }
            Some(zone) => erreurs.add(
                "zones",
                format!(
                    "la zone {} n'appartient à aucun département de l'arrêté cadre",
                    zone.zone.code
                ),
            ),
            None => erreurs.add("zones", format!("zone inconnue : {value}")),
        }
    }
    let abroge = match champs.get("abroge") {
        "" => None,
        value => match value
            .parse::<i64>()
            .ok()
            .filter(|id| ensemble.cadre(*id).is_some())
        {
            Some(id) => Some(id),
            None => {
                erreurs.add("abroge", "arrêté cadre abrogé inconnu");
                None
            }
        },
    };
    match (pilote, erreurs.is_empty()) {
        (Ok(departement_pilote), true) => Ok(CadreSaisi {
            numero,
            departement_pilote,
            departements,
            date_debut,
            date_fin,
            zone_ids,
            arrete_cadre_abroge: abroge,
        }),
        _ => Err(erreurs),
    }
}

/// Puts the submitted values back in a page with their errors.
fn with_values(mut page: CadrePage, champs: &Champs, erreurs: FieldErrors) -> CadrePage {
    page.numero = champs.get("numero").to_owned();
    page.pilote = champs.get("departement_pilote").to_owned();
    page.departements = champs.get("departements").to_owned();
    page.date_debut = champs.get("date_debut").to_owned();
    page.date_fin = champs.get("date_fin").to_owned();
    page.abroge = champs.get("abroge").to_owned();
    let cochees = champs.ids("zone");
    for zone in &mut page.zones {
        zone.coche = cochees.contains(&zone.id);
    }
    page.erreurs = erreurs;
    page
}

async fn cadre_nouveau(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_agent(&user)?;
    let ensemble = ensemble(&app).await?;
    render(&cadre_vide(ctx, &user, &ensemble))
}

async fn cadre_creer(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    exiger_agent(&user)?;
    let champs = Champs(champs);
    let ensemble = ensemble(&app).await?;
    let saisi = match lire_cadre(&champs, &user, &ensemble) {
        Ok(saisi) => saisi,
        Err(erreurs) => {
            let page = with_values(cadre_vide(ctx, &user, &ensemble), &champs, erreurs);
            return render_invalid(&page);
        }
    };
    let id = gestion::creer_cadre(&app, &user.actor(), &saisi).await?;
    flash_ok(
        &session,
        "Le brouillon de l'arrêté cadre est créé : ajoutez ses usages et son PDF.",
    )
    .await?;
    Ok(Redirect::to(&chemin(Table::Cadre, id)).into_response())
}

fn render_invalid(template: &impl Template) -> AppResult<Response> {
    let mut response = render(template)?;
    *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

/// The back-office page of an arrêté.
fn chemin(table: Table, id: i64) -> String {
    match table {
        Table::Cadre => format!("/secheresse/gestion/arretes-cadre/{id}"),
        Table::Restriction => format!("/secheresse/gestion/arretes-restriction/{id}"),
    }
}

/// Loads an arrêté the caller manages: an arrêté cadre by its pilot département, an arrêté de restriction
/// by its own.
async fn charger(app: &AppState, user: &CurrentUser, table: Table, id: i64) -> AppResult<Ensemble> {
    exiger_agent(user)?;
    let ensemble = ensemble(app).await?;
    let departement = match table {
        Table::Cadre => ensemble
            .cadre(id)
            .map(|stocke| stocke.cadre.departement_pilote.as_str()),
        Table::Restriction => ensemble
            .arrete(id)
            .map(|stocke| stocke.arrete.departement.as_str()),
    }
    .ok_or_else(AppError::not_found)?;
    exiger_departement(user, departement)?;
    Ok(ensemble)
}

/// Loads a draft arrêté the caller manages, for a change: published ones no longer change.
async fn charger_brouillon(
    app: &AppState,
    user: &CurrentUser,
    table: Table,
    id: i64,
) -> AppResult<Ensemble> {
    let ensemble = charger(app, user, table, id).await?;
    let statut = match table {
        Table::Cadre => ensemble.cadre(id).map(|stocke| stocke.cadre.statut),
        Table::Restriction => ensemble.arrete(id).map(|stocke| stocke.arrete.statut),
    };
    exiger_brouillon(statut.unwrap_or(StatutArrete::Abroge))?;
    Ok(ensemble)
}

fn exiger_brouillon(statut: StatutArrete) -> AppResult<()> {
    if statut == StatutArrete::AValider {
        Ok(())
    } else {
        Err(AppError::Conflict(
            "un arrêté publié ne se modifie plus : abrogez-le et publiez-en un nouveau".to_owned(),
        ))
    }
}

async fn cadre_page(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let ensemble = charger(&app, &user, Table::Cadre, id).await?;
    render(&cadre_page_of(ctx, &user, &ensemble, id)?)
}

async fn cadre_modifier(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ensemble = charger_brouillon(&app, &user, Table::Cadre, id).await?;
    let champs = Champs(champs);
    let version = version(&champs)?;
    let saisi = match lire_cadre(&champs, &user, &ensemble) {
        Ok(saisi) => saisi,
        Err(erreurs) => {
            let page = with_values(cadre_page_of(ctx, &user, &ensemble, id)?, &champs, erreurs);
            return render_invalid(&page);
        }
    };
    gestion::modifier_cadre(&app, &user.actor(), id, version, &saisi).await?;
    flash_ok(&session, "L'arrêté cadre est enregistré.").await?;
    Ok(Redirect::to(&chemin(Table::Cadre, id)).into_response())
}

/// The profile checkboxes of the usage form.
const CHAMPS_PROFILS: [(&str, &str); 4] = [
    ("concerne_particulier", "Particuliers"),
    ("concerne_entreprise", "Entreprises"),
    ("concerne_collectivite", "Collectivités"),
    ("concerne_exploitation", "Exploitations agricoles"),
];
/// The water-type checkboxes of the usage form.
const CHAMPS_EAUX: [(&str, &str); 3] = [
    ("concerne_esu", "Eaux superficielles (SUP)"),
    ("concerne_eso", "Eaux souterraines (SOU)"),
    ("concerne_aep", "Eau potable (AEP)"),
];
/// The four texts of the usage form (spec §3.3, `descriptionVigilance`…).
const CHAMPS_TEXTES: [(&str, &str); 4] = [
    ("description_vigilance", "Texte en vigilance"),
    ("description_alerte", "Texte en alerte"),
    ("description_alerte_renforcee", "Texte en alerte renforcée"),
    ("description_crise", "Texte en crise"),
];

/// Longest text of a usage for one level (VigiEau's limit).
const DESCRIPTION_MAX: usize = 3000;

fn lire_usage(champs: &Champs) -> Result<Usage, FieldErrors> {
    let mut erreurs = FieldErrors::new();
    let nom = required(
        &mut erreurs,
        "nom",
        "Nom de l'usage",
        champs.get("nom"),
        255,
    );
    let thematique = Thematique::parse(champs.get("thematique"));
    if thematique.is_err() {
        erreurs.add("thematique", "choisissez une thématique");
    }
    let concerne = ConcerneProfils {
        particulier: champs.coche("concerne_particulier"),
        entreprise: champs.coche("concerne_entreprise"),
        collectivite: champs.coche("concerne_collectivite"),
        exploitation: champs.coche("concerne_exploitation"),
    };
    if concerne.is_empty() {
        erreurs.add("concerne_particulier", "cochez au moins un profil concerné");
    }
    let eaux = ConcerneEaux {
        esu: champs.coche("concerne_esu"),
        eso: champs.coche("concerne_eso"),
        aep: champs.coche("concerne_aep"),
    };
    if !(eaux.esu || eaux.eso || eaux.aep) {
        erreurs.add("concerne_esu", "cochez au moins une eau concernée");
    }
    let mut texte = |field: &str, label: &str| {
        let value = champs.get(field);
        if value.chars().count() > DESCRIPTION_MAX {
            erreurs.add(
                field,
                format!("le champ « {label} » ne doit pas dépasser {DESCRIPTION_MAX} caractères"),
            );
        }
        (!value.is_empty()).then(|| value.to_owned())
    };
    let descriptions = DescriptionsNiveaux {
        vigilance: texte("description_vigilance", "Texte en vigilance"),
        alerte: texte("description_alerte", "Texte en alerte"),
        alerte_renforcee: texte("description_alerte_renforcee", "Texte en alerte renforcée"),
        crise: texte("description_crise", "Texte en crise"),
    };
    match (thematique, erreurs.is_empty()) {
        (Ok(thematique), true) => Ok(Usage {
            id: None,
            nom,
            thematique,
            concerne,
            eaux,
            descriptions,
        }),
        _ => Err(erreurs),
    }
}

async fn usage_ajouter(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ensemble = charger_brouillon(&app, &user, Table::Cadre, id).await?;
    let champs = Champs(champs);
    let version = version(&champs)?;
    let refuse = |erreurs: FieldErrors| -> AppResult<Response> {
        let mut page = cadre_page_of(ctx.clone(), &user, &ensemble, id)?;
        page.usage = champs.clone();
        page.erreurs = erreurs;
        render_invalid(&page)
    };
    let usage = match lire_usage(&champs) {
        Ok(usage) => usage,
        Err(erreurs) => return refuse(erreurs),
    };
    match gestion::ajouter_usage(&app, &user.actor(), id, version, &usage).await {
        Ok(()) => {}
        Err(GestionError::Refus(raisons)) => {
            let mut erreurs = FieldErrors::new();
            erreurs.add("nom", raisons.join(" ; "));
            return refuse(erreurs);
        }
        Err(other) => return Err(other.into()),
    }
    flash_ok(&session, format!("L'usage « {} » est ajouté.", usage.nom)).await?;
    Ok(Redirect::to(&format!("{}#usages", chemin(Table::Cadre, id))).into_response())
}

async fn usage_supprimer(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path((id, usage)): Path<(i64, i64)>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    charger_brouillon(&app, &user, Table::Cadre, id).await?;
    let version = version(&Champs(champs))?;
    gestion::supprimer_usage(&app, &user.actor(), id, version, usage).await?;
    flash_ok(&session, "L'usage est retiré.").await?;
    Ok(Redirect::to(&format!("{}#usages", chemin(Table::Cadre, id))).into_response())
}

/// Reads a multipart form with a `version` field and a `pdf` file.
async fn lire_pdf(mut multipart: Multipart) -> AppResult<(i64, String, Vec<u8>)> {
    let mut version = None;
    let mut fichier = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|error| AppError::BadRequest(format!("formulaire illisible : {error}")))?
    {
        match field.name() {
            Some("version") => {
                let text = field.text().await.map_err(|error| {
                    AppError::BadRequest(format!("formulaire illisible : {error}"))
                })?;
                version = text.trim().parse::<i64>().ok();
            }
            Some("pdf") => {
                let nom = field.file_name().unwrap_or("arrete.pdf").to_owned();
                let bytes = field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?;
                fichier = Some((nom, bytes.to_vec()));
            }
            _ => {}
        }
    }
    let version = version.ok_or_else(|| {
        AppError::BadRequest("version de l'arrêté absente du formulaire".to_owned())
    })?;
    let (nom, contenu) = fichier
        .filter(|(_, contenu)| !contenu.is_empty())
        .ok_or_else(|| {
            AppError::invalid_field("pdf", "choisissez le fichier PDF de l'arrêté signé")
        })?;
    Ok((version, nom, contenu))
}

async fn cadre_pdf(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    joindre_pdf(&app, &user, &session, Table::Cadre, id, multipart).await
}

/// Attaches the signed PDF to a draft arrêté.
async fn joindre_pdf(
    app: &AppState,
    user: &CurrentUser,
    session: &Session,
    table: Table,
    id: i64,
    multipart: Multipart,
) -> AppResult<Response> {
    charger_brouillon(app, user, table, id).await?;
    let (version, nom, contenu) = lire_pdf(multipart).await?;
    gestion::joindre_pdf(app, &user.actor(), table, id, version, &nom, &contenu).await?;
    flash_ok(session, "Le PDF signé est joint.").await?;
    Ok(Redirect::to(&chemin(table, id)).into_response())
}

async fn cadre_publier(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ensemble = charger(&app, &user, Table::Cadre, id).await?;
    let version = version(&Champs(champs))?;
    match gestion::publier_cadre(&app, &user.actor(), id, version).await {
        Ok(()) => {
            flash_ok(&session, "L'arrêté cadre est publié.").await?;
            Ok(Redirect::to(&chemin(Table::Cadre, id)).into_response())
        }
        Err(GestionError::Refus(raisons)) => {
            let mut page = cadre_page_of(ctx, &user, &ensemble, id)?;
            page.verifications = raisons;
            render_invalid(&page)
        }
        Err(other) => Err(other.into()),
    }
}

async fn cadre_abroger(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    abroger(&app, &user, &session, Table::Cadre, id, &Champs(champs)).await
}

/// Repeals a published arrêté from the date of the form on.
async fn abroger(
    app: &AppState,
    user: &CurrentUser,
    session: &Session,
    table: Table,
    id: i64,
    champs: &Champs,
) -> AppResult<Response> {
    charger(app, user, table, id).await?;
    let version = version(champs)?;
    let date = parse_date(champs.get("date_abrogation"))
        .map_err(|message| AppError::invalid_field("date_abrogation", message))?
        .ok_or_else(|| {
            AppError::invalid_field(
                "date_abrogation",
                "le champ « Date d'abrogation » est obligatoire",
            )
        })?;
    gestion::abroger(app, &user.actor(), table, id, version, date).await?;
    let message = match table {
        Table::Cadre => "L'arrêté cadre est abrogé et les zones ont été republiées.",
        Table::Restriction => "L'arrêté est abrogé et les zones ont été republiées.",
    };
    flash_ok(session, message).await?;
    Ok(Redirect::to(&chemin(table, id)).into_response())
}

// ----- Arrêtés de restriction -----

struct CadreChoix {
    id: i64,
    label: String,
    coche: bool,
}

struct NiveauLigne {
    champ: String,
    zone: String,
    cadre: String,
    niveau: &'static str,
    niveau_label: &'static str,
}

struct GroupementLigne {
    id: i64,
    nom: String,
    communes: String,
    niveau: NiveauVue,
}

#[derive(Template)]
#[template(path = "secheresse/gestion/arrete.html")]
struct ArretePage {
    ctx: PageContext,
    css: String,
    id: Option<i64>,
    titre: String,
    statut: &'static str,
    brouillon: bool,
    version: i64,
    pdf: Option<String>,
    numero: String,
    departement: String,
    departements: Vec<(String, String)>,
    date_signature: String,
    date_debut: String,
    date_fin: String,
    fin_calculee: String,
    cadres: Vec<CadreChoix>,
    abroge: String,
    abrogeables: Vec<(i64, String)>,
    specifique_aep: bool,
    ressource_aep: String,
    niveaux: Vec<NiveauLigne>,
    groupements: Vec<GroupementLigne>,
    groupement: Champs,
    choix_niveaux: Vec<(&'static str, &'static str)>,
    erreurs: FieldErrors,
}

fn departements_choix(
    app: &AppState,
    user: &CurrentUser,
    ensemble: &Ensemble,
) -> Vec<(String, String)> {
    departements_of_user(user, ensemble)
        .into_iter()
        .map(|code| {
            let nom = nom_departement(app, &code);
            (code, nom)
        })
        .collect()
}

fn cadres_choix(ensemble: &Ensemble, departement: &str, coches: &[i64]) -> Vec<CadreChoix> {
    ensemble
        .cadres
        .iter()
        .filter(|stocke| {
            stocke
                .cadre
                .departements
                .iter()
                .any(|code| code.as_str() == departement)
                || coches.contains(&stocke.cadre.id)
        })
        .map(|stocke| CadreChoix {
            id: stocke.cadre.id,
            label: format!(
                "{} ({}, du {} au {})",
                stocke.cadre.numero,
                stocke.cadre.statut.label(),
                date_fr(stocke.cadre.date_debut),
                if stocke.cadre.date_fin.is_some() {
                    date_fr(stocke.cadre.date_fin)
                } else {
                    "sans fin".to_owned()
                }
            ),
            coche: coches.contains(&stocke.cadre.id),
        })
        .collect()
}

fn abrogeables_arrete(
    ensemble: &Ensemble,
    departement: &str,
    sauf: Option<i64>,
) -> Vec<(i64, String)> {
    ensemble
        .arretes
        .iter()
        .filter(|stocke| {
            Some(stocke.arrete.id) != sauf
                && stocke.arrete.departement.as_str() == departement
                && stocke.arrete.statut != StatutArrete::AValider
        })
        .map(|stocke| (stocke.arrete.id, stocke.arrete.numero.clone()))
        .collect()
}

fn choix_niveaux() -> Vec<(&'static str, &'static str)> {
    NiveauGravite::ALL
        .into_iter()
        .map(|niveau| (niveau.code(), niveau.label()))
        .collect()
}

fn arrete_vide(
    app: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    ensemble: &Ensemble,
) -> ArretePage {
    let departements = departements_choix(app, user, ensemble);
    let departement = departements
        .first()
        .map(|(code, _)| code.clone())
        .unwrap_or_default();
    ArretePage {
        ctx,
        css: assets::css_url(),
        id: None,
        titre: "Nouvel arrêté de restriction".to_owned(),
        statut: StatutArrete::AValider.label(),
        brouillon: true,
        version: 0,
        pdf: None,
        numero: String::new(),
        cadres: ensemble
            .cadres
            .iter()
            .filter(|stocke| gere(user, &stocke.cadre.departements))
            .map(|stocke| CadreChoix {
                id: stocke.cadre.id,
                label: format!("{} ({})", stocke.cadre.numero, stocke.cadre.statut.label()),
                coche: false,
            })
            .collect(),
        abrogeables: ensemble
            .arretes
            .iter()
            .filter(|stocke| {
                peut_gerer(user, stocke.arrete.departement.as_str())
                    && stocke.arrete.statut != StatutArrete::AValider
            })
            .map(|stocke| {
                (
                    stocke.arrete.id,
                    format!("{} ({})", stocke.arrete.numero, stocke.arrete.departement),
                )
            })
            .collect(),
        departement,
        departements,
        date_signature: String::new(),
        date_debut: String::new(),
        date_fin: String::new(),
        fin_calculee: String::new(),
        abroge: String::new(),
        specifique_aep: true,
        ressource_aep: String::new(),
        niveaux: Vec::new(),
        groupements: Vec::new(),
        groupement: Champs::default(),
        choix_niveaux: choix_niveaux(),
        erreurs: FieldErrors::new(),
    }
}

fn arrete_page_of(
    app: &AppState,
    ctx: PageContext,
    user: &CurrentUser,
    ensemble: &Ensemble,
    id: i64,
) -> AppResult<ArretePage> {
    let stocke = ensemble.arrete(id).ok_or_else(AppError::not_found)?;
    let arrete = &stocke.arrete;
    let jour = publication::aujourdhui();
    let departement = arrete.departement.as_str().to_owned();
    let mut niveaux = Vec::new();
    for cadre_id in &arrete.arretes_cadre {
        let Some(cadre) = ensemble.cadre(*cadre_id) else {
            continue;
        };
        for zone_id in &cadre.zone_ids {
            let Some(zone) = ensemble.zone(*zone_id) else {
                continue;
            };
            let niveau = stocke
                .restrictions
                .iter()
                .position(|restriction| {
                    restriction.zone_id == Some(*zone_id)
                        && restriction.arrete_cadre_id == Some(*cadre_id)
                })
                .and_then(|position| arrete.restrictions.get(position))
                .map(|restriction| restriction.niveau);
            niveaux.push(NiveauLigne {
                champ: format!("niveau_{zone_id}_{cadre_id}"),
                zone: format!(
                    "{} {} — {}",
                    zone.zone.type_zone.code(),
                    zone.zone.code,
                    zone.zone.nom_affiche()
                ),
                cadre: cadre.cadre.numero.clone(),
                niveau: niveau.map_or("", NiveauGravite::code),
                niveau_label: niveau.map_or("", NiveauGravite::label),
            });
        }
    }
    let groupements = arrete
        .restrictions
        .iter()
        .zip(&stocke.restrictions)
        .filter_map(|(restriction, stockee)| match &restriction.cible {
            CibleRestriction::GroupementAep { nom, communes } => Some(GroupementLigne {
                id: stockee.id,
                nom: nom.clone(),
                communes: communes
                    .iter()
                    .map(CodeInsee::as_str)
                    .collect::<Vec<_>>()
                    .join(", "),
                niveau: restriction.niveau.into(),
            }),
            CibleRestriction::Zone { .. } => None,
        })
        .collect();
    Ok(ArretePage {
        ctx,
        css: assets::css_url(),
        id: Some(id),
        titre: format!("Arrêté de restriction {}", arrete.numero),
        statut: arrete.statut_au(jour).label(),
        brouillon: arrete.statut == StatutArrete::AValider,
        version: stocke.version,
        pdf: arrete.fichier.clone(),
        numero: arrete.numero.clone(),
        departements: departements_choix(app, user, ensemble),
        date_signature: arrete
            .date_signature
            .map(|d| d.to_string())
            .unwrap_or_default(),
        date_debut: arrete.date_debut.map(|d| d.to_string()).unwrap_or_default(),
        date_fin: arrete.fin.saisie.map(|d| d.to_string()).unwrap_or_default(),
        fin_calculee: date_fr(arrete.fin.calculee),
        cadres: cadres_choix(ensemble, &departement, &arrete.arretes_cadre),
        abroge: arrete
            .arrete_restriction_abroge
            .map(|id| id.to_string())
            .unwrap_or_default(),
        abrogeables: abrogeables_arrete(ensemble, &departement, Some(id)),
        departement,
        specifique_aep: arrete.niveau_gravite_specifique_eap,
        ressource_aep: arrete
            .ressource_eap_communique
            .map(|ressource| ressource.code().to_owned())
            .unwrap_or_default(),
        niveaux,
        groupements,
        groupement: Champs::default(),
        choix_niveaux: choix_niveaux(),
        erreurs: FieldErrors::new(),
    })
}

/// Reads and checks the fields of an arrêté de restriction.
fn lire_arrete(
    champs: &Champs,
    user: &CurrentUser,
    ensemble: &Ensemble,
) -> Result<ArreteSaisi, FieldErrors> {
    let mut erreurs = FieldErrors::new();
    let numero = required(&mut erreurs, "numero", "Numéro", champs.get("numero"), 50);
    let departement = CodeDepartement::parse(champs.get("departement"));
    match &departement {
        Ok(code) if !peut_gerer(user, code.as_str()) => {
            erreurs.add(
                "departement",
                format!("vous ne gérez pas le département {code}"),
            );
        }
        Ok(_) => {}
        Err(error) => erreurs.add("departement", error.to_string()),
    }
    let mut date = |field: &str| {
        parse_date(champs.get(field)).unwrap_or_else(|message| {
            erreurs.add(field, message);
            None
        })
    };
    let date_signature = date("date_signature");
    let date_debut = date("date_debut");
    let date_fin = date("date_fin");
    if let (Some(debut), Some(fin)) = (date_debut, date_fin)
        && fin < debut
    {
        erreurs.add(
            "date_fin",
            "le champ « Date de fin » ne peut précéder la date de début",
        );
    }
    let mut cadres = Vec::new();
    for value in champs.all("cadre") {
        let cadre = value.parse::<i64>().ok().and_then(|id| ensemble.cadre(id));
        match (cadre, &departement) {
            (Some(cadre), Ok(code)) if cadre.cadre.departements.contains(code) => {
                cadres.push(cadre.cadre.id)
            }
            (Some(cadre), _) => erreurs.add(
                "cadres",
                format!(
                    "l'arrêté cadre {} ne couvre pas ce département",
                    cadre.cadre.numero
                ),
            ),
            (None, _) => erreurs.add("cadres", format!("arrêté cadre inconnu : {value}")),
        }
    }
    let abroge = match champs.get("abroge") {
        "" => None,
        value => {
            let found = value.parse::<i64>().ok().and_then(|id| ensemble.arrete(id));
            match (found, &departement) {
                (Some(found), Ok(code)) if found.arrete.departement == *code => {
                    Some(found.arrete.id)
                }
                _ => {
                    erreurs.add(
                        "abroge",
                        "l'arrêté abrogé doit être un arrêté publié du même département",
                    );
                    None
                }
            }
        }
    };
    let specifique = champs.coche("specifique_aep");
    let ressource = match champs.get("ressource_aep") {
        "" => None,
        code => match RessourceEap::parse(code) {
            Ok(ressource) => Some(ressource),
            Err(error) => {
                erreurs.add("ressource_aep", error.to_string());
                None
            }
        },
    };
    if !specifique && ressource.is_none() {
        erreurs.add(
            "ressource_aep",
            "sans niveaux propres à l'eau potable, choisissez la ressource dont elle suit les niveaux",
        );
    }
    match (departement, erreurs.is_empty()) {
        (Ok(departement), true) => Ok(ArreteSaisi {
            numero,
            departement,
            date_signature,
            date_debut,
            date_fin,
            cadres,
            niveau_gravite_specifique_aep: specifique,
            ressource_aep_communique: ressource,
            arrete_restriction_abroge: abroge,
        }),
        _ => Err(erreurs),
    }
}

fn arrete_with_values(mut page: ArretePage, champs: &Champs, erreurs: FieldErrors) -> ArretePage {
    page.numero = champs.get("numero").to_owned();
    page.departement = champs.get("departement").to_owned();
    page.date_signature = champs.get("date_signature").to_owned();
    page.date_debut = champs.get("date_debut").to_owned();
    page.date_fin = champs.get("date_fin").to_owned();
    page.abroge = champs.get("abroge").to_owned();
    page.specifique_aep = champs.coche("specifique_aep");
    page.ressource_aep = champs.get("ressource_aep").to_owned();
    let coches = champs.ids("cadre");
    for cadre in &mut page.cadres {
        cadre.coche = coches.contains(&cadre.id);
    }
    page.erreurs = erreurs;
    page
}

async fn arrete_nouveau(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_agent(&user)?;
    let ensemble = ensemble(&app).await?;
    render(&arrete_vide(&app, ctx, &user, &ensemble))
}

async fn arrete_creer(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    exiger_agent(&user)?;
    let champs = Champs(champs);
    let ensemble = ensemble(&app).await?;
    let saisi = match lire_arrete(&champs, &user, &ensemble) {
        Ok(saisi) => saisi,
        Err(erreurs) => {
            let page =
                arrete_with_values(arrete_vide(&app, ctx, &user, &ensemble), &champs, erreurs);
            return render_invalid(&page);
        }
    };
    let id = gestion::creer_arrete(&app, &user.actor(), &saisi).await?;
    flash_ok(&session, "Le brouillon de l'arrêté de restriction est créé : fixez les niveaux et joignez le PDF signé.").await?;
    Ok(Redirect::to(&chemin(Table::Restriction, id)).into_response())
}

async fn arrete_page(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let ensemble = charger(&app, &user, Table::Restriction, id).await?;
    render(&arrete_page_of(&app, ctx, &user, &ensemble, id)?)
}

async fn arrete_modifier(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ensemble = charger_brouillon(&app, &user, Table::Restriction, id).await?;
    let champs = Champs(champs);
    let version = version(&champs)?;
    let saisi = match lire_arrete(&champs, &user, &ensemble) {
        Ok(saisi) => saisi,
        Err(erreurs) => {
            let page = arrete_with_values(
                arrete_page_of(&app, ctx, &user, &ensemble, id)?,
                &champs,
                erreurs,
            );
            return render_invalid(&page);
        }
    };
    gestion::modifier_arrete(&app, &user.actor(), id, version, &saisi).await?;
    flash_ok(&session, "L'arrêté de restriction est enregistré.").await?;
    Ok(Redirect::to(&chemin(Table::Restriction, id)).into_response())
}

async fn arrete_niveaux(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ensemble = charger_brouillon(&app, &user, Table::Restriction, id).await?;
    let champs = Champs(champs);
    let version = version(&champs)?;
    let stocke = ensemble.arrete(id).ok_or_else(AppError::not_found)?;
    let mut niveaux = Vec::new();
    for (key, value) in &champs.0 {
        let Some(rest) = key.strip_prefix("niveau_") else {
            continue;
        };
        let ids: Vec<i64> = rest
            .split('_')
            .filter_map(|part| part.parse().ok())
            .collect();
        let [zone_id, cadre_id] = ids.as_slice() else {
            return Err(AppError::BadRequest(format!("champ inconnu : {key}")));
        };
        let belongs = stocke.arrete.arretes_cadre.contains(cadre_id)
            && ensemble
                .cadre(*cadre_id)
                .is_some_and(|cadre| cadre.zone_ids.contains(zone_id));
        if !belongs {
            return Err(AppError::invalid_field(
                "niveaux",
                "la zone n'appartient pas aux arrêtés cadres de l'arrêté",
            ));
        }
        let niveau = match value.trim() {
            "" => None,
            code => Some(
                NiveauGravite::parse(code)
                    .map_err(|error| AppError::invalid_field("niveaux", error.to_string()))?,
            ),
        };
        niveaux.push(NiveauZone {
            zone_id: *zone_id,
            arrete_cadre_id: *cadre_id,
            niveau,
        });
    }
    gestion::fixer_niveaux(&app, &user.actor(), id, version, &niveaux).await?;
    flash_ok(&session, "Les niveaux des zones sont enregistrés.").await?;
    Ok(Redirect::to(&format!("{}#niveaux", chemin(Table::Restriction, id))).into_response())
}

async fn arrete_groupement(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ensemble = charger_brouillon(&app, &user, Table::Restriction, id).await?;
    let champs = Champs(champs);
    let version = version(&champs)?;
    let mut erreurs = FieldErrors::new();
    let nom = required(
        &mut erreurs,
        "nom_groupement",
        "Nom du groupement",
        champs.get("nom_groupement"),
        255,
    );
    let territoires = app.territoires();
    let mut communes = Vec::new();
    for code in champs
        .get("communes")
        .split([',', ';', ' ', '\n', '\r'])
        .filter(|code| !code.is_empty())
    {
        match CodeInsee::parse(code) {
            Ok(insee) if territoires.get(Kind::Commune, insee.as_str()).is_some() => {
                communes.push(insee)
            }
            Ok(insee) => erreurs.add("communes", format!("commune inconnue : {insee}")),
            Err(error) => erreurs.add("communes", error.to_string()),
        }
    }
    if communes.is_empty() && !erreurs.has("communes") {
        erreurs.add(
            "communes",
            "le champ « Communes » est obligatoire : codes INSEE séparés par des virgules",
        );
    }
    let niveau = NiveauGravite::parse(champs.get("niveau_groupement"));
    if niveau.is_err() {
        erreurs.add("niveau_groupement", "choisissez le niveau du groupement");
    }
    let (Ok(niveau), true) = (niveau, erreurs.is_empty()) else {
        let mut page = arrete_page_of(&app, ctx, &user, &ensemble, id)?;
        page.groupement = champs;
        page.erreurs = erreurs;
        return render_invalid(&page);
    };
    gestion::ajouter_groupement(&app, &user.actor(), id, version, &nom, &communes, niveau).await?;
    flash_ok(&session, format!("Le groupement AEP « {nom} » est ajouté.")).await?;
    Ok(Redirect::to(&format!("{}#groupements", chemin(Table::Restriction, id))).into_response())
}

async fn arrete_restriction_supprimer(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path((id, restriction)): Path<(i64, i64)>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    charger_brouillon(&app, &user, Table::Restriction, id).await?;
    let version = version(&Champs(champs))?;
    gestion::supprimer_restriction(&app, &user.actor(), id, version, restriction).await?;
    flash_ok(&session, "Le groupement est retiré.").await?;
    Ok(Redirect::to(&format!("{}#groupements", chemin(Table::Restriction, id))).into_response())
}

async fn arrete_pdf(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    joindre_pdf(&app, &user, &session, Table::Restriction, id, multipart).await
}

/// A zone of the preview: what the public will read.
struct ApercuZone {
    titre: String,
    niveau: NiveauVue,
    usages: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "secheresse/gestion/apercu.html")]
struct ApercuPage {
    ctx: PageContext,
    css: String,
    id: i64,
    numero: String,
    brouillon: bool,
    version: i64,
    debut: String,
    fin: String,
    pdf: Option<String>,
    zones: Vec<ApercuZone>,
    verifications: Vec<String>,
}

async fn apercu_of(
    app: &AppState,
    ctx: PageContext,
    ensemble: &Ensemble,
    id: i64,
    verifications: Option<Vec<String>>,
) -> AppResult<ApercuPage> {
    let stocke = ensemble.arrete(id).ok_or_else(AppError::not_found)?;
    let arrete = &stocke.arrete;
    let mut zones = Vec::new();
    for restriction in &arrete.restrictions {
        let (titre, types) = match &restriction.cible {
            CibleRestriction::Zone { zone, .. } => {
                let nom = ensemble
                    .zones
                    .iter()
                    .find(|reference| reference.zone.cle() == *zone)
                    .map_or_else(
                        || zone.code.clone(),
                        |reference| reference.zone.nom_affiche().into_owned(),
                    );
                (
                    format!("{} — {nom}", zone.type_zone.label()),
                    vec![zone.type_zone],
                )
            }
            CibleRestriction::GroupementAep { nom, communes } => (
                format!(
                    "Eau potable — groupement « {nom} » ({} communes)",
                    communes.len()
                ),
                vec![crate::domain::nomenclature::TypeZone::Aep],
            ),
        };
        for type_zone in types {
            zones.push(ApercuZone {
                titre: titre.clone(),
                niveau: restriction.niveau.into(),
                usages: applicable_usages(&restriction.usages, restriction.niveau, type_zone, None)
                    .into_iter()
                    .map(|applicable| {
                        (
                            applicable.usage.nom.clone(),
                            applicable.description.to_owned(),
                        )
                    })
                    .collect(),
            });
        }
    }
    let brouillon = arrete.statut == StatutArrete::AValider;
    let verifications = match verifications {
        Some(raisons) => raisons,
        None if brouillon => {
            let mut db = app.db().clone();
            let connues = gestion::communes_connues(&mut db, arrete).await?;
            gestion::verifier_arrete(ensemble, arrete, &connues, publication::aujourdhui())
        }
        None => Vec::new(),
    };
    Ok(ApercuPage {
        ctx,
        css: assets::css_url(),
        id,
        numero: arrete.numero.clone(),
        brouillon,
        version: stocke.version,
        debut: date_fr(arrete.date_debut),
        fin: date_fr(arrete.fin.effective()),
        pdf: arrete.fichier.clone(),
        zones,
        verifications,
    })
}

async fn arrete_apercu(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let ensemble = charger(&app, &user, Table::Restriction, id).await?;
    render(&apercu_of(&app, ctx, &ensemble, id, None).await?)
}

async fn arrete_publier(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let ensemble = charger(&app, &user, Table::Restriction, id).await?;
    let version = version(&Champs(champs))?;
    match gestion::publier_arrete(&app, &user.actor(), id, version).await {
        Ok(()) => {
            flash_ok(
                &session,
                "L'arrêté est publié : les zones en vigueur et les abonnés sont mis à jour.",
            )
            .await?;
            Ok(Redirect::to(&chemin(Table::Restriction, id)).into_response())
        }
        Err(GestionError::Refus(raisons)) => {
            render_invalid(&apercu_of(&app, ctx, &ensemble, id, Some(raisons)).await?)
        }
        Err(GestionError::Publication(error @ publication::PublicationError::Calcul { .. })) => {
            render_invalid(
                &apercu_of(&app, ctx, &ensemble, id, Some(vec![error.to_string()])).await?,
            )
        }
        Err(other) => Err(other.into()),
    }
}

async fn arrete_abroger(
    State(app): State<AppState>,
    user: CurrentUser,
    session: Session,
    Path(id): Path<i64>,
    Form(champs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    abroger(
        &app,
        &user,
        &session,
        Table::Restriction,
        id,
        &Champs(champs),
    )
    .await
}

// ----- Data quality -----

struct AnomalieVue {
    departement: String,
    nature: &'static str,
    description: String,
}

#[derive(Template)]
#[template(path = "secheresse/gestion/qualite.html")]
struct QualitePage {
    ctx: PageContext,
    anomalies: Vec<AnomalieVue>,
    perimetre: String,
}

async fn qualite_page(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    exiger_agent(&user)?;
    let geres = departements_geres(&user);
    let visible = |code: &str| {
        geres
            .as_ref()
            .is_none_or(|codes| codes.iter().any(|c| c == code))
    };
    let mut db = app.db().clone();
    let ensemble = arretes::load(&mut db, &app.config().base_url, true).await?;
    let instantane = publication::courante(&app);
    let lambert =
        Lambert93::new().map_err(|error| AppError::internal(anyhow::Error::new(error)))?;
    let mut departements: BTreeSet<String> = instantane
        .zones
        .zones()
        .iter()
        .filter_map(|zone| zone.zone.departement.as_ref())
        .map(|code| code.as_str().to_owned())
        .collect();
    departements.extend(
        ensemble
            .zones
            .iter()
            .filter_map(|zone| zone.zone.departement.as_ref())
            .map(|code| code.as_str().to_owned()),
    );
    departements.extend(
        ensemble
            .arretes
            .iter()
            .map(|stocke| stocke.arrete.departement.as_str().to_owned()),
    );
    let jour = publication::aujourdhui();
    let mut anomalies = Vec::new();
    for departement in departements.into_iter().filter(|code| visible(code)) {
        let publiees: Vec<_> = instantane
            .zones
            .zones()
            .iter()
            .filter(|zone| {
                zone.zone
                    .departement
                    .as_ref()
                    .is_some_and(|code| code.as_str() == departement)
            })
            .cloned()
            .collect();
        let reference: Vec<_> = ensemble
            .zones
            .iter()
            .filter(|zone| {
                zone.zone
                    .departement
                    .as_ref()
                    .is_some_and(|code| code.as_str() == departement)
            })
            .map(|zone| zone.zone.clone())
            .collect();
        let arretes: Vec<_> = ensemble
            .arretes
            .iter()
            .filter(|stocke| stocke.arrete.departement.as_str() == departement)
            .map(|stocke| stocke.arrete.clone())
            .collect();
        let found = qualite::check_zones(&publiees, &lambert)
            .and_then(|mut found| {
                found.extend(qualite::check_reference(&reference, &lambert)?);
                Ok(found)
            })
            .map_err(|error| AppError::internal(anyhow::Error::new(error)))?;
        let nom = nom_departement(&app, &departement);
        for anomalie in found
            .into_iter()
            .chain(qualite::check_echeances(&arretes, jour))
        {
            anomalies.push(AnomalieVue {
                departement: nom.clone(),
                nature: anomalie.nature(),
                description: anomalie.description(),
            });
        }
    }
    let frozen = ensemble.zones_desactivees();
    for stocke in &ensemble.cadres {
        if stocke.cadre.statut != StatutArrete::Abroge
            && stocke.cadre.is_gele(&frozen)
            && visible(stocke.cadre.departement_pilote.as_str())
        {
            anomalies.push(AnomalieVue {
                departement: nom_departement(&app, stocke.cadre.departement_pilote.as_str()),
                nature: "Arrêté cadre gelé",
                description: format!(
                    "L'arrêté cadre {} utilise une version désactivée d'une zone : aucun arrêté de restriction ne peut \
                     plus s'y appuyer.",
                    stocke.cadre.numero
                ),
            });
        }
    }
    render(&QualitePage {
        ctx,
        anomalies,
        perimetre: match geres {
            None => "tous les départements".to_owned(),
            Some(codes) => codes.join(", "),
        },
    })
}
