//! The use cases of the module, shared by the pages, the API, the jobs, the imports and the demo.
//!
//! Each one loads what it needs, lets the domain decide, then writes in one transaction with its audit entry
//! (and a change-feed record when the search index must change), commits, and rebuilds this process's index.
//! Permission checks live here too, so that no entry point forgets them.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Timelike};
use socle::AppState;
use socle::audit::{self, Actor};
use socle::auth::{CurrentUser, normalize_email, random_token, token_hash};
use socle::changes;
use socle::db::{Tx, now};
use socle::mail::{self, Mail};
use socle::web::error::{AppError, AppResult};

use crate::MODULE;
use crate::acces;
use crate::aide::cycle::{Effets, Transition, WorkflowError, appliquer};
use crate::aide::{
    Aide, AideId, ChampAide, NOM_MAX, PorteurId, URL_MAX, ValidationError, dupliquer, slug_aide,
    valider,
};
use crate::alertes::Alerte;
use crate::etat;
use crate::perimetres::{PerimetreError, RapportAdhoc};
use crate::referentiels::{BASSINS, FrequenceAlerte, StatutAide};
use crate::search::{Query, RechercheError, parse_query};
use crate::store::{self, AideStockee, NouveauPorteur, NouvelAmendement, Selection};

/// The message of a stale write (optimistic concurrency).
pub const MESSAGE_CONFLIT: &str = "Cette aide a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : \
    rechargez la page pour voir la version actuelle, puis refaites vos modifications.";

/// A 422 naming each invalid field, from the domain's validation.
pub fn erreur_validation(erreur: &ValidationError) -> AppError {
    let mut fields: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in &erreur.erreurs {
        fields
            .entry(e.champ.to_owned())
            .or_default()
            .push(e.message.clone());
    }
    AppError::Invalid {
        message: erreur.to_string(),
        fields,
    }
}

fn erreur_workflow(erreur: WorkflowError) -> AppError {
    match erreur {
        WorkflowError::Invalide(validation) => erreur_validation(&validation),
        WorkflowError::NonAutorisee { .. } => AppError::Conflict(erreur.to_string()),
        WorkflowError::FusionAvecSoi => AppError::invalid_field("merged_into", erreur.to_string()),
    }
}

/// A search error: bad input (400) or an index failure (500).
pub fn erreur_recherche(erreur: RechercheError) -> AppError {
    match erreur {
        RechercheError::Index(_) => AppError::internal(erreur),
        autre => AppError::BadRequest(autre.to_string()),
    }
}

fn aide_introuvable() -> AppError {
    AppError::NotFound("cette aide n'existe pas ou n'est pas publiée".to_owned())
}

/// The database id of an aid.
pub fn id_sql(id: AideId) -> i64 {
    i64::try_from(id.0).unwrap_or(i64::MAX)
}

fn cible(id: AideId) -> String {
    format!("aide:{}", id.0)
}

/// Four random lowercase characters for a slug.
fn alea() -> String {
    random_token()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .take(4)
        .collect()
}

/// A slug for `name` not taken yet.
pub(crate) async fn slug_libre(tx: &mut Tx, name: &str) -> AppResult<String> {
    for _ in 0..8 {
        let slug = slug_aide(name, &alea());
        if !store::slug_pris(tx, &slug).await? {
            return Ok(slug);
        }
    }
    Err(AppError::internal(anyhow::anyhow!(
        "aucun identifiant d'URL libre pour l'aide"
    )))
}

async fn charger(app: &AppState, selection: &Selection) -> AppResult<AideStockee> {
    let etat = etat::etat(app)?;
    store::aide(app.db(), etat.perimetres(), selection)
        .await?
        .ok_or_else(aide_introuvable)
}

/// Reads one aid (any status) with its version.
pub async fn aide(app: &AppState, selection: &Selection) -> AppResult<AideStockee> {
    charger(app, selection).await
}

async fn terminer(app: &AppState, tx: Tx, index_change: bool) -> AppResult<()> {
    tx.commit().await?;
    // The write is committed: a failed rebuild must not turn it into an error. The change-feed follower
    // of this process sees the new sequence and retries within `etat::SUIVI`.
    if index_change && let Err(erreur) = etat::reconstruire(app).await {
        tracing::error!(erreur = %format!("{erreur:#}"), "reconstruction de l'index des aides en échec");
    }
    Ok(())
}

async fn noter_changement(tx: &mut Tx) -> AppResult<()> {
    changes::record(tx, MODULE).await?;
    Ok(())
}

/// Creates a draft written by `user`; returns its id and slug.
pub async fn creer_aide(
    app: &AppState,
    user: &CurrentUser,
    mut aide: Aide,
) -> AppResult<(AideId, String)> {
    if !acces::peut_contribuer(user) {
        return Err(AppError::forbidden());
    }
    match aide.organization.and_then(|o| u32::try_from(o).ok()) {
        Some(porteur) if acces::peut_ecrire_pour(user, PorteurId(porteur)) => {}
        None if acces::est_admin(user) => {}
        _ => {
            return Err(AppError::invalid_field(
                "organization",
                "choisissez un porteur d'aides pour lequel vous avez le rôle de porteur",
            ));
        }
    }
    let maintenant = now();
    aide.status = StatutAide::Draft;
    aide.author = u64::try_from(user.id).ok();
    aide.date_created = maintenant;
    aide.date_updated = maintenant;
    aide.date_published = None;
    aide.merged_into = None;
    aide.import = None;
    valider(&aide, StatutAide::Draft).map_err(|e| erreur_validation(&e))?;
    let etat = etat::etat(app)?;
    let mut tx = app.db().begin().await?;
    aide.slug = slug_libre(&mut tx, &aide.name).await?;
    let id = store::inserer_aide(&mut tx, &aide, etat.perimetres()).await?;
    aide.id = AideId(u64::try_from(id).unwrap_or_default());
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: MODULE,
            action: "creer",
            target: &cible(aide.id),
            summary: &format!("Création du brouillon de l'aide « {} »", aide.name),
            details: serde_json::json!({ "slug": aide.slug }),
        },
    )
    .await?;
    terminer(app, tx, false).await?;
    Ok((aide.id, aide.slug))
}

/// Writes the edited aid `modifiee` over aid `id` read at `version` (compare-and-swap).
///
/// Only the owning
/// organisation or an admin edits; the status, dates and provenance are kept; fields a human changed on an
/// imported aid are protected from later imports.
pub async fn modifier_aide(
    app: &AppState,
    user: &CurrentUser,
    id: AideId,
    version: i64,
    modifiee: Aide,
) -> AppResult<()> {
    let stockee = charger(app, &Selection::Id(id_sql(id))).await?;
    let ancienne = stockee.aide;
    if !acces::peut_modifier(user, &ancienne) {
        return Err(AppError::forbidden());
    }
    if modifiee.organization != ancienne.organization {
        let permise = match modifiee.organization.and_then(|o| u32::try_from(o).ok()) {
            Some(porteur) => acces::peut_ecrire_pour(user, PorteurId(porteur)),
            None => acces::est_admin(user),
        };
        if !permise {
            return Err(AppError::invalid_field(
                "organization",
                "vous ne pouvez pas confier cette aide à un porteur pour lequel vous n'avez pas le rôle de porteur",
            ));
        }
    }
    if version != stockee.version {
        return Err(AppError::Conflict(MESSAGE_CONFLIT.to_owned()));
    }
    let mut nouvelle = Aide {
        id: ancienne.id,
        slug: ancienne.slug.clone(),
        status: ancienne.status,
        merged_into: ancienne.merged_into,
        author: ancienne.author,
        import: ancienne.import.clone(),
        amendment: None,
        date_created: ancienne.date_created,
        date_published: ancienne.date_published,
        date_updated: now(),
        ..modifiee
    };
    let champs = ChampAide::differences(&ancienne, &nouvelle);
    for champ in &champs {
        nouvelle.marquer_edite(*champ);
    }
    valider(&nouvelle, nouvelle.status).map_err(|e| erreur_validation(&e))?;
    let etat = etat::etat(app)?;
    let mut tx = app.db().begin().await?;
    if !store::mettre_a_jour_aide(&mut tx, &nouvelle, etat.perimetres(), version).await? {
        return Err(AppError::Conflict(MESSAGE_CONFLIT.to_owned()));
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: MODULE,
            action: "modifier",
            target: &cible(nouvelle.id),
            summary: &format!("Modification de l'aide « {} »", nouvelle.name),
            details: serde_json::json!({
                "version": version + 1,
                "champs": champs.iter().map(|c| c.nom()).collect::<Vec<_>>(),
            }),
        },
    )
    .await?;
    let publiee = nouvelle.status == StatutAide::Published;
    if publiee {
        noter_changement(&mut tx).await?;
    }
    terminer(app, tx, publiee).await
}

/// Applies a move of the workflow to aid `id` read at `version`.
///
/// Carriers submit and delete their aids;
/// publication, unpublication and merges are the admins'. Every move is audited; a publication mails the
/// author unless the aid was imported.
pub async fn transition(
    app: &AppState,
    user: &CurrentUser,
    id: AideId,
    version: i64,
    transition: Transition,
) -> AppResult<Effets> {
    let stockee = charger(app, &Selection::Id(id_sql(id))).await?;
    let aide = stockee.aide;
    let permise = match transition {
        Transition::Submit | Transition::SoftDelete => acces::peut_modifier(user, &aide),
        Transition::Publish | Transition::Unpublish | Transition::Merge { .. } => {
            acces::est_admin(user)
        }
    };
    if !permise {
        return Err(AppError::forbidden());
    }
    if version != stockee.version {
        return Err(AppError::Conflict(MESSAGE_CONFLIT.to_owned()));
    }
    if let Transition::Merge { conservee } = transition {
        let gardee = charger(app, &Selection::Id(id_sql(conservee)))
            .await
            .map_err(|_| {
                AppError::invalid_field("merged_into", "l'aide à conserver est introuvable")
            })?;
        if matches!(gardee.aide.status, StatutAide::Deleted | StatutAide::Merged) {
            return Err(AppError::invalid_field(
                "merged_into",
                "l'aide à conserver est supprimée ou déjà fusionnée",
            ));
        }
    }
    let maintenant = now();
    let (suivante, effets) = appliquer(&aide, transition, maintenant).map_err(erreur_workflow)?;
    // Read before the transaction: a pool of one connection (in-memory SQLite) cannot serve both.
    let destinataire = match aide.author.and_then(|a| i64::try_from(a).ok()) {
        Some(auteur) if effets.notifier_auteur => socle::auth::store::find(app.db(), auteur)
            .await?
            .map(|compte| compte.email),
        _ => None,
    };
    let etat = etat::etat(app)?;
    let mut tx = app.db().begin().await?;
    if !store::mettre_a_jour_aide(&mut tx, &suivante, etat.perimetres(), version).await? {
        return Err(AppError::Conflict(MESSAGE_CONFLIT.to_owned()));
    }
    let resume = match transition {
        Transition::Submit => format!("Soumission à la revue de l'aide « {} »", aide.name),
        Transition::Publish => format!("Publication de l'aide « {} »", aide.name),
        Transition::Unpublish => format!("Dépublication de l'aide « {} »", aide.name),
        Transition::SoftDelete => format!("Suppression de l'aide « {} »", aide.name),
        Transition::Merge { conservee } => format!(
            "Fusion de l'aide « {} » dans l'aide {}",
            aide.name, conservee.0
        ),
    };
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: MODULE,
            action: transition.nom(),
            target: &cible(aide.id),
            summary: &resume,
            details: serde_json::json!({
                "avant": aide.status.code(),
                "apres": suivante.status.code(),
                "fusionnee_dans": suivante.merged_into.map(|a| a.0),
            }),
        },
    )
    .await?;
    if let Some(destinataire) = destinataire {
        mail::queue(
            &mut tx,
            app,
            &Mail {
                to: destinataire,
                subject: format!("Votre aide « {} » est publiée", suivante.name),
                text: format!(
                    "Bonjour,\n\nL'aide « {} » a été relue et publiée. Elle apparaît désormais dans la recherche :\n{}/aides/{}\n\nL'équipe Aides aux territoires",
                    suivante.name,
                    app.config().base_url,
                    suivante.slug
                ),
                html: None,
            },
        )
        .await?;
    }
    let index_change =
        aide.status == StatutAide::Published || suivante.status == StatutAide::Published;
    if index_change {
        noter_changement(&mut tx).await?;
    }
    terminer(app, tx, index_change).await?;
    Ok(effets)
}

/// Duplicates aid `id` as a new draft (title prefixed `[Copie HHhMM] `).
///
/// An aid the caller may edit is copied
/// for the same organisation; a published generic aid may be derived by any carrier into a local variant of
/// its own organisation. Returns the new id and slug.
pub async fn dupliquer_aide(
    app: &AppState,
    user: &CurrentUser,
    id: AideId,
) -> AppResult<(AideId, String)> {
    let originale = charger(app, &Selection::Id(id_sql(id))).await?.aide;
    let maintenant = now();
    let paris = maintenant.with_timezone(&chrono_tz::Europe::Paris);
    let mut copie = dupliquer(
        &originale,
        AideId(0),
        &alea(),
        maintenant,
        paris.hour(),
        paris.minute(),
    );
    if acces::peut_modifier(user, &originale) {
        // Same organisation.
    } else if originale.is_generic && originale.status == StatutAide::Published {
        let porteur = acces::porteurs(user)
            .and_then(|liste| liste.first().copied())
            .ok_or_else(AppError::forbidden)?;
        copie.organization = Some(u64::from(porteur.0));
        copie.is_generic = false;
        copie.generic_aid = Some(originale.id);
    } else {
        return Err(AppError::forbidden());
    }
    copie.author = u64::try_from(user.id).ok();
    let etat = etat::etat(app)?;
    let mut tx = app.db().begin().await?;
    copie.slug = slug_libre(&mut tx, &copie.name).await?;
    let nouvel_id = store::inserer_aide(&mut tx, &copie, etat.perimetres()).await?;
    copie.id = AideId(u64::try_from(nouvel_id).unwrap_or_default());
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: MODULE,
            action: "dupliquer",
            target: &cible(copie.id),
            summary: &format!("Duplication de l'aide « {} »", originale.name),
            details: serde_json::json!({ "origine": originale.id.0, "variante_locale": copie.generic_aid.is_some() }),
        },
    )
    .await?;
    terminer(app, tx, false).await?;
    Ok((copie.id, copie.slug))
}

// ---------------------------------------------------------------------------------------------------------
// Amendments.

/// Fields anyone may suggest amending, with their French label.
pub const CHAMPS_AMENDABLES: &[(ChampAide, &str)] = &[
    (ChampAide::Name, "Titre"),
    (ChampAide::Description, "Description"),
    (ChampAide::Eligibility, "Conditions d'éligibilité"),
    (ChampAide::ProjectExamples, "Exemples de projets"),
    (ChampAide::OriginUrl, "Lien vers plus d'informations"),
    (ChampAide::ApplicationUrl, "Lien vers la démarche"),
    (ChampAide::Contact, "Contact"),
    (ChampAide::SubmissionDeadline, "Date de clôture"),
];

/// The current value of an amendable field, as text.
pub fn valeur_amendable(aide: &Aide, champ: ChampAide) -> String {
    match champ {
        ChampAide::Name => aide.name.clone(),
        ChampAide::Description => aide.description.clone(),
        ChampAide::Eligibility => aide.eligibility.clone(),
        ChampAide::ProjectExamples => aide.project_examples.clone(),
        ChampAide::OriginUrl => aide.origin_url.clone(),
        ChampAide::ApplicationUrl => aide.application_url.clone(),
        ChampAide::Contact => aide.contact.clone(),
        ChampAide::SubmissionDeadline => aide
            .submission_deadline
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// Copies a proposed value into the aid; the error names the field.
fn appliquer_valeur(
    aide: &mut Aide,
    champ: ChampAide,
    valeur: &str,
) -> Result<(), (String, String)> {
    let erreur = |message: &str| Err((champ.nom().to_owned(), message.to_owned()));
    let valeur = valeur.trim();
    match champ {
        ChampAide::Name => {
            if valeur.is_empty() || valeur.chars().count() > NOM_MAX {
                return erreur("le titre doit compter de 1 à 180 caractères");
            }
            aide.name = valeur.to_owned();
        }
        ChampAide::Description => aide.description = valeur.to_owned(),
        ChampAide::Eligibility => aide.eligibility = valeur.to_owned(),
        ChampAide::ProjectExamples => aide.project_examples = valeur.to_owned(),
        ChampAide::Contact => aide.contact = valeur.to_owned(),
        ChampAide::OriginUrl | ChampAide::ApplicationUrl => {
            if !valeur.is_empty()
                && (!(valeur.starts_with("https://") || valeur.starts_with("http://"))
                    || valeur.chars().count() > URL_MAX)
            {
                return erreur("saisissez une adresse http(s) de 700 caractères au plus");
            }
            if champ == ChampAide::OriginUrl {
                aide.origin_url = valeur.to_owned();
            } else {
                aide.application_url = valeur.to_owned();
            }
        }
        ChampAide::SubmissionDeadline => {
            aide.submission_deadline = if valeur.is_empty() {
                None
            } else {
                match NaiveDate::parse_from_str(valeur, "%Y-%m-%d") {
                    Ok(date) => Some(date),
                    Err(_) => return erreur("saisissez une date au format AAAA-MM-JJ"),
                }
            };
        }
        _ => return erreur("ce champ ne peut pas être amendé"),
    }
    Ok(())
}

/// Who suggests an amendment.
#[derive(Debug, Clone, Default)]
pub struct AuteurAmendement {
    /// Name.
    pub nom: String,
    /// E-mail (required, kept only for the follow-up).
    pub email: String,
    /// Organisation.
    pub organisation: String,
    /// Comment.
    pub commentaire: String,
}

/// Suggests an amendment to a published aid (anyone, even anonymously): only the fields whose proposed value
/// differs are kept, as a pending diff for review. Returns its id.
pub async fn proposer_amendement(
    app: &AppState,
    user: Option<&CurrentUser>,
    slug: &str,
    propositions: &[(ChampAide, String)],
    auteur: &AuteurAmendement,
) -> AppResult<i64> {
    let stockee = charger(app, &Selection::Slug(slug.to_owned())).await?;
    let aide = stockee.aide;
    if aide.status != StatutAide::Published {
        return Err(aide_introuvable());
    }
    let mut fields: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let email = normalize_email(&auteur.email).unwrap_or_else(|message| {
        fields
            .entry("auteur_email".into())
            .or_default()
            .push(message);
        String::new()
    });
    for (champ, limite, valeur) in [
        ("auteur_nom", 200, &auteur.nom),
        ("auteur_organisation", 200, &auteur.organisation),
        ("commentaire", 5000, &auteur.commentaire),
    ] {
        if valeur.chars().count() > limite {
            fields
                .entry(champ.into())
                .or_default()
                .push(format!("ce champ ne doit pas dépasser {limite} caractères"));
        }
    }
    let mut essai = aide.clone();
    let mut champs = serde_json::Map::new();
    for (champ, valeur) in propositions {
        if valeur.trim() == valeur_amendable(&aide, *champ).trim() {
            continue;
        }
        match appliquer_valeur(&mut essai, *champ, valeur) {
            Ok(()) => {
                champs.insert(
                    champ.nom().to_owned(),
                    serde_json::Value::String(valeur.trim().to_owned()),
                );
            }
            Err((nom, message)) => fields.entry(nom).or_default().push(message),
        }
    }
    if champs.is_empty() && fields.is_empty() {
        return Err(AppError::Invalid {
            message: "aucune modification n'est proposée : changez au moins un champ".to_owned(),
            fields: BTreeMap::from([(
                "name".to_owned(),
                vec!["changez au moins un champ pour proposer un amendement".to_owned()],
            )]),
        });
    }
    if !fields.is_empty() {
        return Err(AppError::Invalid {
            message: "la proposition contient des erreurs".to_owned(),
            fields,
        });
    }
    let mut tx = app.db().begin().await?;
    let id = store::creer_amendement(
        &mut tx,
        &NouvelAmendement {
            aide_id: id_sql(aide.id),
            champs: champs.clone(),
            commentaire: auteur.commentaire.trim().to_owned(),
            auteur_nom: auteur.nom.trim().to_owned(),
            auteur_email: email,
            auteur_organisation: auteur.organisation.trim().to_owned(),
            auteur_id: user.map(|u| u.id),
        },
    )
    .await?;
    let acteur = user.map_or(Actor::Anonymous, CurrentUser::actor);
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &acteur,
            module: MODULE,
            action: "amendement_propose",
            target: &cible(aide.id),
            summary: &format!("Proposition d'amendement de l'aide « {} »", aide.name),
            details: serde_json::json!({ "amendement": id, "champs": champs.keys().collect::<Vec<_>>() }),
        },
    )
    .await?;
    terminer(app, tx, false).await?;
    Ok(id)
}

/// Accepts (values copied to the aid, as a human edit) or rejects a pending amendment (admins).
pub async fn decider_amendement(
    app: &AppState,
    user: &CurrentUser,
    amendement_id: i64,
    accepter: bool,
) -> AppResult<()> {
    if !acces::est_admin(user) {
        return Err(AppError::forbidden());
    }
    let etat = etat::etat(app)?;
    let amendement = store::amendement(app.db(), amendement_id)
        .await?
        .filter(|a| a.statut == "pending")
        .ok_or_else(|| {
            AppError::NotFound("cet amendement n'existe pas ou a déjà été traité".to_owned())
        })?;
    let stockee = store::aide(
        app.db(),
        etat.perimetres(),
        &Selection::Id(amendement.aide_id),
    )
    .await?
    .ok_or_else(aide_introuvable)?;
    let mut aide = stockee.aide.clone();
    let mut tx = app.db().begin().await?;
    let champs: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&amendement.champs).unwrap_or_default();
    let mut index_change = false;
    if accepter {
        for (nom, valeur) in &champs {
            let Some(champ) = ChampAide::from_nom(nom) else {
                continue;
            };
            appliquer_valeur(&mut aide, champ, valeur.as_str().unwrap_or_default())
                .map_err(|(champ, message)| AppError::invalid_field(&champ, message))?;
            aide.marquer_edite(champ);
        }
        aide.date_updated = now();
        valider(&aide, aide.status).map_err(|e| erreur_validation(&e))?;
        if !store::mettre_a_jour_aide(&mut tx, &aide, etat.perimetres(), stockee.version).await? {
            return Err(AppError::Conflict(MESSAGE_CONFLIT.to_owned()));
        }
        index_change = aide.status == StatutAide::Published;
    }
    let statut = if accepter { "accepted" } else { "rejected" };
    if !store::decider_amendement(&mut tx, amendement_id, statut, user.id).await? {
        return Err(AppError::Conflict(
            "cet amendement vient d'être traité par quelqu'un d'autre".to_owned(),
        ));
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: MODULE,
            action: if accepter {
                "amendement_accepte"
            } else {
                "amendement_rejete"
            },
            target: &cible(aide.id),
            summary: &format!(
                "{} d'un amendement de l'aide « {} »",
                if accepter { "Acceptation" } else { "Rejet" },
                aide.name
            ),
            details: serde_json::json!({ "amendement": amendement_id, "champs": champs }),
        },
    )
    .await?;
    if index_change {
        noter_changement(&mut tx).await?;
    }
    terminer(app, tx, index_change).await
}

// ---------------------------------------------------------------------------------------------------------
// Alerts and follows (no account needed: double opt-in by e-mail).

/// Checks a saved search against the current index and returns its canonical query string: only the API's
/// parameters, no page, the same order. Unknown parameters and values are refused, naming them.
pub fn querystring_canonique(app: &AppState, querystring: &str) -> AppResult<String> {
    let paires: Vec<(String, String)> = serde_html_form::from_str(querystring)
        .map_err(|_| AppError::BadRequest("la recherche enregistrée est mal formée".to_owned()))?;
    let paires: Vec<(String, String)> = paires
        .into_iter()
        .filter(|(cle, valeur)| {
            !valeur.trim().is_empty() && !matches!(cle.as_str(), "page" | "size" | "itemsPerPage")
        })
        .collect();
    let mut query: Query = parse_query(&paires).map_err(erreur_recherche)?;
    query.taille = 1;
    query.sans_facettes = true;
    etat::etat(app)?
        .index
        .search(&query)
        .map_err(erreur_recherche)?;
    serde_urlencoded::to_string(&paires).map_err(AppError::internal)
}

/// What an alert form gives.
#[derive(Debug, Clone)]
pub struct NouvelleAlerte {
    /// Address.
    pub email: String,
    /// Title.
    pub title: String,
    /// Frequency.
    pub frequence: FrequenceAlerte,
    /// The search.
    pub querystring: String,
    /// Portail.
    pub source: Option<String>,
}

/// Creates an unconfirmed alert and mails its confirmation link; returns the alert's id.
pub async fn creer_alerte(app: &AppState, nouvelle: &NouvelleAlerte) -> AppResult<i64> {
    let email = normalize_email(&nouvelle.email)
        .map_err(|message| AppError::invalid_field("email", message))?;
    let title = nouvelle.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(AppError::invalid_field(
            "title",
            "donnez à l'alerte un nom de 1 à 200 caractères",
        ));
    }
    let querystring = querystring_canonique(app, &nouvelle.querystring)?;
    let confirmation = random_token();
    let alerte = Alerte {
        email: email.clone(),
        querystring,
        title: title.to_owned(),
        frequence: nouvelle.frequence,
        validated: false,
        date_validated: None,
        latest_alert_date: now(),
        token: random_token(),
        source: nouvelle.source.clone(),
    };
    let base = &app.config().base_url;
    let mut tx = app.db().begin().await?;
    let id = store::creer_alerte(&mut tx, &alerte, &token_hash(&confirmation)).await?;
    mail::queue(
        &mut tx,
        app,
        &Mail {
            to: email,
            subject: format!("Confirmez votre alerte « {} »", alerte.title),
            text: format!(
                "Bonjour,\n\nVous avez demandé à recevoir {} les nouvelles aides de la recherche « {} ».\n\n\
                 Pour confirmer cette alerte, ouvrez ce lien :\n{base}/aides/alertes/{confirmation}/confirmer\n\n\
                 Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : sans confirmation, \
                 l'alerte sera effacée dans 7 jours.\n\nPour la supprimer dès maintenant :\n{base}/aides/alertes/{}/supprimer\n\n\
                 L'équipe Aides aux territoires",
                alerte.frequence.label().to_lowercase(),
                alerte.title,
                alerte.token
            ),
            html: None,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Anonymous,
            module: MODULE,
            action: "alerte_creee",
            target: &format!("alerte:{id}"),
            summary: "Création d'une alerte (en attente de confirmation)",
            details: serde_json::json!({ "frequence": alerte.frequence.code() }),
        },
    )
    .await?;
    terminer(app, tx, false).await?;
    Ok(id)
}

/// Confirms the alert of a confirmation link; returns its title, or `None` for an unknown or used link.
pub async fn confirmer_alerte(app: &AppState, jeton: &str) -> AppResult<Option<store::AlerteRow>> {
    let mut tx = app.db().begin().await?;
    let alerte = store::confirmer_alerte(&mut tx, &token_hash(jeton)).await?;
    if let Some(alerte) = &alerte {
        audit::record(
            &mut tx,
            audit::Entry {
                actor: &Actor::Anonymous,
                module: MODULE,
                action: "alerte_confirmee",
                target: &format!("alerte:{}", alerte.id),
                summary: "Confirmation d'une alerte",
                details: serde_json::json!({}),
            },
        )
        .await?;
    }
    terminer(app, tx, false).await?;
    Ok(alerte)
}

/// Deletes the alert of a deletion link (one click); returns it, or `None` when already deleted.
pub async fn supprimer_alerte(app: &AppState, jeton: &str) -> AppResult<Option<store::AlerteRow>> {
    let mut tx = app.db().begin().await?;
    let alerte = store::supprimer_alerte(&mut tx, jeton).await?;
    if let Some(alerte) = &alerte {
        audit::record(
            &mut tx,
            audit::Entry {
                actor: &Actor::Anonymous,
                module: MODULE,
                action: "alerte_supprimee",
                target: &format!("alerte:{}", alerte.id),
                summary: "Suppression d'une alerte par son lien de désinscription",
                details: serde_json::json!({}),
            },
        )
        .await?;
    }
    terminer(app, tx, false).await?;
    Ok(alerte)
}

/// Follows a published aid by e-mail: mails a confirmation link.
pub async fn suivre_aide(app: &AppState, slug: &str, email: &str) -> AppResult<()> {
    let email =
        normalize_email(email).map_err(|message| AppError::invalid_field("email", message))?;
    let aide = charger(app, &Selection::Slug(slug.to_owned())).await?.aide;
    if aide.status != StatutAide::Published {
        return Err(aide_introuvable());
    }
    let confirmation = random_token();
    let base = &app.config().base_url;
    let mut tx = app.db().begin().await?;
    let jeton = store::creer_suivi(
        &mut tx,
        &email,
        id_sql(aide.id),
        &token_hash(&confirmation),
        &random_token(),
    )
    .await?;
    mail::queue(
        &mut tx,
        app,
        &Mail {
            to: email,
            subject: format!("Confirmez le suivi de l'aide « {} »", aide.name),
            text: format!(
                "Bonjour,\n\nVous avez demandé à suivre l'aide « {} » : vous recevrez un rappel 30 jours et 7 jours \
                 avant sa date de clôture.\n\nPour confirmer, ouvrez ce lien :\n{base}/aides/suivis/{confirmation}/confirmer\n\n\
                 Votre calendrier des échéances (iCal) : {base}/aides/suivis/{jeton}/echeances.ics\n\
                 Pour ne plus suivre cette aide : {base}/aides/suivis/{jeton}/arreter\n\nL'équipe Aides aux territoires",
                aide.name
            ),
            html: None,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Anonymous,
            module: MODULE,
            action: "suivi_demande",
            target: &cible(aide.id),
            summary: &format!("Demande de suivi de l'aide « {} »", aide.name),
            details: serde_json::json!({}),
        },
    )
    .await?;
    terminer(app, tx, false).await
}

/// Confirms a follow; returns it.
pub async fn confirmer_suivi(app: &AppState, jeton: &str) -> AppResult<Option<store::SuiviRow>> {
    let mut tx = app.db().begin().await?;
    let suivi = store::confirmer_suivi(&mut tx, &token_hash(jeton)).await?;
    terminer(app, tx, false).await?;
    Ok(suivi)
}

/// Stops a follow (one click); returns it.
pub async fn arreter_suivi(app: &AppState, jeton: &str) -> AppResult<Option<store::SuiviRow>> {
    let mut tx = app.db().begin().await?;
    let suivi = store::supprimer_suivi(&mut tx, jeton).await?;
    terminer(app, tx, false).await?;
    Ok(suivi)
}

// ---------------------------------------------------------------------------------------------------------
// Referentials (admins).

fn exiger_admin(user: &CurrentUser) -> AppResult<()> {
    if acces::est_admin(user) {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

async fn referentiel(
    app: &AppState,
    user: &CurrentUser,
    mut tx: Tx,
    action: &str,
    cible: &str,
    resume: &str,
) -> AppResult<()> {
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: MODULE,
            action,
            target: cible,
            summary: resume,
            details: serde_json::json!({}),
        },
    )
    .await?;
    noter_changement(&mut tx).await?;
    terminer(app, tx, true).await
}

fn nom_requis(champ: &str, nom: &str) -> AppResult<String> {
    let nom = nom.trim();
    if nom.is_empty() || nom.chars().count() > 200 {
        return Err(AppError::invalid_field(
            champ,
            "saisissez un nom de 1 à 200 caractères",
        ));
    }
    Ok(nom.to_owned())
}

fn unicite(erreur: socle::db::DbError, champ: &str) -> AppError {
    if erreur.is_constraint("nom")
        || erreur.is_constraint("unique")
        || erreur.is_constraint("UNIQUE")
    {
        AppError::invalid_field(champ, "ce nom existe déjà")
    } else {
        AppError::from(erreur)
    }
}

/// Creates a carrier; returns its id.
pub async fn creer_porteur(
    app: &AppState,
    user: &CurrentUser,
    porteur: NouveauPorteur,
) -> AppResult<i64> {
    exiger_admin(user)?;
    let porteur = NouveauPorteur {
        nom: nom_requis("nom", &porteur.nom)?,
        ..porteur
    };
    let mut tx = app.db().begin().await?;
    let id = store::creer_porteur(&mut tx, &porteur)
        .await
        .map_err(|e| unicite(e, "nom"))?;
    referentiel(
        app,
        user,
        tx,
        "porteur_cree",
        &format!("porteur:{id}"),
        &format!("Création du porteur d'aides « {} »", porteur.nom),
    )
    .await?;
    Ok(id)
}

/// Creates a program; returns its id.
pub async fn creer_programme(
    app: &AppState,
    user: &CurrentUser,
    nom: &str,
    description: &str,
) -> AppResult<i64> {
    exiger_admin(user)?;
    let nom = nom_requis("nom", nom)?;
    let mut tx = app.db().begin().await?;
    let id = store::creer_programme(&mut tx, &nom, description.trim())
        .await
        .map_err(|e| unicite(e, "nom"))?;
    referentiel(
        app,
        user,
        tx,
        "programme_cree",
        &format!("programme:{id}"),
        &format!("Création du programme « {nom} »"),
    )
    .await?;
    Ok(id)
}

/// Adds a category under a theme; returns its id.
pub async fn creer_categorie(
    app: &AppState,
    user: &CurrentUser,
    thematique: i64,
    nom: &str,
) -> AppResult<i64> {
    exiger_admin(user)?;
    let nom = nom_requis("nom", nom)?;
    let etat = etat::etat(app)?;
    let theme = u16::try_from(thematique)
        .ok()
        .and_then(|t| {
            etat.catalogue()
                .thematiques
                .thematique(crate::referentiels::ThematiqueId(t))
        })
        .ok_or_else(|| {
            AppError::invalid_field("thematique", "choisissez une thématique existante")
        })?;
    let mut tx = app.db().begin().await?;
    let id = store::creer_categorie(&mut tx, thematique, &nom)
        .await
        .map_err(|e| unicite(e, "nom"))?;
    let resume = format!(
        "Ajout de la catégorie « {nom} » à la thématique « {} »",
        theme.nom
    );
    referentiel(
        app,
        user,
        tx,
        "categorie_creee",
        &format!("categorie:{id}"),
        &resume,
    )
    .await?;
    Ok(id)
}

/// Creates or replaces a synonym list; returns its id.
pub async fn enregistrer_liste_synonymes(
    app: &AppState,
    user: &CurrentUser,
    nom: &str,
    termes: &str,
) -> AppResult<i64> {
    exiger_admin(user)?;
    let nom = nom_requis("nom", nom)?;
    let termes = termes
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if termes.is_empty() || termes.chars().count() > 10_000 {
        return Err(AppError::invalid_field(
            "termes",
            "saisissez des termes séparés par des virgules (10 000 caractères au plus)",
        ));
    }
    let mut tx = app.db().begin().await?;
    let id = store::enregistrer_liste_synonymes(&mut tx, &nom, &termes).await?;
    referentiel(
        app,
        user,
        tx,
        "synonymes_enregistres",
        &format!("synonymes:{id}"),
        &format!("Enregistrement de la liste de synonymes « {nom} »"),
    )
    .await?;
    Ok(id)
}

/// Creates an ad-hoc perimeter from lines of INSEE codes or EPCI SIRENs. Unknown and invalid lines are
/// reported in the answer, never dropped silently; a list that designates no commune is refused.
pub async fn creer_perimetre_adhoc(
    app: &AppState,
    user: &CurrentUser,
    code: &str,
    nom: &str,
    lignes: &str,
) -> AppResult<RapportAdhoc> {
    exiger_admin(user)?;
    let nom = nom_requis("nom", nom)?;
    let code = code.trim();
    if code.is_empty()
        || code.len() > 100
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(AppError::invalid_field(
            "code",
            "le code ne contient que des lettres sans accent, des chiffres, des tirets et des soulignés",
        ));
    }
    let etat = etat::etat(app)?;
    // Tried on a copy of the graph: the report is complete before anything is stored.
    let mut essai = etat.perimetres().clone();
    let rapport =
        essai
            .ajouter_adhoc(code, &nom, lignes.lines())
            .map_err(|erreur| match erreur {
                PerimetreError::Doublon { .. } => {
                    AppError::invalid_field("code", "ce code existe déjà")
                }
                autre => AppError::invalid_field("codes", autre.to_string()),
            })?;
    let codes: String = lignes
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let mut tx = app.db().begin().await?;
    let id = store::creer_perimetre_adhoc(&mut tx, code, &nom, &codes, true)
        .await
        .map_err(|e| unicite(e, "code"))?;
    referentiel(
        app,
        user,
        tx,
        "perimetre_adhoc_cree",
        &format!("perimetre_adhoc:{id}"),
        &format!(
            "Création du périmètre ad hoc « {nom} » ({} communes, {} codes inconnus, {} lignes invalides)",
            rapport.communes,
            rapport.inconnus.len(),
            rapport.invalides.len()
        ),
    )
    .await?;
    Ok(rapport)
}

/// What a basin upload did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RapportBassins {
    /// Rows stored.
    pub enregistres: usize,
    /// Refused lines with their reason.
    pub refusees: Vec<String>,
}

/// Stores the Sandre basin of communes from lines `code_insee;numéro de bassin` (two digits, `01` to `12`).
/// The actor is an admin or, for the command line, `None`.
pub async fn importer_bassins(
    app: &AppState,
    user: Option<&CurrentUser>,
    lignes: &str,
) -> AppResult<RapportBassins> {
    if let Some(user) = user {
        exiger_admin(user)?;
    }
    let etat = etat::etat(app)?;
    let mut rapport = RapportBassins::default();
    let mut valides = Vec::new();
    for (numero, ligne) in lignes.lines().enumerate() {
        let ligne = ligne.trim();
        if ligne.is_empty() || ligne.starts_with("code_insee") {
            continue;
        }
        let mut cellules = ligne.split([';', ',']).map(str::trim);
        let (Some(code), Some(bassin)) = (cellules.next(), cellules.next()) else {
            rapport.refusees.push(format!(
                "ligne {} : attendu « code_insee;bassin »",
                numero + 1
            ));
            continue;
        };
        let bassin = if bassin.len() == 1 {
            format!("0{bassin}")
        } else {
            bassin.to_owned()
        };
        let bassin = bassin.strip_prefix("FR0000").unwrap_or(&bassin).to_owned();
        if !BASSINS.iter().any(|(n, _)| *n == bassin) {
            rapport.refusees.push(format!(
                "ligne {} : bassin « {bassin} » inconnu",
                numero + 1
            ));
            continue;
        }
        if etat
            .perimetres()
            .trouver(crate::referentiels::Echelle::Commune, code)
            .is_none()
        {
            rapport.refusees.push(format!(
                "ligne {} : commune « {code} » inconnue",
                numero + 1
            ));
            continue;
        }
        valides.push((code.to_owned(), bassin));
    }
    let mut tx = app.db().begin().await?;
    for (code, bassin) in &valides {
        store::enregistrer_bassin(&mut tx, code, bassin).await?;
    }
    rapport.enregistres = valides.len();
    let acteur = user.map_or(Actor::Cli, CurrentUser::actor);
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &acteur,
            module: MODULE,
            action: "bassins_importes",
            target: "bassins",
            summary: &format!(
                "Import des bassins de {} communes ({} lignes refusées)",
                rapport.enregistres,
                rapport.refusees.len()
            ),
            details: serde_json::json!({ "refusees": rapport.refusees }),
        },
    )
    .await?;
    noter_changement(&mut tx).await?;
    terminer(app, tx, true).await?;
    Ok(rapport)
}

// ---------------------------------------------------------------------------------------------------------
// Bulk writes (demo data, tests, imports).

/// Stores aids as given (status included: demo data and fixtures arrive published), with one audit entry and
/// one change; returns their ids. Perimeters must be graph ids of the current state.
pub async fn enregistrer_aides(
    app: &AppState,
    actor: &Actor,
    aides: Vec<Aide>,
) -> AppResult<Vec<AideId>> {
    let etat = etat::etat(app)?;
    let mut tx = app.db().begin().await?;
    let mut ids = Vec::with_capacity(aides.len());
    for mut aide in aides {
        valider(&aide, aide.status).map_err(|e| erreur_validation(&e))?;
        if aide.slug.is_empty() || store::slug_pris(&mut tx, &aide.slug).await? {
            aide.slug = slug_libre(&mut tx, &aide.name).await?;
        }
        let id = store::inserer_aide(&mut tx, &aide, etat.perimetres()).await?;
        ids.push(AideId(u64::try_from(id).unwrap_or_default()));
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor,
            module: MODULE,
            action: "enregistrer_lot",
            target: "aides",
            summary: &format!("Enregistrement de {} aides", ids.len()),
            details: serde_json::json!({ "premiere": ids.first().map(|a| a.0), "derniere": ids.last().map(|a| a.0) }),
        },
    )
    .await?;
    noter_changement(&mut tx).await?;
    terminer(app, tx, true).await?;
    Ok(ids)
}
