-- Pre-jury, auditions, jury scores and deliberation; the SQLite twin has the same tables and columns (see its
-- comments).

CREATE TABLE incubateur_jury (
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    fonction TEXT NOT NULL,
    nom TEXT NOT NULL,
    organisation TEXT,
    PRIMARY KEY (appel_id, user_id, fonction)
);

CREATE TABLE incubateur_marques (
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidature_id BIGINT NOT NULL REFERENCES incubateur_candidatures(id),
    at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, candidature_id)
);
CREATE INDEX incubateur_marques_appel ON incubateur_marques (appel_id);

CREATE TABLE incubateur_conflits (
    id BIGSERIAL PRIMARY KEY,
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidature_id BIGINT NOT NULL REFERENCES incubateur_candidatures(id),
    motif TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id, candidature_id)
);
CREATE INDEX incubateur_conflits_appel ON incubateur_conflits (appel_id);

CREATE TABLE incubateur_plannings (
    appel_id BIGINT PRIMARY KEY REFERENCES incubateur_appels(id),
    graine BIGINT NOT NULL,
    debut TEXT NOT NULL,
    pitch_minutes BIGINT NOT NULL,
    questions_minutes BIGINT NOT NULL,
    battement_minutes BIGINT NOT NULL,
    pause_toutes BIGINT NOT NULL,
    pause_minutes BIGINT NOT NULL,
    lieu TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE incubateur_creneaux (
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    ordre BIGINT NOT NULL,
    candidature_id BIGINT NOT NULL REFERENCES incubateur_candidatures(id),
    debut TEXT NOT NULL,
    fin_pitch TEXT NOT NULL,
    fin TEXT NOT NULL,
    PRIMARY KEY (appel_id, ordre),
    UNIQUE (appel_id, candidature_id)
);

CREATE TABLE incubateur_notes (
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidature_id BIGINT NOT NULL REFERENCES incubateur_candidatures(id),
    notes TEXT NOT NULL,
    total DOUBLE PRECISION NOT NULL,
    note_privee TEXT,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, candidature_id)
);
CREATE INDEX incubateur_notes_appel ON incubateur_notes (appel_id);

CREATE TABLE incubateur_notes_soumises (
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (appel_id, user_id)
);

CREATE TABLE incubateur_deliberations (
    appel_id BIGINT PRIMARY KEY REFERENCES incubateur_appels(id),
    date DATE NOT NULL,
    president TEXT NOT NULL,
    participants TEXT NOT NULL,
    decisions TEXT NOT NULL,
    empreinte TEXT NOT NULL,
    proces_verbal TEXT NOT NULL,
    close_at TIMESTAMPTZ NOT NULL,
    lettres_at TIMESTAMPTZ
);
