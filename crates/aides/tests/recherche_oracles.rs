//! Acceptance: the search oracles of the spec (§5, rebuilt from the anchor's Django tests): text,
//! synonyms, ordering, generic/local, `published_after`, `in_france_relance`, plus facets, "why
//! this aid" and bad input.

use crate::common;

use std::sync::Arc;

use aides::aide::{Aide, EtatEcheance};
use aides::perimetres::{Perimetre, PerimetreId, PerimetreRef, Perimetres, Relation};
use aides::referentiels::{Echelle, Recurrence, Tri};
use aides::search::{Index, ListeSynonymes, Query, RechercheError, build_au, parse_query};
use chrono::{DateTime, Duration, NaiveDate, Utc};

const AUJOURDHUI: NaiveDate = match NaiveDate::from_ymd_opt(2026, 3, 10) {
    Some(jour) => jour,
    None => NaiveDate::MIN,
};

struct Monde {
    graphe: Arc<Perimetres>,
    europe: PerimetreId,
    france: PerimetreId,
    occitanie: PerimetreId,
    herault: PerimetreId,
}

fn monde() -> Monde {
    let mut g = Perimetres::vide();
    let europe = g
        .ajouter(Perimetre::new(Echelle::Continent, "EU", "Europe"), &[])
        .expect("eu");
    let france = g
        .ajouter(Perimetre::new(Echelle::Country, "FRA", "France"), &[europe])
        .expect("fra");
    let occitanie = g
        .ajouter(
            Perimetre::new(Echelle::Region, "76", "Occitanie"),
            &[france],
        )
        .expect("76");
    let herault = g
        .ajouter(
            Perimetre::new(Echelle::Department, "34", "Hérault"),
            &[occitanie],
        )
        .expect("34");
    Monde {
        graphe: Arc::new(g),
        europe,
        france,
        occitanie,
        herault,
    }
}

fn index(monde: &Monde, aides: &[Aide]) -> Index {
    build_au(aides, monde.graphe.clone(), common::catalogue(), AUJOURDHUI).expect("index")
}

fn chercher(index: &Index, query: Query) -> Vec<u64> {
    let query = Query {
        aujourdhui: Some(AUJOURDHUI),
        taille: 1000,
        ..query
    };
    index
        .search(&query)
        .expect("recherche")
        .hits
        .iter()
        .map(|h| h.aide.id.0)
        .collect()
}

fn texte(index: &Index, texte: &str) -> Vec<u64> {
    chercher(index, Query::default().avec_texte(texte))
}

fn avec_echeance(mut aide: Aide, jours: i64) -> Aide {
    aide.recurrence = Some(Recurrence::Oneoff);
    aide.submission_deadline = Some(AUJOURDHUI + Duration::days(jours));
    aide
}

#[test]
fn french_text_matches_stems_and_accents() {
    let m = monde();
    let aides = vec![common::aide_publiee(
        1,
        "Mon Aide à Tester sur l'écologie",
        Some(m.france),
    )];
    let index = index(&m, &aides);
    for mot in ["aide", "aides", "test", "écologie", "ecologie", "ÉCOLOGIE"] {
        assert_eq!(texte(&index, mot), vec![1], "{mot}");
    }
    assert!(texte(&index, "gloubiboulga").is_empty());
}

#[test]
fn title_match_ranks_before_description_match() {
    let m = monde();
    let mut pomme = common::aide_publiee(1, "Pomme", Some(m.france));
    pomme.description = "Poire".into();
    let mut poire = common::aide_publiee(2, "Poire", Some(m.france));
    poire.description = "Pomme".into();
    let index = index(&m, &[pomme, poire]);
    assert_eq!(texte(&index, "pomme"), vec![1, 2]);
    assert_eq!(texte(&index, "poire"), vec![2, 1]);
}

#[test]
fn space_is_and_and_comma_is_or() {
    let m = monde();
    let aides = vec![
        common::aide_publiee(
            1,
            "Dépollution des rejets urbains par temps de pluie",
            Some(m.france),
        ),
        common::aide_publiee(2, "Rénovation des écoles", Some(m.france)),
    ];
    let index = index(&m, &aides);
    assert_eq!(texte(&index, "dépollution temps pluie"), vec![1]);
    assert_eq!(texte(&index, "dépollution temps, soleil"), vec![1]);
    assert_eq!(texte(&index, "soleil, dépollution temps"), vec![1]);
    assert!(texte(&index, "dépollution soleil").is_empty());
    let mut ou = texte(&index, "pluie, écoles");
    ou.sort();
    assert_eq!(ou, vec![1, 2]);
}

#[test]
fn synonym_list_ors_its_terms() {
    let m = monde();
    let aides = vec![
        common::aide_publiee(1, "Aménager une voie douce", Some(m.france)),
        common::aide_publiee(2, "Acheter des vélos électriques", Some(m.france)),
        common::aide_publiee(3, "Créer une piste cyclable", Some(m.france)),
        common::aide_publiee(4, "Élargir l'autoroute", Some(m.france)),
    ];
    let mut catalogue = common::catalogue();
    catalogue.listes_synonymes.push(ListeSynonymes {
        id: 7,
        nom: "Voie douce".into(),
        slug: "voie-douce".into(),
        termes: "voie douce, vélo, vélos, liaisons douces, bmx, piste cyclable".into(),
    });
    let index = build_au(&aides, m.graphe.clone(), catalogue, AUJOURDHUI).expect("index");
    let mut trouves = texte(&index, "7-voie-douce");
    trouves.sort();
    assert_eq!(trouves, vec![1, 2, 3]);
}

#[test]
fn default_order_is_narrowest_scale_then_deadline() {
    let m = monde();
    let aides = vec![
        avec_echeance(
            common::aide_publiee(1, "Aide européenne", Some(m.europe)),
            5,
        ),
        avec_echeance(
            common::aide_publiee(2, "Aide nationale", Some(m.france)),
            150,
        ),
    ];
    let index = index(&m, &aides);
    assert_eq!(chercher(&index, Query::default()), vec![2, 1]);
    let par_echeance = Query {
        tri: Tri::SubmissionDeadline,
        ..Query::default()
    };
    assert_eq!(chercher(&index, par_echeance), vec![1, 2]);
}

#[test]
fn deadlines_today_and_tomorrow_are_listed_but_not_yesterday() {
    let m = monde();
    let aides = vec![
        avec_echeance(common::aide_publiee(1, "Hier", Some(m.france)), -1),
        avec_echeance(common::aide_publiee(2, "Aujourd'hui", Some(m.france)), 0),
        avec_echeance(common::aide_publiee(3, "Demain", Some(m.france)), 1),
    ];
    let index = index(&m, &aides);
    assert_eq!(chercher(&index, Query::default()), vec![2, 3]);
}

#[test]
fn publication_date_sort_is_newest_first() {
    let m = monde();
    let index = index(
        &m,
        &[
            common::aide_publiee(1, "Ancienne", Some(m.france)),
            common::aide_publiee(2, "Récente", Some(m.france)),
        ],
    );
    assert_eq!(
        chercher(
            &index,
            Query {
                tri: Tri::PublicationDate,
                ..Query::default()
            }
        ),
        vec![2, 1]
    );
}

fn generique_et_local(m: &Monde, local_expire: bool) -> Vec<Aide> {
    let mut generique = common::aide_publiee(1, "Aide générique", Some(m.france));
    generique.is_generic = true;
    let mut local = common::aide_publiee(2, "Aide locale", Some(m.occitanie));
    local.generic_aid = Some(generique.id);
    if local_expire {
        local = avec_echeance(local, -3);
    }
    vec![generique, local]
}

fn sur(perimetre: Option<PerimetreId>) -> Query {
    Query {
        perimetre: perimetre.map(PerimetreRef::Id),
        ..Query::default()
    }
}

#[test]
fn generic_and_local_aids_are_never_both_listed() {
    let m = monde();
    let index = index(&m, &generique_et_local(&m, false));
    assert_eq!(chercher(&index, sur(None)), vec![1]);
    assert_eq!(chercher(&index, sur(Some(m.europe))), vec![1]);
    assert_eq!(chercher(&index, sur(Some(m.france))), vec![1]);
    assert_eq!(chercher(&index, sur(Some(m.occitanie))), vec![2]);
    assert_eq!(chercher(&index, sur(Some(m.herault))), vec![2]);
}

#[test]
fn expired_local_aid_still_hides_its_generic_aid() {
    let m = monde();
    let index = index(&m, &generique_et_local(&m, true));
    assert!(chercher(&index, sur(Some(m.occitanie))).is_empty());
    assert_eq!(chercher(&index, sur(Some(m.france))), vec![1]);
}

fn publiee_le(mut aide: Aide, jour: &str) -> Aide {
    let jour = NaiveDate::parse_from_str(jour, "%Y-%m-%d").expect("jour");
    aide.date_published = Some(DateTime::<Utc>::from_naive_utc_and_offset(
        jour.and_hms_opt(10, 0, 0).expect("heure"),
        Utc,
    ));
    aide
}

#[test]
fn published_after_includes_the_day() {
    let m = monde();
    let index = index(
        &m,
        &[
            publiee_le(common::aide_publiee(1, "A", Some(m.france)), "2020-09-03"),
            publiee_le(common::aide_publiee(2, "B", Some(m.france)), "2020-09-02"),
            publiee_le(common::aide_publiee(3, "C", Some(m.france)), "2019-01-01"),
        ],
    );
    let compte = |jour: &str| {
        let query =
            parse_query(&[("published_after".to_owned(), jour.to_owned())]).expect("requête");
        chercher(&index, query).len()
    };
    assert_eq!(compte("2020-09-03"), 1);
    assert_eq!(compte("2020-09-01"), 2);
    assert_eq!(compte("2020-09-04"), 0);
}

#[test]
fn in_france_relance_false_turns_the_filter_off() {
    let m = monde();
    let aides: Vec<Aide> = (1..=5)
        .map(|id| {
            let mut aide = common::aide_publiee(id, "Relance", Some(m.france));
            aide.in_france_relance = id <= 3;
            aide
        })
        .collect();
    let index = index(&m, &aides);
    let compte = |valeur: &str| {
        let query =
            parse_query(&[("in_france_relance".to_owned(), valeur.to_owned())]).expect("requête");
        chercher(&index, query).len()
    };
    assert_eq!(compte("true"), 3);
    assert_eq!(compte("false"), 5);
}

#[test]
fn facets_count_every_filter_in_the_same_query() {
    let m = monde();
    let mut aides: Vec<Aide> = (1..=4)
        .map(|id| common::aide_publiee(id, "Aide", Some(m.france)))
        .collect();
    aides[0].is_call_for_project = true;
    aides[1].targeted_audiences = vec![aides::referentiels::Public::Epci];
    let index = index(&m, &aides);
    let query =
        parse_query(&[("targeted_audiences".to_owned(), "commune".to_owned())]).expect("requête");
    let resultats = index
        .search(&Query {
            aujourdhui: Some(AUJOURDHUI),
            ..query
        })
        .expect("recherche");
    assert_eq!(resultats.total, 3);
    let facette = |nom: &str, code: &str| {
        resultats
            .facettes
            .iter()
            .find(|f| f.parametre == nom)
            .and_then(|f| f.valeurs.iter().find(|v| v.code == code))
            .map(|v| v.nombre)
    };
    // The audience facet ignores its own selection: choosing « epci » would give 1.
    assert_eq!(facette("targeted_audiences", "commune"), Some(3));
    assert_eq!(facette("targeted_audiences", "epci"), Some(1));
    // Other facets count within the results.
    assert_eq!(facette("call_for_projects_only", "true"), Some(1));
    assert_eq!(facette("is_charged", "False"), Some(3));
    assert_eq!(facette("backers", "1-ademe"), Some(3));
}

#[test]
fn why_this_aid_gives_the_path_the_fields_and_the_deadline() {
    let m = monde();
    let mut aide = avec_echeance(
        common::aide_publiee(1, "Rénover les écoles", Some(m.occitanie)),
        10,
    );
    aide.keywords = vec!["école".into()];
    let index = index(&m, &[aide]);
    let query = Query {
        perimetre: Some(PerimetreRef::Id(m.herault)),
        aujourdhui: Some(AUJOURDHUI),
        ..Query::default().avec_texte("écoles")
    };
    let resultats = index.search(&query).expect("recherche");
    let pourquoi = &resultats.hits[0].pourquoi;
    let chemin = pourquoi.perimetre.as_ref().expect("chemin");
    assert_eq!(chemin.relation, Relation::Contient);
    assert_eq!(chemin.etapes, vec![m.herault, m.occitanie]);
    assert_eq!(pourquoi.champs, vec!["name", "keywords"]);
    assert_eq!(
        pourquoi.echeance,
        EtatEcheance::Proche { jours_restants: 10 }
    );
}

#[test]
fn unknown_values_are_errors_naming_them() {
    let m = monde();
    let index = index(&m, &[common::aide_publiee(1, "Aide", Some(m.france))]);
    let erreur = |cle: &str, valeur: &str| {
        let query = parse_query(&[(cle.to_owned(), valeur.to_owned())]).expect("syntaxe");
        index.search(&query).expect_err("valeur inconnue")
    };
    assert!(matches!(
        erreur("backers", "99-inconnu"),
        RechercheError::ValeurInconnue { .. }
    ));
    assert!(
        erreur("themes", "astrologie")
            .to_string()
            .contains("« astrologie »")
    );
    assert!(
        erreur("categories", "horoscope")
            .to_string()
            .contains("« horoscope »")
    );
    assert!(
        erreur("perimeter", "insee:99999")
            .to_string()
            .contains("insee:99999")
    );
}

#[test]
fn drafts_deleted_and_amendments_are_never_listed() {
    let m = monde();
    let mut brouillon = common::aide_publiee(1, "Brouillon", Some(m.france));
    brouillon.status = aides::referentiels::StatutAide::Draft;
    let mut supprimee = common::aide_publiee(2, "Supprimée", Some(m.france));
    supprimee.status = aides::referentiels::StatutAide::Deleted;
    let mut amendement = common::aide_publiee(3, "Amendement", Some(m.france));
    amendement.amendment = Some(aides::aide::Amendement {
        aide_amendee: aides::aide::AideId(4),
        auteur_nom: "Camille".into(),
        auteur_email: "camille@example.org".into(),
        auteur_organisation: String::new(),
    });
    let visible = common::aide_publiee(4, "Publiée", Some(m.france));
    let index = index(&m, &[brouillon, supprimee, amendement, visible]);
    assert_eq!(chercher(&index, Query::default()), vec![4]);
}

#[test]
fn pages_split_the_ordered_results() {
    let m = monde();
    let aides: Vec<Aide> = (1..=7)
        .map(|id| common::aide_publiee(id, "Aide", Some(m.france)))
        .collect();
    let index = index(&m, &aides);
    let page = |numero: usize| {
        let query = Query {
            page: numero,
            taille: 3,
            aujourdhui: Some(AUJOURDHUI),
            ..Query::default()
        };
        let resultats = index.search(&query).expect("recherche");
        assert_eq!(resultats.total, 7);
        resultats.hits.len()
    };
    assert_eq!((page(1), page(2), page(3), page(4)), (3, 3, 1, 0));
}

#[test]
fn alert_replays_match_the_perimeter_like_a_search_does() {
    // An alert replay (aids published since an instant, no text) checks perimeters on the graph rather than
    // through the index: both must give the same aids for every perimeter, in both directions.
    let m = monde();
    let publication = DateTime::<Utc>::from_timestamp(1_770_000_000, 0).expect("instant");
    let aides: Vec<Aide> = [m.europe, m.france, m.occitanie, m.herault]
        .iter()
        .enumerate()
        .map(|(i, perimetre)| {
            let mut aide = common::aide_publiee(i as u64 + 1, "Aide", Some(*perimetre));
            aide.date_published = Some(publication + Duration::hours(i as i64));
            aide
        })
        .collect();
    let index = index(&m, &aides);
    for recherche in [m.europe, m.france, m.occitanie, m.herault] {
        let sur = |depuis: Option<DateTime<Utc>>| {
            let mut ids = chercher(
                &index,
                Query {
                    perimetre: Some(PerimetreRef::Id(recherche)),
                    publiee_depuis_instant: depuis,
                    ..Query::default()
                },
            );
            ids.sort_unstable();
            ids
        };
        assert_eq!(sur(Some(publication)), sur(None), "périmètre {recherche:?}");
        // Only the aids published since the instant are replayed.
        assert_eq!(sur(Some(publication + Duration::minutes(150))), vec![4]);
    }
}
