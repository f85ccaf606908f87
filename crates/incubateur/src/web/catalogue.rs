//! Public pages of the network's data: the module's home, the startups (list with filters and counts, page), the
//! incubators, and the data-quality page of the incubator teams.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use socle::auth::{CurrentUser, MaybeUser};
use socle::web::layout::PageContext;
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};

use super::{Miette, date_fr, fil};
use crate::acces;
use crate::domain::linter::{RapportQualite, lint};
use crate::domain::phase::PhaseCode;
use crate::domain::regles_phase::{duration_days, effective_end};
use crate::domain::startup::Startup;
use crate::service::paris_now;
use crate::store::catalogue::{self, Catalogue, Facette, Filtres};
use crate::store::{appels, suivi};

/// Startups per page of the list.
const PAR_PAGE: usize = 30;

/// An open call shown on the home page.
#[derive(Debug)]
pub struct AppelOuvert {
    id: i64,
    titre: String,
    cloture: String,
}

#[derive(Template)]
#[template(path = "incubateur/accueil.html")]
struct AccueilPage {
    ctx: PageContext,
    startups: usize,
    actives: usize,
    incubateurs: usize,
    appels_ouverts: Vec<AppelOuvert>,
    connecte: bool,
    equipe: bool,
}

/// `GET /incubateur`.
pub async fn accueil(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let maintenant = paris_now();
    let appels_ouverts = appels::list(&mut app.db())
        .await?
        .into_iter()
        .filter(|a| a.appel.accepts_submissions(maintenant))
        .map(|a| AppelOuvert {
            id: a.id,
            titre: a.appel.title.clone(),
            cloture: a.appel.closes_at.map(super::heure_fr).unwrap_or_default(),
        })
        .collect();
    render(&AccueilPage {
        ctx,
        startups: catalogue.startups.len(),
        actives: catalogue.startups.iter().filter(|s| s.is_active()).count(),
        incubateurs: catalogue.incubateur_ids().len(),
        appels_ouverts,
        connecte: user.is_some(),
        equipe: user.as_ref().is_some_and(acces::is_any_admin),
    })
}

/// Query of the startups list.
#[derive(Debug, Default, Deserialize)]
pub struct StartupsQuery {
    #[serde(default)]
    incubateur: String,
    #[serde(default)]
    phase: String,
    #[serde(default)]
    thematique: String,
    #[serde(default)]
    usertype: String,
    #[serde(default)]
    q: String,
    page: Option<usize>,
}

/// A line of the startups list.
#[derive(Debug)]
pub struct LigneStartup {
    id: String,
    titre: String,
    mission: String,
    incubateur: String,
    phase: String,
    actif: bool,
}

impl LigneStartup {
    fn from_startup(catalogue: &Catalogue, startup: &Startup) -> Self {
        LigneStartup {
            id: startup.id.to_string(),
            titre: startup.title.clone(),
            mission: startup.mission.clone(),
            incubateur: catalogue.incubateur_title(startup.incubator.as_str()),
            phase: startup
                .current_phase()
                .map_or_else(|| "Aucune phase".to_owned(), |p| p.label().to_owned()),
            actif: startup.is_active(),
        }
    }
}

/// A value of a facet with its count.
#[derive(Debug)]
pub struct Choix {
    valeur: String,
    libelle: String,
    nombre: usize,
    choisi: bool,
}

/// Page numbers for the platform's pager partial.
#[derive(Debug)]
pub struct Pager {
    /// Current page, from 1.
    pub page: usize,
    /// Number of pages.
    pub pages: usize,
}

#[derive(Template)]
#[template(path = "incubateur/startups.html")]
struct StartupsPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    total: usize,
    lignes: Vec<LigneStartup>,
    incubateurs: Vec<Choix>,
    phases: Vec<Choix>,
    thematiques: Vec<Choix>,
    usertypes: Vec<Choix>,
    q: String,
    pager: Pager,
    pager_extra: String,
}

fn choix(
    catalogue: &Catalogue,
    filtres: &Filtres,
    facette: Facette,
    choisi: Option<&str>,
    libelle: impl Fn(&str) -> String,
) -> Vec<Choix> {
    catalogue::compter(catalogue, filtres, facette)
        .into_iter()
        .map(|(valeur, nombre)| Choix {
            libelle: libelle(&valeur),
            choisi: choisi == Some(valeur.as_str()),
            valeur,
            nombre,
        })
        .collect()
}

fn libelle_usertype(code: &str) -> String {
    match code {
        "particulier" => "Particuliers",
        "etat" => "État",
        "collectivite-territoriale" => "Collectivités territoriales",
        "parlement" => "Parlement",
        "entreprise" => "Entreprises",
        "association" => "Associations",
        "etablissement-scolaire" => "Établissements scolaires",
        other => other,
    }
    .to_owned()
}

/// `GET /incubateur/startups`: the startups with filters (incubator, phase, theme, user type), counts and pages.
pub async fn startups(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<StartupsQuery>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let filtres = Filtres {
        incubateur: super::option_texte(&query.incubateur),
        phase: super::option_texte(&query.phase),
        thematique: super::option_texte(&query.thematique),
        usertype: super::option_texte(&query.usertype),
        q: super::option_texte(&query.q),
    };
    let found = catalogue::filtrer(&catalogue, &filtres);
    let pages = found.len().div_ceil(PAR_PAGE).max(1);
    let page = query.page.unwrap_or(1).clamp(1, pages);
    let lignes = found
        .iter()
        .skip((page - 1) * PAR_PAGE)
        .take(PAR_PAGE)
        .map(|s| LigneStartup::from_startup(&catalogue, s))
        .collect();
    let mut extra = Vec::new();
    for (cle, valeur) in [
        ("incubateur", &filtres.incubateur),
        ("phase", &filtres.phase),
        ("thematique", &filtres.thematique),
        ("usertype", &filtres.usertype),
        ("q", &filtres.q),
    ] {
        if let Some(valeur) = valeur {
            extra.push((cle, valeur.as_str()));
        }
    }
    let pager_extra = if extra.is_empty() {
        String::new()
    } else {
        format!(
            "&{}",
            serde_urlencoded::to_string(&extra).map_err(AppError::internal)?
        )
    };
    let incubateurs = choix(
        &catalogue,
        &filtres,
        Facette::Incubateur,
        filtres.incubateur.as_deref(),
        |id| catalogue.incubateur_title(id),
    );
    let mut phases = choix(
        &catalogue,
        &filtres,
        Facette::Phase,
        filtres.phase.as_deref(),
        |code| {
            code.parse::<PhaseCode>()
                .map_or_else(|_| code.to_owned(), |p| p.label().to_owned())
        },
    );
    phases.sort_by_key(|c| {
        c.valeur
            .parse::<PhaseCode>()
            .map_or(u8::MAX, PhaseCode::order)
    });
    render(&StartupsPage {
        ctx,
        fil: fil(&[("Startups", None)]),
        total: found.len(),
        lignes,
        incubateurs,
        phases,
        thematiques: choix(
            &catalogue,
            &filtres,
            Facette::Thematique,
            filtres.thematique.as_deref(),
            str::to_owned,
        ),
        usertypes: choix(
            &catalogue,
            &filtres,
            Facette::Usertype,
            filtres.usertype.as_deref(),
            libelle_usertype,
        ),
        q: query.q.trim().to_owned(),
        pager: Pager { page, pages },
        pager_extra,
    })
}

/// A phase on the timeline of a startup.
#[derive(Debug)]
pub struct LignePhase {
    libelle: String,
    debut: String,
    fin: String,
    duree: String,
    commentaire: String,
    courante: bool,
}

/// A dated line (event, mission).
#[derive(Debug)]
pub struct LigneDatee {
    date: String,
    libelle: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "incubateur/startup.html")]
struct StartupPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: String,
    titre: String,
    mission: String,
    incubateur_id: String,
    incubateur: String,
    co_incubateurs: Vec<String>,
    phase: String,
    actif: bool,
    phases: Vec<LignePhase>,
    evenements: Vec<LigneDatee>,
    equipe: Vec<LigneDatee>,
    liens: Vec<(String, String)>,
    sponsors: Vec<String>,
    thematiques: Vec<String>,
    usertypes: Vec<String>,
    conformite: Vec<(String, String)>,
    fast: Option<String>,
    module: Option<(String, String)>,
    corps: String,
    suivi: bool,
}

fn lien(liens: &mut Vec<(String, String)>, libelle: &str, url: Option<&str>) {
    if let Some(url) = url.map(str::trim).filter(|u| u.starts_with("http")) {
        liens.push((libelle.to_owned(), url.to_owned()));
    }
}

fn oui_non(value: Option<bool>) -> Option<String> {
    value.map(|v| if v { "oui" } else { "non" }.to_owned())
}

/// `GET /incubateur/startups/{id}`: mission, phases, team, impact links, link to its module of La Fabrique.
pub async fn startup(
    State(app): State<AppState>,
    ctx: PageContext,
    MaybeUser(user): MaybeUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let Some(startup) = catalogue.startup(&id) else {
        return match catalogue.redirect(&id) {
            Some(current) => {
                Ok(Redirect::permanent(&format!("/incubateur/startups/{current}")).into_response())
            }
            None => Err(AppError::NotFound(format!(
                "la startup « {id} » n'existe pas"
            ))),
        };
    };
    let courante = crate::domain::regles_phase::current_phase(&startup.phases);
    let mut ordre: Vec<usize> = (0..startup.phases.len()).collect();
    ordre.sort_by_key(|index| startup.phases[*index].start);
    let phases = ordre
        .into_iter()
        .map(|index| {
            let phase = &startup.phases[index];
            LignePhase {
                libelle: phase.name.label().to_owned(),
                debut: date_fr(phase.start),
                fin: effective_end(&startup.phases, index)
                    .map(date_fr)
                    .unwrap_or_default(),
                duree: duration_days(&startup.phases, index)
                    .map(|days| format!("{days} jours"))
                    .unwrap_or_default(),
                commentaire: phase.comment.clone().unwrap_or_default(),
                courante: courante.is_some_and(|c| std::ptr::eq(c, phase)),
            }
        })
        .collect();
    let mut evenements: Vec<(NaiveDate, LigneDatee)> = startup
        .events()
        .iter()
        .map(|event| {
            (
                event.date,
                LigneDatee {
                    date: date_fr(event.date),
                    libelle: event
                        .name
                        .label()
                        .map_or_else(|| event.name.code().to_owned(), str::to_owned),
                    detail: event.comment.clone().unwrap_or_default(),
                },
            )
        })
        .collect();
    evenements.sort_by_key(|(date, _)| *date);
    let equipe = suivi::missions(&mut app.db(), &id)
        .await?
        .into_iter()
        .map(|mission| LigneDatee {
            date: match mission.fin {
                Some(fin) => format!("du {} au {}", date_fr(mission.debut), date_fr(fin)),
                None => format!("depuis le {}", date_fr(mission.debut)),
            },
            libelle: suivi::role_startup_label(&mission.role).to_owned(),
            detail: if mission.statut == "a_valider" {
                format!("{} — mission à valider", mission.libelle)
            } else {
                mission.libelle
            },
        })
        .collect();
    let mut liens = Vec::new();
    lien(&mut liens, "Site du service", startup.link.as_deref());
    let stats = startup.published_stats_url();
    lien(&mut liens, "Statistiques publiques", Some(stats.as_str()));
    lien(
        &mut liens,
        "Mesure d'impact",
        startup.impact.impact_url.as_deref(),
    );
    lien(&mut liens, "Budget", startup.impact.budget_url.as_deref());
    lien(
        &mut liens,
        "Code source",
        startup.impact.repository.as_deref(),
    );
    lien(
        &mut liens,
        "Tableau de bord DashLord",
        startup.impact.dashlord_url.as_deref(),
    );
    lien(
        &mut liens,
        "Feuille de route",
        startup.impact.roadmap_url.as_deref(),
    );
    lien(
        &mut liens,
        "Analyse de risques",
        startup.conformite.analyse_risques_url.as_deref(),
    );
    let conformite: Vec<(String, String)> = [
        (
            "Accessibilité (RGAA)",
            startup
                .conformite
                .accessibility_status
                .as_ref()
                .map(|s| s.as_str().to_owned()),
        ),
        (
            "Système de design de l'État",
            startup
                .conformite
                .dsfr_status
                .as_ref()
                .map(|s| s.as_str().to_owned()),
        ),
        (
            "Analyse de risques",
            oui_non(startup.conformite.analyse_risques),
        ),
        (
            "MonServiceSécurisé",
            oui_non(startup.conformite.mon_service_securise),
        ),
    ]
    .into_iter()
    .filter_map(|(libelle, valeur)| valeur.map(|v| (libelle.to_owned(), v)))
    .collect();
    let corps = startup
        .body
        .as_deref()
        .map(str::trim)
        .filter(|body| body.chars().count() >= 30)
        .unwrap_or_default()
        .to_owned();
    let suivi = user
        .as_ref()
        .is_some_and(|u: &CurrentUser| acces::follows_startup(u, &id, startup.incubator.as_str()));
    render(&StartupPage {
        ctx,
        fil: fil(&[
            ("Startups", Some("/incubateur/startups".to_owned())),
            (startup.title.as_str(), None),
        ]),
        id: startup.id.to_string(),
        titre: startup.title.clone(),
        mission: startup.mission.clone(),
        incubateur_id: startup.incubator.to_string(),
        incubateur: catalogue.incubateur_title(startup.incubator.as_str()),
        co_incubateurs: startup
            .incubator_ids()
            .iter()
            .filter(|i| **i != &startup.incubator)
            .map(|i| catalogue.incubateur_title(i.as_str()))
            .collect(),
        phase: startup
            .current_phase()
            .map_or_else(|| "Aucune phase".to_owned(), |p| p.label().to_owned()),
        actif: startup.is_active(),
        phases,
        evenements: evenements.into_iter().map(|(_, ligne)| ligne).collect(),
        equipe,
        liens,
        sponsors: startup
            .sponsors()
            .iter()
            .map(|s| catalogue.organisation_name(s.id.as_str()))
            .collect(),
        thematiques: startup
            .thematiques
            .iter()
            .flatten()
            .map(|t| t.as_str().to_owned())
            .collect(),
        usertypes: startup
            .usertypes
            .iter()
            .flatten()
            .map(|u| libelle_usertype(u.as_str()))
            .collect(),
        conformite,
        fast: startup
            .fast
            .as_ref()
            .map(|f| format!("promotion {}, {} €", f.promotion, f.montant)),
        module: crate::liens::module_enregistre(&app, &id)
            .map(|(t, h)| (t.to_owned(), h.to_owned())),
        corps,
        suivi,
    })
}

/// A line of the incubators list.
#[derive(Debug)]
pub struct LigneIncubateur {
    id: String,
    titre: String,
    startups: usize,
    actives: usize,
    masque: bool,
}

#[derive(Template)]
#[template(path = "incubateur/incubateurs.html")]
struct IncubateursPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    lignes: Vec<LigneIncubateur>,
}

/// `GET /incubateur/incubateurs`.
pub async fn incubateurs(State(app): State<AppState>, ctx: PageContext) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    let lignes = catalogue
        .incubateur_ids()
        .into_iter()
        .map(|id| {
            let startups: Vec<&Startup> = catalogue
                .startups
                .iter()
                .filter(|s| s.incubator.as_str() == id)
                .collect();
            LigneIncubateur {
                titre: catalogue.incubateur_title(&id),
                masque: catalogue.incubateur(&id).is_some_and(|i| i.is_hidden()),
                startups: startups.len(),
                actives: startups.iter().filter(|s| s.is_active()).count(),
                id,
            }
        })
        .collect();
    render(&IncubateursPage {
        ctx,
        fil: fil(&[("Incubateurs", None)]),
        lignes,
    })
}

#[derive(Template)]
#[template(path = "incubateur/incubateur.html")]
struct IncubateurPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: String,
    titre: String,
    description: String,
    site: Option<String>,
    adresse: Option<String>,
    par_phase: Vec<(String, String, usize)>,
    en_avant: Vec<LigneStartup>,
    lignes: Vec<LigneStartup>,
}

/// `GET /incubateur/incubateurs/{id}`: presentation, startups by current phase.
pub async fn incubateur(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(&app).await?;
    if !catalogue.incubateur_ids().contains(&id) {
        return Err(AppError::NotFound(format!(
            "l'incubateur « {id} » n'existe pas"
        )));
    }
    let referentiel = catalogue.incubateur(&id);
    let startups: Vec<&Startup> = catalogue
        .startups
        .iter()
        .filter(|s| s.incubator.as_str() == id)
        .collect();
    let par_phase = PhaseCode::ALL
        .into_iter()
        .map(|phase| {
            (
                phase.code().to_owned(),
                phase.label().to_owned(),
                startups
                    .iter()
                    .filter(|s| s.current_phase() == Some(phase))
                    .count(),
            )
        })
        .filter(|(_, _, n)| *n > 0)
        .collect();
    let en_avant = referentiel
        .and_then(|i| i.highlighted_startups.as_ref())
        .map(|ids| {
            ids.iter()
                .filter_map(|sid| catalogue.startup(sid.as_str()))
                .map(|s| LigneStartup::from_startup(&catalogue, s))
                .collect()
        })
        .unwrap_or_default();
    let mut lignes: Vec<LigneStartup> = startups
        .iter()
        .map(|s| LigneStartup::from_startup(&catalogue, s))
        .collect();
    lignes.sort_by(|a, b| b.actif.cmp(&a.actif).then_with(|| a.titre.cmp(&b.titre)));
    let titre = catalogue.incubateur_title(&id);
    render(&IncubateurPage {
        ctx,
        fil: fil(&[
            ("Incubateurs", Some("/incubateur/incubateurs".to_owned())),
            (titre.as_str(), None),
        ]),
        description: referentiel
            .and_then(|i| i.short_description.as_deref())
            .map(crate::texte::texte_brut)
            .unwrap_or_default(),
        site: referentiel
            .and_then(|i| i.website.clone())
            .filter(|w| w.starts_with("http")),
        adresse: referentiel
            .and_then(|i| i.address.clone())
            .filter(|a| !a.trim().is_empty()),
        titre,
        id,
        par_phase,
        en_avant,
        lignes,
    })
}

/// Query of the data-quality page.
#[derive(Debug, Deserialize)]
pub struct QualiteQuery {
    date: Option<String>,
}

/// A startup named by the linter.
#[derive(Debug)]
pub struct Signalement {
    id: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "incubateur/qualite.html")]
struct QualitePage {
    ctx: PageContext,
    fil: Vec<Miette>,
    date: String,
    total: usize,
    rubriques: Vec<(String, String, Vec<Signalement>)>,
    mouvements: Vec<(String, String, usize)>,
    ecarts_comites: usize,
    ecarts_longs: usize,
}

fn ids(list: &[crate::domain::ids::StartupId]) -> Vec<Signalement> {
    list.iter()
        .map(|id| Signalement {
            id: id.to_string(),
            detail: String::new(),
        })
        .collect()
}

fn rubriques(rapport: &RapportQualite) -> Vec<(String, String, Vec<Signalement>)> {
    vec![
        (
            "chevauchements".to_owned(),
            "Phases qui se chevauchent (une fin écrite après le début suivant)".to_owned(),
            ids(&rapport.overlapping),
        ),
        (
            "egalites".to_owned(),
            "Égalités de date de début sur la dernière phase (la première listée l'emporte)"
                .to_owned(),
            rapport
                .latest_start_ties
                .iter()
                .map(|tie| Signalement {
                    id: tie.startup.to_string(),
                    detail: format!(
                        "{} — retenue : {}",
                        tie.tied
                            .iter()
                            .map(|p| p.code())
                            .collect::<Vec<_>>()
                            .join(" / "),
                        tie.resolved.code()
                    ),
                })
                .collect(),
        ),
        (
            "futures".to_owned(),
            "Phases datées dans le futur".to_owned(),
            ids(&rapport.future_dated),
        ),
        (
            "non-commencees".to_owned(),
            "Startups dont aucune phase n'a commencé".to_owned(),
            ids(&rapport.never_started),
        ),
        (
            "meme-jour".to_owned(),
            "Deux phases commençant le même jour".to_owned(),
            ids(&rapport.same_day_phases),
        ),
        (
            "stats-sans-lien".to_owned(),
            "« stats » activé sans lien ni adresse de statistiques".to_owned(),
            ids(&rapport.stats_without_link),
        ),
        (
            "desordre".to_owned(),
            "Phases listées dans le désordre".to_owned(),
            ids(&rapport.unordered_starts),
        ),
        (
            "sponsors".to_owned(),
            "Sponsors inconnus du référentiel des organisations".to_owned(),
            rapport
                .unresolved_sponsors
                .iter()
                .map(|(id, org)| Signalement {
                    id: id.to_string(),
                    detail: org.to_string(),
                })
                .collect(),
        ),
    ]
}

/// `GET /incubateur/qualite`: the data-quality linter, for the incubator teams and the platform's administrators.
pub async fn qualite(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Query(query): Query<QualiteQuery>,
) -> AppResult<Response> {
    acces::require(acces::is_any_admin(&user))?;
    let date = match query
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(text) => crate::domain::dates::parse_civil_date(text).ok_or_else(|| {
            AppError::invalid_field(
                "date",
                format!("date invalide « {text} » (attendu AAAA-MM-JJ)"),
            )
        })?,
        None => paris_now().date(),
    };
    let catalogue = catalogue::current(&app).await?;
    let organisations: HashSet<_> = catalogue.organisation_ids();
    let rapport = lint(
        &catalogue.startups,
        date,
        (!organisations.is_empty()).then_some(&organisations),
    );
    render(&QualitePage {
        ctx,
        fil: fil(&[("Qualité des données", None)]),
        date: date.to_string(),
        total: catalogue.startups.len(),
        rubriques: rubriques(&rapport),
        mouvements: rapport
            .non_nominal_moves
            .iter()
            .map(|((de, vers), n)| (de.label().to_owned(), vers.label().to_owned(), *n))
            .collect(),
        ecarts_comites: rapport.committee_gaps,
        ecarts_longs: rapport.committee_gaps_over_six_months,
    })
}
