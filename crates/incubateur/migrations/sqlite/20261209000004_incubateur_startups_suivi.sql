-- From laureate to startup, then committees (spec §3.5).

-- The sponsor's commitment recorded by the incubator team for a laureate; the startup is created only when the
-- gate is open (signed commitment, named sponsor, intrapreneur freed at least 2 days a week, intended budget line).
CREATE TABLE incubateur_engagements (
    candidature_id INTEGER PRIMARY KEY REFERENCES incubateur_candidatures(id),
    fiche_signee INTEGER NOT NULL,
    sponsor TEXT,
    jours_liberes INTEGER NOT NULL,
    ligne_budgetaire INTEGER NOT NULL,
    -- Set once the startup is created.
    startup_id TEXT REFERENCES incubateur_startups(id),
    updated_at TEXT NOT NULL
);

-- Missions on a startup (intrapreneur, coach, team), created at onboarding and then validated. No daily rate
-- (data minimisation).
CREATE TABLE incubateur_missions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    startup_id TEXT NOT NULL REFERENCES incubateur_startups(id),
    -- `intrapreneur`, `coach` or `equipe`.
    role TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    -- What the mission is, as shown on the startup page (a role, never a personal detail).
    libelle TEXT NOT NULL,
    debut TEXT NOT NULL,
    fin TEXT,
    -- `a_valider` or `validee`.
    statut TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX incubateur_missions_startup ON incubateur_missions (startup_id);

-- Investment committees: decision, next committee (at most six calendar months later) and runway end, with the
-- impact figures recorded that day.
CREATE TABLE incubateur_comites (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    startup_id TEXT NOT NULL REFERENCES incubateur_startups(id),
    date TEXT NOT NULL,
    -- `renouvellement`, `provisoire`, `changement_phase` or `arret`.
    decision TEXT NOT NULL,
    mois INTEGER,
    vers_phase TEXT,
    motif TEXT NOT NULL,
    budget_confirme INTEGER,
    fin_financement TEXT,
    prochain_comite TEXT,
    -- Level of the impact matrix (`utilisable` … `efficient`) and the North Star value.
    niveau_impact TEXT,
    north_star REAL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX incubateur_comites_startup ON incubateur_comites (startup_id, date);

-- Runway alerts already sent (D−45, D−30), so that the daily job sends each once.
CREATE TABLE incubateur_alertes_comites (
    comite_id INTEGER NOT NULL REFERENCES incubateur_comites(id),
    jours INTEGER NOT NULL,
    envoyee_at TEXT NOT NULL,
    PRIMARY KEY (comite_id, jours)
);
