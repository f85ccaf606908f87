//! Which procedure machine applies to a démarche (Camino's `demarchesDefinitions` and `demarcheDefinitionFind`).
//!
//! The machine depends on the titre type, the démarche type and the date of the dépôt (else of the first étape):
//! definitions are tried from the most recent start date, the first whose start is strictly before that date and
//! which covers the pair wins; a démarche listed in that definition's exceptions gets no machine at all (legacy
//! rules apply, there is no fallback to an older definition).

use super::date::CaminoDate;
use super::etape::{DemarcheId, Etape};
use super::machines::MachineId;
use crate::referentiels::{DemarcheTypeId as D, EtapeTypeId, TitreTypeId as T};

/// A dated procedure definition.
#[derive(Debug)]
pub struct Definition {
    /// Machine replaying the étapes.
    pub machine: MachineId,
    /// Titre types covered.
    pub titres_types: &'static [T],
    /// Démarche types covered.
    pub demarches_types: &'static [D],
    /// The machine applies to démarches deposited strictly after this date (`YYYY-MM-DD`).
    pub date_debut: (i32, u32, u32),
    /// Real démarches of the register that predate the rules and keep the legacy computation.
    pub exceptions: &'static [&'static str],
}

/// Every démarche type except travaux (`aom`, `dam`, `dot`).
const NON_TRAVAUX: &[D] = &[
    D::Amo,
    D::Ces,
    D::Con,
    D::Dec,
    D::Dep,
    D::Exp,
    D::Exs,
    D::Fus,
    D::Mut,
    D::Oct,
    D::Pr1,
    D::Pr2,
    D::Pre,
    D::Pro,
    D::Prr,
    D::Ren,
    D::Res,
    D::Ret,
    D::Vct,
    D::Vut,
];

/// The definitions of the anchor at commit `efade14` (the reform's "procédure spécifique", dated 4000-01-01 and
/// therefore inactive, is not listed).
pub static DEFINITIONS: [Definition; 7] = [
    Definition {
        machine: MachineId::ArmOct,
        titres_types: &[T::Arm],
        demarches_types: &[D::Oct],
        date_debut: (2019, 10, 31),
        exceptions: &[],
    },
    Definition {
        machine: MachineId::ArmRenPro,
        titres_types: &[T::Arm],
        demarches_types: &[D::Ren, D::Pro],
        date_debut: (2019, 10, 31),
        exceptions: &[],
    },
    Definition {
        machine: MachineId::PrmOct,
        titres_types: &[T::Prm],
        demarches_types: &[D::Oct],
        date_debut: (2019, 10, 31),
        exceptions: &[
            "FfJTtP9EEfvf3VZy81hpF7ms",
            "lynG9hx3x05LaqpySr0qxeca",
            "xjvFNG3I8YOv2xLw6FQJjTab",
            "fWlR3sADjURm21wM2j7UZF3R",
            "eySDrrpK4KKukIw3II3nk3G1",
            "PYrSWWMeDDDYfJfgWa09LVlp",
        ],
    },
    Definition {
        machine: MachineId::AxmOct,
        titres_types: &[T::Axm],
        demarches_types: &[D::Oct],
        // First AXM instructed under these rules: m-ax-crique-tumuc-humac-2020.
        date_debut: (2020, 9, 30),
        exceptions: &[
            "C3rs92l1eci3mLvsAGkv7gVV",
            "YEWeODXiFb7xKJB2OQlTyc14",
            // Avis of the DGTM less than 30 days after the saisine des services.
            "ktPyoaDYzJi2faPMtAeKFZ5l",
        ],
    },
    Definition {
        machine: MachineId::AxmPro,
        titres_types: &[T::Axm],
        demarches_types: &[D::Pro],
        date_debut: (2000, 1, 1),
        // Complete démarches that do not follow the flowchart.
        exceptions: &[
            "Fq6lCWTS6h8k5dAsG6LLm3Gw",
            "TlqKNgdYzYVrUXieMJAqWYBD",
            "ka8jUJq3ESxAdhE6QacBlqS8",
            "d2443R01mLB8Nv2ZAhNSZdx3",
            "Od6oeREEAXvUyvdQWUOgKhTS",
            "M7VhIeD27VR0kKrkPTQHyXeH",
            "VWBvpOx3n4dN7WCQoYUEC6vM",
            "A17SapPN5NzwSBEOeoagQcHt",
            "tuQqpnDSYhnTGlkkxTsDUf0r",
            "s8ONjdmsJivnfnhE4ENNVmOb",
            "nk5alZi7lSkxGVMlmsmyaqOv",
            "Eg3T3fvnJETbYBmd8BJYfc1h",
            "ohHg9uU2zd9m3MvF6yJ3KxLr",
            "zsDao5HywdHx7YRlWjEMklZJ",
            "51G6AmHKKX5wFjbN6zJ3kufK",
            "08eC26bUf4PCr6qj9Rl4Qa1F",
            "OBKZ23yRO6e4VP7MyXwgCp6U",
        ],
    },
    Definition {
        machine: MachineId::ProcedureSimplifiee,
        titres_types: &[
            T::Pxg,
            T::Arg,
            T::Cxr,
            T::Inr,
            T::Prr,
            T::Pxr,
            T::Cxf,
            T::Prf,
            T::Pxf,
            T::Arc,
            T::Apc,
            T::Pcc,
        ],
        demarches_types: NON_TRAVAUX,
        // Oldest étape on record.
        date_debut: (1717, 1, 9),
        exceptions: &[],
    },
    Definition {
        machine: MachineId::ProcedureSimplifiee,
        titres_types: &[
            T::Cxg,
            T::Prg,
            T::Cxs,
            T::Prs,
            T::Aph,
            T::Cxh,
            T::Prh,
            T::Pxh,
        ],
        demarches_types: &[
            D::Mut,
            D::Amo,
            D::Ces,
            D::Con,
            D::Dec,
            D::Vct,
            D::Dep,
            D::Fus,
            D::Vut,
            D::Ren,
            D::Res,
            D::Ret,
        ],
        date_debut: (1717, 1, 9),
        exceptions: &[],
    },
];

impl Definition {
    /// Start date.
    pub fn debut(&self) -> Option<CaminoDate> {
        let (annee, mois, jour) = self.date_debut;
        CaminoDate::from_ymd(annee, mois, jour)
    }
}

/// Date deciding the procedure: the dépôt de la demande, else the earliest étape (Camino's
/// `titreDemarcheDepotDemandeDateFind`); drafts are ignored.
pub fn date_reference<'a>(etapes: impl IntoIterator<Item = &'a Etape>) -> Option<CaminoDate> {
    let non_brouillons = etapes.into_iter().filter(|e| !e.is_brouillon);
    let mut depot = None;
    let mut premiere: Option<CaminoDate> = None;
    for etape in non_brouillons {
        if etape.type_id == EtapeTypeId::Mdp {
            depot = Some(etape.date);
        }
        premiere = Some(premiere.map_or(etape.date, |p| p.min(etape.date)));
    }
    depot.or(premiere)
}

/// The definition that applies, if any. `None` for an excepted démarche or an uncovered pair.
pub fn find_definition(
    titre_type: T,
    demarche_type: D,
    demarche_id: &DemarcheId,
    date: Option<CaminoDate>,
) -> Option<&'static Definition> {
    let mut candidates: Vec<&'static Definition> = DEFINITIONS.iter().collect();
    candidates.sort_by_key(|d| std::cmp::Reverse(d.date_debut));
    let definition = candidates.into_iter().find(|d| {
        let apres_debut = match (date, d.debut()) {
            (Some(date), Some(debut)) => debut < date,
            // Without any étape the anchor keeps the most recent covering definition.
            (None, _) => true,
            (Some(_), None) => false,
        };
        apres_debut
            && d.titres_types.contains(&titre_type)
            && d.demarches_types.contains(&demarche_type)
    })?;
    if definition.exceptions.contains(&demarche_id.as_str()) {
        return None;
    }
    Some(definition)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<CaminoDate> {
        CaminoDate::parse(s).ok()
    }

    #[test]
    fn machine_applies_strictly_after_its_start_date() {
        let id = DemarcheId::from("demarche");
        assert_eq!(
            find_definition(T::Arm, D::Oct, &id, date("2019-10-31")).map(|d| d.machine),
            None
        );
        assert_eq!(
            find_definition(T::Arm, D::Oct, &id, date("2019-11-01")).map(|d| d.machine),
            Some(MachineId::ArmOct)
        );
        assert_eq!(
            find_definition(T::Axm, D::Pro, &id, date("2000-01-02")).map(|d| d.machine),
            Some(MachineId::AxmPro)
        );
    }

    #[test]
    fn excepted_demarches_get_no_machine() {
        let excepte = DemarcheId::from("ktPyoaDYzJi2faPMtAeKFZ5l");
        assert!(find_definition(T::Axm, D::Oct, &excepte, date("2021-01-01")).is_none());
    }

    #[test]
    fn procedure_simplifiee_covers_old_titres() {
        let id = DemarcheId::from("demarche");
        assert_eq!(
            find_definition(T::Pxg, D::Oct, &id, date("1810-01-01")).map(|d| d.machine),
            Some(MachineId::ProcedureSimplifiee)
        );
        // Travaux and uncovered pairs have no machine.
        assert!(find_definition(T::Pxg, D::Aom, &id, date("2020-01-01")).is_none());
        assert!(find_definition(T::Cxh, D::Oct, &id, date("2020-01-01")).is_none());
    }
}
