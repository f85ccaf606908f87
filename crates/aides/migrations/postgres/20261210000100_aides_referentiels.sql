-- Referentials of the aids module: themes and categories, carriers (porteurs d'aides), programs, synonym
-- lists, ad-hoc perimeters and the commune → water basin table. The administrative geography itself is the
-- platform's `territoires`, loaded in memory: only what the module adds to it is stored here.

-- Themes and categories keep dense ids (0, 1, 2…) given by the program: the search index addresses them by
-- position, and rows are never deleted, so an id keeps meaning the same category. A category is identified by
-- its (theme, name) pair: « Tourisme » exists under two themes.
CREATE TABLE aides_thematiques (
    id BIGINT PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE CHECK (length(nom) BETWEEN 1 AND 200),
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE aides_categories (
    id BIGINT PRIMARY KEY,
    thematique_id BIGINT NOT NULL REFERENCES aides_thematiques(id),
    nom TEXT NOT NULL CHECK (length(nom) BETWEEN 1 AND 200),
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (thematique_id, nom)
);

-- Carriers of aids (ADEME, a région, an agence de l'eau…), financers or instructors. A carrier is also the
-- organisation of the `porteur` role: its id is the organisation of the grant.
CREATE TABLE aides_porteurs (
    id BIGSERIAL PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE CHECK (length(nom) BETWEEN 1 AND 256),
    slug TEXT NOT NULL,
    logo TEXT,
    description TEXT NOT NULL DEFAULT '',
    -- Its own perimeter, as (scale, code) of the perimeter graph.
    perimetre_echelle TEXT,
    perimetre_code TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE aides_programmes (
    id BIGSERIAL PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE CHECK (length(nom) BETWEEN 1 AND 256),
    slug TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL
);

-- Synonym lists managed by admins: searching `{id}-{slug}` ORs the comma-separated terms.
CREATE TABLE aides_listes_synonymes (
    id BIGSERIAL PRIMARY KEY,
    nom TEXT NOT NULL UNIQUE CHECK (length(nom) BETWEEN 1 AND 256),
    slug TEXT NOT NULL,
    termes TEXT NOT NULL CHECK (length(termes) BETWEEN 1 AND 10000),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Ad-hoc perimeters built from lists of INSEE codes or EPCI SIRENs. The list is kept as uploaded (one code a
-- line) and turned into graph links in memory at every index build, in id order, so every process gives them
-- the same perimeter ids. Never deleted: an obsolete perimeter still resolves for old aids and alerts.
CREATE TABLE aides_perimetres_adhoc (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 200),
    nom TEXT NOT NULL CHECK (length(nom) BETWEEN 1 AND 200),
    codes TEXT NOT NULL,
    visible BOOLEAN NOT NULL DEFAULT TRUE,
    obsolete BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL
);

-- Sandre water basin of metropolitan communes (Sandre data, uploaded by admins); the basins of Corsica and of
-- the five DROM follow their départements and need no row. `bassin` is the two-digit Sandre number.
CREATE TABLE aides_bassins_communes (
    code_insee TEXT PRIMARY KEY CHECK (length(code_insee) = 5),
    bassin TEXT NOT NULL CHECK (length(bassin) = 2),
    updated_at TIMESTAMPTZ NOT NULL
);
