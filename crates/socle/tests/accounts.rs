//! Sign-up, confirmation, sign-in, throttling, password reset, roles, API tokens.

use axum::http::{Method, StatusCode};
use socle::db::Query;
use socle::mail;

use crate::apps;

fn link_in(text: &str, path: &str) -> String {
    let start = text.find(path).expect("link in mail");
    let end = text[start..]
        .find(char::is_whitespace)
        .map_or(text.len(), |e| start + e);
    text[start..end].to_owned()
}

#[tokio::test]
async fn sign_up_confirm_by_mail_then_sign_in_and_out() {
    for app in apps().await {
        let form = [
            ("email", " Agent@Exemple.fr "),
            ("nom", "Camille Agent"),
            ("mot_de_passe", "une phrase de passe solide"),
            ("confirmation", "une phrase de passe solide"),
        ];
        let response = app.post_form("/compte/inscription", &form).await;
        assert_eq!(response.status, StatusCode::OK, "{}", app.backend);
        assert!(response.body.contains("Vérifiez votre messagerie"));

        // Not confirmed yet: sign-in fails with the generic message.
        let early = app
            .post_form(
                "/compte/connexion",
                &[
                    ("email", "agent@exemple.fr"),
                    ("mot_de_passe", "une phrase de passe solide"),
                ],
            )
            .await;
        assert!(early.body.contains("incorrect"));

        let mail = mail::latest_to(app.app.db(), "agent@exemple.fr")
            .await
            .unwrap()
            .expect("confirmation mail");
        assert_eq!(
            mail.status, "kept",
            "without SMTP the mail stays in the outbox"
        );
        let link = link_in(&mail.body_text, "/compte/confirmer");
        let confirmed = app.get(&link).await;
        assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
        // The token is single-use.
        assert!(app.get(&link).await.body.contains("Lien invalide"));

        let login = app
            .post_form(
                "/compte/connexion",
                &[
                    ("email", "AGENT@exemple.fr"),
                    ("mot_de_passe", "une phrase de passe solide"),
                    ("suivant", "/compte"),
                ],
            )
            .await;
        assert_eq!(login.status, StatusCode::SEE_OTHER);
        assert_eq!(login.header("location"), Some("/compte"));
        let account = app.get("/compte").await;
        assert!(account.body.contains("Camille Agent"));
        let session_cookie = login.header("set-cookie").unwrap_or_default().to_owned();
        assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("SameSite=Lax"));

        app.post_form("/compte/deconnexion", &[]).await;
        let after = app.get("/compte").await;
        assert_eq!(after.status, StatusCode::SEE_OTHER);
        assert!(
            after
                .header("location")
                .unwrap()
                .starts_with("/compte/connexion?suivant=")
        );
    }
}

#[tokio::test]
async fn sign_up_refuses_bad_fields_with_french_messages_and_writes_nothing() {
    let app = socle::testing::TestApp::sqlite(Vec::new()).await;
    let response = app
        .post_form(
            "/compte/inscription",
            &[
                ("email", "pas-une-adresse"),
                ("nom", ""),
                ("mot_de_passe", "court"),
                ("confirmation", "autre"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    for message in [
        "adresse électronique valide",
        "obligatoire",
        "12 caractères",
        "pas identiques",
    ] {
        assert!(response.body.contains(message), "{message}");
    }
    assert!(response.body.contains("aria-invalid=\"true\""));
    let users: i64 = app
        .app
        .db()
        .fetch_scalar(Query::new("SELECT COUNT(*) FROM users"))
        .await
        .unwrap();
    assert_eq!(users, 0);
}

#[tokio::test]
async fn signing_up_twice_reveals_nothing_and_mails_the_owner() {
    let app = socle::testing::TestApp::sqlite(Vec::new()).await;
    app.sign_in_new_user("deja@exemple.fr", false).await;
    let form = [
        ("email", "deja@exemple.fr"),
        ("nom", "Autre"),
        ("mot_de_passe", "une autre phrase solide"),
        ("confirmation", "une autre phrase solide"),
    ];
    let response = app.post_form("/compte/inscription", &form).await;
    assert!(response.body.contains("Vérifiez votre messagerie"));
    let mail = mail::latest_to(app.app.db(), "deja@exemple.fr")
        .await
        .unwrap()
        .unwrap();
    assert!(mail.subject.contains("déjà un compte"));
}

#[tokio::test]
async fn sign_in_is_throttled_per_account() {
    for app in apps().await {
        app.sign_in_new_user("cible@exemple.fr", false).await;
        app.post_form("/compte/deconnexion", &[]).await;
        for _ in 0..socle::auth::store::MAX_FAILURES_PER_ACCOUNT {
            let failed = app
                .post_form(
                    "/compte/connexion",
                    &[
                        ("email", "cible@exemple.fr"),
                        ("mot_de_passe", "mauvais mot de passe"),
                    ],
                )
                .await;
            assert!(failed.body.contains("incorrect"));
        }
        // Even the right password is refused while throttled.
        let blocked = app
            .post_form(
                "/compte/connexion",
                &[
                    ("email", "cible@exemple.fr"),
                    ("mot_de_passe", "phrase de passe de test assez longue"),
                ],
            )
            .await;
        assert_eq!(blocked.status, StatusCode::OK);
        assert!(
            blocked.body.contains("Trop de tentatives"),
            "{}",
            app.backend
        );
    }
}

#[tokio::test]
async fn password_reset_is_single_use_and_closes_old_sessions() {
    for app in apps().await {
        app.sign_in_new_user("oubli@exemple.fr", false).await;
        let old_session = app.cookie("fabrique_session").unwrap();
        let unknown = app
            .post_form(
                "/compte/mot-de-passe-oublie",
                &[("email", "inconnu@exemple.fr")],
            )
            .await;
        let known = app
            .post_form(
                "/compte/mot-de-passe-oublie",
                &[("email", "oubli@exemple.fr")],
            )
            .await;
        assert!(
            unknown.body.contains("Si un compte existe")
                && known.body.contains("Si un compte existe")
        );
        assert!(
            mail::latest_to(app.app.db(), "inconnu@exemple.fr")
                .await
                .unwrap()
                .is_none()
        );
        let mail = mail::latest_to(app.app.db(), "oubli@exemple.fr")
            .await
            .unwrap()
            .unwrap();
        let link = link_in(&mail.body_text, "/compte/reinitialiser");
        let token = link.split("jeton=").nth(1).unwrap().to_owned();
        assert_eq!(app.get(&link).await.status, StatusCode::OK);
        let reset = app
            .post_form(
                "/compte/reinitialiser",
                &[
                    ("jeton", &token),
                    ("mot_de_passe", "nouvelle phrase de passe"),
                    ("confirmation", "nouvelle phrase de passe"),
                ],
            )
            .await;
        assert_eq!(reset.status, StatusCode::SEE_OTHER, "{}", reset.body);
        let again = app
            .post_form(
                "/compte/reinitialiser",
                &[
                    ("jeton", &token),
                    ("mot_de_passe", "encore une autre phrase"),
                    ("confirmation", "encore une autre phrase"),
                ],
            )
            .await;
        assert!(again.body.contains("Lien invalide"));
        // A browser still holding the old session cookie is signed out.
        let stale = app
            .send(
                axum::http::Request::get("/compte")
                    .header("cookie", format!("fabrique_session={old_session}"))
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(stale.status, StatusCode::SEE_OTHER);
        let login = app
            .post_form(
                "/compte/connexion",
                &[
                    ("email", "oubli@exemple.fr"),
                    ("mot_de_passe", "nouvelle phrase de passe"),
                ],
            )
            .await;
        assert_eq!(login.status, StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn api_tokens_are_shown_once_stored_hashed_and_revocable() {
    for app in apps().await {
        let user_id = app.sign_in_new_user("dev@exemple.fr", false).await;
        let page = app.post_form("/compte/jetons", &[("nom", "script")]).await;
        let token = page
            .body
            .split("<code>fab_")
            .nth(1)
            .map(|rest| format!("fab_{}", rest.split("</code>").next().unwrap()))
            .unwrap();
        assert!(token.starts_with("fab_"));
        let stored: Vec<String> = app
            .app
            .db()
            .fetch_scalars(Query::new("SELECT token_hash FROM api_tokens"))
            .await
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert_ne!(stored[0], token);

        let with_token = app
            .send_json(
                Method::GET,
                "/api/v1/territoires?q=paris",
                &serde_json::json!({}),
                Some(&token),
            )
            .await;
        assert_eq!(with_token.status, StatusCode::OK);
        let wrong = app
            .send_json(
                Method::GET,
                "/api/v1/territoires?q=paris",
                &serde_json::json!({}),
                Some("fab_faux"),
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert_eq!(wrong.json()["code"], "unauthorized");

        let id: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new("SELECT id FROM api_tokens WHERE user_id = $1").bind(user_id))
            .await
            .unwrap();
        app.post_form(&format!("/compte/jetons/{id}/revoquer"), &[])
            .await;
        let revoked = app
            .send_json(
                Method::GET,
                "/api/v1/territoires?q=paris",
                &serde_json::json!({}),
                Some(&token),
            )
            .await;
        assert_eq!(revoked.status, StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn administration_is_for_administrators_only_and_role_changes_are_audited() {
    for app in apps().await {
        let agent = app.sign_in_new_user("agent2@exemple.fr", false).await;
        assert_eq!(app.get("/admin").await.status, StatusCode::FORBIDDEN);
        app.post_form("/compte/deconnexion", &[]).await;
        app.sign_in_new_user("admin@exemple.fr", true).await;
        for path in [
            "/admin",
            "/admin/utilisateurs",
            "/admin/taches",
            "/admin/courriels",
            "/admin/journal",
        ] {
            assert_eq!(
                app.get(path).await.status,
                StatusCode::OK,
                "{path} ({})",
                app.backend
            );
        }
        let response = app
            .post_form(
                &format!("/admin/utilisateurs/{agent}/roles"),
                &[("role", "admin"), ("action", "accorder")],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
        let is_admin: bool = app
            .app
            .db()
            .fetch_scalar(Query::new("SELECT is_admin FROM users WHERE id = $1").bind(agent))
            .await
            .unwrap();
        assert!(is_admin);
        let audited: i64 = app
            .app
            .db()
            .fetch_scalar(
                Query::new(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'grant_role' AND target = $1",
                )
                .bind(format!("user:{agent}")),
            )
            .await
            .unwrap();
        assert_eq!(audited, 1);
        let unknown = app
            .post_form(
                &format!("/admin/utilisateurs/{agent}/roles"),
                &[("role", "mines:inexistant"), ("action", "accorder")],
            )
            .await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}
