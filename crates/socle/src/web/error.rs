//! The one error type of request handlers, rendered as an HTML page or as RFC 9457 problem details.
//!
//! Which type to use where: domain crates return their own thiserror enums (French `Display`, no HTTP); store
//! functions return [`DbError`]; handlers return `Result<_, AppError>` and convert with `?`. Handlers do not
//! render error pages themselves: [`AppError::into_response`] only puts an [`ErrorReport`] in the response's
//! extensions, and the `render_errors` middleware of `web::router` turns it into the page (with the layout,
//! the user and the menu) or into `application/problem+json` for `/api/` paths. Internal causes are logged
//! once there and never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;

use crate::db::DbError;

/// An error answered to the user.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 400: the request is malformed (unknown parameter, unreadable value).
    #[error("{0}")]
    BadRequest(String),
    /// 401: the caller must sign in (HTML pages redirect to the login page instead).
    #[error("vous devez vous connecter pour accéder à cette page")]
    Unauthorized,
    /// 403: signed in but not allowed.
    #[error("{0}")]
    Forbidden(String),
    /// 404: nothing here.
    #[error("{0}")]
    NotFound(String),
    /// 409: the resource changed meanwhile, or the action conflicts with its state.
    #[error("{0}")]
    Conflict(String),
    /// 413: the body is too large.
    #[error("le contenu envoyé est trop volumineux")]
    PayloadTooLarge,
    /// 422: the input breaks rules; field name → French messages.
    #[error("{message}")]
    Invalid {
        /// Summary.
        message: String,
        /// Messages per field name.
        fields: BTreeMap<String, Vec<String>>,
    },
    /// 429: too many requests; retry after that many seconds.
    #[error("trop de requêtes, réessayez dans {0} secondes")]
    TooManyRequests(u64),
    /// 500: a fault of ours; the cause is logged, never shown.
    #[error("erreur interne")]
    Internal(#[source] anyhow::Error),
}

impl AppError {
    /// A 404 with the default French message.
    pub fn not_found() -> Self {
        Self::NotFound("la page demandée n'existe pas ou a été déplacée".to_owned())
    }

    /// A 403 with the default French message.
    pub fn forbidden() -> Self {
        Self::Forbidden("vous n'avez pas les droits nécessaires pour cette action".to_owned())
    }

    /// A 422 on a single field.
    pub fn invalid_field(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        Self::Invalid {
            message: format!("le champ « {field} » est invalide : {message}"),
            fields: BTreeMap::from([(field.to_owned(), vec![message])]),
        }
    }

    /// A 500 from any error.
    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        Self::Internal(error.into())
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable machine-readable code of problem documents.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadRequest(_) => "bad_request",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "not_found",
            Self::Conflict(_) => "conflict",
            Self::PayloadTooLarge => "payload_too_large",
            Self::Invalid { .. } => "invalid",
            Self::TooManyRequests(_) => "too_many_requests",
            Self::Internal(_) => "internal",
        }
    }
}

impl From<DbError> for AppError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::NotFound => Self::not_found(),
            other => Self::Internal(other.into()),
        }
    }
}

impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        Self::Internal(error)
    }
}

/// What the error middleware needs to render an error: kept in the response extensions.
#[derive(Debug, Clone)]
pub struct ErrorReport {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable code.
    pub code: &'static str,
    /// French message shown to the user.
    pub message: String,
    /// Messages per field, for 422.
    pub fields: BTreeMap<String, Vec<String>>,
    /// Seconds to wait, for 429.
    pub retry_after: Option<u64>,
    /// The internal cause (logged, never shown).
    pub cause: Option<String>,
}

impl ErrorReport {
    /// A report for a bare status produced outside the handlers (unknown route, wrong method, body too large,
    /// timeout).
    pub fn for_status(status: StatusCode) -> Self {
        let (code, message) = match status {
            StatusCode::NOT_FOUND => (
                "not_found",
                "la page demandée n'existe pas ou a été déplacée",
            ),
            StatusCode::METHOD_NOT_ALLOWED => {
                ("method_not_allowed", "cette méthode n'est pas permise ici")
            }
            StatusCode::PAYLOAD_TOO_LARGE => {
                ("payload_too_large", "le contenu envoyé est trop volumineux")
            }
            StatusCode::REQUEST_TIMEOUT => ("timeout", "la requête a pris trop de temps"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => (
                "unsupported_media_type",
                "type de contenu non pris en charge",
            ),
            StatusCode::FORBIDDEN => ("forbidden", "accès refusé"),
            StatusCode::BAD_REQUEST => ("bad_request", "requête invalide"),
            StatusCode::UNPROCESSABLE_ENTITY => ("invalid", "les données envoyées sont invalides"),
            _ if status.is_server_error() => ("internal", "une erreur inattendue est survenue"),
            _ => ("error", "la requête n'a pas pu aboutir"),
        };
        Self {
            status,
            code,
            message: message.to_owned(),
            fields: BTreeMap::new(),
            retry_after: None,
            cause: None,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let report = ErrorReport {
            status,
            code: self.code(),
            message: match &self {
                Self::Internal(_) => {
                    "une erreur inattendue est survenue ; elle a été signalée à l'équipe".to_owned()
                }
                other => other.to_string(),
            },
            fields: match &self {
                Self::Invalid { fields, .. } => fields.clone(),
                _ => BTreeMap::new(),
            },
            retry_after: match &self {
                Self::TooManyRequests(seconds) => Some(*seconds),
                _ => None,
            },
            cause: match &self {
                Self::Internal(cause) => Some(format!("{cause:#}")),
                _ => None,
            },
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(report);
        response
    }
}

/// The result of handlers.
pub type AppResult<T> = Result<T, AppError>;
