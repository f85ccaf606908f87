//! The dated procedure machines: each legal procedure as a state machine over the étapes of a démarche.
//!
//! Reference: MTES-MCT/camino `packages/api/src/business/rules-demarches/*/*.machine.ts` (xstate statecharts).
//! Each machine here is a hand-written Rust state (an enum of nodes plus the context flags of the anchor) with a
//! `step` function; xstate's semantics that matter are reproduced explicitly: the innermost state handles an event
//! first, then the root handlers; eventless (`always`) transitions and `onDone` of parallel states are applied after
//! every step until stable; an event with no enabled transition, or any event after a final state, is refused.
//! Unlike the anchor, a refusal is an error carrying its reason, never a silent `ind`.

mod arm_oct;
mod arm_ren_pro;
mod axm;
mod prm_oct;
mod procedure_simplifiee;

use std::fmt;

use super::date::CaminoDate;
use super::etape::{ContenuValeur, Etape, PaysId};
use crate::referentiels::{
    DGTM_GUYANE, DemarcheStatutId, ETAPES_TYPES_ETAPES_STATUTS, EtapeStatutId, EtapeTypeId,
};

/// The procedure machines of the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MachineId {
    /// Octroi d'autorisation de recherches minières (Guyane), since 2019-10-31.
    ArmOct,
    /// Renonciation or prolongation of an ARM, since 2019-10-31.
    ArmRenPro,
    /// Octroi d'autorisation d'exploitation (Guyane), since 2020-09-30.
    AxmOct,
    /// Prolongation of an AXM, since 2000-01-01.
    AxmPro,
    /// Octroi of a permis exclusif de recherches M, since 2019-10-31.
    PrmOct,
    /// Procédure simplifiée / historique.
    ProcedureSimplifiee,
}

impl MachineId {
    /// Every machine.
    pub const ALL: [MachineId; 6] = [
        MachineId::ArmOct,
        MachineId::ArmRenPro,
        MachineId::AxmOct,
        MachineId::AxmPro,
        MachineId::PrmOct,
        MachineId::ProcedureSimplifiee,
    ];

    /// Short name used by the command line (`arm-oct`, `procedure-simplifiee`…).
    pub fn code(self) -> &'static str {
        match self {
            MachineId::ArmOct => "arm-oct",
            MachineId::ArmRenPro => "arm-ren-pro",
            MachineId::AxmOct => "axm-oct",
            MachineId::AxmPro => "axm-pro",
            MachineId::PrmOct => "prm-oct",
            MachineId::ProcedureSimplifiee => "procedure-simplifiee",
        }
    }

    /// Parses a command-line short name.
    pub fn from_code(code: &str) -> Option<MachineId> {
        MachineId::ALL.into_iter().find(|m| m.code() == code)
    }

    /// French name of the procedure.
    pub fn nom(self) -> &'static str {
        match self {
            MachineId::ArmOct => "octroi d'ARM",
            MachineId::ArmRenPro => "renonciation ou prolongation d'ARM",
            MachineId::AxmOct => "octroi d'AXM",
            MachineId::AxmPro => "prolongation d'AXM",
            MachineId::PrmOct => "octroi de PER M",
            MachineId::ProcedureSimplifiee => "procédure simplifiée",
        }
    }
}

impl fmt::Display for MachineId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.nom())
    }
}

/// Why a machine refuses an étape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refus {
    /// A final state was reached: nothing may follow.
    ProcedureTerminee,
    /// This (type, statut) is not an event of the procedure at all.
    EtapeNonPrevue,
    /// The étape exists in the procedure but is not allowed in the current state.
    NonAutorisee {
        /// French description of the current state.
        etat: &'static str,
    },
    /// A condition of the procedure is not met.
    Condition(&'static str),
}

impl fmt::Display for Refus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refus::ProcedureTerminee => {
                f.write_str("la procédure est terminée, aucune étape ne peut suivre")
            }
            Refus::EtapeNonPrevue => f.write_str("cette étape n'existe pas dans cette procédure"),
            Refus::NonAutorisee { etat } => {
                write!(f, "cette étape n'est pas possible à ce stade ({etat})")
            }
            Refus::Condition(condition) => f.write_str(condition),
        }
    }
}

/// Context shared by every machine (Camino's `CaminoCommonContext`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Commun {
    pub(crate) statut: DemarcheStatutId,
    pub(crate) public: bool,
    pub(crate) fini: bool,
}

impl Commun {
    fn initial() -> Self {
        Commun {
            statut: DemarcheStatutId::Eco,
            public: false,
            fini: false,
        }
    }
}

/// The state of a machine after some étapes.
#[derive(Debug, Clone)]
pub struct EtatMachine {
    machine: MachineId,
    noeud: Noeud,
}

#[derive(Debug, Clone)]
enum Noeud {
    ArmOct(arm_oct::Etat),
    ArmRenPro(arm_ren_pro::Etat),
    Axm(axm::Etat),
    PrmOct(prm_oct::Etat),
    Ps(procedure_simplifiee::Etat),
}

impl EtatMachine {
    /// The initial state: `eco`, confidential.
    pub fn initial(machine: MachineId) -> Self {
        let noeud = match machine {
            MachineId::ArmOct => Noeud::ArmOct(arm_oct::Etat::initial()),
            MachineId::ArmRenPro => Noeud::ArmRenPro(arm_ren_pro::Etat::initial()),
            MachineId::AxmOct => Noeud::Axm(axm::Etat::initial(false)),
            MachineId::AxmPro => Noeud::Axm(axm::Etat::initial(true)),
            MachineId::PrmOct => Noeud::PrmOct(prm_oct::Etat::initial()),
            MachineId::ProcedureSimplifiee => Noeud::Ps(procedure_simplifiee::Etat::initial()),
        };
        EtatMachine { machine, noeud }
    }

    /// The machine.
    pub fn machine(&self) -> MachineId {
        self.machine
    }

    fn commun(&self) -> &Commun {
        match &self.noeud {
            Noeud::ArmOct(e) => &e.commun,
            Noeud::ArmRenPro(e) => &e.commun,
            Noeud::Axm(e) => &e.commun,
            Noeud::PrmOct(e) => &e.commun,
            Noeud::Ps(e) => &e.commun,
        }
    }

    /// Statut of the démarche in this state.
    pub fn statut(&self) -> DemarcheStatutId {
        self.commun().statut
    }

    /// Whether the démarche is public in this state.
    pub fn public(&self) -> bool {
        self.commun().public
    }

    /// Whether a final state was reached.
    pub fn is_fini(&self) -> bool {
        self.commun().fini
    }

    /// Feeds one étape; on refusal the state is left unchanged.
    pub fn step(&mut self, etape: &Etape) -> Result<(), Refus> {
        if self.is_fini() {
            return Err(Refus::ProcedureTerminee);
        }
        let mut suivant = self.noeud.clone();
        match &mut suivant {
            Noeud::ArmOct(e) => e.step(etape)?,
            Noeud::ArmRenPro(e) => e.step(etape)?,
            Noeud::Axm(e) => e.step(etape)?,
            Noeud::PrmOct(e) => e.step(etape)?,
            Noeud::Ps(e) => e.step(etape)?,
        }
        self.noeud = suivant;
        Ok(())
    }

    /// Administrations the démarche is waiting for (Camino's `whoIsBlocking`).
    pub fn bloquants(&self) -> Vec<&'static str> {
        let dgtm = match &self.noeud {
            Noeud::ArmOct(e) => e.attend_dgtm(),
            Noeud::Axm(e) => e.attend_dgtm(),
            Noeud::ArmRenPro(_) | Noeud::PrmOct(_) | Noeud::Ps(_) => false,
        };
        if dgtm && !self.is_fini() {
            vec![DGTM_GUYANE]
        } else {
            Vec::new()
        }
    }

    /// Étapes (type, statut) that the machine would accept next at `date`.
    ///
    /// Like the anchor's `possibleNextEtapes`, the étapes whose acceptance depends on their content are tried with
    /// a few representative contents (mechanised or not, crossings, pays and surface).
    pub fn possible_next_etapes(&self, date: CaminoDate) -> Vec<(EtapeTypeId, EtapeStatutId)> {
        let mut possibles = Vec::new();
        for &(type_id, statut_id) in &ETAPES_TYPES_ETAPES_STATUTS {
            let accepte = candidats(type_id, statut_id, date).iter().any(|candidat| {
                let mut essai = self.clone();
                essai.step(candidat).is_ok()
            });
            if accepte {
                possibles.push((type_id, statut_id));
            }
        }
        possibles
    }
}

/// Representative étapes of a (type, statut) for the look-ahead of [`EtatMachine::possible_next_etapes`].
fn candidats(type_id: EtapeTypeId, statut_id: EtapeStatutId, date: CaminoDate) -> Vec<Etape> {
    let base = Etape::new(type_id, statut_id, date);
    let mut candidats = vec![base.clone()];
    // Contents tried by Camino's ARM machine for the demande and the loi sur l'eau étapes.
    for (mecanise, franchissements) in [
        (Some(false), Some(3.0)),
        (Some(true), None),
        (Some(true), Some(0.0)),
        (Some(true), Some(2.0)),
    ] {
        let mut etape = base.clone();
        if let Some(m) = mecanise {
            etape
                .contenu
                .set("arm", "mecanise", ContenuValeur::Booleen(m));
        }
        if let Some(f) = franchissements {
            etape
                .contenu
                .set("arm", "franchissements", ContenuValeur::Nombre(f));
        }
        candidats.push(etape);
    }
    // Pays and surfaces tried by Camino's PRM machine (exemption of the mise en concurrence below 50 km²).
    for (pays, surface) in [("GF", 51.0), ("GF", 49.0), ("WF", 0.0), ("FR", 0.0)] {
        let mut etape = base.clone();
        etape.pays_id = Some(PaysId(pays.to_string()));
        etape.surface = Some(surface);
        candidats.push(etape);
    }
    candidats
}

/// Replays étapes in the given order; returns the final state or the index of the refused étape and the reason.
pub fn replay<'a>(
    machine: MachineId,
    etapes: impl IntoIterator<Item = &'a Etape>,
) -> Result<EtatMachine, (usize, Refus)> {
    let mut etat = EtatMachine::initial(machine);
    for (index, etape) in etapes.into_iter().enumerate() {
        etat.step(etape).map_err(|refus| (index, refus))?;
    }
    Ok(etat)
}

/// Orders étapes for a machine (Camino's `orderMachine`), returning indices into `etapes`.
///
/// By date, then same-day étapes are permuted depth-first until the machine accepts the whole sequence; without a
/// solution the plain date order is returned.
pub fn order_etapes(machine: MachineId, etapes: &[Etape]) -> Vec<usize> {
    let mut par_date: Vec<usize> = (0..etapes.len()).collect();
    par_date.sort_by_key(|&i| etapes[i].date);
    let mut solution = Vec::with_capacity(etapes.len());
    if search(
        EtatMachine::initial(machine),
        etapes,
        &par_date,
        &mut solution,
    ) {
        solution
    } else {
        par_date
    }
}

fn search(
    etat: EtatMachine,
    etapes: &[Etape],
    restantes: &[usize],
    solution: &mut Vec<usize>,
) -> bool {
    let Some(&premiere) = restantes.first() else {
        return true;
    };
    let date = etapes[premiere].date;
    let memes_jour: Vec<usize> = restantes
        .iter()
        .copied()
        .filter(|&i| etapes[i].date == date)
        .collect();
    let mut deja_essayees: Vec<(EtapeTypeId, EtapeStatutId)> = Vec::new();
    for candidate in memes_jour {
        let cle = (etapes[candidate].type_id, etapes[candidate].statut_id);
        // Identical same-day étapes are interchangeable: the anchor always takes the first of them.
        if deja_essayees.contains(&cle) {
            continue;
        }
        deja_essayees.push(cle);
        let mut suivant = etat.clone();
        if suivant.step(&etapes[candidate]).is_err() {
            continue;
        }
        let reste: Vec<usize> = restantes
            .iter()
            .copied()
            .filter(|&i| i != candidate)
            .collect();
        solution.push(candidate);
        if search(suivant, etapes, &reste, solution) {
            return true;
        }
        solution.pop();
    }
    false
}

/// Months between a reference date and an étape date reached (`date ≥ reference + months`), with the anchor's
/// overflowing month arithmetic.
pub(crate) fn au_moins_mois_apres(reference: CaminoDate, mois: i32, date: CaminoDate) -> bool {
    reference.add_months(mois).days_until(date) >= 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(type_id: EtapeTypeId, statut_id: EtapeStatutId, date: &str) -> Etape {
        Etape::new(type_id, statut_id, CaminoDate::parse(date).expect("date"))
    }

    #[test]
    fn same_day_etapes_are_permuted_until_the_machine_accepts_them() {
        // mdp is given before mfr on the same day: only mfr then mdp is a valid sequence.
        let etapes = vec![
            e(EtapeTypeId::Mdp, EtapeStatutId::Fai, "2020-01-01"),
            e(EtapeTypeId::Mfr, EtapeStatutId::Fai, "2020-01-01"),
            e(EtapeTypeId::Spp, EtapeStatutId::Fai, "2020-01-02"),
        ];
        assert_eq!(order_etapes(MachineId::PrmOct, &etapes), vec![1, 0, 2]);
    }

    #[test]
    fn without_solution_the_date_order_is_kept() {
        let etapes = vec![
            e(EtapeTypeId::Spp, EtapeStatutId::Fai, "2020-01-03"),
            e(EtapeTypeId::Mdp, EtapeStatutId::Fai, "2020-01-01"),
        ];
        assert_eq!(order_etapes(MachineId::PrmOct, &etapes), vec![1, 0]);
    }

    #[test]
    fn machine_codes_round_trip() {
        for machine in MachineId::ALL {
            assert_eq!(MachineId::from_code(machine.code()), Some(machine));
        }
        assert_eq!(MachineId::from_code("inconnue"), None);
    }

    #[test]
    fn a_final_state_refuses_any_further_etape() {
        let etapes = [
            e(EtapeTypeId::Mfr, EtapeStatutId::Fai, "2020-01-01"),
            e(EtapeTypeId::Mdp, EtapeStatutId::Fai, "2020-01-02"),
            e(EtapeTypeId::Des, EtapeStatutId::Fai, "2020-01-03"),
        ];
        let mut etat = replay(MachineId::ArmRenPro, &etapes).expect("séquence valide");
        assert!(etat.is_fini());
        assert_eq!(
            etat.step(&e(EtapeTypeId::Mcr, EtapeStatutId::Fav, "2020-01-04")),
            Err(Refus::ProcedureTerminee)
        );
        assert!(
            etat.possible_next_etapes(CaminoDate::parse("2020-01-05").expect("date"))
                .is_empty()
        );
    }

    #[test]
    fn possible_next_etapes_after_a_demande_is_the_depot() {
        let etat = replay(
            MachineId::ArmRenPro,
            [&e(EtapeTypeId::Mfr, EtapeStatutId::Fai, "2020-01-01")],
        )
        .expect("séquence valide");
        assert_eq!(
            etat.possible_next_etapes(CaminoDate::parse("2020-01-02").expect("date")),
            vec![(EtapeTypeId::Mdp, EtapeStatutId::Fai)]
        );
    }
}
