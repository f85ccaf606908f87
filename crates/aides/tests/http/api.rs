//! The JSON API: the perimeter fixture of the anchor through HTTP, prefixed perimeter codes, bad input, the
//! bulk dump and its ETag, the referentials.

use std::collections::HashMap;

use aides::referentiels::Echelle;
use serde_json::Value;
use socle::module::{ImportSource, Module as _};
use socle::testing::TestApp;

use super::{apps, enregistrer, perimetre, porteur, publiee};
use crate::common;

/// The designation of a fixture perimeter in the API: a prefixed code for a territory, else the
/// `{id}-{slug}` found through the perimeters endpoint.
async fn designation(t: &TestApp, echelle: &str, code: &str, nom: &str) -> String {
    match echelle {
        "commune" => format!("insee:{code}"),
        "department" => format!("dep:{code}"),
        "region" => format!("reg:{code}"),
        _ => {
            let reponse = t
                .get(&format!(
                    "/api/v1/aides/perimeters/?q={}&scale={echelle}",
                    socle::web::percent_encode(nom)
                ))
                .await;
            assert_eq!(reponse.status, 200, "{}", reponse.body);
            let json = reponse.json();
            let trouve = json["results"]
                .as_array()
                .and_then(|r| r.iter().find(|p| p["code"] == code))
                .unwrap_or_else(|| panic!("périmètre {code} absent de {json}"));
            trouve["id_slug"].as_str().unwrap_or_default().to_owned()
        }
    }
}

async fn compte(t: &TestApp, requete: &str) -> u64 {
    let reponse = t.get(&format!("/api/v1/aides/?{requete}")).await;
    assert_eq!(reponse.status, 200, "{requete} : {}", reponse.body);
    reponse.json()["count"].as_u64().unwrap_or(u64::MAX)
}

#[tokio::test]
async fn the_perimeter_fixture_gives_its_expected_counts_through_the_api() {
    let Some(dir) =
        common::donnees("the_perimeter_fixture_gives_its_expected_counts_through_the_api")
    else {
        return;
    };
    let fixture: Value =
        serde_json::from_str(&common::lire(&dir, "perimeter-matching-fixture.json"))
            .expect("fixture");
    for t in apps().await {
        // The fixture puts Montpellier, Vic-la-Gardiole, Abeilhan and Béziers in the Rhône-Méditerranée basin
        // and Rodez in Adour-Garonne: Sandre data the module takes through its basin import.
        let importeur = aides::Aides
            .importers()
            .into_iter()
            .find(|i| i.name == "aides-bassins")
            .expect("import des bassins");
        let rapport = (importeur.run)(
            t.app.clone(),
            ImportSource::Stdin(
                b"code_insee;bassin\n34172;06\n34333;06\n34001;06\n34032;06\n12202;05\n".to_vec(),
            ),
        )
        .await
        .expect("bassins");
        assert_eq!(rapport.updated, 5, "{:?}", rapport.notes);

        let financeur = porteur(&t, "Porteur de la fixture").await;
        let mut par_cle = HashMap::new();
        for entree in fixture["perimeters"].as_array().expect("perimeters") {
            let echelle =
                Echelle::from_code(entree["scale"].as_str().unwrap_or_default()).expect("échelle");
            let code = entree["code"].as_str().unwrap_or_default().to_owned();
            let nom = entree["name"].as_str().unwrap_or_default().to_owned();
            par_cle.insert(
                entree["key"].as_str().unwrap_or_default().to_owned(),
                (echelle, code, nom),
            );
        }
        let mut lot = Vec::new();
        for (cle, nombre) in fixture["published_open_aid_count_by_perimeter"]
            .as_object()
            .expect("counts")
        {
            let (echelle, code, _) = &par_cle[cle];
            let id = perimetre(&t, *echelle, code);
            for i in 0..nombre.as_u64().unwrap_or(0) {
                lot.push(publiee(&format!("Aide {cle} {i}"), id, financeur, 10));
            }
        }
        assert_eq!(lot.len(), 120);
        enregistrer(&t, lot).await;

        let attendus = fixture["expected_result_count_by_searched_perimeter"]
            .as_object()
            .into_iter()
            .chain(fixture["extra_computed_counts_same_rule"].as_object())
            .flatten();
        for (cle, attendu) in attendus {
            let (echelle, code, nom) = &par_cle[cle];
            let designation = designation(&t, echelle.code(), code, nom).await;
            let trouve = compte(
                &t,
                &format!(
                    "perimeter={}&size=1",
                    socle::web::percent_encode(&designation)
                ),
            )
            .await;
            assert_eq!(
                Some(trouve),
                attendu.as_u64(),
                "{}: recherche sur {cle} ({designation})",
                t.backend
            );
        }
    }
}

#[tokio::test]
async fn prefixed_codes_search_the_real_territoires_in_both_directions() {
    for t in apps().await {
        let financeur = porteur(&t, "Région test").await;
        let montpellier = perimetre(&t, Echelle::Commune, "34172");
        let metropole = perimetre(&t, Echelle::Epci, "243400017");
        let herault = perimetre(&t, Echelle::Department, "34");
        let occitanie = perimetre(&t, Echelle::Region, "76");
        let gard = perimetre(&t, Echelle::Department, "30");
        enregistrer(
            &t,
            vec![
                publiee("Aide communale", montpellier, financeur, 20),
                publiee("Aide métropolitaine", metropole, financeur, 20),
                publiee("Aide départementale", herault, financeur, 20),
                publiee("Aide régionale", occitanie, financeur, 20),
                publiee("Aide gardoise", gard, financeur, 20),
            ],
        )
        .await;
        // A commune sees every container; a container sees what lies inside it, never its neighbours.
        assert_eq!(
            compte(&t, "perimeter=insee:34172").await,
            4,
            "{}",
            t.backend
        );
        assert_eq!(compte(&t, "perimeter=siren:243400017").await, 4);
        assert_eq!(compte(&t, "perimeter=dep:34").await, 4);
        assert_eq!(compte(&t, "perimeter=reg:76").await, 5);
        assert_eq!(compte(&t, "perimeter=dep:30").await, 2);
        let id = perimetre(&t, Echelle::Department, "34").0;
        assert_eq!(compte(&t, &format!("perimeter={id}-herault")).await, 4);

        let reponse = t.get("/api/v1/aides/?perimeter=insee:34172&size=2").await;
        let json = reponse.json();
        assert_eq!(json["results"].as_array().map(Vec::len), Some(2));
        assert!(
            json["next"].as_str().is_some_and(|n| n.contains("page=2")),
            "{json}"
        );
        assert!(json["previous"].is_null());
        // Narrowest scale first; the "why" gives the path from the commune to the aid's perimeter.
        assert_eq!(json["results"][0]["name"], "Aide communale");
        let chemin = &json["results"][1]["why"]["perimeter_path"];
        assert_eq!(chemin[0], "Montpellier", "{json}");
        assert!(json["facets"].as_array().is_some_and(|f| !f.is_empty()));
    }
}

#[tokio::test]
async fn bad_input_is_refused_with_400_naming_the_value() {
    for t in apps().await {
        for (requete, nomme) in [
            ("nimportequoi=1", "nimportequoi"),
            ("targeted_audiences=martiens", "martiens"),
            ("perimeter=insee:99999", "insee:99999"),
            ("perimeter=insee:3417", "insee:3417"),
            ("published_after=03/09/2020", "03/09/2020"),
            ("order_by=hasard", "hasard"),
            ("backers=999-inconnu", "999"),
            ("themes=astrologie", "astrologie"),
        ] {
            let reponse = t.get(&format!("/api/v1/aides/?{requete}")).await;
            assert_eq!(reponse.status, 400, "{requete} : {}", reponse.body);
            assert_eq!(
                reponse.header("content-type"),
                Some("application/problem+json")
            );
            let detail = reponse.json()["detail"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            assert!(detail.contains(nomme), "{requete} : {detail}");
        }
        // Over 40 terms: capped with a message, not refused.
        let texte = (1..=50)
            .map(|i| format!("mot{i}"))
            .collect::<Vec<_>>()
            .join("+");
        let reponse = t.get(&format!("/api/v1/aides/?text={texte}")).await;
        assert_eq!(reponse.status, 200);
        let messages = reponse.json()["messages"].to_string();
        assert!(messages.contains("40"), "{messages}");
        let reponse = t.get("/api/v1/aides/perimeters/?scale=galaxie").await;
        assert_eq!(reponse.status, 400);
        assert!(reponse.body.contains("galaxie"));
    }
}

#[tokio::test]
async fn the_dump_has_an_etag_and_an_unpublished_aid_is_not_found() {
    for t in apps().await {
        let financeur = porteur(&t, "ADEME").await;
        let france = perimetre(&t, Echelle::Country, "FRA");
        let mut brouillon = publiee("Aide en brouillon", france, financeur, 30);
        brouillon.status = aides::referentiels::StatutAide::Draft;
        brouillon.date_published = None;
        enregistrer(
            &t,
            vec![publiee("Aide nationale", france, financeur, 30), brouillon],
        )
        .await;

        let reponse = t.get("/api/v1/aides/all/").await;
        assert_eq!(reponse.status, 200);
        let etag = reponse.header("etag").expect("ETag").to_owned();
        let dump = reponse.json();
        assert_eq!(dump.as_array().map(Vec::len), Some(1));
        let slug = dump[0]["slug"].as_str().expect("slug").to_owned();
        let encore = t
            .get_with("/api/v1/aides/all/", &[("if-none-match", &etag)])
            .await;
        assert_eq!(encore.status, 304);
        assert!(encore.body.is_empty());

        let detail = t.get(&format!("/api/v1/aides/{slug}/")).await;
        assert_eq!(detail.status, 200);
        assert_eq!(detail.json()["name"], "Aide nationale");
        assert_eq!(detail.json()["financers"][0], "ADEME");
        let etat = super::etat(&t);
        let brouillon = aides::store::aides(
            t.app.db(),
            etat.perimetres(),
            &aides::store::Selection::Courantes,
        )
        .await
        .expect("aides")
        .into_iter()
        .find(|a| a.aide.status == aides::referentiels::StatutAide::Draft)
        .expect("brouillon");
        let cache = t
            .get(&format!("/api/v1/aides/{}", brouillon.aide.slug))
            .await;
        assert_eq!(cache.status, 404);

        // A new publication changes the dump and its ETag.
        enregistrer(
            &t,
            vec![publiee("Autre aide nationale", france, financeur, 30)],
        )
        .await;
        let apres = t
            .get_with("/api/v1/aides/all/", &[("if-none-match", &etag)])
            .await;
        assert_eq!(apres.status, 200);
        assert_ne!(apres.header("etag"), Some(etag.as_str()));
    }
}

#[tokio::test]
async fn referentials_and_perimeter_autocomplete_answer() {
    for t in apps().await {
        let json = t.get("/api/v1/aides/perimeters/?q=montpel").await.json();
        assert_eq!(json["results"][0]["code"], "34172", "{json}");
        assert_eq!(json["results"][0]["prefixed_code"], "insee:34172");
        let json = t
            .get("/api/v1/aides/perimeters/?q=34000&scale=commune")
            .await
            .json();
        assert_eq!(json["results"][0]["name"], "Montpellier");
        let json = t.get("/api/v1/aides/perimeters/?scale=basin").await.json();
        assert_eq!(json["count"], 12);
        let json = t.get("/api/v1/aides/perimeters/scales/").await.json();
        assert_eq!(json[0]["id"], "commune");
        let json = t.get("/api/v1/aides/themes/").await.json();
        assert_eq!(json.as_array().map(Vec::len), Some(9));
        let json = t.get("/api/v1/aides/audiences/").await.json();
        assert!(
            json.as_array()
                .is_some_and(|a| a.iter().any(|p| p["id"] == "public_org"))
        );
        for chemin in [
            "/api/v1/aides/backers/",
            "/api/v1/aides/programs/",
            "/api/v1/aides/synonymlists/",
            "/api/v1/aides/types/",
            "/api/v1/aides/steps/",
            "/api/v1/aides/recurrences/",
            "/api/v1/aides/destinations/",
        ] {
            assert_eq!(t.get(chemin).await.status, 200, "{chemin}");
        }
        let openapi = t.get("/api/v1/openapi.json").await.json();
        assert!(
            openapi["paths"]["/api/v1/aides/"].is_object(),
            "OpenAPI sans les aides"
        );
    }
}

/// What the outside check asks of a demo server (`fabrique serve --demo`): the list under both paths with
/// `{count, next, previous, results}`, every prefixed perimeter form, a French text query, and 4xx on an
/// unknown commune or parameter.
#[tokio::test]
async fn the_demo_answers_the_api_checks() {
    for t in apps().await {
        aides::Aides.demo(&t.app).await.expect("démonstration");
        let en_ligne = super::etat(&t).index.len() as u64;

        let mut total = 0;
        for chemin in ["/api/v1/aides/", "/api/v1/aides/aides/"] {
            let reponse = t.get(chemin).await;
            assert_eq!(reponse.status, 200, "{chemin} : {}", reponse.body);
            let json = reponse.json();
            for cle in ["count", "next", "previous", "results"] {
                assert!(json.get(cle).is_some(), "{chemin} sans {cle}");
            }
            total = json["count"].as_u64().unwrap_or_default();
            // Local variants are hidden behind their generic aid without a perimeter, so at most all live aids.
            assert!(total > 0 && total <= en_ligne, "{chemin} : {total}");
            assert_eq!(
                json["results"].as_array().map(Vec::len),
                Some(total.min(50) as usize)
            );
        }

        // A perimeter only narrows (or keeps) the answer, whichever designation it comes in.
        for perimetre in ["insee:34172", "dep:34", "reg:76", "siren:243400017"] {
            let trouve = compte(&t, &format!("perimeter={perimetre}")).await;
            assert!(trouve > 0 && trouve <= total, "{perimetre} : {trouve}");
        }
        let texte = compte(&t, "text=r%C3%A9novation+%C3%A9nerg%C3%A9tique").await;
        assert!(
            texte > 0 && texte < total,
            "rénovation énergétique : {texte}"
        );

        for (requete, nomme) in [
            ("perimeter=insee:99999", "insee:99999"),
            ("nimportequoi=1", "nimportequoi"),
        ] {
            let reponse = t.get(&format!("/api/v1/aides/?{requete}")).await;
            assert_eq!(reponse.status, 400, "{requete}");
            assert!(reponse.body.contains(nomme), "{requete} : {}", reponse.body);
        }
    }
}
