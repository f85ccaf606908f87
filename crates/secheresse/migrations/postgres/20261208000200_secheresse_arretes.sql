-- Arrêtés cadres and arrêtés de restriction (code de l'environnement, art. R211-66 to R211-70), their zones,
-- usages and restrictions. Both arrêtés carry a version for optimistic concurrency (compare-and-swap).

CREATE TABLE secheresse_arretes_cadre (
    id BIGSERIAL PRIMARY KEY,
    numero TEXT NOT NULL CHECK (length(numero) BETWEEN 1 AND 50),
    departement_pilote TEXT NOT NULL,
    date_debut DATE,
    date_fin DATE,
    statut TEXT NOT NULL DEFAULT 'a_valider' CHECK (statut IN ('a_valider', 'a_venir', 'publie', 'abroge')),
    fichier_id BIGINT REFERENCES blobs(id),
    arrete_cadre_abroge BIGINT REFERENCES secheresse_arretes_cadre(id),
    version BIGINT NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CHECK (date_fin IS NULL OR date_debut IS NULL OR date_fin >= date_debut)
);
CREATE INDEX secheresse_arretes_cadre_pilote ON secheresse_arretes_cadre (departement_pilote);

CREATE TABLE secheresse_arretes_cadre_departements (
    arrete_cadre_id BIGINT NOT NULL REFERENCES secheresse_arretes_cadre(id) ON DELETE CASCADE,
    departement TEXT NOT NULL,
    PRIMARY KEY (arrete_cadre_id, departement)
);

CREATE TABLE secheresse_arretes_cadre_zones (
    arrete_cadre_id BIGINT NOT NULL REFERENCES secheresse_arretes_cadre(id) ON DELETE CASCADE,
    zone_id BIGINT NOT NULL REFERENCES secheresse_zones_alerte(id),
    communes_ajoutees TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (arrete_cadre_id, zone_id)
);
CREATE INDEX secheresse_arretes_cadre_zones_zone ON secheresse_arretes_cadre_zones (zone_id);

CREATE TABLE secheresse_usages (
    id BIGSERIAL PRIMARY KEY,
    arrete_cadre_id BIGINT NOT NULL REFERENCES secheresse_arretes_cadre(id) ON DELETE CASCADE,
    nom TEXT NOT NULL CHECK (length(nom) BETWEEN 1 AND 255),
    thematique TEXT NOT NULL,
    concerne_particulier BOOLEAN NOT NULL,
    concerne_entreprise BOOLEAN NOT NULL,
    concerne_collectivite BOOLEAN NOT NULL,
    concerne_exploitation BOOLEAN NOT NULL,
    concerne_esu BOOLEAN NOT NULL DEFAULT TRUE,
    concerne_eso BOOLEAN NOT NULL DEFAULT TRUE,
    concerne_aep BOOLEAN NOT NULL DEFAULT TRUE,
    description_vigilance TEXT,
    description_alerte TEXT,
    description_alerte_renforcee TEXT,
    description_crise TEXT,
    UNIQUE (arrete_cadre_id, nom, thematique)
);

CREATE TABLE secheresse_arretes_restriction (
    id BIGSERIAL PRIMARY KEY,
    numero TEXT NOT NULL CHECK (length(numero) BETWEEN 1 AND 50),
    departement TEXT NOT NULL,
    date_signature DATE,
    date_debut DATE,
    date_fin_saisie DATE,
    date_fin_calculee DATE,
    date_fin_saisie_connue BOOLEAN NOT NULL DEFAULT TRUE,
    statut TEXT NOT NULL DEFAULT 'a_valider' CHECK (statut IN ('a_valider', 'a_venir', 'publie', 'abroge')),
    fichier_id BIGINT REFERENCES blobs(id),
    niveau_gravite_specifique_aep BOOLEAN NOT NULL DEFAULT TRUE,
    ressource_aep_communique TEXT CHECK (ressource_aep_communique IN ('esu', 'eso', 'max')),
    arrete_restriction_abroge BIGINT REFERENCES secheresse_arretes_restriction(id),
    version BIGINT NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX secheresse_arretes_restriction_departement ON secheresse_arretes_restriction (departement);

CREATE TABLE secheresse_arretes_restriction_cadres (
    arrete_restriction_id BIGINT NOT NULL REFERENCES secheresse_arretes_restriction(id) ON DELETE CASCADE,
    arrete_cadre_id BIGINT NOT NULL REFERENCES secheresse_arretes_cadre(id),
    PRIMARY KEY (arrete_restriction_id, arrete_cadre_id)
);

CREATE TABLE secheresse_restrictions (
    id BIGSERIAL PRIMARY KEY,
    arrete_restriction_id BIGINT NOT NULL REFERENCES secheresse_arretes_restriction(id) ON DELETE CASCADE,
    zone_id BIGINT REFERENCES secheresse_zones_alerte(id),
    arrete_cadre_id BIGINT REFERENCES secheresse_arretes_cadre(id),
    nom_groupement_aep TEXT CHECK (nom_groupement_aep IS NULL OR length(nom_groupement_aep) <= 255),
    communes TEXT NOT NULL DEFAULT '[]',
    niveau TEXT NOT NULL CHECK (niveau IN ('vigilance', 'alerte', 'alerte_renforcee', 'crise')),
    CHECK ((zone_id IS NOT NULL AND arrete_cadre_id IS NOT NULL) OR nom_groupement_aep IS NOT NULL),
    UNIQUE (arrete_restriction_id, zone_id)
);

-- Reminders sent before an arrêté ends (D-15, D-2), so that a retried or late job never mails twice.
CREATE TABLE secheresse_rappels (
    arrete_restriction_id BIGINT NOT NULL REFERENCES secheresse_arretes_restriction(id) ON DELETE CASCADE,
    echeance TEXT NOT NULL,
    date_fin DATE NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (arrete_restriction_id, echeance, date_fin)
);
