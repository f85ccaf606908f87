//! Deterministic demo data.
//!
//! About three hundred realistic French aids from some fifty carriers (State agencies, régions, départements, agences de l'eau, intercommunalités, Europe), on the real territoires, with
//! deadlines spread around the day of the load, a generic aid with local variants, a few drafts and aids waiting
//! for review, programs and a synonym list. The same database gets the same aids (deadlines are relative to the
//! day of the load so that the demo stays alive).

use chrono::Duration;
use socle::AppState;
use socle::audit::{self, Actor};
use socle::changes;
use socle::db::now;

use crate::MODULE;
use crate::aide::{Aide, AideId, PorteurId, ProgrammeId, TauxSubvention, slug_aide};
use crate::etat::{self, aujourdhui};
use crate::perimetres::{CODE_EUROPE, CODE_FRANCE, CODE_OUTRE_MER, PerimetreId};
use crate::referentiels::{
    Destination, Echelle, EtapeMobilisation, Public, Recurrence, StatutAide, Thematiques, TypeAide,
};
use crate::service;
use crate::store::{self, NouveauPorteur};

/// A deterministic generator (xorshift64*), so that the demo is the same on every machine.
struct Alea(u64);

impl Alea {
    fn suivant(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn sous(&mut self, n: usize) -> usize {
        (self.suivant() % n.max(1) as u64) as usize
    }
}

/// Where an aid template applies.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Portee {
    Nationale,
    Europeenne,
    Regionale,
    Departementale,
    Bassin,
    Locale,
}

/// An aid template: title, description, eligibility, (theme, category) pairs, audiences, types, steps,
/// destinations, usual recurrence, maximum rate, call for projects.
struct Modele {
    portee: Portee,
    titre: &'static str,
    description: &'static str,
    eligibilite: &'static str,
    categories: &'static [(&'static str, &'static str)],
    publics: &'static [Public],
    types: &'static [TypeAide],
    destinations: &'static [Destination],
    recurrence: Recurrence,
    taux: Option<u8>,
    aap: bool,
}

const COLLECTIVITES: &[Public] = &[Public::Commune, Public::Epci];
const COLLECTIVITES_DEP: &[Public] = &[Public::Commune, Public::Epci, Public::Department];
const TOUTES_COLLECTIVITES: &[Public] = &[
    Public::Commune,
    Public::Epci,
    Public::Department,
    Public::Region,
    Public::Special,
];
const ASSOS_COLLECTIVITES: &[Public] = &[Public::Commune, Public::Epci, Public::Association];
const SUBVENTION: &[TypeAide] = &[TypeAide::Grant];
const INGENIERIE: &[TypeAide] = &[TypeAide::TechnicalEngineering];
const INGENIERIE_FIN: &[TypeAide] = &[TypeAide::FinancialEngineering, TypeAide::LegalEngineering];
const PRET: &[TypeAide] = &[TypeAide::Loan];
const SUBVENTION_INGENIERIE: &[TypeAide] = &[TypeAide::Grant, TypeAide::TechnicalEngineering];
const INVESTISSEMENT: &[Destination] = &[Destination::Investment];
const FONCTIONNEMENT: &[Destination] = &[Destination::Supply];
const LES_DEUX: &[Destination] = &[Destination::Investment, Destination::Supply];

const ENERGIE: &str = "Énergies / Déchets";
const URBANISME: &str = "Urbanisme / logement / aménagement";
const MOBILITE: &str = "Mobilité / transports";
const NATURE: &str = "Nature / environnement";
const EAU: &str = "Eau et milieux aquatiques";
const SOLIDARITE: &str = "Solidarités / lien social";
const CULTURE: &str = "Culture et identité collective / patrimoine / sports";
const ECONOMIE: &str = "Développement économique / production et consommation";
const SUPPORT: &str = "Fonctions support";

const MODELES: &[Modele] = &[
    Modele {
        portee: Portee::Nationale,
        titre: "Rénover énergétiquement les bâtiments publics",
        description: "Financement des travaux de rénovation énergétique des écoles, mairies, gymnases et autres bâtiments publics : isolation, remplacement des systèmes de chauffage, ventilation. Les projets doivent viser au moins 40 % d'économie d'énergie finale.",
        eligibilite: "Bâtiments publics des collectivités. Audit énergétique préalable exigé.",
        categories: &[
            (ENERGIE, "Economie d'énergie et rénovation énergétique"),
            (URBANISME, "Bâtiments et construction"),
        ],
        publics: COLLECTIVITES_DEP,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(50),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Accompagner les collectivités dans la rénovation des écoles",
        description: "Accompagnement en ingénierie du programme ÉduRénov : diagnostic du patrimoine scolaire, programmation des travaux, montage financier de la rénovation énergétique des écoles.",
        eligibilite: "Communes et intercommunalités compétentes pour les écoles.",
        categories: &[
            (ENERGIE, "Economie d'énergie et rénovation énergétique"),
            (SOLIDARITE, "Education et renforcement des compétences"),
        ],
        publics: COLLECTIVITES,
        types: INGENIERIE,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Ongoing,
        taux: None,
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Prêter pour financer la rénovation thermique des bâtiments publics",
        description: "Prêt à long terme (jusqu'à 40 ans) pour les projets de rénovation thermique des bâtiments publics, à taux indexé sur le livret A.",
        eligibilite: "Collectivités et leurs groupements, établissements publics locaux.",
        categories: &[(ENERGIE, "Economie d'énergie et rénovation énergétique")],
        publics: TOUTES_COLLECTIVITES,
        types: PRET,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: None,
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Développer les réseaux de chaleur renouvelable",
        description: "Aide du Fonds chaleur à la création et à l'extension de réseaux de chaleur alimentés par la biomasse, la géothermie, le solaire thermique ou la récupération de chaleur fatale.",
        eligibilite: "Maîtres d'ouvrage publics et privés ; réseau alimenté à plus de 50 % par des énergies renouvelables et de récupération.",
        categories: &[
            (ENERGIE, "Réseaux de chaleur"),
            (ENERGIE, "Transition énergétique"),
        ],
        publics: &[
            Public::Commune,
            Public::Epci,
            Public::PrivateSector,
            Public::PublicCies,
        ],
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(60),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Recycler les friches et reconquérir le foncier",
        description: "Le fonds de recyclage des friches finance les opérations de dépollution, de démolition et d'aménagement de friches urbaines, commerciales ou industrielles, pour limiter l'artificialisation des sols.",
        eligibilite: "Collectivités, établissements publics fonciers, aménageurs. Bilan d'opération déficitaire à démontrer.",
        categories: &[(URBANISME, "Espace public"), (NATURE, "Sols")],
        publics: COLLECTIVITES_DEP,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: None,
        aap: true,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Renaturer les villes et villages",
        description: "Financement des projets de désimperméabilisation des cours d'école, de création d'îlots de fraîcheur, de plantation d'arbres et de végétalisation des espaces publics pour adapter les communes aux fortes chaleurs.",
        eligibilite: "Communes et intercommunalités.",
        categories: &[(NATURE, "Biodiversité"), (URBANISME, "Espaces verts")],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(80),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Élaborer un plan de mobilité simplifié",
        description: "Accompagnement méthodologique et financier des intercommunalités qui élaborent un plan de mobilité simplifié ou un schéma directeur cyclable.",
        eligibilite: "Autorités organisatrices de la mobilité.",
        categories: &[
            (MOBILITE, "Mobilité pour tous"),
            (SUPPORT, "Appui méthodologique"),
        ],
        publics: &[Public::Epci],
        types: SUBVENTION_INGENIERIE,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(50),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Aménager des pistes cyclables et des voies vertes",
        description: "Appel à projets Fonds mobilités actives : financement des discontinuités d'itinéraires cyclables (franchissements, pistes cyclables, voies vertes) et du stationnement vélo.",
        eligibilite: "Maîtres d'ouvrage publics. Projet inscrit dans un schéma cyclable.",
        categories: &[(
            MOBILITE,
            "Modes actifs : vélo, marche et aménagements associés",
        )],
        publics: COLLECTIVITES_DEP,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(40),
        aap: true,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Revitaliser les centres-bourgs des petites villes",
        description: "Appui en ingénierie du programme Petites villes de demain : cheffe ou chef de projet financé, études de revitalisation, commerces, habitat et espaces publics du centre.",
        eligibilite: "Communes de moins de 20 000 habitants exerçant des fonctions de centralité, lauréates du programme.",
        categories: &[
            (ECONOMIE, "Revitalisation"),
            (URBANISME, "Logement et habitat"),
        ],
        publics: COLLECTIVITES,
        types: SUBVENTION_INGENIERIE,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(75),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Ouvrir un tiers-lieu dans un territoire rural",
        description: "Soutien à l'ouverture et au développement de tiers-lieux (fabriques de territoire, espaces de coworking, ateliers partagés) dans les quartiers prioritaires et les territoires ruraux.",
        eligibilite: "Associations, collectivités, sociétés coopératives.",
        categories: &[
            (ECONOMIE, "Tiers-lieux"),
            (SOLIDARITE, "Cohésion sociale et inclusion"),
        ],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: LES_DEUX,
        recurrence: Recurrence::Recurring,
        taux: None,
        aap: true,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Créer une maison France services",
        description: "Subvention de fonctionnement forfaitaire des maisons France services labellisées, qui accueillent les habitants pour leurs démarches administratives.",
        eligibilite: "Structures labellisées France services.",
        categories: &[
            (SOLIDARITE, "Accès aux services"),
            (SOLIDARITE, "Inclusion numérique"),
        ],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Ongoing,
        taux: None,
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Financer des conseillers numériques",
        description: "Prise en charge de postes de conseillers numériques qui accompagnent les habitants éloignés du numérique.",
        eligibilite: "Collectivités et associations.",
        categories: &[(SOLIDARITE, "Inclusion numérique")],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Oneoff,
        taux: None,
        aap: true,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Restaurer le patrimoine rural non protégé",
        description: "Aide à la restauration du petit patrimoine rural non protégé : lavoirs, fontaines, chapelles, moulins, en lien avec une souscription publique.",
        eligibilite: "Communes de moins de 2 000 habitants, associations propriétaires.",
        categories: &[(CULTURE, "Patrimoine et monuments historiques")],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(20),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Construire ou rénover des équipements sportifs",
        description: "Plan d'équipements sportifs de proximité : city-stades, terrains multisports, parcours sportifs en accès libre.",
        eligibilite: "Collectivités et associations sportives.",
        categories: &[(CULTURE, "Sports et loisirs")],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(80),
        aap: true,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Améliorer l'habitat privé dégradé",
        description: "Aides aux propriétaires et aux collectivités pour les opérations programmées d'amélioration de l'habitat (OPAH) : études, suivi-animation, travaux de réhabilitation.",
        eligibilite: "Collectivités porteuses d'une OPAH, propriétaires sous conditions de ressources.",
        categories: &[(URBANISME, "Logement et habitat")],
        publics: &[Public::Commune, Public::Epci, Public::PrivatePerson],
        types: SUBVENTION,
        destinations: LES_DEUX,
        recurrence: Recurrence::Ongoing,
        taux: Some(50),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Réaliser un diagnostic de vulnérabilité aux risques naturels",
        description: "Appui d'ingénierie pour diagnostiquer l'exposition d'un territoire aux inondations, au retrait-gonflement des argiles et à l'érosion côtière, et préparer un plan d'adaptation.",
        eligibilite: "Communes et intercommunalités exposées.",
        categories: &[
            (NATURE, "Risques naturels"),
            (SUPPORT, "Appui méthodologique"),
        ],
        publics: COLLECTIVITES,
        types: INGENIERIE,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Ongoing,
        taux: None,
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Installer des bornes de recharge pour véhicules électriques",
        description: "Participation au coût d'installation d'infrastructures de recharge ouvertes au public, dans le cadre d'un schéma directeur des infrastructures de recharge.",
        eligibilite: "Collectivités et syndicats d'énergie.",
        categories: &[
            (
                MOBILITE,
                "Transports collectifs et optimisation des trafics routiers",
            ),
            (ENERGIE, "Transition énergétique"),
        ],
        publics: COLLECTIVITES_DEP,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Oneoff,
        taux: Some(30),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Moderniser l'éclairage public",
        description: "Remplacement des luminaires énergivores par des LED, pilotage et extinction nocturne pour réduire la consommation et la pollution lumineuse.",
        eligibilite: "Communes et syndicats d'énergie.",
        categories: &[
            (ENERGIE, "Economie d'énergie et rénovation énergétique"),
            (NATURE, "Biodiversité"),
        ],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(40),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Réduire et valoriser les biodéchets",
        description: "Aide au déploiement du tri à la source des biodéchets : composteurs partagés, collecte séparée, équipements de traitement.",
        eligibilite: "Collectivités compétentes en gestion des déchets.",
        categories: &[
            (ENERGIE, "Recyclage et valorisation des déchets"),
            (ECONOMIE, "Economie circulaire"),
        ],
        publics: COLLECTIVITES,
        types: SUBVENTION_INGENIERIE,
        destinations: LES_DEUX,
        recurrence: Recurrence::Ongoing,
        taux: Some(55),
        aap: false,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Élaborer un projet alimentaire territorial",
        description: "Soutien à l'émergence et au déploiement des projets alimentaires territoriaux : diagnostic agricole et alimentaire, circuits courts, restauration collective.",
        eligibilite: "Collectivités, associations, chambres d'agriculture.",
        categories: &[
            (SOLIDARITE, "Alimentation"),
            (ECONOMIE, "Economie locale et circuits courts"),
        ],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(70),
        aap: true,
    },
    Modele {
        portee: Portee::Nationale,
        titre: "Être accompagné pour un projet complexe d'aménagement",
        description: "Ingénierie sur mesure de l'Agence nationale de la cohésion des territoires : mobilisation d'experts pour un projet d'aménagement, de revitalisation ou de transition écologique.",
        eligibilite: "Collectivités, sur demande auprès du préfet, délégué territorial.",
        categories: &[
            (SUPPORT, "Appui méthodologique"),
            (URBANISME, "Espace public"),
        ],
        publics: TOUTES_COLLECTIVITES,
        types: INGENIERIE_FIN,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Ongoing,
        taux: None,
        aap: false,
    },
    Modele {
        portee: Portee::Europeenne,
        titre: "Développer l'économie rurale avec le programme LEADER",
        description: "Fonds européen agricole pour le développement rural (Feader), volet LEADER : projets de développement local portés par les groupes d'action locale (tourisme, services, circuits courts).",
        eligibilite: "Porteurs de projets situés sur le territoire d'un groupe d'action locale.",
        categories: &[
            (ECONOMIE, "Economie locale et circuits courts"),
            (ECONOMIE, "Tourisme"),
        ],
        publics: &[
            Public::Commune,
            Public::Epci,
            Public::Association,
            Public::PrivateSector,
        ],
        types: SUBVENTION,
        destinations: LES_DEUX,
        recurrence: Recurrence::Ongoing,
        taux: Some(80),
        aap: false,
    },
    Modele {
        portee: Portee::Europeenne,
        titre: "Coopérer avec des territoires européens (Interreg)",
        description: "Financement de projets de coopération transfrontalière, transnationale ou interrégionale entre collectivités européennes.",
        eligibilite: "Partenariat d'au moins deux pays.",
        categories: &[
            (ECONOMIE, "International"),
            (SUPPORT, "Appui méthodologique"),
        ],
        publics: TOUTES_COLLECTIVITES,
        types: SUBVENTION,
        destinations: LES_DEUX,
        recurrence: Recurrence::Recurring,
        taux: Some(80),
        aap: true,
    },
    Modele {
        portee: Portee::Europeenne,
        titre: "Financer la transition énergétique avec le FEDER",
        description: "Fonds européen de développement régional : efficacité énergétique, énergies renouvelables et mobilité urbaine durable.",
        eligibilite: "Selon le programme opérationnel régional.",
        categories: &[
            (ENERGIE, "Transition énergétique"),
            (ENERGIE, "Réduction de l'empreinte carbone"),
        ],
        publics: TOUTES_COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(60),
        aap: false,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Aménager des voies vertes régionales",
        description: "La Région soutient les aménagements cyclables structurants inscrits au schéma régional des véloroutes.",
        eligibilite: "Départements, intercommunalités et communes maîtres d'ouvrage.",
        categories: &[
            (
                MOBILITE,
                "Modes actifs : vélo, marche et aménagements associés",
            ),
            (ECONOMIE, "Tourisme"),
        ],
        publics: COLLECTIVITES_DEP,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(30),
        aap: false,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Soutenir les projets de revitalisation des bourgs-centres",
        description: "Contrat bourg-centre : financement des projets d'espaces publics, de commerces et d'équipements des communes qui jouent un rôle de centralité.",
        eligibilite: "Communes signataires d'un contrat bourg-centre avec la Région.",
        categories: &[(ECONOMIE, "Revitalisation"), (URBANISME, "Espace public")],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(30),
        aap: false,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Installer des centrales photovoltaïques sur les bâtiments publics",
        description: "Aide régionale aux installations solaires photovoltaïques en autoconsommation sur les toitures des bâtiments publics.",
        eligibilite: "Collectivités propriétaires des bâtiments.",
        categories: &[(ENERGIE, "Transition énergétique")],
        publics: COLLECTIVITES_DEP,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Oneoff,
        taux: Some(25),
        aap: true,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Préserver la biodiversité ordinaire",
        description: "Appel à projets régional pour la biodiversité : restauration de haies, de mares, de corridors écologiques, atlas de la biodiversité communale.",
        eligibilite: "Collectivités, associations, gestionnaires d'espaces naturels.",
        categories: &[(NATURE, "Biodiversité")],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: LES_DEUX,
        recurrence: Recurrence::Recurring,
        taux: Some(70),
        aap: true,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Créer ou moderniser un équipement culturel",
        description: "Soutien régional aux médiathèques, salles de spectacle, écoles de musique et lieux d'art.",
        eligibilite: "Communes et intercommunalités.",
        categories: &[
            (CULTURE, "Bibliothèques et livres"),
            (CULTURE, "Spectacle vivant"),
        ],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(30),
        aap: false,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Développer les transports collectifs en zone rurale",
        description: "Aide à la mise en place de services de transport à la demande et de lignes de covoiturage.",
        eligibilite: "Autorités organisatrices de la mobilité locales.",
        categories: &[
            (MOBILITE, "Mobilité partagée"),
            (MOBILITE, "Mobilité pour tous"),
        ],
        publics: &[Public::Epci],
        types: SUBVENTION,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(50),
        aap: true,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Accueillir des entreprises dans des zones d'activités requalifiées",
        description: "Financement de la requalification des zones d'activités économiques existantes plutôt que l'extension sur des terres agricoles.",
        eligibilite: "Intercommunalités compétentes en développement économique.",
        categories: &[(ECONOMIE, "Attractivité économique"), (NATURE, "Sols")],
        publics: &[Public::Epci],
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(40),
        aap: false,
    },
    Modele {
        portee: Portee::Regionale,
        titre: "Former les élus et agents à la transition écologique",
        description: "Cycle de formation régional gratuit : sobriété foncière, adaptation au changement climatique, achats publics responsables.",
        eligibilite: "Élus et agents des collectivités de la région.",
        categories: &[
            (SOLIDARITE, "Education et renforcement des compétences"),
            (SUPPORT, "Appui méthodologique"),
        ],
        publics: TOUTES_COLLECTIVITES,
        types: INGENIERIE,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Recurring,
        taux: None,
        aap: false,
    },
    Modele {
        portee: Portee::Departementale,
        titre: "Aménager les traversées de bourg",
        description: "Aide départementale à la sécurisation des traversées d'agglomération sur routes départementales : trottoirs, plateaux ralentisseurs, aménagements cyclables.",
        eligibilite: "Communes rurales.",
        categories: &[
            (
                MOBILITE,
                "Transports collectifs et optimisation des trafics routiers",
            ),
            (URBANISME, "Espace public"),
        ],
        publics: &[Public::Commune],
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(40),
        aap: false,
    },
    Modele {
        portee: Portee::Departementale,
        titre: "Rénover les écoles et les cantines rurales",
        description: "Fonds départemental d'aide aux communes pour les bâtiments scolaires et les restaurants scolaires.",
        eligibilite: "Communes de moins de 5 000 habitants.",
        categories: &[
            (SOLIDARITE, "Education et renforcement des compétences"),
            (URBANISME, "Bâtiments et construction"),
        ],
        publics: &[Public::Commune],
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(35),
        aap: false,
    },
    Modele {
        portee: Portee::Departementale,
        titre: "Bénéficier de l'ingénierie publique départementale",
        description: "L'agence technique départementale assiste les communes en voirie, eau, assainissement, bâtiment et marchés publics.",
        eligibilite: "Communes et intercommunalités adhérentes.",
        categories: &[
            (SUPPORT, "Appui méthodologique"),
            (EAU, "Assainissement des eaux"),
        ],
        publics: COLLECTIVITES,
        types: INGENIERIE_FIN,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Ongoing,
        taux: None,
        aap: false,
    },
    Modele {
        portee: Portee::Departementale,
        titre: "Créer des espaces naturels sensibles",
        description: "Taxe d'aménagement affectée aux espaces naturels sensibles : acquisition, gestion et ouverture au public de sites naturels.",
        eligibilite: "Communes, intercommunalités, associations gestionnaires.",
        categories: &[(NATURE, "Biodiversité"), (NATURE, "Forêts")],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: LES_DEUX,
        recurrence: Recurrence::Ongoing,
        taux: Some(50),
        aap: false,
    },
    Modele {
        portee: Portee::Departementale,
        titre: "Soutenir les établissements d'accueil du jeune enfant",
        description: "Aide à la création et à l'extension de crèches et de relais petite enfance.",
        eligibilite: "Communes, intercommunalités, associations gestionnaires.",
        categories: &[(SOLIDARITE, "Famille et enfance")],
        publics: ASSOS_COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(30),
        aap: false,
    },
    Modele {
        portee: Portee::Departementale,
        titre: "Attirer des médecins dans les territoires ruraux",
        description: "Soutien aux maisons de santé pluriprofessionnelles et aides à l'installation des professionnels de santé.",
        eligibilite: "Communes et intercommunalités en zone sous-dense.",
        categories: &[(SOLIDARITE, "Santé")],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(40),
        aap: false,
    },
    Modele {
        portee: Portee::Bassin,
        titre: "Économiser l'eau potable et réduire les fuites",
        description: "Aide aux diagnostics des réseaux d'eau potable, à la sectorisation, à la recherche et à la réparation des fuites, et aux équipements hydro-économes.",
        eligibilite: "Collectivités compétentes en eau potable.",
        categories: &[
            (EAU, "Cours d'eau / canaux / plans d'eau"),
            (EAU, "Assainissement des eaux"),
        ],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Recurring,
        taux: Some(50),
        aap: true,
    },
    Modele {
        portee: Portee::Bassin,
        titre: "Dépolluer les rejets urbains par temps de pluie",
        description: "Gestion des eaux pluviales à la source : désimperméabilisation, noues, bassins d'infiltration, pour limiter les déversements des réseaux unitaires.",
        eligibilite: "Collectivités et aménageurs.",
        categories: &[
            (EAU, "Assainissement des eaux"),
            (NATURE, "Risques naturels"),
        ],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(70),
        aap: false,
    },
    Modele {
        portee: Portee::Bassin,
        titre: "Restaurer les cours d'eau et les zones humides",
        description: "Travaux de restauration de la continuité écologique, de renaturation des berges et d'acquisition de zones humides.",
        eligibilite: "Syndicats de rivière, intercommunalités compétentes GEMAPI.",
        categories: &[
            (EAU, "Cours d'eau / canaux / plans d'eau"),
            (NATURE, "Biodiversité"),
        ],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(80),
        aap: false,
    },
    Modele {
        portee: Portee::Bassin,
        titre: "Mettre aux normes les stations d'épuration",
        description: "Réhabilitation et mise aux normes des systèmes d'assainissement collectif non conformes à la directive eaux résiduaires urbaines.",
        eligibilite: "Collectivités compétentes en assainissement.",
        categories: &[(EAU, "Assainissement des eaux")],
        publics: COLLECTIVITES,
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(40),
        aap: false,
    },
    Modele {
        portee: Portee::Bassin,
        titre: "Protéger les captages d'eau potable",
        description: "Animation et actions de protection des aires d'alimentation des captages : acquisitions foncières, conversion en agriculture biologique, paiements pour services environnementaux.",
        eligibilite: "Collectivités et agriculteurs des aires de captage prioritaires.",
        categories: &[
            (EAU, "Cours d'eau / canaux / plans d'eau"),
            (ECONOMIE, "Agriculture et agroalimentaire"),
        ],
        publics: &[Public::Commune, Public::Epci, Public::Farmer],
        types: SUBVENTION_INGENIERIE,
        destinations: LES_DEUX,
        recurrence: Recurrence::Recurring,
        taux: Some(70),
        aap: true,
    },
    Modele {
        portee: Portee::Locale,
        titre: "Végétaliser les cours d'école",
        description: "La métropole accompagne les communes membres qui transforment leurs cours d'école en îlots de fraîcheur.",
        eligibilite: "Communes membres.",
        categories: &[(URBANISME, "Espaces verts"), (NATURE, "Biodiversité")],
        publics: &[Public::Commune],
        types: SUBVENTION_INGENIERIE,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Oneoff,
        taux: Some(50),
        aap: true,
    },
    Modele {
        portee: Portee::Locale,
        titre: "Aider les commerces de proximité du centre-ville",
        description: "Fonds intercommunal d'aide à la rénovation des vitrines et à l'accessibilité des commerces de centre-ville.",
        eligibilite: "Commerçants et artisans du centre-ville.",
        categories: &[(ECONOMIE, "Commerces et services"), (ECONOMIE, "Artisanat")],
        publics: &[Public::PrivateSector],
        types: SUBVENTION,
        destinations: INVESTISSEMENT,
        recurrence: Recurrence::Ongoing,
        taux: Some(30),
        aap: false,
    },
    Modele {
        portee: Portee::Locale,
        titre: "Financer les projets associatifs de quartier",
        description: "Appel à projets annuel pour les initiatives associatives de lien social, de culture et de sport dans les quartiers.",
        eligibilite: "Associations dont le siège ou l'activité est sur le territoire.",
        categories: &[
            (SOLIDARITE, "Cohésion sociale et inclusion"),
            (SOLIDARITE, "Citoyenneté"),
        ],
        publics: &[Public::Association],
        types: SUBVENTION,
        destinations: FONCTIONNEMENT,
        recurrence: Recurrence::Recurring,
        taux: None,
        aap: true,
    },
];

/// National carriers: (name, description, templates they carry by title prefix index).
const PORTEURS_NATIONAUX: &[(&str, &str)] = &[
    ("ADEME", "Agence de la transition écologique"),
    (
        "Banque des Territoires",
        "Groupe Caisse des Dépôts, au service des collectivités",
    ),
    (
        "Agence nationale de la cohésion des territoires (ANCT)",
        "Programmes Petites villes de demain, Action cœur de ville, France services",
    ),
    (
        "Cerema",
        "Centre d'études et d'expertise sur les risques, l'environnement, la mobilité et l'aménagement",
    ),
    (
        "Agence nationale de l'habitat (Anah)",
        "Amélioration du parc de logements privés",
    ),
    (
        "Agence nationale du Sport",
        "Équipements sportifs et sport pour tous",
    ),
    (
        "Fondation du patrimoine",
        "Sauvegarde du patrimoine de proximité",
    ),
    (
        "Ministère de l'Agriculture et de la Souveraineté alimentaire",
        "Projets alimentaires territoriaux",
    ),
    (
        "Préfectures de département (État)",
        "Dotations de soutien à l'investissement local (DETR, DSIL, Fonds vert)",
    ),
    (
        "Office français de la biodiversité (OFB)",
        "Atlas de la biodiversité communale, aires protégées",
    ),
];

const PORTEURS_EUROPEENS: &[(&str, &str)] = &[(
    "Commission européenne",
    "Fonds européens structurels et d'investissement",
)];

const REGIONS: &[(&str, &str)] = &[
    ("84", "Région Auvergne-Rhône-Alpes"),
    ("27", "Région Bourgogne-Franche-Comté"),
    ("53", "Région Bretagne"),
    ("24", "Région Centre-Val de Loire"),
    ("94", "Collectivité de Corse"),
    ("44", "Région Grand Est"),
    ("32", "Région Hauts-de-France"),
    ("11", "Région Île-de-France"),
    ("28", "Région Normandie"),
    ("75", "Région Nouvelle-Aquitaine"),
    ("76", "Région Occitanie"),
    ("52", "Région Pays de la Loire"),
    ("93", "Région Provence-Alpes-Côte d'Azur"),
    ("01", "Région Guadeloupe"),
    ("02", "Collectivité territoriale de Martinique"),
    ("03", "Collectivité territoriale de Guyane"),
    ("04", "Région Réunion"),
    ("06", "Département de Mayotte"),
];

const DEPARTEMENTS: &[(&str, &str)] = &[
    ("34", "Conseil départemental de l'Hérault"),
    ("29", "Conseil départemental du Finistère"),
    ("12", "Conseil départemental de l'Aveyron"),
    ("13", "Conseil départemental des Bouches-du-Rhône"),
    ("59", "Conseil départemental du Nord"),
    ("35", "Conseil départemental d'Ille-et-Vilaine"),
    ("974", "Conseil départemental de La Réunion"),
    ("33", "Conseil départemental de la Gironde"),
    ("69", "Conseil départemental du Rhône"),
    ("44", "Conseil départemental de la Loire-Atlantique"),
    ("67", "Collectivité européenne d'Alsace"),
    ("31", "Conseil départemental de la Haute-Garonne"),
    ("63", "Conseil départemental du Puy-de-Dôme"),
    ("2A", "Collectivité de Corse (Corse-du-Sud)"),
    ("76", "Conseil départemental de la Seine-Maritime"),
];

const BASSINS: &[(&str, &str)] = &[
    ("FR000001", "Agence de l'eau Artois-Picardie"),
    ("FR000002", "Agence de l'eau Rhin-Meuse"),
    ("FR000003", "Agence de l'eau Seine-Normandie"),
    ("FR000004", "Agence de l'eau Loire-Bretagne"),
    ("FR000005", "Agence de l'eau Adour-Garonne"),
    ("FR000006", "Agence de l'eau Rhône Méditerranée Corse"),
];

/// Intercommunalités carrying local aids: (SIREN, carrier name).
const EPCI: &[(&str, &str)] = &[
    ("243400017", "Montpellier Méditerranée Métropole"),
    ("242900314", "Brest métropole"),
    ("243500139", "Rennes Métropole"),
    ("200046977", "Métropole de Lyon"),
    ("241200187", "Rodez agglomération"),
];

const PROGRAMMES: &[&str] = &[
    "Petites villes de demain",
    "Action cœur de ville",
    "Fonds vert",
    "France Ruralités",
    "Plan vélo et mobilités actives",
    "LEADER",
];

/// Loads the demo (called on an empty database by `fabrique demo` and `serve --demo`).
pub async fn charger(app: &AppState) -> anyhow::Result<()> {
    let etat = etat::etat(app).map_err(|e| anyhow::anyhow!("{e}"))?;
    let graphe = etat.perimetres();
    let trouver = |echelle: Echelle, code: &str| -> anyhow::Result<PerimetreId> {
        graphe.trouver(echelle, code).ok_or_else(|| {
            anyhow::anyhow!(
                "périmètre {} {code} absent des territoires",
                echelle.label()
            )
        })
    };

    // Carriers and programs, with their perimeters.
    let mut tx = app.db().begin().await?;
    let mut creer = async |nom: &str,
                           description: &str,
                           perimetre: Option<(Echelle, &str)>|
           -> anyhow::Result<PorteurId> {
        let id = store::creer_porteur(
            &mut tx,
            &NouveauPorteur {
                nom: nom.to_owned(),
                description: description.to_owned(),
                logo: None,
                perimetre: perimetre.map(|(e, c)| (e, c.to_owned())),
            },
        )
        .await?;
        Ok(PorteurId(u32::try_from(id)?))
    };
    let mut nationaux = Vec::new();
    for (nom, description) in PORTEURS_NATIONAUX {
        nationaux.push(creer(nom, description, Some((Echelle::Country, CODE_FRANCE))).await?);
    }
    let mut europeens = Vec::new();
    for (nom, description) in PORTEURS_EUROPEENS {
        europeens.push(creer(nom, description, Some((Echelle::Continent, CODE_EUROPE))).await?);
    }
    // One carrier per territory, with the territory as its perimeter.
    let mut territoriaux = Vec::new();
    for (echelle, territoires, description) in [
        (Echelle::Region, REGIONS, "Conseil régional"),
        (Echelle::Department, DEPARTEMENTS, "Conseil départemental"),
        (
            Echelle::Basin,
            BASSINS,
            "Établissement public de l'État pour la gestion de l'eau",
        ),
        (Echelle::Epci, EPCI, "Intercommunalité"),
    ] {
        for (code, nom) in territoires {
            let porteur = creer(nom, description, Some((echelle, code))).await?;
            territoriaux.push((echelle, *code, porteur));
        }
    }
    let mut programmes = Vec::new();
    for nom in PROGRAMMES {
        let id = store::creer_programme(&mut tx, nom, "").await?;
        programmes.push(ProgrammeId(u32::try_from(id)?));
    }
    store::enregistrer_liste_synonymes(
        &mut tx,
        "Voie douce",
        "voie douce, vélo, vélos, liaisons douces, bmx, piste cyclable",
    )
    .await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::Cli,
            module: MODULE,
            action: "demo_referentiels",
            target: "referentiels",
            summary: "Porteurs, programmes et synonymes de démonstration",
            details: serde_json::json!({}),
        },
    )
    .await?;
    changes::record(&mut tx, MODULE).await?;
    tx.commit().await?;
    etat::reconstruire(app).await?;

    let thematiques = Thematiques::clone(
        &etat::etat(app)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .catalogue()
            .thematiques,
    );
    let aujourdhui = aujourdhui();
    let maintenant = now();
    let mut alea = Alea(0x00A1_DE5D_E4D0_2026);
    let mut aides = Vec::new();
    let mut ajouter = |modele: &Modele,
                       porteur: PorteurId,
                       perimetre: PerimetreId,
                       lieu: &str,
                       alea: &mut Alea| {
        let titre = if lieu.is_empty() {
            modele.titre.to_owned()
        } else {
            format!("{} ({lieu})", modele.titre)
        };
        let mut aide = Aide::brouillon(AideId(0), titre, maintenant);
        aide.slug = slug_aide(&aide.name, &format!("{:04x}", alea.suivant() & 0xffff));
        aide.description = modele.description.to_owned();
        aide.eligibility = modele.eligibilite.to_owned();
        aide.perimeter = Some(perimetre);
        aide.financers = vec![porteur];
        aide.organization = Some(u64::from(porteur.0));
        aide.categories = modele
            .categories
            .iter()
            .filter_map(|(theme, categorie)| thematiques.categorie_par_noms(theme, categorie))
            .collect();
        aide.targeted_audiences = modele.publics.to_vec();
        aide.aid_types = modele.types.to_vec();
        aide.destinations = modele.destinations.to_vec();
        aide.mobilization_steps = match alea.sous(3) {
            0 => vec![EtapeMobilisation::Preop],
            1 => vec![EtapeMobilisation::Op, EtapeMobilisation::Postop],
            _ => EtapeMobilisation::ALL.to_vec(),
        };
        aide.recurrence = Some(modele.recurrence);
        aide.is_call_for_project = modele.aap;
        aide.subvention_rate = TauxSubvention {
            min: None,
            max: modele.taux,
        };
        aide.in_france_relance = alea.sous(12) == 0;
        if modele.recurrence != Recurrence::Ongoing {
            // Deadlines from a week ago to a year ahead; a few close within 30 days.
            let jours = match alea.sous(10) {
                0 => -(1 + alea.sous(20) as i64),
                1..=2 => alea.sous(30) as i64,
                _ => 30 + alea.sous(330) as i64,
            };
            aide.submission_deadline = Some(aujourdhui + Duration::days(jours));
            aide.start_date = Some(aujourdhui - Duration::days(30 + alea.sous(200) as i64));
        }
        aide.origin_url = format!("https://www.exemple-porteur.fr/aides/{}", aide.slug);
        aide.application_url = "https://www.demarches-simplifiees.fr/".to_owned();
        aide.contact = format!("Service des aides — {}", lieu_ou(lieu));
        aide.keywords = modele
            .titre
            .split_whitespace()
            .filter(|m| m.len() > 5)
            .take(3)
            .map(str::to_lowercase)
            .collect();
        aide.status = match alea.sous(20) {
            0 => StatutAide::Draft,
            1 => StatutAide::Reviewable,
            _ => StatutAide::Published,
        };
        if aide.status == StatutAide::Published {
            aide.date_published = Some(
                maintenant
                    - Duration::days(alea.sous(400) as i64)
                    - Duration::minutes(alea.sous(1440) as i64),
            );
        }
        aides.push(aide);
    };

    let france = trouver(Echelle::Country, CODE_FRANCE)?;
    let europe = trouver(Echelle::Continent, CODE_EUROPE)?;
    for modele in MODELES {
        // An aid of a territorial scope is offered by each carrier of that scale, on its territory.
        let echelle = match modele.portee {
            Portee::Nationale => {
                let porteur = nationaux[porteur_national(modele.titre)];
                ajouter(modele, porteur, france, "", &mut alea);
                continue;
            }
            Portee::Europeenne => {
                ajouter(modele, europeens[0], europe, "", &mut alea);
                continue;
            }
            Portee::Regionale => Echelle::Region,
            Portee::Departementale => Echelle::Department,
            Portee::Bassin => Echelle::Basin,
            Portee::Locale => Echelle::Epci,
        };
        for (_, code, porteur) in territoriaux.iter().filter(|(e, _, _)| *e == echelle) {
            let perimetre = trouver(echelle, code)?;
            let nom = graphe
                .get(perimetre)
                .map(|p| p.nom.clone())
                .unwrap_or_default();
            // A basin bears the name of its rivers: the title says it is a basin.
            let lieu = if echelle == Echelle::Basin {
                format!("bassin {nom}")
            } else {
                nom
            };
            ajouter(modele, *porteur, perimetre, &lieu, &mut alea);
        }
    }
    // Overseas: the national aids for overseas territories.
    let outre_mer = trouver(Echelle::Adhoc, CODE_OUTRE_MER)?;
    ajouter(&MODELES[0], nationaux[0], outre_mer, "outre-mer", &mut alea);
    // Programs: by theme of the template.
    for aide in &mut aides {
        let programme = if aide.name.contains("centres-bourgs") || aide.name.contains("Revitaliser")
        {
            Some(programmes[0])
        } else if aide.name.contains("commerces") {
            Some(programmes[1])
        } else if aide.name.contains("friches") || aide.name.contains("Renaturer") {
            Some(programmes[2])
        } else if aide.name.contains("cyclables") || aide.name.contains("voies vertes") {
            Some(programmes[4])
        } else if aide.name.contains("LEADER") {
            Some(programmes[5])
        } else {
            None
        };
        aide.programs = programme.into_iter().collect();
    }
    // The generic DETR and its local variants in three départements (generic/local de-duplication).
    let mut generique = Aide::brouillon(
        AideId(0),
        "Financer l'investissement des communes rurales (DETR)",
        maintenant,
    );
    generique.description = "La dotation d'équipement des territoires ruraux finance les projets d'investissement des communes et intercommunalités rurales : bâtiments, voirie, écoles, équipements publics. Chaque préfecture fixe ses catégories prioritaires.".to_owned();
    generique.eligibility =
        "Communes et EPCI éligibles selon la population et le potentiel financier.".to_owned();
    generique.perimeter = Some(france);
    generique.financers = vec![nationaux[8]];
    generique.organization = Some(u64::from(nationaux[8].0));
    generique.targeted_audiences = COLLECTIVITES.to_vec();
    generique.aid_types = SUBVENTION.to_vec();
    generique.destinations = INVESTISSEMENT.to_vec();
    generique.recurrence = Some(Recurrence::Recurring);
    generique.submission_deadline = Some(aujourdhui + Duration::days(75));
    generique.is_generic = true;
    generique.status = StatutAide::Published;
    generique.date_published = Some(maintenant - Duration::days(120));
    generique.categories = [
        (URBANISME, "Bâtiments et construction"),
        (SUPPORT, "Appui méthodologique"),
    ]
    .iter()
    .filter_map(|(t, c)| thematiques.categorie_par_noms(t, c))
    .collect();
    let generiques = service::enregistrer_aides(app, &Actor::Cli, vec![generique.clone()])
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    for (code, _) in DEPARTEMENTS.iter().take(3) {
        let perimetre = trouver(Echelle::Department, code)?;
        let nom = graphe
            .get(perimetre)
            .map(|p| p.nom.clone())
            .unwrap_or_default();
        let mut locale = generique.clone();
        locale.name = format!("Financer l'investissement des communes rurales (DETR {nom})");
        locale.slug = String::new();
        locale.is_generic = false;
        locale.generic_aid = generiques.first().copied();
        locale.perimeter = Some(perimetre);
        locale.local_characteristics = format!(
            "Catégories prioritaires de la préfecture ({nom}) : écoles, voirie communale, accessibilité des bâtiments publics. Dépôt des dossiers sur Démarches simplifiées."
        );
        locale.submission_deadline = Some(aujourdhui + Duration::days(40));
        aides.push(locale);
    }
    service::enregistrer_aides(app, &Actor::Cli, aides)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(())
}

fn lieu_ou(lieu: &str) -> &str {
    if lieu.is_empty() { "national" } else { lieu }
}

/// The national carrier of a template (an index of [`PORTEURS_NATIONAUX`]), by what it finances.
fn porteur_national(titre: &str) -> usize {
    const PAR_MOT: &[(&str, usize)] = &[
        ("écoles", 1),
        ("Prêter", 1),
        ("réseaux de chaleur", 0),
        ("friches", 8),
        ("Renaturer", 9),
        ("plan de mobilité", 0),
        ("pistes cyclables", 8),
        ("centres-bourgs", 2),
        ("tiers-lieu", 2),
        ("France services", 2),
        ("conseillers numériques", 2),
        ("projet complexe", 2),
        ("patrimoine rural", 6),
        ("équipements sportifs", 5),
        ("habitat privé", 4),
        ("vulnérabilité", 3),
        ("bornes de recharge", 0),
        ("biodéchets", 0),
        ("alimentaire", 7),
        ("bâtiments publics", 8),
        ("éclairage", 8),
    ];
    PAR_MOT
        .iter()
        .find(|(mot, _)| titre.contains(mot))
        .map_or(0, |(_, index)| *index)
}
