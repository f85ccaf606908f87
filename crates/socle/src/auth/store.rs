//! SQL of accounts, roles, tokens and sign-in attempts.

use chrono::{DateTime, Duration, Utc};

use super::{RoleGrant, random_token, token_hash};
use crate::db::{Db, DbError, DbResult, Query, Tx, now};

/// An account as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    /// Id.
    pub id: i64,
    /// E-mail, lower-cased.
    pub email: String,
    /// Name shown in pages.
    pub display_name: String,
    /// argon2id PHC string.
    pub password_hash: String,
    /// Platform administrator.
    pub is_admin: bool,
    /// When the address was confirmed.
    pub email_confirmed_at: Option<DateTime<Utc>>,
    /// When the account was disabled.
    pub disabled_at: Option<DateTime<Utc>>,
    /// Changes with the password; a session remembers the stamp it was opened with.
    pub auth_stamp: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last successful sign-in.
    pub last_login_at: Option<DateTime<Utc>>,
}

const USER_COLUMNS: &str = "id, email, display_name, password_hash, is_admin, email_confirmed_at, disabled_at, \
                            auth_stamp, created_at, last_login_at";

/// Purpose of a single-use token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Confirms the e-mail address of a new account (valid 48 hours).
    ConfirmEmail,
    /// Resets a forgotten password (valid 1 hour).
    ResetPassword,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::ConfirmEmail => "confirm_email",
            Self::ResetPassword => "reset_password",
        }
    }

    /// How long a token stays valid.
    pub fn lifetime(self) -> Duration {
        match self {
            Self::ConfirmEmail => Duration::hours(48),
            Self::ResetPassword => Duration::hours(1),
        }
    }
}

/// Creates an account; `Err(DbError::Constraint)` names `users.email` when the address is taken.
pub async fn create_user(
    tx: &mut Tx,
    email: &str,
    display_name: &str,
    password_hash: &str,
    is_admin: bool,
    confirmed: bool,
) -> DbResult<i64> {
    let at = now();
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO users (email, display_name, password_hash, is_admin, email_confirmed_at, auth_stamp, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(email)
        .bind(display_name)
        .bind(password_hash)
        .bind(is_admin)
        .bind(confirmed.then_some(at))
        .bind(random_token())
        .bind(at),
    )
    .await
}

/// The account with this e-mail (lower-cased by the caller).
pub async fn find_by_email(db: &Db, email: &str) -> DbResult<Option<User>> {
    db.fetch_optional(
        Query::assembled(format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1")).bind(email),
    )
    .await
}

/// The account with this id.
pub async fn find(db: &Db, id: i64) -> DbResult<Option<User>> {
    db.fetch_optional(
        Query::assembled(format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1")).bind(id),
    )
    .await
}

/// Accounts, newest first, a page at a time.
pub async fn list(db: &Db, offset: i64, limit: i64) -> DbResult<(i64, Vec<User>)> {
    let count = db
        .fetch_scalar(Query::new("SELECT COUNT(*) FROM users"))
        .await?;
    let users = db
        .fetch_all(
            Query::assembled(format!(
                "SELECT {USER_COLUMNS} FROM users ORDER BY id DESC LIMIT $1 OFFSET $2"
            ))
            .bind(limit)
            .bind(offset),
        )
        .await?;
    Ok((count, users))
}

/// The roles of an account.
pub async fn roles(db: &Db, user_id: i64) -> DbResult<Vec<RoleGrant>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        module: String,
        role: String,
        organisation: String,
    }
    let rows: Vec<Row> = db
        .fetch_all(
            Query::new(
                "SELECT module, role, organisation FROM user_roles WHERE user_id = $1 \
                 ORDER BY module, role, organisation",
            )
            .bind(user_id),
        )
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| RoleGrant {
            module: row.module,
            role: row.role,
            organisation: (!row.organisation.is_empty()).then_some(row.organisation),
        })
        .collect())
}

/// Grants a role (idempotent).
pub async fn grant_role(
    tx: &mut Tx,
    user_id: i64,
    grant: &RoleGrant,
    granted_by: Option<i64>,
) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO user_roles (user_id, module, role, organisation, granted_by, granted_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (user_id, module, role, organisation) DO NOTHING",
        )
        .bind(user_id)
        .bind(&grant.module)
        .bind(&grant.role)
        .bind(grant.organisation.clone().unwrap_or_default())
        .bind(granted_by)
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// Revokes a role; returns whether it was held.
pub async fn revoke_role(tx: &mut Tx, user_id: i64, grant: &RoleGrant) -> DbResult<bool> {
    let removed = tx
        .execute(
            Query::new(
                "DELETE FROM user_roles WHERE user_id = $1 AND module = $2 AND role = $3 AND organisation = $4",
            )
            .bind(user_id)
            .bind(&grant.module)
            .bind(&grant.role)
            .bind(grant.organisation.clone().unwrap_or_default()),
        )
        .await?;
    Ok(removed > 0)
}

/// Sets the admin flag.
pub async fn set_admin(tx: &mut Tx, user_id: i64, is_admin: bool) -> DbResult<()> {
    tx.execute(
        Query::new("UPDATE users SET is_admin = $2 WHERE id = $1")
            .bind(user_id)
            .bind(is_admin),
    )
    .await?;
    Ok(())
}

/// Replaces the password and the auth stamp, which closes every other session of the account.
pub async fn set_password(tx: &mut Tx, user_id: i64, password_hash: &str) -> DbResult<()> {
    tx.execute(
        Query::new("UPDATE users SET password_hash = $2, auth_stamp = $3 WHERE id = $1")
            .bind(user_id)
            .bind(password_hash)
            .bind(random_token()),
    )
    .await?;
    Ok(())
}

/// Marks the e-mail as confirmed.
pub async fn confirm_email(tx: &mut Tx, user_id: i64) -> DbResult<()> {
    tx.execute(
        Query::new(
            "UPDATE users SET email_confirmed_at = $2 WHERE id = $1 AND email_confirmed_at IS NULL",
        )
        .bind(user_id)
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// Records a successful sign-in.
pub async fn touch_login(db: &Db, user_id: i64) -> DbResult<()> {
    db.execute(
        Query::new("UPDATE users SET last_login_at = $2 WHERE id = $1")
            .bind(user_id)
            .bind(now()),
    )
    .await?;
    Ok(())
}

/// Creates a single-use token and returns it in clear (to put in a mail); only its hash is stored.
pub async fn create_token(tx: &mut Tx, user_id: i64, purpose: TokenPurpose) -> DbResult<String> {
    let token = random_token();
    let at = now();
    tx.execute(
        Query::new(
            "INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user_id)
        .bind(purpose.as_str())
        .bind(token_hash(&token))
        .bind(at + purpose.lifetime())
        .bind(at),
    )
    .await?;
    Ok(token)
}

/// Consumes a token: returns its account when it exists, has this purpose, is unused and unexpired, and marks
/// it used in the same statement so that two concurrent uses cannot both succeed.
pub async fn consume_token(
    tx: &mut Tx,
    purpose: TokenPurpose,
    token: &str,
) -> DbResult<Option<i64>> {
    let at = now();
    tx.fetch_optional::<(i64,)>(
        Query::new(
            "UPDATE user_tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL \
             AND expires_at > $1 RETURNING user_id",
        )
        .bind(at)
        .bind(token_hash(token))
        .bind(purpose.as_str()),
    )
    .await
    .map(|row| row.map(|(id,)| id))
}

/// Whether a token is currently valid, without consuming it (to show the reset form).
pub async fn token_is_valid(db: &Db, purpose: TokenPurpose, token: &str) -> DbResult<bool> {
    let count: i64 = db
        .fetch_scalar(
            Query::new(
                "SELECT COUNT(*) FROM user_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL \
                 AND expires_at > $3",
            )
            .bind(token_hash(token))
            .bind(purpose.as_str())
            .bind(now()),
        )
        .await?;
    Ok(count > 0)
}

/// Failed attempts allowed per account in [`THROTTLE_WINDOW_MINUTES`].
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed attempts allowed per IP in [`THROTTLE_WINDOW_MINUTES`] (an office behind one NAT shares an IP).
pub const MAX_FAILURES_PER_IP: i64 = 30;
/// Length of the throttling window.
pub const THROTTLE_WINDOW_MINUTES: i64 = 15;

/// Records a sign-in attempt.
pub async fn record_attempt(db: &Db, email: &str, ip: &str, succeeded: bool) -> DbResult<()> {
    db.execute(
        Query::new("INSERT INTO login_attempts (email, ip, succeeded, at) VALUES ($1, $2, $3, $4)")
            .bind(email)
            .bind(ip)
            .bind(succeeded)
            .bind(now()),
    )
    .await?;
    Ok(())
}

/// Whether sign-in is blocked for this account or IP: too many failures in the window.
pub async fn is_throttled(db: &Db, email: &str, ip: &str) -> DbResult<bool> {
    let since = now() - Duration::minutes(THROTTLE_WINDOW_MINUTES);
    let by_account: i64 = db
        .fetch_scalar(
            Query::new("SELECT COUNT(*) FROM login_attempts WHERE email = $1 AND at > $2 AND succeeded = FALSE")
                .bind(email)
                .bind(since),
        )
        .await?;
    let by_ip: i64 = db
        .fetch_scalar(
            Query::new("SELECT COUNT(*) FROM login_attempts WHERE ip = $1 AND at > $2 AND succeeded = FALSE")
                .bind(ip)
                .bind(since),
        )
        .await?;
    Ok(by_account >= MAX_FAILURES_PER_ACCOUNT || by_ip >= MAX_FAILURES_PER_IP)
}

/// An API token as listed to its owner.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiToken {
    /// Id.
    pub id: i64,
    /// Name given by the owner.
    pub name: String,
    /// First characters, to recognise it.
    pub prefix: String,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Last use.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// Prefix of every API token, so that secret scanners recognise a leaked one.
pub const API_TOKEN_PREFIX: &str = "fab_";

/// Creates an API token and returns it in clear, once.
pub async fn create_api_token(tx: &mut Tx, user_id: i64, name: &str) -> DbResult<String> {
    let token = format!("{API_TOKEN_PREFIX}{}", random_token());
    tx.execute(
        Query::new(
            "INSERT INTO api_tokens (user_id, name, prefix, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user_id)
        .bind(name)
        .bind(token.chars().take(10).collect::<String>())
        .bind(token_hash(&token))
        .bind(now()),
    )
    .await?;
    Ok(token)
}

/// The live API tokens of an account.
pub async fn list_api_tokens(db: &Db, user_id: i64) -> DbResult<Vec<ApiToken>> {
    db.fetch_all(
        Query::new(
            "SELECT id, name, prefix, created_at, last_used_at FROM api_tokens \
             WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id DESC",
        )
        .bind(user_id),
    )
    .await
}

/// Revokes one of the account's tokens; returns whether it existed.
pub async fn revoke_api_token(tx: &mut Tx, user_id: i64, token_id: i64) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
            )
            .bind(token_id)
            .bind(user_id)
            .bind(now()),
        )
        .await?;
    Ok(changed > 0)
}

/// The account owning a live API token.
pub async fn user_of_api_token(db: &Db, token: &str) -> DbResult<Option<(i64, i64)>> {
    let row: Option<(i64, i64)> = db
        .fetch_optional(
            Query::new(
                "SELECT id, user_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
            )
            .bind(token_hash(token)),
        )
        .await?;
    if let Some((token_id, _)) = row {
        // Best effort: a failed timestamp update must not refuse the request.
        let _ = db
            .execute(
                Query::new("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                    .bind(token_id)
                    .bind(now()),
            )
            .await;
    }
    Ok(row)
}

/// Whether an error is the unique index on the e-mail.
pub fn is_email_taken(error: &DbError) -> bool {
    error.is_constraint("email")
}
