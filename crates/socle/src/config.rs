//! Typed configuration read from `FABRIQUE_…` environment variables.
//!
//! Parsing is split in two steps, as ripgrep does with its arguments: [`Config::from_lookup`] only reads and
//! validates strings (no I/O, so it is unit-tested with a map), and the caller then opens what the
//! configuration names. Every error names the variable and says what a valid value looks like, so that a
//! bad deployment fails at start-up with one clear line instead of a runtime surprise.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Where the database lives; the URL scheme chooses the backend.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite:` URL (embedded default).
    Sqlite(String),
    /// `postgres://` or `postgresql://` URL.
    Postgres(String),
}

impl DatabaseUrl {
    /// Parses a database URL, refusing schemes other than SQLite and PostgreSQL.
    pub fn parse(url: &str) -> Result<Self, ConfigError> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite(url.to_owned()))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres(url.to_owned()))
        } else {
            Err(ConfigError::invalid(
                "FABRIQUE_DATABASE_URL",
                "doit commencer par sqlite: ou postgres://",
            ))
        }
    }

    /// The URL as given.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sqlite(url) | Self::Postgres(url) => url,
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    // A PostgreSQL URL may carry a password: never print it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact_url(self.as_str()))
    }
}

/// Where blobs are kept.
#[derive(Clone, PartialEq, Eq)]
pub enum BlobStoreConfig {
    /// A folder of the local disk (default: `<data dir>/blobs`).
    Local(PathBuf),
    /// An S3-compatible bucket; credentials come from the standard `AWS_*` variables.
    S3 {
        /// Bucket name.
        bucket: String,
        /// Endpoint URL for S3-compatible services other than AWS (`MinIO`, Scaleway, OVH…).
        endpoint: Option<String>,
        /// Region name.
        region: String,
    },
}

impl fmt::Debug for BlobStoreConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Local(path) => write!(f, "Local({})", path.display()),
            Self::S3 {
                bucket,
                endpoint,
                region,
            } => {
                write!(
                    f,
                    "S3(bucket={bucket}, endpoint={endpoint:?}, region={region})"
                )
            }
        }
    }
}

/// Output format of the logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines (default).
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// The validated configuration of one process.
#[derive(Clone)]
pub struct Config {
    /// Address the HTTP server listens on (`FABRIQUE_LISTEN`, default `127.0.0.1:8080`).
    pub listen: SocketAddr,
    /// Database URL (`FABRIQUE_DATABASE_URL`, default `sqlite://<data dir>/fabrique.db`… see [`Config::from_lookup`]).
    pub database_url: DatabaseUrl,
    /// Folder for local blobs and indexes (`FABRIQUE_DATA_DIR`, default `data`).
    pub data_dir: PathBuf,
    /// Public base URL used in e-mails and API links (`FABRIQUE_BASE_URL`).
    pub base_url: String,
    /// Whether the public URL is HTTPS: turns on `Secure` cookies and HSTS.
    pub behind_tls: bool,
    /// SMTP URL (`FABRIQUE_SMTP_URL`, e.g. `smtps://user:pass@host:465`); mails stay in the outbox when unset.
    pub smtp_url: Option<String>,
    /// Sender address of e-mails (`FABRIQUE_MAIL_FROM`).
    pub mail_from: String,
    /// Blob store.
    pub blob_store: BlobStoreConfig,
    /// Key encrypting blobs at rest (`FABRIQUE_FILES_KEY`, 32 bytes in base64); kept outside the database.
    pub files_key: Option<[u8; 32]>,
    /// Largest accepted upload in bytes (`FABRIQUE_MAX_UPLOAD_BYTES`, default 20 MiB).
    pub max_upload_bytes: usize,
    /// Largest accepted request body other than uploads (`FABRIQUE_MAX_BODY_BYTES`, default 2 MiB).
    pub max_body_bytes: usize,
    /// Time after which a request is abandoned with 408 (`FABRIQUE_REQUEST_TIMEOUT_SECS`, default 30).
    pub request_timeout: Duration,
    /// Maximum database connections of this process (`FABRIQUE_DB_MAX_CONNECTIONS`, default 10).
    pub db_max_connections: u32,
    /// Requests per minute allowed to one IP on the API (`FABRIQUE_API_RATE_PER_MINUTE_IP`, default 600).
    pub api_rate_per_minute_ip: u32,
    /// Requests per minute allowed to one API token (`FABRIQUE_API_RATE_PER_MINUTE_TOKEN`, default 3000).
    pub api_rate_per_minute_token: u32,
    /// Whether this process runs background jobs (`FABRIQUE_JOBS`, default true).
    pub run_jobs: bool,
    /// Log format (`FABRIQUE_LOG_FORMAT`: `text` or `json`).
    pub log_format: LogFormat,
    /// Trust the first address of `X-Forwarded-For` as the client IP (`FABRIQUE_TRUST_PROXY`, default false).
    pub trust_proxy: bool,
}

impl fmt::Debug for Config {
    // Secrets are redacted: the SMTP URL may hold a password and the files key must never reach a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("database_url", &self.database_url)
            .field("data_dir", &self.data_dir)
            .field("base_url", &self.base_url)
            .field("behind_tls", &self.behind_tls)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("mail_from", &self.mail_from)
            .field("blob_store", &self.blob_store)
            .field("files_key", &self.files_key.map(|_| "<redacted>"))
            .field("max_upload_bytes", &self.max_upload_bytes)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("request_timeout", &self.request_timeout)
            .field("db_max_connections", &self.db_max_connections)
            .field("api_rate_per_minute_ip", &self.api_rate_per_minute_ip)
            .field("api_rate_per_minute_token", &self.api_rate_per_minute_token)
            .field("run_jobs", &self.run_jobs)
            .field("log_format", &self.log_format)
            .field("trust_proxy", &self.trust_proxy)
            .finish()
    }
}

/// A configuration variable with a bad value.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("configuration invalide : {variable} {reason}")]
pub struct ConfigError {
    /// Name of the environment variable.
    pub variable: &'static str,
    /// What is wrong, in French.
    pub reason: String,
}

impl ConfigError {
    fn invalid(variable: &'static str, reason: impl Into<String>) -> Self {
        Self {
            variable,
            reason: reason.into(),
        }
    }
}

/// Every variable the program reads, with its meaning and default, for `--help` and the README.
pub const VARIABLES: &[(&str, &str, &str)] = &[
    (
        "FABRIQUE_LISTEN",
        "127.0.0.1:8080",
        "adresse d'écoute du serveur HTTP",
    ),
    (
        "FABRIQUE_DATABASE_URL",
        "sqlite://fabrique.db",
        "base de données : sqlite:… ou postgres://…",
    ),
    (
        "FABRIQUE_DATA_DIR",
        "data",
        "dossier des fichiers déposés et des index",
    ),
    (
        "FABRIQUE_BASE_URL",
        "http://<FABRIQUE_LISTEN>",
        "adresse publique, utilisée dans les courriels",
    ),
    (
        "FABRIQUE_SMTP_URL",
        "(vide)",
        "serveur SMTP ; sans lui les courriels restent dans la boîte d'envoi",
    ),
    (
        "FABRIQUE_MAIL_FROM",
        "La Fabrique <ne-pas-repondre@fabrique.localhost>",
        "expéditeur des courriels",
    ),
    (
        "FABRIQUE_S3_BUCKET",
        "(vide)",
        "compartiment S3 des fichiers ; sinon dossier local",
    ),
    (
        "FABRIQUE_S3_ENDPOINT",
        "(vide)",
        "point d'accès S3 compatible (`MinIO`, Scaleway, OVH…)",
    ),
    ("FABRIQUE_S3_REGION", "eu-west-3", "région S3"),
    (
        "FABRIQUE_FILES_KEY",
        "(vide)",
        "clé de chiffrement des fichiers au repos, 32 octets en base64",
    ),
    (
        "FABRIQUE_MAX_UPLOAD_BYTES",
        "20971520",
        "taille maximale d'un fichier déposé",
    ),
    (
        "FABRIQUE_MAX_BODY_BYTES",
        "2097152",
        "taille maximale d'une requête hors dépôt de fichier",
    ),
    (
        "FABRIQUE_REQUEST_TIMEOUT_SECS",
        "30",
        "durée maximale d'une requête",
    ),
    (
        "FABRIQUE_DB_MAX_CONNECTIONS",
        "10",
        "connexions à la base par processus",
    ),
    (
        "FABRIQUE_API_RATE_PER_MINUTE_IP",
        "600",
        "requêtes API par minute et par adresse IP",
    ),
    (
        "FABRIQUE_API_RATE_PER_MINUTE_TOKEN",
        "3000",
        "requêtes API par minute et par jeton",
    ),
    (
        "FABRIQUE_JOBS",
        "true",
        "ce processus exécute-t-il les tâches de fond",
    ),
    (
        "FABRIQUE_LOG_FORMAT",
        "text",
        "format des journaux : text ou json",
    ),
    (
        "FABRIQUE_TRUST_PROXY",
        "false",
        "faire confiance à X-Forwarded-For (derrière un répartiteur)",
    ),
];

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
    }

    /// Reads the configuration through `lookup` (the environment in production, a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let listen_raw = lookup("FABRIQUE_LISTEN").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let listen: SocketAddr = listen_raw.parse().map_err(|_| {
            ConfigError::invalid(
                "FABRIQUE_LISTEN",
                format!("« {listen_raw} » n'est pas une adresse IP:port"),
            )
        })?;
        let data_dir =
            PathBuf::from(lookup("FABRIQUE_DATA_DIR").unwrap_or_else(|| "data".to_owned()));
        let database_url = match lookup("FABRIQUE_DATABASE_URL") {
            Some(url) => DatabaseUrl::parse(&url)?,
            None => DatabaseUrl::Sqlite("sqlite://fabrique.db".to_owned()),
        };
        let base_url = lookup("FABRIQUE_BASE_URL")
            .unwrap_or_else(|| format!("http://{listen}"))
            .trim_end_matches('/')
            .to_owned();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(ConfigError::invalid(
                "FABRIQUE_BASE_URL",
                "doit commencer par http:// ou https://",
            ));
        }
        let behind_tls = base_url.starts_with("https://");
        let smtp_url = lookup("FABRIQUE_SMTP_URL");
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            return Err(ConfigError::invalid(
                "FABRIQUE_SMTP_URL",
                "doit commencer par smtp:// ou smtps://",
            ));
        }
        let mail_from = lookup("FABRIQUE_MAIL_FROM")
            .unwrap_or_else(|| "La Fabrique <ne-pas-repondre@fabrique.localhost>".to_owned());
        if !mail_from.contains('@') {
            return Err(ConfigError::invalid(
                "FABRIQUE_MAIL_FROM",
                "doit contenir une adresse électronique",
            ));
        }
        let blob_store = match lookup("FABRIQUE_S3_BUCKET") {
            Some(bucket) => BlobStoreConfig::S3 {
                bucket,
                endpoint: lookup("FABRIQUE_S3_ENDPOINT"),
                region: lookup("FABRIQUE_S3_REGION").unwrap_or_else(|| "eu-west-3".to_owned()),
            },
            None => BlobStoreConfig::Local(data_dir.join("blobs")),
        };
        let files_key = match lookup("FABRIQUE_FILES_KEY") {
            Some(encoded) => Some(parse_key(&encoded)?),
            None => None,
        };
        let log_format = match lookup("FABRIQUE_LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError::invalid(
                    "FABRIQUE_LOG_FORMAT",
                    format!("« {other} » : valeurs possibles text ou json"),
                ));
            }
        };
        Ok(Self {
            listen,
            database_url,
            data_dir,
            base_url,
            behind_tls,
            smtp_url,
            mail_from,
            blob_store,
            files_key,
            max_upload_bytes: number(&lookup, "FABRIQUE_MAX_UPLOAD_BYTES", 20 * 1024 * 1024, 1024)?,
            max_body_bytes: number(&lookup, "FABRIQUE_MAX_BODY_BYTES", 2 * 1024 * 1024, 1024)?,
            request_timeout: Duration::from_secs(number(
                &lookup,
                "FABRIQUE_REQUEST_TIMEOUT_SECS",
                30,
                1,
            )?),
            db_max_connections: number(&lookup, "FABRIQUE_DB_MAX_CONNECTIONS", 10, 1)?,
            api_rate_per_minute_ip: number(&lookup, "FABRIQUE_API_RATE_PER_MINUTE_IP", 600, 1)?,
            api_rate_per_minute_token: number(
                &lookup,
                "FABRIQUE_API_RATE_PER_MINUTE_TOKEN",
                3000,
                1,
            )?,
            run_jobs: boolean(&lookup, "FABRIQUE_JOBS", true)?,
            log_format,
            trust_proxy: boolean(&lookup, "FABRIQUE_TRUST_PROXY", false)?,
        })
    }

    /// A configuration for tests: the given database, a temporary data folder, no SMTP, jobs run by hand.
    pub fn for_tests(database_url: DatabaseUrl, data_dir: PathBuf) -> Self {
        let mut config = Self::from_lookup(|_| None).expect("the defaults are valid");
        config.blob_store = BlobStoreConfig::Local(data_dir.join("blobs"));
        config.database_url = database_url;
        config.data_dir = data_dir;
        config.run_jobs = false;
        config.db_max_connections = 5;
        // Tests call the API far faster than any person; the rate-limit test sets its own quota.
        config.api_rate_per_minute_ip = 1_000_000;
        config.api_rate_per_minute_token = 1_000_000;
        config
    }
}

fn number<T: std::str::FromStr + PartialOrd + fmt::Display + Copy>(
    lookup: &impl Fn(&str) -> Option<String>,
    variable: &'static str,
    default: T,
    minimum: T,
) -> Result<T, ConfigError> {
    match lookup(variable) {
        None => Ok(default),
        Some(raw) => match raw.trim().parse::<T>() {
            Ok(value) if value >= minimum => Ok(value),
            Ok(_) => Err(ConfigError::invalid(
                variable,
                format!("doit valoir au moins {minimum}"),
            )),
            Err(_) => Err(ConfigError::invalid(
                variable,
                format!("« {raw} » n'est pas un nombre entier"),
            )),
        },
    }
}

fn boolean(
    lookup: &impl Fn(&str) -> Option<String>,
    variable: &'static str,
    default: bool,
) -> Result<bool, ConfigError> {
    match lookup(variable)
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None => Ok(default),
        Some("1" | "true" | "yes" | "oui") => Ok(true),
        Some("0" | "false" | "no" | "non") => Ok(false),
        Some(other) => Err(ConfigError::invalid(
            variable,
            format!("« {other} » : valeurs possibles true ou false"),
        )),
    }
}

fn parse_key(encoded: &str) -> Result<[u8; 32], ConfigError> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|_| ConfigError::invalid("FABRIQUE_FILES_KEY", "n'est pas du base64 valide"))?;
    bytes
        .try_into()
        .map_err(|_| ConfigError::invalid("FABRIQUE_FILES_KEY", "doit faire exactement 32 octets"))
}

/// Replaces the password of a URL by `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((credentials, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match credentials.split_once(':') {
        Some((user, _password)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_give_a_working_embedded_setup() {
        let config = config(&[]).unwrap();
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert!(matches!(config.database_url, DatabaseUrl::Sqlite(_)));
        assert!(!config.behind_tls);
        assert_eq!(
            config.blob_store,
            BlobStoreConfig::Local(PathBuf::from("data/blobs"))
        );
    }

    #[test]
    fn bad_listen_address_names_the_variable() {
        let error = config(&[("FABRIQUE_LISTEN", "localhost")]).unwrap_err();
        assert_eq!(error.variable, "FABRIQUE_LISTEN");
        assert!(error.to_string().contains("localhost"));
    }

    #[test]
    fn unknown_database_scheme_is_refused() {
        let error = config(&[("FABRIQUE_DATABASE_URL", "mysql://x")]).unwrap_err();
        assert_eq!(error.variable, "FABRIQUE_DATABASE_URL");
    }

    #[test]
    fn https_base_url_means_behind_tls() {
        assert!(
            config(&[("FABRIQUE_BASE_URL", "https://fabrique.example/")])
                .unwrap()
                .behind_tls
        );
    }

    #[test]
    fn files_key_must_be_32_bytes() {
        assert!(config(&[("FABRIQUE_FILES_KEY", "c2hvcnQ=")]).is_err());
        let key = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        assert!(
            config(&[("FABRIQUE_FILES_KEY", key)])
                .unwrap()
                .files_key
                .is_some()
        );
    }

    #[test]
    fn numbers_below_their_minimum_are_refused() {
        assert!(config(&[("FABRIQUE_REQUEST_TIMEOUT_SECS", "0")]).is_err());
        assert!(config(&[("FABRIQUE_MAX_BODY_BYTES", "beaucoup")]).is_err());
    }

    #[test]
    fn debug_output_hides_secrets() {
        let config = config(&[
            (
                "FABRIQUE_DATABASE_URL",
                "postgres://app:hunter2@db/fabrique",
            ),
            (
                "FABRIQUE_SMTP_URL",
                "smtps://mailer:s3cret@smtp.example:465",
            ),
            (
                "FABRIQUE_FILES_KEY",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            ),
        ])
        .unwrap();
        let printed = format!("{config:?}");
        assert!(!printed.contains("hunter2"));
        assert!(!printed.contains("s3cret"));
        assert!(printed.contains("<redacted>"));
    }
}
