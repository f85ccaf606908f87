-- Immutable publications: each change of orders produces a snapshot of the computed zones and of the open-data
-- files, with a manifest giving the SHA-256 of every file (spec §7). Rows are never updated.
CREATE TABLE secheresse_publications (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    -- UUID, the `publicationId` of the API.
    id TEXT NOT NULL UNIQUE,
    -- The civil day (Europe/Paris) the zones were computed for.
    jour TEXT NOT NULL,
    motif TEXT NOT NULL,
    nb_zones INTEGER NOT NULL,
    -- Highest computed zone id, so that the next publication numbers its zones after it.
    dernier_id_zone INTEGER NOT NULL,
    manifeste TEXT NOT NULL,
    -- SHA-256 of the manifest.
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The files of a publication, verbatim.
CREATE TABLE secheresse_publication_fichiers (
    publication_seq INTEGER NOT NULL REFERENCES secheresse_publications(seq),
    nom TEXT NOT NULL,
    contenu BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (publication_seq, nom)
);

-- Daily level of each commune and water type (the last publication of a day wins), for commune histories.
-- A missing row means no restriction that day.
CREATE TABLE secheresse_historique (
    jour TEXT NOT NULL,
    code_insee TEXT NOT NULL,
    type_zone TEXT NOT NULL,
    niveau TEXT NOT NULL,
    arrete_numero TEXT,
    PRIMARY KEY (code_insee, type_zone, jour)
);
