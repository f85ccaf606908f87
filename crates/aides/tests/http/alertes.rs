//! Alerts (double opt-in, the sending job, one-click unsubscribe) and followed aids (reminders at 30 and 7
//! days, iCal feed).

use aides::jobs::{envoyer_alertes, envoyer_rappels};
use aides::referentiels::Echelle;
use chrono::Duration;

use super::{apps, courriels, dans, enregistrer, lien, perimetre, porteur, publiee};

#[tokio::test]
async fn an_alert_is_confirmed_then_mailed_once_per_new_aid_then_unsubscribed() {
    for t in apps().await {
        let financeur = porteur(&t, "Département de l'Hérault").await;
        let herault = perimetre(&t, Echelle::Department, "34");
        let gard = perimetre(&t, Echelle::Department, "30");
        enregistrer(
            &t,
            vec![publiee("Aide déjà publiée", herault, financeur, 60)],
        )
        .await;

        // Creating an alert mails a confirmation link; nothing is sent before confirmation.
        let reponse = t
            .post_form(
                "/aides/alertes",
                &[
                    ("email", "Elu@Commune.test"),
                    ("title", "Hérault"),
                    ("alert_frequency", "daily"),
                    ("querystring", "perimeter=dep%3A34"),
                ],
            )
            .await;
        assert_eq!(reponse.status, 200, "{}", reponse.body);
        let mails = courriels(&t, "elu@commune.test").await;
        assert_eq!(mails.len(), 1);
        assert!(mails[0].0.contains("Confirmez"));
        let confirmation = lien(&mails[0].1, "/confirmer");
        enregistrer(
            &t,
            vec![publiee(
                "Nouvelle aide de l'Hérault",
                herault,
                financeur,
                60,
            )],
        )
        .await;
        let rapport = envoyer_alertes(&t.app, dans(Duration::days(1)))
            .await
            .expect("alertes");
        assert_eq!(
            rapport.envoyees, 0,
            "une alerte non confirmée n'est pas envoyée"
        );

        assert_eq!(t.get(&confirmation).await.status, 200);
        assert_eq!(
            t.get(&confirmation).await.status,
            404,
            "un lien de confirmation ne sert qu'une fois"
        );
        // Due the next day: lists the aid published since the alert was created, not the older one.
        let rapport = envoyer_alertes(&t.app, dans(Duration::days(1)))
            .await
            .expect("alertes");
        assert_eq!(
            (rapport.examinees, rapport.envoyees),
            (1, 1),
            "{}",
            t.backend
        );
        let mails = courriels(&t, "elu@commune.test").await;
        let (sujet, corps) = &mails[1];
        assert!(
            sujet.contains("De nouvelles aides correspondent à vos recherches"),
            "{sujet}"
        );
        assert!(corps.contains("Nouvelle aide de l'Hérault"));
        assert!(!corps.contains("Aide déjà publiée"));
        // Not due again the same day; an aid outside the search changes nothing.
        enregistrer(&t, vec![publiee("Aide du Gard", gard, financeur, 60)]).await;
        let rapport = envoyer_alertes(&t.app, dans(Duration::days(1) + Duration::hours(1)))
            .await
            .expect("alertes");
        assert_eq!(rapport.envoyees, 0);
        let rapport = envoyer_alertes(&t.app, dans(Duration::days(3)))
            .await
            .expect("alertes");
        assert_eq!(rapport.envoyees, 0, "rien de neuf dans l'Hérault");

        // One click unsubscribes; nothing is sent any more.
        let desinscription = lien(corps, "/supprimer");
        let page = t.get(&desinscription).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("supprimée"));
        enregistrer(
            &t,
            vec![publiee(
                "Encore une aide de l'Hérault",
                herault,
                financeur,
                60,
            )],
        )
        .await;
        let rapport = envoyer_alertes(&t.app, dans(Duration::days(5)))
            .await
            .expect("alertes");
        assert_eq!(rapport.examinees, 0);
        assert_eq!(courriels(&t, "elu@commune.test").await.len(), 2);
    }
}

#[tokio::test]
async fn an_alert_on_an_unknown_value_is_refused() {
    for t in apps().await {
        let reponse = t
            .post_form(
                "/aides/alertes",
                &[
                    ("email", "elu@commune.test"),
                    ("title", "Martiens"),
                    ("alert_frequency", "weekly"),
                    ("querystring", "targeted_audiences=martiens"),
                ],
            )
            .await;
        assert_eq!(reponse.status, 400, "{}", reponse.body);
        assert!(courriels(&t, "elu@commune.test").await.is_empty());
        let reponse = t
            .post_form(
                "/aides/alertes",
                &[
                    ("email", "pas-une-adresse"),
                    ("title", "X"),
                    ("alert_frequency", "weekly"),
                    ("querystring", ""),
                ],
            )
            .await;
        assert_eq!(reponse.status, 422);
        assert!(reponse.body.contains("adresse électronique"));
    }
}

#[tokio::test]
async fn followers_get_reminders_at_30_and_7_days_and_an_ical_feed() {
    for t in apps().await {
        let financeur = porteur(&t, "ADEME").await;
        let france = perimetre(&t, Echelle::Country, "FRA");
        let ids = enregistrer(&t, vec![publiee("Aide suivie", france, financeur, 45)]).await;
        let slug = aides::service::aide(
            &t.app,
            &aides::store::Selection::Id(aides::service::id_sql(ids[0])),
        )
        .await
        .expect("aide")
        .aide
        .slug;
        let page = t
            .post_form(
                &format!("/aides/{slug}/suivre"),
                &[("email", "agent@commune.test")],
            )
            .await;
        assert_eq!(page.status, 200, "{}", page.body);
        let mails = courriels(&t, "agent@commune.test").await;
        let confirmation = lien(&mails[0].1, "/suivis/");
        let confirme = t.get(&confirmation).await;
        assert_eq!(confirme.status, 200);
        let calendrier = lien(&mails[0].1, "echeances.ics");
        let ical = t.get(&calendrier).await;
        assert_eq!(ical.status, 200);
        assert_eq!(
            ical.header("content-type"),
            Some("text/calendar; charset=utf-8")
        );
        assert!(ical.body.contains("SUMMARY:Clôture : Aide suivie"));

        let echeance = aides::etat::aujourdhui() + Duration::days(45);
        assert_eq!(
            envoyer_rappels(&t.app, echeance - Duration::days(31))
                .await
                .expect("rappels"),
            0
        );
        assert_eq!(
            envoyer_rappels(&t.app, echeance - Duration::days(30))
                .await
                .expect("rappels"),
            1
        );
        assert_eq!(
            envoyer_rappels(&t.app, echeance - Duration::days(29))
                .await
                .expect("rappels"),
            0
        );
        assert_eq!(
            envoyer_rappels(&t.app, echeance - Duration::days(7))
                .await
                .expect("rappels"),
            1
        );
        assert_eq!(
            envoyer_rappels(&t.app, echeance - Duration::days(6))
                .await
                .expect("rappels"),
            0
        );
        let mails = courriels(&t, "agent@commune.test").await;
        assert_eq!(mails.len(), 3);
        assert!(
            mails[1].0.contains("Clôture dans 30 jours"),
            "{}",
            mails[1].0
        );
        assert!(mails[2].0.contains("Clôture dans 7 jours"));
        let arret = lien(&mails[2].1, "/arreter");
        assert_eq!(t.get(&arret).await.status, 200);
        assert_eq!(t.get(&calendrier).await.status, 404);
    }
}
