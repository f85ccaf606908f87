//! The jury of a call: composition, pre-jury marks and their ranking, the frozen audition plan, conflicts and
//! recusals, scores and their visibility, deliberation and minutes, letters.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};
use socle::AppError;
use socle::auth::{CurrentUser, RoleGrant};
use socle::db::{DbError, now};
use socle::mail::{self, Mail};

use super::candidatures::{Options, appliquer};
use super::{Acteur, journaliser, refus};
use crate::acces::{self, ROLE_JURE, ROLE_PRESIDENT};
use crate::domain::appel::StatutAppel;
use crate::domain::candidature::{ActionCandidature, CandidatureId, StatutCandidature};
use crate::domain::ids::OrganisationId;
use crate::domain::jury::JureId;
use crate::domain::jury::conflits::{
    Conflit, ConflitDeclare, ProfilCandidature, ProfilJure, detect_conflicts, recusations,
};
use crate::domain::jury::deliberation::{Decision, IssueDecision, close_deliberation};
use crate::domain::jury::grille::Grille;
use crate::domain::jury::marques::{LigneClassementMarques, RegleDepartage, classer_par_marques};
use crate::domain::jury::notation::{FeuilleDeNotes, Lecteur, NotationError, NoteVisible};
use crate::domain::jury::planning::{ParametresPlanning, Planning};
use crate::domain::roles::Role;
use crate::store::appels::AppelStocke;
use crate::store::candidatures::{self, CandidatureStockee};
use crate::store::catalogue::Catalogue;
use crate::store::jury::{
    self, DecisionDoc, DeliberationStockee, Fonction, Membre, NoteStockee, PlanningStocke,
};
use crate::store::{Conn, email_of};

/// The grid of a call: the jury brief's criteria with the call's weights.
pub fn grille(appel: &AppelStocke) -> Grille {
    let mut grille = Grille::defaut();
    if appel.poids.len() == grille.criteres.len() {
        for (critere, poids) in grille.criteres.iter_mut().zip(&appel.poids) {
            critere.poids = *poids;
        }
    }
    grille
}

// The domain numbers jurors and submissions with `u64`, the store with `i64`: ids are positive, so these
// conversions never fall back to 0 in practice.
fn jure_id(user_id: i64) -> JureId {
    JureId(u64::try_from(user_id).unwrap_or_default())
}

pub(crate) fn candidature_id(id: i64) -> CandidatureId {
    CandidatureId(u64::try_from(id).unwrap_or_default())
}

pub(crate) fn user_of(jure: JureId) -> i64 {
    i64::try_from(jure.0).unwrap_or_default()
}

pub(crate) fn id_of(candidature: CandidatureId) -> i64 {
    i64::try_from(candidature.0).unwrap_or_default()
}

/// Maps a refusal of the score sheet to an answer carrying its French message.
pub fn erreur_notation(error: NotationError) -> AppError {
    match error {
        NotationError::Grille(_) => AppError::invalid_field("notes", error.to_string()),
        NotationError::JureInconnu(_) | NotationError::Recuse { .. } => {
            AppError::Forbidden(error.to_string())
        }
        NotationError::CandidatureInconnue(_) => AppError::NotFound(error.to_string()),
        _ => AppError::Conflict(error.to_string()),
    }
}

// ----- Composition -----

/// Adds a member to the jury of a call: the account named by `email` gets the role of the function for the call.
pub async fn ajouter_membre(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    appel: &AppelStocke,
    email: &str,
    fonction: Fonction,
    nom: &str,
    organisation: Option<&str>,
) -> Result<(), AppError> {
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, appel.appel.incubateur.as_str()))?;
    }
    let email = socle::auth::normalize_email(email)
        .map_err(|message| AppError::invalid_field("email", message))?;
    let Some(compte) = socle::auth::store::find_by_email(app.db(), &email).await? else {
        return Err(AppError::invalid_field(
            "email",
            format!(
                "aucun compte n'existe pour {email} : la personne doit d'abord créer son compte"
            ),
        ));
    };
    let nom = nom.trim();
    if nom.is_empty() || nom.chars().count() > 200 {
        return Err(AppError::invalid_field(
            "nom",
            "le nom affiché est obligatoire (200 caractères au plus)",
        ));
    }
    let mut tx = app.db().begin().await?;
    jury::upsert_membre(
        &mut tx,
        appel.id,
        &Membre {
            user_id: compte.id,
            fonction,
            nom: nom.to_owned(),
            organisation: organisation
                .map(str::trim)
                .filter(|o| !o.is_empty())
                .map(str::to_owned),
        },
    )
    .await?;
    socle::auth::store::grant_role(
        &mut tx,
        compte.id,
        &RoleGrant {
            module: crate::MODULE.to_owned(),
            role: fonction.role().to_owned(),
            organisation: Some(appel.id.to_string()),
        },
        acteur.user_id(),
    )
    .await?;
    journaliser(
        &mut tx,
        acteur,
        "ajouter_membre_jury",
        &appel.cible(),
        &format!(
            "{} ajouté(e) au jury de l'appel {} ({})",
            nom,
            appel.id,
            fonction.label()
        ),
        serde_json::json!({ "user": compte.id, "fonction": fonction.code() }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

// ----- Pre-jury -----

/// Replaces the marks of a pre-juror (during the pre-selection, on recevable submissions only).
pub async fn marquer(
    app: &socle::AppState,
    user: &CurrentUser,
    appel: &AppelStocke,
    marques: &[i64],
) -> Result<(), AppError> {
    acces::require(acces::has_call_role(user, acces::ROLE_PRE_JURE, appel.id))?;
    if appel.appel.statut != StatutAppel::Preselection {
        return Err(AppError::Conflict(format!(
            "les marques du pré-jury se posent pendant la présélection (appel à l'étape « {} »)",
            appel.appel.statut
        )));
    }
    let mut tx = app.db().begin().await?;
    let recevables: BTreeSet<i64> = candidatures::list_by_appel(&mut tx, appel.id, false)
        .await?
        .into_iter()
        .filter(|c| c.statut() == StatutCandidature::Recevable)
        .map(|c| c.id)
        .collect();
    if let Some(autre) = marques.iter().find(|id| !recevables.contains(id)) {
        return Err(AppError::invalid_field(
            "marques",
            format!("la candidature {autre} n'est pas recevable dans cet appel"),
        ));
    }
    jury::set_marques(&mut tx, appel.id, user.id, marques).await?;
    journaliser(
        &mut tx,
        &Acteur::Personne(user),
        "marquer",
        &appel.cible(),
        &format!("Marques d'un pré-juré sur l'appel {}", appel.id),
        serde_json::json!({ "nombre": marques.len() }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The pre-jury ranking: marks, then the president's recorded order, then the draw.
///
/// It ranks the submissions still recevable (to apply the result) or, with `historique`, every submission that
/// passed the eligibility step (to show the ranking once applied).
pub async fn classement_marques(
    conn: &mut impl Conn,
    appel: &AppelStocke,
    historique: bool,
) -> Result<Vec<LigneClassementMarques>, AppError> {
    use StatutCandidature as S;
    let recevables: Vec<CandidatureId> = candidatures::list_by_appel(conn, appel.id, false)
        .await?
        .into_iter()
        .filter(|c| {
            c.statut() == S::Recevable
                || (historique
                    && matches!(
                        c.statut(),
                        S::Preselectionne
                            | S::Auditionne
                            | S::Laureat
                            | S::ListeAttente
                            | S::NonRetenu
                    ))
        })
        .map(|c| candidature_id(c.id))
        .collect();
    let marques: Vec<(JureId, CandidatureId)> = jury::marques(conn, appel.id)
        .await?
        .into_iter()
        .map(|(user, candidature)| (jure_id(user), candidature_id(candidature)))
        .collect();
    let mut regles = Vec::new();
    if !appel.departage_choix.is_empty() {
        regles.push(RegleDepartage::ChoixPresident(
            appel
                .departage_choix
                .iter()
                .map(|id| candidature_id(*id))
                .collect(),
        ));
    }
    regles.push(RegleDepartage::Tirage {
        graine: appel.departage_graine,
    });
    Ok(classer_par_marques(&recevables, &marques, &regles))
}

/// Records the president's order for ties (the president of the call, or the team).
pub async fn definir_departage(
    app: &socle::AppState,
    user: &CurrentUser,
    appel: &AppelStocke,
    choix: &[i64],
) -> Result<(), AppError> {
    acces::require(
        acces::has_call_role(user, ROLE_PRESIDENT, appel.id)
            || acces::is_admin_of(user, appel.appel.incubateur.as_str()),
    )?;
    let mut tx = app.db().begin().await?;
    crate::store::appels::set_departage(&mut tx, appel.id, choix).await?;
    journaliser(
        &mut tx,
        &Acteur::Personne(user),
        "definir_departage",
        &appel.cible(),
        &format!("Ordre de départage du président pour l'appel {}", appel.id),
        serde_json::json!({ "choix": choix }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Applies the pre-jury result: the first `nombre` of the ranking are pre-selected, the others are not kept.
///
/// The submissions not kept get `motivation`. One transaction, one audited transition per submission.
pub async fn appliquer_preselection(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    appel_id: i64,
    nombre: usize,
    motivation: &str,
    maintenant: NaiveDateTime,
) -> Result<(), AppError> {
    if nombre == 0 || nombre > crate::domain::appel::PRESELECTION_MAX {
        return Err(AppError::invalid_field(
            "nombre",
            format!(
                "le nombre de présélectionnés doit être compris entre 1 et {}",
                crate::domain::appel::PRESELECTION_MAX
            ),
        ));
    }
    let mut tx = app.db().begin().await?;
    let appel = super::appels::charger(&mut tx, appel_id).await?;
    let classement = classement_marques(&mut tx, &appel, false).await?;
    for (position, ligne) in classement.iter().enumerate() {
        let stockee = super::candidatures::charger(&mut tx, id_of(ligne.candidature)).await?;
        let action = if position < nombre {
            ActionCandidature::Preselectionner
        } else {
            ActionCandidature::NePasRetenir {
                motivation: motivation.to_owned(),
            }
        };
        appliquer(
            &mut tx,
            app,
            acteur,
            &stockee,
            &appel,
            &action,
            Options::at(maintenant),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

// ----- Audition plan -----

/// Freezes the audition plan of the pre-selected submissions, in the order drawn from the seed.
pub async fn figer_planning(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    appel_id: i64,
    parametres: &ParametresPlanning,
    lieu: &str,
) -> Result<Planning, AppError> {
    let mut tx = app.db().begin().await?;
    let appel = super::appels::charger(&mut tx, appel_id).await?;
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, appel.appel.incubateur.as_str()))?;
    }
    if appel.appel.statut != StatutAppel::Preselection {
        return Err(AppError::Conflict(format!(
            "le planning se fige pendant la présélection (appel à l'étape « {} »)",
            appel.appel.statut
        )));
    }
    if jury::planning(&mut tx, appel_id).await?.is_some() {
        return Err(AppError::Conflict(
            "le planning est déjà figé : sa graine et son ordre ne changent plus".to_owned(),
        ));
    }
    let preselectionnees: Vec<CandidatureId> =
        candidatures::list_by_appel(&mut tx, appel_id, false)
            .await?
            .into_iter()
            .filter(|c| c.statut() == StatutCandidature::Preselectionne)
            .map(|c| candidature_id(c.id))
            .collect();
    let planning = Planning::build(&preselectionnees, parametres)
        .map_err(|error| AppError::Conflict(error.to_string()))?;
    jury::insert_planning(
        &mut tx,
        appel_id,
        parametres,
        lieu.trim(),
        &planning.creneaux,
    )
    .await?;
    journaliser(
        &mut tx,
        acteur,
        "figer_planning",
        &appel.cible(),
        &format!(
            "Planning des auditions figé : {} créneaux, graine {}",
            planning.creneaux.len(),
            planning.graine
        ),
        serde_json::json!({ "graine": planning.graine.to_string(), "creneaux": planning.creneaux.len() }),
    )
    .await?;
    tx.commit().await?;
    Ok(planning)
}

// ----- Score sheet -----

/// Everything the jury pages read about a call.
#[derive(Debug)]
pub struct DossierJury {
    /// The call.
    pub appel: AppelStocke,
    /// Members.
    pub membres: Vec<Membre>,
    /// The frozen plan, if any.
    pub planning: Option<PlanningStocke>,
    /// The submissions on the sheet, in audition order.
    pub candidatures: Vec<CandidatureStockee>,
    /// Conflicts, detected and declared.
    pub conflits: Vec<Conflit>,
    /// The score sheet (recusals applied, submissions recorded, closed after the deliberation).
    pub feuille: FeuilleDeNotes,
    /// Jurors who submitted.
    pub soumis: BTreeSet<i64>,
    /// The closed deliberation, if any.
    pub deliberation: Option<DeliberationStockee>,
}

impl DossierJury {
    /// The submissions' titles by id, in audition order.
    pub fn intitules(&self) -> impl Iterator<Item = (i64, String)> + '_ {
        self.candidatures.iter().map(|c| (c.id, c.intitule.clone()))
    }

    /// Jurors (members who score).
    pub fn jures(&self) -> impl Iterator<Item = &Membre> {
        self.membres.iter().filter(|m| m.fonction == Fonction::Jure)
    }

    /// Name of a member.
    pub fn nom(&self, user_id: i64) -> String {
        self.membres
            .iter()
            .find(|m| m.user_id == user_id)
            .map_or_else(|| format!("compte {user_id}"), |m| m.nom.clone())
    }

    /// Whether `user_id` is recused for `candidature`.
    pub fn recuse(&self, user_id: i64, candidature: i64) -> bool {
        self.feuille
            .recusations()
            .contains(&(jure_id(user_id), candidature_id(candidature)))
    }

    /// The scores `user` may see, by the domain's rules.
    pub fn visibles(&self, user: &CurrentUser) -> Vec<NoteVisible> {
        match lecteur(user, &self.appel) {
            Some(lecteur) => self.feuille.visible_to(lecteur),
            None => Vec::new(),
        }
    }
}

/// How `user` reads the sheet of a call: a juror of the call reads as a juror (the strictest view, even if they
/// also belong to the team), then the president, then the team.
pub fn lecteur(user: &CurrentUser, appel: &AppelStocke) -> Option<Lecteur> {
    let roles = acces::call_roles(user, appel.appel.incubateur.as_str(), appel.id);
    let role = if roles.contains(&Role::Jure) {
        Role::Jure
    } else if roles.contains(&Role::PresidentJury) {
        Role::PresidentJury
    } else if roles.contains(&Role::AdminIncubateur) {
        Role::AdminIncubateur
    } else {
        return None;
    };
    Some(Lecteur {
        role,
        jure: roles.contains(&Role::Jure).then(|| jure_id(user.id)),
    })
}

/// Whether scores may still be entered on a call: auditions or deliberation, before the president closes it.
fn notation_ouverte(appel: &AppelStocke, deliberation: Option<&DeliberationStockee>) -> bool {
    matches!(
        appel.appel.statut,
        StatutAppel::Auditions | StatutAppel::Deliberation
    ) && deliberation.is_none()
}

fn profils(
    membres: &[Membre],
    candidatures: &[CandidatureStockee],
) -> (Vec<ProfilJure>, Vec<ProfilCandidature>) {
    let jures = membres
        .iter()
        .filter(|m| m.fonction == Fonction::Jure)
        .map(|m| ProfilJure {
            jure: jure_id(m.user_id),
            organisation: m
                .organisation
                .as_deref()
                .and_then(|org| OrganisationId::parse(org).ok()),
        })
        .collect();
    let dossiers = candidatures
        .iter()
        .filter_map(|c| {
            let organisation = OrganisationId::parse(c.organisation.as_deref()?).ok()?;
            Some(ProfilCandidature {
                candidature: candidature_id(c.id),
                organisation,
                sponsors: c
                    .sponsors
                    .iter()
                    .filter_map(|s| OrganisationId::parse(s).ok())
                    .collect(),
            })
        })
        .collect();
    (jures, dossiers)
}

/// Loads the whole sheet of a call.
pub async fn charger_dossier(
    app: &socle::AppState,
    conn: &mut impl Conn,
    catalogue: &Catalogue,
    appel: AppelStocke,
) -> Result<DossierJury, AppError> {
    let membres = jury::membres(conn, appel.id).await?;
    let planning = jury::planning(conn, appel.id).await?;
    let toutes: BTreeMap<i64, CandidatureStockee> =
        candidatures::list_by_appel(conn, appel.id, false)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    let candidatures: Vec<CandidatureStockee> = planning
        .iter()
        .flat_map(|p| &p.creneaux)
        .filter_map(|slot| toutes.get(&id_of(slot.candidature)))
        .filter(|c| c.audition.as_deref() != Some("absente"))
        .cloned()
        .collect();
    let declares: Vec<ConflitDeclare> = jury::conflits_declares(conn, appel.id)
        .await?
        .into_iter()
        .map(|c| ConflitDeclare {
            jure: jure_id(c.user_id),
            candidature: candidature_id(c.candidature_id),
            motif: c.motif,
        })
        .collect();
    let (profils_jures, profils_candidatures) = profils(&membres, &candidatures);
    let conflits = detect_conflicts(
        &profils_jures,
        &profils_candidatures,
        &catalogue.organigramme,
        &declares,
    );
    let mut feuille = FeuilleDeNotes::new(
        grille(&appel),
        membres
            .iter()
            .filter(|m| m.fonction == Fonction::Jure)
            .map(|m| jure_id(m.user_id))
            .collect(),
        candidatures.iter().map(|c| candidature_id(c.id)).collect(),
    );
    for note in jury::notes_en_memoire(app, conn, appel.id).await?.iter() {
        // A stored score the sheet refuses (its juror left the jury, its submission left the plan) is not counted.
        if let Err(error) = feuille.enter(
            jure_id(note.user_id),
            candidature_id(note.candidature_id),
            note.notes.clone(),
            note.note_privee.clone(),
        ) {
            tracing::debug!(%error, "note hors feuille ignorée");
        }
    }
    for (jure, candidature) in recusations(&conflits) {
        // Conflicts of jurors or submissions off the sheet do not concern it.
        let _ = feuille.recuse(jure, candidature);
    }
    let soumis: BTreeSet<i64> = jury::soumis(conn, appel.id).await?.into_iter().collect();
    for user_id in &soumis {
        if let Err(error) = feuille.submit(jure_id(*user_id)) {
            tracing::warn!(%error, appel = appel.id, "soumission enregistrée mais refusée par la feuille");
        }
    }
    let deliberation = jury::deliberation(conn, appel.id).await?;
    if !notation_ouverte(&appel, deliberation.as_ref()) {
        feuille.close();
    }
    Ok(DossierJury {
        appel,
        membres,
        planning,
        candidatures,
        conflits,
        feuille,
        soumis,
        deliberation,
    })
}

/// A juror's entry on one submission.
#[derive(Debug, Clone)]
pub struct Saisie {
    /// One grade per criterion.
    pub notes: Vec<f64>,
    /// Private note.
    pub note_privee: Option<String>,
}

/// Enters (or replaces) a juror's grades on one submission; returns the weighted total.
///
/// Only the cell's facts are read (membership, recusal, submission, the grid): an entry stays fast whatever the
/// size of the sheet (spec §6: 2,000 submissions × 20 jurors).
pub async fn noter(
    app: &socle::AppState,
    catalogue: &Catalogue,
    user: &CurrentUser,
    appel: &AppelStocke,
    candidature: i64,
    saisie: Saisie,
) -> Result<f64, AppError> {
    acces::require(acces::has_call_role(user, ROLE_JURE, appel.id))?;
    let mut tx = app.db().begin().await?;
    let deliberation = jury::deliberation(&mut tx, appel.id).await?;
    let membres = jury::membres(&mut tx, appel.id).await?;
    let membre: Vec<Membre> = membres
        .into_iter()
        .filter(|m| m.user_id == user.id && m.fonction == Fonction::Jure)
        .collect();
    let sur_la_feuille = jury::a_un_creneau(&mut tx, appel.id, candidature).await?;
    let stockee = super::candidatures::charger(&mut tx, candidature).await?;
    let mut feuille = FeuilleDeNotes::new(
        grille(appel),
        membre.iter().map(|m| jure_id(m.user_id)).collect(),
        if sur_la_feuille
            && stockee.appel_id == appel.id
            && stockee.audition.as_deref() != Some("absente")
        {
            vec![candidature_id(candidature)]
        } else {
            Vec::new()
        },
    );
    let declares: Vec<ConflitDeclare> = jury::conflits_declares(&mut tx, appel.id)
        .await?
        .into_iter()
        .filter(|c| c.user_id == user.id && c.candidature_id == candidature)
        .map(|c| ConflitDeclare {
            jure: jure_id(c.user_id),
            candidature: candidature_id(c.candidature_id),
            motif: c.motif,
        })
        .collect();
    let (profils_jures, profils_candidatures) = profils(&membre, std::slice::from_ref(&stockee));
    let conflits = detect_conflicts(
        &profils_jures,
        &profils_candidatures,
        &catalogue.organigramme,
        &declares,
    );
    for (jure, c) in recusations(&conflits) {
        let _ = feuille.recuse(jure, c);
    }
    if !notation_ouverte(appel, deliberation.as_ref()) {
        feuille.close();
    }
    if jury::soumis(&mut tx, appel.id).await?.contains(&user.id) {
        return Err(erreur_notation(NotationError::DejaSoumis(jure_id(user.id))));
    }
    let total = feuille
        .enter(
            jure_id(user.id),
            candidature_id(candidature),
            saisie.notes.clone(),
            saisie.note_privee.clone(),
        )
        .map_err(erreur_notation)?;
    jury::upsert_note(
        &mut tx,
        appel.id,
        &NoteStockee {
            user_id: user.id,
            candidature_id: candidature,
            notes: saisie.notes,
            total,
            note_privee: saisie.note_privee.filter(|n| !n.trim().is_empty()),
        },
    )
    .await?;
    // The grades stay out of the platform's journal (read by platform administrators): the minutes carry the hash
    // of the whole sheet.
    journaliser(
        &mut tx,
        &Acteur::Personne(user),
        "noter",
        &format!("candidature:{candidature}"),
        &format!("Note d'un juré enregistrée (appel {})", appel.id),
        serde_json::json!({ "appel": appel.id }),
    )
    .await?;
    tx.commit().await?;
    Ok(total)
}

/// Submits a juror's scores: every submission they are not recused from must be scored; they are then locked and
/// the juror sees the others' submitted scores.
pub async fn soumettre(
    app: &socle::AppState,
    catalogue: &Catalogue,
    user: &CurrentUser,
    appel: AppelStocke,
) -> Result<(), AppError> {
    acces::require(acces::has_call_role(user, ROLE_JURE, appel.id))?;
    let mut tx = app.db().begin().await?;
    let appel_id = appel.id;
    let mut dossier = charger_dossier(app, &mut tx, catalogue, appel).await?;
    dossier
        .feuille
        .submit(jure_id(user.id))
        .map_err(erreur_notation)?;
    jury::insert_soumission(&mut tx, appel_id, user.id)
        .await
        .map_err(|error| match error {
            DbError::Constraint(_) => erreur_notation(NotationError::DejaSoumis(jure_id(user.id))),
            other => other.into(),
        })?;
    journaliser(
        &mut tx,
        &Acteur::Personne(user),
        "soumettre_notes",
        &dossier.appel.cible(),
        &format!("Notes d'un juré soumises (appel {appel_id})"),
        serde_json::json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Declares a conflict of interest of a juror on a submission (the juror themself, or the team for them); the
/// juror is recused from then on: they neither enter nor see scores of that submission.
pub async fn declarer_conflit(
    app: &socle::AppState,
    user: &CurrentUser,
    appel: &AppelStocke,
    jure: i64,
    candidature: i64,
    motif: &str,
) -> Result<(), AppError> {
    acces::require(
        (jure == user.id && acces::has_call_role(user, ROLE_JURE, appel.id))
            || acces::is_admin_of(user, appel.appel.incubateur.as_str()),
    )?;
    let motif = motif.trim();
    if motif.is_empty() || motif.chars().count() > 500 {
        return Err(AppError::invalid_field(
            "motif",
            "le motif du conflit est obligatoire (500 caractères au plus)",
        ));
    }
    let mut tx = app.db().begin().await?;
    let stockee = super::candidatures::charger(&mut tx, candidature).await?;
    if stockee.appel_id != appel.id {
        return Err(AppError::NotFound(format!(
            "la candidature {candidature} n'appartient pas à cet appel"
        )));
    }
    if !jury::declare_conflit(&mut tx, appel.id, jure, candidature, motif).await? {
        return Err(AppError::Conflict(
            "ce conflit d'intérêts est déjà déclaré".to_owned(),
        ));
    }
    journaliser(
        &mut tx,
        &Acteur::Personne(user),
        "declarer_conflit",
        &stockee.cible(),
        &format!("Déport d'un juré sur la candidature {candidature}"),
        serde_json::json!({ "appel": appel.id, "jure": jure }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

// ----- Deliberation -----

/// What the president decides when closing the deliberation.
#[derive(Debug, Clone)]
pub struct Cloture {
    /// Date of the deliberation.
    pub date: NaiveDate,
    /// Members present.
    pub participants: Vec<String>,
    /// One decision per auditioned submission.
    pub decisions: Vec<Decision>,
}

/// Closes the deliberation and writes its minutes.
///
/// Checks one motivated decision per auditioned submission, applies each through the machine (one audited transition
/// each), writes the minutes with the score-sheet hash and queues the letters.
pub async fn clore_deliberation(
    app: &socle::AppState,
    catalogue: &Catalogue,
    acteur: &Acteur<'_>,
    appel_id: i64,
    cloture: Cloture,
    maintenant: NaiveDateTime,
) -> Result<DeliberationStockee, AppError> {
    let mut tx = app.db().begin().await?;
    let appel = super::appels::charger(&mut tx, appel_id).await?;
    if let Some(user) = acteur.user() {
        acces::require(acces::has_call_role(user, ROLE_PRESIDENT, appel_id))?;
    }
    if appel.appel.statut != StatutAppel::Deliberation {
        return Err(AppError::Conflict(format!(
            "la délibération se clôt pendant l'étape « Délibération » (appel à l'étape « {} »)",
            appel.appel.statut
        )));
    }
    let mut dossier = charger_dossier(app, &mut tx, catalogue, appel.clone()).await?;
    if dossier.deliberation.is_some() {
        return Err(AppError::Conflict(
            "la délibération est déjà close".to_owned(),
        ));
    }
    dossier.feuille.close();
    let auditionnees: Vec<CandidatureId> = candidatures::list_by_appel(&mut tx, appel_id, false)
        .await?
        .into_iter()
        .filter(|c| c.statut() == StatutCandidature::Auditionne)
        .map(|c| candidature_id(c.id))
        .collect();
    let president = match acteur {
        Acteur::Personne(user) => dossier.nom(user.id),
        Acteur::Systeme(_) => dossier
            .membres
            .iter()
            .find(|m| m.fonction == Fonction::President)
            .map_or_else(|| "Président du jury".to_owned(), |m| m.nom.clone()),
    };
    let pv = close_deliberation(
        &appel.appel.title,
        cloture.date,
        &president,
        cloture.participants.clone(),
        &auditionnees,
        cloture.decisions.clone(),
        &dossier.feuille,
    )
    .map_err(|errors| {
        refus(
            "decisions",
            errors.iter().map(ToString::to_string).collect(),
        )
    })?;
    let mut destinataires = Vec::new();
    for decision in &pv.decisions {
        if decision.issue == IssueDecision::Desiste {
            return Err(AppError::invalid_field(
                "decisions",
                "un désistement est le fait de l'agent : choisissez lauréat, liste d'attente ou non retenu",
            ));
        }
        let stockee = super::candidatures::charger(&mut tx, id_of(decision.candidature)).await?;
        appliquer(
            &mut tx,
            app,
            acteur,
            &stockee,
            &appel,
            &decision.issue.action(&decision.motivation),
            Options {
                maintenant,
                version_vue: None,
                notifier: false,
            },
        )
        .await?;
        if let Some(user_id) = stockee.user_id
            && let Some(email) = email_of(&mut tx, user_id).await?
        {
            destinataires.push((decision.candidature, email, stockee.intitule.clone()));
        }
    }
    let stockee = DeliberationStockee {
        date: pv.date,
        president: pv.president.clone(),
        participants: pv.participants.clone(),
        decisions: pv
            .decisions
            .iter()
            .map(|d| DecisionDoc {
                candidature: id_of(d.candidature),
                issue: issue_code(d.issue).to_owned(),
                motivation: d.motivation.clone(),
            })
            .collect(),
        empreinte: pv.empreinte_feuille.clone(),
        proces_verbal: pv.render_text(),
        close_at: now(),
        lettres_at: Some(now()),
    };
    for (candidature, email, intitule) in destinataires {
        if let Some(lettre) = pv.letter(candidature, "Madame, Monsieur") {
            mail::queue(
                &mut tx,
                app,
                &Mail {
                    to: email,
                    subject: format!("Décision du jury — {} — « {intitule} »", appel.appel.title),
                    text: lettre,
                    html: None,
                },
            )
            .await?;
        }
    }
    jury::insert_deliberation(&mut tx, appel_id, &stockee).await?;
    journaliser(
        &mut tx,
        acteur,
        "clore_deliberation",
        &appel.cible(),
        &format!(
            "Délibération close : {} décision(s), empreinte de la feuille {}",
            stockee.decisions.len(),
            stockee.empreinte
        ),
        serde_json::json!({ "empreinte": stockee.empreinte }),
    )
    .await?;
    tx.commit().await?;
    Ok(stockee)
}

/// Code of a decision in the stored minutes.
pub fn issue_code(issue: IssueDecision) -> &'static str {
    match issue {
        IssueDecision::Laureat => "laureat",
        IssueDecision::ListeAttente => "liste_attente",
        IssueDecision::NonRetenu => "non_retenu",
        IssueDecision::Desiste => "desiste",
    }
}

/// The decision of a code (form and stored minutes).
pub fn issue_from_code(code: &str) -> Option<IssueDecision> {
    [
        IssueDecision::Laureat,
        IssueDecision::ListeAttente,
        IssueDecision::NonRetenu,
        IssueDecision::Desiste,
    ]
    .into_iter()
    .find(|issue| issue_code(*issue) == code)
}

/// The juror ids of a sheet's columns as account ids.
pub fn colonnes(dossier: &DossierJury) -> Vec<i64> {
    dossier
        .feuille
        .jures()
        .iter()
        .map(|j| user_of(*j))
        .collect()
}

/// The submission ids of a sheet's rows.
pub fn lignes(dossier: &DossierJury) -> Vec<i64> {
    dossier
        .feuille
        .candidatures()
        .iter()
        .map(|c| id_of(*c))
        .collect()
}
