//! Benchmarks of the jury's hot paths with 2,000 submissions and 20 jurors seeded (spec §6: p95 < 100 ms for list,
//! score entry and ranking), on the embedded SQLite backend:
//!
//! - at the service layer: the list of a call's submissions, one score entry (a whole transaction with its audit
//!   entry), the ranking (score sheet, normalisation, Krippendorff α, leave-one-juror-out bands);
//! - through the router in process: the team's list page and the deliberation page, as a browser gets them.
//!
//! Criterion gives the mean and its interval; each group also prints p50/p95/p99 of its own samples, the figures the
//! spec asks for.
//!
//! Run: `cargo bench -p incubateur --bench jury`.

use std::hint::black_box;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use criterion::{Criterion, criterion_group, criterion_main};
use incubateur::Incubateur;
use incubateur::domain::appel::{AppelAProjets, StatutAppel};
use incubateur::domain::candidature::{CandidatureId, StatutCandidature};
use incubateur::domain::hasard::Tirage;
use incubateur::domain::ids::IncubateurId;
use incubateur::domain::jury::planning::{ParametresPlanning, Planning};
use incubateur::domain::jury::statistiques::bands_leave_one_out;
use incubateur::domain::perimetre::Perimetre;
use incubateur::service::jury::{DossierJury, Saisie, charger_dossier, noter};
use incubateur::store::jury::{Fonction, Membre, NoteStockee};
use incubateur::store::{appels, candidatures, catalogue, jury};
use socle::auth::{CurrentUser, RoleGrant};
use socle::testing::TestApp;

const SOUMISSIONS: usize = 2000;
const JURES: usize = 20;

struct Banc {
    app: TestApp,
    appel: i64,
    candidatures: Vec<i64>,
    jure_libre: CurrentUser,
}

/// Seeds one call in deliberation with 2,000 auditioned submissions, 20 jurors (19 submitted every score, the
/// 20th scores live) and a frozen plan, straight through the store (the services would audit 40,000 entries).
async fn semer() -> anyhow::Result<Banc> {
    let app = TestApp::sqlite(vec![Arc::new(Incubateur)]).await;
    let db = app.app.db().clone();
    let mut tx = db.begin().await?;
    let mut appel = AppelAProjets::new(
        IncubateurId::parse("mtes")?,
        "Banc de 2 000 candidatures".to_owned(),
        "Mesure".to_owned(),
        Perimetre::premier_appel_fabrique(),
    );
    appel.statut = StatutAppel::Deliberation;
    appel.form_version = Some(1);
    let appel_id = appels::insert(&mut tx, &appel, &[1.0, 1.0, 1.0, 1.0], 7).await?;
    let agent =
        socle::auth::store::create_user(&mut tx, "agent@banc.invalid", "Agent", "!", false, true)
            .await?;
    let mut ids = Vec::with_capacity(SOUMISSIONS);
    for numero in 0..SOUMISSIONS {
        let id = candidatures::insert(
            &mut tx,
            appel_id,
            agent,
            &format!("Problème n° {numero}"),
            1,
        )
        .await?;
        candidatures::set_statut(&mut tx, id, 1, StatutCandidature::Auditionne, Some("tenue"))
            .await?;
        ids.push(id);
    }
    let debut = NaiveDateTime::parse_from_str("2018-01-11 09:00", "%Y-%m-%d %H:%M")?;
    let plan = Planning::build(
        &ids.iter()
            .map(|id| CandidatureId(*id as u64))
            .collect::<Vec<_>>(),
        &ParametresPlanning::standard(debut, 7),
    )?;
    jury::insert_planning(
        &mut tx,
        appel_id,
        &ParametresPlanning::standard(debut, 7),
        "Salle",
        &plan.creneaux,
    )
    .await?;
    let mut jures = Vec::with_capacity(JURES);
    for numero in 0..JURES {
        let email = format!("jure{numero}@banc.invalid");
        let user =
            socle::auth::store::create_user(&mut tx, &email, "Juré", "!", false, true).await?;
        jury::upsert_membre(
            &mut tx,
            appel_id,
            &Membre {
                user_id: user,
                fonction: Fonction::Jure,
                nom: format!("Juré n° {numero}"),
                organisation: None,
            },
        )
        .await?;
        jures.push((user, email));
    }
    let mut tirage = Tirage::new(2018);
    for (rang, (user, _)) in jures.iter().enumerate().take(JURES - 1) {
        for candidature in &ids {
            let notes: Vec<f64> = (0..4).map(|_| tirage.below(11) as f64 / 2.0).collect();
            let total = notes.iter().sum::<f64>() / 4.0;
            jury::upsert_note(
                &mut tx,
                appel_id,
                &NoteStockee {
                    user_id: *user,
                    candidature_id: *candidature,
                    notes,
                    total: total + rang as f64 * 0.01,
                    note_privee: None,
                },
            )
            .await?;
        }
        jury::insert_soumission(&mut tx, appel_id, *user).await?;
    }
    tx.commit().await?;
    let (libre, email) = jures
        .last()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("aucun juré"))?;
    let grant = RoleGrant {
        module: incubateur::MODULE.to_owned(),
        role: incubateur::acces::ROLE_JURE.to_owned(),
        organisation: Some(appel_id.to_string()),
    };
    let mut tx = db.begin().await?;
    socle::auth::store::grant_role(&mut tx, libre, &grant, None).await?;
    tx.commit().await?;
    // The seed leaves a large write-ahead log; fold it into the base so that the first group does not pay for it.
    db.execute(socle::db::Query::new("PRAGMA wal_checkpoint(TRUNCATE)"))
        .await?;
    // The router's pages are read by a member of the incubator team.
    let equipe = app.sign_in_new_user("equipe@banc.invalid", false).await;
    app.grant(
        equipe,
        incubateur::MODULE,
        incubateur::acces::ROLE_ADMIN,
        Some("mtes"),
    )
    .await;
    Ok(Banc {
        app,
        appel: appel_id,
        candidatures: ids,
        jure_libre: CurrentUser {
            id: libre,
            email,
            display_name: "Juré".to_owned(),
            is_admin: false,
            roles: vec![grant],
            via_api_token: false,
        },
    })
}

/// Prints p50, p95 and p99 of the samples a group collected.
fn percentiles(nom: &str, durees: &Mutex<Vec<Duration>>) {
    let Ok(mut durees) = durees.lock().map(|d| d.clone()) else {
        return;
    };
    if durees.is_empty() {
        return;
    }
    durees.sort();
    let at = |q: f64| durees[((durees.len() - 1) as f64 * q).round() as usize];
    println!(
        "{nom}: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms ({} mesures)",
        at(0.50).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        durees.len()
    );
}

/// Reads the whole score sheet of the seeded call.
async fn charger(banc: &Banc) -> Result<DossierJury, socle::AppError> {
    let catalogue = catalogue::current(&banc.app.app).await?;
    let appel = incubateur::service::appels::charger(&mut banc.app.app.db(), banc.appel).await?;
    charger_dossier(&banc.app.app, &mut banc.app.app.db(), &catalogue, appel).await
}

/// The ranking's computation on a loaded sheet: normalised means, α, leave-one-juror-out bands.
fn classer(dossier: &DossierJury) -> (usize, Option<f64>, usize) {
    let matrice = dossier.feuille.matrix();
    let normalisation = matrice.normalise();
    let alpha = matrice.krippendorff_alpha();
    let bandes = bands_leave_one_out(&matrice);
    (normalisation.normalisees.len(), alpha, bandes.len())
}

fn bench_jury(c: &mut Criterion) {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("runtime : {error}");
            return;
        }
    };
    let banc = match runtime.block_on(semer()) {
        Ok(banc) => banc,
        Err(error) => {
            eprintln!("amorçage du banc : {error:#}");
            return;
        }
    };
    let db = banc.app.app.db().clone();
    let mut groupe = c.benchmark_group("jury, 2 000 candidatures et 20 jurés");
    groupe
        .sample_size(30)
        .measurement_time(Duration::from_secs(8));

    let mesures = Mutex::new(Vec::new());
    groupe.bench_function("service : liste des candidatures d'un appel", |b| {
        b.iter_custom(|iterations| {
            let debut = Instant::now();
            for _ in 0..iterations {
                let une = Instant::now();
                let liste = runtime.block_on(async {
                    let liste = candidatures::list_by_appel(&mut &db, banc.appel, false).await;
                    let comptes = candidatures::count_by_statut(&mut &db, banc.appel).await;
                    liste.map(|l| l.len()).unwrap_or(0) + comptes.map(|c| c.len()).unwrap_or(0)
                });
                black_box(liste);
                if let Ok(mut m) = mesures.lock() {
                    m.push(une.elapsed());
                }
            }
            debut.elapsed()
        })
    });
    percentiles("liste", &mesures);

    let mesures = Mutex::new(Vec::new());
    let mut tirage = Tirage::new(99);
    groupe.bench_function("service : saisie d'une note (transaction et audit)", |b| {
        b.iter_custom(|iterations| {
            let debut = Instant::now();
            for _ in 0..iterations {
                let candidature = banc.candidatures[tirage.below(SOUMISSIONS as u64) as usize];
                let une = Instant::now();
                let total = runtime.block_on(async {
                    let catalogue = catalogue::current(&banc.app.app).await?;
                    let appel =
                        incubateur::service::appels::charger(&mut banc.app.app.db(), banc.appel)
                            .await?;
                    noter(
                        &banc.app.app,
                        &catalogue,
                        &banc.jure_libre,
                        &appel,
                        candidature,
                        Saisie {
                            notes: vec![3.0, 4.0, 2.5, 5.0],
                            note_privee: None,
                        },
                    )
                    .await
                    .map_err(anyhow::Error::from)
                });
                black_box(total.ok());
                if let Ok(mut m) = mesures.lock() {
                    m.push(une.elapsed());
                }
            }
            debut.elapsed()
        })
    });
    percentiles("saisie", &mesures);

    let mesures = Mutex::new(Vec::new());
    groupe.bench_function(
        "service : classement (feuille, normalisation, alpha, bandes)",
        |b| {
            b.iter_custom(|iterations| {
                let debut = Instant::now();
                for _ in 0..iterations {
                    let une = Instant::now();
                    let resultat = runtime
                        .block_on(charger(&banc))
                        .map(|dossier| classer(&dossier));
                    black_box(resultat.ok());
                    if let Ok(mut m) = mesures.lock() {
                        m.push(une.elapsed());
                    }
                }
                debut.elapsed()
            })
        },
    );
    percentiles("classement", &mesures);

    // The two halves of the ranking: reading the sheet, then computing on it.
    let mesures = Mutex::new(Vec::new());
    groupe.bench_function(
        "service : lecture de la feuille de notes (40 000 cellules)",
        |b| {
            b.iter_custom(|iterations| {
                let debut = Instant::now();
                for _ in 0..iterations {
                    let une = Instant::now();
                    black_box(runtime.block_on(charger(&banc)).ok());
                    if let Ok(mut m) = mesures.lock() {
                        m.push(une.elapsed());
                    }
                }
                debut.elapsed()
            })
        },
    );
    percentiles("lecture de la feuille", &mesures);

    if let Ok(dossier) = runtime.block_on(charger(&banc)) {
        let mesures = Mutex::new(Vec::new());
        groupe.bench_function(
            "domaine : normalisation, alpha et bandes sur la feuille lue",
            |b| {
                b.iter_custom(|iterations| {
                    let debut = Instant::now();
                    for _ in 0..iterations {
                        let une = Instant::now();
                        black_box(classer(&dossier));
                        if let Ok(mut m) = mesures.lock() {
                            m.push(une.elapsed());
                        }
                    }
                    debut.elapsed()
                })
            },
        );
        percentiles("calculs du classement", &mesures);
    }

    for (nom, chemin) in [
        (
            "routeur : page de la liste des candidatures",
            format!("/incubateur/appels/{}/candidatures", banc.appel),
        ),
        (
            "routeur : page de délibération",
            format!("/incubateur/appels/{}/deliberation", banc.appel),
        ),
    ] {
        let mesures = Mutex::new(Vec::new());
        groupe.bench_function(nom, |b| {
            b.iter_custom(|iterations| {
                let debut = Instant::now();
                for _ in 0..iterations {
                    let une = Instant::now();
                    let reponse = runtime.block_on(banc.app.get(&chemin));
                    assert_eq!(reponse.status, axum::http::StatusCode::OK, "{chemin}");
                    black_box(reponse.body.len());
                    if let Ok(mut m) = mesures.lock() {
                        m.push(une.elapsed());
                    }
                }
                debut.elapsed()
            })
        });
        percentiles(nom, &mesures);
    }
    groupe.finish();
}

criterion_group!(benches, bench_jury);
criterion_main!(benches);
