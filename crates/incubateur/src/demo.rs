//! Demo data: the Fabrique numérique of 2018, replayed through the module's own services and machines.
//!
//! Its first call (November 2017) was open to agents of the central administration, DREAL, DIRM and DIR; fifty
//! problems came in, twelve were auditioned by a jury of directors, seven were selected — the products that became
//! Aides-territoires, Camino, Aeris, ASSEC, DossierFacile, A Dock and Cobot — each with its real public phases. The
//! story runs through the same services as the pages (with the clock of 2017), so the journal, the minutes and
//! their score-sheet hash are those a real run would leave.
//!
//! Deterministic: fixed texts, fixed seeds, grades drawn from a seeded generator. No personal data: people are
//! named by their function (« Porteuse ou porteur n° 07 », « Directeur général de la prévention des risques ») and
//! every address is under the reserved `.invalid` domain.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Map, Value};
use socle::AppState;
use socle::auth::{CurrentUser, RoleGrant};

use crate::MODULE;
use crate::acces;
use crate::domain::appel::{ActionAppel, AppelAProjets, Jalon, QuestionFaq};
use crate::domain::candidature::{ActionCandidature, CandidatureId};
use crate::domain::comite::EngagementSponsor;
use crate::domain::hasard::Tirage;
use crate::domain::ids::{IncubateurId, OrganisationId};
use crate::domain::incubateur::Incubateur;
use crate::domain::jury::deliberation::{Decision, IssueDecision};
use crate::domain::jury::planning::ParametresPlanning;
use crate::domain::membre::RoleStartup;
use crate::domain::organisation::{DomaineMinisteriel, Organisation, TypeOrganisation};
use crate::domain::perimetre::Perimetre;
use crate::import::{self, ImportOptions};
use crate::service::jury::{Cloture, Saisie};
use crate::service::{self, Acteur};
use crate::store::catalogue;
use crate::store::jury::Fonction;
use crate::store::suivi::{self, ComiteStocke};

/// A password hash no password matches: demo accounts cannot sign in until an administrator resets them.
const SANS_MOT_DE_PASSE: &str = "!compte-de-demonstration";

fn at(text: &str) -> anyhow::Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
        .map_err(|error| anyhow::anyhow!("date de démonstration {text} : {error}"))
}

fn jour(text: &str) -> anyhow::Result<NaiveDate> {
    crate::domain::dates::parse_civil_date(text)
        .ok_or_else(|| anyhow::anyhow!("date de démonstration {text}"))
}

fn id(value: &str) -> anyhow::Result<OrganisationId> {
    Ok(OrganisationId::parse(value)?)
}

/// An organisation of the story: id, name, acronym, kind, ministerial domain, parent.
type LigneOrganisation = (
    &'static str,
    &'static str,
    &'static str,
    TypeOrganisation,
    DomaineMinisteriel,
    Option<&'static str>,
);

/// The organisations of the story, with the org chart the conflict detection reads.
fn organisations() -> anyhow::Result<Vec<Organisation>> {
    use DomaineMinisteriel::{Environnement, Territoires};
    use TypeOrganisation::{AdministrationCentrale, Autre, Operateur, ServiceDeconcentre};
    let rows: [LigneOrganisation; 22] = [
        (
            "mtes",
            "Ministère de la Transition Écologique",
            "MTE",
            AdministrationCentrale,
            Environnement,
            None,
        ),
        (
            "mctrct",
            "Ministère de la Cohésion des territoires et des relations avec les collectivités territoriales",
            "MCTRCT",
            AdministrationCentrale,
            Territoires,
            None,
        ),
        (
            "sg",
            "Secrétariat général des ministères",
            "SG",
            AdministrationCentrale,
            Environnement,
            Some("mtes"),
        ),
        (
            "cgdd",
            "Commissariat général au développement durable",
            "CGDD",
            Autre,
            Environnement,
            Some("mtes"),
        ),
        (
            "dgpr",
            "Direction générale de la Prévention des risques",
            "DGPR",
            AdministrationCentrale,
            Environnement,
            Some("mtes"),
        ),
        (
            "dgaln",
            "Direction générale de l'Aménagement, du Logement et de la Nature",
            "DGALN",
            AdministrationCentrale,
            Environnement,
            Some("mtes"),
        ),
        (
            "deb",
            "Direction de l'Eau et de la Biodiversité",
            "DEB",
            AdministrationCentrale,
            Environnement,
            Some("dgaln"),
        ),
        (
            "dhup",
            "Direction de l'habitat, de l'urbanisme et des paysages",
            "DHUP",
            AdministrationCentrale,
            Environnement,
            Some("dgaln"),
        ),
        (
            "dgitm",
            "Direction générale des infrastructures, des transports et des mobilités",
            "DGITM",
            AdministrationCentrale,
            Environnement,
            Some("mtes"),
        ),
        (
            "dgec",
            "Direction générale de l'Énergie et du Climat",
            "DGEC",
            AdministrationCentrale,
            Environnement,
            Some("mtes"),
        ),
        (
            "dgampa",
            "Direction générale des affaires maritimes, de la pêche et de l'aquaculture",
            "DGAMPA",
            AdministrationCentrale,
            Environnement,
            Some("mtes"),
        ),
        (
            "anct",
            "Agence Nationale de la Cohésion des Territoires",
            "ANCT",
            Operateur,
            Territoires,
            None,
        ),
        (
            "ademe",
            "Agence de la transition écologique",
            "ADEME",
            Operateur,
            Environnement,
            None,
        ),
        (
            "dreal-occitanie",
            "Direction régionale de l'environnement, de l'aménagement et du logement d'Occitanie",
            "DREAL Occitanie",
            ServiceDeconcentre,
            Environnement,
            None,
        ),
        (
            "dreal-hauts-de-france",
            "Direction régionale de l'environnement, de l'aménagement et du logement des Hauts-de-France",
            "DREAL Hauts-de-France",
            ServiceDeconcentre,
            Environnement,
            None,
        ),
        (
            "dreal-bretagne",
            "Direction régionale de l'environnement, de l'aménagement et du logement de Bretagne",
            "DREAL Bretagne",
            ServiceDeconcentre,
            Environnement,
            None,
        ),
        (
            "dreal-grand-est",
            "Direction régionale de l'environnement, de l'aménagement et du logement du Grand Est",
            "DREAL Grand Est",
            ServiceDeconcentre,
            Environnement,
            None,
        ),
        (
            "dirm-mediterranee",
            "Direction interrégionale de la mer Méditerranée",
            "DIRM Méditerranée",
            ServiceDeconcentre,
            Environnement,
            None,
        ),
        (
            "dirm-nord-atlantique",
            "Direction interrégionale de la mer Nord Atlantique-Manche Ouest",
            "DIRM NAMO",
            ServiceDeconcentre,
            Environnement,
            None,
        ),
        (
            "dir-est",
            "Direction interdépartementale des routes Est",
            "DIR Est",
            ServiceDeconcentre,
            Territoires,
            None,
        ),
        (
            "dir-ouest",
            "Direction interdépartementale des routes Ouest",
            "DIR Ouest",
            ServiceDeconcentre,
            Territoires,
            None,
        ),
        (
            "ddtm-13",
            "Direction départementale des territoires et de la mer des Bouches-du-Rhône",
            "DDTM 13",
            ServiceDeconcentre,
            Territoires,
            None,
        ),
    ];
    rows.into_iter()
        .map(|(code, nom, sigle, kind, domaine, parent)| {
            let mut organisation = Organisation::new(id(code)?, nom.to_owned(), kind, domaine);
            organisation.acronym = Some(sigle.to_owned());
            organisation.parent = parent.map(id).transpose()?;
            Ok(organisation)
        })
        .collect()
}

fn incubateurs() -> anyhow::Result<Vec<Incubateur>> {
    let mut mtes = Incubateur::new(
        IncubateurId::parse("mtes")?,
        "La Fabrique Numérique de l'Ecologie (MTE)".to_owned(),
    );
    mtes.short_description = Some(
        "Lancé en 2017, cet incubateur soutient les services en faveur de l'aménagement du territoire et de la \
         transition écologique."
            .to_owned(),
    );
    mtes.owner = Some("/organisations/mtes".to_owned());
    mtes.highlighted_startups = Some(vec![
        crate::domain::ids::StartupId::parse("camino")?,
        crate::domain::ids::StartupId::parse("dossierfacile")?,
    ]);
    let mut anct = Incubateur::new(
        IncubateurId::parse("anct")?,
        "L'Incubateur des Territoires (ANCT)".to_owned(),
    );
    anct.short_description =
        Some("Cet incubateur accompagne les projets territoriaux et les communs numériques des collectivités.".to_owned());
    anct.owner = Some("/organisations/anct".to_owned());
    Ok(vec![mtes, anct])
}

/// The seven startups of the first call, as beta.gouv.fr front-matter, with their real public phases.
const STARTUPS: [(&str, &str); 7] = [
    (
        "aides-territoires",
        "---\ntitle: Aides-territoires\nmission: Accéder aux meilleures aides pour financer et accompagner vos projets locaux\nsponsors:\n  - /organisations/anct\n  - /organisations/dgaln\n  - /organisations/dhup\nincubator: anct\nlink: https://aides-territoires.beta.gouv.fr\nstats: true\nusertypes:\n  - collectivite-territoriale\nthematiques:\n  - Territoires\nphases:\n  - name: construction\n    start: 2018-01-01\n    end: 2018-09-10\n  - name: acceleration\n    start: 2018-09-10\nevents:\n  - name: other\n    date: 2024-11-21\n    comment: Transmission du produit de la DGALN à l'ANCT\n---\n\nLes collectivités, surtout les plus petites, peinent à repérer les aides financières et d'ingénierie auxquelles leurs projets ont droit : Aides-territoires les rassemble et les rend cherchables par territoire et par projet.\n",
    ),
    (
        "camino",
        "---\ntitle: Camino\nmission: Ouvrir les données du domaine minier pour partager l'information sur les projets et faciliter leur gestion.\nsponsors:\n  - /organisations/deb\n  - /organisations/dgaln\nincubator: mtes\nlink: https://camino.beta.gouv.fr\nstats: true\nusertypes:\n  - particulier\n  - collectivite-territoriale\n  - entreprise\n  - etat\nphases:\n  - name: construction\n    start: 2018-01-01\n  - name: investigation\n    start: 2018-01-01\n  - name: acceleration\n    start: 2023-06-15\n  - name: transfere\n    start: 2024-06-15\n---\n\nLes titres miniers et leurs démarches étaient suivis dans des tableurs et des dossiers papier : Camino en fait un cadastre numérique ouvert, partagé entre l'administration, les entreprises et le public.\n",
    ),
    (
        "aeris",
        "---\ntitle: Aeris\nmission: Limiter les rejets polluants dans l'air en facilitant et en harmonisant la déclaration et le suivi des émissions des industriels\nsponsors:\n  - /organisations/dgpr\nincubator: mtes\nlink: ''\nstats: false\nusertypes:\n  - entreprise\nphases:\n  - name: construction\n    start: 2018-01-01\n  - name: investigation\n    start: 2018-01-01\n  - name: abandon\n    start: 2018-12-31\nevents:\n  - name: end\n    date: 2018-12-31\n---\n\nLes exploitants déclarent leurs émissions dans plusieurs outils et les inspecteurs les rapprochent à la main : Aeris a cherché à ne faire déclarer qu'une fois, et à suivre les rejets au fil de l'eau.\n",
    ),
    (
        "assec",
        "---\ntitle: ASSEC\nmission: Optimiser la réponse collective du monde agricole et des services de l'État au problème de pénurie d'eau en période de sécheresse\nsponsors:\n  - /organisations/deb\n  - /organisations/dgaln\nincubator: mtes\nlink: ''\nstats: false\nusertypes:\n  - etat\n  - entreprise\nthematiques: []\nphases:\n  - name: investigation\n    start: 2017-12-31\n  - name: construction\n    start: 2018-04-13\n  - name: abandon\n    start: 2018-06-18\nevents:\n  - name: end\n    date: 2018-12-31\n---\n\nEn période de sécheresse, les restrictions d'usage de l'eau changent d'un bassin à l'autre et d'une semaine à l'autre : ASSEC a cherché à les rendre lisibles aux agriculteurs et aux services de l'État.\n",
    ),
    (
        "dossierfacile",
        "---\ntitle: DossierFacile\nmission: Remettre la confiance au centre de la relation entre propriétaires et locataires\nsponsors:\n  - /organisations/dgaln\n  - /organisations/dhup\nincubator: mtes\nlink: https://www.dossierfacile.logement.gouv.fr\nstats: true\nusertypes:\n  - particulier\nthematiques:\n  - Logement\n  - Administratif\nphases:\n  - name: investigation\n    start: 2018-01-01\n  - name: construction\n    start: 2018-03-01\n  - name: acceleration\n    start: 2019-01-01\n  - name: consolidation\n    start: 2024-10-14\nevents:\n  - name: national_impact\n    date: 2022-12-31\n---\n\nUn locataire envoie les mêmes pièces à dix propriétaires, qui doutent de leur authenticité : DossierFacile constitue un dossier vérifié une fois, partagé en confiance.\n",
    ),
    (
        "a-dock",
        "---\ntitle: A Dock\nmission: Simplifier l'accès aux données et démarches administratives du transport routier de marchandises\nsponsors:\n  - /organisations/dgitm\n  - /organisations/mtes\nincubator: mtes\nlink: https://adock.beta.gouv.fr\nstats: true\nusertypes:\n  - entreprise\nphases:\n  - name: investigation\n    start: 2018-01-08\n    end: 2018-07-01\n  - name: construction\n    start: 2018-07-01\n    end: 2019-01-23\n  - name: acceleration\n    start: 2019-01-23\n  - name: abandon\n    start: 2021-01-01\n---\n\nChargeurs et transporteurs se cherchent sans annuaire fiable et les camions roulent souvent à vide : A Dock a ouvert les données du registre des transporteurs et simplifié leurs démarches.\n",
    ),
    (
        "cobot",
        "---\ntitle: Cobot\nmission: Mettre les petites contributions numériques au service de l'intérêt général\nsponsors:\n  - /organisations/dgitm\nincubator: mtes\nlink: ''\nstats: false\nusertypes:\n  - etat\nphases:\n  - name: investigation\n    start: 2017-12-15\n    end: 2018-03-01\n  - name: construction\n    start: 2018-03-01\n    end: 2019-09-01\n  - name: abandon\n    start: 2019-09-01\nevents:\n  - name: end\n    date: 2019-09-01\n---\n\nDe nombreuses données publiques attendent d'être vérifiées ou complétées par des gestes de quelques secondes : Cobot a proposé ces micro-tâches à des volontaires.\n",
    ),
];

/// A submission of the story: title, the agent's organisation, the problem, its figures, its first users.
struct Projet {
    intitule: &'static str,
    organisation: &'static str,
    probleme: &'static str,
    chiffres: &'static str,
    usagers: &'static str,
}

const fn projet(
    intitule: &'static str,
    organisation: &'static str,
    probleme: &'static str,
    chiffres: &'static str,
    usagers: &'static str,
) -> Projet {
    Projet {
        intitule,
        organisation,
        probleme,
        chiffres,
        usagers,
    }
}

/// The seven laureates, in the order of [`STARTUPS`].
const LAUREATS: [Projet; 7] = [
    projet(
        "Trouver les aides publiques pour les projets des collectivités",
        "dhup",
        "Les petites communes ne savent pas quelles aides financières ou d'ingénierie existent pour leurs projets : l'information est dispersée entre des dizaines de porteurs et de sites.",
        "Plus de 30 000 communes, des centaines de dispositifs d'aide nationaux et régionaux.",
        "Des communes rurales accompagnées par les DDT, et les chargés de mission des intercommunalités.",
    ),
    projet(
        "Un cadastre minier numérique et ouvert",
        "deb",
        "Les titres miniers et les démarches qui les font vivre sont suivis dans des tableurs et des dossiers papier : ni les services ni le public n'ont une vue fiable et à jour.",
        "Plusieurs milliers de titres et de démarches, instruits par une dizaine de services.",
        "Les instructeurs des DREAL et de la DGALN, puis les entreprises titulaires.",
    ),
    projet(
        "Déclarer une seule fois les émissions des installations industrielles",
        "dgpr",
        "Les exploitants déclarent leurs émissions dans plusieurs outils chaque année, et les inspecteurs rapprochent ces déclarations à la main.",
        "Environ 1 200 installations déclarantes, trois jours de saisie chacune.",
        "Les inspecteurs des installations classées d'une DREAL pilote.",
    ),
    projet(
        "Partager les restrictions d'eau pendant les sécheresses",
        "dreal-occitanie",
        "Pendant une sécheresse, les arrêtés de restriction changent chaque semaine d'un bassin à l'autre : agriculteurs et services ne savent pas ce qui s'applique à leur parcelle.",
        "Des centaines d'arrêtés par été, des dizaines de milliers d'irrigants concernés.",
        "Les services de police de l'eau et les chambres d'agriculture d'un département.",
    ),
    projet(
        "Un dossier de location fiable pour les locataires",
        "dhup",
        "Les locataires envoient les mêmes pièces justificatives à de nombreux propriétaires, qui doutent de leur authenticité ; la confiance manque des deux côtés.",
        "Des millions de recherches de logement chaque année, un dossier envoyé en moyenne à plus de dix bailleurs.",
        "Des étudiants et de jeunes actifs en recherche de logement, des bailleurs sociaux volontaires.",
    ),
    projet(
        "Simplifier les données et démarches du transport routier de marchandises",
        "dgitm",
        "Chargeurs et transporteurs ne trouvent pas de registre fiable des entreprises de transport, et beaucoup de camions roulent à vide faute de se rencontrer.",
        "Près de 40 000 entreprises inscrites au registre, un quart des kilomètres parcourus à vide.",
        "Les transporteurs d'une région et les services qui tiennent le registre.",
    ),
    projet(
        "Mobiliser de petites contributions numériques pour l'intérêt général",
        "dgitm",
        "Des données publiques attendent d'être vérifiées ou complétées, mais aucun outil ne permet à des volontaires d'y contribuer quelques minutes.",
        "Des millions d'enregistrements à vérifier, des milliers de volontaires potentiels.",
        "Les services qui produisent des données ouvertes et une communauté de contributeurs.",
    ),
];

/// The five other auditioned submissions: two on the waiting list, then three not kept.
const AUDITIONNES: [Projet; 5] = [
    projet(
        "Suivre les rénovations énergétiques des bâtiments publics",
        "dhup",
        "Les gestionnaires de bâtiments publics ne savent pas quels travaux de rénovation énergétique ont été faits ni ce qu'ils ont économisé.",
        "Des dizaines de milliers de bâtiments de l'État et des collectivités.",
        "Les gestionnaires immobiliers d'une préfecture de région.",
    ),
    projet(
        "Protéger les herbiers de posidonie des ancres des plaisanciers",
        "dirm-mediterranee",
        "Les plaisanciers jettent l'ancre sans savoir où sont les herbiers protégés ; les contrôles en mer arrivent trop tard.",
        "Des milliers de mouillages chaque été sur le littoral méditerranéen.",
        "Les unités de contrôle de la DIRM et des loueurs de bateaux.",
    ),
    projet(
        "Prévenir les usagers des fermetures de nuit des routes nationales",
        "dir-est",
        "Les fermetures de nuit pour travaux sont publiées tard et mal relayées : des poids lourds se retrouvent bloqués.",
        "Plusieurs centaines de fermetures de nuit par an sur le réseau d'une DIR.",
        "Les transporteurs routiers et les centres d'ingénierie et de gestion du trafic.",
    ),
    projet(
        "Dématérialiser les autorisations de pêche de loisir en mer",
        "dirm-nord-atlantique",
        "Les demandes d'autorisation de pêche de loisir se font sur papier et sont saisies deux fois par les services.",
        "Plusieurs milliers de demandes par an dans une seule façade.",
        "Les services des affaires maritimes d'un département littoral.",
    ),
    projet(
        "Repérer les sites pollués avant un projet d'aménagement",
        "dreal-hauts-de-france",
        "Les aménageurs découvrent les pollutions des sols après l'achat du terrain : les inventaires existent mais sont difficiles à consulter.",
        "Des dizaines de milliers d'anciens sites industriels inventoriés.",
        "Les services urbanisme de quelques intercommunalités.",
    ),
];

/// The other recevable submissions the pre-jury did not keep: (title, organisation, what goes wrong).
const AUTRES: [(&str, &str, &str); 32] = [
    (
        "Suivre les avis de l'autorité environnementale",
        "cgdd",
        "les avis rendus sur les projets sont dispersés et leurs suites ne sont pas suivies",
    ),
    (
        "Partager les comptages de trafic des routes nationales",
        "dir-ouest",
        "les comptages de trafic sont relevés mais restent dans des fichiers locaux",
    ),
    (
        "Planifier les contrôles des digues",
        "dgpr",
        "les visites techniques des digues sont planifiées dans des tableurs qui divergent",
    ),
    (
        "Informer les riverains des risques technologiques",
        "dreal-grand-est",
        "les riverains des sites industriels ne trouvent pas l'information sur les risques qui les concernent",
    ),
    (
        "Simplifier les déclarations de chantier à proximité des réseaux",
        "dgpr",
        "les déclarations avant travaux sont ressaisies par plusieurs exploitants de réseaux",
    ),
    (
        "Mieux connaître les copropriétés fragiles",
        "dhup",
        "les copropriétés en difficulté sont repérées trop tard faute de données partagées",
    ),
    (
        "Recenser les bornes de recharge des véhicules électriques",
        "dgec",
        "les bornes de recharge ne sont pas recensées de façon fiable et ouverte",
    ),
    (
        "Suivre les certificats d'économies d'énergie",
        "dgec",
        "les dossiers de certificats d'économies d'énergie sont contrôlés à la main",
    ),
    (
        "Cartographier les continuités écologiques",
        "deb",
        "les trames vertes et bleues sont dessinées par chaque région dans un format différent",
    ),
    (
        "Partager les données des stations d'épuration",
        "deb",
        "les données d'autosurveillance des stations d'épuration arrivent par courriel et se perdent",
    ),
    (
        "Accompagner les communes face au recul du trait de côte",
        "dgaln",
        "les communes littorales manquent d'information sur l'érosion qui les menace",
    ),
    (
        "Simplifier l'instruction des permis de construire",
        "dhup",
        "les services instructeurs échangent les pièces des permis par courrier",
    ),
    (
        "Suivre les signalements d'habitat indigne",
        "dhup",
        "les signalements d'habitat indigne passent de main en main sans suivi",
    ),
    (
        "Ouvrir les données des contrôles techniques des bus",
        "dgitm",
        "les résultats des contrôles des autocars ne sont pas exploitables",
    ),
    (
        "Faciliter le covoiturage domicile-travail des agents",
        "sg",
        "les agents d'un même site ne savent pas qu'ils font le même trajet",
    ),
    (
        "Dématérialiser les commissions de sécurité des ports",
        "dgampa",
        "les comptes rendus des commissions de sécurité des ports restent sur papier",
    ),
    (
        "Suivre les navires abandonnés dans les ports",
        "dirm-mediterranee",
        "les navires abandonnés encombrent les ports sans suivi partagé",
    ),
    (
        "Alerter les pêcheurs des zones de tir militaires",
        "dirm-nord-atlantique",
        "les avis de tir en mer sont publiés dans un format peu lisible",
    ),
    (
        "Partager l'état des routes en hiver",
        "dir-est",
        "les patrouilles de viabilité hivernale notent l'état des routes sur papier",
    ),
    (
        "Recenser les ouvrages d'art des routes nationales",
        "dir-ouest",
        "l'état des ponts est suivi dans des bases locales hétérogènes",
    ),
    (
        "Simplifier les demandes de subventions pour la biodiversité",
        "dreal-bretagne",
        "les associations remplissent plusieurs dossiers pour une même subvention",
    ),
    (
        "Suivre les espèces exotiques envahissantes",
        "dreal-occitanie",
        "les observations d'espèces envahissantes ne remontent pas aux services",
    ),
    (
        "Informer sur la qualité des eaux de baignade",
        "deb",
        "les résultats des analyses des eaux de baignade sont publiés tard",
    ),
    (
        "Mutualiser les inventaires de zones humides",
        "dreal-hauts-de-france",
        "chaque service refait l'inventaire des zones humides de son territoire",
    ),
    (
        "Suivre les plans de prévention des risques",
        "dgpr",
        "l'avancement des plans de prévention des risques est suivi par courriel",
    ),
    (
        "Faciliter les déclarations de déchets dangereux",
        "dgpr",
        "les bordereaux de suivi des déchets dangereux sont encore sur papier",
    ),
    (
        "Évaluer les politiques de mobilité des territoires",
        "cgdd",
        "les indicateurs de mobilité des territoires ne sont pas comparables",
    ),
    (
        "Répondre plus vite aux questions des usagers sur la réglementation",
        "sg",
        "les mêmes questions réglementaires reviennent sans base de réponses partagée",
    ),
    (
        "Suivre les aides à la rénovation des logements",
        "dhup",
        "les ménages ne savent pas où en est leur demande d'aide à la rénovation",
    ),
    (
        "Partager les diagnostics de performance énergétique",
        "dgec",
        "les diagnostics énergétiques sont difficiles à consulter pour les acheteurs",
    ),
    (
        "Faciliter la gestion des concessions de plage",
        "dreal-bretagne",
        "les concessions de plage sont suivies dans des dossiers papier",
    ),
    (
        "Prévoir les besoins de formation des inspecteurs",
        "sg",
        "les besoins de formation des inspecteurs sont recensés par des enquêtes annuelles",
    ),
];

/// Submissions out of the call's scope or not describing a problem: (title, organisation, reason).
const IRRECEVABLES: [(&str, &str, &str); 6] = [
    (
        "Un portail des appels d'offres de l'agence",
        "ademe",
        "Hors périmètre : l'appel est ouvert aux agents de l'administration centrale, des DREAL, des DIRM et des DIR.",
    ),
    (
        "Numériser les registres des ports de plaisance",
        "ddtm-13",
        "Hors périmètre : l'appel est ouvert aux agents de l'administration centrale, des DREAL, des DIRM et des DIR.",
    ),
    (
        "Une application mobile pour les agents",
        "sg",
        "La candidature décrit une solution, sans le problème ni ses usagers ; elle peut être reformulée pour un prochain appel.",
    ),
    (
        "Refondre l'intranet du ministère",
        "sg",
        "La candidature décrit une solution, sans le problème ni ses usagers ; elle peut être reformulée pour un prochain appel.",
    ),
    (
        "Un observatoire des prix du foncier agricole",
        "ademe",
        "Hors périmètre : l'appel est ouvert aux agents de l'administration centrale, des DREAL, des DIRM et des DIR.",
    ),
    (
        "Dématérialiser les autorisations d'occupation du domaine public",
        "ddtm-13",
        "Hors périmètre : l'appel est ouvert aux agents de l'administration centrale, des DREAL, des DIRM et des DIR.",
    ),
];

/// The jury: (code of the account, name shown, function, organisation).
/// The secretary general presides and scores: one account, two functions.
const JURY: [(&str, &str, Fonction, &str); 13] = [
    (
        "prejury-1",
        "Cheffe de projet innovation, secrétariat général",
        Fonction::PreJure,
        "sg",
    ),
    (
        "prejury-2",
        "Chargé de mission numérique, CGDD",
        Fonction::PreJure,
        "cgdd",
    ),
    ("prejury-3", "Coach de beta.gouv.fr", Fonction::PreJure, ""),
    (
        "prejury-4",
        "Intrapreneur de beta.gouv.fr",
        Fonction::PreJure,
        "",
    ),
    (
        "jure-sg",
        "Secrétaire général des ministères",
        Fonction::President,
        "sg",
    ),
    (
        "jure-sg",
        "Secrétaire général des ministères",
        Fonction::Jure,
        "sg",
    ),
    (
        "jure-cgdd",
        "Commissaire générale au développement durable",
        Fonction::Jure,
        "cgdd",
    ),
    (
        "jure-dgpr",
        "Directeur général de la prévention des risques",
        Fonction::Jure,
        "dgpr",
    ),
    (
        "jure-dgaln",
        "Directeur général de l'aménagement, du logement et de la nature",
        Fonction::Jure,
        "dgaln",
    ),
    (
        "jure-dgitm",
        "Directeur général des infrastructures, des transports et des mobilités",
        Fonction::Jure,
        "dgitm",
    ),
    (
        "jure-dgec",
        "Directeur général de l'énergie et du climat",
        Fonction::Jure,
        "dgec",
    ),
    (
        "jure-dgampa",
        "Directeur des affaires maritimes",
        Fonction::Jure,
        "dgampa",
    ),
    (
        "jure-beta",
        "Directeur du programme beta.gouv.fr",
        Fonction::Jure,
        "",
    ),
];

/// Creates a confirmed account that cannot sign in; returns the caller the services expect.
async fn compte(
    app: &AppState,
    code: &str,
    nom: &str,
    roles: Vec<RoleGrant>,
) -> anyhow::Result<CurrentUser> {
    let email = format!("{code}@fabrique-demo.invalid");
    let mut tx = app.db().begin().await?;
    let user_id =
        socle::auth::store::create_user(&mut tx, &email, nom, SANS_MOT_DE_PASSE, false, true)
            .await?;
    for role in &roles {
        socle::auth::store::grant_role(&mut tx, user_id, role, None).await?;
    }
    tx.commit().await?;
    Ok(CurrentUser {
        id: user_id,
        email,
        display_name: nom.to_owned(),
        is_admin: false,
        roles,
        via_api_token: false,
    })
}

fn role(name: &str, organisation: &str) -> RoleGrant {
    RoleGrant {
        module: MODULE.to_owned(),
        role: name.to_owned(),
        organisation: Some(organisation.to_owned()),
    }
}

fn reponses(
    numero: usize,
    organisation: &str,
    probleme: &str,
    chiffres: &str,
    usagers: &str,
) -> Map<String, Value> {
    let mut reponses = Map::new();
    let mut texte = |cle: &str, valeur: String| {
        reponses.insert(cle.to_owned(), Value::String(valeur));
    };
    texte("probleme", probleme.to_owned());
    texte("chiffres", chiffres.to_owned());
    texte("premiers_usagers", usagers.to_owned());
    texte("nom", format!("Porteuse ou porteur n° {numero:02}"));
    texte("email", format!("agent-{numero:02}@fabrique-demo.invalid"));
    texte("organisation", organisation.to_owned());
    texte("service", "Bureau chargé du sujet".to_owned());
    reponses.insert(
        "demande_rappel".to_owned(),
        Value::Bool(numero.is_multiple_of(3)),
    );
    reponses.insert("consentement_hierarchie".to_owned(), Value::Bool(true));
    reponses.insert("consentement_donnees".to_owned(), Value::Bool(true));
    reponses
}

/// The whole story.
pub async fn load(app: &AppState) -> anyhow::Result<()> {
    let systeme = Acteur::Systeme("demo");
    // Referentials and the seven startups.
    let mut tx = app.db().begin().await?;
    catalogue::upsert_organisations(&mut tx, &organisations()?).await?;
    catalogue::upsert_incubateurs(&mut tx, &incubateurs()?).await?;
    let fichiers: Vec<(String, &str)> = STARTUPS
        .iter()
        .map(|(id, texte)| (format!("{id}.md"), *texte))
        .collect();
    let startups = import::parse_startups_markdown(
        fichiers.iter().map(|(nom, texte)| (nom.as_str(), *texte)),
        &ImportOptions::default(),
    )
    .map_err(|errors| {
        anyhow::anyhow!(
            "startups de démonstration : {}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" ; ")
        )
    })?;
    catalogue::upsert_startups(&mut tx, &startups.items).await?;
    tx.commit().await?;

    // The incubator team and the call, published in November 2017.
    compte(
        app,
        "equipe-fabrique",
        "Équipe de la Fabrique numérique",
        vec![role(acces::ROLE_ADMIN, "mtes")],
    )
    .await?;
    let mut appel = AppelAProjets::new(
        IncubateurId::parse("mtes")?,
        "Premier appel à projets de la Fabrique numérique".to_owned(),
        "Des problèmes rencontrés par les agents, que le numérique peut résoudre en six mois"
            .to_owned(),
        Perimetre::premier_appel_fabrique(),
    );
    appel.opens_at = Some(at("2017-11-06 09:00")?);
    appel.closes_at = Some(at("2017-12-01 18:00")?);
    appel.form_version = Some(1);
    appel.contact_mailbox = Some("fabrique-numerique@fabrique-demo.invalid".to_owned());
    appel.signatory = Some("Le secrétaire général des ministères".to_owned());
    appel.faq = vec![
        QuestionFaq {
            question: "Qui peut candidater ?".to_owned(),
            reponse: "Tout agent de l'administration centrale des ministères de la Transition écologique et de la Cohésion des territoires, d'une DREAL, d'une DIRM ou d'une DIR.".to_owned(),
        },
        QuestionFaq {
            question: "Faut-il avoir une idée de solution ?".to_owned(),
            reponse: "Non : décrivez un problème que vous connaissez bien, avec ses chiffres et ses premiers usagers. La solution se cherchera ensemble.".to_owned(),
        },
        QuestionFaq {
            question: "Que se passe-t-il si mon projet est retenu ?".to_owned(),
            reponse: "Vous devenez intrapreneur : libéré au moins deux jours par semaine, accompagné six mois par un coach et des développeurs.".to_owned(),
        },
    ];
    appel.milestones = vec![
        Jalon {
            libelle: "Ouverture de l'appel".to_owned(),
            date: jour("2017-11-06")?,
        },
        Jalon {
            libelle: "Clôture des candidatures".to_owned(),
            date: jour("2017-12-01")?,
        },
        Jalon {
            libelle: "Pré-jury".to_owned(),
            date: jour("2017-12-08")?,
        },
        Jalon {
            libelle: "Journée de sélection : auditions et délibération".to_owned(),
            date: jour("2017-12-14")?,
        },
        Jalon {
            libelle: "Démarrage de l'accompagnement".to_owned(),
            date: jour("2018-01-08")?,
        },
    ];
    let appel_id =
        service::appels::creer(app, &systeme, &appel, &[1.0, 1.0, 1.0, 1.0], 2017).await?;
    service::appels::transition(
        app,
        &systeme,
        appel_id,
        &ActionAppel::Publier,
        None,
        at("2017-11-06 09:00")?,
    )
    .await?;

    // Fifty agents submit: title, organisation, problem, figures, first users, reason of ineligibility.
    type Depot<'a> = (&'a str, &'a str, String, String, String, Option<&'a str>);
    let mut projets: Vec<Depot<'_>> = Vec::new();
    for p in LAUREATS.iter().chain(AUDITIONNES.iter()) {
        projets.push((
            p.intitule,
            p.organisation,
            p.probleme.to_owned(),
            p.chiffres.to_owned(),
            p.usagers.to_owned(),
            None,
        ));
    }
    for (intitule, organisation, constat) in AUTRES {
        projets.push((
            intitule,
            organisation,
            format!("Dans notre service, {constat} : le travail est refait, les décisions tardent et les usagers attendent."),
            "Plusieurs centaines de dossiers par an et plusieurs jours de travail perdus chaque mois.".to_owned(),
            "Les agents de notre service et deux services voisins volontaires.".to_owned(),
            None,
        ));
    }
    for (intitule, organisation, motif) in IRRECEVABLES {
        projets.push((
            intitule,
            organisation,
            "Nous souhaitons disposer d'un outil numérique moderne pour mieux travailler ensemble au quotidien.".to_owned(),
            "Toute l'équipe, une cinquantaine de personnes.".to_owned(),
            "Les agents de notre structure.".to_owned(),
            Some(motif),
        ));
    }
    let mut candidatures = Vec::with_capacity(projets.len());
    for (index, (intitule, organisation, probleme, chiffres, usagers, irrecevable)) in
        projets.iter().enumerate()
    {
        let numero = index + 1;
        let agent = compte(
            app,
            &format!("agent-{numero:02}"),
            &format!("Porteuse ou porteur n° {numero:02}"),
            Vec::new(),
        )
        .await?;
        let depot = at("2017-11-10 10:00")?
            + chrono::Duration::hours(i64::try_from(numero * 9).unwrap_or_default());
        let id =
            service::candidatures::creer_brouillon(app, &agent, appel_id, intitule, depot).await?;
        let answers = reponses(numero, organisation, probleme, chiffres, usagers);
        let stockee = service::candidatures::charger(&mut app.db(), id).await?;
        service::candidatures::enregistrer(app, &agent, id, stockee.version, intitule, &answers)
            .await?;
        service::candidatures::transition(
            app,
            &Acteur::Personne(&agent),
            id,
            &ActionCandidature::Deposer,
            None,
            depot,
        )
        .await?;
        candidatures.push((id, agent, *irrecevable));
    }

    // Closing, eligibility.
    service::appels::transition(
        app,
        &systeme,
        appel_id,
        &ActionAppel::Clore,
        None,
        at("2017-12-01 18:05")?,
    )
    .await?;
    service::appels::transition(
        app,
        &systeme,
        appel_id,
        &ActionAppel::OuvrirEligibilite,
        None,
        at("2017-12-04 09:00")?,
    )
    .await?;
    let instruction = at("2017-12-05 10:00")?;
    for (id, _, irrecevable) in &candidatures {
        let action = match irrecevable {
            Some(motif) => ActionCandidature::DeclarerIrrecevable {
                motivation: (*motif).to_owned(),
            },
            None => ActionCandidature::DeclarerRecevable,
        };
        service::candidatures::transition(app, &systeme, *id, &action, None, instruction).await?;
    }
    service::appels::transition(
        app,
        &systeme,
        appel_id,
        &ActionAppel::OuvrirPreselection,
        None,
        at("2017-12-06 09:00")?,
    )
    .await?;

    // The jury.
    let appel_stocke = service::appels::charger(&mut app.db(), appel_id).await?;
    let mut comptes: std::collections::BTreeMap<&str, CurrentUser> =
        std::collections::BTreeMap::new();
    let mut membres = Vec::new();
    for (code, nom, fonction, organisation) in JURY {
        let grant = role(fonction.role(), &appel_id.to_string());
        let membre = match comptes.get_mut(code) {
            Some(existant) => {
                existant.roles.push(grant);
                existant.clone()
            }
            None => {
                let nouveau = compte(app, code, nom, vec![grant]).await?;
                comptes.insert(code, nouveau.clone());
                nouveau
            }
        };
        service::jury::ajouter_membre(
            app,
            &systeme,
            &appel_stocke,
            &membre.email,
            fonction,
            nom,
            Some(organisation),
        )
        .await?;
        membres.push((code, fonction));
    }
    let membre = |code: &str| {
        comptes
            .get(code)
            .ok_or_else(|| anyhow::anyhow!("compte de démonstration {code} absent"))
    };

    // Pre-jury: the twelve auditioned get three or four marks, the others at most one.
    let retenus: Vec<i64> = candidatures.iter().take(12).map(|(id, _, _)| *id).collect();
    let recevables: Vec<i64> = candidatures
        .iter()
        .filter(|(_, _, irrecevable)| irrecevable.is_none())
        .map(|(id, _, _)| *id)
        .collect();
    for (rang, (code, _)) in membres
        .iter()
        .filter(|(_, f)| *f == Fonction::PreJure)
        .enumerate()
    {
        let marques: Vec<i64> = recevables
            .iter()
            .enumerate()
            .filter(|(index, id)| {
                if retenus.contains(id) {
                    (index + rang) % 5 != 0
                } else {
                    (index + rang) % 9 == 0
                }
            })
            .map(|(_, id)| *id)
            .collect();
        service::jury::marquer(app, membre(code)?, &appel_stocke, &marques).await?;
    }
    service::jury::appliquer_preselection(
        app,
        &systeme,
        appel_id,
        12,
        "Le pré-jury a retenu d'autres projets pour les auditions ; votre problème reste éligible aux prochains appels.",
        at("2017-12-08 17:00")?,
    )
    .await?;

    // Auditions: 3 + 5 minutes, order drawn from seed 2017, a break after six.
    let parametres = ParametresPlanning {
        pause_toutes: 6,
        duree_pause: chrono::Duration::minutes(15),
        battement: chrono::Duration::minutes(2),
        ..ParametresPlanning::standard(at("2017-12-14 14:00")?, 2017)
    };
    service::jury::figer_planning(
        app,
        &systeme,
        appel_id,
        &parametres,
        "Tour Séquoia, La Défense",
    )
    .await?;
    service::appels::transition(
        app,
        &systeme,
        appel_id,
        &ActionAppel::OuvrirAuditions,
        None,
        at("2017-12-11 09:00")?,
    )
    .await?;
    for id in &retenus {
        service::candidatures::transition(
            app,
            &systeme,
            *id,
            &ActionCandidature::MarquerAuditionne,
            None,
            at("2017-12-14 17:00")?,
        )
        .await?;
    }

    // Scores: a quality per project, a leniency per juror, seeded noise; the beta.gouv.fr director declares a
    // conflict on A Dock (the org chart already recuses the DGALN and DGITM directors from their own projects).
    let appel_stocke = service::appels::charger(&mut app.db(), appel_id).await?;
    let catalogue_courant = catalogue::current(app).await?;
    let jures = membres
        .iter()
        .filter(|(_, f)| *f == Fonction::Jure)
        .map(|(code, _)| membre(code))
        .collect::<anyhow::Result<Vec<&CurrentUser>>>()?;
    if let (Some(beta), Some(a_dock)) = (jures.last(), retenus.get(5)) {
        service::jury::declarer_conflit(
            app,
            beta,
            &appel_stocke,
            beta.id,
            *a_dock,
            "A accompagné l'équipe pendant la préparation du dossier",
        )
        .await?;
    }
    let qualites = [4.5, 4.3, 3.9, 3.8, 4.4, 4.0, 3.7, 3.5, 3.4, 2.9, 2.7, 2.6];
    let dossier = crate::service::jury::charger_dossier(
        app,
        &mut app.db(),
        &catalogue_courant,
        appel_stocke.clone(),
    )
    .await?;
    for (j, jure) in jures.iter().enumerate() {
        let clemence = (j as f64 - 3.5) * 0.12;
        for (c, candidature) in retenus.iter().enumerate() {
            if dossier.recuse(jure.id, *candidature) {
                continue;
            }
            let mut tirage = Tirage::new(2018 + (j as u64) * 100 + c as u64);
            let notes = (0..4)
                .map(|_| {
                    let bruit = (tirage.below(11) as f64 - 5.0) / 10.0;
                    (((qualites[c] + clemence + bruit) * 2.0).round() / 2.0).clamp(0.0, 5.0)
                })
                .collect();
            service::jury::noter(
                app,
                &catalogue_courant,
                jure,
                &appel_stocke,
                *candidature,
                Saisie {
                    notes,
                    note_privee: None,
                },
            )
            .await?;
        }
        service::jury::soumettre(app, &catalogue_courant, jure, appel_stocke.clone()).await?;
    }

    // Deliberation: seven laureates, two on the waiting list, three not kept.
    service::appels::transition(
        app,
        &systeme,
        appel_id,
        &ActionAppel::OuvrirDeliberation,
        None,
        at("2017-12-14 17:30")?,
    )
    .await?;
    let president = membre("jure-sg")?;
    let decisions = retenus
        .iter()
        .enumerate()
        .map(|(index, id)| {
            let (issue, motivation) = match index {
                0..7 => (IssueDecision::Laureat, "Problème massif et bien documenté, porteur engagé, stratégie crédible à six mois."),
                7 | 8 => (IssueDecision::ListeAttente, "Problème réel et porteur convaincant ; le jury attend un sponsor confirmé."),
                _ => (IssueDecision::NonRetenu, "Le jury n'a pas retenu le projet : l'État n'est pas le mieux placé pour le porter à six mois."),
            };
            Decision {
                candidature: CandidatureId(u64::try_from(*id).unwrap_or_default()),
                issue,
                motivation: motivation.to_owned(),
            }
        })
        .collect();
    let catalogue_courant = catalogue::current(app).await?;
    service::jury::clore_deliberation(
        app,
        &catalogue_courant,
        &Acteur::Personne(president),
        appel_id,
        Cloture {
            date: jour("2017-12-14")?,
            participants: JURY
                .iter()
                .filter(|(_, _, f, _)| *f == Fonction::Jure)
                .map(|(_, nom, _, _)| (*nom).to_owned())
                .collect(),
            decisions,
        },
        at("2017-12-14 19:00")?,
    )
    .await?;
    service::appels::transition(
        app,
        &systeme,
        appel_id,
        &ActionAppel::Notifier,
        None,
        at("2017-12-15 09:00")?,
    )
    .await?;

    // Onboarding: each laureate is the startup of the referential; intrapreneur, coach and developers.
    let mut tx = app.db().begin().await?;
    for ((startup_id, _), (candidature, agent, _)) in STARTUPS.iter().zip(&candidatures) {
        let startup = startups
            .items
            .iter()
            .find(|s| s.id.as_str() == *startup_id)
            .ok_or_else(|| anyhow::anyhow!("startup {startup_id} absente"))?;
        let debut = startup
            .phases
            .iter()
            .map(|p| p.start)
            .min()
            .unwrap_or(jour("2018-01-08")?);
        suivi::upsert_engagement(
            &mut tx,
            *candidature,
            &EngagementSponsor {
                fiche_signee: true,
                sponsor: startup.sponsors().first().map(|s| s.id.clone()),
                jours_liberes: 2,
                ligne_budgetaire_envisagee: true,
            },
            Some(startup_id),
        )
        .await?;
        suivi::insert_mission(
            &mut tx,
            startup_id,
            RoleStartup::Intrapreneur,
            Some(agent.id),
            "Intrapreneur, agent porteur du problème",
            debut,
            "validee",
        )
        .await?;
        suivi::insert_mission(
            &mut tx,
            startup_id,
            RoleStartup::Coach,
            None,
            "Coach beta.gouv.fr",
            debut,
            "validee",
        )
        .await?;
        suivi::insert_mission(
            &mut tx,
            startup_id,
            RoleStartup::Equipe,
            None,
            "Développeuse ou développeur (prestataire indépendant)",
            debut,
            "validee",
        )
        .await?;
        socle::auth::store::grant_role(
            &mut tx,
            agent.id,
            &role(acces::ROLE_EQUIPE, startup_id),
            None,
        )
        .await?;
    }
    // Committees of the early months: their effect is already in the real phases above, so they are recorded
    // without replaying the decision on the startup.
    for (startup_id, date, decision, motif, prochain) in [
        (
            "dossierfacile",
            "2018-06-28",
            "renouvellement",
            "Premiers dossiers vérifiés, bailleurs sociaux engagés.",
            "2018-12-28",
        ),
        (
            "camino",
            "2018-06-27",
            "renouvellement",
            "Cadastre des titres de Guyane en ligne, instructeurs utilisateurs.",
            "2018-12-27",
        ),
        (
            "a-dock",
            "2018-07-01",
            "changement_phase",
            "Registre des transporteurs ouvert ; passage en construction.",
            "2019-01-01",
        ),
    ] {
        suivi::insert_comite(
            &mut tx,
            &ComiteStocke {
                id: 0,
                startup_id: startup_id.to_owned(),
                date: jour(date)?,
                decision: decision.to_owned(),
                mois: None,
                vers_phase: (decision == "changement_phase").then(|| "construction".to_owned()),
                motif: motif.to_owned(),
                budget_confirme: (decision == "changement_phase").then_some(180_000),
                fin_financement: None,
                prochain_comite: Some(jour(prochain)?),
                niveau_impact: Some("utilisable".to_owned()),
                north_star: None,
                created_at: socle::db::now(),
            },
            None,
        )
        .await?;
    }
    service::journaliser(
        &mut tx,
        &systeme,
        "charger_demo",
        &format!("appel:{appel_id}"),
        "Démonstration : le premier appel de la Fabrique numérique (2017-2018)",
        serde_json::json!({ "candidatures": candidatures.len() }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
