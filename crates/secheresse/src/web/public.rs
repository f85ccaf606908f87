//! Public pages: the search ("what is restricted at my place today?"), the national map per water type, the
//! commune pages with their history, and the signed PDFs of the orders.

use std::collections::BTreeMap;

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{Days, NaiveDate, Utc};
use serde::Deserialize;
use socle::auth::MaybeUser;
use socle::territoires::{Kind, code_in_choice};
use socle::web::layout::PageContext;
use socle::web::pages::render;
use socle::{AppError, AppResult, AppState};

use super::{NiveauVue, assets, date_fr, peut_gerer};
use crate::abonnement::niveau_au_lieu;
use crate::api::{departage_text, raison_text};
use crate::domain::horaire::{Verdict, allowed_at};
use crate::domain::nomenclature::{NiveauGravite, Profil, TypeZone};
use crate::domain::recherche::{
    EchecRecherche, Lieu, ParametresZones, Raison, ReponseZones, RequeteInvalide, RequeteZones,
};
use crate::domain::zone_alerte::CodeInsee;
use crate::publication::{self, couleur};
use crate::store;

/// Routes of the public pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/secheresse", get(recherche))
        .route("/secheresse/carte", get(carte))
        .route("/secheresse/communes/{code}", get(commune))
        .route("/secheresse/documents/{id}", get(document))
}

/// Where a person draws water from, in the order the page shows them: tap water first (VigiEau's default).
pub const TYPES_AFFICHES: [TypeZone; 3] = [TypeZone::Aep, TypeZone::Sou, TypeZone::Sup];

/// The source a person recognises for a type of zone (spec §1: tap → AEP, well → SOU, river → SUP).
pub fn source_label(type_zone: TypeZone) -> &'static str {
    match type_zone {
        TypeZone::Aep => "Eau du robinet (réseau d'eau potable)",
        TypeZone::Sou => "Puits ou forage (eaux souterraines)",
        TypeZone::Sup => "Cours d'eau, lac ou canal (eaux superficielles)",
    }
}

/// The search form as received; every field is optional and read leniently (it is a page, not the API).
#[derive(Debug, Default, Deserialize)]
pub struct RechercheQuery {
    #[serde(default)]
    commune: String,
    #[serde(default)]
    lon: String,
    #[serde(default)]
    lat: String,
    #[serde(default)]
    profil: String,
}

/// A usage as the page shows it.
pub struct UsageVue {
    nom: String,
    thematique: &'static str,
    description: String,
    verdict: &'static str,
    verdict_label: &'static str,
    raison: String,
}

/// The arrêté behind a level.
pub struct ArreteVue {
    numero: String,
    debut: String,
    fin: String,
    pdf: Option<String>,
    pdf_cadre: Option<String>,
}

/// One water type in the answer.
pub struct TypeVue {
    code: &'static str,
    source: &'static str,
    niveau: Option<NiveauVue>,
    zone: String,
    departement: String,
    arrete: Option<ArreteVue>,
    usages: Vec<UsageVue>,
    raison: String,
    departage: Option<&'static str>,
}

/// The answer of the search.
pub struct ResultatVue {
    lieu: String,
    types: Vec<TypeVue>,
    regle: String,
    lien_commune: Option<String>,
}

#[derive(Template)]
#[template(path = "secheresse/recherche.html")]
struct RecherchePage {
    ctx: PageContext,
    css: String,
    js: String,
    commune: String,
    lon: String,
    lat: String,
    profil: &'static str,
    profils: Vec<(&'static str, &'static str)>,
    erreurs: socle::web::forms::FieldErrors,
    alerte: Option<(&'static str, String)>,
    resultat: Option<ResultatVue>,
    publication: String,
}

fn verdict_vue(verdict: Verdict) -> (&'static str, &'static str, String) {
    match verdict {
        Verdict::Autorise(raison) => ("autorise", "Autorisé maintenant", raison),
        Verdict::Interdit(raison) => ("interdit", "Interdit maintenant", raison),
        Verdict::Incertain(raison) => ("voir_arrete", "Voir l'arrêté", raison),
    }
}

fn resultat(lieu: String, reponse: &ReponseZones<'_>, lien_commune: Option<String>) -> ResultatVue {
    let now = Utc::now();
    let types = TYPES_AFFICHES
        .into_iter()
        .map(|type_zone| {
            let found = reponse
                .zones
                .iter()
                .find(|found| found.zone.zone.type_zone == type_zone);
            let choix = reponse
                .explication
                .choix
                .iter()
                .find(|choix| choix.type_zone == type_zone);
            match found {
                None => TypeVue {
                    code: type_zone.code(),
                    source: source_label(type_zone),
                    niveau: None,
                    zone: String::new(),
                    departement: String::new(),
                    arrete: None,
                    usages: Vec::new(),
                    raison: String::new(),
                    departage: None,
                },
                Some(found) => {
                    let zone = found.zone;
                    TypeVue {
                        code: type_zone.code(),
                        source: source_label(type_zone),
                        niveau: Some(zone.niveau.into()),
                        zone: zone.zone.nom_affiche().into_owned(),
                        departement: zone.departement_nom.clone().unwrap_or_else(|| {
                            zone.zone
                                .departement
                                .as_ref()
                                .map(|code| code.as_str().to_owned())
                                .unwrap_or_default()
                        }),
                        arrete: zone.arrete.numero.as_ref().map(|numero| ArreteVue {
                            numero: numero.clone(),
                            debut: date_fr(zone.arrete.date_debut),
                            fin: date_fr(zone.arrete.date_fin),
                            pdf: zone.arrete.chemin_fichier.clone(),
                            pdf_cadre: zone.arrete.chemin_fichier_arrete_cadre.clone(),
                        }),
                        usages: found
                            .usages
                            .iter()
                            .map(|applicable| {
                                let (verdict, verdict_label, raison) =
                                    verdict_vue(allowed_at(applicable.description, &now));
                                UsageVue {
                                    nom: applicable.usage.nom.clone(),
                                    thematique: applicable.usage.thematique.nom(),
                                    description: applicable.description.to_owned(),
                                    verdict,
                                    verdict_label,
                                    raison,
                                }
                            })
                            .collect(),
                        raison: choix
                            .map(|choix| raison_text(choix.raison).to_owned())
                            .unwrap_or_default(),
                        departage: choix.and_then(|choix| match choix.raison {
                            Raison::Frontiere(departage) => Some(departage_text(departage)),
                            _ => None,
                        }),
                    }
                }
            }
        })
        .collect();
    ResultatVue {
        lieu,
        types,
        regle: reponse.explication.regle.to_owned(),
        lien_commune,
    }
}

/// Finds the commune a person typed: an autocomplete choice "Nom (code)", an INSEE code, or a name.
pub(crate) fn resoudre_commune(app: &AppState, texte: &str) -> Result<(String, String), String> {
    let territoires = app.territoires();
    let code = code_in_choice(texte);
    if CodeInsee::parse(code).is_ok()
        && let Some(entry) = territoires.get(Kind::Commune, code)
    {
        return Ok((entry.code.clone(), entry.nom.clone()));
    }
    territoires
        .search(texte, &[Kind::Commune], 0, 1)
        .results
        .first()
        .map(|entry| (entry.code.clone(), entry.nom.clone()))
        .ok_or_else(|| format!("aucune commune ne correspond à « {} »", texte.trim()))
}

async fn recherche(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<RechercheQuery>,
) -> AppResult<Response> {
    let profil = Profil::parse(query.profil.trim()).unwrap_or(Profil::Particulier);
    let instantane = publication::courante(&app);
    let mut page = RecherchePage {
        ctx,
        css: assets::css_url(),
        js: assets::js_url(),
        commune: query.commune.trim().to_owned(),
        lon: query.lon.trim().to_owned(),
        lat: query.lat.trim().to_owned(),
        profil: profil.code(),
        profils: Profil::ALL
            .into_iter()
            .map(|profil| (profil.code(), profil.label()))
            .collect(),
        erreurs: socle::web::forms::FieldErrors::new(),
        alerte: None,
        resultat: None,
        publication: instantane
            .jour
            .map(|jour| format!("Zones en vigueur le {}", jour.format("%d/%m/%Y")))
            .unwrap_or_default(),
    };
    let asked = !(page.commune.is_empty() && page.lon.is_empty() && page.lat.is_empty());
    if !asked {
        return render(&page);
    }
    let mut commune = None;
    if !page.commune.is_empty() {
        match resoudre_commune(&app, &page.commune) {
            Ok(found) => commune = Some(found),
            Err(message) => page.erreurs.add("commune", message),
        }
    }
    if !page.erreurs.is_empty() {
        return render(&page);
    }
    let parametres = ParametresZones {
        lon: Some(page.lon.as_str()),
        lat: Some(page.lat.as_str()),
        commune: commune.as_ref().map(|(code, _)| code.as_str()),
        profil: Some(profil.code()),
        zone_type: None,
    };
    let requete = match RequeteZones::parse(&parametres) {
        Ok(requete) => requete,
        Err(error) => {
            let field = match &error {
                RequeteInvalide::CoordonneeNonNumerique { parametre, .. }
                | RequeteInvalide::CoordonneeHorsLimites { parametre, .. } => *parametre,
                RequeteInvalide::PointIncomplet => {
                    if page.lon.is_empty() {
                        "lon"
                    } else {
                        "lat"
                    }
                }
                _ => "commune",
            };
            page.erreurs.add(field, error.to_string());
            return render(&page);
        }
    };
    if !instantane.disponible {
        page.alerte = Some((
            "fr-alert--error",
            "Les zones en vigueur sont momentanément indisponibles. Réessayez dans quelques instants.".to_owned(),
        ));
        return render(&page);
    }
    let lieu = match (&requete.lieu, &commune) {
        (Lieu::Point { lon, lat }, _) => format!("le point {lat:.5} N, {lon:.5} E"),
        (Lieu::Commune(_), Some((code, nom))) => format!("{nom} ({code})"),
        (Lieu::Commune(code), None) => code.to_string(),
    };
    let lien_commune = commune
        .as_ref()
        .map(|(code, _)| format!("/secheresse/communes/{code}"));
    match instantane.zones.find(&requete, None) {
        Ok(reponse) => page.resultat = Some(resultat(lieu, &reponse, lien_commune)),
        Err(EchecRecherche::AucuneZone) => {
            page.alerte = Some((
                "fr-alert--success",
                format!(
                    "Aucune restriction d'eau n'est en vigueur pour {lieu}. Restez économe : la situation peut changer \
                     rapidement en période de sécheresse."
                ),
            ));
        }
        Err(EchecRecherche::CommuneAmbigue { .. }) => {
            page.alerte = Some((
                "fr-alert--warning",
                format!(
                    "{lieu} compte plusieurs zones d'alerte d'un même type : les restrictions dépendent de l'adresse. \
                     Cliquez sur la carte à l'endroit du prélèvement, ou saisissez ses coordonnées."
                ),
            ));
        }
        Err(error @ EchecRecherche::DonneesIncoherentes { .. }) => {
            tracing::error!(%error, "zones publiées superposées");
            page.alerte = Some((
                "fr-alert--error",
                "Un problème dans les données publiées empêche de répondre pour ce lieu ; il a été signalé. Consultez \
                 les arrêtés de la préfecture de votre département."
                    .to_owned(),
            ));
        }
    }
    render(&page)
}

/// A département in the table of the map page.
pub struct DepartementVue {
    code: String,
    nom: String,
    niveaux: Vec<Option<NiveauVue>>,
    zones: usize,
}

#[derive(Template)]
#[template(path = "secheresse/carte.html")]
struct CartePage {
    ctx: PageContext,
    css: String,
    type_code: &'static str,
    type_label: &'static str,
    onglets: Vec<(&'static str, &'static str, bool)>,
    legende: Vec<(&'static str, &'static str, &'static str)>,
    departements: Vec<DepartementVue>,
    types: Vec<&'static str>,
    publication: String,
}

#[derive(Debug, Default, Deserialize)]
struct CarteQuery {
    #[serde(rename = "type", default)]
    type_zone: String,
}

async fn carte(
    State(app): State<AppState>,
    ctx: PageContext,
    Query(query): Query<CarteQuery>,
) -> AppResult<Response> {
    let type_zone = if query.type_zone.is_empty() {
        TypeZone::Aep
    } else {
        TypeZone::parse(&query.type_zone).map_err(|error| AppError::NotFound(error.to_string()))?
    };
    let instantane = publication::courante(&app);
    let departements = instantane
        .departements
        .iter()
        .map(|situation| DepartementVue {
            code: situation.code.clone(),
            nom: situation.nom.clone(),
            niveaux: TYPES_AFFICHES
                .into_iter()
                .map(|kind| situation.niveau_max(kind).map(NiveauVue::from))
                .collect(),
            zones: situation.zones.values().sum(),
        })
        .collect();
    render(&CartePage {
        ctx,
        css: assets::css_url(),
        type_code: type_zone.code(),
        type_label: source_label(type_zone),
        onglets: TYPES_AFFICHES
            .into_iter()
            .map(|kind| (kind.code(), source_label(kind), kind == type_zone))
            .collect(),
        legende: NiveauGravite::ALL
            .into_iter()
            .map(|niveau| (niveau.code(), niveau.label(), couleur(niveau)))
            .collect(),
        departements,
        types: TYPES_AFFICHES.into_iter().map(source_label).collect(),
        publication: instantane
            .jour
            .map(|jour| format!("Situation au {}", jour.format("%d/%m/%Y")))
            .unwrap_or_else(|| "Aucune publication pour l'instant".to_owned()),
    })
}

/// A period of a commune's history: consecutive days at one level for one type.
pub struct PeriodeVue {
    source: &'static str,
    niveau: NiveauVue,
    debut: String,
    fin: String,
    arrete: String,
}

/// The current level of one type in a commune.
pub struct SituationVue {
    source: &'static str,
    niveau: Option<NiveauVue>,
    zones: Vec<String>,
}

#[derive(Template)]
#[template(path = "secheresse/commune.html")]
struct CommunePage {
    ctx: PageContext,
    css: String,
    code: String,
    nom: String,
    departement: String,
    situations: Vec<SituationVue>,
    periodes: Vec<PeriodeVue>,
    publication: String,
}

/// Groups the daily history of a commune into periods of consecutive days at one level, newest first.
fn periodes(jours: &[store::publications::JourCommune]) -> Vec<PeriodeVue> {
    let mut by_type: BTreeMap<&str, Vec<&store::publications::JourCommune>> = BTreeMap::new();
    for jour in jours {
        by_type
            .entry(jour.type_zone.as_str())
            .or_default()
            .push(jour);
    }
    let mut periodes: Vec<(NaiveDate, PeriodeVue)> = Vec::new();
    for (type_code, mut days) in by_type {
        days.sort_by_key(|day| day.jour);
        let Ok(type_zone) = TypeZone::parse(type_code) else {
            continue;
        };
        let mut current: Option<(NaiveDate, NaiveDate, &str, Option<&str>)> = None;
        let mut close = |run: (NaiveDate, NaiveDate, &str, Option<&str>)| {
            if let Ok(niveau) = NiveauGravite::parse(run.2) {
                periodes.push((
                    run.1,
                    PeriodeVue {
                        source: source_label(type_zone),
                        niveau: niveau.into(),
                        debut: date_fr(Some(run.0)),
                        fin: date_fr(Some(run.1)),
                        arrete: run.3.unwrap_or_default().to_owned(),
                    },
                ));
            }
        };
        for day in days {
            current = match current {
                Some((debut, fin, niveau, arrete))
                    if niveau == day.niveau
                        && fin.checked_add_days(Days::new(1)) == Some(day.jour) =>
                {
                    Some((debut, day.jour, niveau, arrete))
                }
                Some(run) => {
                    close(run);
                    Some((
                        day.jour,
                        day.jour,
                        day.niveau.as_str(),
                        day.arrete_numero.as_deref(),
                    ))
                }
                None => Some((
                    day.jour,
                    day.jour,
                    day.niveau.as_str(),
                    day.arrete_numero.as_deref(),
                )),
            };
        }
        if let Some(run) = current {
            close(run);
        }
    }
    periodes.sort_by_key(|periode| std::cmp::Reverse(periode.0));
    periodes.into_iter().map(|(_, periode)| periode).collect()
}

async fn commune(
    State(app): State<AppState>,
    ctx: PageContext,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let territoires = app.territoires();
    let entry = territoires
        .get(Kind::Commune, &code)
        .ok_or_else(|| AppError::NotFound(format!("aucune commune n'a le code INSEE {code}")))?;
    let insee =
        CodeInsee::parse(&entry.code).map_err(|error| AppError::NotFound(error.to_string()))?;
    let instantane = publication::courante(&app);
    let situations = TYPES_AFFICHES
        .into_iter()
        .map(|type_zone| {
            let zones = instantane
                .zones
                .zones()
                .iter()
                .filter(|zone| zone.zone.type_zone == type_zone && zone.communes.contains(&insee))
                .map(|zone| format!("{} ({})", zone.zone.nom_affiche(), zone.niveau.label()))
                .collect();
            SituationVue {
                source: source_label(type_zone),
                niveau: niveau_au_lieu(&instantane.zones, &Lieu::Commune(insee.clone()), type_zone)
                    .map(NiveauVue::from),
                zones,
            }
        })
        .collect();
    let mut db = app.db().clone();
    let jours = store::publications::historique_commune(&mut db, insee.as_str()).await?;
    let departement = entry
        .departement
        .as_deref()
        .and_then(|code| territoires.get(Kind::Departement, code))
        .map(|departement| format!("{} ({})", departement.nom, departement.code))
        .unwrap_or_default();
    render(&CommunePage {
        ctx,
        css: assets::css_url(),
        code: entry.code.clone(),
        nom: entry.nom.clone(),
        departement,
        situations,
        periodes: periodes(&jours),
        publication: instantane
            .jour
            .map(|jour| format!("Situation au {}", jour.format("%d/%m/%Y")))
            .unwrap_or_default(),
    })
}

/// A signed PDF: public once its arrêté is published; a draft's only to the agents of its département (the
/// others get a 404, which does not reveal that the draft exists).
async fn document(
    State(app): State<AppState>,
    MaybeUser(user): MaybeUser,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let mut db = app.db().clone();
    let (departements, publie) = store::arretes::document_owner(&mut db, id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let allowed = publie
        || user.as_ref().is_some_and(|user| {
            departements
                .iter()
                .any(|departement| peut_gerer(user, departement))
        });
    if !allowed {
        return Err(AppError::not_found());
    }
    let (blob, contenu) = app
        .files()
        .read(app.db(), id)
        .await
        .map_err(|error| AppError::internal(anyhow::Error::new(error)))?;
    let nom: String = blob
        .original_name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .collect();
    let mut response = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/pdf"),
        )],
        contenu,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&format!(
        "inline; filename=\"{}\"",
        if nom.is_empty() { "arrete.pdf" } else { &nom }
    )) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
