//! Durable background jobs: a queue table shared by every process, periodic schedules, retries with backoff.
//!
//! A job is enqueued in the transaction of the change that needs it (so it exists if and only if the change
//! does). Any process with jobs enabled claims due jobs one at a time: on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, so several workers never take the same row; on SQLite the claim runs in an
//! immediate transaction, SQLite's single writer giving the same guarantee. A job whose worker died is
//! claimed again once its lease (`locked_until`) has passed. Failures are retried after 30 s, 1 min, 2 min…
//! (capped at one hour) until `max_attempts`, then kept as `failed` with their last error for the
//! administration page.
//!
//! Periodic schedules live in `job_schedules`; each process compares-and-swaps `next_run_at`, and only the
//! winner enqueues the run, so a schedule fires once however many processes tick.

use chrono::{DateTime, Duration as ChronoDuration, NaiveTime, TimeZone as _, Utc};
use chrono_tz::Europe::Paris;
use futures::future::BoxFuture;
use std::collections::HashMap;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

use crate::app::AppState;
use crate::db::{Backend, Db, DbResult, Query, Tx, now};

/// What a job handler returns.
pub type JobFuture = BoxFuture<'static, anyhow::Result<()>>;

/// A kind of job and the function that runs it.
#[derive(Clone, Copy)]
pub struct JobHandler {
    /// Stable name, `<module>.<what>`.
    pub kind: &'static str,
    /// Attempts before the job is marked failed.
    pub max_attempts: u32,
    /// The work; it must be idempotent, since a job may run again after a crash.
    pub run: fn(AppState, serde_json::Value) -> JobFuture,
}

impl std::fmt::Debug for JobHandler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JobHandler")
            .field("kind", &self.kind)
            .finish()
    }
}

/// How often a periodic job runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    /// At a fixed interval.
    Interval(Duration),
    /// Every day at this time of Paris.
    DailyAt {
        /// Hour (0–23).
        hour: u32,
        /// Minute (0–59).
        minute: u32,
    },
}

impl Every {
    /// The first run strictly after `after`.
    pub fn next_after(self, after: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Every::Interval(interval) => {
                after
                    + ChronoDuration::from_std(interval)
                        .unwrap_or_else(|_| ChronoDuration::hours(1))
            }
            Every::DailyAt { hour, minute } => {
                let time = NaiveTime::from_hms_opt(hour.min(23), minute.min(59), 0)
                    .unwrap_or(NaiveTime::MIN);
                let local_day = after.with_timezone(&Paris).date_naive();
                (0..3)
                    .filter_map(|offset| {
                        let day = local_day + ChronoDuration::days(offset);
                        // On the autumn change the time exists twice: take the first; on the spring change it
                        // may not exist: take the next day.
                        Paris.from_local_datetime(&day.and_time(time)).earliest()
                    })
                    .map(|local| local.with_timezone(&Utc))
                    .find(|candidate| *candidate > after)
                    .unwrap_or(after + ChronoDuration::days(1))
            }
        }
    }
}

/// A periodic job.
#[derive(Debug, Clone, Copy)]
pub struct Schedule {
    /// Unique name of the schedule.
    pub name: &'static str,
    /// Kind of the job it enqueues (payload `{}`).
    pub kind: &'static str,
    /// Frequency.
    pub every: Every,
}

/// Handlers and schedules of the program.
#[derive(Debug, Default)]
pub struct JobRegistry {
    handlers: HashMap<&'static str, JobHandler>,
    schedules: Vec<Schedule>,
}

impl JobRegistry {
    /// Registers a handler.
    pub fn add_handler(&mut self, handler: JobHandler) {
        self.handlers.insert(handler.kind, handler);
    }

    /// Registers a schedule.
    pub fn add_schedule(&mut self, schedule: Schedule) {
        self.schedules.push(schedule);
    }

    /// The handler of a kind.
    pub fn handler(&self, kind: &str) -> Option<&JobHandler> {
        self.handlers.get(kind)
    }

    /// Every schedule.
    pub fn schedules(&self) -> &[Schedule] {
        &self.schedules
    }
}

/// Registers the platform's own jobs (mail delivery, purges).
pub fn register_platform_jobs(registry: &mut JobRegistry) {
    registry.add_handler(crate::mail::SEND_JOB);
    registry.add_handler(PURGE_JOB);
    registry.add_schedule(Schedule {
        name: "socle.purge",
        kind: PURGE_JOB.kind,
        every: Every::DailyAt {
            hour: 3,
            minute: 15,
        },
    });
}

/// Enqueues a job in the caller's transaction; `run_at` defaults to now.
pub async fn enqueue(
    tx: &mut Tx,
    kind: &str,
    payload: serde_json::Value,
    run_at: Option<DateTime<Utc>>,
    max_attempts: u32,
) -> DbResult<i64> {
    let at = now();
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO jobs (kind, payload, status, run_at, attempts, max_attempts, created_at) \
             VALUES ($1, $2, 'pending', $3, 0, $4, $5) RETURNING id",
        )
        .bind(kind)
        .bind(payload.to_string())
        .bind(run_at.unwrap_or(at))
        .bind(i64::from(max_attempts))
        .bind(at),
    )
    .await
}

/// A job as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobRow {
    /// Id.
    pub id: i64,
    /// Kind.
    pub kind: String,
    /// JSON payload.
    pub payload: String,
    /// `pending`, `running`, `done` or `failed`.
    pub status: String,
    /// When it is due.
    pub run_at: DateTime<Utc>,
    /// Attempts so far.
    pub attempts: i64,
    /// Attempts allowed.
    pub max_attempts: i64,
    /// Last error message.
    pub last_error: Option<String>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// End time.
    pub finished_at: Option<DateTime<Utc>>,
}

const JOB_COLUMNS: &str = "id, kind, payload, status, run_at, attempts, max_attempts, last_error, created_at, finished_at";

/// How long a claimed job is reserved to its worker before another may take it.
const LEASE: ChronoDuration = ChronoDuration::minutes(10);

/// Delay before retry number `attempts` (1-based): 30 s doubled each time, at most an hour.
pub fn backoff(attempts: i64) -> ChronoDuration {
    let exponent = u32::try_from(attempts.clamp(1, 12) - 1).unwrap_or(0);
    ChronoDuration::seconds((30_i64 << exponent).min(3600))
}

async fn claim(db: &Db, worker: &str) -> DbResult<Option<JobRow>> {
    let at = now();
    let sql = match db.backend() {
        Backend::Postgres => {
            "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2 \
             WHERE id = (SELECT id FROM jobs WHERE (status = 'pending' AND run_at <= $3) \
             OR (status = 'running' AND locked_until < $3) ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING id, kind, payload, status, run_at, attempts, max_attempts, last_error, created_at, finished_at"
        }
        Backend::Sqlite => {
            "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2 \
             WHERE id = (SELECT id FROM jobs WHERE (status = 'pending' AND run_at <= $3) \
             OR (status = 'running' AND locked_until < $3) ORDER BY run_at, id LIMIT 1) \
             RETURNING id, kind, payload, status, run_at, attempts, max_attempts, last_error, created_at, finished_at"
        }
    };
    let mut tx = db.begin().await?;
    let job = tx
        .fetch_optional(Query::new(sql).bind(worker).bind(at + LEASE).bind(at))
        .await?;
    tx.commit().await?;
    Ok(job)
}

async fn finish(db: &Db, job: &JobRow, outcome: &anyhow::Result<()>) -> DbResult<()> {
    let at = now();
    let query = match outcome {
        Ok(()) => Query::new(
            "UPDATE jobs SET status = 'done', finished_at = $2, locked_by = NULL, locked_until = NULL WHERE id = $1",
        )
        .bind(job.id)
        .bind(at),
        Err(error) if job.attempts >= job.max_attempts => Query::new(
            "UPDATE jobs SET status = 'failed', finished_at = $2, last_error = $3, locked_by = NULL, \
             locked_until = NULL WHERE id = $1",
        )
        .bind(job.id)
        .bind(at)
        .bind(format!("{error:#}")),
        Err(error) => Query::new(
            "UPDATE jobs SET status = 'pending', run_at = $2, last_error = $3, locked_by = NULL, \
             locked_until = NULL WHERE id = $1",
        )
        .bind(job.id)
        .bind(at + backoff(job.attempts))
        .bind(format!("{error:#}")),
    };
    db.execute(query).await?;
    Ok(())
}

/// Claims and runs due jobs until none is left (or `max` have run); returns how many ran.
pub async fn run_due(app: &AppState, worker: &str, max: usize) -> DbResult<usize> {
    let mut ran = 0;
    while ran < max {
        let Some(job) = claim(app.db(), worker).await? else {
            break;
        };
        let payload = serde_json::from_str(&job.payload).unwrap_or(serde_json::Value::Null);
        let started = std::time::Instant::now();
        let outcome = match app.jobs().handler(&job.kind) {
            Some(handler) => (handler.run)(app.clone(), payload).await,
            None => Err(anyhow::anyhow!(
                "aucun traitement n'est enregistré pour les tâches « {} »",
                job.kind
            )),
        };
        let label = if outcome.is_ok() { "ok" } else { "error" };
        metrics::counter!("jobs_total", "kind" => job.kind.clone(), "outcome" => label)
            .increment(1);
        metrics::histogram!("job_duration_seconds", "kind" => job.kind.clone())
            .record(started.elapsed().as_secs_f64());
        if let Err(error) = &outcome {
            tracing::warn!(job = job.id, kind = %job.kind, attempt = job.attempts, error = %format!("{error:#}"), "tâche en échec");
        }
        finish(app.db(), &job, &outcome).await?;
        ran += 1;
    }
    Ok(ran)
}

/// Enqueues the runs of schedules that are due; returns how many were enqueued by this process.
pub async fn tick_schedules(app: &AppState, at: DateTime<Utc>) -> DbResult<usize> {
    let mut enqueued = 0;
    for schedule in app.jobs().schedules() {
        let mut tx = app.db().begin().await?;
        tx.execute(
            Query::new("INSERT INTO job_schedules (name, next_run_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
                .bind(schedule.name)
                .bind(schedule.every.next_after(at)),
        )
        .await?;
        let next: DateTime<Utc> = tx
            .fetch_scalar(
                Query::new("SELECT next_run_at FROM job_schedules WHERE name = $1")
                    .bind(schedule.name),
            )
            .await?;
        if next <= at {
            let won = tx
                .execute(
                    Query::new(
                        "UPDATE job_schedules SET next_run_at = $2, last_run_at = $3 \
                         WHERE name = $1 AND next_run_at = $4",
                    )
                    .bind(schedule.name)
                    .bind(schedule.every.next_after(at))
                    .bind(at)
                    .bind(next),
                )
                .await?;
            if won == 1 {
                let max_attempts = app
                    .jobs()
                    .handler(schedule.kind)
                    .map_or(3, |h| h.max_attempts);
                enqueue(
                    &mut tx,
                    schedule.kind,
                    serde_json::json!({}),
                    Some(at),
                    max_attempts,
                )
                .await?;
                enqueued += 1;
            }
        }
        tx.commit().await?;
    }
    Ok(enqueued)
}

/// Jobs for the administration page, newest first, optionally of one status.
pub async fn list(
    db: &Db,
    status: Option<&str>,
    offset: i64,
    limit: i64,
) -> DbResult<(i64, Vec<JobRow>)> {
    let count = db
        .fetch_scalar(
            Query::new("SELECT COUNT(*) FROM jobs WHERE ($1 IS NULL OR status = $1)").bind(status),
        )
        .await?;
    let rows = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT {JOB_COLUMNS} FROM jobs WHERE ($1 IS NULL OR status = $1) ORDER BY id DESC LIMIT $2 OFFSET $3"
            ))
            .bind(status)
            .bind(limit)
            .bind(offset),
        )
        .await?;
    Ok((count, rows))
}

/// Puts a failed job back in the queue (administration page).
pub async fn retry(tx: &mut Tx, id: i64) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE jobs SET status = 'pending', run_at = $2, attempts = 0, finished_at = NULL \
                 WHERE id = $1 AND status = 'failed'",
            )
            .bind(id)
            .bind(now()),
        )
        .await?;
    Ok(changed == 1)
}

/// Runs the worker loop until `shutdown` is cancelled: ticks schedules and runs due jobs every second.
pub fn spawn_worker(app: AppState, shutdown: CancellationToken) -> tokio::task::JoinHandle<()> {
    let worker = format!(
        "{}-{}",
        std::process::id(),
        crate::auth::random_token().get(..8).unwrap_or("w")
    );
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(1));
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                () = shutdown.cancelled() => break,
                _ = interval.tick() => {
                    if let Err(error) = tick_schedules(&app, now()).await {
                        tracing::warn!(%error, "planification des tâches impossible");
                    }
                    if let Err(error) = run_due(&app, &worker, 50).await {
                        tracing::warn!(%error, "exécution des tâches impossible");
                    }
                }
            }
        }
    })
}

/// The daily purge: what the platform does not need to keep (attempts, expired sessions and tokens, finished
/// jobs after 30 days, sent mails after 90 days — they may hold personal data).
pub const PURGE_JOB: JobHandler = JobHandler {
    kind: "socle.purge",
    max_attempts: 3,
    run: purge,
};

fn purge(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        let at = now();
        let db = app.db();
        db.execute(
            Query::new("DELETE FROM login_attempts WHERE at < $1")
                .bind(at - ChronoDuration::days(1)),
        )
        .await?;
        db.execute(Query::new("DELETE FROM sessions WHERE expires_at < $1").bind(at))
            .await?;
        db.execute(
            Query::new("DELETE FROM user_tokens WHERE expires_at < $1")
                .bind(at - ChronoDuration::days(7)),
        )
        .await?;
        db.execute(
            Query::new("DELETE FROM jobs WHERE status = 'done' AND finished_at < $1")
                .bind(at - ChronoDuration::days(30)),
        )
        .await?;
        db.execute(
            Query::new("DELETE FROM outbox WHERE status = 'sent' AND sent_at < $1")
                .bind(at - ChronoDuration::days(90)),
        )
        .await?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), ChronoDuration::seconds(30));
        assert_eq!(backoff(2), ChronoDuration::seconds(60));
        assert_eq!(backoff(3), ChronoDuration::seconds(120));
        assert_eq!(backoff(20), ChronoDuration::seconds(3600));
    }

    #[test]
    fn daily_schedules_follow_paris_time_across_the_summer_change() {
        let every = Every::DailyAt {
            hour: 3,
            minute: 15,
        };
        // Winter: Paris is UTC+1.
        let winter = Utc.with_ymd_and_hms(2026, 1, 10, 12, 0, 0).unwrap();
        assert_eq!(
            every.next_after(winter),
            Utc.with_ymd_and_hms(2026, 1, 11, 2, 15, 0).unwrap()
        );
        // Summer: UTC+2.
        let summer = Utc.with_ymd_and_hms(2026, 7, 10, 0, 0, 0).unwrap();
        assert_eq!(
            every.next_after(summer),
            Utc.with_ymd_and_hms(2026, 7, 10, 1, 15, 0).unwrap()
        );
    }

    #[test]
    fn a_run_is_always_strictly_after_the_given_instant() {
        let every = Every::DailyAt {
            hour: 3,
            minute: 15,
        };
        let exactly = Utc.with_ymd_and_hms(2026, 1, 11, 2, 15, 0).unwrap();
        assert!(every.next_after(exactly) > exactly);
        let interval = Every::Interval(Duration::from_secs(60));
        assert_eq!(
            interval.next_after(exactly),
            exactly + ChronoDuration::minutes(1)
        );
    }
}
