//! Replay of a file of machine cases (`*.cas.json` of Camino) for `fabrique mines rejouer <machine> <cas.json>`.
//!
//! Each case lists the étapes of a real démarche in the order the machine consumes them and the expected
//! (statut, public). Every étape must be accepted and the result must equal the expectation; a refused étape
//! yields the anchor's `ind`, not public, with the reason of the refusal.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::domain::date::CaminoDate;
use crate::domain::etape::{Contenu, ContenuValeur, Etape, PaysId};
use crate::domain::machines::MachineId;
use crate::domain::statut::replay_explained;
use crate::referentiels::{EtapeStatutId, EtapeTypeId};

/// A case file that cannot be replayed at all.
#[derive(Debug, Error)]
pub enum RejeuError {
    /// The machine name is not one of the six machines.
    #[error(
        "machine inconnue « {0} » : choisir parmi arm-oct, arm-ren-pro, axm-oct, axm-pro, prm-oct, procedure-simplifiee"
    )]
    MachineInconnue(String),
    /// The file is not a JSON list of cases.
    #[error("fichier de cas illisible : {0}")]
    JsonInvalide(#[from] serde_json::Error),
}

/// The result of one case, printed as one JSON line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LigneRejeu {
    /// Id of the case.
    pub id: Value,
    /// Computed statut.
    pub statut: String,
    /// Computed visibility.
    pub public: bool,
    /// Expected statut.
    pub attendu_statut: String,
    /// Expected visibility.
    pub attendu_public: bool,
    /// Computed equals expected and no étape was refused.
    pub ok: bool,
    /// Why an étape was refused, in French.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raison: Option<String>,
}

impl LigneRejeu {
    /// One-line JSON rendering.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"erreur\":\"{e}\"}}"))
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CasDto {
    id: Value,
    demarche_statut_id: String,
    demarche_publique: bool,
    etapes: Vec<EtapeDto>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EtapeDto {
    date: String,
    etape_type_id: String,
    etape_statut_id: String,
    #[serde(default)]
    contenu: Option<Value>,
    #[serde(default)]
    pays_id: Option<String>,
    #[serde(default)]
    surface: Option<f64>,
}

/// Converts a JSON `contenu` object into a [`Contenu`]; unknown value shapes are ignored.
pub fn contenu_from_json(value: &Value) -> Contenu {
    let mut contenu = Contenu::default();
    let Some(sections) = value.as_object() else {
        return contenu;
    };
    for (section, elements) in sections {
        let Some(elements) = elements.as_object() else {
            continue;
        };
        for (element, valeur) in elements {
            let valeur = match valeur {
                Value::Bool(b) => ContenuValeur::Booleen(*b),
                Value::Number(n) => match n.as_f64() {
                    Some(n) => ContenuValeur::Nombre(n),
                    None => continue,
                },
                Value::String(s) => ContenuValeur::Texte(s.clone()),
                Value::Array(items) => ContenuValeur::Liste(
                    items
                        .iter()
                        .filter_map(|i| i.as_str().map(str::to_string))
                        .collect(),
                ),
                Value::Null | Value::Object(_) => continue,
            };
            contenu.set(section, element, valeur);
        }
    }
    contenu
}

fn etape_from_dto(dto: &EtapeDto) -> Result<Etape, String> {
    let date = CaminoDate::parse(&dto.date).map_err(|e| e.to_string())?;
    let type_id = EtapeTypeId::from_id(&dto.etape_type_id)
        .ok_or_else(|| format!("type d'étape inconnu « {} »", dto.etape_type_id))?;
    let statut_id = EtapeStatutId::from_id(&dto.etape_statut_id)
        .ok_or_else(|| format!("statut d'étape inconnu « {} »", dto.etape_statut_id))?;
    let mut etape = Etape::new(type_id, statut_id, date);
    etape.contenu = dto
        .contenu
        .as_ref()
        .map(contenu_from_json)
        .unwrap_or_default();
    etape.pays_id = dto.pays_id.as_deref().map(|p| PaysId(p.to_string()));
    etape.surface = dto.surface;
    Ok(etape)
}

/// Replays every case of a `*.cas.json` file with the named machine.
pub fn rejouer(machine: &str, json: &str) -> Result<Vec<LigneRejeu>, RejeuError> {
    let machine = MachineId::from_code(machine)
        .ok_or_else(|| RejeuError::MachineInconnue(machine.to_string()))?;
    let cas: Vec<CasDto> = serde_json::from_str(json)?;
    Ok(cas.iter().map(|c| rejouer_cas(machine, c)).collect())
}

fn rejouer_cas(machine: MachineId, cas: &CasDto) -> LigneRejeu {
    let ligne = |statut: &str, public: bool, raison: Option<String>| LigneRejeu {
        id: cas.id.clone(),
        statut: statut.to_string(),
        public,
        attendu_statut: cas.demarche_statut_id.clone(),
        attendu_public: cas.demarche_publique,
        ok: raison.is_none() && statut == cas.demarche_statut_id && public == cas.demarche_publique,
        raison,
    };
    let etapes: Result<Vec<Etape>, String> = cas.etapes.iter().map(etape_from_dto).collect();
    let etapes = match etapes {
        Ok(etapes) => etapes,
        Err(raison) => return ligne("ind", false, Some(raison)),
    };
    let refs: Vec<&Etape> = etapes.iter().collect();
    match replay_explained(machine, &refs) {
        Ok((etat, _)) => ligne(etat.statut().as_str(), etat.public(), None),
        Err(erreur) => ligne("ind", false, Some(erreur.to_string())),
    }
}

/// Whether every line is ok (the command exits with 1 otherwise).
pub fn tous_ok(lignes: &[LigneRejeu]) -> bool {
    lignes.iter().all(|l| l.ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_machine_is_refused_with_the_list_of_machines() {
        let erreur = rejouer("xyz", "[]").expect_err("machine inconnue");
        assert!(erreur.to_string().contains("arm-oct"));
    }

    #[test]
    fn a_refused_etape_gives_ind_and_its_reason() {
        let json = r#"[{"id": 7, "demarcheStatutId": "dep", "demarchePublique": false,
            "etapes": [{"date": "2020-01-01", "etapeTypeId": "mdp", "etapeStatutId": "fai"}]}]"#;
        let lignes = rejouer("arm-ren-pro", json).expect("fichier valide");
        assert_eq!(lignes.len(), 1);
        assert!(!lignes[0].ok);
        assert_eq!(lignes[0].statut, "ind");
        let raison = lignes[0].raison.as_deref().unwrap_or_default();
        assert!(raison.contains("dépôt de la demande"), "{raison}");
        assert!(lignes[0].to_json_line().contains("\"raison\""));
    }

    #[test]
    fn an_accepted_case_prints_its_statut() {
        let json = r#"[{"id": 1, "demarcheStatutId": "dep", "demarchePublique": false,
            "etapes": [{"date": "2020-01-01", "etapeTypeId": "mfr", "etapeStatutId": "fai"},
                       {"date": "2020-01-02", "etapeTypeId": "mdp", "etapeStatutId": "fai"}]}]"#;
        let lignes = rejouer("arm-ren-pro", json).expect("fichier valide");
        assert!(tous_ok(&lignes));
        assert_eq!(
            lignes[0].to_json_line(),
            r#"{"id":1,"statut":"dep","public":false,"attendu_statut":"dep","attendu_public":false,"ok":true}"#
        );
    }
}
