//! Administration pages of the platform: accounts and roles, background jobs, mail outbox, audit journal.
//! Every page requires a platform administrator.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use tower_sessions::Session;

use crate::app::AppState;
use crate::audit;
use crate::auth::{AdminUser, RoleDef, RoleGrant, store};
use crate::jobs;
use crate::mail;
use crate::web::error::{AppError, AppResult};
use crate::web::layout::{FlashKind, PageContext, set_flash};
use crate::web::pager::Pager;
use crate::web::pages::render;

/// Routes of the administration.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(dashboard))
        .route("/admin/utilisateurs", get(users))
        .route("/admin/utilisateurs/{id}/roles", post(change_role))
        .route("/admin/taches", get(jobs_page))
        .route("/admin/taches/{id}/relancer", post(retry_job))
        .route("/admin/courriels", get(outbox))
        .route("/admin/courriels/{id}", get(outbox_mail))
        .route("/admin/journal", get(journal))
}

/// Rows per page of the administration lists.
const PER_PAGE: i64 = 50;

#[derive(Debug, Deserialize)]
struct PageQuery {
    page: Option<i64>,
    statut: Option<String>,
}

impl PageQuery {
    fn page(&self) -> i64 {
        self.page.unwrap_or(1).max(1)
    }

    fn offset(&self) -> i64 {
        (self.page() - 1) * PER_PAGE
    }
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    ctx: PageContext,
    users: i64,
    failed_jobs: i64,
    pending_jobs: i64,
    mails: i64,
    audit_entries: i64,
    territoires: String,
}

async fn dashboard(
    State(app): State<AppState>,
    ctx: PageContext,
    _admin: AdminUser,
) -> AppResult<Response> {
    let (users, _) = store::list(app.db(), 0, 0).await?;
    let (failed_jobs, _) = jobs::list(app.db(), Some("failed"), 0, 0).await?;
    let (pending_jobs, _) = jobs::list(app.db(), Some("pending"), 0, 0).await?;
    let (mails, _) = mail::list(app.db(), 0, 0).await?;
    let (audit_entries, _) = audit::latest(app.db(), None, 0, 0).await?;
    let territoires = crate::territoires::summary_of(&app.territoires());
    render(&DashboardPage {
        ctx,
        users,
        failed_jobs,
        pending_jobs,
        mails,
        audit_entries,
        territoires,
    })
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    ctx: PageContext,
    users: Vec<(store::User, Vec<RoleGrant>)>,
    roles: Vec<RoleDef>,
    pager: Pager,
}

async fn users(
    State(app): State<AppState>,
    ctx: PageContext,
    _admin: AdminUser,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let (count, list) = store::list(app.db(), query.offset(), PER_PAGE).await?;
    let mut users = Vec::with_capacity(list.len());
    for user in list {
        let roles = store::roles(app.db(), user.id).await?;
        users.push((user, roles));
    }
    let roles = app
        .modules()
        .iter()
        .flat_map(|m| m.roles().iter().copied())
        .collect();
    render(&UsersPage {
        ctx,
        users,
        roles,
        pager: Pager::new(query.page(), count, PER_PAGE),
    })
}

#[derive(Debug, Deserialize)]
struct RoleInput {
    /// `module:role`, or `admin` for the platform flag.
    role: String,
    #[serde(default)]
    organisation: String,
    /// `accorder` or `retirer`.
    action: String,
}

async fn change_role(
    State(app): State<AppState>,
    session: Session,
    AdminUser(admin): AdminUser,
    Path(user_id): Path<i64>,
    Form(input): Form<RoleInput>,
) -> AppResult<Response> {
    let target = store::find(app.db(), user_id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let grant = input.action == "accorder";
    if !grant && input.action != "retirer" {
        return Err(AppError::invalid_field(
            "action",
            "valeurs possibles : accorder, retirer",
        ));
    }
    let mut tx = app.db().begin().await?;
    let summary = if input.role == "admin" {
        if !grant && target.id == admin.id {
            return Err(AppError::Conflict(
                "vous ne pouvez pas retirer votre propre rôle d'administrateur".into(),
            ));
        }
        store::set_admin(&mut tx, target.id, grant).await?;
        format!(
            "{} le rôle d'administrateur à {}",
            if grant { "Attribution" } else { "Retrait" },
            target.email
        )
    } else {
        let (module, role) = input
            .role
            .split_once(':')
            .ok_or_else(|| AppError::invalid_field("role", "rôle inconnu"))?;
        let definition = app
            .modules()
            .iter()
            .flat_map(|m| m.roles().iter())
            .find(|def| def.module == module && def.role == role)
            .ok_or_else(|| {
                AppError::invalid_field("role", format!("rôle inconnu : {}", input.role))
            })?;
        let organisation = input.organisation.trim();
        if definition.scoped && organisation.is_empty() && grant {
            return Err(AppError::invalid_field(
                "organisation",
                "ce rôle s'attribue pour une organisation précise",
            ));
        }
        let role_grant = RoleGrant {
            module: module.to_owned(),
            role: role.to_owned(),
            organisation: (!organisation.is_empty()).then(|| organisation.to_owned()),
        };
        if grant {
            store::grant_role(&mut tx, target.id, &role_grant, Some(admin.id)).await?;
        } else {
            store::revoke_role(&mut tx, target.id, &role_grant).await?;
        }
        format!(
            "{} du rôle {} ({}){} à {}",
            if grant { "Attribution" } else { "Retrait" },
            definition.label,
            module,
            role_grant
                .organisation
                .as_deref()
                .map(|o| format!(" pour {o}"))
                .unwrap_or_default(),
            target.email
        )
    };
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &admin.actor(),
            module: "socle",
            action: if grant { "grant_role" } else { "revoke_role" },
            target: &format!("user:{}", target.id),
            summary: &summary,
            details: serde_json::json!({ "role": input.role, "organisation": input.organisation }),
        },
    )
    .await?;
    tx.commit().await?;
    set_flash(&session, FlashKind::Success, summary).await?;
    Ok(Redirect::to("/admin/utilisateurs").into_response())
}

#[derive(Template)]
#[template(path = "admin/jobs.html")]
struct JobsPage {
    ctx: PageContext,
    jobs: Vec<jobs::JobRow>,
    statut: String,
    pager: Pager,
}

const JOB_STATUSES: [&str; 4] = ["pending", "running", "done", "failed"];

async fn jobs_page(
    State(app): State<AppState>,
    ctx: PageContext,
    _admin: AdminUser,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let statut = query
        .statut
        .clone()
        .filter(|s| JOB_STATUSES.contains(&s.as_str()));
    let (count, rows) = jobs::list(app.db(), statut.as_deref(), query.offset(), PER_PAGE).await?;
    render(&JobsPage {
        ctx,
        jobs: rows,
        statut: statut.unwrap_or_default(),
        pager: Pager::new(query.page(), count, PER_PAGE),
    })
}

async fn retry_job(
    State(app): State<AppState>,
    session: Session,
    AdminUser(admin): AdminUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let mut tx = app.db().begin().await?;
    if !jobs::retry(&mut tx, id).await? {
        return Err(AppError::Conflict(
            "seule une tâche en échec peut être relancée".to_owned(),
        ));
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &admin.actor(),
            module: "socle",
            action: "retry_job",
            target: &format!("job:{id}"),
            summary: "Relance d'une tâche en échec",
            details: serde_json::json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    set_flash(
        &session,
        FlashKind::Success,
        format!("La tâche {id} a été remise en file."),
    )
    .await?;
    Ok(Redirect::to("/admin/taches?statut=failed").into_response())
}

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    ctx: PageContext,
    mails: Vec<mail::OutboxMail>,
    smtp: bool,
    pager: Pager,
}

async fn outbox(
    State(app): State<AppState>,
    ctx: PageContext,
    _admin: AdminUser,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let (count, mails) = mail::list(app.db(), query.offset(), PER_PAGE).await?;
    let smtp = app.config().smtp_url.is_some();
    render(&OutboxPage {
        ctx,
        mails,
        smtp,
        pager: Pager::new(query.page(), count, PER_PAGE),
    })
}

#[derive(Template)]
#[template(path = "admin/mail.html")]
struct MailPage {
    ctx: PageContext,
    mail: mail::OutboxMail,
}

async fn outbox_mail(
    State(app): State<AppState>,
    ctx: PageContext,
    _admin: AdminUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let mail = mail::find(app.db(), id)
        .await?
        .ok_or_else(AppError::not_found)?;
    render(&MailPage { ctx, mail })
}

#[derive(Template)]
#[template(path = "admin/journal.html")]
struct JournalPage {
    ctx: PageContext,
    entries: Vec<audit::Record>,
    verification: audit::Verification,
    pager: Pager,
}

async fn journal(
    State(app): State<AppState>,
    ctx: PageContext,
    _admin: AdminUser,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let (count, entries) = audit::latest(app.db(), None, query.offset(), PER_PAGE).await?;
    let verification = audit::verify(app.db()).await?;
    render(&JournalPage {
        ctx,
        entries,
        verification,
        pager: Pager::new(query.page(), count, PER_PAGE),
    })
}
