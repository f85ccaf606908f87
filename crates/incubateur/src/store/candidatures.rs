//! Submissions: their row, their answers and their journal.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use socle::db::{DbResult, Query, Tx, now};

use super::appels::Transition;
use super::{Conn, corrupt, json_parse, json_text};
use crate::acces::{role_code, role_from_code};
use crate::domain::candidature::{
    ActionCandidature, Candidature, CandidatureId, StatutCandidature,
};
use crate::domain::formulaire::{Reponse, Reponses};
use crate::domain::journal::EntreeJournal;

/// A stored submission.
#[derive(Debug, Clone)]
pub struct CandidatureStockee {
    /// Id.
    pub id: i64,
    /// Call.
    pub appel_id: i64,
    /// The agent (`None` once anonymised).
    pub user_id: Option<i64>,
    /// Short title given by the agent.
    pub intitule: String,
    /// The submission as the domain sees it; its journal is loaded by [`find`], left empty by the lists.
    pub candidature: Candidature,
    /// Answers by field key.
    pub reponses: Map<String, Value>,
    /// The agent's organisation (copy of the answer).
    pub organisation: Option<String>,
    /// Intended sponsors (organisation ids).
    pub sponsors: Vec<String>,
    /// `tenue`, `absente` or nothing yet.
    pub audition: Option<String>,
    /// Compare-and-swap counter.
    pub version: i64,
    /// When it was first submitted.
    pub deposee_at: Option<DateTime<Utc>>,
    /// When the purge notice was sent.
    pub preavis_purge_at: Option<DateTime<Utc>>,
    /// When it was anonymised.
    pub anonymisee_at: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
}

impl CandidatureStockee {
    /// Current state.
    pub fn statut(&self) -> StatutCandidature {
        self.candidature.statut
    }

    /// The target of the audit and journal entries (`candidature:<id>`).
    pub fn cible(&self) -> String {
        format!("candidature:{}", self.id)
    }

    /// A text answer, trimmed, empty when absent.
    pub fn reponse_texte(&self, cle: &str) -> String {
        self.reponses
            .get(cle)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    /// The answers in the form's types.
    pub fn reponses_domaine(&self) -> Reponses {
        reponses_domaine(&self.reponses)
    }
}

/// Converts stored JSON answers into the form's answers: strings are texts, booleans yes/no or consents.
pub fn reponses_domaine(reponses: &Map<String, Value>) -> Reponses {
    reponses
        .iter()
        .map(|(cle, valeur)| {
            let reponse = match valeur {
                Value::Bool(value) => Reponse::Booleen(*value),
                Value::String(text) => Reponse::Texte(text.clone()),
                other => Reponse::Texte(other.to_string()),
            };
            (cle.clone(), reponse)
        })
        .collect::<BTreeMap<_, _>>()
}

/// A state of the submission machine from its code.
pub fn statut_from_code(code: &str) -> DbResult<StatutCandidature> {
    StatutCandidature::ALL
        .into_iter()
        .find(|statut| statut.code() == code)
        .ok_or_else(|| corrupt("statut de candidature", code))
}

/// The static code of a stored action (the journal of the domain holds `&'static str`).
fn action_code(code: &str) -> &'static str {
    let motif = String::new;
    [
        ActionCandidature::Deposer,
        ActionCandidature::DemanderCorrections { message: motif() },
        ActionCandidature::Completer,
        ActionCandidature::DeclarerRecevable,
        ActionCandidature::DeclarerIrrecevable {
            motivation: motif(),
        },
        ActionCandidature::Preselectionner,
        ActionCandidature::MarquerAuditionne,
        ActionCandidature::NePasRetenir {
            motivation: motif(),
        },
        ActionCandidature::DeclarerLaureat {
            motivation: motif(),
        },
        ActionCandidature::MettreEnListeAttente {
            motivation: motif(),
        },
        ActionCandidature::Desister,
        ActionCandidature::Rouvrir { motif: motif() },
    ]
    .iter()
    .map(ActionCandidature::code)
    .find(|known| *known == code)
    .unwrap_or("inconnue")
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    appel_id: i64,
    user_id: Option<i64>,
    intitule: String,
    statut: String,
    version_formulaire: i64,
    reponses: String,
    organisation: Option<String>,
    sponsors: String,
    audition: Option<String>,
    version: i64,
    deposee_at: Option<DateTime<Utc>>,
    preavis_purge_at: Option<DateTime<Utc>>,
    anonymisee_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
}

const COLUMNS: &str = "id, appel_id, user_id, intitule, statut, version_formulaire, reponses, organisation, sponsors, \
                       audition, version, deposee_at, preavis_purge_at, anonymisee_at, created_at";

impl Row {
    fn into_stockee(self) -> DbResult<CandidatureStockee> {
        let mut candidature = Candidature::new(
            CandidatureId(u64::try_from(self.id).unwrap_or_default()),
            u32::try_from(self.version_formulaire).unwrap_or(1),
        );
        candidature.statut = statut_from_code(&self.statut)?;
        Ok(CandidatureStockee {
            id: self.id,
            appel_id: self.appel_id,
            user_id: self.user_id,
            intitule: self.intitule,
            candidature,
            reponses: json_parse(&self.reponses)?,
            organisation: self.organisation,
            sponsors: json_parse(&self.sponsors)?,
            audition: self.audition,
            version: self.version,
            deposee_at: self.deposee_at,
            preavis_purge_at: self.preavis_purge_at,
            anonymisee_at: self.anonymisee_at,
            created_at: self.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct JournalRow {
    candidature_id: i64,
    action: String,
    avant: String,
    apres: String,
    role: String,
    motif: Option<String>,
    at: DateTime<Utc>,
}

impl JournalRow {
    fn entree(&self) -> DbResult<EntreeJournal<StatutCandidature>> {
        Ok(EntreeJournal {
            acteur: role_from_code(&self.role),
            action: action_code(&self.action),
            avant: statut_from_code(&self.avant)?,
            apres: statut_from_code(&self.apres)?,
            motif: self.motif.clone(),
            horodatage: self.at.naive_utc(),
        })
    }
}

/// Creates a draft; returns its id.
pub async fn insert(
    tx: &mut Tx,
    appel_id: i64,
    user_id: i64,
    intitule: &str,
    version_formulaire: u32,
) -> DbResult<i64> {
    let at = now();
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO incubateur_candidatures (appel_id, user_id, intitule, statut, version_formulaire, reponses, \
             sponsors, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, '{}', '[]', 1, $6, $6) \
             RETURNING id",
        )
        .bind(appel_id)
        .bind(user_id)
        .bind(intitule)
        .bind(StatutCandidature::Brouillon.code())
        .bind(version_formulaire)
        .bind(at),
    )
    .await
}

/// The submission with this id, with its journal.
pub async fn find(conn: &mut impl Conn, id: i64) -> DbResult<Option<CandidatureStockee>> {
    let row: Option<Row> = conn
        .optional(
            Query::assembled(format!(
                "SELECT {COLUMNS} FROM incubateur_candidatures WHERE id = $1"
            ))
            .bind(id),
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let mut stockee = row.into_stockee()?;
    let journal: Vec<JournalRow> = conn
        .all(
            Query::new(
                "SELECT candidature_id, action, avant, apres, role, motif, at FROM incubateur_candidature_transitions \
                 WHERE candidature_id = $1 ORDER BY id",
            )
            .bind(id),
        )
        .await?;
    stockee.candidature.journal = journal
        .iter()
        .map(JournalRow::entree)
        .collect::<DbResult<_>>()?;
    Ok(Some(stockee))
}

/// The submissions of a call, by id, without their journals (drafts left out unless `with_drafts`).
pub async fn list_by_appel(
    conn: &mut impl Conn,
    appel_id: i64,
    with_drafts: bool,
) -> DbResult<Vec<CandidatureStockee>> {
    let rows: Vec<Row> = conn
        .all(
            Query::assembled(format!(
                "SELECT {COLUMNS} FROM incubateur_candidatures WHERE appel_id = $1 AND ($2 OR statut <> 'brouillon') \
                 ORDER BY id"
            ))
            .bind(appel_id)
            .bind(with_drafts),
        )
        .await?;
    rows.into_iter().map(Row::into_stockee).collect()
}

/// The submissions of a call with their journals (funnel, retention), in two queries.
pub async fn list_by_appel_with_journals(
    conn: &mut impl Conn,
    appel_id: i64,
) -> DbResult<Vec<CandidatureStockee>> {
    let mut candidatures = list_by_appel(conn, appel_id, true).await?;
    let rows: Vec<JournalRow> = conn
        .all(
            Query::new(
                "SELECT t.candidature_id, t.action, t.avant, t.apres, t.role, t.motif, t.at \
                 FROM incubateur_candidature_transitions t JOIN incubateur_candidatures c ON c.id = t.candidature_id \
                 WHERE c.appel_id = $1 ORDER BY t.id",
            )
            .bind(appel_id),
        )
        .await?;
    let mut journals: BTreeMap<i64, Vec<EntreeJournal<StatutCandidature>>> = BTreeMap::new();
    for row in &rows {
        journals
            .entry(row.candidature_id)
            .or_default()
            .push(row.entree()?);
    }
    for candidature in &mut candidatures {
        if let Some(journal) = journals.remove(&candidature.id) {
            candidature.candidature.journal = journal;
        }
    }
    Ok(candidatures)
}

/// The submissions of an agent, newest first.
pub async fn list_by_user(conn: &mut impl Conn, user_id: i64) -> DbResult<Vec<CandidatureStockee>> {
    let rows: Vec<Row> = conn
        .all(
            Query::assembled(format!(
                "SELECT {COLUMNS} FROM incubateur_candidatures WHERE user_id = $1 ORDER BY id DESC"
            ))
            .bind(user_id),
        )
        .await?;
    rows.into_iter().map(Row::into_stockee).collect()
}

/// Saves the answers of an editable submission if nobody changed it since `version`; returns whether it did.
pub async fn save_answers(
    tx: &mut Tx,
    id: i64,
    version: i64,
    intitule: &str,
    reponses: &Map<String, Value>,
) -> DbResult<bool> {
    let organisation = reponses
        .get("organisation")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|org| !org.is_empty())
        .map(str::to_owned);
    let changed = tx
        .execute(
            Query::new(
                "UPDATE incubateur_candidatures SET intitule = $3, reponses = $4, organisation = $5, \
                 version = version + 1, updated_at = $6 WHERE id = $1 AND version = $2",
            )
            .bind(id)
            .bind(version)
            .bind(intitule)
            .bind(json_text(reponses)?)
            .bind(organisation)
            .bind(now()),
        )
        .await?;
    Ok(changed == 1)
}

/// Moves a submission to `statut` if nobody changed it since `version`; returns whether it did. The first
/// submission time is kept; `audition` is set when the move records an audition.
pub async fn set_statut(
    tx: &mut Tx,
    id: i64,
    version: i64,
    statut: StatutCandidature,
    audition: Option<&str>,
) -> DbResult<bool> {
    let at = now();
    let changed = tx
        .execute(
            Query::new(
                "UPDATE incubateur_candidatures SET statut = $3, audition = COALESCE($4, audition), \
                 deposee_at = CASE WHEN $3 = 'depose' AND deposee_at IS NULL THEN $5 ELSE deposee_at END, \
                 version = version + 1, updated_at = $5 WHERE id = $1 AND version = $2",
            )
            .bind(id)
            .bind(version)
            .bind(statut.code())
            .bind(audition)
            .bind(at),
        )
        .await?;
    Ok(changed == 1)
}

/// Marks an audition as missed (the candidate did not come); the state does not change.
pub async fn set_absent(tx: &mut Tx, id: i64, version: i64) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE incubateur_candidatures SET audition = 'absente', version = version + 1, updated_at = $3 \
                 WHERE id = $1 AND version = $2",
            )
            .bind(id)
            .bind(version)
            .bind(now()),
        )
        .await?;
    Ok(changed == 1)
}

/// Records the intended sponsors of a submission.
pub async fn set_sponsors(tx: &mut Tx, id: i64, sponsors: &[String]) -> DbResult<()> {
    tx.execute(
        Query::new(
            "UPDATE incubateur_candidatures SET sponsors = $2, version = version + 1, updated_at = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(json_text(&sponsors)?)
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// Appends one entry to a submission's journal.
pub async fn insert_transition(
    tx: &mut Tx,
    candidature_id: i64,
    entree: &EntreeJournal<StatutCandidature>,
    user_id: Option<i64>,
) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_candidature_transitions (candidature_id, action, avant, apres, role, user_id, \
             motif, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(candidature_id)
        .bind(entree.action)
        .bind(entree.avant.code())
        .bind(entree.apres.code())
        .bind(role_code(entree.acteur))
        .bind(user_id)
        .bind(entree.motif.clone())
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// The history of a submission, oldest first.
pub async fn transitions(conn: &mut impl Conn, candidature_id: i64) -> DbResult<Vec<Transition>> {
    conn.all(
        Query::new(
            "SELECT action, avant, apres, role, motif, at FROM incubateur_candidature_transitions \
             WHERE candidature_id = $1 ORDER BY id",
        )
        .bind(candidature_id),
    )
    .await
}

/// Counts of the submissions of a call by state.
pub async fn count_by_statut(
    conn: &mut impl Conn,
    appel_id: i64,
) -> DbResult<BTreeMap<String, i64>> {
    let rows: Vec<(String, i64)> = conn
        .all(
            Query::new(
                "SELECT statut, COUNT(*) FROM incubateur_candidatures WHERE appel_id = $1 GROUP BY statut",
            )
            .bind(appel_id),
        )
        .await?;
    Ok(rows.into_iter().collect())
}

/// Whether a laureate of the call withdrew (a waiting-list submission may then be promoted).
pub async fn laureate_withdrew(conn: &mut impl Conn, appel_id: i64) -> DbResult<bool> {
    let count: i64 = conn
        .scalar(
            Query::new(
                "SELECT COUNT(*) FROM incubateur_candidature_transitions t \
                 JOIN incubateur_candidatures c ON c.id = t.candidature_id \
                 WHERE c.appel_id = $1 AND t.avant = 'laureat' AND t.apres = 'desiste'",
            )
            .bind(appel_id),
        )
        .await?;
    Ok(count > 0)
}

/// Records that the purge notice was sent `at` (the job's clock, so that the 14 days of notice are counted on it).
pub async fn mark_notice_sent(tx: &mut Tx, id: i64, at: DateTime<Utc>) -> DbResult<()> {
    tx.execute(
        Query::new("UPDATE incubateur_candidatures SET preavis_purge_at = $2 WHERE id = $1")
            .bind(id)
            .bind(at),
    )
    .await?;
    Ok(())
}

/// Anonymises a submission at the end of its retention: the answers, the title, the link to the agent and the
/// messages of its journal go; its state and dates stay for the statistics.
pub async fn anonymise(tx: &mut Tx, id: i64) -> DbResult<()> {
    let at = now();
    tx.execute(
        Query::new(
            "UPDATE incubateur_candidatures SET user_id = NULL, intitule = $2, reponses = '{}', organisation = NULL, \
             anonymisee_at = $3, version = version + 1, updated_at = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(format!("Candidature {id} (anonymisée)"))
        .bind(at),
    )
    .await?;
    tx.execute(
        Query::new(
            "UPDATE incubateur_candidature_transitions SET motif = NULL, user_id = NULL WHERE candidature_id = $1",
        )
        .bind(id),
    )
    .await?;
    tx.execute(
        Query::new("UPDATE incubateur_notes SET note_privee = NULL WHERE candidature_id = $1")
            .bind(id),
    )
    .await?;
    tx.execute(
        Query::new(
            "UPDATE incubateur_appels SET version_notes = version_notes + 1 \
             WHERE id = (SELECT appel_id FROM incubateur_candidatures WHERE id = $1)",
        )
        .bind(id),
    )
    .await?;
    Ok(())
}
