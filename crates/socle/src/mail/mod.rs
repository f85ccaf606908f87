//! Outgoing mail: an outbox table written in the transaction of the change, delivered by a job.
//!
//! With `FABRIQUE_SMTP_URL` set, the `mail.send` job delivers through SMTP (lettre, TLS) and retries on
//! failure; without it the mail stays in the outbox with the status `kept`, readable by administrators in
//! `/admin/courriels` — which is how a demo or a test reads the confirmation link.

use chrono::{DateTime, Utc};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport as _, Message, Tokio1Executor};

use crate::app::AppState;
use crate::db::{Db, DbResult, Query, Tx, now};
use crate::jobs::{JobFuture, JobHandler, enqueue};

/// A mail to send.
#[derive(Debug, Clone)]
pub struct Mail {
    /// Recipient address.
    pub to: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body (always present: some readers show only this part).
    pub text: String,
    /// Optional HTML body.
    pub html: Option<String>,
}

/// A mail as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxMail {
    /// Id.
    pub id: i64,
    /// Recipient.
    pub recipient: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub body_text: String,
    /// HTML body.
    pub body_html: Option<String>,
    /// `pending`, `sent`, `kept` (no SMTP) or `failed`.
    pub status: String,
    /// Delivery attempts.
    pub attempts: i64,
    /// Last delivery error.
    pub last_error: Option<String>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Delivery time.
    pub sent_at: Option<DateTime<Utc>>,
}

const OUTBOX_COLUMNS: &str = "id, recipient, subject, body_text, body_html, status, attempts, last_error, created_at, sent_at";

/// The delivery job.
pub const SEND_JOB: JobHandler = JobHandler {
    kind: "mail.send",
    max_attempts: 8,
    run: send_job,
};

/// Puts a mail in the outbox, in the caller's transaction, and schedules its delivery when SMTP is configured.
pub async fn queue(tx: &mut Tx, app: &AppState, mail: &Mail) -> DbResult<i64> {
    let smtp = app.config().smtp_url.is_some();
    let id: i64 = tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO outbox (recipient, subject, body_text, body_html, status, attempts, created_at) \
                 VALUES ($1, $2, $3, $4, $5, 0, $6) RETURNING id",
            )
            .bind(&mail.to)
            .bind(&mail.subject)
            .bind(&mail.text)
            .bind(mail.html.clone())
            .bind(if smtp { "pending" } else { "kept" })
            .bind(now()),
        )
        .await?;
    if smtp {
        enqueue(
            tx,
            SEND_JOB.kind,
            serde_json::json!({ "id": id }),
            None,
            SEND_JOB.max_attempts,
        )
        .await?;
    }
    Ok(id)
}

fn send_job(app: AppState, payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        let id = payload
            .get("id")
            .and_then(serde_json::Value::as_i64)
            .ok_or_else(|| anyhow::anyhow!("id absent"))?;
        let Some(mail) = find(app.db(), id).await? else {
            return Ok(());
        };
        if mail.status == "sent" {
            return Ok(());
        }
        let url = app
            .config()
            .smtp_url
            .clone()
            .ok_or_else(|| anyhow::anyhow!("SMTP non configuré"))?;
        let result = deliver(&url, &app.config().mail_from, &mail).await;
        let at = now();
        match &result {
            Ok(()) => {
                app.db()
                    .execute(
                        Query::new(
                            "UPDATE outbox SET status = 'sent', sent_at = $2, attempts = attempts + 1 WHERE id = $1",
                        )
                        .bind(id)
                        .bind(at),
                    )
                    .await?;
            }
            Err(error) => {
                app.db()
                    .execute(
                        Query::new(
                            "UPDATE outbox SET status = 'failed', last_error = $2, attempts = attempts + 1 WHERE id = $1",
                        )
                        .bind(id)
                        .bind(format!("{error:#}")),
                    )
                    .await?;
            }
        }
        result
    })
}

async fn deliver(url: &str, from: &str, mail: &OutboxMail) -> anyhow::Result<()> {
    let from: Mailbox = from.parse()?;
    let to: Mailbox = mail.recipient.parse()?;
    let builder = Message::builder().from(from).to(to).subject(&mail.subject);
    let message = match &mail.body_html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            mail.body_text.clone(),
            html.clone(),
        ))?,
        None => builder.body(mail.body_text.clone())?,
    };
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build();
    transport.send(message).await?;
    Ok(())
}

/// One mail of the outbox.
pub async fn find(db: &Db, id: i64) -> DbResult<Option<OutboxMail>> {
    db.fetch_optional(
        Query::assembled(format!("SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id = $1")).bind(id),
    )
    .await
}

/// The outbox, newest first, a page at a time.
pub async fn list(db: &Db, offset: i64, limit: i64) -> DbResult<(i64, Vec<OutboxMail>)> {
    let count = db
        .fetch_scalar(Query::new("SELECT COUNT(*) FROM outbox"))
        .await?;
    let mails = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT {OUTBOX_COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1 OFFSET $2"
            ))
            .bind(limit)
            .bind(offset),
        )
        .await?;
    Ok((count, mails))
}

/// The latest mail sent to an address (tests and the demo read confirmation links this way).
pub async fn latest_to(db: &Db, recipient: &str) -> DbResult<Option<OutboxMail>> {
    db.fetch_optional(
        Query::assembled(format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1"
        ))
        .bind(recipient),
    )
    .await
}
