//! After the selection: onboarding a laureate behind the sponsor gate, and the committees of a startup (decision,
//! next committee at most six calendar months later, runway and its alerts).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use socle::auth::CurrentUser;
use socle::web::layout::PageContext;
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};
use tower_sessions::Session;

use super::{Miette, date_fr, fil, lire, nombre_fr, option_texte, succes};
use crate::acces;
use crate::domain::candidature::StatutCandidature;
use crate::domain::comite::{Comite, EngagementSponsor, document_due, runway_alerts};
use crate::domain::ids::OrganisationId;
use crate::domain::phase::PhaseCode;
use crate::service::suivi::{Embarquement, SaisieComite, decision_from_form};
use crate::service::{self, Acteur, paris_today};
use crate::store::{catalogue, suivi};

#[derive(Template)]
#[template(path = "incubateur/embarquement.html")]
struct EmbarquementPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    intitule: String,
    fiche_signee: bool,
    sponsor: String,
    jours_liberes: u8,
    ligne_budgetaire: bool,
    manquantes: Vec<String>,
    startup: Option<String>,
    organisations: Vec<(String, String)>,
    identifiant: String,
    probleme: String,
}

/// `GET /incubateur/candidatures/{id}/embarquement`: the sponsor gate of a laureate (team).
pub async fn embarquement(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let stockee = service::candidatures::charger(&mut app.db(), id).await?;
    let appel = service::appels::charger(&mut app.db(), stockee.appel_id).await?;
    acces::require(acces::is_admin_of(&user, appel.appel.incubateur.as_str()))?;
    if stockee.statut() != StatutCandidature::Laureat {
        return Err(AppError::Conflict(format!(
            "seul un lauréat peut être embarqué (candidature à l'état « {} »)",
            stockee.statut()
        )));
    }
    let catalogue = catalogue::current(&app).await?;
    let engagement = suivi::engagement(&mut app.db(), id).await?;
    let actuel = engagement
        .as_ref()
        .map(|e| e.engagement.clone())
        .unwrap_or_default();
    let mut organisations: Vec<(String, String)> = catalogue
        .organisations
        .iter()
        .map(|o| (o.id.to_string(), catalogue.organisation_name(o.id.as_str())))
        .collect();
    organisations.sort_by(|a, b| a.1.cmp(&b.1));
    render(&EmbarquementPage {
        fil: fil(&[
            (
                "Candidatures",
                Some(format!("/incubateur/candidatures/{id}")),
            ),
            ("Embarquement", None),
        ]),
        ctx,
        id,
        intitule: stockee.intitule.clone(),
        fiche_signee: actuel.fiche_signee,
        sponsor: actuel
            .sponsor
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        jours_liberes: actuel.jours_liberes,
        ligne_budgetaire: actuel.ligne_budgetaire_envisagee,
        manquantes: actuel.missing().iter().map(ToString::to_string).collect(),
        startup: engagement.and_then(|e| e.startup_id),
        organisations,
        identifiant: String::new(),
        probleme: stockee.reponse_texte("probleme"),
    })
}

/// The onboarding form.
#[derive(Debug, Deserialize)]
pub struct EmbarquementForm {
    fiche_signee: Option<String>,
    #[serde(default)]
    sponsor: String,
    #[serde(default)]
    jours_liberes: u8,
    ligne_budgetaire: Option<String>,
    #[serde(default)]
    action: String,
    #[serde(default)]
    identifiant: String,
    #[serde(default)]
    titre: String,
    #[serde(default)]
    mission: String,
}

/// `POST /incubateur/candidatures/{id}/embarquement`: records the commitment; with `action=creer`, creates the
/// startup when the gate is open.
pub async fn embarquer(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: EmbarquementForm = lire(&body)?;
    let sponsor = option_texte(&form.sponsor)
        .map(|s| {
            OrganisationId::parse(&s)
                .map_err(|error| AppError::invalid_field("sponsor", error.to_string()))
        })
        .transpose()?;
    let embarquement = Embarquement {
        engagement: EngagementSponsor {
            fiche_signee: form.fiche_signee.is_some(),
            sponsor,
            jours_liberes: form.jours_liberes,
            ligne_budgetaire_envisagee: form.ligne_budgetaire.is_some(),
        },
        startup: (form.action == "creer").then(|| {
            (
                form.identifiant.clone(),
                form.titre.clone(),
                form.mission.clone(),
            )
        }),
    };
    let cree = service::suivi::embarquer(
        &app,
        &Acteur::Personne(&user),
        id,
        &embarquement,
        paris_today(),
    )
    .await?;
    match cree {
        Some(startup) => {
            succes(
                &session,
                format!("La startup « {startup} » est créée en investigation ; les missions de l'intrapreneur et du coach sont à valider."),
                &format!("/incubateur/startups/{startup}"),
            )
            .await
        }
        None => succes(&session, "L'engagement du sponsor est enregistré.", &format!("/incubateur/candidatures/{id}/embarquement")).await,
    }
}

/// A committee, shown.
#[derive(Debug)]
pub struct LigneComite {
    date: String,
    decision: String,
    motif: String,
    prochain: String,
    financement: String,
    impact: String,
}

#[derive(Template)]
#[template(path = "incubateur/comites.html")]
struct ComitesPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: String,
    titre: String,
    phase: String,
    equipe: bool,
    lignes: Vec<LigneComite>,
    prochain: Option<String>,
    document: Option<String>,
    alertes: Vec<String>,
    phases: Vec<(String, String)>,
}

fn libelle_decision(code: &str) -> &'static str {
    match code {
        "renouvellement" => "Renouvellement (6 mois)",
        "provisoire" => "Prolongation provisoire",
        "changement_phase" => "Changement de phase",
        "arret" => "Arrêt",
        _ => "Décision",
    }
}

/// `GET /incubateur/startups/{id}/comites`: committees of a startup (team, sponsor, coach, team members).
pub async fn comites(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let startup = catalogue
        .startup(&id)
        .ok_or_else(|| AppError::NotFound(format!("la startup « {id} » n'existe pas")))?;
    acces::require(acces::follows_startup(
        &user,
        &id,
        startup.incubator.as_str(),
    ))?;
    let comites = suivi::comites(&mut app.db(), &id).await?;
    let dernier = comites.first();
    let phase = startup.current_phase();
    render(&ComitesPage {
        fil: fil(&[
            ("Startups", Some("/incubateur/startups".to_owned())),
            (
                startup.title.as_str(),
                Some(format!("/incubateur/startups/{id}")),
            ),
            ("Comités", None),
        ]),
        ctx,
        titre: startup.title.clone(),
        phase: phase.map_or_else(|| "Aucune phase".to_owned(), |p| p.label().to_owned()),
        equipe: acces::is_admin_of(&user, startup.incubator.as_str()),
        prochain: dernier.and_then(|c| c.prochain_comite).map(date_fr),
        document: dernier
            .and_then(|c| c.prochain_comite)
            .map(|d| date_fr(document_due(d))),
        alertes: dernier
            .and_then(|c| c.fin_financement)
            .map(|fin| runway_alerts(fin).into_iter().map(date_fr).collect())
            .unwrap_or_default(),
        lignes: comites
            .iter()
            .map(|c| LigneComite {
                date: date_fr(c.date),
                decision: match (&c.vers_phase, c.mois) {
                    (Some(vers), _) => format!(
                        "{} vers « {} »",
                        libelle_decision(&c.decision),
                        vers.parse::<PhaseCode>()
                            .map_or(vers.clone(), |p| p.label().to_owned())
                    ),
                    (None, Some(mois)) => {
                        format!("{} de {mois} mois", libelle_decision(&c.decision))
                    }
                    _ => libelle_decision(&c.decision).to_owned(),
                },
                motif: c.motif.clone(),
                prochain: c.prochain_comite.map(date_fr).unwrap_or_default(),
                financement: c.fin_financement.map(date_fr).unwrap_or_default(),
                impact: match (&c.niveau_impact, c.north_star) {
                    (Some(niveau), Some(valeur)) => {
                        format!("{niveau}, étoile du nord {}", nombre_fr(valeur, 0))
                    }
                    (Some(niveau), None) => niveau.clone(),
                    (None, Some(valeur)) => format!("étoile du nord {}", nombre_fr(valeur, 0)),
                    (None, None) => String::new(),
                },
            })
            .collect(),
        phases: phase
            .map(|p| {
                p.nominal_moves()
                    .iter()
                    .map(|m| (m.code().to_owned(), m.label().to_owned()))
                    .collect()
            })
            .unwrap_or_default(),
        id,
    })
}

/// The committee form.
#[derive(Debug, Deserialize)]
pub struct ComiteForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    mois: String,
    #[serde(default)]
    vers_phase: String,
    #[serde(default)]
    motif: String,
    #[serde(default)]
    budget_confirme: String,
    #[serde(default)]
    fin_financement: String,
    #[serde(default)]
    niveau_impact: String,
    #[serde(default)]
    north_star: String,
}

/// Impact-matrix levels.
const NIVEAUX_IMPACT: [&str; 5] = ["utilisable", "utilisé", "utile", "impactant", "efficient"];

/// `POST /incubateur/startups/{id}/comites`: records a committee (team).
pub async fn enregistrer_comite(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<String>,
    body: String,
) -> AppResult<Response> {
    let form: ComiteForm = lire(&body)?;
    let date = crate::domain::dates::parse_civil_date(form.date.trim()).ok_or_else(|| {
        AppError::invalid_field("date", "« Date du comité » : attendu AAAA-MM-JJ")
    })?;
    let mois = option_texte(&form.mois)
        .map(|m| {
            m.parse::<u8>()
                .map_err(|_| AppError::invalid_field("mois", "« Durée » : 1 ou 2 mois"))
        })
        .transpose()?;
    let decision = decision_from_form(
        form.decision.trim(),
        mois,
        option_texte(&form.vers_phase).as_deref(),
    )?;
    let motif = form.motif.trim().to_owned();
    if motif.is_empty() {
        return Err(AppError::invalid_field(
            "motif",
            "« Motif » : la décision du comité doit être motivée",
        ));
    }
    let budget_confirme = option_texte(&form.budget_confirme)
        .map(|b| {
            b.replace([' ', '\u{a0}'], "").parse::<i64>().map_err(|_| {
                AppError::invalid_field(
                    "budget_confirme",
                    "« Budget confirmé » : un montant en euros",
                )
            })
        })
        .transpose()?;
    let fin_financement = option_texte(&form.fin_financement)
        .map(|d| {
            crate::domain::dates::parse_civil_date(&d).ok_or_else(|| {
                AppError::invalid_field(
                    "fin_financement",
                    "« Fin du financement » : attendu AAAA-MM-JJ",
                )
            })
        })
        .transpose()?;
    let niveau_impact = option_texte(&form.niveau_impact);
    if niveau_impact
        .as_deref()
        .is_some_and(|n| !NIVEAUX_IMPACT.contains(&n))
    {
        return Err(AppError::invalid_field(
            "niveau_impact",
            "« Niveau d'impact » : utilisable, utilisé, utile, impactant ou efficient",
        ));
    }
    let north_star = option_texte(&form.north_star)
        .map(|n| {
            n.replace(',', ".").parse::<f64>().map_err(|_| {
                AppError::invalid_field("north_star", "« Étoile du nord » : un nombre")
            })
        })
        .transpose()?;
    service::suivi::enregistrer_comite(
        &app,
        &Acteur::Personne(&user),
        &id,
        &SaisieComite {
            comite: Comite {
                date,
                decision,
                motif,
                budget_confirme,
                fin_financement,
            },
            niveau_impact,
            north_star,
        },
    )
    .await?;
    succes(
        &session,
        "Le comité est enregistré.",
        &format!("/incubateur/startups/{id}/comites"),
    )
    .await
}
