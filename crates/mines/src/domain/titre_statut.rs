//! Statut of a titre at any date (spec §3.7, Camino's `titreStatutIdFind`).

use super::date::CaminoDate;
use super::phases::Phase;
use crate::referentiels::{DemarcheStatutId, DemarcheTypeId, TitreStatutId};

/// A démarche as the titre statut needs it.
#[derive(Debug, Clone, Copy)]
pub struct DemarcheStatutPhase {
    /// Type.
    pub type_id: DemarcheTypeId,
    /// Computed statut.
    pub statut: DemarcheStatutId,
    /// Computed phase.
    pub phase: Option<Phase>,
}

/// Statut of the titre at `date`, with the sentence explaining it.
pub fn titre_statut(
    date: CaminoDate,
    demarches: &[DemarcheStatutPhase],
) -> (TitreStatutId, &'static str) {
    let non_travaux: Vec<&DemarcheStatutPhase> = demarches
        .iter()
        .filter(|d| !d.type_id.is_travaux())
        .collect();
    if non_travaux.is_empty() {
        return (
            TitreStatutId::Ind,
            "le titre n'a aucune démarche hors travaux",
        );
    }
    if non_travaux
        .iter()
        .all(|d| d.statut == DemarcheStatutId::Ind)
    {
        return (
            TitreStatutId::Ind,
            "toutes les démarches du titre sont indéterminées",
        );
    }
    if let [seule] = non_travaux.as_slice()
        && seule.type_id.is_octroi()
    {
        if seule.statut.is_non_statue() {
            return (
                TitreStatutId::Dmi,
                "la seule démarche est un octroi non encore statué",
            );
        }
        if seule.statut.is_non_valide() {
            return (
                TitreStatutId::Dmc,
                "la seule démarche est un octroi rejeté, classé, désisté",
            );
        }
        if seule.phase.is_none() {
            return (
                TitreStatutId::Dmi,
                "la seule démarche est un octroi sans période de validité",
            );
        }
    }
    // Validity and "modification en instance" consider every phase, travaux included (they have none in practice).
    let phases = demarches.iter().filter_map(|d| d.phase);
    let valide = phases.clone().any(|p| {
        p.date_fin
            .is_some_and(|fin| p.date_debut <= date && date <= fin)
    });
    let modification = phases.clone().any(|p| p.date_fin.is_none());
    match (valide, modification) {
        (true, true) => (
            TitreStatutId::Mod,
            "une période de validité couvre la date et une démarche est en instance",
        ),
        (true, false) => (TitreStatutId::Val, "une période de validité couvre la date"),
        (false, true) => (
            TitreStatutId::Sup,
            "la validité est échue mais une démarche est en instance (survie provisoire)",
        ),
        (false, false) => (
            TitreStatutId::Ech,
            "aucune période de validité ne couvre la date",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referentiels::{DemarcheStatutId as Ds, DemarcheTypeId as D};

    fn d(s: &str) -> CaminoDate {
        CaminoDate::parse(s).expect("date")
    }

    fn dem(type_id: D, statut: Ds, phase: Option<(&str, Option<&str>)>) -> DemarcheStatutPhase {
        DemarcheStatutPhase {
            type_id,
            statut,
            phase: phase.map(|(debut, fin)| Phase {
                date_debut: d(debut),
                date_fin: fin.map(d),
            }),
        }
    }

    const AUJOURDHUI: &str = "2020-12-01";

    // Vectors of MTES-MCT/camino `titre-statut-id-find.test.ts`, with phases in place of étape end dates.
    #[test]
    fn titre_without_demarche_is_ind() {
        assert_eq!(titre_statut(d(AUJOURDHUI), &[]).0, TitreStatutId::Ind);
    }

    #[test]
    fn titre_whose_demarches_are_ind_is_ind() {
        assert_eq!(
            titre_statut(d(AUJOURDHUI), &[dem(D::Oct, Ds::Ind, None)]).0,
            TitreStatutId::Ind
        );
    }

    #[test]
    fn titre_ending_in_the_future_is_val() {
        let demarches = [dem(
            D::Oct,
            Ds::Acc,
            Some(("2014-04-01", Some("3014-04-01"))),
        )];
        assert_eq!(
            titre_statut(d(AUJOURDHUI), &demarches).0,
            TitreStatutId::Val
        );
    }

    #[test]
    fn titre_ended_in_the_past_is_ech() {
        let demarches = [dem(
            D::Oct,
            Ds::Acc,
            Some(("1014-04-01", Some("2014-04-01"))),
        )];
        assert_eq!(
            titre_statut(d(AUJOURDHUI), &demarches).0,
            TitreStatutId::Ech
        );
    }

    #[test]
    fn lone_octroi_in_instruction_or_deposited_is_dmi() {
        for statut in [Ds::Ins, Ds::Dep, Ds::Eco] {
            assert_eq!(
                titre_statut(d(AUJOURDHUI), &[dem(D::Oct, statut, None)]).0,
                TitreStatutId::Dmi
            );
        }
    }

    #[test]
    fn lone_octroi_rejected_classed_or_withdrawn_is_dmc() {
        for statut in [Ds::Rej, Ds::Cls, Ds::Des] {
            assert_eq!(
                titre_statut(d(AUJOURDHUI), &[dem(D::Oct, statut, None)]).0,
                TitreStatutId::Dmc
            );
        }
    }

    #[test]
    fn prolongation_deposited_during_validity_is_mod() {
        let demarches = [
            dem(D::Pr1, Ds::Eco, Some(("2020-04-01", None))),
            dem(D::Oct, Ds::Acc, Some(("1014-04-01", Some("2020-04-01")))),
        ];
        // The octroi ended before today and the prolongation is pending: survie provisoire.
        assert_eq!(
            titre_statut(d(AUJOURDHUI), &demarches).0,
            TitreStatutId::Sup
        );
        assert_eq!(
            titre_statut(d("2020-03-01"), &demarches).0,
            TitreStatutId::Mod
        );
    }

    #[test]
    fn travaux_are_ignored() {
        assert_eq!(
            titre_statut(d(AUJOURDHUI), &[dem(D::Aom, Ds::Acc, None)]).0,
            TitreStatutId::Ind
        );
    }
}
