//! Subscriptions to level changes (double opt-in, one-click unsubscribe).

use chrono::{DateTime, Utc};
use socle::db::{Query, Tx, now};

use super::{Conn, StoreResult};

/// A confirmed subscription.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Abonnement {
    /// Id.
    pub id: i64,
    /// Address.
    pub email: String,
    /// Profile code.
    pub profil: String,
    /// Water types, comma-separated.
    pub types_eau: String,
    /// Places (JSON).
    pub lieux: String,
    /// Last situation mailed (JSON).
    pub situation: String,
    /// Unsubscribe token.
    pub jeton_desabonnement: String,
}

/// A subscription to create.
#[derive(Debug, Clone)]
pub struct NouvelAbonnement<'a> {
    /// Address (normalised).
    pub email: &'a str,
    /// Profile code.
    pub profil: &'a str,
    /// Water types, sorted and comma-separated.
    pub types_eau: &'a str,
    /// Places (JSON).
    pub lieux: &'a str,
    /// Situation at creation (JSON).
    pub situation: &'a str,
    /// SHA-256 of the confirmation token.
    pub jeton_confirmation: &'a str,
    /// Unsubscribe token.
    pub jeton_desabonnement: &'a str,
}

/// Stores an unconfirmed subscription; returns its id.
pub async fn create(tx: &mut Tx, abonnement: &NouvelAbonnement<'_>) -> StoreResult<i64> {
    Ok(tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO secheresse_abonnements (email, profil, types_eau, lieux, situation, jeton_confirmation, \
                 jeton_desabonnement, confirmed_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8) \
                 RETURNING id",
            )
            .bind(abonnement.email)
            .bind(abonnement.profil)
            .bind(abonnement.types_eau)
            .bind(abonnement.lieux)
            .bind(abonnement.situation)
            .bind(abonnement.jeton_confirmation)
            .bind(abonnement.jeton_desabonnement)
            .bind(now()),
        )
        .await?)
}

/// Unconfirmed subscriptions of an address created since an instant (to refuse mail bombing).
pub async fn pending_since(
    conn: &mut impl Conn,
    email: &str,
    since: DateTime<Utc>,
) -> StoreResult<i64> {
    let row: Option<(i64,)> = conn
        .fetch_optional(
            Query::new(
                "SELECT COUNT(*) FROM secheresse_abonnements WHERE email = $1 AND confirmed_at IS NULL \
                 AND created_at >= $2",
            )
            .bind(email)
            .bind(since),
        )
        .await?;
    Ok(row.map_or(0, |(count,)| count))
}

/// Confirms the subscription of a token hash created after `not_before`; returns its id.
pub async fn confirm(
    tx: &mut Tx,
    token_hash: &str,
    not_before: DateTime<Utc>,
) -> StoreResult<Option<i64>> {
    let row: Option<(i64,)> = tx
        .fetch_optional(
            Query::new(
                "UPDATE secheresse_abonnements SET confirmed_at = $3, jeton_confirmation = NULL \
                 WHERE jeton_confirmation = $1 AND created_at >= $2 RETURNING id",
            )
            .bind(token_hash)
            .bind(not_before)
            .bind(now()),
        )
        .await?;
    Ok(row.map(|(id,)| id))
}

/// Deletes the subscription of an unsubscribe token; returns its id when there was one.
pub async fn delete_by_token(tx: &mut Tx, token: &str) -> StoreResult<Option<i64>> {
    let row: Option<(i64,)> = tx
        .fetch_optional(
            Query::new(
                "DELETE FROM secheresse_abonnements WHERE jeton_desabonnement = $1 RETURNING id",
            )
            .bind(token),
        )
        .await?;
    Ok(row.map(|(id,)| id))
}

/// Confirmed subscriptions after an id, a page at a time (the notification job walks them).
pub async fn confirmed_after(
    conn: &mut impl Conn,
    after_id: i64,
    limit: i64,
) -> StoreResult<Vec<Abonnement>> {
    Ok(conn
        .fetch_all(
            Query::new(
                "SELECT id, email, profil, types_eau, lieux, situation, jeton_desabonnement \
                 FROM secheresse_abonnements WHERE confirmed_at IS NOT NULL AND id > $1 ORDER BY id LIMIT $2",
            )
            .bind(after_id)
            .bind(limit),
        )
        .await?)
}

/// Replaces the stored situation of a subscription.
pub async fn set_situation(tx: &mut Tx, id: i64, situation: &str) -> StoreResult<()> {
    tx.execute(
        Query::new("UPDATE secheresse_abonnements SET situation = $2 WHERE id = $1")
            .bind(id)
            .bind(situation),
    )
    .await?;
    Ok(())
}

/// Deletes unconfirmed subscriptions created before an instant; returns how many.
pub async fn purge_unconfirmed(tx: &mut Tx, before: DateTime<Utc>) -> StoreResult<u64> {
    Ok(tx
        .execute(
            Query::new(
                "DELETE FROM secheresse_abonnements WHERE confirmed_at IS NULL AND created_at < $1",
            )
            .bind(before),
        )
        .await?)
}
