//! What every page's layout needs: the caller, the CSRF token, the menu, the asset prefix, a flash message.
//!
//! Handlers take a [`PageContext`] extractor and put it in their askama page struct as `ctx`; templates extend
//! `base.html`, which reads it.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::app::AppState;
use crate::auth::{CurrentUser, MaybeUser};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;

/// Session key of the pending flash message.
const SESSION_FLASH: &str = "flash";

/// Severity of a flash message, as a DSFR alert type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FlashKind {
    /// Green.
    Success,
    /// Blue.
    Info,
    /// Orange.
    Warning,
    /// Red.
    Error,
}

/// A message shown once on the next page (after a redirect).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Flash {
    /// Severity.
    pub kind: FlashKind,
    /// French message.
    pub message: String,
}

impl Flash {
    /// DSFR class of the alert.
    pub fn css_class(&self) -> &'static str {
        match self.kind {
            FlashKind::Success => "fr-alert--success",
            FlashKind::Info => "fr-alert--info",
            FlashKind::Warning => "fr-alert--warning",
            FlashKind::Error => "fr-alert--error",
        }
    }
}

/// Stores a flash message for the next page.
pub async fn set_flash(
    session: &Session,
    kind: FlashKind,
    message: impl Into<String>,
) -> Result<(), AppError> {
    session
        .insert(
            SESSION_FLASH,
            Flash {
                kind,
                message: message.into(),
            },
        )
        .await
        .map_err(AppError::internal)
}

/// An entry of the main menu.
#[derive(Debug, Clone)]
pub struct NavItem {
    /// Label.
    pub title: &'static str,
    /// Link.
    pub href: &'static str,
}

/// The context every page receives.
#[derive(Debug, Clone)]
pub struct PageContext {
    /// The signed-in caller.
    pub user: Option<CurrentUser>,
    /// Token to put in every form as `_csrf`.
    pub csrf: String,
    /// Main menu.
    pub nav: Vec<NavItem>,
    /// Path of the current page, to mark the menu entry.
    pub path: String,
    /// URL prefix of static assets, with their content hash.
    pub static_prefix: String,
    /// Message left by the previous action.
    pub flash: Option<Flash>,
}

impl PageContext {
    /// URL of a static asset (`dsfr/dsfr.min.css` → `/static/<hash>/dsfr/dsfr.min.css`).
    pub fn asset(&self, path: &str) -> String {
        format!("{}/{}", self.static_prefix, path)
    }

    /// `aria-current` value for a menu entry: `page` on its own page, `true` below it.
    pub fn current(&self, href: &str) -> &'static str {
        if self.path == href {
            "page"
        } else if href != "/" && self.path.starts_with(href) {
            "true"
        } else {
            "false"
        }
    }

    /// Whether the caller is a platform administrator.
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|user| user.is_admin)
    }

    /// Builds the context without a request (error pages rendered by middleware).
    pub fn build(app: &AppState, user: Option<CurrentUser>, csrf: String, path: String) -> Self {
        Self {
            user,
            csrf,
            nav: app
                .module_infos()
                .iter()
                .map(|info| NavItem {
                    title: info.title,
                    href: info.href,
                })
                .collect(),
            path,
            static_prefix: app.assets().prefix().to_owned(),
            flash: None,
        }
    }
}

impl FromRequestParts<AppState> for PageContext {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = parts
            .extensions
            .get::<MaybeUser>()
            .cloned()
            .unwrap_or_default()
            .0;
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|token| token.0.clone())
            .unwrap_or_default();
        let mut context = Self::build(app, user, csrf, parts.uri.path().to_owned());
        if let Some(session) = parts.extensions.get::<Session>() {
            context.flash = session
                .remove::<Flash>(SESSION_FLASH)
                .await
                .map_err(AppError::internal)?;
        }
        Ok(context)
    }
}
