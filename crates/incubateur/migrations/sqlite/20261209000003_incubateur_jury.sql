-- Pre-jury, auditions, jury scores and deliberation (spec §3.4).
--
-- Who may act is a platform role scoped by call (`incubateur:pre_jure`, `jure`, `president_jury` for the call
-- id); `incubateur_jury` holds what a role cannot: the name shown in the minutes and the member's organisation,
-- which conflict detection compares with the agent's organisation and the sponsors in the org chart.

CREATE TABLE incubateur_jury (
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- `pre_jure`, `jure` or `president`.
    fonction TEXT NOT NULL,
    nom TEXT NOT NULL,
    organisation TEXT,
    PRIMARY KEY (appel_id, user_id, fonction)
);

-- Pre-jury in "marks" mode: one row per (pre-juror, submission) marked for an audition.
CREATE TABLE incubateur_marques (
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidature_id INTEGER NOT NULL REFERENCES incubateur_candidatures(id),
    at TEXT NOT NULL,
    PRIMARY KEY (user_id, candidature_id)
);
CREATE INDEX incubateur_marques_appel ON incubateur_marques (appel_id);

-- Conflicts of interest declared by a juror (or on their behalf) for one submission; detected conflicts (org chart)
-- are computed, never stored, so that a corrected org chart corrects them.
CREATE TABLE incubateur_conflits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidature_id INTEGER NOT NULL REFERENCES incubateur_candidatures(id),
    motif TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (user_id, candidature_id)
);
CREATE INDEX incubateur_conflits_appel ON incubateur_conflits (appel_id);

-- The frozen audition plan: its settings and seed, and the slots it produced (stored for audit, so that the
-- order shown years later is the order used, whatever the code).
CREATE TABLE incubateur_plannings (
    appel_id INTEGER PRIMARY KEY REFERENCES incubateur_appels(id),
    graine INTEGER NOT NULL,
    debut TEXT NOT NULL,
    pitch_minutes INTEGER NOT NULL,
    questions_minutes INTEGER NOT NULL,
    battement_minutes INTEGER NOT NULL,
    pause_toutes INTEGER NOT NULL,
    pause_minutes INTEGER NOT NULL,
    lieu TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE incubateur_creneaux (
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    ordre INTEGER NOT NULL,
    candidature_id INTEGER NOT NULL REFERENCES incubateur_candidatures(id),
    debut TEXT NOT NULL,
    fin_pitch TEXT NOT NULL,
    fin TEXT NOT NULL,
    PRIMARY KEY (appel_id, ordre),
    -- One slot per submission; also the index of the score entry's "is it on the plan?" check.
    UNIQUE (appel_id, candidature_id)
);

-- A juror's grades for one submission, one per criterion of the grid (JSON list), their weighted total and a
-- private note only its author reads.
CREATE TABLE incubateur_notes (
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidature_id INTEGER NOT NULL REFERENCES incubateur_candidatures(id),
    notes TEXT NOT NULL,
    total REAL NOT NULL,
    note_privee TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, candidature_id)
);
CREATE INDEX incubateur_notes_appel ON incubateur_notes (appel_id);

-- Jurors who submitted their scores: from then on they see the others' submitted scores, and theirs are locked.
CREATE TABLE incubateur_notes_soumises (
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    PRIMARY KEY (appel_id, user_id)
);

-- The closed deliberation: decisions, participants and the minutes with the SHA-256 of the canonical score sheet.
CREATE TABLE incubateur_deliberations (
    appel_id INTEGER PRIMARY KEY REFERENCES incubateur_appels(id),
    date TEXT NOT NULL,
    president TEXT NOT NULL,
    -- JSON list of names.
    participants TEXT NOT NULL,
    -- JSON `[{candidature, issue, motivation}]`.
    decisions TEXT NOT NULL,
    empreinte TEXT NOT NULL,
    proces_verbal TEXT NOT NULL,
    close_at TEXT NOT NULL,
    lettres_at TEXT
);
