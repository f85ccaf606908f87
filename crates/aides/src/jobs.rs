//! Background jobs of the module: the alert run, the deadline reminders and the daily reindex.
//!
//! - `aides.alertes` (every day at 07:30, Paris): every validated alert whose last mail is a day old (daily)
//!   or a week old (weekly) replays its search over the aids first published since that mail; when something
//!   new matches, the mail goes to the outbox and `latest_alert_date` moves forward **in the same
//!   transaction**, so a failure re-sends rather than loses. One daily run serves both frequencies, each
//!   alert being due on its own clock. Unconfirmed alerts and follows older than 7 days are purged.
//! - `aides.rappels` (every day at 08:00): followers of a published aid get a reminder 30 and 7 days before
//!   its deadline (once each per deadline; a new deadline re-arms them).
//! - `aides.reindexer` (every day at 00:05): records a change so that every process rebuilds its index for
//!   the new day (expired aids leave it).

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use socle::AppState;
use socle::audit::{self, Actor};
use socle::changes;
use socle::db::now;
use socle::jobs::{Every, JobFuture, JobHandler, Schedule};
use socle::mail::{self, Mail};

use crate::MODULE;
use crate::alertes::{RAPPELS_JOURS, preparer_envoi};
use crate::etat::{self, aujourdhui};
use crate::store::{self, Selection};

/// Kind of the alert run.
pub const ALERTES: &str = "aides.alertes";
/// Kind of the deadline reminders.
pub const RAPPELS: &str = "aides.rappels";
/// Kind of the daily reindex.
pub const REINDEXER: &str = "aides.reindexer";

/// Alerts mailed per transaction: large enough to amortise commits, small enough to keep the write lock
/// short on SQLite.
const LOT: usize = 500;

/// Prefix of alert subjects.
pub const PREFIXE_SUJET: &str = "[Aides aux territoires] ";

/// The handlers of the module.
pub fn handlers() -> Vec<JobHandler> {
    vec![
        JobHandler {
            kind: ALERTES,
            max_attempts: 5,
            run: tache_alertes,
        },
        JobHandler {
            kind: RAPPELS,
            max_attempts: 5,
            run: tache_rappels,
        },
        JobHandler {
            kind: REINDEXER,
            max_attempts: 3,
            run: tache_reindexer,
        },
    ]
}

/// The schedules of the module.
pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule {
            name: ALERTES,
            kind: ALERTES,
            every: Every::DailyAt {
                hour: 7,
                minute: 30,
            },
        },
        Schedule {
            name: RAPPELS,
            kind: RAPPELS,
            every: Every::DailyAt { hour: 8, minute: 0 },
        },
        Schedule {
            name: REINDEXER,
            kind: REINDEXER,
            every: Every::DailyAt { hour: 0, minute: 5 },
        },
    ]
}

fn tache_alertes(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        envoyer_alertes(&app, now()).await?;
        Ok(())
    })
}

fn tache_rappels(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        envoyer_rappels(&app, aujourdhui()).await?;
        Ok(())
    })
}

fn tache_reindexer(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        let mut tx = app.db().begin().await?;
        changes::record(&mut tx, MODULE).await?;
        tx.commit().await?;
        etat::reconstruire(&app).await
    })
}

/// What an alert run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RapportAlertes {
    /// Due alerts examined.
    pub examinees: usize,
    /// Mails put in the outbox.
    pub envoyees: usize,
    /// Unconfirmed alerts and follows purged.
    pub purgees: u64,
}

/// Runs every due alert at `maintenant`.
pub async fn envoyer_alertes(
    app: &AppState,
    maintenant: DateTime<Utc>,
) -> anyhow::Result<RapportAlertes> {
    let etat = etat::etat(app)?;
    let dues = store::alertes_dues(
        app.db(),
        maintenant - Duration::days(1),
        maintenant - Duration::days(7),
    )
    .await?;
    let base = app.config().base_url.clone();
    let mut rapport = RapportAlertes {
        examinees: dues.len(),
        ..RapportAlertes::default()
    };
    // Nothing published since the oldest last mail: no alert can match, skip the replays.
    let depuis = dues.iter().map(|a| a.latest_alert_date).min();
    let nouveautes = depuis.is_some_and(|depuis| {
        etat.index
            .aides()
            .any(|aide| aide.date_published.is_some_and(|p| p >= depuis))
    });
    let mut mails = Vec::new();
    if nouveautes {
        for ligne in &dues {
            match preparer_envoi(
                &ligne.en_alerte(),
                &etat.index,
                maintenant,
                &base,
                PREFIXE_SUJET,
            ) {
                Ok(Some(mail)) => mails.push((ligne.id, ligne.title.clone(), mail)),
                Ok(None) => {}
                // A saved search the index no longer accepts (a deleted carrier…) is skipped, not fatal.
                Err(erreur) => tracing::warn!(alerte = ligne.id, %erreur, "alerte non rejouable"),
            }
        }
    }
    for lot in mails.chunks(LOT) {
        let mut tx = app.db().begin().await?;
        for (_, titre, mail) in lot {
            let mut texte = format!(
                "Bonjour,\n\n{} nouvelle(s) aide(s) correspondent à votre alerte « {titre} » :\n\n",
                mail.nombre
            );
            for aide in &mail.aides {
                texte.push_str(&format!("- {}\n  {base}/aides/{}\n", aide.name, aide.slug));
            }
            texte.push_str(&format!(
                "\nToutes les nouvelles aides de cette recherche :\n{}\n\n\
                 Pour ne plus recevoir cette alerte, en un clic :\n{}\n\nL'équipe Aides aux territoires",
                mail.lien_recherche, mail.lien_suppression
            ));
            mail::queue(
                &mut tx,
                app,
                &Mail {
                    to: mail.destinataire.clone(),
                    subject: mail.sujet.clone(),
                    text: texte,
                    html: None,
                },
            )
            .await?;
        }
        let ids: Vec<i64> = lot.iter().map(|(id, _, _)| *id).collect();
        store::marquer_alertes_envoyees(&mut tx, &ids, maintenant).await?;
        tx.commit().await?;
        rapport.envoyees += lot.len();
    }
    let mut tx = app.db().begin().await?;
    rapport.purgees = store::purger_non_confirmes(&mut tx, maintenant - Duration::days(7)).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor: &Actor::System(ALERTES),
            module: MODULE,
            action: "alertes_envoyees",
            target: "alertes",
            summary: &format!(
                "Envoi des alertes : {} dues, {} courriels, {} demandes non confirmées effacées",
                rapport.examinees, rapport.envoyees, rapport.purgees
            ),
            details: serde_json::json!({}),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(rapport)
}

/// Mails the 30- and 7-day reminders due on `jour`; returns how many were sent.
pub async fn envoyer_rappels(app: &AppState, jour: NaiveDate) -> anyhow::Result<usize> {
    let etat = etat::etat(app)?;
    let plus_loin = RAPPELS_JOURS.iter().copied().max().unwrap_or(30);
    let suivis = store::suivis_a_rappeler(app.db(), jour, jour + Duration::days(plus_loin)).await?;
    let base = app.config().base_url.clone();
    // Read before the transaction: a pool of one connection (in-memory SQLite) cannot serve both.
    let mut aides = HashMap::new();
    for suivi in &suivis {
        if let std::collections::hash_map::Entry::Vacant(place) = aides.entry(suivi.aide_id) {
            let aide =
                store::aide(app.db(), etat.perimetres(), &Selection::Id(suivi.aide_id)).await?;
            place.insert(aide.map(|a| a.aide));
        }
    }
    let mut envoyes = 0;
    let mut tx = app.db().begin().await?;
    for suivi in suivis {
        let Some(Some(aide)) = aides.get(&suivi.aide_id) else {
            continue;
        };
        let Some(echeance) = aide.submission_deadline else {
            continue;
        };
        let jours = (echeance - jour).num_days();
        // A new deadline re-arms the reminders.
        let deja: Vec<i64> = if suivi.rappels_echeance == Some(echeance) {
            suivi
                .rappels
                .split(',')
                .filter_map(|j| j.trim().parse().ok())
                .collect()
        } else {
            Vec::new()
        };
        // The reminder of the narrowest threshold reached and not yet sent (a late run still reminds once).
        let Some(seuil) = RAPPELS_JOURS
            .iter()
            .copied()
            .filter(|seuil| jours <= *seuil && !deja.contains(seuil))
            .min()
        else {
            continue;
        };
        if aide.recurrence == Some(crate::referentiels::Recurrence::Ongoing) {
            continue;
        }
        mail::queue(
            &mut tx,
            app,
            &Mail {
                to: suivi.email.clone(),
                subject: format!(
                    "{PREFIXE_SUJET}Clôture dans {jours} jours : « {} »",
                    aide.name
                ),
                text: format!(
                    "Bonjour,\n\nL'aide « {} » que vous suivez clôture le {} (dans {jours} jours).\n{base}/aides/{}\n\n\
                     Votre calendrier des échéances : {base}/aides/suivis/{}/echeances.ics\n\
                     Pour ne plus suivre cette aide, en un clic : {base}/aides/suivis/{}/arreter\n\n\
                     L'équipe Aides aux territoires",
                    aide.name,
                    echeance.format("%d/%m/%Y"),
                    aide.slug,
                    suivi.jeton,
                    suivi.jeton
                ),
                html: None,
            },
        )
        .await?;
        // Every threshold already passed counts as sent: one mail, not two, after a late run.
        let mut envoyes_pour: Vec<i64> = deja;
        envoyes_pour.extend(RAPPELS_JOURS.iter().copied().filter(|s| *s >= seuil));
        envoyes_pour.sort_unstable();
        envoyes_pour.dedup();
        let texte = envoyes_pour
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        store::marquer_rappel(&mut tx, suivi.id, &texte, echeance).await?;
        envoyes += 1;
    }
    tx.commit().await?;
    Ok(envoyes)
}
