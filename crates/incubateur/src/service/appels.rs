//! Calls for projects: creation, edition while they are drafts or open, and the transitions of their machine.

use chrono::NaiveDateTime;
use sha2::{Digest, Sha256};
use socle::AppError;
use socle::db::Tx;

use super::{Acteur, journaliser, modifie_entre_temps};
use crate::acces;
use crate::domain::appel::{ActionAppel, AppelAProjets, AppelError, FaitsAppel, StatutAppel};
use crate::domain::roles::Role;
use crate::store::appels::{self, AppelStocke};
use crate::store::{Conn, candidatures, jury};

/// A fresh random seed (stored with the call for the pre-jury draw and the bootstrap of the rank bands).
pub fn nouvelle_graine() -> u64 {
    let digest = Sha256::digest(socle::auth::random_token().as_bytes());
    let mut bytes = [0_u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(bytes)
}

/// The call or a 404.
pub async fn charger(conn: &mut impl Conn, id: i64) -> Result<AppelStocke, AppError> {
    appels::find(conn, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("l'appel à projets {id} n'existe pas")))
}

/// Creates a call in `brouillon` for an incubator the actor belongs to; returns its id.
pub async fn creer(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    appel: &AppelAProjets,
    poids: &[f64],
    graine: u64,
) -> Result<i64, AppError> {
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, appel.incubateur.as_str()))?;
    }
    let mut tx = app.db().begin().await?;
    let id = appels::insert(&mut tx, appel, poids, graine).await?;
    journaliser(
        &mut tx,
        acteur,
        "creer_appel",
        &format!("appel:{id}"),
        &format!("Création de l'appel à projets « {} »", appel.title),
        serde_json::json!({ "incubateur": appel.incubateur.as_str() }),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Rewrites the editable fields of a call (draft or published only); `version` is the one the form was built from.
pub async fn modifier(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    id: i64,
    version: i64,
    appel: &AppelAProjets,
    poids: &[f64],
) -> Result<(), AppError> {
    let mut tx = app.db().begin().await?;
    let stocke = charger(&mut tx, id).await?;
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, stocke.appel.incubateur.as_str()))?;
    }
    if !matches!(
        stocke.appel.statut,
        StatutAppel::Brouillon | StatutAppel::Publie
    ) {
        return Err(AppError::Conflict(format!(
            "l'appel est à l'étape « {} » : il n'est plus modifiable",
            stocke.appel.statut
        )));
    }
    if stocke.appel.statut == StatutAppel::Publie {
        let missing = appel.missing_for_publication();
        if !missing.is_empty() {
            return Err(erreur_appel(AppelError::PublicationIncomplete(missing)));
        }
    }
    if !appels::update_fields(&mut tx, id, version, appel, poids).await? {
        return Err(modifie_entre_temps("l'appel"));
    }
    journaliser(
        &mut tx,
        acteur,
        "modifier_appel",
        &stocke.cible(),
        &format!("Modification de l'appel à projets « {} »", appel.title),
        serde_json::json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Maps a refusal of the call machine to an answer carrying its French message.
pub fn erreur_appel(error: AppelError) -> AppError {
    match error {
        AppelError::RoleNonAutorise { .. } => AppError::Forbidden(error.to_string()),
        AppelError::MotifObligatoire => AppError::invalid_field("motif", error.to_string()),
        AppelError::RetentionInvalide(_) => {
            AppError::invalid_field("conservation_mois", error.to_string())
        }
        AppelError::PublicationIncomplete(_) => AppError::Invalid {
            message: error.to_string(),
            fields: Default::default(),
        },
        _ => AppError::Conflict(error.to_string()),
    }
}

/// The facts the call machine's guards need, read in the transaction of the change.
pub async fn faits(
    tx: &mut Tx,
    id: i64,
    maintenant: NaiveDateTime,
) -> Result<FaitsAppel, AppError> {
    let counts = candidatures::count_by_statut(tx, id).await?;
    let count = |code: &str| usize::try_from(*counts.get(code).unwrap_or(&0)).unwrap_or_default();
    let toutes = candidatures::list_by_appel(tx, id, false).await?;
    let auditions_en_attente = toutes
        .iter()
        .filter(|c| c.statut().code() == "preselectionne" && c.audition.is_none())
        .count();
    let deliberation = jury::deliberation(tx, id).await?;
    Ok(FaitsAppel {
        maintenant,
        candidatures_non_instruites: count("depose") + count("a_completer"),
        preselectionnees: count("preselectionne"),
        plan_fige: jury::planning(tx, id).await?.is_some(),
        auditions_en_attente,
        deliberation_close: deliberation.is_some(),
        decisions_manquantes: count("auditionne"),
        lettres_envoyees: deliberation.is_some_and(|d| d.lettres_at.is_some()),
    })
}

/// Applies an action of the call machine; `version_vue` is the version the actor's page showed.
pub async fn transition(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    id: i64,
    action: &ActionAppel,
    version_vue: Option<i64>,
    maintenant: NaiveDateTime,
) -> Result<StatutAppel, AppError> {
    let mut tx = app.db().begin().await?;
    let stocke = charger(&mut tx, id).await?;
    if version_vue.is_some_and(|version| version != stocke.version) {
        return Err(modifie_entre_temps("l'appel"));
    }
    let role = match acteur {
        Acteur::Systeme(_) => Role::AdminIncubateur,
        Acteur::Personne(user) => acces::call_roles(user, stocke.appel.incubateur.as_str(), id)
            .first()
            .copied()
            .ok_or_else(AppError::forbidden)?,
    };
    let faits = faits(&mut tx, id, maintenant).await?;
    let mut appel = stocke.appel.clone();
    let entree = appel
        .apply(action, role, &faits, maintenant)
        .map_err(erreur_appel)?
        .clone();
    if !appels::set_statut(&mut tx, id, stocke.version, appel.statut, appel.archive_le).await? {
        return Err(modifie_entre_temps("l'appel"));
    }
    appels::insert_transition(&mut tx, id, &entree, acteur.user_id()).await?;
    journaliser(
        &mut tx,
        acteur,
        entree.action,
        &stocke.cible(),
        &format!("Appel {id} : {} → {}", entree.avant, entree.apres),
        serde_json::json!({ "avant": entree.avant.code(), "apres": entree.apres.code() }),
    )
    .await?;
    tx.commit().await?;
    Ok(appel.statut)
}
