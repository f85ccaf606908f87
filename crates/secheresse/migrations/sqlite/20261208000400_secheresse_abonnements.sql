-- Subscriptions to level changes. Only what is needed is kept (spec §7): the address, the places, the profile,
-- the water types and the last situation mailed; no IP address, no name. Unconfirmed subscriptions are purged
-- after 7 days; unsubscribing deletes the row.
CREATE TABLE secheresse_abonnements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    profil TEXT NOT NULL CHECK (profil IN ('particulier', 'exploitation', 'entreprise', 'collectivite')),
    -- Water types, sorted and comma-separated (AEP,SOU,SUP).
    types_eau TEXT NOT NULL,
    -- Places as JSON: [{"libelle", "commune"} | {"libelle", "lon", "lat"}].
    lieux TEXT NOT NULL,
    -- Last situation per place and type, as JSON; compared at each publication.
    situation TEXT NOT NULL,
    -- SHA-256 of the confirmation token (double opt-in); NULL once confirmed.
    jeton_confirmation TEXT UNIQUE,
    -- The unsubscribe token, in clear because every later mail must carry it; it allows nothing but the
    -- deletion of this one subscription.
    jeton_desabonnement TEXT NOT NULL UNIQUE,
    confirmed_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX secheresse_abonnements_email ON secheresse_abonnements (email);
