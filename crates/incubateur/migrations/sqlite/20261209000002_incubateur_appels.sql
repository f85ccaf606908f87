-- Calls for projects, submissions and their journals (spec §3.3).
--
-- States are the ASCII codes of the domain machines (`incubateur::domain::appel`, `…::candidature`); every
-- transition is decided by the machine, written with a compare-and-swap on `version` (two tabs racing on the same
-- submission: the second gets a conflict) and recorded once in the module journal below and once in the
-- platform's audit log, in the same transaction.
-- Paris civil date-times of a call's calendar are TEXT `YYYY-MM-DDTHH:MM:SS` on both backends: they are civil
-- times of Europe/Paris, not instants.

CREATE TABLE incubateur_appels (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    incubateur TEXT NOT NULL,
    titre TEXT NOT NULL,
    theme TEXT NOT NULL,
    -- JSON `{libelle, criteres}`: who may submit (organisation kinds, families of services, branches).
    perimetre TEXT NOT NULL,
    ouverture TEXT,
    cloture TEXT,
    version_formulaire INTEGER,
    -- JSON `[{question, reponse}]`.
    faq TEXT NOT NULL,
    contact TEXT,
    signataire TEXT,
    -- JSON `[{libelle, date}]`.
    jalons TEXT NOT NULL,
    conservation_mois INTEGER NOT NULL,
    -- JSON list of the weights of the scoring grid's criteria, in the grid's order.
    poids_grille TEXT NOT NULL,
    statut TEXT NOT NULL,
    archive_le TEXT,
    -- Pre-jury tie-breaks: the president's recorded order (JSON list of submission ids), then a seeded draw.
    departage_choix TEXT NOT NULL,
    departage_graine INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    -- Moves with every write of a score of the call: processes keep the call's scores in memory while it stays.
    version_notes INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per transition of a call, written with its audit entry.
CREATE TABLE incubateur_appel_transitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    action TEXT NOT NULL,
    avant TEXT NOT NULL,
    apres TEXT NOT NULL,
    role TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    motif TEXT,
    at TEXT NOT NULL
);
CREATE INDEX incubateur_appel_transitions_appel ON incubateur_appel_transitions (appel_id, id);

CREATE TABLE incubateur_candidatures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    appel_id INTEGER NOT NULL REFERENCES incubateur_appels(id),
    -- The agent; NULL once the submission is anonymised at the end of the retention period.
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    intitule TEXT NOT NULL,
    statut TEXT NOT NULL,
    version_formulaire INTEGER NOT NULL,
    -- JSON answers by field key of the form (`probleme`, `chiffres`…).
    reponses TEXT NOT NULL,
    -- Copy of the answer `organisation` (the agent's direction or service), for conflict detection and lists.
    organisation TEXT,
    -- JSON list of the intended sponsors (organisation ids), set by the incubator team.
    sponsors TEXT NOT NULL,
    -- NULL, `tenue` or `absente`.
    audition TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    deposee_at TEXT,
    preavis_purge_at TEXT,
    anonymisee_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incubateur_candidatures_appel ON incubateur_candidatures (appel_id, statut);
CREATE INDEX incubateur_candidatures_user ON incubateur_candidatures (user_id);

-- One row per transition of a submission: the messages between the team and the agent (correction requests,
-- motivations) are the `motif` of these rows.
CREATE TABLE incubateur_candidature_transitions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    candidature_id INTEGER NOT NULL REFERENCES incubateur_candidatures(id),
    action TEXT NOT NULL,
    avant TEXT NOT NULL,
    apres TEXT NOT NULL,
    role TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    motif TEXT,
    at TEXT NOT NULL
);
CREATE INDEX incubateur_candidature_transitions_candidature
    ON incubateur_candidature_transitions (candidature_id, id);
