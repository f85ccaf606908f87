//! The ADEME « Agir pour la transition » feed.
//!
//! Envelope `{…, ListeDispositifs[]}`, mapped as the anchor's importer does (spec §4): `AGIR_` +
//! id, title cut to 180, both URLs from `url_agir`, AAP → call for projects, grant + technical
//! engineering, the three steps, `oneoff` when both dates are given else `ongoing`, perimeter from
//! `couverture_geo`, audiences from `cible_projet` and categories from the ADEME → AT mapping file.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate};
use serde::Deserialize;
use serde_json::Value;

use super::AideImportee;
use crate::aide::{NOM_MAX, PorteurId, aujourdhui_a_paris};
use crate::perimetres::{CODE_EUROPE, CODE_FRANCE, PerimetreId, Perimetres};
use crate::referentiels::{
    CategorieId, Echelle, EtapeMobilisation, Licence, Public, Recurrence, Thematiques, TypeAide,
};
use crate::texte::couper;

/// Errors of the ADEME import; each names the value at fault.
#[derive(Debug, thiserror::Error)]
pub enum AdemeError {
    /// The feed is not the expected JSON.
    #[error("Flux ADEME illisible : {0}")]
    Json(#[from] serde_json::Error),
    /// The mapping file is not the expected CSV.
    #[error("Correspondance ADEME illisible : {0}")]
    Csv(#[from] csv::Error),
    /// A (theme, category) pair of the mapping that the referential does not know.
    #[error("La correspondance ADEME cite la catégorie inconnue « {theme} | {categorie} ».")]
    CategorieInconnue {
        /// Theme name.
        theme: String,
        /// Category name.
        categorie: String,
    },
    /// A value of a dispositif that cannot be mapped.
    #[error("Dispositif ADEME {id} : valeur « {valeur} » invalide pour « {champ} ».")]
    Valeur {
        /// Dispositif id.
        id: String,
        /// Field.
        champ: &'static str,
        /// Value.
        valeur: String,
    },
    /// The perimeter the dispositif designates is missing from the graph.
    #[error("Dispositif ADEME {id} : périmètre « {perimetre} » introuvable.")]
    Perimetre {
        /// Dispositif id.
        id: String,
        /// Perimeter designation.
        perimetre: String,
    },
}

/// `couverture_geo`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct CouvertureGeo {
    /// `1` national, `2`/`3` European or international, `4` regional.
    pub code: String,
    /// Label.
    #[serde(default)]
    pub libelle: String,
}

/// One dispositif of the feed.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct DispositifAdeme {
    /// 8 hexadecimal characters.
    pub id: String,
    /// Title.
    pub titre: String,
    /// `GAG` (guichet) or `AAP` (appel à projets).
    #[serde(rename = "type")]
    pub type_dispositif: String,
    /// Opening, ISO 8601 with offset.
    #[serde(default)]
    pub date_debut: Option<String>,
    /// Closing, ISO 8601 with offset (often `23:59:59+01:00`).
    #[serde(default)]
    pub date_fin: Option<String>,
    /// HTML description.
    #[serde(default)]
    pub description_longue: String,
    /// Audience codes `SCA1`–`SCA4`.
    #[serde(default)]
    pub cible_projet: Vec<String>,
    /// Theme and sub-theme codes, mixed.
    #[serde(default)]
    pub thematiques: Vec<String>,
    /// Geographic coverage.
    pub couverture_geo: CouvertureGeo,
    /// Régions, for a regional coverage (objects with a `code`, or bare codes).
    #[serde(default)]
    pub regions: Vec<Value>,
    /// Page of the dispositif.
    #[serde(default)]
    pub url_agir: String,
}

#[derive(Deserialize)]
struct Enveloppe {
    #[serde(rename = "ListeDispositifs")]
    dispositifs: Vec<Value>,
}

/// Reads the feed; each dispositif keeps its raw JSON for the aid's provenance.
pub fn lire_flux(json: &str) -> Result<Vec<(DispositifAdeme, Value)>, AdemeError> {
    let enveloppe: Enveloppe = serde_json::from_str(json)?;
    enveloppe
        .dispositifs
        .into_iter()
        .map(|brut| Ok((serde_json::from_value(brut.clone())?, brut)))
        .collect()
}

/// One line of the mapping: an ADEME theme (and maybe sub-theme) → up to three AT categories.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LigneCorrespondance {
    theme: String,
    sous_theme: Option<String>,
    categories: Vec<CategorieId>,
}

/// The ADEME → AT category mapping (`ademe-agir-categories-mapping.csv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrespondanceAdeme {
    lignes: Vec<LigneCorrespondance>,
}

impl CorrespondanceAdeme {
    /// Reads the mapping (`,`, CRLF, cells trimmed of the stray tabs); every AT pair must exist in
    /// `thematiques`, resolved by (theme, category) because « Tourisme » is under two themes.
    pub fn lire(csv: &str, thematiques: &Thematiques) -> Result<CorrespondanceAdeme, AdemeError> {
        let mut lecteur = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(csv.as_bytes());
        let mut lignes = Vec::new();
        for record in lecteur.records() {
            let record = record?;
            let cellule = |i: usize| record.get(i).map(str::trim).unwrap_or_default();
            let mut categories = Vec::new();
            for paire in 0..3 {
                let (theme, categorie) = (cellule(4 + 2 * paire), cellule(5 + 2 * paire));
                if theme.is_empty() || categorie.is_empty() {
                    continue;
                }
                categories.push(
                    thematiques
                        .categorie_par_noms(theme, categorie)
                        .ok_or_else(|| AdemeError::CategorieInconnue {
                            theme: theme.to_owned(),
                            categorie: categorie.to_owned(),
                        })?,
                );
            }
            lignes.push(LigneCorrespondance {
                theme: cellule(1).to_owned(),
                sous_theme: Some(cellule(3).to_owned()).filter(|s| !s.is_empty()),
                categories,
            });
        }
        Ok(CorrespondanceAdeme { lignes })
    }

    /// Number of mapping lines.
    pub fn len(&self) -> usize {
        self.lignes.len()
    }

    /// Whether the mapping is empty.
    pub fn is_empty(&self) -> bool {
        self.lignes.is_empty()
    }

    /// The distinct categories of a list of codes: a sub-theme code maps through its line; a theme
    /// code through the line of that theme without sub-theme.
    pub fn categories(&self, codes: &[String]) -> Vec<CategorieId> {
        let mut vues = BTreeSet::new();
        let mut categories = Vec::new();
        for code in codes {
            let code = code.trim();
            let ligne = self
                .lignes
                .iter()
                .find(|l| l.sous_theme.as_deref() == Some(code))
                .or_else(|| {
                    self.lignes
                        .iter()
                        .find(|l| l.sous_theme.is_none() && l.theme == code)
                });
            for categorie in ligne.map(|l| l.categories.as_slice()).unwrap_or_default() {
                if vues.insert(*categorie) {
                    categories.push(*categorie);
                }
            }
        }
        categories
    }
}

/// What the import needs besides the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigurationAdeme {
    /// The ADEME carrier.
    pub porteur: PorteurId,
    /// URL of the feed.
    pub data_url: String,
    /// Mention to display.
    pub mention: String,
    /// Licence of the feed.
    pub licence: Licence,
}

fn public(code: &str) -> &'static [Public] {
    match code.trim() {
        "SCA1" => &[Public::Association],
        // Not the régions: the anchor's audience mapping leaves them out.
        "SCA2" => &[
            Public::Commune,
            Public::Epci,
            Public::Department,
            Public::PublicCies,
            Public::PublicOrg,
        ],
        "SCA3" => &[Public::PrivateSector],
        "SCA4" => &[Public::Researcher],
        _ => &[],
    }
}

fn jour(
    id: &str,
    champ: &'static str,
    valeur: Option<&str>,
) -> Result<Option<NaiveDate>, AdemeError> {
    let Some(valeur) = valeur.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    // ADEME writes closing times such as 23:59:59+01:00: the civil date is taken in Paris.
    DateTime::parse_from_rfc3339(valeur)
        .map(|instant| Some(aujourdhui_a_paris(instant.to_utc())))
        .map_err(|_| AdemeError::Valeur {
            id: id.to_owned(),
            champ,
            valeur: valeur.to_owned(),
        })
}

/// Removes HTML comments (`<!-- StartFragment -->`) that editors leave in the descriptions.
/// Full sanitisation of rich text belongs to the rendering layer.
fn sans_commentaires(html: &str) -> String {
    let mut sortie = String::with_capacity(html.len());
    let mut reste = html;
    while let Some(debut) = reste.find("<!--") {
        sortie.push_str(&reste[..debut]);
        match reste[debut..].find("-->") {
            Some(fin) => reste = &reste[debut + fin + 3..],
            None => {
                reste = "";
            }
        }
    }
    sortie.push_str(reste);
    sortie.trim().to_owned()
}

fn code_region(valeur: &Value) -> Option<String> {
    match valeur {
        Value::String(code) => Some(code.trim().to_owned()),
        Value::Object(objet) => objet
            .get("code")
            .and_then(Value::as_str)
            .map(|c| c.trim().to_owned()),
        _ => None,
    }
}

/// Maps a dispositif to an imported aid. A coverage of several régions creates (once) a hidden
/// ad-hoc perimeter `regions_<codes>` in `perimetres` and names them in the eligibility.
pub fn vers_aide_importee(
    dispositif: &DispositifAdeme,
    brut: &Value,
    correspondance: &CorrespondanceAdeme,
    perimetres: &mut Perimetres,
    configuration: &ConfigurationAdeme,
) -> Result<AideImportee, AdemeError> {
    let id = dispositif.id.trim();
    let introuvable = |perimetre: String| AdemeError::Perimetre {
        id: id.to_owned(),
        perimetre,
    };
    let mut eligibility = String::new();
    let perimeter: PerimetreId = match dispositif.couverture_geo.code.trim() {
        "1" => perimetres
            .trouver(Echelle::Country, CODE_FRANCE)
            .ok_or_else(|| introuvable(CODE_FRANCE.to_owned()))?,
        "2" | "3" => perimetres
            .trouver(Echelle::Continent, CODE_EUROPE)
            .ok_or_else(|| introuvable(CODE_EUROPE.to_owned()))?,
        "4" => {
            let mut codes: Vec<String> =
                dispositif.regions.iter().filter_map(code_region).collect();
            codes.sort();
            codes.dedup();
            match codes.as_slice() {
                [] => return Err(introuvable("aucune région".to_owned())),
                [code] => perimetres
                    .trouver(Echelle::Region, code)
                    .ok_or_else(|| introuvable(format!("reg:{code}")))?,
                plusieurs => {
                    let code = format!("regions_{}", plusieurs.join("_"));
                    let mut noms = Vec::new();
                    let mut communes = Vec::new();
                    for region in plusieurs {
                        let region_id = perimetres
                            .trouver(Echelle::Region, region)
                            .ok_or_else(|| introuvable(format!("reg:{region}")))?;
                        noms.extend(perimetres.get(region_id).map(|p| p.nom.clone()));
                        communes.extend(
                            perimetres
                                .descendants(region_id)
                                .iter()
                                .filter_map(|d| perimetres.get(*d))
                                .filter(|p| p.echelle == Echelle::Commune)
                                .map(|p| p.code.clone()),
                        );
                    }
                    eligibility =
                        format!("Aide disponible dans les régions : {}.", noms.join(", "));
                    match perimetres.trouver(Echelle::Adhoc, &code) {
                        Some(existant) => existant,
                        None => {
                            let rapport = perimetres
                                .ajouter_adhoc(&code, &code, communes.iter().map(String::as_str))
                                .map_err(|_| introuvable(code.clone()))?;
                            perimetres
                                .masquer(rapport.perimetre)
                                .map_err(|_| introuvable(code.clone()))?;
                            rapport.perimetre
                        }
                    }
                }
            }
        }
        autre => {
            return Err(AdemeError::Valeur {
                id: id.to_owned(),
                champ: "couverture_geo",
                valeur: autre.to_owned(),
            });
        }
    };

    let start_date = jour(id, "date_debut", dispositif.date_debut.as_deref())?;
    let submission_deadline = jour(id, "date_fin", dispositif.date_fin.as_deref())?;
    let mut targeted_audiences: Vec<Public> = Vec::new();
    for code in &dispositif.cible_projet {
        for public in public(code) {
            if !targeted_audiences.contains(public) {
                targeted_audiences.push(*public);
            }
        }
    }
    // The feed writes « https: //… » at times: URLs never contain spaces.
    let url: String = dispositif
        .url_agir
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    Ok(AideImportee {
        uniqueid: format!("AGIR_{id}"),
        data_url: configuration.data_url.clone(),
        data_mention: configuration.mention.clone(),
        licence: configuration.licence,
        donnees_brutes: brut.clone(),
        name: couper(dispositif.titre.trim(), NOM_MAX).to_owned(),
        name_initial: dispositif.titre.trim().to_owned(),
        description: sans_commentaires(&dispositif.description_longue),
        eligibility,
        origin_url: url.clone(),
        application_url: url,
        perimeter: Some(perimeter),
        financers: vec![configuration.porteur],
        categories: correspondance.categories(&dispositif.thematiques),
        targeted_audiences,
        aid_types: vec![TypeAide::Grant, TypeAide::TechnicalEngineering],
        mobilization_steps: EtapeMobilisation::ALL.to_vec(),
        recurrence: Some(if start_date.is_some() && submission_deadline.is_some() {
            Recurrence::Oneoff
        } else {
            Recurrence::Ongoing
        }),
        is_call_for_project: dispositif.type_dispositif.trim() == "AAP",
        start_date,
        submission_deadline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_comments_are_removed() {
        assert_eq!(
            sans_commentaires("<p> <!-- StartFragment --> </p><p>Texte</p>"),
            "<p>  </p><p>Texte</p>"
        );
        assert_eq!(sans_commentaires("a <!-- jamais fermé"), "a");
    }

    #[test]
    fn closing_time_late_in_the_evening_keeps_its_paris_date() {
        assert_eq!(
            jour("x", "date_fin", Some("2023-12-31T23:59:59+01:00"))
                .ok()
                .flatten(),
            NaiveDate::from_ymd_opt(2023, 12, 31)
        );
        assert!(jour("x", "date_fin", Some("31/12/2023")).is_err());
    }

    #[test]
    fn regions_are_not_an_audience_of_sca2() {
        assert!(!public("SCA2").contains(&Public::Region));
        assert!(public("SCA9").is_empty());
    }
}
