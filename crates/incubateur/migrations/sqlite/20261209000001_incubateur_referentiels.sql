-- Referentials of the beta.gouv.fr network: organisations, incubators and startups.
--
-- The beta.gouv.fr front-matter is an open format whose keys grow over time; an import must keep unknown keys and
-- their order (spec §4, lossless round-trip). So each record is kept whole as JSON text in `document` (the record as
-- the module exports it, read back by the same parser as the open format), and the few fields queried in SQL are
-- copied into typed columns. The catalogue of every process is rebuilt from `document` when the `changes` feed
-- says `incubateur.catalogue` moved.

CREATE TABLE incubateur_organisations (
    id TEXT PRIMARY KEY,
    nom TEXT NOT NULL,
    sigle TEXT,
    type TEXT NOT NULL,
    domaine_ministeriel TEXT NOT NULL,
    -- New in La Fabrique: the organisation this one belongs to (direction → service), for conflict detection.
    parent TEXT,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE incubateur_incubateurs (
    id TEXT PRIMARY KEY,
    titre TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Ids are case-sensitive and may hold dots (`data.etat`, `auxAJ`): never slugified. `incubateur` is the historical
-- single incubator (the statistics count by it); co-incubation lives in the document.
CREATE TABLE incubateur_startups (
    id TEXT PRIMARY KEY,
    titre TEXT NOT NULL,
    incubateur TEXT NOT NULL,
    document TEXT NOT NULL,
    -- Markdown body after the front-matter, when the record came from a `.md` file.
    corps TEXT,
    -- Compare-and-swap counter of every write.
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incubateur_startups_incubateur ON incubateur_startups (incubateur);

