//! Octroi of a permis exclusif de recherches de mines (PER M) since 2019-10-31.
//!
//! Reference: MTES-MCT/camino `rules-demarches/prm/oct.machine.ts` and spec §3.5: demande, dépôt (`dep`), saisine du
//! préfet, recevabilité (favourable → `ins`, public), avis de mise en concurrence au JORF unless exempted (Guyane
//! below 50 km²), then in parallel the avis (collectivités in Guyane, services, CDM outre-mer, rapport DREAL, préfet)
//! and the participation du public at least one month after the JORF notice; then the CGE, the autorité signataire,
//! the décision and its publication at the JORF (`acc`), or the rejection (`rej`) and its notifications.

use super::{Commun, Refus, au_moins_mois_apres};
use crate::domain::date::CaminoDate;
use crate::domain::etape::{Etape, PaysId};
use crate::referentiels::{DemarcheStatutId as Ds, EtapeStatutId as S, EtapeTypeId as T};

/// Below this surface (km²) a PER M in Guyane is exempted from the mise en concurrence (Camino's
/// `SUPERFICIE_MAX_POUR_EXONERATION_AVIS_MISE_EN_CONCURRENCE_AU_JORF`).
const SURFACE_MAX_EXEMPTION_KM2: f64 = 50.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Avis {
    Saisines { collectivites: bool, services: bool },
    CdmOutreMer,
    RapportDreal,
    Prefet,
    Fait,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Concurrence {
    ParticipationPasEncorePossible,
    ClotureParticipation,
    Fait,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Noeud {
    Demande,
    Depot,
    SaisinePrefet,
    Recevabilite,
    ComplementsRecevabilite,
    MiseEnConcurrence,
    Instruction {
        avis: Avis,
        concurrence: Concurrence,
    },
    SaisineCge,
    RapportCge,
    AvisCge,
    SaisineSignataire,
    Decision,
    PublicationJorf,
    Notifications {
        prefet: bool,
        demandeur: bool,
        recueil: bool,
        journal: bool,
        collectivites: bool,
    },
    Rejet {
        notifications: u8,
        decision: DecisionRejet,
    },
    Fini,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum DecisionRejet {
    ARendre,
    PublicationJorf,
    Fait,
}

#[derive(Debug, Clone)]
pub(super) struct Etat {
    pub(super) commun: Commun,
    pays: Option<PaysId>,
    surface: Option<f64>,
    avis_mise_en_concurrence: Option<CaminoDate>,
    avis_services: Option<CaminoDate>,
    participation_statut: Option<S>,
    noeud: Noeud,
}

impl Etat {
    pub(super) fn initial() -> Self {
        Etat {
            commun: Commun::initial(),
            pays: None,
            surface: None,
            avis_mise_en_concurrence: None,
            avis_services: None,
            participation_statut: None,
            noeud: Noeud::Demande,
        }
    }

    fn is_guyane(&self) -> bool {
        self.pays.as_ref().is_some_and(PaysId::is_guyane)
    }

    fn is_outre_mer(&self) -> bool {
        self.pays.as_ref().is_some_and(PaysId::is_outre_mer)
    }

    /// Camino's `estExempteDeLaMiseEnConcurrence`.
    fn exempte(&self) -> bool {
        self.is_guyane() && self.surface.is_some_and(|s| s < SURFACE_MAX_EXEMPTION_KM2)
    }

    fn un_mois_apres_avis_services(&self, date: CaminoDate) -> bool {
        self.avis_services
            .is_some_and(|avis| au_moins_mois_apres(avis, 1, date))
    }

    fn etat_nom(&self) -> &'static str {
        match self.noeud {
            Noeud::Demande => "demande à faire",
            Noeud::Depot => "dépôt de la demande à faire",
            Noeud::SaisinePrefet => "saisine du préfet à faire",
            Noeud::Recevabilite => "recevabilité de la demande à faire",
            Noeud::ComplementsRecevabilite => "compléments pour la recevabilité attendus",
            Noeud::MiseEnConcurrence => "avis de mise en concurrence au JORF attendu",
            Noeud::Instruction { .. } => "avis et participation du public en cours",
            Noeud::SaisineCge => "saisine du conseil général de l'économie à faire",
            Noeud::RapportCge => "rapport du conseil général de l'économie attendu",
            Noeud::AvisCge => "avis du conseil général de l'économie attendu",
            Noeud::SaisineSignataire => "saisine de l'autorité signataire à faire",
            Noeud::Decision => "décision de l'administration attendue",
            Noeud::PublicationJorf => "publication de la décision au JORF attendue",
            Noeud::Notifications { .. } => "notifications et publications en cours",
            Noeud::Rejet { .. } => "demande rejetée, notifications en cours",
            Noeud::Fini => "procédure terminée",
        }
    }

    pub(super) fn step(&mut self, etape: &Etape) -> Result<(), Refus> {
        let (t, s) = (etape.type_id, etape.statut_id);
        if !is_evenement(t, s) {
            return Err(Refus::EtapeNonPrevue);
        }
        let refus = Refus::NonAutorisee {
            etat: self.etat_nom(),
        };
        if !self.transition(etape)? {
            let depose_ou_en_instruction = matches!(self.commun.statut, Ds::Dep | Ds::Ins);
            match t {
                T::Mod | T::Mif | T::Rif if depose_ou_en_instruction => {}
                T::Des if depose_ou_en_instruction => self.termine(Ds::Des),
                T::Css if self.commun.statut == Ds::Ins => self.termine(Ds::Cls),
                _ => return Err(refus),
            }
        }
        self.stabilise()
    }

    fn termine(&mut self, statut: Ds) {
        self.commun.statut = statut;
        self.commun.public = true;
        self.noeud = Noeud::Fini;
    }

    fn transition(&mut self, etape: &Etape) -> Result<bool, Refus> {
        let (t, s) = (etape.type_id, etape.statut_id);
        let recevable = |etat: &mut Etat| {
            etat.commun.statut = Ds::Ins;
            etat.commun.public = true;
            etat.noeud = Noeud::MiseEnConcurrence;
        };
        match (self.noeud, t, s) {
            (Noeud::Demande, T::Mfr, _) => {
                // A demande without pays is taken as metropolitan France, as the anchor does.
                let pays = etape
                    .pays_id
                    .clone()
                    .unwrap_or_else(|| PaysId("FR".to_string()));
                if pays.is_guyane() && etape.surface.is_none() {
                    return Err(Refus::Condition(
                        "la surface de la demande est obligatoire en Guyane",
                    ));
                }
                self.pays = Some(pays);
                self.surface = Some(etape.surface.unwrap_or(0.0));
                self.noeud = Noeud::Depot;
            }
            (Noeud::Depot, T::Mdp, _) => {
                self.commun.statut = Ds::Dep;
                self.noeud = Noeud::SaisinePrefet;
            }
            (Noeud::SaisinePrefet, T::Spp, _) => self.noeud = Noeud::Recevabilite,
            (Noeud::Recevabilite, T::Mca, _) => self.noeud = Noeud::ComplementsRecevabilite,
            (Noeud::ComplementsRecevabilite, T::Rca, _) => self.noeud = Noeud::Recevabilite,
            (Noeud::Recevabilite | Noeud::ComplementsRecevabilite, T::Mcr, S::Fav) => {
                recevable(self)
            }
            (Noeud::Recevabilite | Noeud::ComplementsRecevabilite, T::Mcr, S::Def) => {}
            (Noeud::MiseEnConcurrence, T::Anf, _) => {
                self.avis_mise_en_concurrence = Some(etape.date);
                self.noeud = self.instruction_initiale();
            }
            (Noeud::Instruction { avis, concurrence }, _, _) => {
                return self.instruction(avis, concurrence, etape);
            }
            (Noeud::SaisineCge, T::Scg, _) => self.noeud = Noeud::RapportCge,
            (Noeud::RapportCge, T::Rcg, _) => self.noeud = Noeud::AvisCge,
            (Noeud::AvisCge, T::Acg, _) => self.noeud = Noeud::SaisineSignataire,
            (Noeud::SaisineSignataire, T::Sas, _) => self.noeud = Noeud::Decision,
            (Noeud::Decision, T::Dex, S::Acc) => self.noeud = Noeud::PublicationJorf,
            (Noeud::Decision, T::Dex, S::Rej) => {
                self.commun.statut = Ds::Rej;
                self.noeud = Noeud::Rejet {
                    notifications: 0,
                    decision: DecisionRejet::ARendre,
                };
            }
            (Noeud::PublicationJorf, T::Dpu, _) => {
                // Unlike the procédure simplifiée, the publication ends on `acc`, not `acp` (spec §8).
                self.commun.statut = Ds::Acc;
                self.noeud = Noeud::Notifications {
                    prefet: false,
                    demandeur: false,
                    recueil: false,
                    journal: false,
                    collectivites: false,
                };
            }
            (
                Noeud::Notifications {
                    prefet,
                    demandeur,
                    recueil,
                    journal,
                    collectivites,
                },
                _,
                _,
            ) => {
                let suivant = match t {
                    T::Npp if !prefet => Noeud::Notifications {
                        prefet: true,
                        demandeur,
                        recueil,
                        journal,
                        collectivites,
                    },
                    T::Mno if !demandeur => Noeud::Notifications {
                        prefet,
                        demandeur: true,
                        recueil,
                        journal,
                        collectivites,
                    },
                    T::Rpu if !recueil => Noeud::Notifications {
                        prefet,
                        demandeur,
                        recueil: true,
                        journal,
                        collectivites,
                    },
                    T::Pqr if !journal => Noeud::Notifications {
                        prefet,
                        demandeur,
                        recueil,
                        journal: true,
                        collectivites,
                    },
                    T::Ncl if !collectivites => Noeud::Notifications {
                        prefet,
                        demandeur,
                        recueil,
                        journal,
                        collectivites: true,
                    },
                    _ => return Ok(false),
                };
                self.noeud = suivant;
            }
            (
                Noeud::Rejet {
                    notifications,
                    decision,
                },
                _,
                _,
            ) => {
                self.noeud = match (t, s, notifications, decision) {
                    (T::Npp, _, 0, _) => Noeud::Rejet {
                        notifications: 1,
                        decision,
                    },
                    (T::Mno, _, 1, _) => Noeud::Rejet {
                        notifications: 2,
                        decision,
                    },
                    (T::And, S::Rej, _, DecisionRejet::ARendre) => Noeud::Rejet {
                        notifications,
                        decision: DecisionRejet::Fait,
                    },
                    (T::Abd, _, _, DecisionRejet::ARendre) => Noeud::Rejet {
                        notifications,
                        decision: DecisionRejet::PublicationJorf,
                    },
                    (T::Dpu, _, _, DecisionRejet::PublicationJorf) => Noeud::Rejet {
                        notifications,
                        decision: DecisionRejet::Fait,
                    },
                    _ => return Ok(false),
                };
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn instruction_initiale(&self) -> Noeud {
        Noeud::Instruction {
            avis: Avis::Saisines {
                collectivites: false,
                services: false,
            },
            concurrence: Concurrence::ParticipationPasEncorePossible,
        }
    }

    fn instruction(
        &mut self,
        avis: Avis,
        concurrence: Concurrence,
        etape: &Etape,
    ) -> Result<bool, Refus> {
        let (t, s) = (etape.type_id, etape.statut_id);
        let mut avis_suivant = avis;
        let mut concurrence_suivante = concurrence;
        let mut traite = false;
        match (avis, t) {
            (
                Avis::Saisines {
                    collectivites: false,
                    services,
                },
                T::Adc,
            ) if self.is_guyane() => {
                avis_suivant = Avis::Saisines {
                    collectivites: true,
                    services,
                };
                traite = true;
            }
            (
                Avis::Saisines {
                    collectivites,
                    services: false,
                },
                T::Asc,
            ) => {
                self.avis_services = Some(etape.date);
                avis_suivant = Avis::Saisines {
                    collectivites,
                    services: true,
                };
                traite = true;
            }
            (Avis::Saisines { services: true, .. } | Avis::CdmOutreMer, T::Apo) => {
                if !(self.is_outre_mer() && self.un_mois_apres_avis_services(etape.date)) {
                    return Err(Refus::Condition(
                        "l'avis de la commission départementale des mines n'existe qu'outre-mer, au moins un mois après l'avis des services",
                    ));
                }
                avis_suivant = Avis::RapportDreal;
                traite = true;
            }
            (Avis::Saisines { services: true, .. } | Avis::RapportDreal, T::Apd) => {
                if !self.un_mois_apres_avis_services(etape.date) {
                    return Err(Refus::Condition(
                        "le rapport de la DREAL doit être rendu au moins un mois après l'avis des services et commissions consultatives",
                    ));
                }
                avis_suivant = Avis::Prefet;
                traite = true;
            }
            (Avis::Prefet, T::App) => {
                avis_suivant = Avis::Fait;
                traite = true;
            }
            _ => {}
        }
        match (concurrence, t) {
            (Concurrence::ParticipationPasEncorePossible, T::Mec) if !self.exempte() => {
                traite = true
            }
            (Concurrence::ParticipationPasEncorePossible, T::Ppu) => {
                let ouverte = self.exempte()
                    || self
                        .avis_mise_en_concurrence
                        .is_some_and(|avis| au_moins_mois_apres(avis, 1, etape.date));
                if !ouverte {
                    return Err(Refus::Condition(
                        "la participation du public s'ouvre au moins un mois après l'avis de mise en concurrence au JORF",
                    ));
                }
                self.participation_statut = Some(s);
                concurrence_suivante = Concurrence::ClotureParticipation;
                traite = true;
            }
            _ => {}
        }
        if traite {
            self.noeud = Noeud::Instruction {
                avis: avis_suivant,
                concurrence: concurrence_suivante,
            };
        }
        Ok(traite)
    }

    /// Eventless transitions and completions of parallel regions.
    fn stabilise(&mut self) -> Result<(), Refus> {
        loop {
            let avant = self.noeud;
            match self.noeud {
                Noeud::MiseEnConcurrence if self.exempte() => {
                    self.noeud = self.instruction_initiale()
                }
                Noeud::Instruction { avis, concurrence } => {
                    let avis = match avis {
                        Avis::Saisines {
                            collectivites: false,
                            services,
                        } if !self.is_guyane() => Avis::Saisines {
                            collectivites: true,
                            services,
                        },
                        Avis::Saisines {
                            collectivites: true,
                            services: true,
                        } if self.is_outre_mer() => Avis::CdmOutreMer,
                        Avis::Saisines {
                            collectivites: true,
                            services: true,
                        } => Avis::RapportDreal,
                        autre => autre,
                    };
                    let concurrence = match concurrence {
                        Concurrence::ClotureParticipation
                            if self.participation_statut == Some(S::Ter) =>
                        {
                            Concurrence::Fait
                        }
                        autre => autre,
                    };
                    self.noeud = if avis == Avis::Fait && concurrence == Concurrence::Fait {
                        Noeud::SaisineCge
                    } else {
                        Noeud::Instruction { avis, concurrence }
                    };
                }
                Noeud::Notifications {
                    prefet: true,
                    demandeur: true,
                    recueil: true,
                    journal: true,
                    collectivites: true,
                } => {
                    self.noeud = Noeud::Fini;
                }
                Noeud::Rejet {
                    notifications: 2,
                    decision: DecisionRejet::Fait,
                } => self.noeud = Noeud::Fini,
                _ => {}
            }
            if self.noeud == avant {
                break;
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
                | T::Spp
                | T::Mca
                | T::Rca
                | T::Anf
                | T::Mec
                | T::Ppu
                | T::Asc
                | T::Apo
                | T::Apd
                | T::App
                | T::Adc
                | T::Scg
                | T::Rcg
                | T::Acg
                | T::Sas
                | T::Dpu
                | T::Npp
                | T::Mno
                | T::Rpu
                | T::Pqr
                | T::Ncl
                | T::Abd
                | T::Des
                | T::Css
                | T::Mod
                | T::Mif
                | T::Rif,
            _
        ) | (T::Mcr, S::Fav | S::Def)
            | (T::Dex, S::Acc | S::Rej)
            | (T::And, S::Rej)
    )
}
