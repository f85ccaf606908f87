//! The pages render (demo data loaded): search with a territory, facets and "why", an aid, a carrier, the
//! amendment form, the back-office; a bad territory gets a clear message.

use scraper::{Html, Selector};
use socle::module::Module as _;

use super::{apps, etat};

fn selection(html: &str, css: &str) -> usize {
    Html::parse_document(html)
        .select(&Selector::parse(css).expect("sélecteur"))
        .count()
}

#[tokio::test]
async fn the_demo_loads_and_the_pages_render() {
    for t in apps().await {
        aides::Aides.demo(&t.app).await.expect("démonstration");
        let etat = etat(&t);
        assert!(
            etat.index.len() > 200,
            "{} aides en ligne",
            etat.index.len()
        );

        let accueil = t.get("/aides").await;
        assert_eq!(accueil.status, 200);
        assert_eq!(
            selection(&accueil.body, "input#champ-territoire[data-territoires]"),
            1
        );
        assert_eq!(selection(&accueil.body, "main h1"), 1);

        let recherche = t
            .get("/aides?territoire=Montpellier+%2834172%29&targeted_audiences=commune")
            .await;
        assert_eq!(recherche.status, 200, "{}", recherche.body);
        assert!(
            recherche.body.contains("pour Montpellier (Commune)"),
            "{}",
            recherche.body
        );
        assert!(selection(&recherche.body, ".fr-card") > 5);
        assert!(
            selection(&recherche.body, "details summary") > 5,
            "pourquoi cette aide"
        );
        assert!(
            recherche
                .body
                .contains("Le territoire recherché est couvert par le périmètre")
        );
        assert!(selection(&recherche.body, "a.fr-tag") > 3, "facettes");
        assert!(
            recherche
                .body
                .contains("name=\"querystring\" value=\"perimeter=insee%3A34172"),
            "formulaire d'alerte"
        );

        let inconnu = t.get("/aides?territoire=Atlantide").await;
        assert_eq!(inconnu.status, 400);
        assert!(inconnu.body.contains("« Atlantide »"));
        let mauvais = t.get("/aides?targeted_audiences=martiens").await;
        assert_eq!(mauvais.status, 400);
        assert!(mauvais.body.contains("martiens"));

        let premiere = etat.index.aides().next().expect("une aide").clone();
        let fiche = t
            .get(&format!("/aides/{}?perimeter=insee:34172", premiere.slug))
            .await;
        assert_eq!(fiche.status, 200);
        let titre: String = Html::parse_document(&fiche.body)
            .select(&Selector::parse("main h1").expect("sélecteur"))
            .flat_map(|h| h.text().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        assert_eq!(titre, premiere.name);
        assert_eq!(selection(&fiche.body, "form[action$='/suivre']"), 1);
        assert_eq!(
            t.get(&format!("/aides/{}/amender", premiere.slug))
                .await
                .status,
            200
        );
        let porteur = etat.catalogue().porteurs.first().expect("porteur").clone();
        let page = t
            .get(&format!(
                "/aides/porteurs/{}-{}",
                porteur.id.0, porteur.slug
            ))
            .await;
        assert_eq!(page.status, 200);
        assert_eq!(selection(&page.body, "main h1"), 1);
        assert_eq!(t.get("/aides/inexistante-aide").await.status, 404);

        // The back-office needs an account with a role.
        assert_eq!(t.get("/aides/gestion").await.status, 303);
        t.sign_in_new_user("passant@aides.test", false).await;
        assert_eq!(t.get("/aides/gestion").await.status, 403);
        t.sign_in_new_user("admin@aides.test", true).await;
        for chemin in [
            "/aides/gestion",
            "/aides/gestion/nouvelle",
            "/aides/gestion/revue",
            "/aides/gestion/amendements",
            "/aides/gestion/referentiels",
        ] {
            let page = t.get(chemin).await;
            assert_eq!(page.status, 200, "{chemin} : {}", page.body);
        }
        let formulaire = t.get(&format!("/aides/gestion/{}", premiere.id.0)).await;
        assert_eq!(formulaire.status, 200);
        assert!(formulaire.body.contains("name=\"version\""));
    }
}
