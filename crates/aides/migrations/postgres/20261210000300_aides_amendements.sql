-- Amendments suggested by anyone (even anonymously) on a published aid: a pending diff, field → proposed value
-- (JSON object keyed by the Django field names), never searchable. An admin accepts it (values copied to the
-- aid, which is audited) or rejects it. Only the e-mail given is kept about an anonymous author.
CREATE TABLE aides_amendements (
    id BIGSERIAL PRIMARY KEY,
    aide_id BIGINT NOT NULL REFERENCES aides_aides(id) ON DELETE CASCADE,
    champs TEXT NOT NULL,
    commentaire TEXT NOT NULL DEFAULT '' CHECK (length(commentaire) <= 5000),
    auteur_nom TEXT NOT NULL DEFAULT '' CHECK (length(auteur_nom) <= 200),
    auteur_email TEXT NOT NULL CHECK (length(auteur_email) BETWEEN 3 AND 254),
    auteur_organisation TEXT NOT NULL DEFAULT '' CHECK (length(auteur_organisation) <= 200),
    auteur_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    statut TEXT NOT NULL DEFAULT 'pending' CHECK (statut IN ('pending', 'accepted', 'rejected')),
    created_at TIMESTAMPTZ NOT NULL,
    decided_at TIMESTAMPTZ,
    decided_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX aides_amendements_statut ON aides_amendements (statut, created_at);
