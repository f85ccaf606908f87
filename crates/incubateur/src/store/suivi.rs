//! After selection: the sponsor's commitment, the missions on a startup, its committees and their alerts.

use chrono::{DateTime, NaiveDate, Utc};
use socle::db::{DbResult, Query, Tx, now};

use super::Conn;
use crate::domain::comite::EngagementSponsor;
use crate::domain::ids::OrganisationId;
use crate::domain::membre::RoleStartup;

/// The stored commitment of a laureate's sponsor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngagementStocke {
    /// The gate's conditions.
    pub engagement: EngagementSponsor,
    /// The startup created once the gate opened.
    pub startup_id: Option<String>,
}

/// The commitment recorded for a submission.
pub async fn engagement(
    conn: &mut impl Conn,
    candidature_id: i64,
) -> DbResult<Option<EngagementStocke>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        fiche_signee: bool,
        sponsor: Option<String>,
        jours_liberes: i64,
        ligne_budgetaire: bool,
        startup_id: Option<String>,
    }
    let row: Option<Row> = conn
        .optional(
            Query::new(
                "SELECT fiche_signee, sponsor, jours_liberes, ligne_budgetaire, startup_id FROM incubateur_engagements \
                 WHERE candidature_id = $1",
            )
            .bind(candidature_id),
        )
        .await?;
    Ok(row.map(|row| EngagementStocke {
        engagement: EngagementSponsor {
            fiche_signee: row.fiche_signee,
            sponsor: row
                .sponsor
                .as_deref()
                .and_then(|sponsor| OrganisationId::parse(sponsor).ok()),
            jours_liberes: u8::try_from(row.jours_liberes).unwrap_or(u8::MAX),
            ligne_budgetaire_envisagee: row.ligne_budgetaire,
        },
        startup_id: row.startup_id,
    }))
}

/// Records (or replaces) the commitment of a submission.
pub async fn upsert_engagement(
    tx: &mut Tx,
    candidature_id: i64,
    engagement: &EngagementSponsor,
    startup_id: Option<&str>,
) -> DbResult<()> {
    tx.execute(
        Query::new(
            "INSERT INTO incubateur_engagements (candidature_id, fiche_signee, sponsor, jours_liberes, \
             ligne_budgetaire, startup_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (candidature_id) DO UPDATE SET fiche_signee = $2, sponsor = $3, jours_liberes = $4, \
             ligne_budgetaire = $5, startup_id = COALESCE($6, incubateur_engagements.startup_id), updated_at = $7",
        )
        .bind(candidature_id)
        .bind(engagement.fiche_signee)
        .bind(engagement.sponsor.as_ref().map(ToString::to_string))
        .bind(i64::from(engagement.jours_liberes))
        .bind(engagement.ligne_budgetaire_envisagee)
        .bind(startup_id)
        .bind(now()),
    )
    .await?;
    Ok(())
}

/// The startups created from the submissions of a call, by submission id.
pub async fn startups_of_call(conn: &mut impl Conn, appel_id: i64) -> DbResult<Vec<(i64, String)>> {
    conn.all(
        Query::new(
            "SELECT e.candidature_id, e.startup_id FROM incubateur_engagements e \
             JOIN incubateur_candidatures c ON c.id = e.candidature_id \
             WHERE c.appel_id = $1 AND e.startup_id IS NOT NULL ORDER BY e.candidature_id",
        )
        .bind(appel_id),
    )
    .await
}

/// The code of a role on a startup.
pub fn role_startup_code(role: RoleStartup) -> &'static str {
    match role {
        RoleStartup::Intrapreneur => "intrapreneur",
        RoleStartup::Coach => "coach",
        RoleStartup::Equipe => "equipe",
    }
}

/// The French label of a role on a startup.
pub fn role_startup_label(code: &str) -> &'static str {
    match code {
        "intrapreneur" => "Intrapreneur",
        "coach" => "Coach",
        _ => "Équipe",
    }
}

/// A mission on a startup.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MissionStockee {
    /// Id.
    pub id: i64,
    /// `intrapreneur`, `coach` or `equipe`.
    pub role: String,
    /// Account, when the member has one.
    pub user_id: Option<i64>,
    /// What the mission is (a role, never a personal detail).
    pub libelle: String,
    /// First day.
    pub debut: NaiveDate,
    /// Last day.
    pub fin: Option<NaiveDate>,
    /// `a_valider` or `validee`.
    pub statut: String,
}

/// Creates a mission; returns its id.
pub async fn insert_mission(
    tx: &mut Tx,
    startup_id: &str,
    role: RoleStartup,
    user_id: Option<i64>,
    libelle: &str,
    debut: NaiveDate,
    statut: &str,
) -> DbResult<i64> {
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO incubateur_missions (startup_id, role, user_id, libelle, debut, statut, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(startup_id)
        .bind(role_startup_code(role))
        .bind(user_id)
        .bind(libelle)
        .bind(debut)
        .bind(statut)
        .bind(now()),
    )
    .await
}

/// The missions of a startup, oldest first.
pub async fn missions(conn: &mut impl Conn, startup_id: &str) -> DbResult<Vec<MissionStockee>> {
    conn.all(
        Query::new(
            "SELECT id, role, user_id, libelle, debut, fin, statut FROM incubateur_missions WHERE startup_id = $1 \
             ORDER BY debut, id",
        )
        .bind(startup_id),
    )
    .await
}

/// A stored committee.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ComiteStocke {
    /// Id.
    pub id: i64,
    /// Startup.
    pub startup_id: String,
    /// Date.
    pub date: NaiveDate,
    /// Decision code.
    pub decision: String,
    /// Months of a provisional extension.
    pub mois: Option<i64>,
    /// Target phase of a phase change.
    pub vers_phase: Option<String>,
    /// Reason.
    pub motif: String,
    /// Confirmed budget line, euros.
    pub budget_confirme: Option<i64>,
    /// Runway end.
    pub fin_financement: Option<NaiveDate>,
    /// Next committee due.
    pub prochain_comite: Option<NaiveDate>,
    /// Impact-matrix level.
    pub niveau_impact: Option<String>,
    /// North Star value.
    pub north_star: Option<f64>,
    /// Recording time.
    pub created_at: DateTime<Utc>,
}

const COMITE_COLUMNS: &str = "id, startup_id, date, decision, mois, vers_phase, motif, budget_confirme, fin_financement, \
                              prochain_comite, niveau_impact, north_star, created_at";

/// Records a committee; returns its id.
pub async fn insert_comite(
    tx: &mut Tx,
    comite: &ComiteStocke,
    user_id: Option<i64>,
) -> DbResult<i64> {
    tx.fetch_scalar(
        Query::new(
            "INSERT INTO incubateur_comites (startup_id, date, decision, mois, vers_phase, motif, budget_confirme, \
             fin_financement, prochain_comite, niveau_impact, north_star, user_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(comite.startup_id.as_str())
        .bind(comite.date)
        .bind(comite.decision.as_str())
        .bind(comite.mois)
        .bind(comite.vers_phase.clone())
        .bind(comite.motif.as_str())
        .bind(comite.budget_confirme)
        .bind(comite.fin_financement)
        .bind(comite.prochain_comite)
        .bind(comite.niveau_impact.clone())
        .bind(comite.north_star)
        .bind(user_id)
        .bind(now()),
    )
    .await
}

/// The committees of a startup, newest first.
pub async fn comites(conn: &mut impl Conn, startup_id: &str) -> DbResult<Vec<ComiteStocke>> {
    conn.all(
        Query::assembled(format!(
            "SELECT {COMITE_COLUMNS} FROM incubateur_comites WHERE startup_id = $1 ORDER BY date DESC, id DESC"
        ))
        .bind(startup_id),
    )
    .await
}

/// The latest committee of every startup that has one.
pub async fn derniers_comites(conn: &mut impl Conn) -> DbResult<Vec<ComiteStocke>> {
    conn.all(Query::assembled(format!(
        "SELECT {COMITE_COLUMNS} FROM incubateur_comites c WHERE c.id = (SELECT c2.id FROM incubateur_comites c2 \
         WHERE c2.startup_id = c.startup_id ORDER BY c2.date DESC, c2.id DESC LIMIT 1) ORDER BY c.startup_id"
    )))
    .await
}

/// Records that the alert `jours` days before the runway end was sent; false when it already was.
pub async fn mark_alerte(tx: &mut Tx, comite_id: i64, jours: i64) -> DbResult<bool> {
    let changed = tx
        .execute(
            Query::new(
                "INSERT INTO incubateur_alertes_comites (comite_id, jours, envoyee_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (comite_id, jours) DO NOTHING",
            )
            .bind(comite_id)
            .bind(jours)
            .bind(now()),
        )
        .await?;
    Ok(changed == 1)
}
