-- Calls for projects, submissions and their journals; the SQLite twin has the same tables and columns (see its
-- comments). Paris civil date-times are TEXT on both backends.

CREATE TABLE incubateur_appels (
    id BIGSERIAL PRIMARY KEY,
    incubateur TEXT NOT NULL,
    titre TEXT NOT NULL,
    theme TEXT NOT NULL,
    perimetre TEXT NOT NULL,
    ouverture TEXT,
    cloture TEXT,
    version_formulaire BIGINT,
    faq TEXT NOT NULL,
    contact TEXT,
    signataire TEXT,
    jalons TEXT NOT NULL,
    conservation_mois BIGINT NOT NULL,
    poids_grille TEXT NOT NULL,
    statut TEXT NOT NULL,
    archive_le DATE,
    departage_choix TEXT NOT NULL,
    departage_graine BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    version_notes BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE incubateur_appel_transitions (
    id BIGSERIAL PRIMARY KEY,
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    action TEXT NOT NULL,
    avant TEXT NOT NULL,
    apres TEXT NOT NULL,
    role TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    motif TEXT,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incubateur_appel_transitions_appel ON incubateur_appel_transitions (appel_id, id);

CREATE TABLE incubateur_candidatures (
    id BIGSERIAL PRIMARY KEY,
    appel_id BIGINT NOT NULL REFERENCES incubateur_appels(id),
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    intitule TEXT NOT NULL,
    statut TEXT NOT NULL,
    version_formulaire BIGINT NOT NULL,
    reponses TEXT NOT NULL,
    organisation TEXT,
    sponsors TEXT NOT NULL,
    audition TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    deposee_at TIMESTAMPTZ,
    preavis_purge_at TIMESTAMPTZ,
    anonymisee_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incubateur_candidatures_appel ON incubateur_candidatures (appel_id, statut);
CREATE INDEX incubateur_candidatures_user ON incubateur_candidatures (user_id);

CREATE TABLE incubateur_candidature_transitions (
    id BIGSERIAL PRIMARY KEY,
    candidature_id BIGINT NOT NULL REFERENCES incubateur_candidatures(id),
    action TEXT NOT NULL,
    avant TEXT NOT NULL,
    apres TEXT NOT NULL,
    role TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    motif TEXT,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX incubateur_candidature_transitions_candidature
    ON incubateur_candidature_transitions (candidature_id, id);
