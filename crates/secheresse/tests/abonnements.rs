//! Subscriptions: double opt-in, a mail within the jobs' next run after a publication that changes a level,
//! one-click unsubscribe that deletes the row; and the D-15/D-2 reminders to the DDT.

use chrono::Days;
use secheresse::Secheresse;
use secheresse::domain::arrete::ModeCalcul;
use secheresse::publication::{self, Declencheur};
use socle::Module as _;
use socle::audit::Actor;
use socle::db::Query;

use crate::commun::{apps, count};

/// The path and query of the link of a mail that starts with `path`.
fn link(text: &str, path: &str) -> String {
    let start = text
        .find(path)
        .unwrap_or_else(|| panic!("no {path} in {text}"));
    text[start..]
        .split_whitespace()
        .next()
        .expect("link")
        .to_owned()
}

#[tokio::test]
async fn a_subscription_is_confirmed_notified_after_a_publication_and_deleted_in_one_click() {
    for app in apps().await {
        Secheresse.demo(&app.app).await.expect("demo loaded");
        let commune: String = app
            .app
            .db()
            .fetch_scalar(Query::new(
                "SELECT code_insee FROM secheresse_communes WHERE code_insee LIKE '34%' ORDER BY code_insee LIMIT 1",
            ))
            .await
            .expect("a demo commune");
        let email = "habitant@exemple.fr";
        let refused = app
            .post_form(
                "/secheresse/abonnement",
                &[
                    ("email", "pas-une-adresse"),
                    ("lieu_1", ""),
                    ("profil", "particulier"),
                ],
            )
            .await;
        assert_eq!(refused.status, 200);
        assert!(refused.body.contains("adresse électronique valide"));
        assert!(refused.body.contains("Lieu 1"));
        let sent = app
            .post_form(
                "/secheresse/abonnement",
                &[
                    ("email", email),
                    ("lieu_1", &commune),
                    ("profil", "particulier"),
                    ("types", "AEP"),
                    ("types", "SUP"),
                ],
            )
            .await;
        assert_eq!(sent.status, 200, "{}", sent.body);
        assert!(sent.body.contains("Vérifiez votre messagerie"));
        let mail = socle::mail::latest_to(app.app.db(), email)
            .await
            .expect("outbox")
            .expect("a mail");
        let confirmation = link(&mail.body_text, "/secheresse/abonnement/confirmer?jeton=");
        let path = confirmation.as_str();
        // Not confirmed yet: a publication mails nothing.
        let situation: String = app
            .app
            .db()
            .fetch_scalar(Query::new("SELECT situation FROM secheresse_abonnements"))
            .await
            .expect("stored");
        assert!(situation.contains("\"AEP\""), "{situation}");
        let confirmed = app.get(path).await;
        assert!(
            confirmed.body.contains("Abonnement confirmé"),
            "{}",
            confirmed.body
        );
        assert!(
            app.get(path).await.body.contains("invalide"),
            "a link works once"
        );
        // The Hérault order ends within 10 days: publishing the situation of a later day lifts its restrictions.
        let later = publication::aujourdhui()
            .checked_add_days(Days::new(15))
            .expect("date");
        publication::publier(
            &app.app,
            &Actor::Cli,
            "rejeu",
            later,
            Declencheur::Changement(ModeCalcul::Planifie),
        )
        .await
        .expect("published");
        socle::jobs::run_due(&app.app, "test", 100)
            .await
            .expect("jobs ran");
        let notice = socle::mail::latest_to(app.app.db(), email)
            .await
            .expect("outbox")
            .expect("a mail");
        assert!(notice.subject.contains("ont changé"), "{}", notice.subject);
        assert!(
            notice.body_text.contains("→ Pas de restriction"),
            "{}",
            notice.body_text
        );
        // A second run sends nothing more: the situation was updated with the mail.
        let mails = count(&app, "SELECT COUNT(*) FROM outbox").await;
        secheresse::abonnement::notifier(&app.app)
            .await
            .expect("notified");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox").await, mails);
        // One click deletes the subscription.
        let unsubscribe = link(
            &notice.body_text,
            "/secheresse/abonnement/desabonner?jeton=",
        );
        let path = unsubscribe.as_str();
        let deleted = app.get(path).await;
        assert!(
            deleted.body.contains("Vous êtes désabonné"),
            "{}",
            deleted.body
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM secheresse_abonnements").await,
            0
        );
        assert!(app.get(path).await.body.contains("Aucun abonnement"));
        // The journal records the subscription without the address.
        let journal: Vec<String> = app
            .app
            .db()
            .fetch_scalars(Query::new(
                "SELECT summary || details FROM audit_log WHERE target LIKE 'abonnement:%'",
            ))
            .await
            .expect("journal");
        assert_eq!(
            journal.len(),
            4,
            "created, confirmed, notified, deleted: {journal:?}"
        );
        assert!(journal.iter().all(|entry| !entry.contains(email)));
    }
}

#[tokio::test]
async fn reminders_go_to_the_agents_of_the_departement_once() {
    for app in apps().await {
        Secheresse.demo(&app.app).await.expect("demo loaded");
        let agent = app.sign_in_new_user("agent34@ddtm.gouv.fr", false).await;
        app.grant(agent, "secheresse", "agent", Some("34")).await;
        let other = app.sign_in_new_user("agent83@ddtm.gouv.fr", false).await;
        app.grant(other, "secheresse", "agent", Some("83")).await;
        // The Hérault order ends in 10 days: the D-15 reminder is due, the D-2 one not yet.
        assert_eq!(
            secheresse::jobs::envoyer_rappels(&app.app)
                .await
                .expect("sent"),
            1
        );
        let mail = socle::mail::latest_to(app.app.db(), "agent34@ddtm.gouv.fr")
            .await
            .expect("outbox")
            .expect("a reminder");
        assert!(mail.subject.contains("J-15"), "{}", mail.subject);
        assert!(
            socle::mail::latest_to(app.app.db(), "agent83@ddtm.gouv.fr")
                .await
                .expect("outbox")
                .is_none()
        );
        assert_eq!(
            secheresse::jobs::envoyer_rappels(&app.app)
                .await
                .expect("sent"),
            0
        );
    }
}
