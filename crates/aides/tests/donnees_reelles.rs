//! Acceptance on the real data of `../shared/data/aides`: the COG 2026 perimeter graph, searches
//! by prefixed codes, the Fonds vert commune codes and the ADEME Agir sample.

use crate::common;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use aides::aide::{AideId, PorteurId};
use aides::import::ademe::{
    ConfigurationAdeme, CorrespondanceAdeme, lire_flux, vers_aide_importee,
};
use aides::import::fonds_vert::lire_projets;
use aides::import::importer_lot;
use aides::perimetres::{
    CODE_METROPOLE, CODE_OUTRE_MER, PerimetreRef, Perimetres, RaisonNonResolue, ResolutionCommune,
};
use aides::referentiels::{Echelle, Licence, Public, Recurrence, StatutAide, Thematiques};
use aides::search::{Query, build};
use chrono::{DateTime, NaiveDate, Utc};

fn id(graphe: &Perimetres, reference: &str) -> aides::perimetres::PerimetreId {
    graphe
        .resoudre(&PerimetreRef::parse(reference).expect("référence"))
        .expect(reference)
}

fn communes_sous(graphe: &Perimetres, reference: &str) -> usize {
    graphe
        .descendants(id(graphe, reference))
        .iter()
        .filter(|d| {
            graphe
                .get(**d)
                .is_some_and(|p| p.echelle == Echelle::Commune)
        })
        .count()
}

#[test]
fn cog_2026_graph_has_the_counts_of_the_spec() {
    let Some(dir) = common::donnees("cog_2026_graph_has_the_counts_of_the_spec") else {
        return;
    };
    let g = common::perimetres_reels(&dir);
    let par_echelle = |echelle: Echelle| g.iter().filter(|p| p.echelle == echelle).count();
    assert_eq!(par_echelle(Echelle::Commune), 34_969);
    assert_eq!(par_echelle(Echelle::Epci), 1_255);
    assert_eq!(par_echelle(Echelle::Department), 109);
    assert_eq!(par_echelle(Echelle::Region), 26);
    assert_eq!(par_echelle(Echelle::Basin), 12);
    assert_eq!(communes_sous(&g, "dep:34"), 341);
    assert_eq!(communes_sous(&g, "reg:76"), 4_446);
    let montpellier = id(&g, "insee:34172");
    assert!(g.contient(id(&g, "siren:243400017"), montpellier));
    let perimetre = g.get(montpellier).expect("Montpellier");
    assert_eq!(
        perimetre.codes_postaux,
        vec!["34000", "34070", "34080", "34090"]
    );
    // EPCI across borders: contained in every département and région of their members.
    let epci: Vec<_> = g.iter().filter(|p| p.echelle == Echelle::Epci).collect();
    assert_eq!(epci.iter().filter(|p| p.departements.len() > 1).count(), 89);
    assert_eq!(epci.iter().filter(|p| p.regions.len() > 1).count(), 26);
    let grand_paris = epci.iter().map(|p| p.departements.len()).max();
    assert_eq!(grand_paris, Some(6));
    // A COM is its own département and région, with no EPCI, overseas.
    let miquelon = id(&g, "insee:97501");
    assert!(g.contient(id(&g, "dep:975"), miquelon) && g.contient(id(&g, "reg:975"), miquelon));
    assert!(g.contient(
        g.trouver(Echelle::Adhoc, CODE_OUTRE_MER).expect("om"),
        miquelon
    ));
    assert!(!g.contient(
        g.trouver(Echelle::Adhoc, CODE_METROPOLE).expect("met"),
        miquelon
    ));
    // Corsica is in the Corse basin, Martinique in its own.
    assert!(g.contient(
        g.trouver(Echelle::Basin, "FR000012").expect("Corse"),
        id(&g, "insee:2A004")
    ));
    assert!(g.contient(
        g.trouver(Echelle::Basin, "FR000008").expect("Martinique"),
        id(&g, "insee:97209")
    ));
}

#[test]
fn prefixed_codes_search_the_real_graph_in_both_directions() {
    let Some(dir) = common::donnees("prefixed_codes_search_the_real_graph_in_both_directions")
    else {
        return;
    };
    let g = common::perimetres_reels(&dir);
    let aides = vec![
        common::aide_publiee(
            1,
            "Nationale",
            Some(id(&g, "dep:34")).and(g.trouver(Echelle::Country, "FRA")),
        ),
        common::aide_publiee(2, "Occitanie", Some(id(&g, "reg:76"))),
        common::aide_publiee(3, "Hérault", Some(id(&g, "dep:34"))),
        common::aide_publiee(
            4,
            "Montpellier Méditerranée Métropole",
            Some(id(&g, "siren:243400017")),
        ),
        common::aide_publiee(5, "Béziers", Some(id(&g, "insee:34032"))),
        common::aide_publiee(6, "Normandie", Some(id(&g, "reg:28"))),
    ];
    let index = build(&aides, g.clone(), common::catalogue()).expect("index");
    let trouver = |reference: &str| {
        let query = Query {
            perimetre: Some(PerimetreRef::parse(reference).expect("référence")),
            aujourdhui: NaiveDate::from_ymd_opt(2026, 3, 10),
            ..Query::default()
        };
        let mut ids: Vec<u64> = index
            .search(&query)
            .expect("recherche")
            .hits
            .iter()
            .map(|h| h.aide.id.0)
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(trouver("insee:34172"), vec![1, 2, 3, 4]);
    assert_eq!(trouver("siren:243400017"), vec![1, 2, 3, 4]);
    assert_eq!(trouver("dep:34"), vec![1, 2, 3, 4, 5]);
    assert_eq!(trouver("reg:76"), vec![1, 2, 3, 4, 5]);
    assert_eq!(trouver("reg:28"), vec![1, 6]);
    assert!(
        index
            .search(&Query {
                perimetre: Some(PerimetreRef::Insee("99999".into())),
                ..Query::default()
            })
            .is_err()
    );
}

#[test]
fn adhoc_upload_of_a_real_epci_intersects_its_departement() {
    let Some(dir) = common::donnees("adhoc_upload_of_a_real_epci_intersects_its_departement")
    else {
        return;
    };
    let mut g = Perimetres::clone(&common::perimetres_reels(&dir));
    let rapport = g
        .ajouter_adhoc("test-3m", "Test 3M", ["243400017", "34032", "99999"])
        .expect("ad hoc");
    assert_eq!(rapport.communes, 32);
    assert_eq!(rapport.inconnus, vec!["99999".to_owned()]);
    assert!(g.correspond(rapport.perimetre, id(&g, "dep:34")));
    assert!(g.correspond(rapport.perimetre, id(&g, "reg:76")));
    assert!(!g.correspond(rapport.perimetre, id(&g, "insee:34001")));
}

#[test]
fn fonds_vert_commune_codes_normalise_as_the_spec_counts() {
    let Some(dir) = common::donnees("fonds_vert_commune_codes_normalise_as_the_spec_counts") else {
        return;
    };
    let g = common::perimetres_reels(&dir);
    let mut projets =
        lire_projets(common::lire(&dir, "fonds-vert-2023-projets-part1.csv").as_bytes())
            .expect("part 1");
    projets.extend(
        lire_projets(common::lire(&dir, "fonds-vert-2023-projets-part2.csv").as_bytes())
            .expect("part 2"),
    );
    assert_eq!(projets.len(), 10_782);
    let total: i64 = projets.iter().map(|p| p.montant_centimes).sum();
    assert_eq!(total, 195_635_488_400);
    let mut axes = BTreeMap::new();
    projets
        .iter()
        .for_each(|p| *axes.entry(p.axe).or_insert(0) += 1);
    assert_eq!(
        axes.into_iter().collect::<Vec<_>>(),
        vec![(1, 6_084), (2, 2_440), (3, 2_258)]
    );

    let mut absentes = 0;
    let mut resolues = 0;
    let mut communes = BTreeSet::new();
    let mut non_resolues: HashMap<&'static str, (usize, BTreeSet<String>)> = HashMap::new();
    for projet in &projets {
        match g.resoudre_code_commune(&projet.code_commune) {
            ResolutionCommune::Absente => absentes += 1,
            ResolutionCommune::Commune(id) => {
                resolues += 1;
                communes.insert(id);
            }
            ResolutionCommune::NonResolue { code, raison } => {
                let cle = match raison {
                    RaisonNonResolue::Arrondissement { .. } => "arrondissement",
                    RaisonNonResolue::HorsCog => "hors COG",
                    RaisonNonResolue::Invalide => "invalide",
                };
                let entree = non_resolues.entry(cle).or_default();
                entree.0 += 1;
                entree.1.insert(code);
            }
        }
    }
    assert_eq!(absentes, 827);
    assert_eq!(resolues, 9_893);
    assert_eq!(communes.len(), 6_537);
    let compte = |cle: &str| {
        non_resolues
            .get(cle)
            .map(|(lignes, codes)| (*lignes, codes.len()))
    };
    assert_eq!(compte("arrondissement"), Some((29, 15)));
    assert_eq!(compte("hors COG"), Some((33, 31)));
    assert_eq!(compte("invalide"), None);
    assert!(non_resolues["hors COG"].1.contains("93059"));
}

#[test]
fn ademe_sample_imports_five_aids_idempotently_with_the_spec_categories() {
    let Some(dir) =
        common::donnees("ademe_sample_imports_five_aids_idempotently_with_the_spec_categories")
    else {
        return;
    };
    let mut g = Perimetres::clone(&common::perimetres_reels(&dir));
    let thematiques = Thematiques::standard();
    let correspondance = CorrespondanceAdeme::lire(
        &common::lire(&dir, "ademe-agir-categories-mapping.csv"),
        &thematiques,
    )
    .expect("correspondance");
    assert_eq!(correspondance.len(), 25);
    let configuration = ConfigurationAdeme {
        porteur: PorteurId(1),
        data_url: "https://data.ademe.fr/agir".into(),
        mention: "Données ADEME Agir pour la transition".into(),
        licence: Licence::Openlicence20,
    };
    let flux = lire_flux(&common::lire(&dir, "ademe-agir-api-sample.json")).expect("flux");
    let entrantes: Vec<_> = flux
        .iter()
        .map(|(dispositif, brut)| {
            vers_aide_importee(dispositif, brut, &correspondance, &mut g, &configuration)
        })
        .collect::<Result<_, _>>()
        .expect("conversion");

    let maintenant = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).expect("instant");
    let mut stock = Vec::new();
    let mut compteur = 0;
    let mut alea = || {
        compteur += 1;
        format!("{compteur:04}")
    };
    let premier = importer_lot(&mut stock, &entrantes, &mut alea, maintenant);
    assert_eq!((premier.creees, stock.len()), (5, 5));
    let second = importer_lot(&mut stock, &entrantes, &mut alea, maintenant);
    assert_eq!((second.creees, second.inchangees, stock.len()), (0, 5, 5));

    let par_id: HashMap<&str, &aides::aide::Aide> = stock
        .iter()
        .map(|a| {
            (
                a.import
                    .as_ref()
                    .map(|i| i.uniqueid.as_str())
                    .unwrap_or_default(),
                a,
            )
        })
        .collect();
    let paires: Vec<usize> = ["1ed7d411", "1ed7d40a", "1ec8f1be", "1ed7fb5d", "1ed85d34"]
        .iter()
        .map(|id| par_id[format!("AGIR_{id}").as_str()].categories.len())
        .collect();
    assert_eq!(paires, vec![6, 6, 3, 3, 7]);
    let bcib = par_id["AGIR_1ec8f1be"];
    let libelles: Vec<String> = bcib
        .categories
        .iter()
        .filter_map(|c| thematiques.libelle_django(*c))
        .collect();
    assert_eq!(
        libelles,
        vec![
            "Énergies / Déchets|Transition énergétique",
            "Nature / environnement|Biodiversité",
            "Nature / environnement|Forêts",
        ]
    );
    assert!(bcib.is_call_for_project);
    assert_eq!(
        bcib.submission_deadline,
        NaiveDate::from_ymd_opt(2023, 2, 27)
    );
    assert_eq!(bcib.recurrence, Some(Recurrence::Oneoff));
    assert_eq!(bcib.targeted_audiences, vec![Public::PrivateSector]);
    assert_eq!(bcib.perimeter, g.trouver(Echelle::Country, "FRA"));
    assert!(stock.iter().all(|a| a.status == StatutAide::Reviewable));
    let premier = par_id["AGIR_1ed7d411"];
    assert!(
        premier
            .origin_url
            .starts_with("https://agirpourlatransition")
    );
    assert!(!premier.targeted_audiences.contains(&Public::Region));
    assert!(
        stock
            .iter()
            .all(|a| !a.description.contains("StartFragment"))
    );
    assert!(stock.iter().all(|a| a.id != AideId(0)));
}
