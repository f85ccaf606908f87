//! Integration tests through HTTP on the real router, on SQLite and (with `FABRIQUE_TEST_POSTGRES_URL`)
//! PostgreSQL: every test loops over [`apps`].

mod alertes;
mod api;
mod gestion;
mod import;
mod oracles;
mod pages;

use std::sync::Arc;

use aides::aide::{Aide, AideId, PorteurId};
use aides::etat::{self, Etat};
use aides::perimetres::PerimetreId;
use aides::referentiels::{Echelle, Public, Recurrence, StatutAide, TypeAide};
use aides::store::{self, NouveauPorteur};
use chrono::{DateTime, Duration, Utc};
use socle::audit::Actor;
use socle::db::{Query, now};
use socle::testing::TestApp;

/// The module on every configured backend.
pub async fn apps() -> Vec<TestApp> {
    TestApp::backends(vec![Arc::new(aides::Aides)]).await
}

/// The current state of the module in a test app.
pub fn etat(t: &TestApp) -> Arc<Etat> {
    etat::etat(&t.app).expect("état du module")
}

/// A perimeter of the real graph.
pub fn perimetre(t: &TestApp, echelle: Echelle, code: &str) -> PerimetreId {
    etat(t)
        .perimetres()
        .trouver(echelle, code)
        .unwrap_or_else(|| panic!("périmètre {code} absent"))
}

/// Creates a carrier; returns its id.
pub async fn porteur(t: &TestApp, nom: &str) -> PorteurId {
    let mut tx = t.app.db().begin().await.expect("begin");
    let id = store::creer_porteur(
        &mut tx,
        &NouveauPorteur {
            nom: nom.to_owned(),
            ..NouveauPorteur::default()
        },
    )
    .await
    .expect("porteur");
    socle::changes::record(&mut tx, "aides")
        .await
        .expect("changement");
    tx.commit().await.expect("commit");
    etat::reconstruire(&t.app).await.expect("index");
    PorteurId(u32::try_from(id).expect("id"))
}

/// A complete aid, published now, open for `jours` more days, on `perimetre`, financed by `porteur`.
pub fn publiee(name: &str, perimetre: PerimetreId, porteur: PorteurId, jours: i64) -> Aide {
    let maintenant = now();
    let mut aide = Aide::brouillon(AideId(0), name, maintenant);
    aide.description = format!("Description de l'aide « {name} ».");
    aide.perimeter = Some(perimetre);
    aide.targeted_audiences = vec![Public::Commune, Public::Epci];
    aide.aid_types = vec![TypeAide::Grant];
    aide.financers = vec![porteur];
    aide.organization = Some(u64::from(porteur.0));
    aide.recurrence = Some(Recurrence::Oneoff);
    aide.submission_deadline = Some(etat::aujourdhui() + Duration::days(jours));
    aide.status = StatutAide::Published;
    aide.date_published = Some(maintenant);
    aide
}

/// Stores aids as given (through the same path as the demo).
pub async fn enregistrer(t: &TestApp, aides: Vec<Aide>) -> Vec<AideId> {
    aides::service::enregistrer_aides(&t.app, &Actor::Cli, aides)
        .await
        .unwrap_or_else(|e| panic!("enregistrement des aides : {e}"))
}

/// The plain-text bodies of the mails sent to `email`, oldest first.
pub async fn courriels(t: &TestApp, email: &str) -> Vec<(String, String)> {
    t.app
        .db()
        .fetch_all::<(String, String)>(
            Query::new("SELECT subject, body_text FROM outbox WHERE recipient = $1 ORDER BY id")
                .bind(email),
        )
        .await
        .expect("boîte d'envoi")
}

/// The path of the first link of `texte` that contains `motif` (the base URL removed).
pub fn lien(texte: &str, motif: &str) -> String {
    texte
        .split_whitespace()
        .find(|mot| mot.contains(motif))
        .map(|mot| match mot.find("/aides/") {
            Some(debut) => mot[debut..].to_owned(),
            None => mot.to_owned(),
        })
        .unwrap_or_else(|| panic!("pas de lien « {motif} » dans : {texte}"))
}

/// Signs in again as an account created by `sign_in_new_user`.
pub async fn connecter(t: &TestApp, email: &str) {
    let reponse = t
        .post_form(
            "/compte/connexion",
            &[
                ("email", email),
                ("mot_de_passe", "phrase de passe de test assez longue"),
            ],
        )
        .await;
    assert_eq!(
        reponse.status, 303,
        "connexion de {email} : {}",
        reponse.body
    );
}

/// A time shifted from now.
pub fn dans(duree: Duration) -> DateTime<Utc> {
    now() + duree
}

/// The number of audit entries of an action on a target.
pub async fn journal(t: &TestApp, action: &str, cible: &str) -> usize {
    socle::audit::history(t.app.db(), "aides", cible)
        .await
        .expect("journal")
        .iter()
        .filter(|r| r.action == action)
        .count()
}
