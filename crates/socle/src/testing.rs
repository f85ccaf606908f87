//! Test harness for the platform and the modules: the real router over a fresh database, driven in memory.
//!
//! [`TestApp::backends`] gives one app on a new SQLite file and, when `FABRIQUE_TEST_POSTGRES_URL` is set,
//! one on a new PostgreSQL schema (dropped afterwards): a test that loops over it runs on both backends. The
//! client keeps cookies like a browser and fills the CSRF field of forms from its cookie.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt as _;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tower::ServiceExt as _;

use crate::app::AppState;
use crate::config::{Config, DatabaseUrl};
use crate::db::Db;
use crate::module::Module;

/// Environment variable naming the PostgreSQL database of the test suite.
pub const POSTGRES_ENV: &str = "FABRIQUE_TEST_POSTGRES_URL";

/// An application under test.
pub struct TestApp {
    /// Its state (database, modules…).
    pub app: AppState,
    /// Which backend, for messages.
    pub backend: &'static str,
    router: Router,
    cookies: Mutex<HashMap<String, String>>,
    _dir: tempfile::TempDir,
    schema: Option<(String, String)>,
}

/// A response read whole.
#[derive(Debug)]
pub struct TestResponse {
    /// Status.
    pub status: StatusCode,
    /// Headers.
    pub headers: axum::http::HeaderMap,
    /// Body as text.
    pub body: String,
}

impl TestResponse {
    /// The body parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl TestApp {
    /// An app on a fresh SQLite file.
    pub async fn sqlite(modules: Vec<Arc<dyn Module>>) -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        let url = DatabaseUrl::Sqlite(format!("sqlite://{}", dir.path().join("test.db").display()));
        let config = Config::for_tests(url, dir.path().to_path_buf());
        let app = AppState::start(config, modules)
            .await
            .expect("start on SQLite");
        Self::wrap(app, "sqlite", dir, None)
    }

    /// An app on a fresh PostgreSQL schema, when [`POSTGRES_ENV`] is set.
    pub async fn postgres(modules: Vec<Arc<dyn Module>>) -> Option<Self> {
        let url = std::env::var(POSTGRES_ENV).ok().filter(|u| !u.is_empty())?;
        let schema = format!(
            "test_{}",
            crate::auth::random_token()
                .to_lowercase()
                .replace(['-', '_'], "")[..16]
                .to_owned()
        );
        let dir = tempfile::tempdir().expect("temporary folder");
        let db = Db::connect_postgres_schema(&url, &schema, 5)
            .await
            .expect("PostgreSQL test schema");
        let config =
            Config::for_tests(DatabaseUrl::Postgres(url.clone()), dir.path().to_path_buf());
        let app = AppState::start_with_db(config, db, modules)
            .await
            .expect("start on PostgreSQL");
        Some(Self::wrap(app, "postgres", dir, Some((url, schema))))
    }

    /// The SQLite app and, when configured, the PostgreSQL one: loop over them to test both backends.
    pub async fn backends(modules: Vec<Arc<dyn Module>>) -> Vec<Self> {
        let mut apps = vec![Self::sqlite(modules.clone()).await];
        if let Some(app) = Self::postgres(modules).await {
            apps.push(app);
        }
        apps
    }

    fn wrap(
        app: AppState,
        backend: &'static str,
        dir: tempfile::TempDir,
        schema: Option<(String, String)>,
    ) -> Self {
        Self {
            router: crate::web::router(app.clone()),
            app,
            backend,
            cookies: Mutex::new(HashMap::new()),
            _dir: dir,
            schema,
        }
    }

    /// Sends a request with the stored cookies and keeps the cookies of the response.
    pub async fn send(&self, request: Request<Body>) -> TestResponse {
        let (mut parts, body) = request.into_parts();
        let cookie = {
            let jar = self.cookies.lock().expect("cookie jar");
            jar.iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ")
        };
        if !cookie.is_empty() {
            parts
                .headers
                .insert(header::COOKIE, cookie.parse().expect("cookie header"));
        }
        let response = self
            .router
            .clone()
            .oneshot(Request::from_parts(parts, body))
            .await
            .expect("infallible");
        let (parts, body) = response.into_parts();
        {
            let mut jar = self.cookies.lock().expect("cookie jar");
            for value in parts.headers.get_all(header::SET_COOKIE) {
                let Ok(value) = value.to_str() else { continue };
                let Some((pair, attributes)) = value.split_once(';').or(Some((value, ""))) else {
                    continue;
                };
                if let Some((name, content)) = pair.split_once('=') {
                    if content.is_empty() || attributes.contains("Max-Age=0") {
                        jar.remove(name.trim());
                    } else {
                        jar.insert(name.trim().to_owned(), content.to_owned());
                    }
                }
            }
        }
        let bytes = body.collect().await.expect("body").to_bytes();
        TestResponse {
            status: parts.status,
            headers: parts.headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// GET a path.
    pub async fn get(&self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).expect("request"))
            .await
    }

    /// GET a path with extra headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::get(path);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.send(builder.body(Body::empty()).expect("request"))
            .await
    }

    /// The CSRF token of the cookie jar (fetching the home page first if there is none yet).
    pub async fn csrf(&self) -> String {
        if let Some(token) = self.cookie("fabrique_csrf") {
            return token;
        }
        self.get("/").await;
        self.cookie("fabrique_csrf")
            .expect("the CSRF cookie is set by any page")
    }

    /// A cookie of the jar.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().expect("cookie jar").get(name).cloned()
    }

    /// POST a urlencoded form, with the CSRF field added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf().await;
        let mut pairs: Vec<(&str, &str)> = fields.to_vec();
        pairs.push(("_csrf", &token));
        self.post_form_raw(path, &pairs).await
    }

    /// POST a urlencoded form exactly as given (no CSRF field added).
    pub async fn post_form_raw(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = serde_urlencoded::to_string(fields).expect("form");
        self.send(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .expect("request"),
        )
        .await
    }

    /// POST a multipart form (text fields and files `(field, file name, content type, bytes)`), with the CSRF
    /// token in the query string as the platform's upload forms do.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &str, &[u8])],
    ) -> TestResponse {
        let token = self.csrf().await;
        let boundary = "----fabrique-test-boundary";
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        for (name, file_name, content_type, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                     Content-Type: {content_type}\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let separator = if path.contains('?') { '&' } else { '?' };
        self.send(
            Request::builder()
                .method(Method::POST)
                .uri(format!("{path}{separator}_csrf={token}"))
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .expect("request"),
        )
        .await
    }

    /// Sends JSON with a method, optionally with a bearer token.
    pub async fn send_json(
        &self,
        method: Method,
        path: &str,
        json: &serde_json::Value,
        bearer: Option<&str>,
    ) -> TestResponse {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(token) = bearer {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        self.send(builder.body(Body::from(json.to_string())).expect("request"))
            .await
    }

    /// Creates a confirmed account and signs in with it; returns its id.
    pub async fn sign_in_new_user(&self, email: &str, is_admin: bool) -> i64 {
        let password = "phrase de passe de test assez longue";
        let hash = crate::auth::hash_password(password).expect("hash");
        let mut tx = self.app.db().begin().await.expect("begin");
        let id = crate::auth::store::create_user(
            &mut tx,
            email,
            "Personne de test",
            &hash,
            is_admin,
            true,
        )
        .await
        .expect("create user");
        tx.commit().await.expect("commit");
        let response = self
            .post_form(
                "/compte/connexion",
                &[("email", email), ("mot_de_passe", password)],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "sign-in failed: {}",
            response.body
        );
        id
    }

    /// Grants a role to an account.
    pub async fn grant(&self, user_id: i64, module: &str, role: &str, organisation: Option<&str>) {
        let mut tx = self.app.db().begin().await.expect("begin");
        let grant = crate::auth::RoleGrant {
            module: module.to_owned(),
            role: role.to_owned(),
            organisation: organisation.map(str::to_owned),
        };
        crate::auth::store::grant_role(&mut tx, user_id, &grant, None)
            .await
            .expect("grant");
        tx.commit().await.expect("commit");
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let Some((url, schema)) = self.schema.take() else {
            return;
        };
        // Drop the schema from a separate thread with its own runtime: Drop cannot await.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(db) = Db::connect(&DatabaseUrl::Postgres(url), 1).await {
                    let _ = db
                        .execute(crate::db::Query::assembled(format!(
                            "DROP SCHEMA IF EXISTS {schema} CASCADE"
                        )))
                        .await;
                    db.close().await;
                }
            });
        })
        .join();
    }
}

/// Whether the shared reference data of `../shared/data/<module>` is present; prints why a test is skipped
/// otherwise, and fails when `FABRIQUE_REQUIRE_SHARED_DATA=1` (CI) demands it.
pub fn shared_data(manifest_dir: &str, module: &str) -> Option<std::path::PathBuf> {
    let path = std::path::Path::new(manifest_dir)
        .join("../../../shared/data")
        .join(module);
    if path.is_dir() {
        return Some(path);
    }
    if std::env::var("FABRIQUE_REQUIRE_SHARED_DATA").as_deref() == Ok("1") {
        panic!("données de référence absentes : {}", path.display());
    }
    eprintln!("skipped: ../shared/data/{module} absent");
    None
}
