//! The back-office: carriers write, submit and duplicate their own aids only; admins publish and merge;
//! stale edits are refused; amendments are pending diffs; every publication, merge and amendment is audited.

use aides::referentiels::StatutAide;
use aides::store::Selection;
use socle::testing::TestApp;

use super::{apps, connecter, journal, porteur};

async fn statut(t: &TestApp, id: i64) -> (StatutAide, i64, String) {
    let stockee = aides::service::aide(&t.app, &Selection::Id(id))
        .await
        .expect("aide");
    (stockee.aide.status, stockee.version, stockee.aide.name)
}

fn id_de(location: Option<&str>) -> i64 {
    location
        .and_then(|l| l.rsplit('/').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("redirection inattendue : {location:?}"))
}

#[tokio::test]
async fn carriers_edit_their_own_aids_and_admins_publish_and_merge() {
    for t in apps().await {
        let occitanie = porteur(&t, "Région Occitanie").await.0.to_string();
        let gard = porteur(&t, "Département du Gard").await.0.to_string();
        let a = t.sign_in_new_user("porteur-a@aides.test", false).await;
        t.grant(a, "aides", "porteur", Some(&occitanie)).await;
        let b = t.sign_in_new_user("porteur-b@aides.test", false).await;
        t.grant(b, "aides", "porteur", Some(&gard)).await;
        t.sign_in_new_user("admin@aides.test", true).await;

        // A draft needs only a title; the message names the field.
        connecter(&t, "porteur-a@aides.test").await;
        let vide = t
            .post_form(
                "/aides/gestion/nouvelle",
                &[("name", ""), ("organization", &occitanie)],
            )
            .await;
        assert_eq!(vide.status, 422);
        assert!(
            vide.body.contains("(name) est obligatoire"),
            "{}",
            vide.body
        );
        // Writing for another carrier is refused.
        let autre = t
            .post_form(
                "/aides/gestion/nouvelle",
                &[("name", "Aide du Gard"), ("organization", &gard)],
            )
            .await;
        assert_eq!(autre.status, 422);
        assert!(autre.body.contains("porteur"), "{}", autre.body);

        let champs = [
            ("name", "Planter des haies bocagères"),
            (
                "description",
                "Plantation de haies champêtres pour la biodiversité.",
            ),
            ("perimeter", "Occitanie (76)"),
            ("targeted_audiences", "commune"),
            ("targeted_audiences", "epci"),
            ("aid_types", "grant"),
            ("financers", &occitanie),
            ("organization", &occitanie),
            ("recurrence", "ongoing"),
        ];
        let cree = t.post_form("/aides/gestion/nouvelle", &champs).await;
        assert_eq!(cree.status, 303, "{}", cree.body);
        let id = id_de(cree.header("location"));
        assert_eq!(statut(&t, id).await.0, StatutAide::Draft);
        let soumise = t
            .post_form(
                &format!("/aides/gestion/{id}/soumettre"),
                &[("version", "1")],
            )
            .await;
        assert_eq!(soumise.status, 303);
        assert_eq!(
            statut(&t, id).await,
            (
                StatutAide::Reviewable,
                2,
                "Planter des haies bocagères".into()
            )
        );
        // A carrier does not publish.
        let publiee = t
            .post_form(&format!("/aides/gestion/{id}/publier"), &[("version", "2")])
            .await;
        assert_eq!(publiee.status, 403);

        // Another organisation's carrier can neither read the form nor write.
        connecter(&t, "porteur-b@aides.test").await;
        assert_eq!(t.get(&format!("/aides/gestion/{id}")).await.status, 403);
        let mut ecriture: Vec<(&str, &str)> = champs.to_vec();
        ecriture.push(("version", "2"));
        assert_eq!(
            t.post_form(&format!("/aides/gestion/{id}"), &ecriture)
                .await
                .status,
            403
        );
        assert_eq!(
            t.post_form(
                &format!("/aides/gestion/{id}/supprimer"),
                &[("version", "2")]
            )
            .await
            .status,
            403
        );
        assert_eq!(statut(&t, id).await.1, 2, "rien n'a changé");

        // The admin publishes: audited, searchable.
        connecter(&t, "admin@aides.test").await;
        let revue = t.get("/aides/gestion/revue").await;
        assert!(revue.body.contains("Planter des haies bocagères"));
        let publiee = t
            .post_form(&format!("/aides/gestion/{id}/publier"), &[("version", "2")])
            .await;
        assert_eq!(publiee.status, 303);
        assert_eq!(statut(&t, id).await.0, StatutAide::Published);
        assert_eq!(journal(&t, "publish", &format!("aide:{id}")).await, 1);
        assert_eq!(
            t.get("/api/v1/aides/?perimeter=insee:34172").await.json()["count"],
            1
        );

        // A stale edit is refused with a clear message and changes nothing.
        connecter(&t, "porteur-a@aides.test").await;
        let mut perimee: Vec<(&str, &str)> = champs.to_vec();
        perimee.retain(|(k, _)| *k != "name");
        perimee.push(("name", "Planter des haies (version périmée)"));
        perimee.push(("version", "2"));
        let conflit = t.post_form(&format!("/aides/gestion/{id}"), &perimee).await;
        assert_eq!(conflit.status, 409, "{}", conflit.body);
        assert!(conflit.body.contains("modifiée par quelqu"));
        assert_eq!(statut(&t, id).await.2, "Planter des haies bocagères");
        let mut a_jour: Vec<(&str, &str)> = champs.to_vec();
        a_jour.retain(|(k, _)| *k != "name");
        a_jour.push(("name", "Planter des haies champêtres"));
        a_jour.push(("version", "3"));
        assert_eq!(
            t.post_form(&format!("/aides/gestion/{id}"), &a_jour)
                .await
                .status,
            303
        );
        assert_eq!(
            statut(&t, id).await,
            (
                StatutAide::Published,
                4,
                "Planter des haies champêtres".into()
            )
        );

        // A carrier duplicates its aid: a draft with the copy prefix.
        let copie = t
            .post_form(
                &format!("/aides/gestion/{id}/dupliquer"),
                &[("version", "4")],
            )
            .await;
        assert_eq!(copie.status, 303);
        let copie = id_de(copie.header("location"));
        let (etat_copie, _, nom_copie) = statut(&t, copie).await;
        assert_eq!(etat_copie, StatutAide::Draft);
        assert!(nom_copie.starts_with("[Copie "), "{nom_copie}");

        // Anyone suggests an amendment; the admin accepts it; both are audited.
        let slug = aides::service::aide(&t.app, &Selection::Id(id))
            .await
            .expect("aide")
            .aide
            .slug;
        let formulaire = t.get(&format!("/aides/{slug}/amender")).await;
        assert_eq!(formulaire.status, 200);
        let rien = t
            .post_form(
                &format!("/aides/{slug}/amender"),
                &[
                    ("name", "Planter des haies champêtres"),
                    ("auteur_email", "elu@commune.test"),
                ],
            )
            .await;
        assert_eq!(rien.status, 422, "aucun changement proposé");
        let propose = t
            .post_form(
                &format!("/aides/{slug}/amender"),
                &[
                    ("name", "Planter des haies champêtres et des arbres"),
                    ("auteur_email", "elu@commune.test"),
                    ("commentaire", "Les arbres isolés sont aussi financés."),
                ],
            )
            .await;
        assert_eq!(propose.status, 200, "{}", propose.body);
        assert_eq!(
            statut(&t, id).await.2,
            "Planter des haies champêtres",
            "une proposition ne change rien"
        );
        assert_eq!(
            journal(&t, "amendement_propose", &format!("aide:{id}")).await,
            1
        );
        connecter(&t, "admin@aides.test").await;
        let liste = t.get("/aides/gestion/amendements").await;
        assert!(liste.body.contains("et des arbres"), "{}", liste.body);
        let amendement: i64 = t
            .app
            .db()
            .fetch_scalar(socle::db::Query::new("SELECT id FROM aides_amendements"))
            .await
            .expect("amendement");
        let accepte = t
            .post_form(
                &format!("/aides/gestion/amendements/{amendement}"),
                &[("decision", "accepter")],
            )
            .await;
        assert_eq!(accepte.status, 303);
        assert_eq!(
            statut(&t, id).await.2,
            "Planter des haies champêtres et des arbres"
        );
        assert_eq!(
            journal(&t, "amendement_accepte", &format!("aide:{id}")).await,
            1
        );

        // The admin merges the duplicate into the original: audited, its address leads to the kept aid.
        let version_copie = statut(&t, copie).await.1.to_string();
        let fusion = t
            .post_form(
                &format!("/aides/gestion/{copie}/fusionner"),
                &[
                    ("version", &version_copie),
                    ("merged_into", &id.to_string()),
                ],
            )
            .await;
        assert_eq!(fusion.status, 303);
        assert_eq!(statut(&t, copie).await.0, StatutAide::Merged);
        assert_eq!(journal(&t, "merge", &format!("aide:{copie}")).await, 1);
        let slug_copie = aides::service::aide(&t.app, &Selection::Id(copie))
            .await
            .expect("copie")
            .aide
            .slug;
        let redirection = t.get(&format!("/aides/{slug_copie}")).await;
        assert_eq!(redirection.status, 308);
        assert_eq!(
            redirection.header("location"),
            Some(format!("/aides/{slug}").as_str())
        );
        assert!(
            socle::audit::verify(t.app.db())
                .await
                .expect("vérification")
                .first_break
                .is_none()
        );
    }
}

#[tokio::test]
async fn an_incomplete_draft_cannot_be_submitted_and_the_message_names_the_fields() {
    for t in apps().await {
        let occitanie = porteur(&t, "Région Occitanie").await.0.to_string();
        let a = t.sign_in_new_user("porteur@aides.test", false).await;
        t.grant(a, "aides", "porteur", Some(&occitanie)).await;
        let cree = t
            .post_form(
                "/aides/gestion/nouvelle",
                &[("name", "Aide incomplète"), ("organization", &occitanie)],
            )
            .await;
        assert_eq!(cree.status, 303, "{}", cree.body);
        let id = id_de(cree.header("location"));
        let soumise = t
            .post_form(
                &format!("/aides/gestion/{id}/soumettre"),
                &[("version", "1")],
            )
            .await;
        assert_eq!(soumise.status, 303);
        assert_eq!(statut(&t, id).await.0, StatutAide::Draft);
        let page = t.get(&format!("/aides/gestion/{id}")).await;
        assert!(
            page.body.contains("(description) est obligatoire"),
            "{}",
            page.body
        );
        assert!(page.body.contains("(perimeter) est obligatoire"));
    }
}
