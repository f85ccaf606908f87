//! The command-line importers on the real samples; a malformed file is refused with its feature or line and
//! changes nothing.

use crate::commun::{
    ASSEC_ESO, ASSEC_ESU, VIGIEAU_CSV, VIGIEAU_GEOJSON, apps, count, data, import,
    jour_echantillon, replay,
};
use secheresse::publication;

#[tokio::test]
async fn assec_reference_files_load_every_zone_with_their_lost_accents() {
    let (Some(esu), Some(eso)) = (data(ASSEC_ESU), data(ASSEC_ESO)) else {
        return;
    };
    for app in apps().await {
        let report = import(&app, "secheresse-zones", esu.clone())
            .await
            .expect("ESU imported");
        assert_eq!(report.created, 8, "{}", app.backend);
        let report = import(&app, "secheresse-zones", eso.clone())
            .await
            .expect("ESO imported");
        assert_eq!(report.created, 2, "{}", app.backend);
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM secheresse_zones_alerte").await,
            10
        );
        // Importing the same file again changes nothing.
        let again = import(&app, "secheresse-zones", eso.clone())
            .await
            .expect("ESO again");
        assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 2));
        let names: Vec<String> = app
            .app
            .db()
            .fetch_scalars(socle::db::Query::new(
                "SELECT nom FROM secheresse_zones_alerte WHERE type_zone = 'SOU' ORDER BY code",
            ))
            .await
            .expect("names");
        assert!(
            names.iter().all(|nom| nom.contains('\u{FFFD}')),
            "{names:?}"
        );
    }
}

#[tokio::test]
async fn a_malformed_geojson_is_refused_with_its_feature_and_changes_nothing() {
    let Some(eso) = data(ASSEC_ESO) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", eso.clone())
            .await
            .expect("imported");
        let zones = count(&app, "SELECT COUNT(*) FROM secheresse_zones_alerte").await;
        let publications = count(&app, "SELECT COUNT(*) FROM secheresse_publications").await;
        let journal = count(&app, "SELECT COUNT(*) FROM audit_log").await;
        // Feature 0 would be new (and valid); feature 1 has a non-numeric coordinate.
        let malformed = br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"Id":"93_83_9","Dpt":"83","Libel_ZA_ESO":"Nouvelle"},"geometry":{"type":"Polygon","coordinates":[[[6.0,43.0],[6.1,43.0],[6.1,43.1],[6.0,43.0]]]}},
            {"type":"Feature","properties":{"Id":"93_83_10","Dpt":"83","Libel_ZA_ESO":"Cassee"},"geometry":{"type":"Polygon","coordinates":[[["x",43.0],[6.1,43.0],[6.1,43.1]]]}}]}"#;
        let error = import(&app, "secheresse-zones", malformed.to_vec())
            .await
            .expect_err("refused");
        let message = format!("{error:#}");
        assert!(message.contains("entité n° 1"), "{message}");
        assert!(message.contains("rien n'a été importé"), "{message}");
        let truncated = import(
            &app,
            "secheresse-zones",
            b"{\"type\":\"FeatureCollection\",\"features\":[".to_vec(),
        )
        .await
        .expect_err("refused");
        assert!(format!("{truncated:#}").contains("JSON"), "{truncated:#}");
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM secheresse_zones_alerte").await,
            zones
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM secheresse_publications").await,
            publications
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM audit_log").await,
            journal,
            "{}",
            app.backend
        );
    }
}

#[tokio::test]
async fn the_csv_of_zones_in_force_loads_2745_zones_and_keeps_known_geometries() {
    let (Some(geojson), Some(csv)) = (data(VIGIEAU_GEOJSON), data(VIGIEAU_CSV)) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", geojson.clone())
            .await
            .expect("GeoJSON imported");
        let report = import(&app, "secheresse-zones-en-vigueur", csv.clone())
            .await
            .expect("CSV imported");
        assert_eq!(report.created + report.updated, 2745, "{}", app.backend);
        assert_eq!(
            report.updated, 52,
            "the GeoJSON's zones keep their geometry"
        );
        replay(&app, jour_echantillon()).await;
        let instantane = publication::courante(&app.app);
        assert_eq!(instantane.zones.zones().len(), 2745);
        assert_eq!(instantane.departements.len(), 94);
        let with_geometry = instantane
            .zones
            .zones()
            .iter()
            .filter(|zone| zone.zone.geometrie.is_some())
            .count();
        assert_eq!(
            with_geometry, 50,
            "52 zones of the GeoJSON, two of them without coordinates"
        );
        // The geometry kept from the GeoJSON still answers the spec's oracle.
        let response = crate::commun::zones_at(&app, 3.16265, 43.37829).await;
        assert_eq!(response.status, 200, "{}", response.body);
        // A malformed CSV is refused with its line.
        let mut broken = csv.clone();
        broken.extend_from_slice(
            b"1,x,34,H\xc3\xa9rault,SUP,canicule,Canicule,9,2026-07-01,,N,2 juil. 2026\r\n",
        );
        let error = import(&app, "secheresse-zones-en-vigueur", broken)
            .await
            .expect_err("refused");
        assert!(format!("{error:#}").contains("ligne 2749"), "{error:#}");
    }
}
