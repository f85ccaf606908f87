-- Subscriptions to level changes; only what is needed is kept (spec §7): no IP address, no name.
CREATE TABLE secheresse_abonnements (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL,
    profil TEXT NOT NULL CHECK (profil IN ('particulier', 'exploitation', 'entreprise', 'collectivite')),
    types_eau TEXT NOT NULL,
    lieux TEXT NOT NULL,
    situation TEXT NOT NULL,
    -- SHA-256 of the confirmation token; NULL once confirmed.
    jeton_confirmation TEXT UNIQUE,
    -- In clear: every later mail carries it; it allows only the deletion of this subscription.
    jeton_desabonnement TEXT NOT NULL UNIQUE,
    confirmed_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX secheresse_abonnements_email ON secheresse_abonnements (email);
