//! Octroi (since 2020-09-30) and prolongation (since 2000-01-01) of an autorisation d'exploitation (AXM, Guyane).
//!
//! Reference: MTES-MCT/camino `rules-demarches/axm/oct.machine.ts` and `pro.machine.ts`, spec §3.5. The octroi starts
//! with three parallel steps (demande, décision of the autorité environnementale, décision of the landowner); the
//! prolongation starts with the demande. Both then run: dépôt (`dep`), recevabilité (favourable → `ins`, public),
//! avis des collectivités and des services, rapport of the DREAL at least one month after the avis des services,
//! commission départementale des mines, décision (`acc` or `rej`), then publications and notifications in any order.

use super::{Commun, Refus, au_moins_mois_apres};
use crate::domain::date::CaminoDate;
use crate::domain::etape::Etape;
use crate::referentiels::{DemarcheStatutId as Ds, EtapeStatutId as S, EtapeTypeId as T};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dae {
    ARendre,
    ModificationAFaire,
    Exemptee,
    ModificationFaite,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Noeud {
    /// Octroi only: demande, autorité environnementale and landowner in parallel.
    Initial {
        demande: bool,
        dae: Dae,
        proprietaire: bool,
    },
    /// Prolongation only.
    Demande,
    Depot,
    Recevabilite,
    ComplementsRecevabilite,
    Modification,
    Saisines {
        information_en_cours: bool,
    },
    AvisDreal,
    SaisineOuAvisCdm,
    AvisCdm,
    SaisineSignataireOuDecision,
    Decision,
    DecisionRendue,
    Publications {
        notification_demandeur: bool,
        recueil: bool,
        journal: bool,
        collectivites: bool,
    },
    JugeAFaire,
    ClassementAFaire,
    Abrogation,
    Annulation,
    Desistement,
    Classement,
}

#[derive(Debug, Clone)]
pub(super) struct Etat {
    pub(super) commun: Commun,
    prolongation: bool,
    demande_faite: bool,
    dae_requise_ou_demande_deposee: bool,
    avis_services: Option<CaminoDate>,
    avis_collectivites: bool,
    noeud: Noeud,
}

impl Etat {
    pub(super) fn initial(prolongation: bool) -> Self {
        Etat {
            commun: Commun::initial(),
            prolongation,
            demande_faite: false,
            dae_requise_ou_demande_deposee: false,
            avis_services: None,
            avis_collectivites: false,
            noeud: if prolongation {
                Noeud::Demande
            } else {
                Noeud::Initial {
                    demande: false,
                    dae: Dae::ARendre,
                    proprietaire: false,
                }
            },
        }
    }

    fn avis_dreal_possible(&self) -> bool {
        self.avis_services.is_some() && self.avis_collectivites
    }

    /// Camino tags these states with the DGTM Guyane.
    pub(super) fn attend_dgtm(&self) -> bool {
        match self.noeud {
            Noeud::Depot | Noeud::Recevabilite | Noeud::AvisDreal | Noeud::ClassementAFaire => true,
            Noeud::Saisines { .. } => self.avis_dreal_possible(),
            _ => false,
        }
    }

    fn etat_nom(&self) -> &'static str {
        match self.noeud {
            Noeud::Initial { .. } => {
                "demande, décision de l'autorité environnementale et du propriétaire du sol attendues"
            }
            Noeud::Demande => "demande à faire",
            Noeud::Depot => "dépôt de la demande à faire",
            Noeud::Recevabilite => "recevabilité de la demande à faire",
            Noeud::ComplementsRecevabilite => "compléments pour la recevabilité attendus",
            Noeud::Modification => "modification de la demande attendue",
            Noeud::Saisines { .. } => "avis des collectivités et des services attendus",
            Noeud::AvisDreal => "rapport de la DREAL attendu",
            Noeud::SaisineOuAvisCdm => {
                "saisine ou avis de la commission départementale des mines attendu"
            }
            Noeud::AvisCdm => "avis de la commission départementale des mines attendu",
            Noeud::SaisineSignataireOuDecision => {
                "saisine de l'autorité signataire ou décision attendue"
            }
            Noeud::Decision => "décision de l'administration attendue",
            Noeud::DecisionRendue => "décision rendue, publications et notifications attendues",
            Noeud::Publications { .. } => "publications et notifications en cours",
            Noeud::JugeAFaire => "rejet implicite, décision du juge administratif possible",
            Noeud::ClassementAFaire => {
                "propriétaire du sol défavorable, classement sans suite attendu"
            }
            Noeud::Abrogation | Noeud::Annulation | Noeud::Desistement | Noeud::Classement => {
                "procédure terminée"
            }
        }
    }

    pub(super) fn step(&mut self, etape: &Etape) -> Result<(), Refus> {
        let (t, s) = (etape.type_id, etape.statut_id);
        if !self.is_evenement(t, s) {
            return Err(Refus::EtapeNonPrevue);
        }
        let refus = Refus::NonAutorisee {
            etat: self.etat_nom(),
        };
        if !self.transition(etape)? && !self.racine(t, s) {
            return Err(refus);
        }
        self.stabilise();
        Ok(())
    }

    fn racine(&mut self, t: T, s: S) -> bool {
        let en_cours = matches!(self.commun.statut, Ds::Eco | Ds::Dep | Ds::Ins);
        let depose_ou_en_instruction = matches!(self.commun.statut, Ds::Dep | Ds::Ins);
        match t {
            T::Des
                if (self.prolongation && depose_ou_en_instruction)
                    || (!self.prolongation && self.demande_faite && en_cours) =>
            {
                self.termine(Noeud::Desistement, Ds::Des);
            }
            T::Css
                if (self.prolongation && depose_ou_en_instruction)
                    || (!self.prolongation && self.dae_requise_ou_demande_deposee && en_cours) =>
            {
                self.termine(Noeud::Classement, Ds::Cls);
            }
            T::Dim if self.prolongation && s == S::Rej && depose_ou_en_instruction => {
                self.commun.statut = Ds::Rej;
                self.commun.public = true;
                self.noeud = Noeud::JugeAFaire;
            }
            _ => return false,
        }
        true
    }

    fn termine(&mut self, noeud: Noeud, statut: Ds) {
        self.noeud = noeud;
        self.commun.statut = statut;
        self.commun.public = true;
    }

    fn transition(&mut self, etape: &Etape) -> Result<bool, Refus> {
        let (t, s) = (etape.type_id, etape.statut_id);
        let recevable = |etat: &mut Etat| {
            etat.commun.statut = Ds::Ins;
            etat.commun.public = true;
            etat.noeud = Noeud::Saisines {
                information_en_cours: false,
            };
        };
        match (self.noeud, t, s) {
            (
                Noeud::Initial {
                    demande: false,
                    dae,
                    proprietaire,
                },
                T::Mfr,
                _,
            ) => {
                self.demande_faite = true;
                self.noeud = Noeud::Initial {
                    demande: true,
                    dae,
                    proprietaire,
                };
            }
            (
                Noeud::Initial {
                    demande,
                    dae: Dae::ARendre,
                    proprietaire,
                },
                T::Dae,
                S::Req,
            ) => {
                self.dae_requise_ou_demande_deposee = true;
                self.noeud = Noeud::Initial {
                    demande,
                    dae: Dae::ModificationAFaire,
                    proprietaire,
                };
            }
            (
                Noeud::Initial {
                    demande,
                    dae: Dae::ARendre,
                    proprietaire,
                },
                T::Dae,
                S::Exe,
            ) => {
                self.noeud = Noeud::Initial {
                    demande,
                    dae: Dae::Exemptee,
                    proprietaire,
                };
            }
            (
                Noeud::Initial {
                    demande,
                    dae: Dae::ModificationAFaire,
                    proprietaire,
                },
                T::Mom,
                _,
            ) => {
                self.noeud = Noeud::Initial {
                    demande,
                    dae: Dae::ModificationFaite,
                    proprietaire,
                };
            }
            (
                Noeud::Initial {
                    demande,
                    dae,
                    proprietaire: false,
                },
                T::Asl,
                S::Fav | S::Fre,
            ) => {
                self.noeud = Noeud::Initial {
                    demande,
                    dae,
                    proprietaire: true,
                };
            }
            (
                Noeud::Initial {
                    proprietaire: false,
                    ..
                },
                T::Asl,
                S::Def,
            ) => self.noeud = Noeud::ClassementAFaire,
            (Noeud::Demande, T::Mfr, _) => {
                self.demande_faite = true;
                self.noeud = Noeud::Depot;
            }
            (Noeud::Depot, T::Mdp, _) => {
                self.commun.statut = Ds::Dep;
                self.dae_requise_ou_demande_deposee = true;
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
            (Noeud::Recevabilite, T::Dim, S::Rej) if !self.prolongation => {
                self.commun.statut = Ds::Rej;
                self.commun.public = true;
                self.noeud = Noeud::JugeAFaire;
            }
            (Noeud::Modification, T::Mod, _) => self.noeud = Noeud::Recevabilite,
            (
                Noeud::Saisines {
                    information_en_cours: false,
                },
                T::Mie,
                _,
            ) => {
                self.noeud = Noeud::Saisines {
                    information_en_cours: true,
                };
            }
            (
                Noeud::Saisines {
                    information_en_cours: true,
                },
                T::Rie,
                _,
            ) => {
                self.noeud = Noeud::Saisines {
                    information_en_cours: false,
                };
            }
            (Noeud::Saisines { .. }, T::Adc, _) if !self.avis_collectivites => {
                self.avis_collectivites = true
            }
            (Noeud::Saisines { .. }, T::Asc, _) if self.avis_services.is_none() => {
                self.avis_services = Some(etape.date);
            }
            (Noeud::Saisines { .. }, T::Apd, _) if self.avis_dreal_possible() => {
                self.avis_dreal(etape.date)?;
                self.noeud = Noeud::SaisineOuAvisCdm;
            }
            (Noeud::AvisDreal, T::Apd, _) => {
                self.avis_dreal(etape.date)?;
                self.noeud = Noeud::SaisineOuAvisCdm;
            }
            (Noeud::SaisineOuAvisCdm, T::Spo, _) => self.noeud = Noeud::AvisCdm,
            (Noeud::SaisineOuAvisCdm | Noeud::AvisCdm, T::Apo, S::Ajo) => {
                self.noeud = Noeud::AvisDreal
            }
            (Noeud::SaisineOuAvisCdm | Noeud::AvisCdm, T::Apo, _) => {
                self.noeud = Noeud::SaisineSignataireOuDecision
            }
            (Noeud::SaisineSignataireOuDecision, T::Sas, _) => self.noeud = Noeud::Decision,
            (Noeud::SaisineSignataireOuDecision | Noeud::Decision, T::Dex, S::Acc) => {
                self.commun.statut = Ds::Acc;
                self.noeud = Noeud::DecisionRendue;
            }
            (Noeud::SaisineSignataireOuDecision | Noeud::Decision, T::Dex, S::Rej) => {
                self.commun.statut = Ds::Rej;
                self.noeud = Noeud::DecisionRendue;
            }
            (Noeud::DecisionRendue, T::Abd, _) => self.noeud = Noeud::Abrogation,
            (Noeud::DecisionRendue | Noeud::JugeAFaire, T::And, _) => {
                // The anchor's final state "annulation par le juge administratif" sets `rej` on entry.
                self.commun.statut = Ds::Rej;
                self.noeud = Noeud::Annulation;
            }
            (Noeud::DecisionRendue, T::Mno | T::Rpu | T::Pqr | T::Ncl, _) => {
                self.noeud = Noeud::Publications {
                    notification_demandeur: t == T::Mno,
                    recueil: t == T::Rpu,
                    journal: t == T::Pqr,
                    collectivites: t == T::Ncl,
                };
            }
            (
                Noeud::Publications {
                    notification_demandeur: false,
                    recueil,
                    journal,
                    collectivites,
                },
                T::Mno,
                _,
            ) => {
                self.noeud = Noeud::Publications {
                    notification_demandeur: true,
                    recueil,
                    journal,
                    collectivites,
                };
            }
            (
                Noeud::Publications {
                    notification_demandeur,
                    recueil: false,
                    journal,
                    collectivites,
                },
                T::Rpu,
                _,
            ) => {
                self.noeud = Noeud::Publications {
                    notification_demandeur,
                    recueil: true,
                    journal,
                    collectivites,
                };
            }
            (
                Noeud::Publications {
                    notification_demandeur,
                    recueil,
                    journal: false,
                    collectivites,
                },
                T::Pqr,
                _,
            ) => {
                self.noeud = Noeud::Publications {
                    notification_demandeur,
                    recueil,
                    journal: true,
                    collectivites,
                };
            }
            (
                Noeud::Publications {
                    notification_demandeur,
                    recueil,
                    journal,
                    collectivites: false,
                },
                T::Ncl,
                _,
            ) => {
                self.noeud = Noeud::Publications {
                    notification_demandeur,
                    recueil,
                    journal,
                    collectivites: true,
                };
            }
            (Noeud::ClassementAFaire, T::Css, _) => self.termine(Noeud::Classement, Ds::Cls),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Camino's `peutRendreAvisDREAL`: the rapport comes at least one month after the avis des services.
    fn avis_dreal(&self, date: CaminoDate) -> Result<(), Refus> {
        match self.avis_services {
            Some(avis) if au_moins_mois_apres(avis, 1, date) => Ok(()),
            _ => Err(Refus::Condition(
                "le rapport de la DREAL doit être rendu au moins un mois après l'avis des services et commissions consultatives",
            )),
        }
    }

    /// Completion of the initial parallel steps of the octroi (Camino's `onDone` to the dépôt).
    fn stabilise(&mut self) {
        if let Noeud::Initial {
            demande: true,
            dae: Dae::Exemptee | Dae::ModificationFaite,
            proprietaire: true,
        } = self.noeud
        {
            self.noeud = Noeud::Depot;
        }
        self.commun.fini = matches!(
            self.noeud,
            Noeud::Abrogation | Noeud::Annulation | Noeud::Desistement | Noeud::Classement
        );
    }

    fn is_evenement(&self, t: T, s: S) -> bool {
        let commun = matches!(
            (t, s),
            (
                T::Mfr | T::Mdp | T::Mca | T::Rca | T::Mod | T::Adc | T::Asc | T::Spo | T::Sas,
                _
            ) | (T::Mcr, S::Fav | S::Def)
                | (T::Apd, _)
                | (T::Apo, _)
                | (T::Dex, S::Acc | S::Rej)
                | (
                    T::Mno
                        | T::Rpu
                        | T::Pqr
                        | T::Ncl
                        | T::Abd
                        | T::Mie
                        | T::Rie
                        | T::And
                        | T::Des
                        | T::Css,
                    _
                )
                | (T::Dim, S::Rej)
        );
        let octroi = matches!(
            (t, s),
            (T::Dae, S::Exe | S::Req) | (T::Mom, _) | (T::Asl, _)
        );
        commun || (!self.prolongation && octroi)
    }
}
