//! Procédure simplifiée (and historique) for the titre types without a specific procedure, since 1717-01-09.
//!
//! Reference: MTES-MCT/camino `rules-demarches/procedure-simplifiee/ps.machine.ts`, described exactly in spec §3.5.
//! Historic shortcuts apply while the démarche is still `eco` (no demande on record): a décision dated before
//! 2024-07-01, a publication or historic information dated before 2000-01-01. Otherwise: demande (`ins`), dépôt,
//! participation du public, décision, publication (`acp`), abrogation and its publication (`rea`).

use super::{Commun, Refus};
use crate::domain::date::CaminoDate;
use crate::domain::etape::Etape;
use crate::referentiels::{DemarcheStatutId as Ds, EtapeStatutId as S, EtapeTypeId as T};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Noeud {
    Demande,
    Instruction {
        depot: bool,
        participation: Option<S>,
        information_en_cours: bool,
    },
    PublicationAFaire,
    PublicationFacultativeDuRejet,
    AbrogationPossible,
    PublicationAbrogation,
    Fini,
}

#[derive(Debug, Clone)]
pub(super) struct Etat {
    pub(super) commun: Commun,
    noeud: Noeud,
}

/// Decisions before this date may stand without a demande on record (historic titres).
fn limite_decision_historique() -> Option<CaminoDate> {
    CaminoDate::from_ymd(2024, 7, 1)
}

/// Publications and historic information before this date may stand alone.
fn limite_publication_historique() -> Option<CaminoDate> {
    CaminoDate::from_ymd(2000, 1, 1)
}

fn avant(date: CaminoDate, limite: Option<CaminoDate>) -> bool {
    limite.is_some_and(|limite| date < limite)
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
            Noeud::Instruction { .. } => "demande en instruction",
            Noeud::PublicationAFaire => "décision acceptée, publication attendue",
            Noeud::PublicationFacultativeDuRejet => "décision de rejet, publication facultative",
            Noeud::AbrogationPossible => "décision publiée, abrogation possible",
            Noeud::PublicationAbrogation => "abrogation faite, publication attendue",
            Noeud::Fini => "procédure terminée",
        }
    }

    pub(super) fn step(&mut self, etape: &Etape) -> Result<(), Refus> {
        let (t, s, date) = (etape.type_id, etape.statut_id, etape.date);
        if !is_evenement(t, s) {
            return Err(Refus::EtapeNonPrevue);
        }
        let refus = Refus::NonAutorisee {
            etat: self.etat_nom(),
        };
        let publication = matches!((t, s), (T::Dpu | T::Rpu, S::Fai));
        match self.noeud {
            Noeud::Demande => match (t, s) {
                (T::Mfr, _) => {
                    self.commun.statut = Ds::Ins;
                    self.noeud = Noeud::Instruction {
                        depot: false,
                        participation: None,
                        information_en_cours: false,
                    };
                }
                (T::Dex, S::Acc) if avant(date, limite_decision_historique()) => self.accepte(),
                (T::Dex, S::Rej) if avant(date, limite_decision_historique()) => {
                    self.commun.statut = Ds::Rej;
                    self.noeud = Noeud::PublicationFacultativeDuRejet;
                }
                (T::Dex, S::Rei) if avant(date, limite_decision_historique()) => {
                    self.commun.statut = Ds::Rej;
                    self.commun.public = true;
                    self.noeud = Noeud::Fini;
                }
                _ if publication && avant(date, limite_publication_historique()) => {
                    self.commun.statut = Ds::Acp;
                    self.commun.public = true;
                    self.noeud = Noeud::AbrogationPossible;
                }
                (T::Ihi, _) if avant(date, limite_publication_historique()) => {
                    // A lone "informations historiques incomplètes" is accepted but stays confidential.
                    self.commun.statut = Ds::Acc;
                    self.noeud = Noeud::Fini;
                }
                _ => return Err(refus),
            },
            Noeud::Instruction {
                depot,
                participation,
                information_en_cours,
            } => match (t, s) {
                (T::Mdp, _) if !depot && participation.is_none() => {
                    self.noeud = Noeud::Instruction {
                        depot: true,
                        participation,
                        information_en_cours,
                    };
                }
                (T::Ppu, _) if participation.is_none() => {
                    self.commun.public = s != S::Pro;
                    self.noeud = Noeud::Instruction {
                        depot,
                        participation: Some(s),
                        information_en_cours,
                    };
                }
                (T::Dex, _) if participation.is_none_or(|p| p == S::Ter) => match s {
                    S::Acc => self.accepte(),
                    S::Rej => {
                        self.commun.statut = Ds::Rej;
                        self.commun.public = false;
                        self.noeud = Noeud::Fini;
                    }
                    _ => {
                        self.commun.statut = Ds::Rej;
                        self.commun.public = true;
                        self.noeud = Noeud::Fini;
                    }
                },
                (T::Mif, _) if !information_en_cours => {
                    self.noeud = Noeud::Instruction {
                        depot,
                        participation,
                        information_en_cours: true,
                    };
                }
                (T::Rif, _) if information_en_cours => {
                    self.noeud = Noeud::Instruction {
                        depot,
                        participation,
                        information_en_cours: false,
                    };
                }
                (T::Css, _) => {
                    self.commun.statut = Ds::Cls;
                    self.noeud = Noeud::Fini;
                }
                (T::Des, _) => {
                    self.commun.statut = Ds::Des;
                    self.noeud = Noeud::Fini;
                }
                _ => return Err(refus),
            },
            Noeud::PublicationAFaire if publication => {
                self.commun.statut = Ds::Acp;
                self.noeud = Noeud::AbrogationPossible;
            }
            Noeud::PublicationFacultativeDuRejet if publication => self.noeud = Noeud::Fini,
            Noeud::AbrogationPossible if t == T::Abd => self.noeud = Noeud::PublicationAbrogation,
            Noeud::PublicationAbrogation if publication => {
                self.commun.statut = Ds::Rea;
                self.noeud = Noeud::Fini;
            }
            _ => return Err(refus),
        }
        self.commun.fini = self.noeud == Noeud::Fini;
        Ok(())
    }

    fn accepte(&mut self) {
        self.commun.statut = Ds::Acc;
        self.commun.public = true;
        self.noeud = Noeud::PublicationAFaire;
    }
}

fn is_evenement(t: T, s: S) -> bool {
    matches!(
        (t, s),
        (
            T::Mfr | T::Mdp | T::Css | T::Des | T::Mif | T::Rif | T::Abd | T::Ihi,
            _
        ) | (T::Ppu, S::Pro | S::Enc | S::Ter)
            | (T::Dex, S::Acc | S::Rej | S::Rei)
            | (T::Dpu | T::Rpu, S::Fai)
    )
}
