//! The DDT back-office's changes of orders: each one is a transaction with its audit entry, and those that
//! change what is in force (publication, repeal) end with a publication in the same transaction.
//!
//! Web handlers (and the demo) call these functions after checking the agent's département; the checks of
//! the domain (spec §3.4) decide whether an arrêté may be published.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use serde_json::json;
use socle::AppState;
use socle::audit::{self, Actor};
use socle::db::Tx;
use socle::files::PDF;

use crate::domain::arrete::{
    ArreteRestriction, ModeCalcul, check_publication, compute_repeal_ends, derive_statut,
};
use crate::domain::nomenclature::{NiveauGravite, StatutArrete};
use crate::domain::restriction::{CibleRestriction, Usage};
use crate::domain::zone_alerte::CodeInsee;
use crate::publication::{self, Declencheur, PublicationError};
use crate::store::arretes::{self, ArreteSaisi, CadreSaisi, Ensemble, NiveauZone, Table};
use crate::store::{self, StoreError};

/// Why a change was refused.
#[derive(Debug, thiserror::Error)]
pub enum GestionError {
    /// The arrêté does not exist.
    #[error("arrêté introuvable")]
    Introuvable,
    /// Rules refuse the change; one French sentence per reason.
    #[error("{}", .0.join(" ; "))]
    Refus(Vec<String>),
    /// The store failed or the version did not match.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The publication failed.
    #[error(transparent)]
    Publication(#[from] PublicationError),
}

impl From<socle::db::DbError> for GestionError {
    fn from(error: socle::db::DbError) -> Self {
        Self::Store(error.into())
    }
}

impl From<GestionError> for socle::AppError {
    fn from(error: GestionError) -> Self {
        match error {
            GestionError::Introuvable => socle::AppError::NotFound(error.to_string()),
            GestionError::Refus(raisons) => socle::AppError::Invalid {
                message: raisons.join(" ; "),
                fields: [("arrete".to_owned(), raisons)].into_iter().collect(),
            },
            GestionError::Store(error) => error.into(),
            GestionError::Publication(error) => error.into(),
        }
    }
}

/// Result of the back-office changes.
pub type GestionResult<T> = Result<T, GestionError>;

async fn record(
    tx: &mut Tx,
    actor: &Actor,
    action: &str,
    target: String,
    summary: String,
    details: serde_json::Value,
) -> GestionResult<()> {
    audit::record(
        tx,
        audit::Entry {
            actor,
            module: "secheresse",
            action,
            target: &target,
            summary: &summary,
            details,
        },
    )
    .await?;
    Ok(())
}

/// How the audit log names a kind of arrêté: `arrete_cadre`, `arrete_restriction`.
fn suffixe(table: Table) -> &'static str {
    match table {
        Table::Cadre => "cadre",
        Table::Restriction => "restriction",
    }
}

/// The audit target of an arrêté.
pub(crate) fn cible(table: Table, id: i64) -> String {
    format!("arrete_{}:{id}", suffixe(table))
}

/// How sentences name a kind of arrêté after the word "arrêté".
fn nature(table: Table) -> &'static str {
    match table {
        Table::Cadre => "cadre",
        Table::Restriction => "de restriction",
    }
}

/// The account behind an actor, for the `created_by` columns.
fn user_id(actor: &Actor) -> Option<i64> {
    match actor {
        Actor::User { id, .. } => Some(*id),
        _ => None,
    }
}

/// Creates a draft arrêté cadre.
pub async fn creer_cadre(app: &AppState, actor: &Actor, saisi: &CadreSaisi) -> GestionResult<i64> {
    let mut tx = app.db().begin().await?;
    let id = arretes::create_cadre(&mut tx, saisi, user_id(actor)).await?;
    record(
        &mut tx,
        actor,
        "creer_arrete_cadre",
        cible(Table::Cadre, id),
        format!("Brouillon de l'arrêté cadre {} créé", saisi.numero),
        json!({ "numero": saisi.numero, "departement_pilote": saisi.departement_pilote.as_str() }),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a draft arrêté cadre.
pub async fn modifier_cadre(
    app: &AppState,
    actor: &Actor,
    id: i64,
    version: i64,
    saisi: &CadreSaisi,
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    arretes::update_cadre(&mut tx, id, version, saisi).await?;
    record(
        &mut tx,
        actor,
        "modifier_arrete_cadre",
        cible(Table::Cadre, id),
        format!("Brouillon de l'arrêté cadre {} modifié", saisi.numero),
        json!({ "zones": saisi.zone_ids }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a usage with its four texts to a draft arrêté cadre.
pub async fn ajouter_usage(
    app: &AppState,
    actor: &Actor,
    cadre_id: i64,
    version: i64,
    usage: &Usage,
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    arretes::add_usage(&mut tx, cadre_id, version, usage)
        .await
        .map_err(|error| match error {
            StoreError::Db(db)
                if db.is_constraint("secheresse_usages") || db.is_constraint("nom") =>
            {
                GestionError::Refus(vec![format!(
                    "l'usage « {} » existe déjà dans la thématique {}",
                    usage.nom, usage.thematique
                )])
            }
            other => other.into(),
        })?;
    record(
        &mut tx,
        actor,
        "ajouter_usage",
        cible(Table::Cadre, cadre_id),
        format!("Usage « {} » ajouté", usage.nom),
        json!({ "nom": usage.nom, "thematique": usage.thematique.nom() }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Removes a usage from a draft arrêté cadre.
pub async fn supprimer_usage(
    app: &AppState,
    actor: &Actor,
    cadre_id: i64,
    version: i64,
    usage_id: i64,
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    arretes::delete_usage(&mut tx, cadre_id, version, usage_id).await?;
    record(
        &mut tx,
        actor,
        "supprimer_usage",
        cible(Table::Cadre, cadre_id),
        format!("Usage n° {usage_id} retiré"),
        json!({ "usage": usage_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Attaches the signed PDF of a draft arrêté (checked by content: `socle::files::PDF`).
pub async fn joindre_pdf(
    app: &AppState,
    actor: &Actor,
    table: Table,
    id: i64,
    version: i64,
    nom: &str,
    contenu: &[u8],
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    let blob = app
        .files()
        .put(&mut tx, contenu, nom, &PDF, user_id(actor))
        .await
        .map_err(StoreError::from)?;
    arretes::set_fichier(&mut tx, table, id, version, blob.id).await?;
    record(
        &mut tx,
        actor,
        "joindre_pdf",
        cible(table, id),
        format!("PDF signé joint ({} octets)", contenu.len()),
        json!({ "blob": blob.id, "sha256": blob.sha256 }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The reasons why a draft arrêté cadre cannot be published.
pub fn verifier_cadre(ensemble: &Ensemble, id: i64) -> Vec<String> {
    let Some(stocke) = ensemble.cadre(id) else {
        return vec!["arrêté cadre introuvable".to_owned()];
    };
    let cadre = &stocke.cadre;
    let mut raisons = Vec::new();
    match (cadre.date_debut, cadre.date_fin) {
        (None, _) => raisons.push("la date de début est obligatoire".to_owned()),
        (Some(debut), Some(fin)) if fin < debut => {
            raisons.push("la date de fin ne peut précéder la date de début".to_owned());
        }
        _ => {}
    }
    if cadre.zones.is_empty() {
        raisons.push("l'arrêté cadre doit comporter au moins une zone d'alerte".to_owned());
    }
    if cadre.is_gele(&ensemble.zones_desactivees()) {
        raisons.push(
            "une de ses zones est une ancienne version désactivée : l'arrêté cadre est gelé"
                .to_owned(),
        );
    }
    if cadre.usages.is_empty() {
        raisons.push("l'arrêté cadre doit comporter au moins un usage".to_owned());
    }
    if stocke.fichier_id.is_none() {
        raisons.push("le PDF signé de l'arrêté cadre est obligatoire".to_owned());
    }
    if let Some(abroge) = cadre.arrete_cadre_abroge {
        match ensemble.cadre(abroge) {
            Some(previous) if previous.cadre.statut == StatutArrete::AValider => {
                raisons.push(format!(
                    "l'arrêté cadre abrogé {} est un brouillon",
                    previous.cadre.numero
                ))
            }
            Some(previous) if !matches!((previous.cadre.date_debut, cadre.date_debut), (Some(a), Some(b)) if a < b) =>
            {
                raisons.push(format!(
                    "l'arrêté cadre doit commencer après l'arrêté cadre {} qu'il abroge",
                    previous.cadre.numero
                ));
            }
            Some(_) => {}
            None => raisons.push("l'arrêté cadre abrogé est introuvable".to_owned()),
        }
    }
    raisons
}

/// Publishes a draft arrêté cadre (it becomes "à venir" or "en vigueur" by its dates) and republishes.
pub async fn publier_cadre(
    app: &AppState,
    actor: &Actor,
    id: i64,
    version: i64,
) -> GestionResult<()> {
    let jour = publication::aujourdhui();
    let (mut tx, ensemble) = verrouiller(app).await?;
    let Some(stocke) = ensemble.cadre(id) else {
        return refuse(tx, GestionError::Introuvable).await;
    };
    if let Err(error) = publiable(
        stocke.version,
        version,
        stocke.cadre.statut,
        "l'arrêté cadre est déjà publié",
    ) {
        return refuse(tx, error).await;
    }
    let raisons = verifier_cadre(&ensemble, id);
    if !raisons.is_empty() {
        return refuse(tx, GestionError::Refus(raisons)).await;
    }
    let cadre = &stocke.cadre;
    let statut = derive_statut(StatutArrete::Publie, cadre.date_debut, cadre.date_fin, jour);
    arretes::set_statut(&mut tx, Table::Cadre, id, version, statut, cadre.date_fin).await?;
    // The arrêté cadre it repeals ends the day before it starts (spec §3.4, applied to arrêtés cadres too).
    if let (Some(abroge), Some(debut)) = (cadre.arrete_cadre_abroge, cadre.date_debut)
        && let Some(previous) = ensemble.cadre(abroge)
    {
        let veille = debut.checked_sub_days(Days::new(1));
        let fin = match (previous.cadre.date_fin, veille) {
            (Some(fin), Some(veille)) => Some(fin.min(veille)),
            (None, veille) => veille,
            (fin, None) => fin,
        };
        let statut_precedent =
            derive_statut(previous.cadre.statut, previous.cadre.date_debut, fin, jour);
        arretes::set_statut(
            &mut tx,
            Table::Cadre,
            abroge,
            previous.version,
            statut_precedent,
            fin,
        )
        .await?;
    }
    record(
        &mut tx,
        actor,
        "publier_arrete_cadre",
        cible(Table::Cadre, id),
        format!("Arrêté cadre {} publié ({})", cadre.numero, statut.label()),
        json!({ "statut": statut.code() }),
    )
    .await?;
    let motif = format!("publication de l'arrêté cadre {}", cadre.numero);
    finish(app, tx, actor, &motif, jour).await
}

/// Repeals a published arrêté, cadre or de restriction, from a day on (its last day is the day before) and
/// republishes.
pub async fn abroger(
    app: &AppState,
    actor: &Actor,
    table: Table,
    id: i64,
    version: i64,
    date_abrogation: NaiveDate,
) -> GestionResult<()> {
    let jour = publication::aujourdhui();
    let (mut tx, ensemble) = verrouiller(app).await?;
    // A repeal only shortens: an arrêté de restriction is compared with its effective end (the one its repeal
    // chain computed, else the one entered).
    let lu = match table {
        Table::Cadre => ensemble.cadre(id).map(|stocke| {
            let cadre = &stocke.cadre;
            (
                &cadre.numero,
                cadre.statut,
                cadre.date_debut,
                cadre.date_fin,
            )
        }),
        Table::Restriction => ensemble.arrete(id).map(|stocke| {
            let arrete = &stocke.arrete;
            let fin = arrete.fin.effective();
            (&arrete.numero, arrete.statut, arrete.date_debut, fin)
        }),
    };
    let Some((numero, statut, date_debut, date_fin)) = lu else {
        return refuse(tx, GestionError::Introuvable).await;
    };
    let fin = match check_abrogation(statut, date_debut, date_fin, date_abrogation, jour) {
        Ok(fin) => fin,
        Err(error) => return refuse(tx, error).await,
    };
    let statut = derive_statut(statut, date_debut, Some(fin), jour);
    arretes::set_statut(&mut tx, table, id, version, statut, Some(fin)).await?;
    let nature = nature(table);
    record(
        &mut tx,
        actor,
        &format!("abroger_arrete_{}", suffixe(table)),
        cible(table, id),
        format!(
            "Arrêté {nature} {numero} abrogé à compter du {}",
            date_abrogation.format("%d/%m/%Y")
        ),
        json!({ "date_fin": fin.to_string() }),
    )
    .await?;
    let motif = format!("abrogation de l'arrêté {nature} {numero}");
    finish(app, tx, actor, &motif, jour).await
}

/// The end of an arrêté repealed from `date_abrogation` on: the day before, which must not be before its start,
/// in the past, or after its current end (a repeal only shortens).
fn check_abrogation(
    statut: StatutArrete,
    date_debut: Option<NaiveDate>,
    date_fin: Option<NaiveDate>,
    date_abrogation: NaiveDate,
    jour: NaiveDate,
) -> GestionResult<NaiveDate> {
    if statut == StatutArrete::AValider {
        return Err(GestionError::Refus(vec![
            "un brouillon ne s'abroge pas : il n'est pas en vigueur".to_owned(),
        ]));
    }
    let mut raisons = Vec::new();
    if date_abrogation < jour {
        raisons.push("la date d'abrogation ne peut être dans le passé".to_owned());
    }
    if date_debut.is_none_or(|debut| date_abrogation <= debut) {
        raisons.push("la date d'abrogation doit suivre la date de début de l'arrêté".to_owned());
    }
    let fin = date_abrogation
        .checked_sub_days(Days::new(1))
        .unwrap_or(date_abrogation);
    if date_fin.is_some_and(|current| fin > current) {
        raisons.push("l'arrêté prend déjà fin avant cette date".to_owned());
    }
    if raisons.is_empty() {
        Ok(fin)
    } else {
        Err(GestionError::Refus(raisons))
    }
}

/// Creates a draft arrêté de restriction.
pub async fn creer_arrete(
    app: &AppState,
    actor: &Actor,
    saisi: &ArreteSaisi,
) -> GestionResult<i64> {
    let mut tx = app.db().begin().await?;
    let id = arretes::create_arrete(&mut tx, saisi, user_id(actor)).await?;
    record(
        &mut tx,
        actor,
        "creer_arrete_restriction",
        cible(Table::Restriction, id),
        format!("Brouillon de l'arrêté de restriction {} créé", saisi.numero),
        json!({ "numero": saisi.numero, "departement": saisi.departement.as_str() }),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a draft arrêté de restriction.
pub async fn modifier_arrete(
    app: &AppState,
    actor: &Actor,
    id: i64,
    version: i64,
    saisi: &ArreteSaisi,
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    arretes::update_arrete(&mut tx, id, version, saisi).await?;
    record(
        &mut tx,
        actor,
        "modifier_arrete_restriction",
        cible(Table::Restriction, id),
        format!(
            "Brouillon de l'arrêté de restriction {} modifié",
            saisi.numero
        ),
        json!({ "cadres": saisi.cadres }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Sets the level of each zone of a draft arrêté de restriction.
pub async fn fixer_niveaux(
    app: &AppState,
    actor: &Actor,
    id: i64,
    version: i64,
    niveaux: &[NiveauZone],
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    arretes::set_niveaux(&mut tx, id, version, niveaux).await?;
    let details: Vec<_> = niveaux
        .iter()
        .filter_map(|niveau| {
            niveau
                .niveau
                .map(|level| json!({ "zone": niveau.zone_id, "niveau": level.code() }))
        })
        .collect();
    record(
        &mut tx,
        actor,
        "fixer_niveaux",
        cible(Table::Restriction, id),
        format!("Niveaux de {} zone(s) fixés", details.len()),
        json!({ "niveaux": details }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds an AEP group of communes at a level to a draft arrêté de restriction.
pub async fn ajouter_groupement(
    app: &AppState,
    actor: &Actor,
    id: i64,
    version: i64,
    nom: &str,
    communes: &[CodeInsee],
    niveau: NiveauGravite,
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    arretes::add_groupement_aep(&mut tx, id, version, nom, communes, niveau).await?;
    record(
        &mut tx,
        actor,
        "ajouter_groupement_aep",
        cible(Table::Restriction, id),
        format!(
            "Groupement AEP « {nom} » ({} communes) au niveau {}",
            communes.len(),
            niveau.label()
        ),
        json!({ "nom": nom, "communes": communes.iter().map(CodeInsee::as_str).collect::<Vec<_>>(), "niveau": niveau.code() }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Removes a restriction (an AEP group) of a draft arrêté de restriction.
pub async fn supprimer_restriction(
    app: &AppState,
    actor: &Actor,
    id: i64,
    version: i64,
    restriction_id: i64,
) -> GestionResult<()> {
    let mut tx = app.db().begin().await?;
    arretes::delete_restriction(&mut tx, id, version, restriction_id).await?;
    record(
        &mut tx,
        actor,
        "supprimer_restriction",
        cible(Table::Restriction, id),
        format!("Restriction n° {restriction_id} retirée"),
        json!({ "restriction": restriction_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The reasons why a draft arrêté de restriction cannot be published on `jour` (spec §3.4): the domain's
/// checks, the repeal chain, and the perimeters its AEP groups need.
pub fn verifier_arrete(
    ensemble: &Ensemble,
    arrete: &ArreteRestriction,
    communes_connues: &BTreeSet<CodeInsee>,
    jour: NaiveDate,
) -> Vec<String> {
    let mut candidate = arrete.clone();
    candidate.statut = StatutArrete::Publie;
    let autres = ensemble.arretes_of(&arrete.departement);
    let mut raisons: Vec<String> = match check_publication(
        &candidate,
        &ensemble.cadres_domain(),
        &autres,
        &ensemble.zones_desactivees(),
        jour,
    ) {
        Ok(()) => Vec::new(),
        Err(erreurs) => erreurs.iter().map(ToString::to_string).collect(),
    };
    let mut chaine: Vec<ArreteRestriction> = autres
        .into_iter()
        .filter(|other| other.id != arrete.id && other.statut != StatutArrete::AValider)
        .collect();
    chaine.push(candidate);
    if let Err(error) = compute_repeal_ends(&mut chaine, ModeCalcul::Interactif) {
        raisons.push(error.to_string());
    }
    for restriction in &arrete.restrictions {
        if let CibleRestriction::GroupementAep { nom, communes } = &restriction.cible {
            if communes.is_empty() {
                raisons.push(format!(
                    "le groupement AEP « {nom} » ne compte aucune commune"
                ));
            }
            let manquantes: Vec<&str> = communes
                .iter()
                .filter(|commune| !communes_connues.contains(*commune))
                .map(CodeInsee::as_str)
                .collect();
            if !manquantes.is_empty() {
                raisons.push(format!(
                    "le groupement AEP « {nom} » cite des communes sans contour connu ({}) : importez leurs contours \
                     (fabrique import secheresse-communes)",
                    manquantes.join(", ")
                ));
            }
        }
    }
    raisons
}

/// The communes of an arrêté's AEP groups that have a perimeter.
pub async fn communes_connues(
    conn: &mut impl store::Conn,
    arrete: &ArreteRestriction,
) -> GestionResult<BTreeSet<CodeInsee>> {
    let codes: Vec<CodeInsee> = arrete
        .restrictions
        .iter()
        .filter_map(|restriction| match &restriction.cible {
            CibleRestriction::GroupementAep { communes, .. } => Some(communes.clone()),
            CibleRestriction::Zone { .. } => None,
        })
        .flatten()
        .collect();
    Ok(store::referentiel::communes_with_contour(conn, &codes).await?)
}

/// Publishes a draft arrêté de restriction after the checks, and republishes the zones in force.
pub async fn publier_arrete(
    app: &AppState,
    actor: &Actor,
    id: i64,
    version: i64,
) -> GestionResult<()> {
    let jour = publication::aujourdhui();
    let (mut tx, ensemble) = verrouiller(app).await?;
    let Some(stocke) = ensemble.arrete(id) else {
        return refuse(tx, GestionError::Introuvable).await;
    };
    let arrete = &stocke.arrete;
    if let Err(error) = publiable(
        stocke.version,
        version,
        arrete.statut,
        "l'arrêté est déjà publié",
    ) {
        return refuse(tx, error).await;
    }
    let connues = communes_connues(&mut tx, arrete).await?;
    let raisons = verifier_arrete(&ensemble, arrete, &connues, jour);
    if !raisons.is_empty() {
        return refuse(tx, GestionError::Refus(raisons)).await;
    }
    let statut = derive_statut(
        StatutArrete::Publie,
        arrete.date_debut,
        arrete.fin.saisie,
        jour,
    );
    arretes::set_statut(
        &mut tx,
        Table::Restriction,
        id,
        version,
        statut,
        arrete.fin.saisie,
    )
    .await?;
    record(
        &mut tx,
        actor,
        "publier_arrete_restriction",
        cible(Table::Restriction, id),
        format!(
            "Arrêté de restriction {} publié ({})",
            arrete.numero,
            statut.label()
        ),
        json!({ "statut": statut.code(), "restrictions": arrete.restrictions.len() }),
    )
    .await?;
    let motif = format!("publication de l'arrêté de restriction {}", arrete.numero);
    finish(app, tx, actor, &motif, jour).await
}

/// Opens the transaction of a change of what is in force, under the publication lock taken before reading the
/// arrêtés: the checks then see what the publication will compute from.
async fn verrouiller(app: &AppState) -> GestionResult<(Tx, Ensemble)> {
    let mut tx = app.db().begin().await?;
    publication::lock(&mut tx).await?;
    let ensemble = arretes::load(&mut tx, &app.config().base_url, false).await?;
    Ok((tx, ensemble))
}

/// Whether a draft read at version `lue` may be published: it has not changed since (else a conflict) and is
/// not published already (`deja_publie` says so).
fn publiable(stockee: i64, lue: i64, statut: StatutArrete, deja_publie: &str) -> GestionResult<()> {
    if stockee != lue {
        return Err(StoreError::Conflit.into());
    }
    if statut != StatutArrete::AValider {
        return Err(GestionError::Refus(vec![deja_publie.to_owned()]));
    }
    Ok(())
}

/// Ends a transaction that only read and locked, then returns the refusal. Committing (rather than dropping)
/// releases the publication lock at once: a dropped transaction is rolled back only when its connection is
/// next used.
async fn refuse<T>(tx: Tx, error: GestionError) -> GestionResult<T> {
    tx.commit().await?;
    Err(error)
}

/// Republishes in the transaction of the change and commits it.
async fn finish(
    app: &AppState,
    tx: Tx,
    actor: &Actor,
    motif: &str,
    jour: NaiveDate,
) -> GestionResult<()> {
    let declencheur = Declencheur::Changement(ModeCalcul::Interactif);
    publication::publish_and_commit(app, tx, actor, motif, jour, declencheur).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn a_repeal_only_shortens_a_published_arrete_from_today_on() {
        let today = date("2026-07-10");
        let start = Some(date("2026-07-01"));
        assert_eq!(
            check_abrogation(StatutArrete::Publie, start, None, date("2026-07-15"), today).ok(),
            Some(date("2026-07-14"))
        );
        for (abrogation, fin) in [
            ("2026-07-09", None),
            ("2026-07-01", None),
            ("2026-08-15", Some(date("2026-07-31"))),
        ] {
            assert!(
                check_abrogation(StatutArrete::Publie, start, fin, date(abrogation), today)
                    .is_err(),
                "{abrogation}"
            );
        }
        assert!(
            check_abrogation(
                StatutArrete::AValider,
                start,
                None,
                date("2026-07-15"),
                today
            )
            .is_err()
        );
    }
}
