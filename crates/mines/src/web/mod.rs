//! HTML pages of the mining cadastre.
//!
//! Public pages ([`public`]) and the instruction back-office ([`instruction`]). Handlers extract and authorise, call the store and the domain, and render askama pages in
//! the platform's DSFR layout; they never call the API handlers.

pub mod instruction;
pub mod public;

use axum::Router;
use serde::Deserialize;
use socle::AppState;
use socle::api::QueryParams;
use socle::territoires::{Kind, Territoires, code_in_choice};
use socle::text::fold;
use socle::web::error::AppError;

use crate::referentiels::{
    DOMAINES, DomaineId, TITRES_NATURES, TITRES_STATUTS, TitreNatureId, TitreStatutId,
    substance_legale,
};
use crate::store::{FiltreTerritoire, Filtres};

/// Routes of the pages.
pub fn routes() -> Router<AppState> {
    public::routes().merge(instruction::routes())
}

/// Previous and next page numbers of a list.
#[derive(Debug, Clone, Copy)]
pub struct Pager {
    /// Current page (from 1).
    pub page: u32,
    /// Number of pages (at least 1).
    pub pages: u32,
    /// Number of results.
    pub count: usize,
}

impl Pager {
    /// The pager of `count` results in pages of `page_size`.
    pub fn new(page: u32, page_size: u32, count: usize) -> Self {
        Self {
            page,
            pages: u32::try_from(count.div_ceil(page_size.max(1) as usize))
                .unwrap_or(u32::MAX)
                .max(1),
            count,
        }
    }
}

/// Query parameters of the titre list, its downloads and the API list.
///
/// Each filter is repeatable; the anchor's comma-separated parameters (`domainesIds=m,h`) are accepted too, so that its reusers' URLs keep working.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TitresParams {
    /// Domaines (répétable) : c, f, g, h, m, r, s, w.
    #[serde(default)]
    pub domaine: Vec<String>,
    /// Types de titre par nature (répétable) : ap, ar, ax, cx, in, pc, pr, px.
    #[serde(default, rename = "type")]
    #[param(rename = "type")]
    pub types: Vec<String>,
    /// Statuts (répétable) : dmi, dmc, val, mod, sup, ech, ind.
    #[serde(default)]
    pub statut: Vec<String>,
    /// Substances légales (répétable), par identifiant : auru (or), geob…
    #[serde(default)]
    pub substance: Vec<String>,
    /// Entreprises titulaires ou amodiataires (répétable), par code : fr-<SIREN>.
    #[serde(default)]
    pub entreprise: Vec<String>,
    /// Territoire : code INSEE de commune, de département ou de région, ou choix « Nom (code) ».
    pub territoire: Option<String>,
    /// Mots du nom du titre.
    pub nom: Option<String>,
    /// Domaines séparés par des virgules (paramètre de Camino).
    #[serde(rename = "domainesIds")]
    #[param(rename = "domainesIds")]
    pub domaines_ids: Option<String>,
    /// Natures séparées par des virgules (paramètre de Camino).
    #[serde(rename = "typesIds")]
    #[param(rename = "typesIds")]
    pub types_ids: Option<String>,
    /// Statuts séparés par des virgules (paramètre de Camino).
    #[serde(rename = "statutsIds")]
    #[param(rename = "statutsIds")]
    pub statuts_ids: Option<String>,
    /// Substances séparées par des virgules (paramètre de Camino).
    #[serde(rename = "substancesIds")]
    #[param(rename = "substancesIds")]
    pub substances_ids: Option<String>,
    /// Entreprises séparées par des virgules (paramètre de Camino).
    #[serde(rename = "entreprisesIds")]
    #[param(rename = "entreprisesIds")]
    pub entreprises_ids: Option<String>,
    /// Page (à partir de 1).
    pub page: Option<u32>,
    /// Résultats par page (100 au plus).
    pub page_size: Option<u32>,
}

impl QueryParams for TitresParams {
    const NAMES: &'static [&'static str] = &[
        "domaine",
        "type",
        "statut",
        "substance",
        "entreprise",
        "territoire",
        "nom",
        "domainesIds",
        "typesIds",
        "statutsIds",
        "substancesIds",
        "entreprisesIds",
        "page",
        "page_size",
    ];
}

/// Values of a repeatable parameter and of its comma-separated twin, empty ones dropped.
fn valeurs<'a>(repetees: &'a [String], separees: Option<&'a str>) -> Vec<&'a str> {
    repetees
        .iter()
        .map(String::as_str)
        .chain(separees)
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

fn inconnu(parametre: &str, valeur: &str, possibles: &[&str]) -> AppError {
    AppError::BadRequest(format!(
        "{parametre} inconnu : « {valeur} » (valeurs possibles : {})",
        possibles.join(", ")
    ))
}

/// Resolves a territory typed by a person or chosen in the autocomplete ("Maripasoula (97353)").
pub fn resolve_territoire(territoires: &Territoires, texte: &str) -> Option<FiltreTerritoire> {
    let code = code_in_choice(texte);
    let nom = texte
        .rfind('(')
        .map(|i| fold(&texte[..i]))
        .unwrap_or_default();
    let candidats: Vec<(Kind, &socle::territoires::Entry)> =
        [Kind::Commune, Kind::Departement, Kind::Region]
            .into_iter()
            .filter_map(|kind| territoires.get(kind, code).map(|e| (kind, e)))
            .collect();
    let choisi = candidats
        .iter()
        .find(|(_, e)| !nom.is_empty() && fold(&e.nom) == nom)
        .or_else(|| candidats.first())?;
    Some(FiltreTerritoire {
        kind: choisi.0,
        code: choisi.1.code.clone(),
    })
}

impl TitresParams {
    /// The checked filters; an unknown value is refused with the accepted ones.
    pub fn filtres(&self, territoires: &Territoires) -> Result<Filtres, AppError> {
        let mut filtres = Filtres::default();
        for valeur in valeurs(&self.domaine, self.domaines_ids.as_deref()) {
            let domaine = DomaineId::from_id(valeur).ok_or_else(|| {
                inconnu("domaine", valeur, &DomaineId::ALL.map(DomaineId::as_str))
            })?;
            filtres.domaines.push(domaine);
        }
        for valeur in valeurs(&self.types, self.types_ids.as_deref()) {
            let nature = TitreNatureId::from_id(valeur).ok_or_else(|| {
                inconnu(
                    "type",
                    valeur,
                    &TitreNatureId::ALL.map(TitreNatureId::as_str),
                )
            })?;
            filtres.natures.push(nature);
        }
        for valeur in valeurs(&self.statut, self.statuts_ids.as_deref()) {
            let statut = TitreStatutId::from_id(valeur).ok_or_else(|| {
                inconnu(
                    "statut",
                    valeur,
                    &TitreStatutId::ALL.map(TitreStatutId::as_str),
                )
            })?;
            filtres.statuts.push(statut);
        }
        for valeur in valeurs(&self.substance, self.substances_ids.as_deref()) {
            if substance_legale(valeur).is_none() {
                return Err(AppError::BadRequest(format!(
                    "substance inconnue : « {valeur} » (identifiant de substance légale, par exemple auru pour l'or)"
                )));
            }
            filtres.substances.push(valeur.to_owned());
        }
        for valeur in valeurs(&self.entreprise, self.entreprises_ids.as_deref()) {
            filtres.entreprises.push(valeur.to_owned());
        }
        if let Some(texte) = self
            .territoire
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            filtres.territoire = Some(resolve_territoire(territoires, texte).ok_or_else(|| {
                AppError::BadRequest(format!(
                    "territoire inconnu : « {texte} » (code INSEE d'une commune, d'un département ou d'une région)"
                ))
            })?);
        }
        if let Some(nom) = self.nom.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            if nom.chars().count() > 200 {
                return Err(AppError::BadRequest(
                    "nom ne doit pas dépasser 200 caractères".to_owned(),
                ));
            }
            filtres.nom = Some(nom.to_owned());
        }
        Ok(filtres)
    }

    /// The filters as a query string (without pagination), to build download and page links.
    pub fn query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let mut ajouter = |nom: &'static str, liste: &[String], separees: Option<&str>| {
            for valeur in valeurs(liste, separees) {
                pairs.push((nom, valeur.to_owned()));
            }
        };
        ajouter("domaine", &self.domaine, self.domaines_ids.as_deref());
        ajouter("type", &self.types, self.types_ids.as_deref());
        ajouter("statut", &self.statut, self.statuts_ids.as_deref());
        ajouter("substance", &self.substance, self.substances_ids.as_deref());
        ajouter(
            "entreprise",
            &self.entreprise,
            self.entreprises_ids.as_deref(),
        );
        if let Some(territoire) = self.territoire.as_deref().filter(|t| !t.trim().is_empty()) {
            pairs.push(("territoire", territoire.to_owned()));
        }
        if let Some(nom) = self.nom.as_deref().filter(|n| !n.trim().is_empty()) {
            pairs.push(("nom", nom.to_owned()));
        }
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    }
}

/// A choice of a select.
#[derive(Debug, Clone)]
pub struct Choix {
    /// Submitted value.
    pub valeur: String,
    /// Label.
    pub libelle: String,
    /// Currently chosen.
    pub choisi: bool,
}

/// Choices of the domaine, nature and statut filters.
pub fn choix_fixes(filtres: &Filtres) -> (Vec<Choix>, Vec<Choix>, Vec<Choix>) {
    let domaines = DOMAINES
        .iter()
        .map(|d| Choix {
            valeur: d.id.as_str().to_owned(),
            libelle: d.nom.to_owned(),
            choisi: filtres.domaines.contains(&d.id),
        })
        .collect();
    let natures = TITRES_NATURES
        .iter()
        .map(|n| Choix {
            valeur: n.id.as_str().to_owned(),
            libelle: n.nom.to_owned(),
            choisi: filtres.natures.contains(&n.id),
        })
        .collect();
    let statuts = TITRES_STATUTS
        .iter()
        .map(|s| Choix {
            valeur: s.id.as_str().to_owned(),
            libelle: s.nom.to_owned(),
            choisi: filtres.statuts.contains(&s.id),
        })
        .collect();
    (domaines, natures, statuts)
}

/// DSFR badge class of a titre statut.
pub fn classe_statut(statut: TitreStatutId) -> &'static str {
    match statut {
        TitreStatutId::Val => "fr-badge--success",
        TitreStatutId::Mod | TitreStatutId::Sup => "fr-badge--info",
        TitreStatutId::Dmi => "fr-badge--new",
        TitreStatutId::Dmc | TitreStatutId::Ech => "fr-badge--warning",
        TitreStatutId::Ind => "",
    }
}

/// French date `JJ/MM/AAAA`.
pub fn date_fr(date: Option<crate::domain::date::CaminoDate>) -> String {
    date.map_or_else(String::new, |d| {
        format!("{:02}/{:02}/{}", d.jour(), d.mois(), d.annee())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn territoires() -> std::sync::Arc<Territoires> {
        socle::territoires::embedded().expect("territoires")
    }

    #[test]
    fn filters_accept_repeated_and_comma_separated_values() {
        let params = TitresParams {
            domaine: vec!["m".to_owned(), String::new()],
            domaines_ids: Some("h,g".to_owned()),
            statut: vec!["val".to_owned()],
            ..TitresParams::default()
        };
        let filtres = params.filtres(&territoires()).expect("valide");
        assert_eq!(
            filtres.domaines,
            vec![DomaineId::M, DomaineId::H, DomaineId::G]
        );
        assert_eq!(filtres.statuts, vec![TitreStatutId::Val]);
        assert_eq!(
            params.query_string(),
            "domaine=m&domaine=h&domaine=g&statut=val"
        );
    }

    #[test]
    fn unknown_values_are_refused_with_the_accepted_ones() {
        let params = TitresParams {
            domaine: vec!["z".to_owned()],
            ..TitresParams::default()
        };
        let message = params
            .filtres(&territoires())
            .expect_err("refusé")
            .to_string();
        assert!(
            message.contains("« z »") && message.contains("m"),
            "{message}"
        );
        let params = TitresParams {
            territoire: Some("nulle part".to_owned()),
            ..TitresParams::default()
        };
        assert!(params.filtres(&territoires()).is_err());
    }

    #[test]
    fn territories_are_resolved_from_codes_and_choices() {
        let territoires = territoires();
        let guyane = resolve_territoire(&territoires, "Guyane (973)").expect("département");
        assert_eq!(guyane.kind, Kind::Departement);
        // "11" is both the Aude (département) and Île-de-France (région): the name decides.
        let idf = resolve_territoire(&territoires, "Île-de-France (11)").expect("région");
        assert_eq!(idf.kind, Kind::Region);
        let aude = resolve_territoire(&territoires, "11").expect("code seul");
        assert_eq!(aude.kind, Kind::Departement);
        assert!(resolve_territoire(&territoires, "Maripasoula (97353)").is_some());
    }

    #[test]
    fn pagers_count_pages() {
        assert_eq!(Pager::new(1, 20, 0).pages, 1);
        assert_eq!(Pager::new(1, 20, 41).pages, 3);
    }
}
