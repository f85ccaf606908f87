//! The pages of the module (askama templates in `templates/aides/`, DSFR, French, usable without JavaScript).
//!
//! - [`recherche`]: the search page, territory first (autocomplete of the platform's `js/territoires.js`), then
//!   beneficiary and theme, then results with facets, sorts, pagination and « pourquoi cette aide » — and the
//!   saved-search alert form;
//! - [`fiche`]: the page of an aid (every field, deadline status, perimeter path, history, follow it, iCal,
//!   suggest an amendment) and the page of a carrier;
//! - [`abonnements`]: the one-click links of alert and follow mails, and the iCal feed of followed aids;
//! - [`gestion`]: the back-office of carriers and admins (write, duplicate, submit, review, publish, merge,
//!   amendments, referentials).

pub mod abonnements;
pub mod fiche;
pub mod gestion;
pub mod recherche;

use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use socle::AppState;
use socle::territoires::{Kind, code_in_choice};
use socle::text::fold;
use socle::web::error::{AppError, AppResult};

use crate::aide::EtatEcheance;
use crate::perimetres::{Perimetre, PerimetreId, PerimetreRef, Perimetres};
use crate::referentiels::Echelle;

/// Routes of the pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/aides", get(recherche::page))
        .route("/aides/", get(recherche::page))
        .route("/aides/alertes", post(abonnements::creer_alerte))
        .route(
            "/aides/alertes/{jeton}/confirmer",
            get(abonnements::confirmer_alerte),
        )
        .route(
            "/aides/alertes/{jeton}/supprimer",
            get(abonnements::supprimer_alerte),
        )
        .route(
            "/aides/suivis/{jeton}/confirmer",
            get(abonnements::confirmer_suivi),
        )
        .route(
            "/aides/suivis/{jeton}/arreter",
            get(abonnements::arreter_suivi),
        )
        .route(
            "/aides/suivis/{jeton}/echeances.ics",
            get(abonnements::calendrier),
        )
        .route("/aides/porteurs/{porteur}", get(fiche::porteur))
        .route("/aides/gestion", get(gestion::tableau))
        .route(
            "/aides/gestion/nouvelle",
            get(gestion::nouvelle).post(gestion::creer),
        )
        .route("/aides/gestion/revue", get(gestion::revue))
        .route("/aides/gestion/amendements", get(gestion::amendements))
        .route(
            "/aides/gestion/amendements/{id}",
            post(gestion::decider_amendement),
        )
        .route("/aides/gestion/referentiels", get(gestion::referentiels))
        .route(
            "/aides/gestion/referentiels/{quoi}",
            post(gestion::enregistrer_referentiel),
        )
        .route(
            "/aides/gestion/{id}",
            get(gestion::formulaire).post(gestion::enregistrer),
        )
        .route("/aides/gestion/{id}/{action}", post(gestion::action))
        .route("/aides/{slug}", get(fiche::page))
        .route("/aides/{slug}/", get(fiche::page))
        .route("/aides/{slug}/calendrier.ics", get(fiche::calendrier))
        .route("/aides/{slug}/suivre", post(fiche::suivre))
        .route(
            "/aides/{slug}/amender",
            get(fiche::amender).post(fiche::proposer),
        )
}

/// Renders a page with a status other than 200 (a form sent back with its errors).
pub fn avec_statut(mut response: Response, statut: StatusCode) -> Response {
    *response.status_mut() = statut;
    response
}

/// Reads an urlencoded body (or query string), repeated keys kept.
pub fn paires(texte: &str) -> AppResult<Vec<(String, String)>> {
    serde_html_form::from_str(texte)
        .map_err(|_| AppError::BadRequest("le formulaire envoyé est mal formé".to_owned()))
}

/// The last non-empty value of a field, trimmed (empty when absent).
pub fn valeur(paires: &[(String, String)], cle: &str) -> String {
    paires
        .iter()
        .rev()
        .find(|(k, v)| k == cle && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default()
}

/// Every non-empty value of a field (repeated keys or comma-separated), trimmed.
pub fn valeurs(paires: &[(String, String)], cle: &str) -> Vec<String> {
    paires
        .iter()
        .filter(|(k, _)| k == cle)
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The stable designation of a perimeter in URLs and saved searches.
///
/// The prefixed code of a territory
/// (`insee:34172`, `siren:…`, `dep:34`, `reg:76`) survives a rebuild of the graph; other perimeters use
/// `{id}-{slug}`.
pub fn reference_perimetre(perimetre: &Perimetre) -> String {
    match perimetre.echelle {
        Echelle::Commune => format!("insee:{}", perimetre.code),
        Echelle::Epci => format!("siren:{}", perimetre.code),
        Echelle::Department => format!("dep:{}", perimetre.code),
        Echelle::Region => format!("reg:{}", perimetre.code),
        _ => format!(
            "{}-{}",
            perimetre.id.0,
            crate::texte::slugifier(&perimetre.nom, 40)
        ),
    }
}

/// The text of a territory field for a perimeter, as the autocomplete writes it ("Montpellier (34172)").
pub fn saisie_perimetre(perimetre: &Perimetre) -> String {
    format!("{} ({})", perimetre.nom, perimetre.code)
}

/// Resolves what a person typed or chose in a territory field.
///
/// It may be an autocomplete choice "Nom (code)", a bare
/// code (INSEE, SIREN, département, région, `FRA`, `EU`, `FRA-MET`, `FRA-OM`, a basin `FR0000NN`, an ad-hoc
/// code), a prefixed code, a postcode or a name. The error is a French sentence naming the value.
pub fn resoudre_territoire(
    app: &AppState,
    graphe: &Perimetres,
    saisie: &str,
) -> Result<Option<PerimetreId>, String> {
    let saisie = saisie.trim();
    if saisie.is_empty() {
        return Ok(None);
    }
    if saisie.contains(':') {
        return PerimetreRef::parse(saisie)
            .and_then(|r| graphe.resoudre(&r))
            .map(Some)
            .map_err(|e| e.to_string());
    }
    let code = code_in_choice(saisie);
    let nom = saisie
        .rfind('(')
        .map_or("", |position| saisie[..position].trim());
    let candidats: Vec<PerimetreId> = Echelle::ALL
        .iter()
        .filter_map(|echelle| graphe.trouver(*echelle, code))
        .chain(graphe.trouver(Echelle::Commune, &code.to_ascii_uppercase()))
        .collect();
    let mut candidats: Vec<PerimetreId> = candidats.into_iter().fold(Vec::new(), |mut vus, id| {
        if !vus.contains(&id) {
            vus.push(id);
        }
        vus
    });
    if candidats.len() > 1 && !nom.is_empty() {
        // "76" is both a région (Occitanie) and a département (Seine-Maritime): the chosen name decides.
        let plie = fold(nom);
        candidats.retain(|id| graphe.get(*id).is_some_and(|p| fold(&p.nom) == plie));
    }
    if let Some(id) = candidats.first() {
        return Ok(Some(*id));
    }
    if let Ok(PerimetreRef::Id(id)) = PerimetreRef::parse(code)
        && code.contains('-')
        && graphe.get(id).is_some()
    {
        return Ok(Some(id));
    }
    // A postcode or a name: the platform's ranked autocomplete, when it designates one territory.
    let territoires = app.territoires();
    let trouves = territoires.search(saisie, &[], 0, 2);
    let premier = trouves.results.first().and_then(|entree| {
        let echelle = match entree.kind {
            Kind::Commune => Echelle::Commune,
            Kind::Epci => Echelle::Epci,
            Kind::Departement => Echelle::Department,
            Kind::Region => Echelle::Region,
        };
        let exact =
            fold(&entree.nom) == fold(saisie) || entree.codes_postaux.iter().any(|c| c == saisie);
        (trouves.count == 1 || exact).then(|| graphe.trouver(echelle, &entree.code))?
    });
    match premier {
        Some(id) => Ok(Some(id)),
        None if trouves.count > 1 => Err(format!(
            "« {saisie} » désigne plusieurs territoires : choisissez-en un dans la liste proposée."
        )),
        None => Err(format!(
            "Le territoire « {saisie} » est inconnu : saisissez un nom, un code postal ou un code INSEE et choisissez dans la liste."
        )),
    }
}

/// The DSFR badge class of a deadline status.
pub fn classe_echeance(etat: EtatEcheance) -> &'static str {
    match etat {
        EtatEcheance::Proche { .. } => "fr-badge--warning",
        EtatEcheance::Expiree { .. } => "fr-badge--error",
        EtatEcheance::Permanente | EtatEcheance::SansEcheance => "fr-badge--info",
        EtatEcheance::Ouverte { .. } => "fr-badge--success",
    }
}

/// French label of a field the text matched, for « pourquoi cette aide ».
pub fn libelle_champ(champ: &str) -> &'static str {
    match champ {
        "name" => "titre",
        "name_initial" => "titre d'origine",
        "short_title" => "titre court",
        "categories" => "catégories",
        "programs" => "programmes",
        "description" => "description",
        "keywords" => "mots-clés",
        "project_examples" => "exemples de projets",
        "eligibility" => "conditions d'éligibilité",
        "backers" => "porteurs",
        _ => "autre champ",
    }
}
