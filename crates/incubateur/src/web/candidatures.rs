//! Submissions: the agent's side (list, draft, answers, submission, follow-up) and the team's actions.
//!
//! An agent sees only their own submissions; the team and the jury of the call see the submitted ones.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{Map, Value};
use socle::auth::CurrentUser;
use socle::web::layout::PageContext;
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};
use tower_sessions::Session;

use super::{Miette, fil, instant_fr, lire, succes};
use crate::acces;
use crate::domain::candidature::{ActionCandidature, StatutCandidature};
use crate::domain::formulaire::{Formulaire, TypeChamp};
use crate::service::candidatures::peut_lire;
use crate::service::{self, Acteur, paris_now};
use crate::store::appels::AppelStocke;
use crate::store::candidatures::{self, CandidatureStockee};
use crate::store::{catalogue, jury};

/// A line of the agent's list.
#[derive(Debug)]
pub struct LigneCandidature {
    id: i64,
    intitule: String,
    appel: String,
    statut: String,
    modifiable: bool,
}

#[derive(Template)]
#[template(path = "incubateur/mes_candidatures.html")]
struct MesCandidaturesPage {
    ctx: PageContext,
    fil: Vec<Miette>,
    lignes: Vec<LigneCandidature>,
}

/// `GET /incubateur/candidatures`: the signed-in agent's submissions, and only theirs.
pub async fn mes_candidatures(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
) -> AppResult<Response> {
    let mut lignes = Vec::new();
    for c in candidatures::list_by_user(&mut app.db(), user.id).await? {
        let appel = service::appels::charger(&mut app.db(), c.appel_id).await?;
        lignes.push(LigneCandidature {
            id: c.id,
            intitule: c.intitule.clone(),
            appel: appel.appel.title.clone(),
            statut: c.statut().label().to_owned(),
            modifiable: c.candidature.is_editable(),
        });
    }
    render(&MesCandidaturesPage {
        ctx,
        fil: fil(&[("Mes candidatures", None)]),
        lignes,
    })
}

/// The form creating a draft.
#[derive(Debug, Deserialize)]
pub struct CreationForm {
    #[serde(default)]
    intitule: String,
}

/// `POST /incubateur/appels/{id}/candidatures`: creates the agent's draft on an open call.
pub async fn creer(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(appel_id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: CreationForm = lire(&body)?;
    let id =
        service::candidatures::creer_brouillon(&app, &user, appel_id, &form.intitule, paris_now())
            .await?;
    succes(
        &session,
        "Votre brouillon est créé : complétez-le puis déposez-le avant la clôture.",
        &format!("/incubateur/candidatures/{id}/modifier"),
    )
    .await
}

/// A field of the answers form.
#[derive(Debug)]
pub struct ChampSaisi {
    cle: String,
    libelle: String,
    aide: String,
    nature: &'static str,
    obligatoire: bool,
    valeur: String,
    coche: bool,
    erreur: Option<String>,
}

#[derive(Template)]
#[template(path = "incubateur/candidature_form.html")]
struct FormulairePage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    version: i64,
    intitule: String,
    appel: String,
    a_completer: bool,
    message_equipe: String,
    champs: Vec<ChampSaisi>,
    organisations: Vec<(String, String)>,
    erreurs: Vec<String>,
}

fn champs(
    formulaire: &Formulaire,
    reponses: &Map<String, Value>,
    erreurs: &BTreeMap<String, Vec<String>>,
) -> Vec<ChampSaisi> {
    formulaire
        .champs
        .iter()
        .filter(|champ| !matches!(champ.kind, TypeChamp::PiecesJointes { .. }))
        .map(|champ| {
            let nature = match champ.kind {
                TypeChamp::Texte { max, .. } if max > 300 => "textarea",
                TypeChamp::Texte { .. } => "text",
                TypeChamp::Email => "email",
                TypeChamp::Booleen | TypeChamp::Consentement => "checkbox",
                TypeChamp::Organisation => "organisation",
                TypeChamp::PiecesJointes { .. } => "fichiers",
            };
            let valeur = reponses.get(champ.cle);
            ChampSaisi {
                cle: champ.cle.to_owned(),
                libelle: champ.libelle.to_owned(),
                aide: champ.aide.to_owned(),
                nature,
                obligatoire: champ.obligatoire,
                valeur: valeur
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                coche: valeur.and_then(Value::as_bool).unwrap_or(false),
                erreur: erreurs.get(champ.cle).and_then(|m| m.first()).cloned(),
            }
        })
        .collect()
}

async fn candidature_de(
    app: &AppState,
    user: &CurrentUser,
    id: i64,
) -> AppResult<(CandidatureStockee, AppelStocke)> {
    let stockee = service::candidatures::charger(&mut app.db(), id).await?;
    let appel = service::appels::charger(&mut app.db(), stockee.appel_id).await?;
    if !peut_lire(user, &stockee, &appel) {
        // Someone else's submission does not exist for the caller.
        return Err(AppError::NotFound(format!(
            "la candidature {id} n'existe pas"
        )));
    }
    Ok((stockee, appel))
}

async fn page_formulaire(
    app: &AppState,
    ctx: PageContext,
    stockee: &CandidatureStockee,
    appel: &AppelStocke,
    reponses: &Map<String, Value>,
    intitule: &str,
    erreurs: BTreeMap<String, Vec<String>>,
) -> AppResult<Response> {
    let catalogue = catalogue::current(app).await?;
    let mut organisations: Vec<(String, String)> = catalogue
        .organisations
        .iter()
        .map(|o| (o.id.to_string(), catalogue.organisation_name(o.id.as_str())))
        .collect();
    organisations.sort_by(|a, b| a.1.cmp(&b.1));
    let message_equipe = candidatures::transitions(&mut app.db(), stockee.id)
        .await?
        .into_iter()
        .rev()
        .find(|t| t.apres == StatutCandidature::ACompleter.code())
        .and_then(|t| t.motif)
        .unwrap_or_default();
    let formulaire = service::candidatures::formulaire(stockee.candidature.form_version)?;
    render(&FormulairePage {
        fil: fil(&[
            (
                "Mes candidatures",
                Some("/incubateur/candidatures".to_owned()),
            ),
            (
                stockee.intitule.as_str(),
                Some(format!("/incubateur/candidatures/{}", stockee.id)),
            ),
            ("Compléter", None),
        ]),
        ctx,
        id: stockee.id,
        version: stockee.version,
        intitule: intitule.to_owned(),
        appel: appel.appel.title.clone(),
        a_completer: stockee.statut() == StatutCandidature::ACompleter,
        message_equipe,
        champs: champs(&formulaire, reponses, &erreurs),
        organisations,
        erreurs: erreurs.values().flatten().cloned().collect(),
    })
}

/// `GET /incubateur/candidatures/{id}/modifier`: the agent's answers form.
pub async fn formulaire(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (stockee, appel) = candidature_de(&app, &user, id).await?;
    if stockee.user_id != Some(user.id) || !stockee.candidature.is_editable() {
        return Ok(Redirect::to(&format!("/incubateur/candidatures/{id}")).into_response());
    }
    let reponses = stockee.reponses.clone();
    let intitule = stockee.intitule.clone();
    page_formulaire(
        &app,
        ctx,
        &stockee,
        &appel,
        &reponses,
        &intitule,
        BTreeMap::new(),
    )
    .await
}

/// `POST /incubateur/candidatures/{id}/modifier`: saves the answers; with `action=deposer`, submits them.
pub async fn enregistrer(
    State(app): State<AppState>,
    ctx: PageContext,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let paires: Vec<(String, String)> = lire(&body)?;
    let valeur = |cle: &str| {
        paires
            .iter()
            .find(|(k, _)| k == cle)
            .map(|(_, v)| v.as_str())
    };
    let version = valeur("version")
        .and_then(|v| v.parse::<i64>().ok())
        .ok_or_else(|| AppError::BadRequest("version du formulaire absente".to_owned()))?;
    let intitule = valeur("intitule").unwrap_or_default().to_owned();
    let (stockee, appel) = candidature_de(&app, &user, id).await?;
    let formulaire = service::candidatures::formulaire(stockee.candidature.form_version)?;
    let mut reponses = Map::new();
    for champ in &formulaire.champs {
        match champ.kind {
            TypeChamp::Booleen | TypeChamp::Consentement => {
                reponses.insert(
                    champ.cle.to_owned(),
                    Value::Bool(valeur(champ.cle).is_some()),
                );
            }
            TypeChamp::PiecesJointes { .. } => {}
            _ => {
                if let Some(texte) = valeur(champ.cle).map(str::trim).filter(|t| !t.is_empty()) {
                    reponses.insert(champ.cle.to_owned(), Value::String(texte.to_owned()));
                }
            }
        }
    }
    let acteur = Acteur::Personne(&user);
    let resultat = async {
        service::candidatures::enregistrer(&app, &user, id, version, &intitule, &reponses).await?;
        if valeur("action") == Some("deposer") {
            let action = if stockee.statut() == StatutCandidature::ACompleter {
                ActionCandidature::Completer
            } else {
                ActionCandidature::Deposer
            };
            service::candidatures::transition(&app, &acteur, id, &action, None, paris_now())
                .await?;
            return Ok(true);
        }
        Ok::<bool, AppError>(false)
    }
    .await;
    match resultat {
        Ok(true) => succes(
            &session,
            "Votre candidature est déposée ; un accusé de réception vous est envoyé par courriel.",
            &format!("/incubateur/candidatures/{id}"),
        )
        .await,
        Ok(false) => {
            succes(
                &session,
                "Vos réponses sont enregistrées.",
                &format!("/incubateur/candidatures/{id}/modifier"),
            )
            .await
        }
        Err(AppError::Invalid { fields, .. }) => {
            let stockee = service::candidatures::charger(&mut app.db(), id).await?;
            page_formulaire(&app, ctx, &stockee, &appel, &reponses, &intitule, fields).await
        }
        Err(other) => Err(other),
    }
}

/// A step of a submission's history, shown.
#[derive(Debug)]
pub struct Etape {
    le: String,
    libelle: String,
    motif: String,
}

/// An answer, shown.
#[derive(Debug)]
pub struct ReponseAffichee {
    libelle: String,
    valeur: String,
}

#[derive(Template)]
#[template(path = "incubateur/candidature.html")]
struct CandidaturePage {
    ctx: PageContext,
    fil: Vec<Miette>,
    id: i64,
    version: i64,
    intitule: String,
    appel_id: i64,
    appel: String,
    statut: String,
    statut_code: String,
    proprietaire: bool,
    equipe: bool,
    modifiable: bool,
    desistable: bool,
    reponses: Vec<ReponseAffichee>,
    historique: Vec<Etape>,
    actions: Vec<(String, String, bool)>,
    sponsors: String,
    creneau: Option<String>,
    decision: bool,
    laureat: bool,
    anonymisee: bool,
}

/// The actions of the team or the president offered on a state: (code, label, needs a text).
fn actions_offertes(
    statut: StatutCandidature,
    equipe: bool,
    president: bool,
) -> Vec<(String, String, bool)> {
    use StatutCandidature as S;
    let mut actions: Vec<(&str, &str, bool)> = Vec::new();
    if equipe {
        match statut {
            S::Depose => {
                actions.push(("demander_corrections", "Demander des corrections", true));
                actions.push(("declarer_recevable", "Déclarer recevable", false));
                actions.push((
                    "declarer_irrecevable",
                    "Déclarer irrecevable (motivé)",
                    true,
                ));
            }
            S::Recevable => {
                actions.push(("preselectionner", "Présélectionner", false));
                actions.push(("ne_pas_retenir", "Ne pas retenir (motivé)", true));
            }
            S::Preselectionne => actions.push(("marquer_auditionne", "Audition tenue", false)),
            s if s.is_terminal() => actions.push(("rouvrir", "Rouvrir (motif obligatoire)", true)),
            _ => {}
        }
    }
    if president && matches!(statut, S::Auditionne | S::ListeAttente) {
        actions.push(("declarer_laureat", "Déclarer lauréat (motivé)", true));
        if statut == S::Auditionne {
            actions.push((
                "mettre_en_liste_attente",
                "Mettre en liste d'attente (motivé)",
                true,
            ));
        }
        actions.push(("ne_pas_retenir", "Ne pas retenir (motivé)", true));
    }
    actions
        .into_iter()
        .map(|(code, libelle, texte)| (code.to_owned(), libelle.to_owned(), texte))
        .collect()
}

/// `GET /incubateur/candidatures/{id}`: state, answers, history and the actions the caller may take.
pub async fn page(
    State(app): State<AppState>,
    ctx: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (stockee, appel) = candidature_de(&app, &user, id).await?;
    let catalogue = catalogue::current(&app).await?;
    let proprietaire = stockee.user_id == Some(user.id);
    let equipe = acces::is_admin_of(&user, appel.appel.incubateur.as_str());
    let president = acces::has_call_role(&user, acces::ROLE_PRESIDENT, appel.id);
    let formulaire = service::candidatures::formulaire(stockee.candidature.form_version)?;
    let reponses = formulaire
        .champs
        .iter()
        .filter_map(|champ| {
            let valeur = match stockee.reponses.get(champ.cle)? {
                Value::Bool(b) => if *b { "oui" } else { "non" }.to_owned(),
                Value::String(s) if champ.kind == TypeChamp::Organisation => {
                    catalogue.organisation_name(s)
                }
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            Some(ReponseAffichee {
                libelle: champ.libelle.to_owned(),
                valeur,
            })
        })
        .collect();
    let historique = candidatures::transitions(&mut app.db(), id)
        .await?
        .into_iter()
        .map(|t| Etape {
            le: instant_fr(t.at),
            libelle: format!(
                "{} → {}",
                candidatures::statut_from_code(&t.avant)
                    .map_or(t.avant.clone(), |s| s.label().to_owned()),
                candidatures::statut_from_code(&t.apres)
                    .map_or(t.apres.clone(), |s| s.label().to_owned())
            ),
            motif: t.motif.unwrap_or_default(),
        })
        .collect();
    let creneau = jury::planning(&mut app.db(), appel.id)
        .await?
        .and_then(|p| {
            p.creneaux
                .into_iter()
                .find(|c| i64::try_from(c.candidature.0).ok() == Some(id))
        })
        .map(|c| {
            format!(
                "{} (n° {} dans l'ordre tiré au sort)",
                super::heure_fr(c.debut),
                c.ordre
            )
        });
    let decision = jury::deliberation(&mut app.db(), appel.id)
        .await?
        .is_some_and(|d| d.decisions.iter().any(|dec| dec.candidature == id));
    render(&CandidaturePage {
        fil: fil(&[
            (
                if proprietaire {
                    "Mes candidatures"
                } else {
                    "Candidatures"
                },
                Some(if proprietaire {
                    "/incubateur/candidatures".to_owned()
                } else {
                    format!("/incubateur/appels/{}/candidatures", appel.id)
                }),
            ),
            (stockee.intitule.as_str(), None),
        ]),
        ctx,
        id,
        version: stockee.version,
        intitule: stockee.intitule.clone(),
        appel_id: appel.id,
        appel: appel.appel.title.clone(),
        statut: stockee.statut().label().to_owned(),
        statut_code: stockee.statut().code().to_owned(),
        proprietaire,
        equipe,
        modifiable: proprietaire && stockee.candidature.is_editable(),
        desistable: proprietaire && stockee.statut().allows_withdrawal(),
        reponses,
        historique,
        actions: actions_offertes(stockee.statut(), equipe, president),
        sponsors: stockee.sponsors.join(", "),
        creneau,
        decision,
        laureat: stockee.statut() == StatutCandidature::Laureat,
        anonymisee: stockee.anonymisee_at.is_some(),
    })
}

/// The form of a transition on a submission.
#[derive(Debug, Deserialize)]
pub struct TransitionForm {
    action: String,
    #[serde(default)]
    texte: String,
    version: Option<i64>,
}

/// The machine's action of a form's code and text.
fn action_de(code: &str, texte: &str) -> AppResult<ActionCandidature> {
    let texte = texte.trim().to_owned();
    Ok(match code {
        "deposer" => ActionCandidature::Deposer,
        "completer" => ActionCandidature::Completer,
        "demander_corrections" => ActionCandidature::DemanderCorrections { message: texte },
        "declarer_recevable" => ActionCandidature::DeclarerRecevable,
        "declarer_irrecevable" => ActionCandidature::DeclarerIrrecevable { motivation: texte },
        "preselectionner" => ActionCandidature::Preselectionner,
        "marquer_auditionne" => ActionCandidature::MarquerAuditionne,
        "ne_pas_retenir" => ActionCandidature::NePasRetenir { motivation: texte },
        "declarer_laureat" => ActionCandidature::DeclarerLaureat { motivation: texte },
        "mettre_en_liste_attente" => ActionCandidature::MettreEnListeAttente { motivation: texte },
        "desister" => ActionCandidature::Desister,
        "rouvrir" => ActionCandidature::Rouvrir { motif: texte },
        other => return Err(AppError::BadRequest(format!("action inconnue « {other} »"))),
    })
}

/// `POST /incubateur/candidatures/{id}/transition`: one step of the submission machine (agent, team or president).
pub async fn transition(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: TransitionForm = lire(&body)?;
    let action = action_de(&form.action, &form.texte)?;
    let statut = service::candidatures::transition(
        &app,
        &Acteur::Personne(&user),
        id,
        &action,
        form.version,
        paris_now(),
    )
    .await?;
    succes(
        &session,
        format!("La candidature est désormais à l'état « {statut} »."),
        &format!("/incubateur/candidatures/{id}"),
    )
    .await
}

/// `POST /incubateur/candidatures/{id}/absent`: the candidate missed the audition (team).
pub async fn absent(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    service::candidatures::marquer_absent(&app, &Acteur::Personne(&user), id).await?;
    succes(
        &session,
        "L'absence à l'audition est enregistrée.",
        &format!("/incubateur/candidatures/{id}"),
    )
    .await
}

/// The form of the intended sponsors.
#[derive(Debug, Deserialize)]
pub struct SponsorsForm {
    #[serde(default)]
    sponsors: String,
}

/// `POST /incubateur/candidatures/{id}/sponsors`: the intended sponsors (team), used by conflict detection.
pub async fn sponsors(
    State(app): State<AppState>,
    session: Session,
    user: CurrentUser,
    Path(id): Path<i64>,
    body: String,
) -> AppResult<Response> {
    let form: SponsorsForm = lire(&body)?;
    let catalogue = catalogue::current(&app).await?;
    let sponsors: Vec<String> = form
        .sponsors
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    service::candidatures::definir_sponsors(
        &app,
        &Acteur::Personne(&user),
        id,
        &sponsors,
        &catalogue,
    )
    .await?;
    succes(
        &session,
        "Les sponsors pressentis sont enregistrés.",
        &format!("/incubateur/candidatures/{id}"),
    )
    .await
}
