//! The selection, from the pre-jury to the letters.
//!
//! Pre-jury marks and ranking, the audition planner (frozen seed, calendars per juror and per candidate, printable
//! grids), jury scoring with recusals and hidden scores, conflicts, deliberation (raw and normalised means,
//! leniency, α, rank bands), minutes with the score-sheet hash, letters.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{Duration, NaiveDateTime};
use serde::Deserialize;
use socle::auth::CurrentUser;
use socle::web::layout::PageContext;
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};
use tower_sessions::Session;

use super::{Miette, date_fr, fil, heure_fr, lire, nombre_fr, succes};
use crate::acces::{self, ROLE_JURE, ROLE_PRE_JURE, ROLE_PRESIDENT};
use crate::domain::appel::StatutAppel;
use crate::domain::candidature::{CandidatureId, StatutCandidature};
use crate::domain::jury::deliberation::{Decision, ProcesVerbal};
use crate::domain::jury::ics::{
    InfosSession, ics_candidat as calendrier_candidat, ics_jure as calendrier_jure,
};
use crate::domain::jury::marques::Departage;
use crate::domain::jury::planning::{ParametresPlanning, Planning};
use crate::domain::jury::statistiques::{bands_bootstrap, bands_leave_one_out};
use crate::service::jury::{
    Cloture, DossierJury, Saisie, candidature_id, charger_dossier, classement_marques, grille,
    id_of, issue_from_code, lecteur, user_of,
};
use crate::service::{self, Acteur, paris_now};
use crate::store::appels::AppelStocke;
use crate::store::catalogue;
use crate::store::jury::{self, Fonction, PlanningStocke};
use crate::store::{Conn, candidatures};

/// Above this many submissions the page shows leave-one-juror-out bands only: a 1,000-resample bootstrap of a
/// large sheet would take seconds (spec §6 keeps ranking under 100 ms).
const BOOTSTRAP_MAX_LIGNES: usize = 200;
/// Resamples of the bootstrap bands.
const RESAMPLES: usize = 1000;

fn fil_appel(appel: &AppelStocke, page: &str) -> Vec<Miette> {
    fil(&[
        ("Appels à projets", Some("/incubateur/appels".to_owned())),
        (
            appel.appel.title.as_str(),
            Some(format!("/incubateur/appels/{}", appel.id)),
        ),
        (page, None),
    ])
}

fn equipe(user: &CurrentUser, appel: &AppelStocke) -> bool {
    acces::is_admin_of(user, appel.appel.incubateur.as_str())
}

// ----- Pre-jury -----

/// A line of the pre-jury page.
#[derive(Debug)]
pub struct LignePrejury {
    id: i64,
    intitule: String,
    marques: usize,
    rang: usize,
    departage: String,
}

#[derive(Template)]
#[template(path = "incubateur/prejury.html")]
struct PrejuryPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    ouvert: bool,
    prejure: bool,
    classement_visible: bool,
    equipe: bool,
    lignes: Vec<LignePrejury>,
    recevables: Vec<(i64, String, bool)>,
    choix: String,
    graine: String,
    nombre: usize,
}

/// `GET /incubateur/appels/{id}/prejury`: marks of the pre-juror, ranking for the team and the president.
pub async fn prejury(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let prejure = acces::has_call_role(&user, ROLE_PRE_JURE, id);
    let classement_visible =
        equipe(&user, &appel) || acces::has_call_role(&user, ROLE_PRESIDENT, id);
    acces::require(prejure || classement_visible)?;
    let mes_marques: BTreeSet<i64> = jury::marques(&mut app.db(), id)
        .await?
        .into_iter()
        .filter(|(u, _)| *u == user.id)
        .map(|(_, c)| c)
        .collect();
    let intitules: BTreeMap<i64, String> = candidatures::list_by_appel(&mut app.db(), id, false)
        .await?
        .into_iter()
        .map(|c| (c.id, c.intitule))
        .collect();
    let recevables = candidatures::list_by_appel(&mut app.db(), id, false)
        .await?
        .into_iter()
        .filter(|c| c.statut() == StatutCandidature::Recevable)
        .map(|c| (c.id, c.intitule.clone(), mes_marques.contains(&c.id)))
        .collect();
    let classement = classement_marques(&mut app.db(), &appel, true).await?;
    let lignes: Vec<LignePrejury> = classement
        .iter()
        .map(|ligne| {
            let cid = id_of(ligne.candidature);
            LignePrejury {
                id: cid,
                intitule: intitules.get(&cid).cloned().unwrap_or_default(),
                marques: ligne.marques,
                rang: ligne.rang,
                departage: match &ligne.departage {
                    Departage::ParMarques => "nombre de marques".to_owned(),
                    Departage::ChoixPresident => "choix du président".to_owned(),
                    Departage::Tirage { graine } => format!("tirage (graine {graine})"),
                    Departage::Egalite => "égalité".to_owned(),
                },
            }
        })
        .collect();
    render(&PrejuryPage {
        fil: fil_appel(&appel, "Pré-jury"),
        ctx,
        id,
        ouvert: appel.appel.statut == StatutAppel::Preselection,
        prejure,
        classement_visible,
        equipe: equipe(&user, &appel),
        nombre: lignes.len().min(12),
        lignes,
        recevables,
        choix: appel
            .departage_choix
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        graine: appel.departage_graine.to_string(),
    })
}

/// The pre-juror's marks.
#[derive(Debug, Deserialize)]
pub struct MarquesForm {
    #[serde(default)]
    candidature: Vec<i64>,
}

/// `POST /incubateur/appels/{id}/prejury/marques`.
pub async fn marquer(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: MarquesForm = lire(&body)?;
    let appel = service::appels::charger(&mut app.db(), id).await?;
    service::jury::marquer(&app, &user, &appel, &form.candidature).await?;
    succes(
        &session,
        "Vos marques sont enregistrées.",
        &format!("/incubateur/appels/{id}/prejury"),
    )
    .await
}

/// The president's order for ties.
#[derive(Debug, Deserialize)]
pub struct DepartageForm {
    #[serde(default)]
    choix: String,
}

/// `POST /incubateur/appels/{id}/prejury/departage`.
pub async fn departager(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: DepartageForm = lire(&body)?;
    let choix = form
        .choix
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| {
            c.parse::<i64>().map_err(|_| {
                AppError::invalid_field(
                    "choix",
                    format!("« {c} » n'est pas un numéro de candidature"),
                )
            })
        })
        .collect::<AppResult<Vec<i64>>>()?;
    let appel = service::appels::charger(&mut app.db(), id).await?;
    service::jury::definir_departage(&app, &user, &appel, &choix).await?;
    succes(
        &session,
        "L'ordre de départage est enregistré.",
        &format!("/incubateur/appels/{id}/prejury"),
    )
    .await
}

/// The team's application of the pre-jury result.
#[derive(Debug, Deserialize)]
pub struct PreselectionForm {
    nombre: usize,
    #[serde(default)]
    motivation: String,
}

/// `POST /incubateur/appels/{id}/prejury/appliquer`.
pub async fn appliquer_preselection(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: PreselectionForm = lire(&body)?;
    service::jury::appliquer_preselection(
        &app,
        &Acteur::Personne(&user),
        id,
        form.nombre,
        &form.motivation,
        paris_now(),
    )
    .await?;
    succes(
        &session,
        format!(
            "Les {} premières candidatures sont présélectionnées.",
            form.nombre
        ),
        &format!("/incubateur/appels/{id}/auditions"),
    )
    .await
}

// ----- Auditions -----

/// A slot, shown.
#[derive(Debug)]
pub struct LigneCreneau {
    ordre: usize,
    debut: String,
    fin: String,
    id: i64,
    intitule: String,
    etat: String,
}

#[derive(Template)]
#[template(path = "incubateur/auditions.html")]
struct AuditionsPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    equipe: bool,
    fige: bool,
    graine: String,
    lieu: String,
    preselectionnees: usize,
    creneaux: Vec<LigneCreneau>,
    pauses: Vec<(String, String)>,
    membres: Vec<(i64, String, String)>,
    debut_defaut: String,
}

/// The frozen audition plan of a call: the pages and calendars that print it have nothing to show before.
async fn planning_fige(app: &AppState, appel_id: i64) -> AppResult<PlanningStocke> {
    jury::planning(&mut app.db(), appel_id)
        .await?
        .ok_or_else(|| {
            AppError::NotFound("le planning des auditions n'est pas encore figé".to_owned())
        })
}

/// The domain plan of a frozen plan: its stored slots, and the breaks its settings give.
fn planning_domaine(stocke: &PlanningStocke) -> Planning {
    let ids: Vec<CandidatureId> = stocke.creneaux.iter().map(|c| c.candidature).collect();
    let pauses = Planning::build(&ids, &stocke.parametres)
        .map(|p| p.pauses)
        .unwrap_or_default();
    Planning {
        graine: stocke.parametres.graine,
        creneaux: stocke.creneaux.clone(),
        pauses,
    }
}

/// `GET /incubateur/appels/{id}/auditions`: the planner (team), the frozen plan and its calendars (jury).
pub async fn auditions(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let est_equipe = equipe(&user, &appel);
    acces::require(
        est_equipe || !acces::call_roles(&user, appel.appel.incubateur.as_str(), id).is_empty(),
    )?;
    let toutes: BTreeMap<i64, _> = candidatures::list_by_appel(&mut app.db(), id, false)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let planning = jury::planning(&mut app.db(), id).await?;
    let creneaux = planning
        .iter()
        .flat_map(|p| &p.creneaux)
        .map(|slot| {
            let cid = id_of(slot.candidature);
            let candidature = toutes.get(&cid);
            LigneCreneau {
                ordre: slot.ordre,
                debut: heure_fr(slot.debut),
                fin: slot.fin.format("%Hh%M").to_string(),
                id: cid,
                intitule: candidature.map(|c| c.intitule.clone()).unwrap_or_default(),
                etat: match candidature.and_then(|c| c.audition.as_deref()) {
                    Some("tenue") => "audition tenue".to_owned(),
                    Some("absente") => "absent(e)".to_owned(),
                    _ => candidature
                        .map(|c| c.statut().label().to_owned())
                        .unwrap_or_default(),
                },
            }
        })
        .collect();
    let pauses = planning
        .as_ref()
        .map(|p| {
            planning_domaine(p)
                .pauses
                .iter()
                .map(|pause| (heure_fr(pause.debut), pause.fin.format("%Hh%M").to_string()))
                .collect()
        })
        .unwrap_or_default();
    let membres = jury::membres(&mut app.db(), id)
        .await?
        .into_iter()
        .filter(|m| m.fonction != Fonction::PreJure)
        .filter(|m| est_equipe || m.user_id == user.id)
        .map(|m| (m.user_id, m.nom, m.fonction.label().to_owned()))
        .collect();
    render(&AuditionsPage {
        fil: fil_appel(&appel, "Auditions"),
        ctx,
        id,
        equipe: est_equipe,
        fige: planning.is_some(),
        graine: planning.as_ref().map_or_else(
            || service::appels::nouvelle_graine().to_string(),
            |p| p.parametres.graine.to_string(),
        ),
        lieu: planning
            .as_ref()
            .map(|p| p.lieu.clone())
            .unwrap_or_default(),
        preselectionnees: toutes
            .values()
            .filter(|c| c.statut() == StatutCandidature::Preselectionne)
            .count(),
        creneaux,
        pauses,
        membres,
        debut_defaut: appel
            .appel
            .milestones
            .iter()
            .find(|j| {
                j.libelle.to_lowercase().contains("audition")
                    || j.libelle.to_lowercase().contains("sélection")
            })
            .map(|j| format!("{}T14:00", j.date))
            .unwrap_or_default(),
    })
}

/// The planner's settings.
#[derive(Debug, Deserialize)]
pub struct PlanningForm {
    debut: String,
    #[serde(default)]
    lieu: String,
    graine: String,
    #[serde(default)]
    battement: i64,
    #[serde(default)]
    pause_toutes: usize,
    #[serde(default)]
    duree_pause: i64,
}

/// `POST /incubateur/appels/{id}/auditions`: freezes the plan (3-minute pitch, 5 minutes of questions).
pub async fn figer_planning(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: PlanningForm = lire(&body)?;
    let debut =
        NaiveDateTime::parse_from_str(form.debut.trim(), "%Y-%m-%dT%H:%M").map_err(|_| {
            AppError::invalid_field(
                "debut",
                "« Début » : date et heure invalides (attendu AAAA-MM-JJ HH:MM)",
            )
        })?;
    let graine = form
        .graine
        .trim()
        .parse::<u64>()
        .map_err(|_| AppError::invalid_field("graine", "« Graine » : un entier positif"))?;
    if form.battement < 0 || form.duree_pause < 0 || form.battement > 60 || form.duree_pause > 120 {
        return Err(AppError::invalid_field(
            "battement",
            "« Battement » et « Durée des pauses » : entre 0 et 60 minutes, 120 pour les pauses",
        ));
    }
    let parametres = ParametresPlanning {
        battement: Duration::minutes(form.battement),
        pause_toutes: form.pause_toutes,
        duree_pause: Duration::minutes(form.duree_pause),
        ..ParametresPlanning::standard(debut, graine)
    };
    let planning =
        service::jury::figer_planning(&app, &Acteur::Personne(&user), id, &parametres, &form.lieu)
            .await?;
    succes(
        &session,
        format!(
            "Le planning est figé : {} auditions, graine {}.",
            planning.creneaux.len(),
            planning.graine
        ),
        &format!("/incubateur/appels/{id}/auditions"),
    )
    .await
}

/// A grid to print.
#[derive(Debug)]
pub struct GrilleImprimee {
    ordre: usize,
    heure: String,
    intitule: String,
}

#[derive(Template)]
#[template(path = "incubateur/grilles.html")]
struct GrillesPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    titre: String,
    criteres: Vec<(String, String)>,
    echelle: String,
    grilles: Vec<GrilleImprimee>,
}

/// `GET /incubateur/appels/{id}/auditions/grilles`: one printable grid per audition.
pub async fn grilles(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    acces::require(!acces::call_roles(&user, appel.appel.incubateur.as_str(), id).is_empty())?;
    let planning = planning_fige(&app, id).await?;
    let intitules: BTreeMap<i64, String> = candidatures::list_by_appel(&mut app.db(), id, false)
        .await?
        .into_iter()
        .map(|c| (c.id, c.intitule))
        .collect();
    let grille = grille(&appel);
    render(&GrillesPage {
        fil: fil_appel(&appel, "Grilles"),
        ctx,
        titre: appel.appel.title.clone(),
        criteres: grille
            .criteres
            .iter()
            .map(|c| (c.libelle.to_owned(), nombre_fr(c.poids, 1)))
            .collect(),
        echelle: format!(
            "de {} à {}",
            nombre_fr(grille.note_min, 0),
            nombre_fr(grille.note_max, 0)
        ),
        grilles: planning
            .creneaux
            .iter()
            .map(|slot| GrilleImprimee {
                ordre: slot.ordre,
                heure: heure_fr(slot.debut),
                intitule: intitules
                    .get(&id_of(slot.candidature))
                    .cloned()
                    .unwrap_or_default(),
            })
            .collect(),
    })
}

fn infos(appel: &AppelStocke, planning: &PlanningStocke) -> InfosSession {
    InfosSession {
        appel: appel.appel.title.clone(),
        session: format!("appel-{}", appel.id),
        lieu: planning.lieu.clone(),
        horodatage_utc: planning.created_at.naive_utc(),
    }
}

fn calendrier(nom: &str, texte: String) -> AppResult<Response> {
    let mut response = texte.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{nom}\""))
            .map_err(AppError::internal)?,
    );
    Ok(response)
}

/// `GET /incubateur/appels/{id}/auditions/jures/{compte}.ics`: the calendar of one member of the jury.
pub async fn ics_jure(
    State(app): State<AppState>,
    user: CurrentUser,
    Path((id, fichier)): Path<(i64, String)>,
) -> AppResult<Response> {
    let compte: i64 = fichier
        .strip_suffix(".ics")
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| AppError::NotFound(format!("calendrier « {fichier} » inconnu")))?;
    let appel = service::appels::charger(&mut app.db(), id).await?;
    acces::require(compte == user.id || equipe(&user, &appel))?;
    let membres = jury::membres(&mut app.db(), id).await?;
    if !membres
        .iter()
        .any(|m| m.user_id == compte && m.fonction != Fonction::PreJure)
    {
        return Err(AppError::NotFound(
            "ce compte n'est pas membre du jury de cet appel".to_owned(),
        ));
    }
    let planning = planning_fige(&app, id).await?;
    let noms: BTreeMap<CandidatureId, String> =
        candidatures::list_by_appel(&mut app.db(), id, false)
            .await?
            .into_iter()
            .map(|c| (candidature_id(c.id), c.intitule))
            .collect();
    calendrier(
        &format!("auditions-appel-{id}-jure-{compte}.ics"),
        calendrier_jure(
            &planning_domaine(&planning),
            &noms,
            &infos(&appel, &planning),
        ),
    )
}

/// `GET /incubateur/candidatures/{id}/audition.ics`: the candidate's own audition.
pub async fn ics_candidat(
    State(app): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let stockee = service::candidatures::charger(&mut app.db(), id).await?;
    let appel = service::appels::charger(&mut app.db(), stockee.appel_id).await?;
    if stockee.user_id != Some(user.id) && !equipe(&user, &appel) {
        return Err(AppError::NotFound(format!(
            "la candidature {id} n'existe pas"
        )));
    }
    let planning = planning_fige(&app, appel.id).await?;
    let texte = calendrier_candidat(
        &planning_domaine(&planning),
        candidature_id(id),
        &infos(&appel, &planning),
    )
    .ok_or_else(|| AppError::NotFound("cette candidature n'est pas auditionnée".to_owned()))?;
    calendrier(&format!("audition-candidature-{id}.ics"), texte)
}

// ----- Jury -----

/// A submission on the juror's sheet.
#[derive(Debug)]
pub struct LigneNotation {
    id: i64,
    intitule: String,
    recuse: Option<String>,
    notes: Vec<(usize, String, String)>,
    total: String,
    note_privee: String,
}

/// A score others submitted, as the reader may see it.
#[derive(Debug)]
pub struct NoteAutre {
    jure: String,
    candidature: String,
    notes: String,
    total: String,
}

#[derive(Template)]
#[template(path = "incubateur/jury.html")]
struct JuryPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    jure: bool,
    equipe: bool,
    ouvert: bool,
    soumis: bool,
    lignes: Vec<LigneNotation>,
    visibles: Vec<NoteAutre>,
    membres: Vec<(String, String, String)>,
    candidatures: Vec<(i64, String)>,
    echelle_max: String,
}

/// `GET /incubateur/appels/{id}/jury`: the juror's sheet, the scores they may see, the composition for the team.
pub async fn jury(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let est_equipe = equipe(&user, &appel);
    if lecteur(&user, &appel).is_none() {
        return Err(AppError::forbidden());
    }
    let catalogue = catalogue::current(&app).await?;
    let dossier = charger_dossier(&app, &mut app.db(), &catalogue, appel).await?;
    let est_jure =
        acces::has_call_role(&user, ROLE_JURE, id) && dossier.jures().any(|m| m.user_id == user.id);
    let ouvert = matches!(
        dossier.appel.appel.statut,
        StatutAppel::Auditions | StatutAppel::Deliberation
    ) && dossier.deliberation.is_none();
    let visibles = dossier.visibles(&user);
    let grille = grille(&dossier.appel);
    let declares: BTreeMap<(i64, i64), String> = dossier
        .conflits
        .iter()
        .map(|c| ((user_of(c.jure), id_of(c.candidature)), c.motif.to_string()))
        .collect();
    let lignes = if est_jure {
        dossier
            .candidatures
            .iter()
            .map(|c| {
                let mienne = visibles.iter().find(|n| {
                    i64::try_from(n.jure.0).ok() == Some(user.id)
                        && i64::try_from(n.candidature.0).ok() == Some(c.id)
                });
                LigneNotation {
                    id: c.id,
                    intitule: c.intitule.clone(),
                    recuse: dossier
                        .recuse(user.id, c.id)
                        .then(|| declares.get(&(user.id, c.id)).cloned().unwrap_or_default()),
                    notes: grille
                        .criteres
                        .iter()
                        .enumerate()
                        .map(|(index, critere)| {
                            (
                                index,
                                critere.libelle.to_owned(),
                                mienne
                                    .and_then(|n| n.notes.get(index))
                                    .map(|v| v.to_string())
                                    .unwrap_or_default(),
                            )
                        })
                        .collect(),
                    total: mienne.map(|n| nombre_fr(n.total, 2)).unwrap_or_default(),
                    note_privee: mienne
                        .and_then(|n| n.note_privee.clone())
                        .unwrap_or_default(),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let intitules: BTreeMap<i64, String> = dossier.intitules().collect();
    let autres = visibles
        .iter()
        .filter(|n| i64::try_from(n.jure.0).ok() != Some(user.id) || !est_jure)
        .map(|n| {
            let jure = user_of(n.jure);
            let candidature = id_of(n.candidature);
            NoteAutre {
                jure: dossier.nom(jure),
                candidature: intitules.get(&candidature).cloned().unwrap_or_default(),
                notes: n
                    .notes
                    .iter()
                    .map(|v| nombre_fr(*v, 1))
                    .collect::<Vec<_>>()
                    .join(" · "),
                total: nombre_fr(n.total, 2),
            }
        })
        .collect();
    render(&JuryPage {
        fil: fil_appel(&dossier.appel, "Jury"),
        ctx,
        id,
        jure: est_jure,
        equipe: est_equipe,
        ouvert,
        soumis: dossier.soumis.contains(&user.id),
        lignes,
        visibles: autres,
        membres: dossier
            .membres
            .iter()
            .map(|m| {
                (
                    m.nom.clone(),
                    m.fonction.label().to_owned(),
                    m.organisation
                        .as_deref()
                        .map(|o| catalogue.organisation_name(o))
                        .unwrap_or_default(),
                )
            })
            .collect(),
        candidatures: dossier.intitules().collect(),
        echelle_max: nombre_fr(grille.note_max, 0),
    })
}

/// A member to add.
#[derive(Debug, Deserialize)]
pub struct MembreForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    fonction: String,
    #[serde(default)]
    nom: String,
    #[serde(default)]
    organisation: String,
}

/// `POST /incubateur/appels/{id}/jury/membres`: adds a pre-juror, juror or president (team).
pub async fn ajouter_membre(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: MembreForm = lire(&body)?;
    let fonction = Fonction::from_code(&form.fonction).ok_or_else(|| {
        AppError::invalid_field("fonction", "choisissez pré-juré, juré ou président")
    })?;
    let organisation = form.organisation.trim();
    if !organisation.is_empty() {
        let catalogue = catalogue::current(&app).await?;
        if catalogue.organisation(organisation).is_none() {
            return Err(AppError::invalid_field(
                "organisation",
                format!("l'organisation « {organisation} » est inconnue du référentiel"),
            ));
        }
    }
    let appel = service::appels::charger(&mut app.db(), id).await?;
    service::jury::ajouter_membre(
        &app,
        &Acteur::Personne(&user),
        &appel,
        &form.email,
        fonction,
        &form.nom,
        Some(organisation),
    )
    .await?;
    succes(
        &session,
        "Le membre est ajouté au jury.",
        &format!("/incubateur/appels/{id}/jury"),
    )
    .await
}

/// A juror's grades.
#[derive(Debug, Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    note: Vec<String>,
    #[serde(default)]
    note_privee: String,
}

/// `POST /incubateur/appels/{id}/jury/notes/{candidature}`.
pub async fn noter(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path((id, candidature)): Path<(i64, i64)>,
    body: String,
) -> AppResult<Response> {
    let form: NoteForm = lire(&body)?;
    let notes = form
        .note
        .iter()
        .map(|n| {
            n.trim().replace(',', ".").parse::<f64>().map_err(|_| {
                AppError::invalid_field(
                    "notes",
                    format!("« {n} » n'est pas une note (un nombre, par exemple 3,5)"),
                )
            })
        })
        .collect::<AppResult<Vec<f64>>>()?;
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let catalogue = catalogue::current(&app).await?;
    let total = service::jury::noter(
        &app,
        &catalogue,
        &user,
        &appel,
        candidature,
        Saisie {
            notes,
            note_privee: super::option_texte(&form.note_privee),
        },
    )
    .await?;
    succes(
        &session,
        format!(
            "Note enregistrée : {} sur la grille pondérée.",
            nombre_fr(total, 2)
        ),
        &format!("/incubateur/appels/{id}/jury#candidature-{candidature}"),
    )
    .await
}

/// `POST /incubateur/appels/{id}/jury/soumettre`.
pub async fn soumettre(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let catalogue = catalogue::current(&app).await?;
    service::jury::soumettre(&app, &catalogue, &user, appel).await?;
    succes(
        &session,
        "Vos notes sont soumises : elles ne sont plus modifiables, et vous voyez désormais celles des autres jurés.",
        &format!("/incubateur/appels/{id}/jury"),
    )
    .await
}

/// A declared conflict.
#[derive(Debug, Deserialize)]
pub struct ConflitForm {
    candidature: i64,
    jure: Option<i64>,
    #[serde(default)]
    motif: String,
}

/// `POST /incubateur/appels/{id}/jury/conflits`: a juror declares a conflict (or the team for them).
pub async fn declarer_conflit(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: ConflitForm = lire(&body)?;
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let jure = form.jure.unwrap_or(user.id);
    service::jury::declarer_conflit(&app, &user, &appel, jure, form.candidature, &form.motif)
        .await?;
    succes(
        &session,
        "Le conflit d'intérêts est enregistré : le juré ne note ni ne voit les notes de cette candidature.",
        &format!("/incubateur/appels/{id}/jury"),
    )
    .await
}

#[derive(Template)]
#[template(path = "incubateur/conflits.html")]
struct ConflitsPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    conflits: Vec<(String, String, String)>,
    jures: Vec<(i64, String)>,
    candidatures: Vec<(i64, String)>,
    equipe: bool,
}

/// `GET /incubateur/appels/{id}/conflits`: conflicts detected from the org chart and declared (team, president).
pub async fn conflits(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let est_equipe = equipe(&user, &appel);
    acces::require(est_equipe || acces::has_call_role(&user, ROLE_PRESIDENT, id))?;
    let catalogue = catalogue::current(&app).await?;
    let dossier = charger_dossier(&app, &mut app.db(), &catalogue, appel).await?;
    let intitules: BTreeMap<i64, String> = dossier.intitules().collect();
    render(&ConflitsPage {
        fil: fil_appel(&dossier.appel, "Conflits d'intérêts"),
        ctx,
        id,
        conflits: dossier
            .conflits
            .iter()
            .map(|c| {
                let jure = user_of(c.jure);
                let candidature = id_of(c.candidature);
                (
                    dossier.nom(jure),
                    intitules
                        .get(&candidature)
                        .cloned()
                        .unwrap_or_else(|| candidature.to_string()),
                    c.motif.to_string(),
                )
            })
            .collect(),
        jures: dossier
            .jures()
            .map(|m| (m.user_id, m.nom.clone()))
            .collect(),
        candidatures: dossier.intitules().collect(),
        equipe: est_equipe,
    })
}

// ----- Deliberation -----

/// A submission in the deliberation table.
#[derive(Debug)]
pub struct LigneDeliberation {
    id: i64,
    intitule: String,
    statut: String,
    a_decider: bool,
    brute: String,
    normalisee: String,
    z: String,
    notes: usize,
    rang: usize,
    bande: String,
    bootstrap: String,
}

/// A juror in the deliberation table.
#[derive(Debug)]
pub struct LigneJure {
    nom: String,
    moyenne: String,
    ecart_type: String,
    clemence: String,
    sans_dispersion: bool,
}

#[derive(Template)]
#[template(path = "incubateur/deliberation.html")]
struct DeliberationPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    ouverte: bool,
    close: bool,
    president: bool,
    lignes: Vec<LigneDeliberation>,
    jures: Vec<LigneJure>,
    alpha: String,
    bootstrap: bool,
    resamples: usize,
    graine: String,
    participants: String,
    date: String,
    empreinte: String,
}

fn mesure(value: Option<f64>, decimales: usize) -> String {
    value
        .map(|v| nombre_fr(v, decimales))
        .unwrap_or_else(|| "—".to_owned())
}

/// Refuses the deliberation's figures to a juror of the call who has not submitted: they would see others' scores.
fn verifier_lecture(user: &CurrentUser, dossier: &DossierJury) -> AppResult<()> {
    let appel = &dossier.appel;
    acces::require(equipe(user, appel) || acces::has_call_role(user, ROLE_PRESIDENT, appel.id))?;
    if acces::has_call_role(user, ROLE_JURE, appel.id)
        && dossier.jures().any(|m| m.user_id == user.id)
        && !dossier.soumis.contains(&user.id)
    {
        return Err(AppError::Forbidden(
            "soumettez d'abord vos propres notes : les notes des autres jurés restent masquées jusque-là".to_owned(),
        ));
    }
    Ok(())
}

/// `GET /incubateur/appels/{id}/deliberation`: raw and normalised means, leniency, α, bands; the president's form.
pub async fn deliberation(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    let catalogue = catalogue::current(&app).await?;
    let dossier = charger_dossier(&app, &mut app.db(), &catalogue, appel).await?;
    verifier_lecture(&user, &dossier)?;
    let matrice = dossier.feuille.matrix();
    let normalisation = matrice.normalise();
    let rangs = crate::domain::jury::statistiques::ranks(&normalisation.normalisees);
    let bandes = bands_leave_one_out(&matrice);
    let bootstrap = matrice.rows() <= BOOTSTRAP_MAX_LIGNES;
    let bandes_bootstrap = if bootstrap {
        bands_bootstrap(&matrice, RESAMPLES, dossier.appel.departage_graine)
    } else {
        Vec::new()
    };
    let mut lignes: Vec<LigneDeliberation> = dossier
        .candidatures
        .iter()
        .enumerate()
        .map(|(row, c)| LigneDeliberation {
            id: c.id,
            intitule: c.intitule.clone(),
            statut: c.statut().label().to_owned(),
            a_decider: c.statut() == StatutCandidature::Auditionne,
            brute: mesure(normalisation.brutes.get(row).copied().flatten(), 2),
            normalisee: mesure(normalisation.normalisees.get(row).copied().flatten(), 2),
            z: mesure(normalisation.z_moyens.get(row).copied().flatten(), 2),
            notes: matrice
                .cellules
                .get(row)
                .map_or(0, |cells| cells.iter().flatten().count()),
            rang: rangs.get(row).copied().unwrap_or_default(),
            bande: bandes
                .get(row)
                .map(|b| format!("{}–{}", b.meilleur, b.pire))
                .unwrap_or_default(),
            bootstrap: bandes_bootstrap
                .get(row)
                .map(|b| format!("{}–{}", b.meilleur, b.pire))
                .unwrap_or_default(),
        })
        .collect();
    lignes.sort_by_key(|l| l.rang);
    let jures = normalisation
        .jures
        .iter()
        .map(|stat| LigneJure {
            nom: dossier.nom(user_of(stat.jure)),
            moyenne: mesure(stat.moyenne, 2),
            ecart_type: mesure(stat.ecart_type, 2),
            clemence: mesure(stat.clemence, 2),
            sans_dispersion: stat.sans_dispersion,
        })
        .collect();
    let close = dossier.deliberation.is_some();
    render(&DeliberationPage {
        fil: fil_appel(&dossier.appel, "Délibération"),
        ctx,
        id,
        ouverte: dossier.appel.appel.statut == StatutAppel::Deliberation && !close,
        close,
        president: acces::has_call_role(&user, ROLE_PRESIDENT, id),
        lignes,
        jures,
        alpha: mesure(matrice.krippendorff_alpha(), 3),
        bootstrap,
        resamples: RESAMPLES,
        graine: dossier.appel.departage_graine.to_string(),
        participants: dossier
            .membres
            .iter()
            .filter(|m| m.fonction != Fonction::PreJure)
            .map(|m| m.nom.clone())
            .collect::<Vec<_>>()
            .join("\n"),
        date: paris_now().date().to_string(),
        empreinte: dossier
            .deliberation
            .as_ref()
            .map(|d| d.empreinte.clone())
            .unwrap_or_default(),
    })
}

/// `POST /incubateur/appels/{id}/deliberation`: the president closes the deliberation.
pub async fn clore(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let paires: Vec<(String, String)> = lire(&body)?;
    let valeur = |cle: &str| {
        paires
            .iter()
            .find(|(k, _)| k == cle)
            .map(|(_, v)| v.trim().to_owned())
    };
    let date = valeur("date")
        .and_then(|d| crate::domain::dates::parse_civil_date(&d))
        .ok_or_else(|| AppError::invalid_field("date", "« Date » : attendu AAAA-MM-JJ"))?;
    let participants: Vec<String> = valeur("participants")
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let mut decisions = Vec::new();
    for (cle, code) in &paires {
        let Some(candidature) = cle
            .strip_prefix("issue_")
            .and_then(|c| c.parse::<i64>().ok())
        else {
            continue;
        };
        let issue = issue_from_code(code.trim()).ok_or_else(|| {
            AppError::invalid_field(
                "decisions",
                format!("décision manquante pour la candidature {candidature}"),
            )
        })?;
        decisions.push(Decision {
            candidature: candidature_id(candidature),
            issue,
            motivation: valeur(&format!("motivation_{candidature}")).unwrap_or_default(),
        });
    }
    let catalogue = catalogue::current(&app).await?;
    let stockee = service::jury::clore_deliberation(
        &app,
        &catalogue,
        &Acteur::Personne(&user),
        id,
        Cloture {
            date,
            participants,
            decisions,
        },
        paris_now(),
    )
    .await?;
    succes(
        &session,
        format!(
            "La délibération est close ; les courriers sont partis. Empreinte de la feuille de notes : {}",
            stockee.empreinte
        ),
        &format!("/incubateur/appels/{id}/proces-verbal"),
    )
    .await
}

#[derive(Template)]
#[template(path = "incubateur/proces_verbal.html")]
struct ProcesVerbalPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    texte: String,
    empreinte: String,
    date: String,
}

/// `GET /incubateur/appels/{id}/proces-verbal` (team, president).
pub async fn proces_verbal(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let appel = service::appels::charger(&mut app.db(), id).await?;
    acces::require(equipe(&user, &appel) || acces::has_call_role(&user, ROLE_PRESIDENT, id))?;
    let deliberation = jury::deliberation(&mut app.db(), id)
        .await?
        .ok_or_else(|| AppError::NotFound("la délibération n'est pas encore close".to_owned()))?;
    render(&ProcesVerbalPage {
        fil: fil_appel(&appel, "Procès-verbal"),
        ctx,
        texte: deliberation.proces_verbal,
        empreinte: deliberation.empreinte,
        date: date_fr(deliberation.date),
    })
}

#[derive(Template)]
#[template(path = "incubateur/lettre.html")]
struct LettrePage {
    ctx: PageContext,
    fil: Vec<Miette>,
    texte: String,
}

/// The minutes of a stored deliberation, as the domain writes letters from them.
async fn proces_verbal_domaine(
    conn: &mut impl Conn,
    appel: &AppelStocke,
) -> AppResult<ProcesVerbal> {
    let stockee = jury::deliberation(conn, appel.id)
        .await?
        .ok_or_else(|| AppError::NotFound("la délibération n'est pas encore close".to_owned()))?;
    Ok(ProcesVerbal {
        appel: appel.appel.title.clone(),
        date: stockee.date,
        president: stockee.president,
        participants: stockee.participants,
        recusations: Vec::new(),
        decisions: stockee
            .decisions
            .iter()
            .filter_map(|d| {
                Some(Decision {
                    candidature: CandidatureId(u64::try_from(d.candidature).ok()?),
                    issue: issue_from_code(&d.issue)?,
                    motivation: d.motivation.clone(),
                })
            })
            .collect(),
        empreinte_feuille: stockee.empreinte,
    })
}

/// `GET /incubateur/candidatures/{id}/lettre`: the printable decision letter (agent, team).
pub async fn lettre(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let stockee = service::candidatures::charger(&mut app.db(), id).await?;
    let appel = service::appels::charger(&mut app.db(), stockee.appel_id).await?;
    if stockee.user_id != Some(user.id) && !equipe(&user, &appel) {
        return Err(AppError::NotFound(format!(
            "la candidature {id} n'existe pas"
        )));
    }
    let pv = proces_verbal_domaine(&mut app.db(), &appel).await?;
    let texte = pv
        .letter(candidature_id(id), "Madame, Monsieur")
        .ok_or_else(|| {
            AppError::NotFound("aucune décision du jury ne porte sur cette candidature".to_owned())
        })?;
    render(&LettrePage {
        fil: fil(&[
            (
                "Candidatures",
                Some(format!("/incubateur/candidatures/{id}")),
            ),
            ("Courrier de décision", None),
        ]),
        ctx,
        texte,
    })
}
