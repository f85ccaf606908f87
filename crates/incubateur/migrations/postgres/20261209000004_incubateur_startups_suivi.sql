-- From laureate to startup, then committees; the SQLite twin has the same tables and columns (see its comments).

CREATE TABLE incubateur_engagements (
    candidature_id BIGINT PRIMARY KEY REFERENCES incubateur_candidatures(id),
    fiche_signee BOOLEAN NOT NULL,
    sponsor TEXT,
    jours_liberes BIGINT NOT NULL,
    ligne_budgetaire BOOLEAN NOT NULL,
    startup_id TEXT REFERENCES incubateur_startups(id),
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE incubateur_missions (
    id BIGSERIAL PRIMARY KEY,
    startup_id TEXT NOT NULL REFERENCES incubateur_startups(id),
    role TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    libelle TEXT NOT NULL,
    debut DATE NOT NULL,
    fin DATE,
    statut TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incubateur_missions_startup ON incubateur_missions (startup_id);

CREATE TABLE incubateur_comites (
    id BIGSERIAL PRIMARY KEY,
    startup_id TEXT NOT NULL REFERENCES incubateur_startups(id),
    date DATE NOT NULL,
    decision TEXT NOT NULL,
    mois BIGINT,
    vers_phase TEXT,
    motif TEXT NOT NULL,
    budget_confirme BIGINT,
    fin_financement DATE,
    prochain_comite DATE,
    niveau_impact TEXT,
    north_star DOUBLE PRECISION,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incubateur_comites_startup ON incubateur_comites (startup_id, date);

CREATE TABLE incubateur_alertes_comites (
    comite_id BIGINT NOT NULL REFERENCES incubateur_comites(id),
    jours BIGINT NOT NULL,
    envoyee_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (comite_id, jours)
);
