//! Account pages: sign-up with e-mail confirmation, sign-in, sign-out, password reset, API tokens.
//!
//! Answers never reveal whether an address has an account (sign-up and reset show the same page either way;
//! the mail says what happened), and sign-in failures all get the same message.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;
use tower_sessions::Session;

use super::middleware::{SESSION_STAMP, SESSION_USER};
use super::store::{self, TokenPurpose};
use super::{CurrentUser, check_new_password, hash_password, normalize_email, verify_password};
use crate::app::AppState;
use crate::audit::{self, Actor};
use crate::mail::{self, Mail};
use crate::web::error::{AppError, AppResult};
use crate::web::forms::{FieldErrors, required};
use crate::web::layout::{FlashKind, PageContext, set_flash};
use crate::web::limits::ClientIp;
use crate::web::pages::render;

/// Routes of the account pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/compte/inscription", get(signup_form).post(signup))
        .route("/compte/confirmer", get(confirm))
        .route("/compte/connexion", get(login_form).post(login))
        .route("/compte/deconnexion", post(logout))
        .route("/compte/mot-de-passe-oublie", get(forgot_form).post(forgot))
        .route("/compte/reinitialiser", get(reset_form).post(reset))
        .route("/compte", get(account))
        .route("/compte/jetons", post(create_api_token))
        .route("/compte/jetons/{id}/revoquer", post(revoke_api_token))
}

#[derive(Template)]
#[template(path = "auth/message.html")]
struct MessagePage {
    ctx: PageContext,
    title: &'static str,
    paragraphs: Vec<String>,
}

fn message(ctx: PageContext, title: &'static str, paragraphs: Vec<String>) -> AppResult<Response> {
    render(&MessagePage {
        ctx,
        title,
        paragraphs,
    })
}

// ----- Sign-up -----

#[derive(Debug, Default, Deserialize)]
struct SignupInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    nom: String,
    #[serde(default)]
    mot_de_passe: String,
    #[serde(default)]
    confirmation: String,
}

#[derive(Template)]
#[template(path = "auth/signup.html")]
struct SignupPage {
    ctx: PageContext,
    email: String,
    nom: String,
    errors: FieldErrors,
}

async fn signup_form(ctx: PageContext) -> AppResult<Response> {
    render(&SignupPage {
        ctx,
        email: String::new(),
        nom: String::new(),
        errors: FieldErrors::new(),
    })
}

async fn signup(
    State(app): State<AppState>,
    ctx: PageContext,
    Form(input): Form<SignupInput>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let email = normalize_email(&input.email).unwrap_or_else(|message| {
        errors.add("email", message);
        input.email.trim().to_owned()
    });
    let nom = required(&mut errors, "nom", "Nom et prénom", &input.nom, 120);
    errors.check(
        "mot_de_passe",
        check_new_password(&input.mot_de_passe, &email),
    );
    if input.confirmation != input.mot_de_passe {
        errors.add(
            "confirmation",
            "les deux mots de passe ne sont pas identiques",
        );
    }
    if !errors.is_empty() {
        return render(&SignupPage {
            ctx,
            email,
            nom,
            errors,
        });
    }
    let password_hash = hash_password(&input.mot_de_passe)?;
    let base = app.config().base_url.clone();
    let mut tx = app.db().begin().await?;
    match store::create_user(&mut tx, &email, &nom, &password_hash, false, false).await {
        Ok(user_id) => {
            let token = store::create_token(&mut tx, user_id, TokenPurpose::ConfirmEmail).await?;
            let link = format!("{base}/compte/confirmer?jeton={token}");
            mail::queue(
                &mut tx,
                &app,
                &Mail {
                    to: email.clone(),
                    subject: "Confirmez votre adresse — La Fabrique numérique".to_owned(),
                    text: format!(
                        "Bonjour {nom},\n\nPour activer votre compte sur La Fabrique numérique, ouvrez ce lien dans \
                         les 48 heures :\n\n{link}\n\nSi vous n'êtes pas à l'origine de cette inscription, ignorez ce \
                         message.\n"
                    ),
                    html: None,
                },
            )
            .await?;
            audit::record(
                &mut tx,
                audit::Entry {
                    actor: &Actor::User {
                        id: user_id,
                        email: email.clone(),
                    },
                    module: "socle",
                    action: "signup",
                    target: &format!("user:{user_id}"),
                    summary: "Création d'un compte",
                    details: serde_json::json!({}),
                },
            )
            .await?;
        }
        Err(error) if store::is_email_taken(&error) => {
            // Say nothing on the page; tell the owner of the address by mail.
            mail::queue(
                &mut tx,
                &app,
                &Mail {
                    to: email.clone(),
                    subject: "Vous avez déjà un compte — La Fabrique numérique".to_owned(),
                    text: format!(
                        "Bonjour,\n\nQuelqu'un a demandé à créer un compte avec votre adresse, qui en a déjà un. Pour \
                         vous connecter : {base}/compte/connexion\nMot de passe oublié : \
                         {base}/compte/mot-de-passe-oublie\n"
                    ),
                    html: None,
                },
            )
            .await?;
        }
        Err(error) => return Err(error.into()),
    }
    tx.commit().await?;
    message(
        ctx,
        "Vérifiez votre messagerie",
        vec![format!(
            "Un courriel a été envoyé à {email}. Ouvrez le lien qu'il contient pour activer votre compte (il reste \
             valable 48 heures)."
        )],
    )
}

#[derive(Debug, Deserialize)]
struct TokenQuery {
    #[serde(default)]
    jeton: String,
}

async fn confirm(
    State(app): State<AppState>,
    session: Session,
    ctx: PageContext,
    Query(query): Query<TokenQuery>,
) -> AppResult<Response> {
    let mut tx = app.db().begin().await?;
    let Some(user_id) =
        store::consume_token(&mut tx, TokenPurpose::ConfirmEmail, &query.jeton).await?
    else {
        return message(
            ctx,
            "Lien invalide ou expiré",
            vec!["Ce lien de confirmation a déjà servi ou a expiré. Inscrivez-vous à nouveau pour en recevoir un autre."
                .to_owned()],
        );
    };
    store::confirm_email(&mut tx, user_id).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Anonymous,
            module: "socle",
            action: "confirm_email",
            target: &format!("user:{user_id}"),
            summary: "Confirmation de l'adresse électronique",
            details: serde_json::json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    set_flash(
        &session,
        FlashKind::Success,
        "Votre adresse est confirmée : vous pouvez vous connecter.",
    )
    .await?;
    Ok(Redirect::to("/compte/connexion").into_response())
}

// ----- Sign-in -----

#[derive(Debug, Deserialize)]
struct NextQuery {
    suivant: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct LoginInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    mot_de_passe: String,
    #[serde(default)]
    suivant: String,
}

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    ctx: PageContext,
    email: String,
    suivant: String,
    error: Option<String>,
}

/// Keeps only local paths as redirect targets (no open redirect to another site).
fn safe_next(next: &str) -> String {
    if next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.contains("://")
    {
        next.to_owned()
    } else {
        "/".to_owned()
    }
}

async fn login_form(ctx: PageContext, Query(query): Query<NextQuery>) -> AppResult<Response> {
    let suivant = safe_next(query.suivant.as_deref().unwrap_or("/"));
    render(&LoginPage {
        ctx,
        email: String::new(),
        suivant,
        error: None,
    })
}

const LOGIN_FAILED: &str = "Adresse électronique ou mot de passe incorrect, ou compte non activé.";

async fn login(
    State(app): State<AppState>,
    session: Session,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    Form(input): Form<LoginInput>,
) -> AppResult<Response> {
    let ip = ip.to_string();
    let email = input.email.trim().to_lowercase();
    let suivant = safe_next(&input.suivant);
    if store::is_throttled(app.db(), &email, &ip).await? {
        return render(&LoginPage {
            ctx,
            email,
            suivant,
            error: Some(format!(
                "Trop de tentatives infructueuses : patientez {} minutes avant de réessayer, ou réinitialisez votre \
                 mot de passe.",
                store::THROTTLE_WINDOW_MINUTES
            )),
        });
    }
    let user = store::find_by_email(app.db(), &email).await?;
    // Verify against a dummy hash when the account does not exist, so that timing does not reveal it.
    let phc = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(dummy_hash);
    let password = input.mot_de_passe.clone();
    let password_ok = tokio::task::spawn_blocking(move || verify_password(&password, &phc))
        .await
        .map_err(AppError::internal)?;
    let usable = user
        .as_ref()
        .filter(|u| password_ok && u.email_confirmed_at.is_some() && u.disabled_at.is_none());
    store::record_attempt(app.db(), &email, &ip, usable.is_some()).await?;
    let Some(user) = usable else {
        return render(&LoginPage {
            ctx,
            email,
            suivant,
            error: Some(LOGIN_FAILED.to_owned()),
        });
    };
    // A new session id on sign-in defeats session fixation.
    session.cycle_id().await.map_err(AppError::internal)?;
    session
        .insert(SESSION_USER, user.id)
        .await
        .map_err(AppError::internal)?;
    session
        .insert(SESSION_STAMP, user.auth_stamp.clone())
        .await
        .map_err(AppError::internal)?;
    store::touch_login(app.db(), user.id).await?;
    set_flash(
        &session,
        FlashKind::Success,
        format!("Bienvenue, {}.", user.display_name),
    )
    .await?;
    Ok(Redirect::to(&suivant).into_response())
}

fn dummy_hash() -> String {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY
        .get_or_init(|| {
            hash_password("mot de passe factice pour le temps constant").unwrap_or_default()
        })
        .clone()
}

async fn logout(session: Session) -> AppResult<Response> {
    session.flush().await.map_err(AppError::internal)?;
    Ok(Redirect::to("/").into_response())
}

// ----- Password reset -----

#[derive(Debug, Default, Deserialize)]
struct ForgotInput {
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    ctx: PageContext,
    email: String,
    errors: FieldErrors,
}

async fn forgot_form(ctx: PageContext) -> AppResult<Response> {
    render(&ForgotPage {
        ctx,
        email: String::new(),
        errors: FieldErrors::new(),
    })
}

async fn forgot(
    State(app): State<AppState>,
    ctx: PageContext,
    Form(input): Form<ForgotInput>,
) -> AppResult<Response> {
    let email = match normalize_email(&input.email) {
        Ok(email) => email,
        Err(message) => {
            let mut errors = FieldErrors::new();
            errors.add("email", message);
            return render(&ForgotPage {
                ctx,
                email: input.email,
                errors,
            });
        }
    };
    if let Some(user) = store::find_by_email(app.db(), &email).await?
        && user.disabled_at.is_none()
    {
        let base = app.config().base_url.clone();
        let mut tx = app.db().begin().await?;
        let token = store::create_token(&mut tx, user.id, TokenPurpose::ResetPassword).await?;
        mail::queue(
            &mut tx,
            &app,
            &Mail {
                to: email.clone(),
                subject: "Réinitialisation de votre mot de passe — La Fabrique numérique".to_owned(),
                text: format!(
                    "Bonjour {},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n\n\
                     {base}/compte/reinitialiser?jeton={token}\n\nSi vous n'avez rien demandé, ignorez ce message : \
                     votre mot de passe actuel reste valable.\n",
                    user.display_name
                ),
                html: None,
            },
        )
        .await?;
        tx.commit().await?;
    }
    message(
        ctx,
        "Vérifiez votre messagerie",
        vec![format!(
            "Si un compte existe pour {email}, un courriel vient de lui être envoyé avec un lien valable une heure."
        )],
    )
}

#[derive(Debug, Default, Deserialize)]
struct ResetInput {
    #[serde(default)]
    jeton: String,
    #[serde(default)]
    mot_de_passe: String,
    #[serde(default)]
    confirmation: String,
}

#[derive(Template)]
#[template(path = "auth/reset.html")]
struct ResetPage {
    ctx: PageContext,
    jeton: String,
    errors: FieldErrors,
}

async fn reset_form(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<TokenQuery>,
) -> AppResult<Response> {
    if !store::token_is_valid(app.db(), TokenPurpose::ResetPassword, &query.jeton).await? {
        return expired_reset(ctx);
    }
    render(&ResetPage {
        ctx,
        jeton: query.jeton,
        errors: FieldErrors::new(),
    })
}

fn expired_reset(ctx: PageContext) -> AppResult<Response> {
    message(
        ctx,
        "Lien invalide ou expiré",
        vec!["Ce lien a déjà servi ou a expiré. Demandez-en un nouveau depuis la page « Mot de passe oublié »."
            .to_owned()],
    )
}

async fn reset(
    State(app): State<AppState>,
    session: Session,
    ctx: PageContext,
    Form(input): Form<ResetInput>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    errors.check("mot_de_passe", check_new_password(&input.mot_de_passe, ""));
    if input.confirmation != input.mot_de_passe {
        errors.add(
            "confirmation",
            "les deux mots de passe ne sont pas identiques",
        );
    }
    if !errors.is_empty() {
        return render(&ResetPage {
            ctx,
            jeton: input.jeton,
            errors,
        });
    }
    let password_hash = hash_password(&input.mot_de_passe)?;
    let mut tx = app.db().begin().await?;
    let Some(user_id) =
        store::consume_token(&mut tx, TokenPurpose::ResetPassword, &input.jeton).await?
    else {
        return expired_reset(ctx);
    };
    store::set_password(&mut tx, user_id, &password_hash).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Anonymous,
            module: "socle",
            action: "reset_password",
            target: &format!("user:{user_id}"),
            summary: "Réinitialisation du mot de passe",
            details: serde_json::json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    session.flush().await.map_err(AppError::internal)?;
    set_flash(
        &session,
        FlashKind::Success,
        "Votre mot de passe a été changé : connectez-vous.",
    )
    .await?;
    Ok(Redirect::to("/compte/connexion").into_response())
}

// ----- Account and API tokens -----

#[derive(Template)]
#[template(path = "auth/account.html")]
struct AccountPage {
    ctx: PageContext,
    user: CurrentUser,
    tokens: Vec<store::ApiToken>,
    new_token: Option<String>,
    errors: FieldErrors,
}

async fn account(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    let tokens = store::list_api_tokens(app.db(), user.id).await?;
    render(&AccountPage {
        ctx,
        user,
        tokens,
        new_token: None,
        errors: FieldErrors::new(),
    })
}

#[derive(Debug, Default, Deserialize)]
struct TokenInput {
    #[serde(default)]
    nom: String,
}

/// Live tokens an account may hold.
const MAX_API_TOKENS: usize = 10;

async fn create_api_token(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Form(input): Form<TokenInput>,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    let name = required(&mut errors, "nom", "Nom du jeton", &input.nom, 80);
    let existing = store::list_api_tokens(app.db(), user.id).await?;
    if existing.len() >= MAX_API_TOKENS {
        errors.add(
            "nom",
            format!("vous avez déjà {MAX_API_TOKENS} jetons : révoquez-en un d'abord"),
        );
    }
    if !errors.is_empty() {
        return render(&AccountPage {
            ctx,
            user,
            tokens: existing,
            new_token: None,
            errors,
        });
    }
    let mut tx = app.db().begin().await?;
    let token = store::create_api_token(&mut tx, user.id, &name).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: "socle",
            action: "create_api_token",
            target: &format!("user:{}", user.id),
            summary: &format!("Création du jeton d'API « {name} »"),
            details: serde_json::json!({ "nom": name }),
        },
    )
    .await?;
    tx.commit().await?;
    let tokens = store::list_api_tokens(app.db(), user.id).await?;
    // Shown once, in this response only: it is never stored in clear.
    render(&AccountPage {
        ctx,
        user,
        tokens,
        new_token: Some(token),
        errors,
    })
}

async fn revoke_api_token(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let mut tx = app.db().begin().await?;
    if !store::revoke_api_token(&mut tx, user.id, id).await? {
        return Err(AppError::NotFound(
            "ce jeton n'existe pas ou est déjà révoqué".to_owned(),
        ));
    }
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &user.actor(),
            module: "socle",
            action: "revoke_api_token",
            target: &format!("user:{}", user.id),
            summary: "Révocation d'un jeton d'API",
            details: serde_json::json!({ "jeton": id }),
        },
    )
    .await?;
    tx.commit().await?;
    set_flash(&session, FlashKind::Success, "Le jeton a été révoqué.").await?;
    Ok(Redirect::to("/compte").into_response())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(safe_next("/aides?x=1"), "/aides?x=1");
        for bad in [
            "//evil.example",
            "https://evil.example",
            "evil",
            "/\\evil",
            "/x?u=https://e",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad}");
        }
    }
}
