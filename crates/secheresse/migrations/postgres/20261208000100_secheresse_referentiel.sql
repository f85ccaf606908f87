-- Reference data of the drought module: zones d'alerte, commune perimeters, rules of gestion and the computed
-- zones imported from VigiEau. Same tables and columns as the SQLite twin, with native types (BIGINT,
-- BOOLEAN, DATE, TIMESTAMPTZ). Geometry is GeoJSON text: the program indexes it in memory (no PostGIS, so
-- that both backends behave the same).

-- Zones d'alerte of the reference (Sandre ZAS, ASSEC layers). Identity is (type, code) (spec §8.3).
CREATE TABLE secheresse_zones_alerte (
    id BIGSERIAL PRIMARY KEY,
    type_zone TEXT NOT NULL CHECK (type_zone IN ('SUP', 'SOU')),
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
    nom TEXT NOT NULL CHECK (length(nom) <= 200),
    id_sandre BIGINT,
    numero_version BIGINT,
    departement TEXT,
    ressource_influencee BOOLEAN NOT NULL DEFAULT FALSE,
    -- An old version kept because arrêtés cadres still use it; it freezes them.
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    -- MultiPolygon in WGS84, exterior rings counter-clockwise; NULL for a zone published without geometry.
    geometrie TEXT,
    source TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (type_zone, code)
);
-- The back-office lists the zones of a département.
CREATE INDEX secheresse_zones_alerte_departement ON secheresse_zones_alerte (departement);

-- Commune perimeters (WGS84 GeoJSON): the platform's territoires carry names and codes but no geometry.
CREATE TABLE secheresse_communes (
    code_insee TEXT PRIMARY KEY CHECK (length(code_insee) = 5),
    geometrie TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Rules of gestion (superpositionCommune) of each département, dated (spec §3.2).
CREATE TABLE secheresse_regles_gestion (
    id BIGSERIAL PRIMARY KEY,
    departement TEXT NOT NULL,
    regle TEXT NOT NULL CHECK (regle IN ('no', 'no_all', 'yes_only_aep', 'yes_distinct', 'yes_except_aep', 'yes_all')),
    date_debut DATE NOT NULL,
    date_fin DATE,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL,
    CHECK (date_fin IS NULL OR date_fin >= date_debut)
);
CREATE INDEX secheresse_regles_gestion_departement ON secheresse_regles_gestion (departement);

-- Computed zones imported from VigiEau's open data, for départements whose orders are not drafted here yet.
CREATE TABLE secheresse_zones_importees (
    id BIGINT PRIMARY KEY,
    departement TEXT NOT NULL,
    departement_nom TEXT,
    type_zone TEXT NOT NULL CHECK (type_zone IN ('SUP', 'SOU', 'AEP')),
    code TEXT NOT NULL,
    nom TEXT NOT NULL,
    id_sandre BIGINT,
    ressource_influencee BOOLEAN NOT NULL DEFAULT FALSE,
    niveau TEXT NOT NULL CHECK (niveau IN ('vigilance', 'alerte', 'alerte_renforcee', 'crise')),
    arrete_id BIGINT,
    arrete_numero TEXT,
    arrete_date_debut DATE,
    arrete_date_fin DATE,
    arrete_date_signature DATE,
    arrete_fichier TEXT,
    -- Usages with the text of the zone's level, as JSON text (only the program reads it).
    usages TEXT NOT NULL DEFAULT '[]',
    geometrie TEXT,
    source TEXT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX secheresse_zones_importees_departement ON secheresse_zones_importees (departement);
