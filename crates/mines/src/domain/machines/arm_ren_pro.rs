//! Renonciation or prolongation of an ARM since 2019-10-31.
//!
//! Reference: MTES-MCT/camino `rules-demarches/arm/ren-pro.machine.ts` and spec §3.5: demande (stays `eco`),
//! dépôt (`dep`), recevabilité (favourable → `ins`, public; compléments and modification loops), avis des services
//! (→ `acc`), then avenants and their notifications; désistement while déposé or en instruction, classement sans
//! suite while en instruction (then its notification ends the procedure).

use super::{Commun, Refus};
use crate::domain::etape::Etape;
use crate::referentiels::{DemarcheStatutId as Ds, EtapeStatutId as S, EtapeTypeId as T};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Noeud {
    Demande,
    Depot,
    Recevabilite,
    ComplementsRecevabilite,
    Modification,
    AvisServices,
    Avenant,
    NotificationAvenant,
    NotificationClassement,
    Fini,
}

#[derive(Debug, Clone)]
pub(super) struct Etat {
    pub(super) commun: Commun,
    noeud: Noeud,
}

impl Etat {
    pub(super) fn initial() -> Self {
        Etat {
            commun: Commun::initial(),
            noeud: Noeud::Demande,
        }
    }

    fn etat_nom(&self) -> &'static str {
        match self.noeud {
            Noeud::Demande => "demande à faire",
            Noeud::Depot => "dépôt de la demande à faire",
            Noeud::Recevabilite => "recevabilité de la demande à faire",
            Noeud::ComplementsRecevabilite => "compléments pour la recevabilité attendus",
            Noeud::Modification => "modification de la demande attendue",
            Noeud::AvisServices => "avis des services à rendre",
            Noeud::Avenant => "demande acceptée, avenant possible",
            Noeud::NotificationAvenant => "notification de l'avenant à faire",
            Noeud::NotificationClassement => "notification du classement sans suite à faire",
            Noeud::Fini => "procédure terminée",
        }
    }

    pub(super) fn step(&mut self, etape: &Etape) -> Result<(), Refus> {
        let (t, s) = (etape.type_id, etape.statut_id);
        if !is_evenement(t, s) {
            return Err(Refus::EtapeNonPrevue);
        }
        let recevable = |etat: &mut Etat| {
            etat.commun.statut = Ds::Ins;
            etat.commun.public = true;
            etat.noeud = Noeud::AvisServices;
        };
        match (self.noeud, t, s) {
            (Noeud::Demande, T::Mfr, _) => self.noeud = Noeud::Depot,
            (Noeud::Depot, T::Mdp, _) => {
                self.commun.statut = Ds::Dep;
                self.noeud = Noeud::Recevabilite;
            }
            (Noeud::Recevabilite, T::Mca, _) => self.noeud = Noeud::ComplementsRecevabilite,
            (Noeud::ComplementsRecevabilite, T::Rca, _) => self.noeud = Noeud::Recevabilite,
            (Noeud::Recevabilite | Noeud::ComplementsRecevabilite, T::Mcr, S::Fav) => {
                recevable(self)
            }
            (Noeud::Recevabilite | Noeud::ComplementsRecevabilite, T::Mcr, S::Def) => {
                self.noeud = Noeud::Modification
            }
            (Noeud::Modification, T::Mod, _) => self.noeud = Noeud::Recevabilite,
            (Noeud::AvisServices, T::Asc, _) => {
                self.commun.statut = Ds::Acc;
                self.noeud = Noeud::Avenant;
            }
            (Noeud::Avenant, T::Aco, _) => self.noeud = Noeud::NotificationAvenant,
            (Noeud::NotificationAvenant, T::Mnv, _) => self.noeud = Noeud::Avenant,
            (Noeud::NotificationClassement, T::Mnc, _) => self.noeud = Noeud::Fini,
            // Root handlers.
            (_, T::Des, _) if matches!(self.commun.statut, Ds::Ins | Ds::Dep) => {
                self.commun.statut = Ds::Des;
                self.commun.public = true;
                self.noeud = Noeud::Fini;
            }
            (_, T::Css, _) if self.commun.statut == Ds::Ins => {
                self.commun.statut = Ds::Cls;
                self.commun.public = true;
                self.noeud = Noeud::NotificationClassement;
            }
            _ => {
                return Err(Refus::NonAutorisee {
                    etat: self.etat_nom(),
                });
            }
        }
        self.commun.fini = self.noeud == Noeud::Fini;
        Ok(())
    }
}

fn is_evenement(t: T, s: S) -> bool {
    matches!(
        (t, s),
        (
            T::Mfr
                | T::Mdp
                | T::Mca
                | T::Rca
                | T::Mod
                | T::Asc
                | T::Aco
                | T::Mnv
                | T::Des
                | T::Css
                | T::Mnc,
            _
        ) | (T::Mcr, S::Fav | S::Def)
    )
}
