//! Background jobs of the module, run by the platform's durable queue.
//!
//! - `incubateur.alertes_comites` (daily): runway alerts at D−45 and D−30 before the end of a startup's money, sent
//!   once each to the incubator team and the startup's sponsor, coach and team;
//! - `incubateur.conservation` (daily): non-selected submissions of archived calls are announced 14 days ahead, then
//!   anonymised once their retention period is over;
//! - `incubateur.cloture_appels` (every 5 minutes): published calls past their closing time are closed.
//!
//! Each job takes an optional `{"date": "YYYY-MM-DD"}` (or `{"maintenant": "YYYY-MM-DDTHH:MM:SS"}`) payload that
//! replaces the clock: the tests replay a calendar with it, and an operator can catch up a missed day.

use std::time::Duration;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _, Utc};
use chrono_tz::Europe::Paris;
use socle::AppState;
use socle::jobs::{Every, JobFuture, JobHandler, Schedule};
use socle::mail::{self, Mail};

use crate::acces::{ROLE_ADMIN, ROLE_COACH, ROLE_EQUIPE, ROLE_SPONSOR};
use crate::domain::appel::{ActionAppel, PREAVIS_PURGE_JOURS, StatutAppel};
use crate::domain::candidature::StatutCandidature;
use crate::domain::comite::ALERTES_JOURS;
use crate::service::{self, Acteur, journaliser};
use crate::store::{appels, candidatures, catalogue, email_of, emails_with_role, suivi};

/// Runway alerts.
pub const ALERTES_COMITES: JobHandler = JobHandler {
    kind: "incubateur.alertes_comites",
    max_attempts: 5,
    run: run_alertes_comites,
};

/// Retention of non-selected submissions.
pub const CONSERVATION: JobHandler = JobHandler {
    kind: "incubateur.conservation",
    max_attempts: 5,
    run: run_conservation,
};

/// Automatic closing of calls.
pub const CLOTURE_APPELS: JobHandler = JobHandler {
    kind: "incubateur.cloture_appels",
    max_attempts: 3,
    run: run_cloture_appels,
};

fn run_alertes_comites(app: AppState, payload: serde_json::Value) -> JobFuture {
    Box::pin(alertes_comites(app, payload))
}

fn run_conservation(app: AppState, payload: serde_json::Value) -> JobFuture {
    Box::pin(conservation(app, payload))
}

fn run_cloture_appels(app: AppState, payload: serde_json::Value) -> JobFuture {
    Box::pin(cloture_appels(app, payload))
}

/// The job handlers of the module.
pub fn handlers() -> Vec<JobHandler> {
    vec![ALERTES_COMITES, CONSERVATION, CLOTURE_APPELS]
}

/// The schedules of the module.
pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule {
            name: "incubateur.alertes_comites",
            kind: ALERTES_COMITES.kind,
            every: Every::DailyAt { hour: 7, minute: 0 },
        },
        Schedule {
            name: "incubateur.conservation",
            kind: CONSERVATION.kind,
            every: Every::DailyAt {
                hour: 4,
                minute: 30,
            },
        },
        Schedule {
            name: "incubateur.cloture_appels",
            kind: CLOTURE_APPELS.kind,
            every: Every::Interval(Duration::from_secs(300)),
        },
    ]
}

/// The civil date of a payload's `date`, else today in Paris.
fn jour(payload: &serde_json::Value) -> anyhow::Result<NaiveDate> {
    match payload.get("date").and_then(serde_json::Value::as_str) {
        Some(text) => crate::domain::dates::parse_civil_date(text)
            .ok_or_else(|| anyhow::anyhow!("date invalide « {text} » (attendu AAAA-MM-JJ)")),
        None => Ok(service::paris_today()),
    }
}

/// The Paris civil time of a payload's `maintenant`, else now.
fn maintenant(payload: &serde_json::Value) -> anyhow::Result<NaiveDateTime> {
    match payload
        .get("maintenant")
        .and_then(serde_json::Value::as_str)
    {
        Some(text) => NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S").map_err(|_| {
            anyhow::anyhow!("instant invalide « {text} » (attendu AAAA-MM-JJTHH:MM:SS)")
        }),
        None => Ok(service::paris_now()),
    }
}

/// Midnight of a Paris civil date, as an instant.
fn minuit(date: NaiveDate) -> chrono::DateTime<Utc> {
    Paris
        .from_local_datetime(&date.and_time(NaiveTime::MIN))
        .earliest()
        .map_or_else(
            || date.and_time(NaiveTime::MIN).and_utc(),
            |local| local.with_timezone(&Utc),
        )
}

async fn alertes_comites(app: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let today = jour(&payload)?;
    let catalogue = catalogue::current(&app).await?;
    for comite in suivi::derniers_comites(&mut app.db()).await? {
        let Some(fin) = comite.fin_financement else {
            continue;
        };
        if today > fin {
            continue;
        }
        for jours in ALERTES_JOURS {
            let seuil = fin
                .checked_sub_days(Days::new(jours))
                .unwrap_or(NaiveDate::MIN);
            if today < seuil {
                continue;
            }
            let mut tx = app.db().begin().await?;
            if !suivi::mark_alerte(&mut tx, comite.id, i64::try_from(jours).unwrap_or_default())
                .await?
            {
                continue;
            }
            let incubateur = catalogue
                .startup(&comite.startup_id)
                .map(|s| s.incubator.to_string())
                .unwrap_or_default();
            let mut destinataires = emails_with_role(&mut tx, ROLE_ADMIN, &incubateur).await?;
            for role in [ROLE_SPONSOR, ROLE_COACH, ROLE_EQUIPE] {
                destinataires.extend(emails_with_role(&mut tx, role, &comite.startup_id).await?);
            }
            destinataires.sort();
            destinataires.dedup();
            let titre = catalogue
                .startup(&comite.startup_id)
                .map_or_else(|| comite.startup_id.clone(), |s| s.title.clone());
            for to in destinataires {
                mail::queue(
                    &mut tx,
                    &app,
                    &Mail {
                        to,
                        subject: format!("Comité à préparer : {titre} — financement jusqu'au {}", fin.format("%d/%m/%Y")),
                        text: format!(
                            "Bonjour,\n\nLe financement de « {titre} » court jusqu'au {} (J−{jours}). Le prochain comité \
                             d'investissement doit se tenir 30 à 45 jours avant cette date{} ; le document de comité est \
                             attendu 7 jours avant la séance.\n\nSuivi des comités : {}/incubateur/startups/{}/comites\n",
                            fin.format("%d/%m/%Y"),
                            comite
                                .prochain_comite
                                .map(|d| format!(" (prévu le {})", d.format("%d/%m/%Y")))
                                .unwrap_or_default(),
                            app.config().base_url,
                            comite.startup_id
                        ),
                        html: None,
                    },
                )
                .await?;
            }
            journaliser(
                &mut tx,
                &Acteur::Systeme("alertes_comites"),
                "alerte_comite",
                &format!("startup:{}", comite.startup_id),
                &format!(
                    "Alerte J−{jours} avant la fin du financement de « {} »",
                    comite.startup_id
                ),
                serde_json::json!({ "comite": comite.id, "jours": jours }),
            )
            .await?;
            tx.commit().await?;
        }
    }
    Ok(())
}

/// Whether a submission of an archived call is kept whatever the retention: the laureates (they became startups).
fn conservee(statut: StatutCandidature) -> bool {
    statut == StatutCandidature::Laureat
}

async fn conservation(app: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let today = jour(&payload)?;
    for appel in appels::list_in_state(&mut app.db(), StatutAppel::Archive).await? {
        let (Some(purge), Some(preavis)) =
            (appel.appel.purge_date(), appel.appel.purge_notice_date())
        else {
            continue;
        };
        if today < preavis {
            continue;
        }
        for candidature in candidatures::list_by_appel(&mut app.db(), appel.id, true).await? {
            if conservee(candidature.statut()) || candidature.anonymisee_at.is_some() {
                continue;
            }
            let mut tx = app.db().begin().await?;
            match candidature.preavis_purge_at {
                None => {
                    if let Some(user_id) = candidature.user_id
                        && let Some(email) = email_of(&mut tx, user_id).await?
                    {
                        mail::queue(
                            &mut tx,
                            &app,
                            &Mail {
                                to: email,
                                subject: format!("Suppression prochaine de votre candidature — {}", appel.appel.title),
                                text: format!(
                                    "Bonjour,\n\nVotre candidature « {} » à l'appel « {} » n'a pas été retenue. Conformément \
                                     à la durée de conservation de {} mois annoncée, ses données seront anonymisées à \
                                     partir du {} (dans {PREAVIS_PURGE_JOURS} jours au moins). Vous pouvez d'ici là en \
                                     demander une copie à {}.\n",
                                    candidature.intitule,
                                    appel.appel.title,
                                    appel.appel.retention_months,
                                    purge.max(today + Days::new(PREAVIS_PURGE_JOURS)).format("%d/%m/%Y"),
                                    appel.appel.contact_mailbox.as_deref().unwrap_or("l'équipe de l'incubateur"),
                                ),
                                html: None,
                            },
                        )
                        .await?;
                    }
                    candidatures::mark_notice_sent(&mut tx, candidature.id, minuit(today)).await?;
                    journaliser(
                        &mut tx,
                        &Acteur::Systeme("conservation"),
                        "preavis_purge",
                        &candidature.cible(),
                        &format!(
                            "Préavis d'anonymisation de la candidature {}",
                            candidature.id
                        ),
                        serde_json::json!({ "purge": purge }),
                    )
                    .await?;
                }
                Some(preavis_at) => {
                    let preavis_jour = preavis_at.with_timezone(&Paris).date_naive();
                    if today < purge || today < preavis_jour + Days::new(PREAVIS_PURGE_JOURS) {
                        continue;
                    }
                    candidatures::anonymise(&mut tx, candidature.id).await?;
                    journaliser(
                        &mut tx,
                        &Acteur::Systeme("conservation"),
                        "anonymiser",
                        &candidature.cible(),
                        &format!(
                            "Candidature {} anonymisée au terme de sa durée de conservation",
                            candidature.id
                        ),
                        serde_json::json!({ "appel": appel.id }),
                    )
                    .await?;
                }
            }
            tx.commit().await?;
        }
    }
    Ok(())
}

async fn cloture_appels(app: AppState, payload: serde_json::Value) -> anyhow::Result<()> {
    let maintenant = maintenant(&payload)?;
    for appel in appels::list_in_state(&mut app.db(), StatutAppel::Publie).await? {
        if appel
            .appel
            .closes_at
            .is_some_and(|closes| closes <= maintenant)
        {
            service::appels::transition(
                &app,
                &Acteur::Systeme("cloture_appels"),
                appel.id,
                &ActionAppel::Clore,
                Some(appel.version),
                maintenant,
            )
            .await?;
        }
    }
    Ok(())
}
