-- The platform's tables. Conventions shared by every migration of the project (see socle::db):
-- integer ids, timestamps as RFC 3339 text written by the program (never CURRENT_TIMESTAMP, whose format
-- differs), booleans as 0/1, JSON as text. The PostgreSQL twin has the same tables and columns.

-- Accounts. The e-mail is stored lower-cased so that the unique index is case-insensitive.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0,
    email_confirmed_at TEXT,
    disabled_at TEXT,
    -- Changed with the password: sessions opened before a change are refused.
    auth_stamp TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_login_at TEXT
);

-- Roles scoped to a module and, where the module needs it, to an organisation (a département, a backer…).
-- An empty organisation means "the whole module"; empty rather than NULL so that the unique index holds.
CREATE TABLE user_roles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    module TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    granted_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    granted_at TEXT NOT NULL,
    UNIQUE (user_id, module, role, organisation)
);

-- Single-use tokens of e-mail confirmation and password reset; only their SHA-256 is kept.
CREATE TABLE user_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL
);

-- API tokens; only their SHA-256 is kept, with a short prefix to recognise them in the list.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
);

-- Sign-in attempts, for throttling per account and per IP; purged by a periodic job.
CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    ip TEXT NOT NULL,
    succeeded INTEGER NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX login_attempts_email_at ON login_attempts (email, at);
CREATE INDEX login_attempts_ip_at ON login_attempts (ip, at);

-- Sessions of tower-sessions; the id is stored hashed so that a copy of the table opens no session.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- Append-only journal of every change, chained by SHA-256 (see socle::audit). Triggers refuse updates and
-- deletes; `fabrique audit verify` recomputes the chain.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_id INTEGER,
    actor TEXT NOT NULL,
    module TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    summary TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_target ON audit_log (module, target);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Durable job queue shared by every process (see socle::jobs).
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    run_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    locked_by TEXT,
    locked_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
-- The worker's claim looks for the oldest due pending job.
CREATE INDEX jobs_due ON jobs (status, run_at);

-- Next run of each periodic job; processes race on it with a compare-and-swap on next_run_at.
CREATE TABLE job_schedules (
    name TEXT PRIMARY KEY,
    next_run_at TEXT NOT NULL,
    last_run_at TEXT
);

-- Mail outbox: every mail is written here in the transaction of the change that causes it, then sent by a job.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_created_at ON outbox (created_at);

-- Metadata of stored blobs; the bytes are in the blob store (folder or S3), possibly encrypted.
CREATE TABLE blobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    storage_key TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    original_name TEXT NOT NULL,
    encrypted INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

-- A newer territoires dataset imported by `fabrique import territoires` (gzipped JSON); the newest row wins
-- over the dataset shipped with the program.
CREATE TABLE territoires_datasets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    content BLOB NOT NULL,
    imported_at TEXT NOT NULL
);

-- Change feed: a row per change of data that processes keep in memory; every process polls the highest seq
-- and rebuilds what changed (see ARCHITECTURE.md §4).
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    topic TEXT NOT NULL,
    at TEXT NOT NULL
);
