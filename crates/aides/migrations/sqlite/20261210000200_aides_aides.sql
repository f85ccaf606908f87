-- Aids (spec §3.2) with the anchor's Django field names, their carriers, programs and categories.
--
-- Multi-valued enumerations (audiences, aid types, steps, destinations) and keywords are stored as
-- comma-separated codes in one column, as the anchor's ArrayFields: they are read whole into the in-memory
-- index, and a plain `(',' || targeted_audiences || ',') LIKE '%,commune,%'` filters them the same way on both
-- backends. References to other rows (carriers, programs, categories) are join tables with foreign keys.
--
-- `version` is the compare-and-swap counter of optimistic concurrency: every update says which version it
-- read (`WHERE id = $1 AND version = $2`) and increments it, so a stale write changes nothing.
CREATE TABLE aides_aides (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 50),
    name TEXT NOT NULL CHECK (length(name) <= 180),
    name_initial TEXT NOT NULL DEFAULT '',
    short_title TEXT NOT NULL DEFAULT '' CHECK (length(short_title) <= 64),
    description TEXT NOT NULL DEFAULT '',
    eligibility TEXT NOT NULL DEFAULT '',
    project_examples TEXT NOT NULL DEFAULT '',
    local_characteristics TEXT NOT NULL DEFAULT '',
    origin_url TEXT NOT NULL DEFAULT '' CHECK (length(origin_url) <= 700),
    application_url TEXT NOT NULL DEFAULT '' CHECK (length(application_url) <= 700),
    contact TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    -- The one perimeter, as (scale, code) of the perimeter graph: stable across rebuilds of the graph.
    perimetre_echelle TEXT,
    perimetre_code TEXT,
    perimeter_suggestion TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    targeted_audiences TEXT NOT NULL DEFAULT '',
    aid_types TEXT NOT NULL DEFAULT '',
    mobilization_steps TEXT NOT NULL DEFAULT '',
    destinations TEXT NOT NULL DEFAULT '',
    recurrence TEXT CHECK (recurrence IN ('oneoff', 'ongoing', 'recurring')),
    is_call_for_project INTEGER NOT NULL DEFAULT 0,
    is_charged INTEGER NOT NULL DEFAULT 0,
    european_aid TEXT CHECK (european_aid IN ('sectorial', 'organizational')),
    in_france_relance INTEGER NOT NULL DEFAULT 0,
    start_date TEXT,
    predeposit_date TEXT,
    submission_deadline TEXT,
    subvention_rate_lower_bound INTEGER CHECK (subvention_rate_lower_bound BETWEEN 0 AND 100),
    subvention_rate_upper_bound INTEGER CHECK (subvention_rate_upper_bound BETWEEN 0 AND 100),
    subvention_comment TEXT NOT NULL DEFAULT '',
    loan_amount INTEGER CHECK (loan_amount >= 0),
    recoverable_advance_amount INTEGER CHECK (recoverable_advance_amount >= 0),
    is_generic INTEGER NOT NULL DEFAULT 0,
    generic_aid_id INTEGER REFERENCES aides_aides(id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'reviewable', 'published', 'deleted', 'merged')),
    merged_into_id INTEGER REFERENCES aides_aides(id),
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    -- The owning organisation: a carrier. Its `porteur` role holders edit the aid.
    organisation_id INTEGER REFERENCES aides_porteurs(id),
    eligibility_test INTEGER,
    ds_id INTEGER,
    ds_mapping TEXT,
    has_broken_link INTEGER NOT NULL DEFAULT 0,
    -- Import provenance; the unique id makes re-imports idempotent.
    import_uniqueid TEXT UNIQUE,
    import_data_url TEXT,
    import_data_mention TEXT,
    import_share_licence TEXT CHECK (import_share_licence IN ('unknown', 'openlicence20')),
    import_updated INTEGER NOT NULL DEFAULT 0,
    import_date TEXT,
    -- The raw source object (JSON), kept for audit and re-mapping.
    import_raw TEXT,
    -- Django names of the fields a human edited since the import, comma-separated: protected from imports.
    champs_edites TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    date_created TEXT NOT NULL,
    date_updated TEXT NOT NULL,
    -- First publication only: republishing does not re-alert.
    date_published TEXT,
    CHECK (subvention_rate_lower_bound IS NULL OR subvention_rate_upper_bound IS NULL
           OR subvention_rate_lower_bound <= subvention_rate_upper_bound),
    CHECK (NOT (is_generic = 1 AND generic_aid_id IS NOT NULL))
);
-- The index is built from the published aids; the back-office lists an organisation's aids; the review queue
-- lists the reviewable ones.
CREATE INDEX aides_aides_status ON aides_aides (status);
CREATE INDEX aides_aides_organisation ON aides_aides (organisation_id, date_updated);
CREATE INDEX aides_aides_generic ON aides_aides (generic_aid_id);

-- Financers and instructors, in order.
CREATE TABLE aides_aides_porteurs (
    aide_id INTEGER NOT NULL REFERENCES aides_aides(id) ON DELETE CASCADE,
    porteur_id INTEGER NOT NULL REFERENCES aides_porteurs(id),
    role TEXT NOT NULL CHECK (role IN ('financer', 'instructor')),
    rang INTEGER NOT NULL,
    PRIMARY KEY (aide_id, role, porteur_id)
);
CREATE INDEX aides_aides_porteurs_porteur ON aides_aides_porteurs (porteur_id);

CREATE TABLE aides_aides_programmes (
    aide_id INTEGER NOT NULL REFERENCES aides_aides(id) ON DELETE CASCADE,
    programme_id INTEGER NOT NULL REFERENCES aides_programmes(id),
    rang INTEGER NOT NULL,
    PRIMARY KEY (aide_id, programme_id)
);

CREATE TABLE aides_aides_categories (
    aide_id INTEGER NOT NULL REFERENCES aides_aides(id) ON DELETE CASCADE,
    categorie_id INTEGER NOT NULL REFERENCES aides_categories(id),
    rang INTEGER NOT NULL,
    PRIMARY KEY (aide_id, categorie_id)
);
