//! Blob store: uploaded documents (signed orders, PDFs, perimeters…), with type checks and encryption at rest.
//!
//! Bytes go to `object_store` (a local folder by default, an S3-compatible bucket at scale: one code path);
//! metadata goes to the `blobs` table in the caller's transaction. The type is decided from the content's
//! magic bytes (the `infer` crate), never from the file name or the browser's claim, and must be one the
//! caller's [`UploadPolicy`] allows.
//!
//! Encryption at rest (for documents of people) is envelope encryption with AES-256-GCM: each object gets a
//! random data key and a random nonce; the data key is stored wrapped by the key of `FABRIQUE_FILES_KEY`,
//! which never enters the database. Stolen objects and a stolen database together still reveal nothing.

mod crypto;

use chrono::{DateTime, Utc};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt as _};
use std::sync::Arc;

use crate::config::{BlobStoreConfig, Config};
use crate::db::{Db, DbError, Query, Tx, now};

pub use crypto::CryptoError;

/// What an upload may be.
#[derive(Debug, Clone, Copy)]
pub struct UploadPolicy {
    /// Accepted MIME types, as detected from the content (`text/plain` covers CSV, JSON and GeoJSON).
    pub allowed: &'static [&'static str],
    /// Largest size in bytes.
    pub max_bytes: usize,
    /// Whether to encrypt at rest (refused when no key is configured).
    pub encrypt: bool,
}

/// PDF documents only (signed orders, letters).
pub const PDF: UploadPolicy = UploadPolicy {
    allowed: &["application/pdf"],
    max_bytes: 20 * 1024 * 1024,
    encrypt: false,
};

/// Documents of people: PDF or pictures, always encrypted.
pub const PERSONAL_DOCUMENT: UploadPolicy = UploadPolicy {
    allowed: &["application/pdf", "image/jpeg", "image/png", "image/webp"],
    max_bytes: 10 * 1024 * 1024,
    encrypt: true,
};

/// A refused or failed file operation.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// Empty file.
    #[error("le fichier est vide")]
    Empty,
    /// Too large.
    #[error("le fichier dépasse la taille maximale de {max} Mo")]
    TooLarge {
        /// Limit in MiB.
        max: usize,
    },
    /// Type not allowed.
    #[error("le type de fichier « {found} » n'est pas accepté (attendu : {expected})")]
    WrongType {
        /// Detected type.
        found: String,
        /// Accepted types.
        expected: String,
    },
    /// Encryption requested without a key.
    #[error("le chiffrement des fichiers n'est pas configuré (FABRIQUE_FILES_KEY)")]
    NoKey,
    /// Unknown blob.
    #[error("fichier introuvable")]
    NotFound,
    /// Decryption failed (wrong key or altered object).
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// The object store failed.
    #[error("stockage des fichiers indisponible : {0}")]
    Store(#[from] object_store::Error),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Metadata of a stored blob.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Blob {
    /// Id.
    pub id: i64,
    /// Key in the object store.
    pub storage_key: String,
    /// SHA-256 of the clear content, hex.
    pub sha256: String,
    /// Size of the clear content.
    pub size_bytes: i64,
    /// Detected MIME type.
    pub content_type: String,
    /// Name given by the uploader (shown, never used as a path).
    pub original_name: String,
    /// Whether the object is encrypted.
    pub encrypted: bool,
    /// Uploader.
    pub created_by: Option<i64>,
    /// Upload time.
    pub created_at: DateTime<Utc>,
}

/// The blob store of the process.
#[derive(Clone)]
pub struct BlobStore {
    store: Arc<dyn ObjectStore>,
    key: Option<[u8; 32]>,
}

impl std::fmt::Debug for BlobStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobStore")
            .field("store", &self.store.to_string())
            .finish_non_exhaustive()
    }
}

/// Detects the MIME type of content from its magic bytes; text without NUL is `text/plain`.
pub fn sniff(bytes: &[u8]) -> String {
    if let Some(kind) = infer::get(bytes) {
        return kind.mime_type().to_owned();
    }
    let head = &bytes[..bytes.len().min(8192)];
    let text = !head.contains(&0) && (std::str::from_utf8(head).is_ok() || head.len() == 8192);
    if text {
        "text/plain".to_owned()
    } else {
        "application/octet-stream".to_owned()
    }
}

impl BlobStore {
    /// Opens the configured store.
    pub fn open(config: &Config) -> anyhow::Result<Self> {
        let store: Arc<dyn ObjectStore> = match &config.blob_store {
            BlobStoreConfig::Local(path) => {
                std::fs::create_dir_all(path)?;
                Arc::new(object_store::local::LocalFileSystem::new_with_prefix(path)?)
            }
            BlobStoreConfig::S3 {
                bucket,
                endpoint,
                region,
            } => {
                let mut builder = object_store::aws::AmazonS3Builder::from_env()
                    .with_bucket_name(bucket)
                    .with_region(region);
                if let Some(endpoint) = endpoint {
                    builder = builder
                        .with_endpoint(endpoint)
                        .with_virtual_hosted_style_request(false);
                }
                Arc::new(builder.build()?)
            }
        };
        Ok(Self {
            store,
            key: config.files_key,
        })
    }

    /// Checks and stores bytes; the metadata row is written in the caller's transaction.
    pub async fn put(
        &self,
        tx: &mut Tx,
        bytes: &[u8],
        original_name: &str,
        policy: &UploadPolicy,
        created_by: Option<i64>,
    ) -> Result<Blob, FileError> {
        if bytes.is_empty() {
            return Err(FileError::Empty);
        }
        if bytes.len() > policy.max_bytes {
            return Err(FileError::TooLarge {
                max: policy.max_bytes / (1024 * 1024),
            });
        }
        let content_type = sniff(bytes);
        if !policy.allowed.contains(&content_type.as_str()) {
            return Err(FileError::WrongType {
                found: content_type,
                expected: policy.allowed.join(", "),
            });
        }
        let stored = if policy.encrypt {
            let key = self.key.ok_or(FileError::NoKey)?;
            crypto::seal(&key, bytes)?
        } else {
            bytes.to_vec()
        };
        let sha256 = {
            use sha2::Digest as _;
            hex::encode(sha2::Sha256::digest(bytes))
        };
        let storage_key = format!("{}/{}", now().format("%Y/%m"), crate::auth::random_token());
        self.store
            .put(&ObjectPath::from(storage_key.as_str()), stored.into())
            .await?;
        let name: String = original_name
            .chars()
            .filter(|c| !c.is_control())
            .take(255)
            .collect();
        let blob = tx
            .fetch_one(
                Query::new(
                    "INSERT INTO blobs (storage_key, sha256, size_bytes, content_type, original_name, encrypted, \
                     created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     RETURNING id, storage_key, sha256, size_bytes, content_type, original_name, encrypted, \
                     created_by, created_at",
                )
                .bind(storage_key)
                .bind(sha256)
                .bind(bytes.len())
                .bind(content_type)
                .bind(name)
                .bind(policy.encrypt)
                .bind(created_by)
                .bind(now()),
            )
            .await?;
        Ok(blob)
    }

    /// Metadata of a blob.
    pub async fn metadata(&self, db: &Db, id: i64) -> Result<Blob, FileError> {
        db.fetch_optional(
            Query::new(
                "SELECT id, storage_key, sha256, size_bytes, content_type, original_name, encrypted, created_by, \
                 created_at FROM blobs WHERE id = $1",
            )
            .bind(id),
        )
        .await?
        .ok_or(FileError::NotFound)
    }

    /// Reads a blob, decrypted. Authorisation is the caller's job.
    pub async fn read(&self, db: &Db, id: i64) -> Result<(Blob, Vec<u8>), FileError> {
        let blob = self.metadata(db, id).await?;
        let stored = self
            .store
            .get(&ObjectPath::from(blob.storage_key.as_str()))
            .await?
            .bytes()
            .await?;
        let bytes = if blob.encrypted {
            let key = self.key.ok_or(FileError::NoKey)?;
            crypto::open(&key, &stored)?
        } else {
            stored.to_vec()
        };
        Ok((blob, bytes))
    }

    /// Raw stored bytes (encrypted when the blob is), for tests of encryption at rest.
    pub async fn raw(&self, storage_key: &str) -> Result<Vec<u8>, FileError> {
        Ok(self
            .store
            .get(&ObjectPath::from(storage_key))
            .await?
            .bytes()
            .await?
            .to_vec())
    }

    /// Deletes a blob's metadata in the transaction, then its bytes.
    pub async fn delete(&self, tx: &mut Tx, id: i64) -> Result<(), FileError> {
        let key: Option<(String,)> = tx
            .fetch_optional(
                Query::new("DELETE FROM blobs WHERE id = $1 RETURNING storage_key").bind(id),
            )
            .await?;
        if let Some((key,)) = key {
            self.store.delete(&ObjectPath::from(key.as_str())).await?;
        }
        Ok(())
    }
}
