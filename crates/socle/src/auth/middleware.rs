//! Who is calling: a session cookie for people, a bearer token for programs.
//!
//! The `load_user` middleware resolves the caller once per request and leaves a [`MaybeUser`] in the request
//! extensions; handlers ask for [`CurrentUser`] (signed in), [`AdminUser`] or [`MaybeUser`].

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use super::{RoleGrant, store};
use crate::app::AppState;
use crate::web::error::AppError;

/// Session key of the signed-in account.
pub(crate) const SESSION_USER: &str = "user_id";
/// Session key of the account's auth stamp when the session was opened.
pub(crate) const SESSION_STAMP: &str = "auth_stamp";

/// The signed-in caller.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// Account id.
    pub id: i64,
    /// E-mail.
    pub email: String,
    /// Name shown in pages.
    pub display_name: String,
    /// Platform administrator.
    pub is_admin: bool,
    /// Roles held.
    pub roles: Vec<RoleGrant>,
    /// Authenticated by an API token rather than a session.
    pub via_api_token: bool,
}

impl CurrentUser {
    /// Whether the caller holds `role` in `module`, for the whole module or any organisation.
    pub fn has_role(&self, module: &str, role: &str) -> bool {
        self.roles
            .iter()
            .any(|grant| grant.module == module && grant.role == role)
    }

    /// Whether the caller holds `role` in `module` for `organisation` (a module-wide grant covers every one).
    pub fn has_role_for(&self, module: &str, role: &str, organisation: &str) -> bool {
        self.roles.iter().any(|grant| {
            grant.module == module
                && grant.role == role
                && grant
                    .organisation
                    .as_deref()
                    .is_none_or(|org| org == organisation)
        })
    }

    /// The organisations for which the caller holds `role` in `module`; `None` when granted module-wide.
    pub fn organisations(&self, module: &str, role: &str) -> Option<Vec<String>> {
        let mut organisations = Vec::new();
        for grant in self
            .roles
            .iter()
            .filter(|grant| grant.module == module && grant.role == role)
        {
            match &grant.organisation {
                None => return None,
                Some(org) => organisations.push(org.clone()),
            }
        }
        Some(organisations)
    }

    /// Actor label for the audit journal.
    pub fn actor(&self) -> crate::audit::Actor {
        crate::audit::Actor::User {
            id: self.id,
            email: self.email.clone(),
        }
    }
}

/// The caller, signed in or not.
#[derive(Debug, Clone, Default)]
pub struct MaybeUser(pub Option<CurrentUser>);

/// A signed-in platform administrator.
#[derive(Debug, Clone)]
pub struct AdminUser(pub CurrentUser);

impl<S: Send + Sync> FromRequestParts<S> for MaybeUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<MaybeUser>()
            .cloned()
            .unwrap_or_default())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        MaybeUser::from_request_parts(parts, state)
            .await?
            .0
            .ok_or(AppError::Unauthorized)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for AdminUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if user.is_admin {
            Ok(AdminUser(user))
        } else {
            Err(AppError::forbidden())
        }
    }
}

/// Loads an account and its roles, refusing disabled or unconfirmed accounts.
pub async fn load_current_user(
    app: &AppState,
    user_id: i64,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(user) = store::find(app.db(), user_id).await? else {
        return Ok(None);
    };
    if user.disabled_at.is_some() || user.email_confirmed_at.is_none() {
        return Ok(None);
    }
    let roles = store::roles(app.db(), user.id).await?;
    Ok(Some(CurrentUser {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        is_admin: user.is_admin,
        roles,
        via_api_token: false,
    }))
}

/// Middleware: resolves the caller from a bearer token or the session.
pub async fn load_user(State(app): State<AppState>, mut request: Request, next: Next) -> Response {
    let bearer = request
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .map(str::to_owned);
    let user = match bearer {
        Some(token) => match store::user_of_api_token(app.db(), &token).await {
            Ok(Some((_, user_id))) => match load_current_user(&app, user_id).await {
                Ok(Some(user)) => Some(CurrentUser {
                    via_api_token: true,
                    ..user
                }),
                Ok(None) => return AppError::Unauthorized.into_response(),
                Err(error) => return error.into_response(),
            },
            // A wrong token is an error, not an anonymous call: the caller believes it is authenticated.
            Ok(None) => return AppError::Unauthorized.into_response(),
            Err(error) => return AppError::from(error).into_response(),
        },
        None => match request.extensions().get::<Session>().cloned() {
            Some(session) => match user_from_session(&app, &session).await {
                Ok(user) => user,
                Err(error) => return error.into_response(),
            },
            None => None,
        },
    };
    request.extensions_mut().insert(MaybeUser(user.clone()));
    let mut response = next.run(request).await;
    // The error-rendering middleware, outside this one, shows the caller in the layout of error pages.
    response.extensions_mut().insert(MaybeUser(user));
    response
}

async fn user_from_session(
    app: &AppState,
    session: &Session,
) -> Result<Option<CurrentUser>, AppError> {
    let user_id: Option<i64> = session
        .get(SESSION_USER)
        .await
        .map_err(AppError::internal)?;
    let Some(user_id) = user_id else {
        return Ok(None);
    };
    let stamp: Option<String> = session
        .get(SESSION_STAMP)
        .await
        .map_err(AppError::internal)?;
    let Some(user) = store::find(app.db(), user_id).await? else {
        session.flush().await.map_err(AppError::internal)?;
        return Ok(None);
    };
    // A password change or a disabled account closes every session opened before it.
    if stamp.as_deref() != Some(user.auth_stamp.as_str()) || user.disabled_at.is_some() {
        session.flush().await.map_err(AppError::internal)?;
        return Ok(None);
    }
    load_current_user(app, user_id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(roles: Vec<RoleGrant>) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "a@b.fr".into(),
            display_name: "A".into(),
            is_admin: false,
            roles,
            via_api_token: false,
        }
    }

    fn grant(module: &str, role: &str, organisation: Option<&str>) -> RoleGrant {
        RoleGrant {
            module: module.into(),
            role: role.into(),
            organisation: organisation.map(Into::into),
        }
    }

    #[test]
    fn a_scoped_role_covers_only_its_organisation() {
        let agent = user(vec![grant("secheresse", "agent", Some("34"))]);
        assert!(agent.has_role("secheresse", "agent"));
        assert!(agent.has_role_for("secheresse", "agent", "34"));
        assert!(!agent.has_role_for("secheresse", "agent", "83"));
        assert!(!agent.has_role_for("aides", "agent", "34"));
        assert_eq!(
            agent.organisations("secheresse", "agent"),
            Some(vec!["34".to_owned()])
        );
    }

    #[test]
    fn a_module_wide_role_covers_every_organisation() {
        let agent = user(vec![
            grant("secheresse", "agent", None),
            grant("secheresse", "agent", Some("34")),
        ]);
        assert!(agent.has_role_for("secheresse", "agent", "83"));
        assert_eq!(agent.organisations("secheresse", "agent"), None);
    }
}
