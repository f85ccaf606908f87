//! The module's own stylesheet and script, served under a content-hashed path with a one-year cache.
//!
//! The platform embeds its assets (DSFR, Leaflet, `js/carte.js`) but offers modules no way to add theirs
//! (reported for `socle`); the module serves these two small files itself, the same way: immutable URLs that
//! change with the content.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sha2::{Digest, Sha256};
use socle::{AppError, AppState};

const CSS: &[u8] = include_bytes!("../../assets/secheresse.css");
const JS: &[u8] = include_bytes!("../../assets/secheresse.js");

/// Hash of both files: part of their URLs.
static HASH: LazyLock<String> = LazyLock::new(|| {
    let mut hasher = Sha256::new();
    hasher.update(CSS);
    hasher.update(JS);
    hex::encode(hasher.finalize())[..12].to_owned()
});

/// URL of the stylesheet.
pub fn css_url() -> String {
    format!("/secheresse/ressources/{}/secheresse.css", *HASH)
}

/// URL of the script.
pub fn js_url() -> String {
    format!("/secheresse/ressources/{}/secheresse.js", *HASH)
}

/// Routes of the assets.
pub fn routes() -> Router<AppState> {
    Router::new().route("/secheresse/ressources/{hash}/{nom}", get(serve))
}

async fn serve(Path((hash, nom)): Path<(String, String)>) -> Response {
    let (contenu, type_contenu) = match nom.as_str() {
        "secheresse.css" => (CSS, "text/css; charset=utf-8"),
        "secheresse.js" => (JS, "text/javascript; charset=utf-8"),
        _ => return AppError::not_found().into_response(),
    };
    // An old hash still gets the current file, but without the long cache.
    let cache = if hash == *HASH {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(type_contenu)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        contenu,
    )
        .into_response()
}
