//! After the selection: onboarding of laureates behind the sponsor gate, committees, and the funnel of a call.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use socle::AppError;
use socle::auth::RoleGrant;

use super::{Acteur, journaliser, modifie_entre_temps, refus};
use crate::acces;
use crate::domain::candidature::StatutCandidature;
use crate::domain::comite::{
    Comite, ComiteError, DecisionComite, EngagementSponsor, Laureat, apply_committee, onboard,
    push_phase,
};
use crate::domain::entonnoir::{EtapeEntonnoir, Parcours, funnel};
use crate::domain::ids::{IncubateurId, StartupId};
use crate::domain::membre::RoleStartup;
use crate::domain::phase::PhaseCode;
use crate::store::catalogue::{self, Catalogue};
use crate::store::suivi::{self, ComiteStocke};
use crate::store::{Conn, candidatures};

/// What the team fills in to onboard a laureate.
#[derive(Debug, Clone)]
pub struct Embarquement {
    /// The sponsor's commitment.
    pub engagement: EngagementSponsor,
    /// Id chosen for the startup (file name on beta.gouv.fr), product name and mission; when given, the startup is
    /// created if the gate is open.
    pub startup: Option<(String, String, String)>,
}

/// Records the sponsor's commitment of a laureate and, when asked, creates its startup behind the sponsor gate.
///
/// The startup starts in `investigation` with the intrapreneur and coach missions; the agent joins its team.
pub async fn embarquer(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    candidature_id: i64,
    embarquement: &Embarquement,
    date: NaiveDate,
) -> Result<Option<String>, AppError> {
    let mut tx = app.db().begin().await?;
    let stockee = super::candidatures::charger(&mut tx, candidature_id).await?;
    let appel = super::appels::charger(&mut tx, stockee.appel_id).await?;
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, appel.appel.incubateur.as_str()))?;
    }
    if stockee.statut() != StatutCandidature::Laureat {
        return Err(AppError::Conflict(format!(
            "seul un lauréat peut être embarqué (candidature à l'état « {} »)",
            stockee.statut()
        )));
    }
    let deja = suivi::engagement(&mut tx, candidature_id).await?;
    if let Some(startup) = deja.as_ref().and_then(|d| d.startup_id.as_ref()) {
        return Err(AppError::Conflict(format!(
            "ce lauréat est déjà devenu la startup « {startup} »"
        )));
    }
    let mut creee = None;
    if let Some((id, titre, mission)) = &embarquement.startup {
        let startup_id = StartupId::parse(id.trim())
            .map_err(|error| AppError::invalid_field("startup", error.to_string()))?;
        let laureat = Laureat {
            startup: startup_id.clone(),
            title: titre.trim().to_owned(),
            mission: mission.trim().to_owned(),
            incubateur: IncubateurId::parse(appel.appel.incubateur.as_str())
                .map_err(|error| AppError::invalid_field("incubateur", error.to_string()))?,
        };
        if laureat.title.is_empty() || laureat.mission.is_empty() {
            return Err(AppError::invalid_field(
                "startup",
                "le nom du produit et sa mission sont obligatoires",
            ));
        }
        let (startup, missions) =
            onboard(&laureat, &embarquement.engagement, date).map_err(|missing| {
                refus(
                    "engagement",
                    missing.iter().map(ToString::to_string).collect(),
                )
            })?;
        catalogue::insert_startup(&mut tx, &startup)
            .await
            .map_err(|error| match error {
                socle::db::DbError::Constraint(_) => AppError::invalid_field(
                    "startup",
                    format!("l'identifiant « {startup_id} » est déjà celui d'une startup"),
                ),
                other => other.into(),
            })?;
        for mission in missions {
            let (user_id, libelle) = match mission.role {
                RoleStartup::Intrapreneur => (
                    stockee.user_id,
                    "Intrapreneur, agent porteur du projet".to_owned(),
                ),
                RoleStartup::Coach => (None, "Coach (à désigner par l'incubateur)".to_owned()),
                RoleStartup::Equipe => (None, "Équipe".to_owned()),
            };
            suivi::insert_mission(
                &mut tx,
                startup_id.as_str(),
                mission.role,
                user_id,
                &libelle,
                mission.start,
                "a_valider",
            )
            .await?;
        }
        if let Some(agent) = stockee.user_id {
            socle::auth::store::grant_role(
                &mut tx,
                agent,
                &RoleGrant {
                    module: crate::MODULE.to_owned(),
                    role: acces::ROLE_EQUIPE.to_owned(),
                    organisation: Some(startup_id.to_string()),
                },
                acteur.user_id(),
            )
            .await?;
        }
        creee = Some(startup_id.to_string());
    }
    suivi::upsert_engagement(
        &mut tx,
        candidature_id,
        &embarquement.engagement,
        creee.as_deref(),
    )
    .await?;
    let resume = match &creee {
        Some(id) => {
            format!("Lauréat {candidature_id} embarqué : startup « {id} » en investigation")
        }
        None => format!("Engagement du sponsor enregistré pour le lauréat {candidature_id}"),
    };
    journaliser(
        &mut tx,
        acteur,
        if creee.is_some() { "embarquer" } else { "enregistrer_engagement" },
        &stockee.cible(),
        &resume,
        serde_json::json!({ "startup": creee, "conditions_manquantes": embarquement.engagement.missing().len() }),
    )
    .await?;
    tx.commit().await?;
    Ok(creee)
}

/// What the team records for a committee.
#[derive(Debug, Clone)]
pub struct SaisieComite {
    /// The committee as the domain sees it.
    pub comite: Comite,
    /// Impact-matrix level.
    pub niveau_impact: Option<String>,
    /// North Star value.
    pub north_star: Option<f64>,
}

/// Maps a refusal of a committee decision to an answer carrying its French message.
fn erreur_comite(error: ComiteError) -> AppError {
    match error {
        ComiteError::DureeProvisoire(_) => AppError::invalid_field("mois", error.to_string()),
        ComiteError::BudgetInsuffisant(_) => {
            AppError::invalid_field("budget_confirme", error.to_string())
        }
        _ => AppError::Conflict(error.to_string()),
    }
}

/// Records a committee: its decision applies to the startup (committee event, phase change or stop, next committee
/// at most six calendar months later, runway alerts).
pub async fn enregistrer_comite(
    app: &socle::AppState,
    acteur: &Acteur<'_>,
    startup_id: &str,
    saisie: &SaisieComite,
) -> Result<ComiteStocke, AppError> {
    let mut tx = app.db().begin().await?;
    let Some((mut startup, version)) = catalogue::find_startup(&mut tx, startup_id).await? else {
        return Err(AppError::NotFound(format!(
            "la startup « {startup_id} » n'existe pas"
        )));
    };
    if let Some(user) = acteur.user() {
        acces::require(acces::is_admin_of(user, startup.incubator.as_str()))?;
    }
    let effet = apply_committee(&startup, &saisie.comite).map_err(erreur_comite)?;
    let mut evenements = startup.events.take().unwrap_or_default();
    evenements.extend(effet.evenements.iter().cloned());
    startup.events = Some(evenements);
    if let Some(phase) = effet.nouvelle_phase.clone() {
        push_phase(&mut startup.phases, phase);
    }
    if !catalogue::update_startup(&mut tx, &startup, version).await? {
        return Err(modifie_entre_temps("la startup"));
    }
    let (mois, vers) = match saisie.comite.decision {
        DecisionComite::Provisoire { mois } => (Some(i64::from(mois)), None),
        DecisionComite::ChangementPhase { vers } => (None, Some(vers.code().to_owned())),
        _ => (None, None),
    };
    let mut stocke = ComiteStocke {
        id: 0,
        startup_id: startup_id.to_owned(),
        date: saisie.comite.date,
        decision: saisie.comite.decision.code().to_owned(),
        mois,
        vers_phase: vers,
        motif: saisie.comite.motif.clone(),
        budget_confirme: saisie.comite.budget_confirme,
        fin_financement: saisie.comite.fin_financement,
        prochain_comite: effet.prochain_comite,
        niveau_impact: saisie.niveau_impact.clone(),
        north_star: saisie.north_star,
        created_at: socle::db::now(),
    };
    stocke.id = suivi::insert_comite(&mut tx, &stocke, acteur.user_id()).await?;
    journaliser(
        &mut tx,
        acteur,
        "comite",
        &format!("startup:{startup_id}"),
        &format!(
            "Comité du {} pour « {} » : {}",
            saisie.comite.date.format("%d/%m/%Y"),
            startup_id,
            saisie.comite.decision.label()
        ),
        serde_json::json!({
            "decision": saisie.comite.decision.code(),
            "nouvelle_phase": effet.nouvelle_phase.map(|p| p.name.code()),
            "prochain_comite": effet.prochain_comite,
        }),
    )
    .await?;
    tx.commit().await?;
    Ok(stocke)
}

/// The decision of a committee from its form fields.
pub fn decision_from_form(
    code: &str,
    mois: Option<u8>,
    vers: Option<&str>,
) -> Result<DecisionComite, AppError> {
    match code {
        "renouvellement" => Ok(DecisionComite::Renouvellement),
        "provisoire" => Ok(DecisionComite::Provisoire {
            mois: mois.ok_or_else(|| {
                AppError::invalid_field(
                    "mois",
                    "indiquez la durée de la prolongation (1 ou 2 mois)",
                )
            })?,
        }),
        "changement_phase" => {
            let vers = vers.unwrap_or_default();
            let phase = vers
                .parse::<PhaseCode>()
                .map_err(|error| AppError::invalid_field("vers_phase", error.to_string()))?;
            Ok(DecisionComite::ChangementPhase { vers: phase })
        }
        "arret" => Ok(DecisionComite::Arret),
        other => Err(AppError::invalid_field(
            "decision",
            format!(
                "décision inconnue « {other} » (renouvellement, provisoire, changement_phase ou arret)"
            ),
        )),
    }
}

/// The funnel of a call: submissions reaching each step, then the startups they became.
pub async fn entonnoir(
    conn: &mut impl Conn,
    catalogue: &Catalogue,
    appel_id: i64,
) -> Result<Vec<(EtapeEntonnoir, usize)>, AppError> {
    let candidatures = candidatures::list_by_appel_with_journals(conn, appel_id).await?;
    let startups: BTreeMap<i64, String> = suivi::startups_of_call(conn, appel_id)
        .await?
        .into_iter()
        .collect();
    let parcours: Vec<Parcours<'_>> = candidatures
        .iter()
        .map(|c| Parcours {
            candidature: &c.candidature,
            startup: startups.get(&c.id).and_then(|id| catalogue.startup(id)),
        })
        .collect();
    Ok(funnel(&parcours))
}
