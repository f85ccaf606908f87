//! Confidentiality: nobody reads more than the domain's permissions allow, in lists, pages, the API and
//! document downloads; a property test over random sets of roles checks the store's SQL filter and the reading
//! of every démarche, étape and document of the demo.

use std::collections::BTreeSet;

use mines::domain::acteur::Acteur;
use mines::domain::etape::{Confidentialite, EntrepriseId};
use mines::domain::permissions::{NiveauAdministration, Role};
use mines::lecture::lisible;
use mines::store::{self, Conn, TitreComplet, Visibilite};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::commun::{apps_demo, demarche_of, entreprise, sign_in_with};

#[tokio::test]
async fn confidential_etapes_and_documents_never_reach_the_public() {
    for app in apps_demo().await {
        // Crique Sophie: a public ARM demande whose démarche is still confidential.
        let page = app.get("/mines/titres/m-ar-crique-sophie-2026").await;
        assert_eq!(page.status, 200);
        for secret in [
            "complétude de la demande",
            "notice-d-impact",
            "Notice d’impact",
            "Étape refusée",
        ] {
            assert!(!page.body.contains(secret), "{secret} leaked");
        }
        let api = app
            .get("/api/v1/mines/titres/m-ar-crique-sophie-2026")
            .await
            .json();
        assert_eq!(api["demarches"].as_array().map(Vec::len), Some(0), "{api}");
        let demarche = demarche_of(&app, "m-ar-crique-sophie-2026").await;
        assert_eq!(
            app.get(&format!("/api/v1/mines/demarches/{demarche}"))
                .await
                .status,
            404
        );

        // Dagobert: public démarche with an administrations-only report and a public decree.
        let complet = load(&app, "m-ax-dagobert-2024").await;
        let documents: Vec<(i64, Confidentialite)> = complet
            .demarches
            .iter()
            .flat_map(|d| &d.etapes)
            .flat_map(|e| &e.documents)
            .map(|d| (d.id, d.confidentialite))
            .collect();
        assert!(
            documents
                .iter()
                .any(|(_, c)| *c == Confidentialite::Administrations)
        );
        for (id, confidentialite) in &documents {
            let reponse = app.get(&format!("/mines/documents/{id}")).await;
            let attendu = if *confidentialite == Confidentialite::Public {
                200
            } else {
                404
            };
            assert_eq!(
                reponse.status, attendu,
                "document {id} ({confidentialite:?})"
            );
        }
        let api = app
            .get("/api/v1/mines/titres/m-ax-dagobert-2024")
            .await
            .body;
        assert!(
            !api.contains("rapport-dgtm"),
            "administrations-only document listed"
        );
        let export = app.get("/mines/titres.csv").await.body;
        assert!(!export.contains("Crique Blanche"));

        // The gestionnaire reads the report; the titulaire does not (administrations only).
        sign_in_with(&app, "agent@dgtm.fr", &[("lecteur", Some("dea-guyane-01"))]).await;
        for (id, _) in &documents {
            assert_eq!(app.get(&format!("/mines/documents/{id}")).await.status, 200);
        }
        sign_in_with(
            &app,
            "titulaire@saint-elie.fr",
            &[("entreprise", Some(&entreprise(2)))],
        )
        .await;
        for (id, confidentialite) in &documents {
            let attendu = if *confidentialite == Confidentialite::Administrations {
                404
            } else {
                200
            };
            assert_eq!(
                app.get(&format!("/mines/documents/{id}")).await.status,
                attendu
            );
        }
    }
}

async fn load(app: &socle::testing::TestApp, slug: &str) -> TitreComplet {
    let titre = store::find_titre(app.app.db(), slug)
        .await
        .expect("lecture")
        .expect("titre");
    store::load_titre(&mut Conn::Db(app.app.db()), titre.id)
        .await
        .expect("lecture")
        .expect("titre")
}

/// Every role a user may hold, over the administrations and companies of the demo.
fn role() -> impl Strategy<Value = Role> {
    let administrations = prop::sample::select(vec![
        "dea-guyane-01",
        "ope-onf-973-01",
        "dre-aura-01",
        "pre-64445-01",
        "min-mtes-dgec-01",
        "min-mtes-dgaln-01",
        "pre-97302-01",
    ]);
    let niveau = prop::sample::select(vec![
        NiveauAdministration::Admin,
        NiveauAdministration::Editeur,
        NiveauAdministration::Lecteur,
    ]);
    let entreprises =
        prop::collection::vec((0_usize..8).prop_map(|i| EntrepriseId(entreprise(i))), 1..3);
    prop_oneof![
        1 => Just(Role::Super),
        4 => (administrations, niveau).prop_map(|(id, niveau)| Role::Administration {
            administration_id: id.to_owned(),
            niveau,
        }),
        4 => entreprises.clone().prop_map(|entreprises| Role::Entreprise { entreprises }),
        2 => entreprises.prop_map(|entreprises| Role::BureauEtudes { entreprises }),
    ]
}

#[test]
fn no_role_reads_more_than_the_permissions_allow() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let apps = runtime.block_on(async {
        let apps = apps_demo().await;
        // A company's draft demande, so that drafts are part of the data.
        for app in &apps {
            let user = sign_in_with(app, "gerant@awa.fr", &[("entreprise", Some(&entreprise(0)))]).await;
            let current = socle::auth::middleware::load_current_user(&app.app, user).await.expect("utilisateur").expect("compte");
            let perimetre = mines::perimetre::import_geojson(
                r#"{"type":"Polygon","coordinates":[[[-54.0,3.6],[-53.99,3.6],[-53.99,3.61],[-54.0,3.6]]]}"#,
                mines::referentiels::GeoSystemeId::Epsg4326,
            )
            .expect("périmètre");
            mines::instruction::creer_demande(
                &app.app,
                &current,
                &mines::acces::acteur(Some(&current)),
                mines::instruction::NouvelleDemande {
                    type_id: mines::referentiels::TitreTypeId::Arm,
                    nom: "Brouillon confidentiel".to_owned(),
                    entreprise: entreprise(0),
                    substances: vec!["auru".to_owned()],
                    perimetre: Some(perimetre),
                    communes: vec![store::CommuneSurface { id: "97353".to_owned(), surface: None }],
                    mecanise: false,
                    franchissements: 0,
                    date_dae: None,
                    accord_proprietaire: None,
                },
            )
            .await
            .expect("brouillon");
        }
        apps
    });
    for app in &apps {
        let titres: Vec<TitreComplet> = runtime.block_on(async {
            let mut titres = Vec::new();
            for (id, _) in store::titre_ids(app.app.db()).await.expect("ids") {
                titres.push(
                    store::load_titre(&mut Conn::Db(app.app.db()), id)
                        .await
                        .expect("lecture")
                        .expect("titre"),
                );
            }
            titres
        });
        let mut runner = TestRunner::new(Config {
            cases: 48,
            ..Config::default()
        });
        let resultat = runner.run(&prop::collection::vec(role(), 0..3), |roles| {
            let acteur = Acteur { roles };
            let visibles: BTreeSet<i64> = runtime.block_on(async {
                store::list_titres(
                    app.app.db(),
                    &Default::default(),
                    &Visibilite::of(&acteur),
                    0,
                    1000,
                )
                .await
                .expect("liste")
                .1
                .into_iter()
                .map(|t| t.id)
                .collect()
            });
            for complet in &titres {
                let acces = complet.titre.acces();
                let titre = acces.acces();
                let lu = lisible(complet, &acteur);
                // The SQL filter of lists is exactly the domain's reading of titres.
                prop_assert_eq!(
                    visibles.contains(&complet.titre.id),
                    lu.is_some(),
                    "{}",
                    complet.titre.slug
                );
                let Some(lu) = lu else { continue };
                let entreprise_du_titre = acteur.entreprises().iter().any(|e| {
                    complet.titre.titulaires.contains(&e.0)
                        || complet.titre.demandeurs.contains(&e.0)
                        || complet.titre.amodiataires.contains(&e.0)
                });
                for demarche in &lu.demarches {
                    let brouillon_lisible = entreprise_du_titre
                        && demarche.etapes.iter().any(|e| e.etape.etape.is_brouillon);
                    prop_assert!(
                        acteur.lit_demarche(&titre, &demarche.demarche.acces())
                            || brouillon_lisible
                    );
                    if !lu.lit_tout && !entreprise_du_titre {
                        prop_assert!(
                            demarche.demarche.public_lecture,
                            "confidential démarche read"
                        );
                        prop_assert!(demarche.erreur.is_none() && demarche.bloquants.is_empty());
                    }
                    for etape in &demarche.etapes {
                        if !lu.lit_tout && !entreprise_du_titre {
                            prop_assert!(
                                !etape.etape.etape.is_brouillon,
                                "draft read by a stranger"
                            );
                            prop_assert!(
                                etape.etape.etape.type_id.definition().public_lecture,
                                "confidential étape read"
                            );
                        }
                        for document in &etape.documents {
                            let permis = match document.confidentialite {
                                Confidentialite::Public => true,
                                Confidentialite::TitulairesEtAdministrations => {
                                    lu.lit_tout || entreprise_du_titre
                                }
                                Confidentialite::Administrations => lu.lit_tout,
                            };
                            prop_assert!(permis, "document {} read by {:?}", document.id, acteur);
                        }
                    }
                }
            }
            Ok(())
        });
        if let Err(erreur) = resultat {
            panic!("{} : {erreur}", app.backend);
        }
    }
}

#[tokio::test]
async fn both_backends_end_with_the_same_mines_tables() {
    let apps = apps_demo().await;
    let [sqlite, postgres] = apps.as_slice() else {
        eprintln!("skipped: FABRIQUE_TEST_POSTGRES_URL absent, schema parity not checked");
        return;
    };
    let gauche = socle::db::schema(sqlite.app.db()).await.expect("schéma");
    let droite = socle::db::schema(postgres.app.db()).await.expect("schéma");
    let mines = |schema: &std::collections::BTreeMap<String, BTreeSet<String>>| {
        schema
            .iter()
            .filter(|(t, _)| t.starts_with("mines_"))
            .map(|(t, c)| (t.clone(), c.clone()))
            .collect::<Vec<_>>()
    };
    assert!(!mines(&gauche).is_empty());
    assert_eq!(mines(&gauche), mines(&droite));
}
