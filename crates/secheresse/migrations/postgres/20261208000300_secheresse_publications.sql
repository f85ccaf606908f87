-- Immutable publications: snapshots of the computed zones and open-data files with their manifest (spec §7).
CREATE TABLE secheresse_publications (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    jour DATE NOT NULL,
    motif TEXT NOT NULL,
    nb_zones BIGINT NOT NULL,
    dernier_id_zone BIGINT NOT NULL,
    manifeste TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE secheresse_publication_fichiers (
    publication_seq BIGINT NOT NULL REFERENCES secheresse_publications(seq),
    nom TEXT NOT NULL,
    contenu BYTEA NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (publication_seq, nom)
);

-- Daily level of each commune and water type (the last publication of a day wins), for commune histories.
CREATE TABLE secheresse_historique (
    jour DATE NOT NULL,
    code_insee TEXT NOT NULL,
    type_zone TEXT NOT NULL,
    niveau TEXT NOT NULL,
    arrete_numero TEXT,
    PRIMARY KEY (code_insee, type_zone, jour)
);
