//! Static assets (the vendored DSFR, our stylesheet and small scripts), embedded in the binary.
//!
//! They are served under `/static/<hash>/…` where the hash is computed from the content of every asset: a new
//! release gets a new prefix, so the files can be cached for a year (`immutable`) and still never go stale.
//! One prefix for the whole tree rather than one hash per file keeps the DSFR's relative references
//! (`fonts/…`, `../icons/…`) working unchanged.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;

/// The embedded folder `crates/socle/static`.
#[derive(rust_embed::Embed)]
#[folder = "static/"]
struct Embedded;

/// The assets of the process and their prefix.
#[derive(Debug, Clone)]
pub struct Assets {
    prefix: String,
    hash: String,
}

impl Assets {
    /// Computes (once per process) the hash of the whole tree.
    pub fn load() -> Self {
        static HASH: OnceLock<String> = OnceLock::new();
        let hash = HASH
            .get_or_init(|| {
                use sha2::Digest as _;
                let mut names: Vec<_> = Embedded::iter().collect();
                names.sort();
                let mut hasher = sha2::Sha256::new();
                for name in names {
                    if let Some(file) = Embedded::get(&name) {
                        hasher.update(name.as_bytes());
                        hasher.update(file.metadata.sha256_hash());
                    }
                }
                hex::encode(hasher.finalize())[..12].to_owned()
            })
            .clone();
        Self {
            prefix: format!("/static/{hash}"),
            hash,
        }
    }

    /// `/static/<hash>`.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The content hash.
    pub fn hash(&self) -> &str {
        &self.hash
    }
}

/// Serves `/static/{hash}/{*path}`.
pub async fn serve(
    axum::extract::State(app): axum::extract::State<crate::app::AppState>,
    Path((hash, path)): Path<(String, String)>,
) -> Response {
    let Some(file) = Embedded::get(&path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // A page of the previous release may still ask for its prefix: serve the file, but do not let it be
    // cached under a name that now means other content.
    let cache = if hash == app.assets().hash() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response = file.data.into_owned().into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(file.metadata.mimetype()) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}
