//! The `/zones` lookup in VigiEau's shape: same answers as the pure domain on the real samples, the meaning of
//! 400, 404 and 409, the exports with their ETag and the manifest.

use secheresse::domain::recherche::{Lieu, RequeteZones, ZonesPubliees};
use secheresse::import::{ZoneImportee, parse_zones_geojson};
use sha2::{Digest, Sha256};

use crate::commun::{VIGIEAU_GEOJSON, apps, data, import, jour_echantillon, replay, zones_at};

/// The spec's oracles on the simplified VigiEau zones of 2026-07-02 (spec §5).
const ORACLES: [((f64, f64), [i64; 3]); 4] = [
    ((3.16265, 43.37829), [1874465, 1874470, 1874471]),
    ((6.4640, 43.5366), [1878716, 1878720, 1878731]),
    ((6.0616, 43.4058), [1878716, 1878720, 1878731]),
    ((2.76, 43.488), [1874460, 1874480, 1874481]),
];

fn ids(response: &socle::testing::TestResponse) -> Vec<i64> {
    let mut ids: Vec<i64> = response
        .json()
        .as_array()
        .unwrap_or_else(|| panic!("array expected: {}", response.body))
        .iter()
        .filter_map(|zone| zone["id"].as_i64())
        .collect();
    ids.sort_unstable();
    ids
}

#[tokio::test]
async fn lookups_give_the_spec_oracles_and_the_same_answers_as_the_pure_domain() {
    let Some(geojson) = data(VIGIEAU_GEOJSON) else {
        return;
    };
    let domain = ZonesPubliees::new(
        parse_zones_geojson(&geojson)
            .expect("sample")
            .into_iter()
            .filter_map(ZoneImportee::into_zone_calculee)
            .collect(),
    );
    for app in apps().await {
        import(&app, "secheresse-zones", geojson.clone())
            .await
            .expect("imported");
        replay(&app, jour_echantillon()).await;
        for ((lon, lat), expected) in ORACLES {
            let response = zones_at(&app, lon, lat).await;
            assert_eq!(
                response.status, 200,
                "({lon}, {lat}) {}: {}",
                app.backend, response.body
            );
            assert_eq!(ids(&response), expected, "({lon}, {lat})");
        }
        let orb = zones_at(&app, 3.16265, 43.37829).await.json();
        let aep = orb
            .as_array()
            .and_then(|zones| zones.iter().find(|zone| zone["type"] == "AEP"))
            .expect("AEP zone")
            .clone();
        assert_eq!(aep["niveauGravite"], "alerte");
        assert_eq!(
            aep["nom"],
            "Affluents de l'Orb de la confluence avec le Jaur jusqu'à l'embouchure"
        );
        assert_eq!(aep["TypeZAS"], "AEP");
        assert_eq!(aep["arrete"]["numero"], "DDTM34-2026-06-17151");
        assert_eq!(aep["departement"], "34");
        assert!(
            aep["explication"]["regle"]
                .as_str()
                .is_some_and(|regle| !regle.is_empty())
        );
        // Montpellier is in no zone of this file.
        let montpellier = zones_at(&app, 3.882178, 43.610814).await;
        assert_eq!(montpellier.status, 404);
        assert_eq!(
            montpellier.header("content-type"),
            Some("application/problem+json")
        );
        assert!(montpellier.body.contains("Aucune zone d'alerte en vigueur"));
        // A grid over both départements: the API answers as the pure domain, status and ids.
        let mut compared = 0;
        for row in 0..15 {
            for column in 0..15 {
                let lon = 2.6 + 4.4 * f64::from(column) / 14.0;
                let lat = 42.95 + 1.05 * f64::from(row) / 14.0;
                let requete = RequeteZones {
                    lieu: Lieu::Point { lon, lat },
                    commune: None,
                    profil: None,
                    type_zone: None,
                };
                let response = zones_at(&app, lon, lat).await;
                match domain.find(&requete, None) {
                    Ok(reponse) => {
                        let mut expected: Vec<i64> =
                            reponse.zones.iter().map(|zone| zone.zone.id).collect();
                        expected.sort_unstable();
                        assert_eq!(response.status, 200, "({lon}, {lat})");
                        assert_eq!(ids(&response), expected, "({lon}, {lat})");
                    }
                    Err(error) => {
                        assert_eq!(response.status.as_u16(), error.status(), "({lon}, {lat})")
                    }
                }
                compared += 1;
            }
        }
        assert_eq!(compared, 225);
    }
}

#[tokio::test]
async fn profile_and_zone_type_filter_the_answer() {
    let Some(geojson) = data(VIGIEAU_GEOJSON) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", geojson.clone())
            .await
            .expect("imported");
        replay(&app, jour_echantillon()).await;
        let only_aep = app
            .get(
                "/api/v1/secheresse/zones?lon=3.16265&lat=43.37829&zoneType=AEP&profil=particulier",
            )
            .await;
        assert_eq!(only_aep.status, 200, "{}", only_aep.body);
        assert_eq!(ids(&only_aep), [1874471]);
    }
}

#[tokio::test]
async fn bad_parameters_are_400_and_an_unknown_commune_is_a_404_problem() {
    for app in apps().await {
        for (query, reason) in [
            ("lon=abc&lat=43.6", "lon"),
            ("lon=3.8&lat=95", "lat"),
            ("lon=3.8", "lon et lat"),
            ("", "requis"),
            ("lon=3.8&lat=43.6&foo=1", "paramètre inconnu : foo"),
            ("commune=34172&profil=touriste", "touriste"),
            ("commune=34172&zoneType=EAU", "EAU"),
            ("commune=3417", "INSEE"),
        ] {
            let response = app.get(&format!("/api/v1/secheresse/zones?{query}")).await;
            assert_eq!(response.status, 400, "{query}: {}", response.body);
            assert_eq!(
                response.header("content-type"),
                Some("application/problem+json")
            );
            assert!(response.body.contains(reason), "{query}: {}", response.body);
        }
        let unknown = app.get("/api/v1/secheresse/zones?commune=99999").await;
        assert_eq!(unknown.status, 404, "{}", unknown.body);
        assert_eq!(unknown.json()["code"], "not_found");
        assert!(unknown.body.contains("commune inconnue"));
    }
}

#[tokio::test]
async fn a_commune_spanning_two_zones_of_one_type_needs_an_address() {
    let Some(geojson) = data(VIGIEAU_GEOJSON) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", geojson.clone())
            .await
            .expect("imported");
        // A perimeter for Béziers (34032) across the Orb SUP zone and its western neighbour.
        let commune = br#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"34032"},
            "geometry":{"type":"Polygon","coordinates":[[[2.7,43.3],[3.3,43.3],[3.3,43.55],[2.7,43.55],[2.7,43.3]]]}}]}"#;
        import(&app, "secheresse-communes", commune.to_vec())
            .await
            .expect("commune imported");
        replay(&app, jour_echantillon()).await;
        let ambiguous = app.get("/api/v1/secheresse/zones?commune=34032").await;
        assert_eq!(ambiguous.status, 409, "{}", ambiguous.body);
        assert!(ambiguous.body.contains("précisez l'adresse"));
        // With a point, the point decides.
        let with_point = app
            .get("/api/v1/secheresse/zones?commune=34032&lon=3.16265&lat=43.37829")
            .await;
        assert_eq!(with_point.status, 200, "{}", with_point.body);
    }
}

#[tokio::test]
async fn exports_carry_an_etag_listed_in_the_manifest() {
    let Some(geojson) = data(VIGIEAU_GEOJSON) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", geojson.clone())
            .await
            .expect("imported");
        replay(&app, jour_echantillon()).await;
        let manifeste = app.get("/api/v1/secheresse/publication").await;
        assert_eq!(manifeste.status, 200);
        assert_eq!(manifeste.header("cache-control"), Some("no-store"));
        let manifeste = manifeste.json();
        for nom in [
            "zones_arretes_en_vigueur.geojson",
            "arretes.csv",
            "restrictions.csv",
        ] {
            let response = app.get(&format!("/api/v1/secheresse/{nom}")).await;
            assert_eq!(response.status, 200, "{nom}");
            let sha = hex::encode(Sha256::digest(response.body.as_bytes()));
            let etag = response.header("etag").expect("etag").to_owned();
            assert_eq!(etag, format!("\"{sha}\""), "{nom}");
            let listed = manifeste["fichiers"]
                .as_array()
                .and_then(|fichiers| fichiers.iter().find(|fichier| fichier["nom"] == nom))
                .expect("listed in the manifest");
            assert_eq!(listed["sha256"], sha.as_str());
            let again = app
                .get_with(
                    &format!("/api/v1/secheresse/{nom}"),
                    &[("if-none-match", &etag)],
                )
                .await;
            assert_eq!(again.status, 304, "{nom}");
            assert!(again.body.is_empty());
        }
        let geojson: serde_json::Value = serde_json::from_str(
            &app.get("/api/v1/secheresse/zones_arretes_en_vigueur.geojson")
                .await
                .body,
        )
        .expect("GeoJSON");
        assert_eq!(geojson["features"].as_array().map(Vec::len), Some(52));
        let layer = app.get("/api/v1/secheresse/carte/AEP").await;
        assert_eq!(layer.status, 200);
        assert!(layer.body.contains("\"couleur\""));
        assert_eq!(app.get("/api/v1/secheresse/carte/EAU").await.status, 404);
        let openapi = app.get("/api/v1/openapi.json").await.json();
        assert!(openapi["paths"]["/api/v1/secheresse/zones"]["get"].is_object());
    }
}
