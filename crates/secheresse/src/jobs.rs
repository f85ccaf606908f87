//! Background jobs of the module.
//!
//! Subscriber mails after each publication, the daily recomputation of what is in force, the DDT reminders before an arrêté ends (D-15 and D-2) and the purge of unconfirmed subscriptions.

use chrono::{Duration, Utc};
use serde_json::json;
use socle::AppState;
use socle::audit::Actor;
use socle::db::{Query, now};
use socle::jobs::{Every, JobFuture, JobHandler, Schedule};
use socle::mail::{self, Mail};

use crate::abonnement;
use crate::domain::nomenclature::StatutArrete;
use crate::publication::{self, Declencheur};
use crate::store::{self, abonnements};

/// Mails the subscribers whose level changed; enqueued by every publication, so mails leave within the
/// worker's next ticks, not in a daily batch.
pub const NOTIFIER: JobHandler = JobHandler {
    kind: "secheresse.notifier",
    max_attempts: 5,
    run: notifier,
};

/// Recomputes the zones in force for the new day (arrêtés starting or ending) and publishes when they changed.
pub const RECALCUL: JobHandler = JobHandler {
    kind: "secheresse.recalcul",
    max_attempts: 3,
    run: recalcul,
};

/// Reminds the agents of a département that an arrêté de restriction ends in 15 and in 2 days.
pub const RAPPELS: JobHandler = JobHandler {
    kind: "secheresse.rappels",
    max_attempts: 3,
    run: rappels,
};

/// Deletes subscriptions never confirmed after [`abonnement::VALIDITE_CONFIRMATION`].
pub const PURGE: JobHandler = JobHandler {
    kind: "secheresse.purge",
    max_attempts: 3,
    run: purge,
};

/// Every job kind of the module.
pub fn handlers() -> Vec<JobHandler> {
    vec![NOTIFIER, RECALCUL, RAPPELS, PURGE]
}

/// The periodic runs, in Paris time.
pub fn schedules() -> Vec<Schedule> {
    vec![
        // Just after midnight: orders start and end at the Paris civil day (spec §3.4).
        Schedule {
            name: "secheresse.recalcul",
            kind: RECALCUL.kind,
            every: Every::DailyAt { hour: 0, minute: 5 },
        },
        Schedule {
            name: "secheresse.rappels",
            kind: RAPPELS.kind,
            every: Every::DailyAt { hour: 8, minute: 0 },
        },
        Schedule {
            name: "secheresse.purge",
            kind: PURGE.kind,
            every: Every::DailyAt {
                hour: 3,
                minute: 40,
            },
        },
    ]
}

fn notifier(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        // Another process may have published: catch up with the latest snapshot before comparing.
        publication::refresh(&app).await?;
        let sent = abonnement::notifier(&app).await?;
        tracing::info!(courriels = sent, "abonnés sécheresse prévenus");
        Ok(())
    })
}

fn recalcul(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        publication::publier(
            &app,
            &Actor::System("secheresse.recalcul"),
            "recalcul quotidien des arrêtés en vigueur",
            publication::aujourdhui(),
            Declencheur::Planifie,
        )
        .await?;
        Ok(())
    })
}

/// The deadlines of the reminders, in days before the last day of an arrêté.
pub const ECHEANCES: [(&str, i64); 2] = [("J-15", 15), ("J-2", 2)];

fn rappels(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        envoyer_rappels(&app).await?;
        Ok(())
    })
}

/// Sends the reminders that are due (a missed day is caught up); returns how many arrêtés were reminded.
pub async fn envoyer_rappels(app: &AppState) -> anyhow::Result<usize> {
    let jour = publication::aujourdhui();
    let mut db = app.db().clone();
    let ensemble = store::arretes::load(&mut db, &app.config().base_url, false).await?;
    let base = app.config().base_url.trim_end_matches('/').to_owned();
    let mut reminded = 0;
    for stocke in &ensemble.arretes {
        let arrete = &stocke.arrete;
        if matches!(arrete.statut, StatutArrete::AValider | StatutArrete::Abroge) {
            continue;
        }
        let Some(fin) = arrete.fin.effective() else {
            continue;
        };
        let restant = (fin - jour).num_days();
        if restant < 0 {
            continue;
        }
        for (position, (echeance, jours)) in ECHEANCES.into_iter().enumerate() {
            // Only the most urgent deadline reached is sent: an arrêté published two days before its end
            // gets the D-2 reminder alone.
            let superseded = ECHEANCES
                .get(position + 1)
                .is_some_and(|(_, next)| restant <= *next);
            if restant > jours || superseded {
                continue;
            }
            let mut tx = app.db().begin().await?;
            let inserted = tx
                .execute(
                    Query::new(
                        "INSERT INTO secheresse_rappels (arrete_restriction_id, echeance, date_fin, sent_at) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                    )
                    .bind(arrete.id)
                    .bind(echeance)
                    .bind(fin)
                    .bind(now()),
                )
                .await?;
            if inserted == 0 {
                // Already sent: end the transaction at once rather than leave it to a drop.
                tx.commit().await?;
                continue;
            }
            let agents: Vec<String> = tx
                .fetch_scalars(
                    Query::new(
                        "SELECT u.email FROM users u JOIN user_roles r ON r.user_id = u.id \
                         WHERE r.module = 'secheresse' AND r.role = $1 AND r.organisation = $2 \
                         AND u.disabled_at IS NULL ORDER BY u.email",
                    )
                    .bind(crate::ROLE_AGENT)
                    .bind(arrete.departement.as_str()),
                )
                .await?;
            for agent in &agents {
                mail::queue(
                    &mut tx,
                    app,
                    &Mail {
                        to: agent.clone(),
                        subject: format!(
                            "Arrêté sécheresse {} : fin le {} ({echeance})",
                            arrete.numero,
                            fin.format("%d/%m/%Y")
                        ),
                        text: format!(
                            "Bonjour,\n\nL'arrêté de restriction {} du département {} prend fin le {} ({restant} jour(s)). \
                             S'il doit être prolongé, préparez le nouvel arrêté dès maintenant pour éviter une \
                             interruption des mesures (article R211-67 du code de l'environnement).\n\n{base}/secheresse/gestion/arretes-restriction/{}\n",
                            arrete.numero,
                            arrete.departement,
                            fin.format("%d/%m/%Y"),
                            arrete.id
                        ),
                        html: None,
                    },
                )
                .await?;
            }
            socle::audit::record(
                &mut tx,
                socle::audit::Entry {
                    actor: &Actor::System("secheresse.rappels"),
                    module: "secheresse",
                    action: "rappel_fin_arrete",
                    target: &crate::gestion::cible(crate::store::arretes::Table::Restriction, arrete.id),
                    summary: &format!(
                        "Rappel {echeance} de la fin de l'arrêté {} envoyé à {} agent(s)",
                        arrete.numero,
                        agents.len()
                    ),
                    details: json!({ "echeance": echeance, "date_fin": fin.to_string(), "agents": agents.len() }),
                },
            )
            .await?;
            tx.commit().await?;
            reminded += 1;
        }
    }
    Ok(reminded)
}

fn purge(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        let mut tx = app.db().begin().await?;
        let purged = abonnements::purge_unconfirmed(
            &mut tx,
            Utc::now() - abonnement::VALIDITE_CONFIRMATION - Duration::hours(1),
        )
        .await?;
        if purged > 0 {
            socle::audit::record(
                &mut tx,
                socle::audit::Entry {
                    actor: &Actor::System("secheresse.purge"),
                    module: "secheresse",
                    action: "purger_abonnements",
                    target: "abonnements",
                    summary: &format!("{purged} abonnement(s) jamais confirmé(s) supprimé(s)"),
                    details: json!({ "supprimes": purged }),
                },
            )
            .await?;
        }
        tx.commit().await?;
        tracing::info!(abonnements = purged, "abonnements non confirmés supprimés");
        Ok(())
    })
}
