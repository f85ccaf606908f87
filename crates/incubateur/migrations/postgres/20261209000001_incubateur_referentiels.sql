-- Referentials of the beta.gouv.fr network; the SQLite twin has the same tables and columns (see its comments).

CREATE TABLE incubateur_organisations (
    id TEXT PRIMARY KEY,
    nom TEXT NOT NULL,
    sigle TEXT,
    type TEXT NOT NULL,
    domaine_ministeriel TEXT NOT NULL,
    parent TEXT,
    document TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE incubateur_incubateurs (
    id TEXT PRIMARY KEY,
    titre TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE incubateur_startups (
    id TEXT PRIMARY KEY,
    titre TEXT NOT NULL,
    incubateur TEXT NOT NULL,
    document TEXT NOT NULL,
    corps TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incubateur_startups_incubateur ON incubateur_startups (incubateur);

