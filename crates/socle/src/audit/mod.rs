//! Append-only, hash-chained journal of every change.
//!
//! Each entry is written in the transaction of the change it describes, so a change without its entry (or
//! the reverse) cannot be committed. Entry n stores `hash = SHA-256(hash of n-1 ‖ canonical fields of n)`:
//! altering, inserting or deleting any row breaks the chain from that row on, which [`verify`] reports.
//! Database triggers also refuse UPDATE and DELETE on the table. Writers take a transaction-scoped lock
//! before reading the last hash, so concurrent writers append one after the other instead of forking.

use chrono::{DateTime, SecondsFormat, Utc};
use sha2::Digest as _;

use crate::db::{Db, DbResult, Query, Tx, now};

/// Lock key of the audit chain (an arbitrary constant shared by every process).
const CHAIN_LOCK: i64 = 0x6661_6272_6175_6469; // "fabraudi"

/// Hash of the entry before the first one.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who made a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in account.
    User {
        /// Account id.
        id: i64,
        /// E-mail at the time of the change.
        email: String,
    },
    /// The command line (operator on the server).
    Cli,
    /// A background job or an import.
    System(&'static str),
    /// Someone without an account (a subscription by e-mail, a public suggestion).
    Anonymous,
}

impl Actor {
    fn id(&self) -> Option<i64> {
        match self {
            Self::User { id, .. } => Some(*id),
            _ => None,
        }
    }

    fn label(&self) -> String {
        match self {
            Self::User { email, .. } => email.clone(),
            Self::Cli => "ligne de commande".to_owned(),
            Self::System(name) => format!("système ({name})"),
            Self::Anonymous => "anonyme".to_owned(),
        }
    }
}

/// A change to record.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// Who.
    pub actor: &'a Actor,
    /// Module (or `socle`).
    pub module: &'a str,
    /// Action, a stable `snake_case` verb (`publier`, `grant_role`…).
    pub action: &'a str,
    /// What was changed (`aide:42`, `user:7`).
    pub target: &'a str,
    /// One French sentence for people.
    pub summary: &'a str,
    /// Machine-readable details (before/after…).
    pub details: serde_json::Value,
}

/// A recorded entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Record {
    /// Position in the chain.
    pub id: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Account id of the actor, if any.
    pub actor_id: Option<i64>,
    /// Actor label.
    pub actor: String,
    /// Module.
    pub module: String,
    /// Action.
    pub action: String,
    /// Target.
    pub target: String,
    /// Summary.
    pub summary: String,
    /// Details, as JSON text.
    pub details: String,
    /// Hash of the previous entry.
    pub prev_hash: String,
    /// Hash of this entry.
    pub hash: String,
}

/// The hash of an entry given the previous hash; fields are length-prefixed so no two entries can collide
/// by moving text from one field to the next.
fn entry_hash(prev_hash: &str, record: &Record) -> String {
    let mut hasher = sha2::Sha256::new();
    let at = record.at.to_rfc3339_opts(SecondsFormat::Micros, true);
    let actor_id = record.actor_id.map(|id| id.to_string()).unwrap_or_default();
    for field in [
        prev_hash,
        &at,
        &actor_id,
        &record.actor,
        &record.module,
        &record.action,
        &record.target,
        &record.summary,
        &record.details,
    ] {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// Appends an entry in the caller's transaction.
pub async fn record(tx: &mut Tx, entry: Entry<'_>) -> DbResult<i64> {
    tx.lock(CHAIN_LOCK).await?;
    let prev_hash: String = tx
        .fetch_optional::<(String,)>(Query::new(
            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
        ))
        .await?
        .map(|(hash,)| hash)
        .unwrap_or_else(|| GENESIS.to_owned());
    let mut record = Record {
        id: 0,
        at: now(),
        actor_id: entry.actor.id(),
        actor: entry.actor.label(),
        module: entry.module.to_owned(),
        action: entry.action.to_owned(),
        target: entry.target.to_owned(),
        summary: entry.summary.to_owned(),
        details: entry.details.to_string(),
        prev_hash: prev_hash.clone(),
        hash: String::new(),
    };
    record.hash = entry_hash(&prev_hash, &record);
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO audit_log (at, actor_id, actor, module, action, target, summary, details, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(record.at)
        .bind(record.actor_id)
        .bind(record.actor)
        .bind(record.module)
        .bind(record.action)
        .bind(record.target)
        .bind(record.summary)
        .bind(record.details)
        .bind(record.prev_hash)
        .bind(record.hash),
    )
    .await
}

/// A break of the chain found by [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// Id of the first entry that does not verify.
    pub id: i64,
    /// Why, in French.
    pub reason: String,
}

/// The result of a verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// Entries checked.
    pub checked: u64,
    /// The first break, if any.
    pub first_break: Option<Break>,
}

/// Recomputes the whole chain, a page at a time, and reports the first entry that does not verify.
pub async fn verify(db: &Db) -> DbResult<Verification> {
    let mut expected_prev = GENESIS.to_owned();
    let mut last_id = 0_i64;
    let mut checked = 0_u64;
    loop {
        let page: Vec<Record> = db
            .fetch_all(
                Query::new(
                    "SELECT id, at, actor_id, actor, module, action, target, summary, details, prev_hash, hash \
                     FROM audit_log WHERE id > $1 ORDER BY id LIMIT 1000",
                )
                .bind(last_id),
            )
            .await?;
        if page.is_empty() {
            return Ok(Verification {
                checked,
                first_break: None,
            });
        }
        for record in page {
            let fail = |reason: String| {
                Ok(Verification {
                    checked,
                    first_break: Some(Break {
                        id: record.id,
                        reason,
                    }),
                })
            };
            if record.prev_hash != expected_prev {
                return fail("le lien vers l'entrée précédente est rompu (entrée supprimée, insérée ou modifiée)".into());
            }
            if entry_hash(&record.prev_hash, &record) != record.hash {
                return fail("le contenu de l'entrée a été modifié".to_owned());
            }
            expected_prev = record.hash.clone();
            last_id = record.id;
            checked += 1;
        }
    }
}

/// The latest entries, optionally for one module, newest first.
pub async fn latest(
    db: &Db,
    module: Option<&str>,
    offset: i64,
    limit: i64,
) -> DbResult<(i64, Vec<Record>)> {
    let count = db
        .fetch_scalar(
            Query::new("SELECT COUNT(*) FROM audit_log WHERE ($1 IS NULL OR module = $1)")
                .bind(module),
        )
        .await?;
    let records = db
        .fetch_all(
            Query::new(
                "SELECT id, at, actor_id, actor, module, action, target, summary, details, prev_hash, hash \
                 FROM audit_log WHERE ($1 IS NULL OR module = $1) ORDER BY id DESC LIMIT $2 OFFSET $3",
            )
            .bind(module)
            .bind(limit)
            .bind(offset),
        )
        .await?;
    Ok((count, records))
}

/// The entries about one target, oldest first (history of an object).
pub async fn history(db: &Db, module: &str, target: &str) -> DbResult<Vec<Record>> {
    db.fetch_all(
        Query::new(
            "SELECT id, at, actor_id, actor, module, action, target, summary, details, prev_hash, hash \
             FROM audit_log WHERE module = $1 AND target = $2 ORDER BY id",
        )
        .bind(module)
        .bind(target),
    )
    .await
}
