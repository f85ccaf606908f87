-- Reference data of the drought module: zones d'alerte, commune perimeters, rules of gestion and the computed
-- zones imported from VigiEau. Conventions of socle::db: timestamps as RFC 3339 text written by the program,
-- civil dates as YYYY-MM-DD text, booleans as 0/1, geometry as GeoJSON text (no spatial extension: the
-- program indexes geometry in memory, see secheresse::spatial).

-- Zones d'alerte of the reference (Sandre ZAS, ASSEC layers). Identity is (type, code): codes repeat across
-- types and names repeat within a département (spec §8.3). AEP zones are always derived, never stored here.
CREATE TABLE secheresse_zones_alerte (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type_zone TEXT NOT NULL CHECK (type_zone IN ('SUP', 'SOU')),
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
    nom TEXT NOT NULL CHECK (length(nom) <= 200),
    id_sandre INTEGER,
    numero_version INTEGER,
    departement TEXT,
    ressource_influencee INTEGER NOT NULL DEFAULT 0,
    -- An old version kept because arrêtés cadres still use it; it freezes them.
    disabled INTEGER NOT NULL DEFAULT 0,
    -- MultiPolygon in WGS84, exterior rings counter-clockwise; NULL for a zone published without geometry.
    geometrie TEXT,
    -- Which file format it came from (assec, sandre, saisie…).
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (type_zone, code)
);
-- The back-office lists the zones of a département.
CREATE INDEX secheresse_zones_alerte_departement ON secheresse_zones_alerte (departement);

-- Commune perimeters (WGS84 GeoJSON), needed by AEP groups, the harmonisation of the rules of gestion and the
-- commune links of computed zones; the platform's territoires carry names and codes but no geometry.
CREATE TABLE secheresse_communes (
    code_insee TEXT PRIMARY KEY CHECK (length(code_insee) = 5),
    geometrie TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Rules of gestion (superpositionCommune) of each département, dated (spec §3.2).
CREATE TABLE secheresse_regles_gestion (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    departement TEXT NOT NULL,
    regle TEXT NOT NULL CHECK (regle IN ('no', 'no_all', 'yes_only_aep', 'yes_distinct', 'yes_except_aep', 'yes_all')),
    date_debut TEXT NOT NULL,
    date_fin TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    CHECK (date_fin IS NULL OR date_fin >= date_debut)
);
CREATE INDEX secheresse_regles_gestion_departement ON secheresse_regles_gestion (departement);

-- Computed zones imported from VigiEau's open data (GeoJSON or the daily CSV), for départements whose orders
-- are not drafted here yet. The id is VigiEau's published id. Once a département publishes its own arrêtés
-- here, its imported zones are ignored by the publication.
CREATE TABLE secheresse_zones_importees (
    id INTEGER PRIMARY KEY,
    departement TEXT NOT NULL,
    departement_nom TEXT,
    type_zone TEXT NOT NULL CHECK (type_zone IN ('SUP', 'SOU', 'AEP')),
    code TEXT NOT NULL,
    nom TEXT NOT NULL,
    id_sandre INTEGER,
    ressource_influencee INTEGER NOT NULL DEFAULT 0,
    niveau TEXT NOT NULL CHECK (niveau IN ('vigilance', 'alerte', 'alerte_renforcee', 'crise')),
    arrete_id INTEGER,
    arrete_numero TEXT,
    arrete_date_debut TEXT,
    arrete_date_fin TEXT,
    arrete_date_signature TEXT,
    arrete_fichier TEXT,
    -- Usages with the text of the zone's level, as JSON (only the program reads it).
    usages TEXT NOT NULL DEFAULT '[]',
    geometrie TEXT,
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX secheresse_zones_importees_departement ON secheresse_zones_importees (departement);
