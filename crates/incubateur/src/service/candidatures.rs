//! Submissions: drafts, answers, and every transition of their machine, each audited once and notified to the agent.

use chrono::NaiveDateTime;
use serde_json::{Map, Value};
use socle::AppError;
use socle::auth::CurrentUser;
use socle::db::Tx;
use socle::mail::{self, Mail};

use super::{Acteur, invalide, journaliser, modifie_entre_temps};
use crate::acces;
use crate::domain::appel::StatutAppel;
use crate::domain::candidature::{
    ActionCandidature, CandidatureError, ContexteCandidature, StatutCandidature, table_transition,
};
use crate::domain::formulaire::Formulaire;
use crate::domain::roles::Role;
use crate::store::appels::AppelStocke;
use crate::store::candidatures::{self, CandidatureStockee};
use crate::store::{Conn, email_of};

/// The form of a call's submissions (the model form of doc.incubateur.net; version 1 is the only one yet).
pub fn formulaire(version: u32) -> Result<Formulaire, AppError> {
    let formulaire = Formulaire::modele_incubateur();
    if formulaire.version == version {
        Ok(formulaire)
    } else {
        Err(AppError::Conflict(format!(
            "la version {version} du formulaire n'est pas connue de cette version de La Fabrique"
        )))
    }
}

/// The submission or a 404.
pub async fn charger(conn: &mut impl Conn, id: i64) -> Result<CandidatureStockee, AppError> {
    candidatures::find(conn, id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("la candidature {id} n'existe pas")))
}

/// Whether `user` may read the submission: its agent, the incubator team of the call, or the jury of the call
/// (pre-jurors, jurors and the president read the submissions they examine).
pub fn peut_lire(
    user: &CurrentUser,
    candidature: &CandidatureStockee,
    appel: &AppelStocke,
) -> bool {
    candidature.user_id == Some(user.id)
        || (candidature.statut() != StatutCandidature::Brouillon
            && !acces::call_roles(user, appel.appel.incubateur.as_str(), appel.id).is_empty())
}

/// Maps a refusal of the submission machine to an answer carrying its French message.
pub fn erreur_candidature(error: CandidatureError) -> AppError {
    match error {
        CandidatureError::RoleNonAutorise { .. } => AppError::Forbidden(error.to_string()),
        CandidatureError::MotivationObligatoire(_) => {
            AppError::invalid_field("motif", error.to_string())
        }
        CandidatureError::FormulaireIncomplet(erreurs) => {
            invalide("formulaire incomplet", &erreurs)
        }
        _ => AppError::Conflict(error.to_string()),
    }
}

/// Creates a draft for the signed-in agent on a call that accepts submissions; returns its id.
pub async fn creer_brouillon(
    app: &socle::AppState,
    user: &CurrentUser,
    appel_id: i64,
    intitule: &str,
    maintenant: NaiveDateTime,
) -> Result<i64, AppError> {
    let intitule = intitule.trim();
    if intitule.chars().count() < 5 || intitule.chars().count() > 200 {
        return Err(AppError::invalid_field(
            "intitule",
            "l'intitulé doit compter entre 5 et 200 caractères",
        ));
    }
    let mut tx = app.db().begin().await?;
    let appel = super::appels::charger(&mut tx, appel_id).await?;
    if !appel.appel.accepts_submissions(maintenant) {
        return Err(erreur_candidature(CandidatureError::AppelFerme));
    }
    let version = appel.appel.form_version.unwrap_or(1);
    formulaire(version)?;
    let id = candidatures::insert(&mut tx, appel_id, user.id, intitule, version).await?;
    journaliser(
        &mut tx,
        &Acteur::Personne(user),
        "creer_candidature",
        &format!("candidature:{id}"),
        &format!("Brouillon de candidature {id} sur l'appel {appel_id}"),
        serde_json::json!({ "appel": appel_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves the answers of the agent's own draft (or of a submission sent back for corrections).
///
/// Answers are checked against the form only for unknown keys here; completeness is the machine's guard at
/// submission.
pub async fn enregistrer(
    app: &socle::AppState,
    user: &CurrentUser,
    id: i64,
    version: i64,
    intitule: &str,
    reponses: &Map<String, Value>,
) -> Result<(), AppError> {
    let mut tx = app.db().begin().await?;
    let stockee = charger(&mut tx, id).await?;
    if stockee.user_id != Some(user.id) {
        return Err(AppError::forbidden());
    }
    if !stockee.candidature.is_editable() {
        return Err(AppError::Conflict(format!(
            "la candidature est à l'état « {} » : elle n'est plus modifiable",
            stockee.statut()
        )));
    }
    let formulaire = formulaire(stockee.candidature.form_version)?;
    if let Some(cle) = reponses.keys().find(|cle| formulaire.champ(cle).is_none()) {
        return Err(AppError::invalid_field(cle, "champ inconnu du formulaire"));
    }
    let intitule = intitule.trim();
    if intitule.chars().count() < 5 || intitule.chars().count() > 200 {
        return Err(AppError::invalid_field(
            "intitule",
            "l'intitulé doit compter entre 5 et 200 caractères",
        ));
    }
    if !candidatures::save_answers(&mut tx, id, version, intitule, reponses).await? {
        return Err(modifie_entre_temps("la candidature"));
    }
    journaliser(
        &mut tx,
        &Acteur::Personne(user),
        "enregistrer_candidature",
        &stockee.cible(),
        &format!("Réponses de la candidature {id} enregistrées"),
        serde_json::json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The domain role `acteur` takes for `action` on the submission: the one the machine expects when the actor holds
/// it, otherwise one the actor holds (the machine then refuses with its message); a 403 when the actor holds none.
fn role_pour(
    acteur: &Acteur<'_>,
    stockee: &CandidatureStockee,
    appel: &AppelStocke,
    action: &ActionCandidature,
) -> Result<Role, AppError> {
    let attendu = match action {
        ActionCandidature::Rouvrir { .. } => Some(Role::AdminIncubateur),
        other => table_transition(stockee.statut(), other).map(|(_, role)| role),
    };
    let tenus: Vec<Role> = match acteur {
        Acteur::Systeme(_) => vec![Role::AdminIncubateur, Role::PresidentJury],
        Acteur::Personne(user) => {
            let mut roles = Vec::new();
            if stockee.user_id == Some(user.id) {
                roles.push(Role::Agent);
            }
            roles.extend(
                acces::call_roles(user, appel.appel.incubateur.as_str(), appel.id)
                    .into_iter()
                    .filter(|role| matches!(role, Role::AdminIncubateur | Role::PresidentJury)),
            );
            roles
        }
    };
    match attendu {
        Some(role) if tenus.contains(&role) => Ok(role),
        _ => tenus.first().copied().ok_or_else(AppError::forbidden),
    }
}

/// Options of a transition.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Now, Paris civil time (the machine's clock).
    pub maintenant: NaiveDateTime,
    /// The version the actor's page showed (`None`: no check, e.g. a batch of the team).
    pub version_vue: Option<i64>,
    /// Mail the agent the new state (the deliberation sends its letters instead).
    pub notifier: bool,
}

impl Options {
    /// A notified transition at `maintenant`, without version check.
    pub fn at(maintenant: NaiveDateTime) -> Self {
        Options {
            maintenant,
            version_vue: None,
            notifier: true,
        }
    }
}

/// Applies an action of the submission machine in the caller's transaction: decides, writes with a compare-and-swap,
/// journals, audits once and mails the agent.
pub async fn appliquer(
    tx: &mut Tx,
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    stockee: &CandidatureStockee,
    appel: &AppelStocke,
    action: &ActionCandidature,
    options: Options,
) -> Result<StatutCandidature, AppError> {
    let maintenant = options.maintenant;
    if options
        .version_vue
        .is_some_and(|version| version != stockee.version)
    {
        return Err(modifie_entre_temps("la candidature"));
    }
    let role = role_pour(acteur, stockee, appel, action)?;
    let erreurs_formulaire = match action {
        ActionCandidature::Deposer | ActionCandidature::Completer => {
            match formulaire(stockee.candidature.form_version)?
                .validate(&stockee.reponses_domaine())
            {
                Ok(()) => Vec::new(),
                Err(erreurs) => erreurs,
            }
        }
        _ => Vec::new(),
    };
    let contexte = ContexteCandidature {
        statut_appel: appel.appel.statut,
        appel_ouvert: appel.appel.accepts_submissions(maintenant),
        erreurs_formulaire,
        // Marking an audition as held is the team's statement that it was.
        audition_tenue: matches!(action, ActionCandidature::MarquerAuditionne),
        desistement_laureat: candidatures::laureate_withdrew(tx, appel.id).await?,
    };
    let mut candidature = stockee.candidature.clone();
    let statut = candidature
        .apply(action, role, &contexte, maintenant)
        .map_err(erreur_candidature)?;
    let Some(entree) = candidature.journal.last() else {
        return Err(AppError::internal(anyhow::anyhow!(
            "transition sans entrée de journal"
        )));
    };
    let audition = matches!(action, ActionCandidature::MarquerAuditionne).then_some("tenue");
    if !candidatures::set_statut(tx, stockee.id, stockee.version, statut, audition).await? {
        return Err(modifie_entre_temps("la candidature"));
    }
    candidatures::insert_transition(tx, stockee.id, entree, acteur.user_id()).await?;
    // The motivation stays in the module's journal (anonymised with the submission); the platform's append-only
    // audit log keeps only the facts.
    journaliser(
        tx,
        acteur,
        entree.action,
        &stockee.cible(),
        &format!(
            "Candidature {} : {} → {}",
            stockee.id, entree.avant, entree.apres
        ),
        serde_json::json!({
            "appel": appel.id,
            "avant": entree.avant.code(),
            "apres": entree.apres.code(),
            "role": acces::role_code(role),
        }),
    )
    .await?;
    if options.notifier
        && let Some(user_id) = stockee.user_id
        && let Some(email) = email_of(tx, user_id).await?
    {
        let avis = avis_agent(
            app,
            email,
            stockee,
            appel,
            entree.avant,
            statut,
            entree.motif.as_deref(),
        );
        mail::queue(tx, app, &avis).await?;
    }
    Ok(statut)
}

/// The mail telling the agent what happened to their submission.
fn avis_agent(
    app: &socle::AppState,
    to: String,
    stockee: &CandidatureStockee,
    appel: &AppelStocke,
    avant: StatutCandidature,
    apres: StatutCandidature,
    motif: Option<&str>,
) -> Mail {
    let lien = format!(
        "{}/incubateur/candidatures/{}",
        app.config().base_url,
        stockee.id
    );
    let (subject, intro) = match (avant, apres) {
        (_, StatutCandidature::Depose) => (
            format!(
                "Accusé de réception de votre candidature — {}",
                appel.appel.title
            ),
            format!(
                "Votre candidature « {} » a bien été déposée. Elle est désormais verrouillée ; l'équipe de \
                 l'incubateur vous tiendra informé(e) de chaque étape.",
                stockee.intitule
            ),
        ),
        (_, StatutCandidature::ACompleter) => (
            format!("Votre candidature est à compléter — {}", appel.appel.title),
            format!(
                "L'équipe de l'incubateur vous demande de compléter votre candidature « {} ».",
                stockee.intitule
            ),
        ),
        (_, apres) => (
            format!(
                "Votre candidature : {} — {}",
                apres.label(),
                appel.appel.title
            ),
            format!(
                "Votre candidature « {} » est passée à l'état « {} ».",
                stockee.intitule,
                apres.label()
            ),
        ),
    };
    let mut text = format!("Bonjour,\n\n{intro}\n");
    if let Some(motif) = motif.filter(|m| !m.trim().is_empty()) {
        text.push_str(&format!("\nMessage de l'équipe : {motif}\n"));
    }
    text.push_str(&format!("\nSuivre votre candidature : {lien}\n"));
    Mail {
        to,
        subject,
        text,
        html: None,
    }
}

/// Applies one action in its own transaction.
pub async fn transition(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    id: i64,
    action: &ActionCandidature,
    version_vue: Option<i64>,
    maintenant: NaiveDateTime,
) -> Result<StatutCandidature, AppError> {
    let mut tx = app.db().begin().await?;
    let stockee = charger(&mut tx, id).await?;
    let appel = super::appels::charger(&mut tx, stockee.appel_id).await?;
    let statut = appliquer(
        &mut tx,
        app,
        acteur,
        &stockee,
        &appel,
        action,
        Options {
            maintenant,
            version_vue,
            notifier: true,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(statut)
}

/// Records that a pre-selected candidate did not come to the audition (the team).
pub async fn marquer_absent(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    id: i64,
) -> Result<(), AppError> {
    let mut tx = app.db().begin().await?;
    let stockee = charger(&mut tx, id).await?;
    let appel = super::appels::charger(&mut tx, stockee.appel_id).await?;
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, appel.appel.incubateur.as_str()))?;
    }
    if stockee.statut() != StatutCandidature::Preselectionne
        || appel.appel.statut != StatutAppel::Auditions
    {
        return Err(AppError::Conflict(
            "seule une candidature présélectionnée peut être marquée absente, pendant les auditions".to_owned(),
        ));
    }
    if !candidatures::set_absent(&mut tx, id, stockee.version).await? {
        return Err(modifie_entre_temps("la candidature"));
    }
    journaliser(
        &mut tx,
        acteur,
        "marquer_absent",
        &stockee.cible(),
        &format!("Candidature {id} : absent(e) à l'audition"),
        serde_json::json!({ "appel": appel.id }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Records the intended sponsors of a submission (the team), checked against the organisations.
pub async fn definir_sponsors(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    id: i64,
    sponsors: &[String],
    catalogue: &crate::store::catalogue::Catalogue,
) -> Result<(), AppError> {
    if let Some(inconnu) = sponsors
        .iter()
        .find(|sponsor| catalogue.organisation(sponsor).is_none())
    {
        return Err(AppError::invalid_field(
            "sponsors",
            format!("l'organisation « {inconnu} » est inconnue du référentiel"),
        ));
    }
    let mut tx = app.db().begin().await?;
    let stockee = charger(&mut tx, id).await?;
    let appel = super::appels::charger(&mut tx, stockee.appel_id).await?;
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, appel.appel.incubateur.as_str()))?;
    }
    candidatures::set_sponsors(&mut tx, id, sponsors).await?;
    journaliser(
        &mut tx,
        acteur,
        "definir_sponsors",
        &stockee.cible(),
        &format!("Candidature {id} : sponsors pressentis"),
        serde_json::json!({ "sponsors": sponsors }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
