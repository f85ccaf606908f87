//! The third-party list of distinct VigiEau usages (kamaradclimber's `full_usage_list.json`), used to test the
//! normalisation of usage names and, later, the canonical taxonomy.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::domain::nomenclature::Thematique;
use crate::domain::restriction::ConcerneProfils;
use crate::domain::texte::{decode_utf8_or_latin1, normalize_key};
use crate::import::ImportError;

/// One distinct (usage, thématique, flags) entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageDistinct {
    /// The name as published, defects included.
    pub nom: String,
    /// The thématique.
    pub thematique: Thematique,
    /// The profile flags. The list has no `concerneEntreprise` (spec §5): `entreprise` is read from it when
    /// present, else from the legacy `concerneEtablissement`/`Activite`/`Installation` flags.
    pub concerne: ConcerneProfils,
}

#[derive(Deserialize)]
struct RawList<'a> {
    #[serde(borrow)]
    restrictions: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawUsage {
    usage: String,
    thematique: String,
    #[serde(default)]
    concerne_particulier: bool,
    #[serde(default)]
    concerne_collectivite: bool,
    #[serde(default)]
    concerne_exploitation: bool,
    #[serde(default)]
    concerne_entreprise: Option<bool>,
    #[serde(default)]
    concerne_etablissement: bool,
    #[serde(default)]
    concerne_activite: bool,
    #[serde(default)]
    concerne_installation: bool,
}

/// Reads the list; an invalid entry refuses the file with the entry's index.
pub fn parse_usages_distincts(bytes: &[u8]) -> Result<Vec<UsageDistinct>, ImportError> {
    let text = decode_utf8_or_latin1(bytes);
    let list: RawList<'_> =
        serde_json::from_str(&text).map_err(|error| ImportError::Document(error.to_string()))?;
    list.restrictions
        .iter()
        .enumerate()
        .map(|(index, raw)| {
            let entry: RawUsage =
                serde_json::from_str(raw.get()).map_err(|error| ImportError::Entite {
                    index,
                    raison: error.to_string(),
                })?;
            let thematique =
                Thematique::parse(&entry.thematique).map_err(|error| ImportError::Entite {
                    index,
                    raison: error.to_string(),
                })?;
            Ok(UsageDistinct {
                nom: entry.usage,
                thematique,
                concerne: ConcerneProfils {
                    particulier: entry.concerne_particulier,
                    entreprise: entry.concerne_entreprise.unwrap_or(
                        entry.concerne_etablissement
                            || entry.concerne_activite
                            || entry.concerne_installation,
                    ),
                    collectivite: entry.concerne_collectivite,
                    exploitation: entry.concerne_exploitation,
                },
            })
        })
        .collect()
}

/// Groups usages by the matching key of their name ([`normalize_key`]); values are indexes into the input, in
/// input order.
pub fn group_usage_keys(usages: &[UsageDistinct]) -> BTreeMap<String, Vec<usize>> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, usage) in usages.iter().enumerate() {
        groups
            .entry(normalize_key(&usage.nom))
            .or_default()
            .push(index);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_of_one_name_share_a_key() {
        let file = r#"{"restrictions":[
            {"usage":" Lavage des voitures.","thematique":"Nettoyer","concerneParticulier":true},
            {"usage":"lavage des\u00a0voitures","thematique":"Nettoyer","concerneCollectivite":true},
            {"usage":"Remplissage des piscines","thematique":"Remplir ou vidanger"}]}"#;
        let usages = parse_usages_distincts(file.as_bytes()).expect("valid list");
        let keys = group_usage_keys(&usages);
        assert_eq!(keys.len(), 2);
        assert_eq!(keys["lavage des voitures"], vec![0, 1]);
        assert!(usages[2].concerne.is_empty());
    }

    #[test]
    fn unknown_thematique_names_the_entry() {
        let file = r#"{"restrictions":[{"usage":"A","thematique":"Arroser"},{"usage":"B","thematique":"Chanter"}]}"#;
        let error = parse_usages_distincts(file.as_bytes()).unwrap_err();
        assert!(matches!(error, ImportError::Entite { index: 1, .. }));
    }
}
