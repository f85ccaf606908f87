//! Deterministic demo data of the mining cadastre.
//!
//! Companies and titres of several domaines and regions, with their démarches, étapes, perimeters and documents,
//! so that the list, the map and the titre pages are alive on a fresh machine.
//!
//! Guyane: ARM (one granted, one under instruction, one refused) and AXM (one granted, one filed); metropolitan
//! France: a PER of lithium in the Allier, a hydrocarbon concession at Lacq with its prolongation, the historic
//! gold concession of Salsigne (ended on 2018-12-31 for want of a duration), a PER of hydrocarbons in Seine-et-Marne
//! in survie provisoire, and geothermal energy in Alsace (a PER and an exploitation permit). Dates are fixed; the
//! statuts follow the calendar as real ones do. Names of companies are fictitious; places are real.

use std::collections::HashMap;

use serde_json::json;
use socle::AppState;
use socle::audit::{self, Actor, Entry};
use socle::db::Tx;

use crate::domain::date::CaminoDate;
use crate::domain::etape::{Confidentialite, Heritage};
use crate::instruction::{MODULE, aujourdhui};
use crate::perimetre::build_perimetre;
use crate::referentiels::{
    DemarcheTypeId as D, EtapeStatutId as S, EtapeTypeId as T, GeoSystemeId, TitreTypeId,
};
use crate::store::{
    self, CommuneSurface, NouveauTitre, NouvelleEntreprise, NouvelleEtape, Reference,
};
use socle::geo::round7;

/// A SIREN from its first eight digits: the ninth is the Luhn key.
pub fn siren(base: u32) -> String {
    let debut = format!("{:08}", base % 100_000_000);
    (0..10)
        .map(|cle| format!("{debut}{cle}"))
        .find(|candidat| store::siren_valide(candidat))
        .unwrap_or_else(|| format!("{debut}0"))
}

/// A company of the demo: (name, SIREN base, category, address, postcode, town).
type EntrepriseDemo = (
    &'static str,
    u32,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The companies of the demo.
pub const ENTREPRISES: &[EntrepriseDemo] = &[
    (
        "Orpaillage de l'Awa",
        81_234_567,
        "PME",
        "12 rue Féval",
        "97320",
        "Saint-Laurent-du-Maroni",
    ),
    (
        "Compagnie minière de la crique Sophie",
        81_456_789,
        "PME",
        "3 avenue Gustave Charlery",
        "97370",
        "Maripasoula",
    ),
    (
        "Société des mines de Saint-Élie",
        79_321_456,
        "PME",
        "45 route de Baduel",
        "97300",
        "Cayenne",
    ),
    (
        "Lithium de l'Allier",
        88_765_432,
        "ETI",
        "2 place de l'Église",
        "03330",
        "Échassières",
    ),
    (
        "Société pétrolière d'Aquitaine",
        55_210_055,
        "GE",
        "1 avenue du Gave",
        "64170",
        "Lacq",
    ),
    (
        "Mines d'or de Salsigne",
        57_210_011,
        "GE",
        "Route des Mines",
        "11600",
        "Salsigne",
    ),
    (
        "Hydrocarbures de Brie",
        75_123_987,
        "PME",
        "8 rue de la Gare",
        "77370",
        "Nangis",
    ),
    (
        "Géothermie d'Alsace du Nord",
        82_345_678,
        "ETI",
        "5 rue du Puits",
        "67250",
        "Soultz-sous-Forêts",
    ),
];

/// Code of a demo company by its position in [`ENTREPRISES`].
pub fn code_entreprise(index: usize) -> String {
    ENTREPRISES
        .get(index)
        .map(|e| format!("fr-{}", siren(e.1)))
        .unwrap_or_default()
}

/// A small PDF (the store checks the type by its magic bytes).
pub fn pdf(titre: &str) -> Vec<u8> {
    format!(
        "%PDF-1.4\n% {titre}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
         2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    .into_bytes()
}

/// A rectangle around a centre (longitude, latitude), half-sides in degrees.
fn rectangle(lon: f64, lat: f64, demi_largeur: f64, demi_hauteur: f64) -> ::geo::MultiPolygon<f64> {
    let (o, e) = (round7(lon - demi_largeur), round7(lon + demi_largeur));
    let (s, n) = (round7(lat - demi_hauteur), round7(lat + demi_hauteur));
    ::geo::MultiPolygon::new(vec![::geo::Polygon::new(
        ::geo::LineString::from(vec![(o, s), (e, s), (e, n), (o, n), (o, s)]),
        vec![],
    )])
}

fn date(texte: &str) -> anyhow::Result<CaminoDate> {
    CaminoDate::parse(texte).map_err(anyhow::Error::from)
}

/// An étape of the demo: type, statut, days after the démarche's start.
pub type Pas = (T, S, i64);

/// A document of the demo: étape type it goes to, document type, confidentiality, name.
type DocDemo = (T, &'static str, Confidentialite, &'static str);

/// A démarche of the demo.
struct DemarcheDemo {
    type_id: D,
    debut: &'static str,
    pas: &'static [Pas],
    /// Duration (months) carried by the decision or publication étapes.
    duree: Option<u32>,
    documents: &'static [DocDemo],
}

/// A titre of the demo.
struct TitreDemo {
    nom: &'static str,
    type_id: TitreTypeId,
    annee: i32,
    titulaire: usize,
    substances: &'static [&'static str],
    centre: (f64, f64),
    demi_cotes: (f64, f64),
    communes: &'static [&'static str],
    pays: &'static str,
    mecanise: Option<(bool, u32)>,
    references: &'static [(&'static str, &'static str)],
    demarches: Vec<DemarcheDemo>,
}

/// Non-mechanised ARM octroi up to the signature; public so that the recomputation benchmark runs the same
/// cases as the demo.
pub const ARM_ACCORDEE: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 0),
    (T::Pfd, S::Fai, 3),
    (T::Mcp, S::Com, 20),
    (T::Vfd, S::Fai, 25),
    (T::Mcr, S::Fav, 40),
    (T::Edm, S::Fav, 60),
    (T::Asc, S::Fai, 70),
    (T::Sca, S::Fai, 80),
    (T::Aca, S::Fav, 100),
    (T::Sco, S::Fai, 110),
    (T::Mns, S::Fai, 112),
];
/// A mechanised ARM: the decision of the environmental authority comes before the completeness.
const ARM_EN_INSTRUCTION: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 0),
    (T::Pfd, S::Fai, 3),
    (T::Dae, S::Exe, 6),
    (T::Mcp, S::Com, 20),
];
const ARM_REFUSEE: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 0),
    (T::Pfd, S::Fai, 2),
    (T::Mcp, S::Com, 15),
    (T::Vfd, S::Fai, 18),
    (T::Mcr, S::Fav, 30),
    (T::Edm, S::Def, 50),
    (T::Asc, S::Fai, 55),
    (T::Sca, S::Fai, 62),
    (T::Aca, S::Def, 90),
];
/// AXM octroi up to its publication (also run by the recomputation benchmark).
pub const AXM_ACCORDEE: &[Pas] = &[
    (T::Dae, S::Exe, 0),
    (T::Asl, S::Fav, 0),
    (T::Mfr, S::Fai, 1),
    (T::Mdp, S::Fai, 2),
    (T::Mcr, S::Fav, 30),
    (T::Adc, S::Fai, 60),
    (T::Asc, S::Fai, 60),
    (T::Apd, S::Fav, 100),
    (T::Apo, S::Fav, 120),
    (T::Dex, S::Acc, 150),
    (T::Rpu, S::Fai, 160),
];
const AXM_DEPOSEE: &[Pas] = &[
    (T::Dae, S::Exe, 0),
    (T::Asl, S::Fre, 3),
    (T::Mfr, S::Fai, 10),
    (T::Mdp, S::Fai, 12),
];
/// PER M octroi up to its publication (also run by the recomputation benchmark).
pub const PRM_ACCORDE: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 5),
    (T::Spp, S::Fai, 30),
    (T::Mcr, S::Fav, 60),
    (T::Anf, S::Ter, 90),
    (T::Asc, S::Fai, 95),
    (T::Ppu, S::Ter, 150),
    (T::Apd, S::Fav, 160),
    (T::App, S::Fav, 170),
    (T::Scg, S::Fai, 200),
    (T::Rcg, S::Fav, 220),
    (T::Acg, S::Fav, 230),
    (T::Sas, S::Fai, 240),
    (T::Dex, S::Acc, 260),
    (T::Dpu, S::Acc, 270),
];
const OCTROI_HISTORIQUE: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 4),
    (T::Dex, S::Acc, 820),
    (T::Dpu, S::Acc, 837),
];
const PROLONGATION_ACCORDEE: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 9),
    (T::Dex, S::Acc, 1298),
    (T::Dpu, S::Acc, 1309),
];
const PUBLICATION_ANCIENNE: &[Pas] = &[(T::Dpu, S::Fai, 0)];
const PER_CONCURRENCE: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 10),
    (T::Mcr, S::Fav, 50),
    (T::Anf, S::Fai, 95),
    (T::Dex, S::Acc, 387),
    (T::Dpu, S::Acc, 401),
];
/// Octroi of a PER of hydrocarbons before the reform: saisine du préfet, signature, decision, publication.
const PER_HYDROCARBURES: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 10),
    (T::Spp, S::Fai, 50),
    (T::Sas, S::Fai, 370),
    (T::Dex, S::Acc, 387),
    (T::Dpu, S::Acc, 401),
];
const DEMANDE_DEPOSEE: &[Pas] = &[(T::Mfr, S::Fai, 0), (T::Mdp, S::Fai, 9)];
const PEX_GEOTHERMIE: &[Pas] = &[
    (T::Mfr, S::Fai, 0),
    (T::Mdp, S::Fai, 7),
    (T::Dex, S::Acc, 455),
    (T::Dpu, S::Fai, 485),
];

fn titres() -> Vec<TitreDemo> {
    use Confidentialite::{Administrations, Public, TitulairesEtAdministrations};
    vec![
        TitreDemo {
            nom: "Crique Awa",
            type_id: TitreTypeId::Arm,
            annee: 2026,
            titulaire: 0,
            substances: &["auru"],
            centre: (-54.105, 3.702),
            demi_cotes: (0.008, 0.006),
            communes: &["97353"],
            pays: "GF",
            mecanise: Some((false, 0)),
            references: &[("onf", "ARM-2026-014")],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2026-07-06",
                pas: ARM_ACCORDEE,
                duree: Some(4),
                documents: &[
                    (
                        T::Mfr,
                        "dom",
                        TitulairesEtAdministrations,
                        "dossier-de-demande.pdf",
                    ),
                    (T::Edm, "rap", Administrations, "expertise-onf.pdf"),
                    (T::Sco, "arr", Public, "autorisation-signee.pdf"),
                ],
            }],
        },
        TitreDemo {
            nom: "Crique Sophie",
            type_id: TitreTypeId::Arm,
            annee: 2026,
            titulaire: 1,
            substances: &["auru"],
            centre: (-53.98, 3.55),
            demi_cotes: (0.01, 0.007),
            communes: &["97353"],
            pays: "GF",
            mecanise: Some((true, 2)),
            references: &[],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2026-10-05",
                pas: ARM_EN_INSTRUCTION,
                duree: None,
                documents: &[(
                    T::Mfr,
                    "nip",
                    TitulairesEtAdministrations,
                    "notice-d-impact.pdf",
                )],
            }],
        },
        TitreDemo {
            nom: "Saut Maïs",
            type_id: TitreTypeId::Arm,
            annee: 2025,
            titulaire: 0,
            substances: &["auru"],
            centre: (-53.35, 4.3),
            demi_cotes: (0.009, 0.009),
            communes: &["97352"],
            pays: "GF",
            mecanise: Some((false, 0)),
            references: &[],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2025-02-03",
                pas: ARM_REFUSEE,
                duree: None,
                documents: &[(T::Aca, "avi", Public, "avis-carm.pdf")],
            }],
        },
        TitreDemo {
            nom: "Dagobert",
            type_id: TitreTypeId::Axm,
            annee: 2024,
            titulaire: 2,
            substances: &["auru"],
            centre: (-53.21, 4.82),
            demi_cotes: (0.004, 0.004),
            communes: &["97358"],
            pays: "GF",
            mecanise: None,
            references: &[("dea", "AXM-973-2024-007")],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2024-01-08",
                pas: AXM_ACCORDEE,
                duree: Some(48),
                documents: &[
                    (T::Apd, "rad", Administrations, "rapport-dgtm.pdf"),
                    (T::Dex, "arp", Public, "arrete-prefectoral.pdf"),
                ],
            }],
        },
        TitreDemo {
            nom: "Montagne d'Or Est",
            type_id: TitreTypeId::Axm,
            annee: 2026,
            titulaire: 2,
            substances: &["auru", "arge"],
            centre: (-54.27, 5.37),
            demi_cotes: (0.004, 0.003),
            communes: &["97306"],
            pays: "GF",
            mecanise: None,
            references: &[],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2026-10-20",
                pas: AXM_DEPOSEE,
                duree: None,
                documents: &[(
                    T::Mfr,
                    "dom",
                    TitulairesEtAdministrations,
                    "dossier-axm.pdf",
                )],
            }],
        },
        TitreDemo {
            nom: "Les Colettes",
            type_id: TitreTypeId::Prm,
            annee: 2024,
            titulaire: 3,
            substances: &["lith", "tant", "etai"],
            centre: (2.96, 46.17),
            demi_cotes: (0.05, 0.035),
            communes: &["03108"],
            pays: "FR",
            mecanise: None,
            references: &[("deb", "PER-03-2024-01")],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2024-03-04",
                pas: PRM_ACCORDE,
                duree: Some(60),
                documents: &[
                    (T::Anf, "avc", Public, "avis-de-mise-en-concurrence.pdf"),
                    (T::Apd, "rad", Administrations, "rapport-dreal-aura.pdf"),
                    (T::Dex, "arm", Public, "arrete-ministeriel.pdf"),
                ],
            }],
        },
        TitreDemo {
            nom: "Lacq Nord",
            type_id: TitreTypeId::Cxh,
            annee: 1959,
            titulaire: 4,
            substances: &["hydx"],
            centre: (-0.61, 43.42),
            demi_cotes: (0.06, 0.04),
            communes: &["64300", "64410"],
            pays: "FR",
            mecanise: None,
            references: &[("dge", "CXH-64-0012")],
            demarches: vec![
                DemarcheDemo {
                    type_id: D::Oct,
                    debut: "1957-03-01",
                    pas: OCTROI_HISTORIQUE,
                    duree: Some(600),
                    documents: &[(T::Dpu, "pub", Public, "jorf-1959.pdf")],
                },
                DemarcheDemo {
                    type_id: D::Pro,
                    debut: "2008-05-01",
                    pas: PROLONGATION_ACCORDEE,
                    duree: Some(300),
                    documents: &[(T::Dpu, "pub", Public, "jorf-2011.pdf")],
                },
            ],
        },
        TitreDemo {
            nom: "Salsigne",
            type_id: TitreTypeId::Cxm,
            annee: 1924,
            titulaire: 5,
            substances: &["auru", "arse"],
            centre: (2.355, 43.33),
            demi_cotes: (0.03, 0.02),
            communes: &["11372"],
            pays: "FR",
            mecanise: None,
            references: &[("brg", "CXM-11-0003")],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "1924-05-10",
                pas: PUBLICATION_ANCIENNE,
                duree: None,
                documents: &[],
            }],
        },
        TitreDemo {
            nom: "Nangis",
            type_id: TitreTypeId::Prh,
            annee: 2012,
            titulaire: 6,
            substances: &["hydx"],
            centre: (3.01, 48.55),
            demi_cotes: (0.09, 0.06),
            communes: &["77327", "77505"],
            pays: "FR",
            mecanise: None,
            references: &[],
            demarches: vec![
                DemarcheDemo {
                    type_id: D::Oct,
                    debut: "2011-01-10",
                    pas: PER_HYDROCARBURES,
                    duree: Some(60),
                    documents: &[(T::Dpu, "pub", Public, "jorf-2012.pdf")],
                },
                DemarcheDemo {
                    type_id: D::Pr1,
                    debut: "2016-10-01",
                    pas: DEMANDE_DEPOSEE,
                    duree: None,
                    documents: &[(
                        T::Mfr,
                        "dom",
                        TitulairesEtAdministrations,
                        "demande-prolongation.pdf",
                    )],
                },
            ],
        },
        TitreDemo {
            nom: "Strasbourg Nord",
            type_id: TitreTypeId::Prg,
            annee: 2022,
            titulaire: 7,
            substances: &["geoh"],
            centre: (7.76, 48.62),
            demi_cotes: (0.06, 0.04),
            communes: &["67482", "67447"],
            pays: "FR",
            mecanise: None,
            references: &[],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2021-05-03",
                pas: PER_CONCURRENCE,
                duree: Some(60),
                documents: &[(T::Dex, "arm", Public, "arrete-per-strasbourg-nord.pdf")],
            }],
        },
        TitreDemo {
            nom: "Rittershoffen",
            type_id: TitreTypeId::Pxg,
            annee: 2015,
            titulaire: 7,
            substances: &["geoh"],
            centre: (7.94, 48.90),
            demi_cotes: (0.025, 0.02),
            communes: &["67404", "67474"],
            pays: "FR",
            mecanise: None,
            references: &[],
            demarches: vec![DemarcheDemo {
                type_id: D::Oct,
                debut: "2014-03-03",
                pas: PEX_GEOTHERMIE,
                duree: Some(360),
                documents: &[(T::Dex, "arp", Public, "arrete-pex-rittershoffen.pdf")],
            }],
        },
    ]
}

/// Étape types that carry the duration and the titulaires of the titre in the demo.
fn porte_duree(type_id: T) -> bool {
    matches!(type_id, T::Sco | T::Dex | T::Dpu | T::Rpu | T::Aco)
}

/// Loads the demo in the database (one transaction per titre, each audited); does nothing when titres exist.
pub async fn load(app: &AppState) -> anyhow::Result<()> {
    let existants = store::titre_ids(app.db()).await?;
    if !existants.is_empty() {
        return Ok(());
    }
    let actor = Actor::System("mines.demo");
    let mut tx = app.db().begin().await?;
    let mut codes = Vec::new();
    for &(nom, base, categorie, adresse, code_postal, commune) in ENTREPRISES {
        codes.push(
            store::upsert_entreprise(
                &mut tx,
                &NouvelleEntreprise {
                    nom: nom.to_owned(),
                    siren: siren(base),
                    categorie: Some(categorie.to_owned()),
                    adresse: adresse.to_owned(),
                    code_postal: code_postal.to_owned(),
                    commune: commune.to_owned(),
                },
            )
            .await?,
        );
    }
    audit::record(
        &mut tx,
        Entry {
            actor: &actor,
            module: MODULE,
            action: "demo_entreprises",
            target: "entreprises",
            summary: &format!("{} entreprises de démonstration enregistrées.", codes.len()),
            details: json!({"entreprises": codes}),
        },
    )
    .await?;
    tx.commit().await?;
    let aujourdhui = aujourdhui();
    for titre in titres() {
        let mut tx = app.db().begin().await?;
        let (titre_id, slug) = load_titre(app, &mut tx, &titre, &codes).await?;
        let recalcul = store::recompute(&mut tx, titre_id, aujourdhui, &app.territoires()).await?;
        audit::record(
            &mut tx,
            Entry {
                actor: &actor,
                module: MODULE,
                action: "demo_titre",
                target: &format!("titre:{slug}"),
                summary: &format!(
                    "Titre de démonstration « {} » enregistré : statut {}.",
                    titre.nom,
                    recalcul.apres.nom()
                ),
                details: json!({"titre": titre_id}),
            },
        )
        .await?;
        socle::changes::record(&mut tx, crate::carte::SUJET).await?;
        tx.commit().await?;
    }
    crate::carte::apres_ecriture(app).await;
    Ok(())
}

async fn load_titre(
    app: &AppState,
    tx: &mut Tx,
    titre: &TitreDemo,
    codes: &[String],
) -> anyhow::Result<(i64, String)> {
    let titulaire = codes
        .get(titre.titulaire)
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("entreprise de démonstration manquante"))?;
    let (titre_id, slug) = store::insert_titre(
        tx,
        &NouveauTitre {
            nom: titre.nom.to_owned(),
            type_id: titre.type_id,
            references: titre
                .references
                .iter()
                .map(|(type_id, nom)| Reference {
                    type_id: (*type_id).to_owned(),
                    nom: (*nom).to_owned(),
                })
                .collect(),
        },
        titre.annee,
    )
    .await?;
    let perimetre = build_perimetre(
        GeoSystemeId::Epsg4326,
        rectangle(
            titre.centre.0,
            titre.centre.1,
            titre.demi_cotes.0,
            titre.demi_cotes.1,
        ),
        Vec::new(),
    )?;
    let part = perimetre.surface_km2 / titre.communes.len().max(1) as f64;
    let communes: Vec<CommuneSurface> = titre
        .communes
        .iter()
        .map(|id| CommuneSurface {
            id: (*id).to_owned(),
            surface: Some(socle::geo::round_km2(part)),
        })
        .collect();
    for demarche in &titre.demarches {
        let demarche_id = store::insert_demarche(tx, titre_id, demarche.type_id, "").await?;
        let debut = date(demarche.debut)?;
        let mut ids: HashMap<T, i64> = HashMap::new();
        for &(type_id, statut_id, jours) in demarche.pas {
            let mut etape = NouvelleEtape::simple(type_id, statut_id, debut.add_days(jours));
            if type_id == T::Mfr || (type_id == T::Dpu && demarche.pas.len() == 1) {
                etape.titulaires = Some(vec![titulaire.clone()]);
                etape.substances = Some(titre.substances.iter().map(|s| (*s).to_owned()).collect());
                etape.perimetre = Some(perimetre.clone());
                etape.communes = Some(communes.clone());
                etape.pays_id = Some(titre.pays.to_owned());
                if let Some((mecanise, franchissements)) = titre.mecanise {
                    etape.contenu =
                        json!({"arm": {"mecanise": mecanise, "franchissements": franchissements}});
                }
            }
            if porte_duree(type_id) {
                etape.duree = demarche.duree;
                etape.heritage = Heritage {
                    titulaires: true,
                    substances: true,
                    perimetre: true,
                    ..Heritage::default()
                };
            }
            let id = store::insert_etape(tx, demarche_id, &etape, None).await?;
            ids.insert(type_id, id);
        }
        for &(type_id, document_type, confidentialite, nom) in demarche.documents {
            let Some(&etape_id) = ids.get(&type_id) else {
                continue;
            };
            let blob = app
                .files()
                .put(tx, &pdf(nom), nom, &socle::files::PDF, None)
                .await?;
            store::insert_document(
                tx,
                etape_id,
                blob.id,
                document_type,
                "",
                confidentialite,
                None,
            )
            .await?;
        }
    }
    Ok((titre_id, slug))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::etape::{Demarche, DemarcheId, Etape};
    use crate::domain::instruction::valider_demarche;

    #[test]
    fn demo_sirens_have_a_valid_key_and_are_distinct() {
        let sirens: Vec<String> = ENTREPRISES.iter().map(|e| siren(e.1)).collect();
        for s in &sirens {
            assert!(store::siren_valide(s), "{s}");
        }
        let mut uniques = sirens.clone();
        uniques.sort();
        uniques.dedup();
        assert_eq!(uniques.len(), sirens.len());
    }

    #[test]
    fn every_demo_demarche_is_accepted_by_its_procedure() {
        for titre in titres() {
            for (i, demarche) in titre.demarches.iter().enumerate() {
                let debut = date(demarche.debut).expect("date");
                let etapes = demarche
                    .pas
                    .iter()
                    .map(|&(t, s, jours)| {
                        let mut etape = Etape::new(t, s, debut.add_days(jours));
                        if t == T::Mfr {
                            etape.pays_id = Some(crate::domain::etape::PaysId(titre.pays.to_owned()));
                            etape.surface = Some(1.0);
                            if let Some((mecanise, franchissements)) = titre.mecanise {
                                etape.contenu = crate::rejeu::contenu_from_json(&json!({
                                    "arm": {"mecanise": mecanise, "franchissements": franchissements}
                                }));
                            }
                        }
                        etape
                    })
                    .collect();
                let domaine = Demarche {
                    id: DemarcheId(format!("demo-{i}")),
                    type_id: demarche.type_id,
                    ordre: 1,
                    etapes,
                };
                let statut = valider_demarche(titre.type_id, &domaine);
                assert!(statut.is_ok(), "{} : {statut:?}", titre.nom);
            }
        }
    }

    #[test]
    fn the_demo_pdf_is_recognised_as_a_pdf() {
        assert_eq!(socle::files::sniff(&pdf("test")), "application/pdf");
    }
}
