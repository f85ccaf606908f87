//! Jury members, pre-jury marks, declared conflicts, the frozen audition plan, scores and the deliberation.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use socle::AppState;
use socle::db::{DbResult, Query, Tx, now};

use super::{Conn, civil_parse, civil_text, corrupt, json_parse, json_text};
use crate::domain::candidature::CandidatureId;
use crate::domain::jury::planning::{Creneau, ParametresPlanning};

/// What a member does in the jury of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fonction {
    /// Marks the submissions to audition.
    PreJure,
    /// Scores the auditions.
    Jure,
    /// Closes the deliberation and signs the minutes.
    President,
}

impl Fonction {
    /// Every function.
    pub const ALL: [Fonction; 3] = [Fonction::PreJure, Fonction::Jure, Fonction::President];

    /// Code stored.
    pub fn code(self) -> &'static str {
        match self {
            Fonction::PreJure => "pre_jure",
            Fonction::Jure => "jure",
            Fonction::President => "president",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            Fonction::PreJure => "Pré-juré",
            Fonction::Jure => "Juré",
            Fonction::President => "Président du jury",
        }
    }

    /// The platform role granted with the function.
    pub fn role(self) -> &'static str {
        match self {
            Fonction::PreJure => crate::acces::ROLE_PRE_JURE,
            Fonction::Jure => crate::acces::ROLE_JURE,
            Fonction::President => crate::acces::ROLE_PRESIDENT,
        }
    }

    /// The function of a code.
    pub fn from_code(code: &str) -> Option<Fonction> {
        Fonction::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// A member of the jury of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membre {
    /// Account.
    pub user_id: i64,
    /// Function.
    pub fonction: Fonction,
    /// Name shown (a function or a name the member chose).
    pub nom: String,
    /// Their direction or service.
    pub organisation: Option<String>,
}

/// The members of a call's jury, by function then name.
pub async fn membres(conn: &mut impl Conn, appel_id: i64) -> DbResult<Vec<Membre>> {
    let rows: Vec<(i64, String, String, Option<String>)> = conn
        .all(
            Query::new(
                "SELECT user_id, fonction, nom, organisation FROM incubateur_jury WHERE appel_id = $1 \
                 ORDER BY fonction, nom, user_id",
            )
            .bind(appel_id),
        )
        .await?;
    rows.into_iter()
        .map(|(user_id, fonction, nom, organisation)| {
            Ok(Membre {
                user_id,
                fonction: Fonction::from_code(&fonction)
                    .ok_or_else(|| corrupt("fonction", fonction))?,
                nom,
                organisation,
            })
        })
        .collect()
}

/// Adds (or renames) a member.
pub async fn upsert_membre(tx: &mut Tx, appel_id: i64, membre: &Membre) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_jury (appel_id, user_id, fonction, nom, organisation) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (appel_id, user_id, fonction) DO UPDATE SET nom = $4, organisation = $5",
        )
        .bind(appel_id)
        .bind(membre.user_id)
        .bind(membre.fonction.code())
        .bind(&membre.nom)
        .bind(membre.organisation.clone()),
    )
    .await?;
    Ok(())
}

/// Removes a member; returns whether they were one.
pub async fn delete_membre(
    tx: &mut Tx,
    appel_id: i64,
    user_id: i64,
    fonction: Fonction,
) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new("DELETE FROM incubateur_jury WHERE appel_id = $1 AND user_id = $2 AND fonction = $3")
                .bind(appel_id)
                .bind(user_id)
                .bind(fonction.code()),
        )
        .await?;
    Ok(changed == 1)
}

// ----- Pre-jury marks -----

/// Every (pre-juror, submission) mark of a call.
pub async fn marques(conn: &mut impl Conn, appel_id: i64) -> DbResult<Vec<(i64, i64)>> {
    conn.all(
        Query::new("SELECT user_id, candidature_id FROM incubateur_marques WHERE appel_id = $1 ORDER BY user_id, candidature_id")
            .bind(appel_id),
    )
    .await
}

/// Replaces a pre-juror's marks on a call.
pub async fn set_marques(
    tx: &mut Tx,
    appel_id: i64,
    user_id: i64,
    candidatures: &[i64],
) -> DbResult<()> {
    tx.execute(
        Query::new("DELETE FROM incubateur_marques WHERE appel_id = $1 AND user_id = $2")
            .bind(appel_id)
            .bind(user_id),
    )
    .await?;
    let at = now();
    for candidature in candidatures {
        tx.execute(
            Query::new(
                "INSERT INTO incubateur_marques (appel_id, user_id, candidature_id, at) VALUES ($1, $2, $3, $4)",
            )
            .bind(appel_id)
            .bind(user_id)
            .bind(*candidature)
            .bind(at),
        )
        .await?;
    }
    Ok(())
}

// ----- Declared conflicts -----

/// A declared conflict.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ConflitDeclareLigne {
    /// Juror.
    pub user_id: i64,
    /// Submission.
    pub candidature_id: i64,
    /// Reason given.
    pub motif: String,
}

/// The declared conflicts of a call.
pub async fn conflits_declares(
    conn: &mut impl Conn,
    appel_id: i64,
) -> DbResult<Vec<ConflitDeclareLigne>> {
    conn.all(
        Query::new(
            "SELECT user_id, candidature_id, motif FROM incubateur_conflits WHERE appel_id = $1 \
             ORDER BY user_id, candidature_id",
        )
        .bind(appel_id),
    )
    .await
}

/// Records a declared conflict; returns false when it was already declared.
pub async fn declare_conflit(
    tx: &mut Tx,
    appel_id: i64,
    user_id: i64,
    candidature_id: i64,
    motif: &str,
) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "INSERT INTO incubateur_conflits (appel_id, user_id, candidature_id, motif, at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, candidature_id) DO NOTHING",
            )
            .bind(appel_id)
            .bind(user_id)
            .bind(candidature_id)
            .bind(motif)
            .bind(now()),
        )
        .await?;
    Ok(changed == 1)
}

// ----- Audition plan -----

/// A frozen audition plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanningStocke {
    /// Settings, seed included.
    pub parametres: ParametresPlanning,
    /// Place of the session.
    pub lieu: String,
    /// Slots in order.
    pub creneaux: Vec<Creneau>,
    /// When it was frozen.
    pub created_at: DateTime<Utc>,
}

fn minutes(duration: chrono::Duration) -> i64 {
    duration.num_minutes()
}

/// Freezes a plan: its settings and its slots.
pub async fn insert_planning(
    tx: &mut Tx,
    appel_id: i64,
    parametres: &ParametresPlanning,
    lieu: &str,
    creneaux: &[Creneau],
) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_plannings (appel_id, graine, debut, pitch_minutes, questions_minutes, \
             battement_minutes, pause_toutes, pause_minutes, lieu, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(appel_id)
        .bind(i64::from_ne_bytes(parametres.graine.to_ne_bytes()))
        .bind(civil_text(parametres.debut))
        .bind(minutes(parametres.pitch))
        .bind(minutes(parametres.questions))
        .bind(minutes(parametres.battement))
        .bind(parametres.pause_toutes)
        .bind(minutes(parametres.duree_pause))
        .bind(lieu)
        .bind(now()),
    )
    .await?;
    for creneau in creneaux {
        tx.execute(
            Query::new(
                "INSERT INTO incubateur_creneaux (appel_id, ordre, candidature_id, debut, fin_pitch, fin) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(appel_id)
            .bind(creneau.ordre)
            .bind(i64::try_from(creneau.candidature.0).unwrap_or_default())
            .bind(civil_text(creneau.debut))
            .bind(civil_text(creneau.fin_pitch))
            .bind(civil_text(creneau.fin)),
        )
        .await?;
    }
    Ok(())
}

/// The frozen plan of a call.
pub async fn planning(conn: &mut impl Conn, appel_id: i64) -> DbResult<Option<PlanningStocke>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        graine: i64,
        debut: String,
        pitch_minutes: i64,
        questions_minutes: i64,
        battement_minutes: i64,
        pause_toutes: i64,
        pause_minutes: i64,
        lieu: String,
        created_at: DateTime<Utc>,
    }
    let row: Option<Row> = conn
        .optional(
            Query::new(
                "SELECT graine, debut, pitch_minutes, questions_minutes, battement_minutes, pause_toutes, \
                 pause_minutes, lieu, created_at FROM incubateur_plannings WHERE appel_id = $1",
            )
            .bind(appel_id),
        )
        .await?;
    let Some(row) = row else { return Ok(None) };
    let slots: Vec<(i64, i64, String, String, String)> = conn
        .all(
            Query::new(
                "SELECT ordre, candidature_id, debut, fin_pitch, fin FROM incubateur_creneaux WHERE appel_id = $1 \
                 ORDER BY ordre",
            )
            .bind(appel_id),
        )
        .await?;
    let creneaux = slots
        .into_iter()
        .map(|(ordre, candidature, debut, fin_pitch, fin)| {
            Ok(Creneau {
                ordre: usize::try_from(ordre).unwrap_or_default(),
                candidature: CandidatureId(u64::try_from(candidature).unwrap_or_default()),
                debut: civil_parse(&debut)?,
                fin_pitch: civil_parse(&fin_pitch)?,
                fin: civil_parse(&fin)?,
            })
        })
        .collect::<DbResult<Vec<_>>>()?;
    Ok(Some(PlanningStocke {
        parametres: ParametresPlanning {
            debut: civil_parse(&row.debut)?,
            pitch: chrono::Duration::minutes(row.pitch_minutes),
            questions: chrono::Duration::minutes(row.questions_minutes),
            battement: chrono::Duration::minutes(row.battement_minutes),
            pause_toutes: usize::try_from(row.pause_toutes).unwrap_or_default(),
            duree_pause: chrono::Duration::minutes(row.pause_minutes),
            graine: u64::from_ne_bytes(row.graine.to_ne_bytes()),
        },
        lieu: row.lieu,
        creneaux,
        created_at: row.created_at,
    }))
}

/// Whether a submission has a slot in the frozen plan of a call (one indexed read, not the whole plan).
pub async fn a_un_creneau(
    conn: &mut impl Conn,
    appel_id: i64,
    candidature_id: i64,
) -> DbResult<bool> {
    let count: i64 = conn
        .scalar(
            Query::new("SELECT COUNT(*) FROM incubateur_creneaux WHERE appel_id = $1 AND candidature_id = $2")
                .bind(appel_id)
                .bind(candidature_id),
        )
        .await?;
    Ok(count > 0)
}

// ----- Scores -----

/// A stored score.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteStockee {
    /// Juror.
    pub user_id: i64,
    /// Submission.
    pub candidature_id: i64,
    /// One grade per criterion.
    pub notes: Vec<f64>,
    /// Weighted total.
    pub total: f64,
    /// Private note.
    pub note_privee: Option<String>,
}

/// Every score of a call.
pub async fn notes(conn: &mut impl Conn, appel_id: i64) -> DbResult<Vec<NoteStockee>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        user_id: i64,
        candidature_id: i64,
        notes: String,
        total: f64,
        note_privee: Option<String>,
    }
    let rows: Vec<Row> = conn
        .all(
            Query::new(
                "SELECT user_id, candidature_id, notes, total, note_privee FROM incubateur_notes WHERE appel_id = $1 \
                 ORDER BY user_id, candidature_id",
            )
            .bind(appel_id),
        )
        .await?;
    rows.into_iter()
        .map(|row| {
            Ok(NoteStockee {
                user_id: row.user_id,
                candidature_id: row.candidature_id,
                notes: json_parse(&row.notes)?,
                total: row.total,
                note_privee: row.note_privee,
            })
        })
        .collect()
}

/// The scores of a call, from the process's memory while the call's `version_notes` has not moved.
///
/// A sheet of 2,000 submissions × 20 jurors is 40,000 rows, and decoding them dominates the ranking (spec §6:
/// p95 < 100 ms). Only the rows are kept: who may see what (submissions, recusals, members) is read fresh every time,
/// so a stale or newer entry can never show a score its reader may not see.
pub async fn notes_en_memoire(
    app: &AppState,
    conn: &mut impl Conn,
    appel_id: i64,
) -> DbResult<Arc<Vec<NoteStockee>>> {
    let version: i64 = conn
        .scalar(
            Query::new("SELECT version_notes FROM incubateur_appels WHERE id = $1").bind(appel_id),
        )
        .await?;
    let cache = app.extension::<CacheNotes>();
    if let Some(cache) = &cache
        && let Some((lue, notes)) = cache.lire(appel_id)
        && lue == version
    {
        return Ok(notes);
    }
    let notes = Arc::new(notes(conn, appel_id).await?);
    if let Some(cache) = cache {
        cache.garder(appel_id, version, notes.clone());
    }
    Ok(notes)
}

/// The scores of a call as read, with the `version_notes` they were read at.
type NotesLues = (i64, Arc<Vec<NoteStockee>>);

/// The scores of calls kept in memory, by call.
#[derive(Debug, Default)]
pub struct CacheNotes(Mutex<HashMap<i64, NotesLues>>);

impl CacheNotes {
    fn lire(&self, appel_id: i64) -> Option<NotesLues> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(&appel_id)
            .cloned()
    }

    fn garder(&self, appel_id: i64, version: i64, notes: Arc<Vec<NoteStockee>>) {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(appel_id, (version, notes));
    }
}

/// Moves the `version_notes` of a call, in the transaction that changes one of its scores.
pub async fn toucher_notes(tx: &mut Tx, appel_id: i64) -> DbResult<()> {
    tx.execute(
        Query::new("UPDATE incubateur_appels SET version_notes = version_notes + 1 WHERE id = $1")
            .bind(appel_id),
    )
    .await?;
    Ok(())
}

/// Enters or replaces a score.
pub async fn upsert_note(tx: &mut Tx, appel_id: i64, note: &NoteStockee) -> DbResult<()> {
    toucher_notes(tx, appel_id).await?;
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_notes (appel_id, user_id, candidature_id, notes, total, note_privee, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id, candidature_id) \
             DO UPDATE SET notes = $4, total = $5, note_privee = $6, updated_at = $7",
        )
        .bind(appel_id)
        .bind(note.user_id)
        .bind(note.candidature_id)
        .bind(json_text(&note.notes)?)
        .bind(note.total)
        .bind(note.note_privee.clone())
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// Jurors who submitted their scores on a call.
pub async fn soumis(conn: &mut impl Conn, appel_id: i64) -> DbResult<Vec<i64>> {
    conn.scalars(
        Query::new(
            "SELECT user_id FROM incubateur_notes_soumises WHERE appel_id = $1 ORDER BY user_id",
        )
        .bind(appel_id),
    )
    .await
}

/// Records that a juror submitted.
pub async fn insert_soumission(tx: &mut Tx, appel_id: i64, user_id: i64) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_notes_soumises (appel_id, user_id, at) VALUES ($1, $2, $3)",
        )
        .bind(appel_id)
        .bind(user_id)
        .bind(now()),
    )
    .await?;
    Ok(())
}

// ----- Deliberation -----

/// A decision as stored in the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionDoc {
    /// Submission.
    pub candidature: i64,
    /// `laureat`, `liste_attente`, `non_retenu` or `desiste`.
    pub issue: String,
    /// Motivation.
    pub motivation: String,
}

/// The closed deliberation of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliberationStockee {
    /// Date of the deliberation.
    pub date: NaiveDate,
    /// President.
    pub president: String,
    /// Members present.
    pub participants: Vec<String>,
    /// Decisions.
    pub decisions: Vec<DecisionDoc>,
    /// SHA-256 of the canonical score sheet.
    pub empreinte: String,
    /// Text of the minutes.
    pub proces_verbal: String,
    /// When it was closed.
    pub close_at: DateTime<Utc>,
    /// When the letters were queued.
    pub lettres_at: Option<DateTime<Utc>>,
}

/// Stores the closed deliberation.
pub async fn insert_deliberation(
    tx: &mut Tx,
    appel_id: i64,
    deliberation: &DeliberationStockee,
) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_deliberations (appel_id, date, president, participants, decisions, empreinte, \
             proces_verbal, close_at, lettres_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(appel_id)
        .bind(deliberation.date)
        .bind(&deliberation.president)
        .bind(json_text(&deliberation.participants)?)
        .bind(json_text(&deliberation.decisions)?)
        .bind(&deliberation.empreinte)
        .bind(&deliberation.proces_verbal)
        .bind(deliberation.close_at)
        .bind(deliberation.lettres_at),
    )
    .await?;
    Ok(())
}

/// The closed deliberation of a call, if any.
pub async fn deliberation(
    conn: &mut impl Conn,
    appel_id: i64,
) -> DbResult<Option<DeliberationStockee>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        date: NaiveDate,
        president: String,
        participants: String,
        decisions: String,
        empreinte: String,
        proces_verbal: String,
        close_at: DateTime<Utc>,
        lettres_at: Option<DateTime<Utc>>,
    }
    let row: Option<Row> = conn
        .optional(
            Query::new(
                "SELECT date, president, participants, decisions, empreinte, proces_verbal, close_at, lettres_at \
                 FROM incubateur_deliberations WHERE appel_id = $1",
            )
            .bind(appel_id),
        )
        .await?;
    row.map(|row| {
        Ok(DeliberationStockee {
            date: row.date,
            president: row.president,
            participants: json_parse(&row.participants)?,
            decisions: json_parse(&row.decisions)?,
            empreinte: row.empreinte,
            proces_verbal: row.proces_verbal,
            close_at: row.close_at,
            lettres_at: row.lettres_at,
        })
    })
    .transpose()
}
