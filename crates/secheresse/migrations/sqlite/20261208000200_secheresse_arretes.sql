-- Arrêtés cadres and arrêtés de restriction (code de l'environnement, art. R211-66 to R211-70), their zones,
-- usages and restrictions. Both arrêtés carry a version for optimistic concurrency: every change is an
-- `UPDATE … WHERE id = $1 AND version = $2` that increments it, so two agents never overwrite each other.

CREATE TABLE secheresse_arretes_cadre (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    numero TEXT NOT NULL CHECK (length(numero) BETWEEN 1 AND 50),
    departement_pilote TEXT NOT NULL,
    date_debut TEXT,
    date_fin TEXT,
    statut TEXT NOT NULL DEFAULT 'a_valider' CHECK (statut IN ('a_valider', 'a_venir', 'publie', 'abroge')),
    -- The signed PDF, in the platform's blob store.
    fichier_id INTEGER REFERENCES blobs(id),
    arrete_cadre_abroge INTEGER REFERENCES secheresse_arretes_cadre(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (date_fin IS NULL OR date_debut IS NULL OR date_fin >= date_debut)
);
CREATE INDEX secheresse_arretes_cadre_pilote ON secheresse_arretes_cadre (departement_pilote);

-- Every département an arrêté cadre covers (the pilot included).
CREATE TABLE secheresse_arretes_cadre_departements (
    arrete_cadre_id INTEGER NOT NULL REFERENCES secheresse_arretes_cadre(id) ON DELETE CASCADE,
    departement TEXT NOT NULL,
    PRIMARY KEY (arrete_cadre_id, departement)
);

-- The zones of an arrêté cadre, each optionally extended by whole communes (JSON array of INSEE codes).
CREATE TABLE secheresse_arretes_cadre_zones (
    arrete_cadre_id INTEGER NOT NULL REFERENCES secheresse_arretes_cadre(id) ON DELETE CASCADE,
    zone_id INTEGER NOT NULL REFERENCES secheresse_zones_alerte(id),
    communes_ajoutees TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (arrete_cadre_id, zone_id)
);
-- Importing zones checks which arrêtés cadres use a zone.
CREATE INDEX secheresse_arretes_cadre_zones_zone ON secheresse_arretes_cadre_zones (zone_id);

-- Usages of an arrêté cadre with their four texts (≤ 3,000 characters each); the restrictions of the
-- arrêtés de restriction that apply it use them.
CREATE TABLE secheresse_usages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    arrete_cadre_id INTEGER NOT NULL REFERENCES secheresse_arretes_cadre(id) ON DELETE CASCADE,
    nom TEXT NOT NULL CHECK (length(nom) BETWEEN 1 AND 255),
    thematique TEXT NOT NULL,
    concerne_particulier INTEGER NOT NULL,
    concerne_entreprise INTEGER NOT NULL,
    concerne_collectivite INTEGER NOT NULL,
    concerne_exploitation INTEGER NOT NULL,
    concerne_esu INTEGER NOT NULL DEFAULT 1,
    concerne_eso INTEGER NOT NULL DEFAULT 1,
    concerne_aep INTEGER NOT NULL DEFAULT 1,
    description_vigilance TEXT,
    description_alerte TEXT,
    description_alerte_renforcee TEXT,
    description_crise TEXT,
    UNIQUE (arrete_cadre_id, nom, thematique)
);

CREATE TABLE secheresse_arretes_restriction (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    numero TEXT NOT NULL CHECK (length(numero) BETWEEN 1 AND 50),
    departement TEXT NOT NULL,
    date_signature TEXT,
    date_debut TEXT,
    -- The end entered by the agent (NULL = open), the end computed from a repeal when earlier, and whether the
    -- entered end is known (false for legacy orders: it is then never moved interactively).
    date_fin_saisie TEXT,
    date_fin_calculee TEXT,
    date_fin_saisie_connue INTEGER NOT NULL DEFAULT 1,
    statut TEXT NOT NULL DEFAULT 'a_valider' CHECK (statut IN ('a_valider', 'a_venir', 'publie', 'abroge')),
    fichier_id INTEGER REFERENCES blobs(id),
    niveau_gravite_specifique_aep INTEGER NOT NULL DEFAULT 1,
    ressource_aep_communique TEXT CHECK (ressource_aep_communique IN ('esu', 'eso', 'max')),
    arrete_restriction_abroge INTEGER REFERENCES secheresse_arretes_restriction(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX secheresse_arretes_restriction_departement ON secheresse_arretes_restriction (departement);

-- The arrêtés cadres an arrêté de restriction applies.
CREATE TABLE secheresse_arretes_restriction_cadres (
    arrete_restriction_id INTEGER NOT NULL REFERENCES secheresse_arretes_restriction(id) ON DELETE CASCADE,
    arrete_cadre_id INTEGER NOT NULL REFERENCES secheresse_arretes_cadre(id),
    PRIMARY KEY (arrete_restriction_id, arrete_cadre_id)
);

-- One level per zone (of one of its arrêtés cadres) or per AEP group of communes.
CREATE TABLE secheresse_restrictions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    arrete_restriction_id INTEGER NOT NULL REFERENCES secheresse_arretes_restriction(id) ON DELETE CASCADE,
    zone_id INTEGER REFERENCES secheresse_zones_alerte(id),
    arrete_cadre_id INTEGER REFERENCES secheresse_arretes_cadre(id),
    nom_groupement_aep TEXT CHECK (nom_groupement_aep IS NULL OR length(nom_groupement_aep) <= 255),
    communes TEXT NOT NULL DEFAULT '[]',
    niveau TEXT NOT NULL CHECK (niveau IN ('vigilance', 'alerte', 'alerte_renforcee', 'crise')),
    CHECK ((zone_id IS NOT NULL AND arrete_cadre_id IS NOT NULL) OR nom_groupement_aep IS NOT NULL),
    -- A zone gets one level per arrêté (spec §3.3, "unique (AR, zone)").
    UNIQUE (arrete_restriction_id, zone_id)
);

-- Reminders sent to the DDT before an arrêté ends (D-15, D-2): one row per arrêté, deadline and end date,
-- so that a retried or late job never mails twice and a moved end date gets its own reminders.
CREATE TABLE secheresse_rappels (
    arrete_restriction_id INTEGER NOT NULL REFERENCES secheresse_arretes_restriction(id) ON DELETE CASCADE,
    echeance TEXT NOT NULL,
    date_fin TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (arrete_restriction_id, echeance, date_fin)
);
