-- Tables of the mining cadastre (module mines); the SQLite twin has the same tables and columns (see its comments).
-- Timestamps are written from Rust (`socle::db::now`), never by DEFAULT now().
--
-- What is entered (titres, démarches, étapes, documents, entreprises) and what is derived by the procedure engine
-- (statuts, visibility, phases, current properties, search keys) live side by side: the derived columns are
-- recomputed for the whole titre inside every write transaction and by the nightly job, never edited by hand.

-- Companies (titulaires, amodiataires, demandeurs). `code` is the identifier the domain and the roles use
-- (`fr-<SIREN>` as in the anchor, or the foreign legal identifier).
CREATE TABLE mines_entreprises (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    nom TEXT NOT NULL,
    siren TEXT UNIQUE,
    legal_etranger TEXT,
    categorie TEXT CHECK (categorie IN ('PME', 'ETI', 'GE')),
    adresse TEXT NOT NULL DEFAULT '',
    code_postal TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Titres miniers. `version` is bumped by every write (compare-and-swap of concurrent instructions).
CREATE TABLE mines_titres (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    nom TEXT NOT NULL,
    nom_plie TEXT NOT NULL,
    type_id TEXT NOT NULL,
    references_json TEXT NOT NULL DEFAULT '[]',
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    -- Derived: statut at `calcule_au`, its explanation, public reading.
    statut_id TEXT NOT NULL DEFAULT 'ind',
    statut_explication TEXT NOT NULL DEFAULT '',
    public_lecture BOOLEAN NOT NULL DEFAULT FALSE,
    -- Derived: validity of the titre (first and last phases) and date of the first demande.
    date_debut DATE,
    date_fin DATE,
    date_demande DATE,
    -- Derived current properties (JSON lists of ids; communes as [{"id", "surface"}]).
    surface DOUBLE PRECISION,
    titulaires TEXT NOT NULL DEFAULT '[]',
    amodiataires TEXT NOT NULL DEFAULT '[]',
    demandeurs TEXT NOT NULL DEFAULT '[]',
    substances TEXT NOT NULL DEFAULT '[]',
    communes TEXT NOT NULL DEFAULT '[]',
    departements TEXT NOT NULL DEFAULT '[]',
    regions TEXT NOT NULL DEFAULT '[]',
    administrations_locales TEXT NOT NULL DEFAULT '[]',
    -- Derived current perimeter (GeoJSON MultiPolygon, WGS84, 7 decimals), its centroid and bounding box.
    perimetre TEXT,
    centre_lon DOUBLE PRECISION,
    centre_lat DOUBLE PRECISION,
    ouest DOUBLE PRECISION,
    sud DOUBLE PRECISION,
    est DOUBLE PRECISION,
    nord DOUBLE PRECISION,
    calcule_au DATE,
    calcul_empreinte BIGINT NOT NULL DEFAULT 0,
    recalcule_at TIMESTAMPTZ
);
-- The public list is sorted by name. (The map is served from an in-memory index, rebuilt from these columns.)
CREATE INDEX mines_titres_public_nom ON mines_titres (public_lecture, nom_plie);

-- Derived search keys of a titre: `entreprise`, `substance`, `commune`, `departement`, `region`, `administration`
-- (gestionnaires, associées and local administrations): filters and visibility are one indexed lookup each.
CREATE TABLE mines_titres_cles (
    titre_id BIGINT NOT NULL REFERENCES mines_titres(id) ON DELETE CASCADE,
    cle TEXT NOT NULL,
    valeur TEXT NOT NULL,
    PRIMARY KEY (titre_id, cle, valeur)
);
CREATE INDEX mines_titres_cles_valeur ON mines_titres_cles (cle, valeur, titre_id);

-- Démarches of a titre; statut, visibility, phase and explanation are derived.
CREATE TABLE mines_demarches (
    id BIGSERIAL PRIMARY KEY,
    titre_id BIGINT NOT NULL REFERENCES mines_titres(id) ON DELETE CASCADE,
    slug TEXT NOT NULL UNIQUE,
    type_id TEXT NOT NULL,
    ordre BIGINT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    statut_id TEXT NOT NULL DEFAULT 'ind',
    public_lecture BOOLEAN NOT NULL DEFAULT FALSE,
    entreprises_lecture BOOLEAN NOT NULL DEFAULT FALSE,
    date_debut DATE,
    date_fin DATE,
    -- JSON [{"etape": id or null, "texte": "…"}]: one sentence per rule or machine transition.
    explication TEXT NOT NULL DEFAULT '[]',
    source TEXT NOT NULL DEFAULT '',
    -- The refusal of an étape by the procedure, if the recorded étapes do not validate (never silent).
    erreur TEXT,
    bloquants TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX mines_demarches_titre ON mines_demarches (titre_id, ordre);

-- Étapes of a démarche. Property columns are NULL when the étape does not carry the property; `heritage` says
-- which ones are inherited from the previous étape; `ordre` (derived) is the position in procedure order.
CREATE TABLE mines_etapes (
    id BIGSERIAL PRIMARY KEY,
    demarche_id BIGINT NOT NULL REFERENCES mines_demarches(id) ON DELETE CASCADE,
    type_id TEXT NOT NULL,
    statut_id TEXT NOT NULL,
    date DATE NOT NULL,
    is_brouillon BOOLEAN NOT NULL DEFAULT FALSE,
    date_debut DATE,
    date_fin DATE,
    duree BIGINT,
    surface DOUBLE PRECISION,
    pays_id TEXT,
    titulaires TEXT,
    amodiataires TEXT,
    substances TEXT,
    communes TEXT,
    -- Perimeter in WGS84 (7 decimals) and, as filed, in its opposable system with its named points.
    perimetre TEXT,
    perimetre_origine TEXT,
    geo_systeme_id TEXT,
    points TEXT,
    contenu TEXT NOT NULL DEFAULT '{}',
    heritage TEXT NOT NULL DEFAULT '{}',
    ordre BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX mines_etapes_demarche ON mines_etapes (demarche_id, ordre);

-- Documents of an étape: the bytes are a blob of the platform's store (PDF only); who may read them besides the
-- administrations is `confidentialite`.
CREATE TABLE mines_documents (
    id BIGSERIAL PRIMARY KEY,
    etape_id BIGINT NOT NULL REFERENCES mines_etapes(id) ON DELETE CASCADE,
    blob_id BIGINT NOT NULL REFERENCES blobs(id),
    type_id TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    confidentialite TEXT NOT NULL CHECK (confidentialite IN ('public', 'titulaires', 'administrations')),
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX mines_documents_etape ON mines_documents (etape_id);
