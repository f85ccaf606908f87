-- Alerts on a saved search and followed aids: double opt-in by e-mail, no account needed (spec §3.4, §7).
--
-- The confirmation token is stored as its SHA-256 and cleared once used. The deletion token stays in clear
-- because every later mail must carry it; it allows nothing but deleting this one alert (or follow).
-- Retention: an unconfirmed alert or follow is purged after 7 days by the daily alert job; a deleted one is
-- removed at once (no soft delete of personal data).
CREATE TABLE aides_alertes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    -- The saved search as a query string of the API's parameters (perimeters in their stable prefixed form).
    querystring TEXT NOT NULL CHECK (length(querystring) <= 12000),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    alert_frequency TEXT NOT NULL CHECK (alert_frequency IN ('daily', 'weekly')),
    validated INTEGER NOT NULL DEFAULT 0,
    date_validated TEXT,
    -- Initialised at creation; moved forward only once a mail is in the outbox.
    latest_alert_date TEXT NOT NULL,
    jeton_confirmation TEXT UNIQUE,
    jeton_suppression TEXT NOT NULL UNIQUE,
    source TEXT,
    created_at TEXT NOT NULL
);
-- The daily run picks the validated alerts whose last mail is old enough.
CREATE INDEX aides_alertes_dues ON aides_alertes (validated, latest_alert_date);

-- Aids followed by e-mail, for the deadline reminders (30 and 7 days before) and the iCal feed.
CREATE TABLE aides_suivis (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    aide_id INTEGER NOT NULL REFERENCES aides_aides(id) ON DELETE CASCADE,
    jeton_confirmation TEXT UNIQUE,
    -- In clear: it opens the iCal feed of this address's follows and stops this follow, nothing else.
    jeton TEXT NOT NULL UNIQUE,
    confirmed_at TEXT,
    -- Reminders already mailed, as "30,7" (days before the deadline they were sent for).
    rappels TEXT NOT NULL DEFAULT '',
    -- The deadline the reminders were sent for: a new deadline re-arms them.
    rappels_echeance TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (email, aide_id)
);
CREATE INDEX aides_suivis_aide ON aides_suivis (aide_id);
