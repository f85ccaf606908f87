//! Octroi d'autorisation de recherches minières (ARM, Guyane) since 2019-10-31.
//!
//! Reference: MTES-MCT/camino `rules-demarches/arm/oct.machine.ts`. The demande, the fees and the décision of the
//! autorité environnementale run in parallel with the *loi sur l'eau* region (only for mechanised prospection with
//! watercourse crossings); complétude, fee validation and recevabilité follow, then the expertises and the avis des
//! services; the saisine of the CARM makes the démarche public; a favourable avis leads (after additional fees when
//! mechanised) to the signature (`acc`) and the avenants.

use super::{Commun, Refus};
use crate::domain::etape::Etape;
use crate::referentiels::{DemarcheStatutId as Ds, EtapeStatutId as S, EtapeTypeId as T};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mecanisation {
    Inconnue,
    NonMecanise,
    Mecanise {
        frais_complementaires_valides: bool,
        franchissements: f64,
    },
}

impl Mecanisation {
    fn is_mecanise(self) -> bool {
        matches!(self, Mecanisation::Mecanise { .. })
    }

    fn franchissements(self) -> f64 {
        match self {
            Mecanisation::Mecanise {
                franchissements, ..
            } => franchissements,
            _ => 0.0,
        }
    }

    fn doit_payer_frais_complementaires(self) -> bool {
        matches!(
            self,
            Mecanisation::Mecanise {
                frais_complementaires_valides: false,
                ..
            }
        )
    }

    fn frais_complementaires_payes_ou_exemptes(self) -> bool {
        matches!(
            self,
            Mecanisation::NonMecanise
                | Mecanisation::Mecanise {
                    frais_complementaires_valides: true,
                    ..
                }
        )
    }

    /// Camino's `actionMecanisation`: a décision of the autorité environnementale implies mechanised prospection.
    fn mecanisee(self) -> Mecanisation {
        if self.is_mecanise() {
            self
        } else {
            Mecanisation::Mecanise {
                frais_complementaires_valides: false,
                franchissements: 0.0,
            }
        }
    }

    fn avec_franchissements(self, franchissements: f64) -> Mecanisation {
        match self {
            Mecanisation::Mecanise {
                frais_complementaires_valides,
                ..
            } => Mecanisation::Mecanise {
                frais_complementaires_valides,
                franchissements,
            },
            _ => Mecanisation::Mecanise {
                frais_complementaires_valides: false,
                franchissements,
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Demande {
    AFaire,
    ADeposer,
    Deposee,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dae {
    AFaire,
    ComplementsARecevoir,
    ModificationAFaire,
    Exemptee,
    ModificationFaite,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum PasRde {
    Construction {
        demande: Demande,
        frais_payes: bool,
        dae: Dae,
    },
    Completude,
    ComplementsCompletudeADemander,
    ComplementsCompletudeARecevoir,
    ValidationFrais,
    Recevabilite,
    InformationRecevabiliteARecevoir,
    ComplementsRecevabiliteARecevoir,
    Expertises {
        eau: bool,
        mines: bool,
        avis_services: bool,
    },
    AvisServicesARendre,
    AvisServicesRendu,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Rde {
    AFaire,
    ComplementsARecevoir,
    Exemptee,
    Faite,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Noeud {
    Instruction { pas_rde: PasRde, rde: Rde },
    SaisineCarm,
    AvisCarm,
    NotificationAjournement,
    NouvelleSaisineCarm,
    ComplementsSaisineCarm,
    NotificationAvisDefavorable,
    NotificationAvisFavorable,
    PaiementFraisComplementaires,
    ValidationFraisComplementaires,
    Signature,
    NotificationSignature,
    Avenant,
    NotificationAvenant,
    Desistement,
    ClassementSansSuite,
    ApresNotificationClassement,
    Fini,
}

#[derive(Debug, Clone)]
pub(super) struct Etat {
    pub(super) commun: Commun,
    mecanisation: Mecanisation,
    avis_services_fait: bool,
    frais_dossier_valides: bool,
    noeud: Noeud,
}

const INSTRUCTION_INITIALE: Noeud = Noeud::Instruction {
    pas_rde: PasRde::Construction {
        demande: Demande::AFaire,
        frais_payes: false,
        dae: Dae::AFaire,
    },
    rde: Rde::AFaire,
};

impl Etat {
    pub(super) fn initial() -> Self {
        let mut etat = Etat {
            commun: Commun::initial(),
            mecanisation: Mecanisation::Inconnue,
            avis_services_fait: false,
            frais_dossier_valides: false,
            noeud: INSTRUCTION_INITIALE,
        };
        etat.stabilise();
        etat
    }

    /// Camino tags these states `responsableDGTM`.
    pub(super) fn attend_dgtm(&self) -> bool {
        matches!(
            self.noeud,
            Noeud::Instruction {
                pas_rde: PasRde::Completude | PasRde::ValidationFrais | PasRde::Recevabilite,
                ..
            } | Noeud::ValidationFraisComplementaires
        )
    }

    fn etat_nom(&self) -> &'static str {
        match self.noeud {
            Noeud::Instruction { pas_rde, .. } => match pas_rde {
                PasRde::Construction { .. } => "demande en construction",
                PasRde::Completude => "complétude de la demande à faire",
                PasRde::ComplementsCompletudeADemander => {
                    "demande de compléments pour la complétude à faire"
                }
                PasRde::ComplementsCompletudeARecevoir => "compléments pour la complétude attendus",
                PasRde::ValidationFrais => "validation des frais de dossier à faire",
                PasRde::Recevabilite => "recevabilité de la demande à faire",
                PasRde::InformationRecevabiliteARecevoir => {
                    "informations pour la recevabilité attendues"
                }
                PasRde::ComplementsRecevabiliteARecevoir => {
                    "compléments pour la recevabilité attendus"
                }
                PasRde::Expertises { .. } => "expertises et avis des services en cours",
                PasRde::AvisServicesARendre => "avis des services à rendre",
                PasRde::AvisServicesRendu => "déclaration loi sur l'eau attendue",
            },
            Noeud::SaisineCarm => "saisine de la CARM à faire",
            Noeud::AvisCarm => "avis de la CARM attendu",
            Noeud::NotificationAjournement => "notification de l'ajournement de la CARM à faire",
            Noeud::NouvelleSaisineCarm => "nouvelle saisine de la CARM à faire",
            Noeud::ComplementsSaisineCarm => "compléments pour la saisine de la CARM attendus",
            Noeud::NotificationAvisDefavorable => "notification de l'avis défavorable à faire",
            Noeud::NotificationAvisFavorable => "notification de l'avis favorable à faire",
            Noeud::PaiementFraisComplementaires => "paiement des frais complémentaires attendu",
            Noeud::ValidationFraisComplementaires => "validation des frais complémentaires à faire",
            Noeud::Signature => "signature de l'ARM à faire",
            Noeud::NotificationSignature => "notification de la signature à faire",
            Noeud::Avenant => "ARM signée, avenant possible",
            Noeud::NotificationAvenant => "notification de l'avenant à faire",
            Noeud::Desistement => "désistement fait",
            Noeud::ClassementSansSuite => "notification du classement sans suite à faire",
            Noeud::ApresNotificationClassement => "classement sans suite notifié",
            Noeud::Fini => "procédure terminée",
        }
    }

    pub(super) fn step(&mut self, etape: &Etape) -> Result<(), Refus> {
        if !is_evenement(etape.type_id, etape.statut_id) {
            return Err(Refus::EtapeNonPrevue);
        }
        let refus = Refus::NonAutorisee {
            etat: self.etat_nom(),
        };
        let traite = self.transition(etape)?;
        if !traite {
            // Root handlers of the anchor, reached when no inner state handles the event.
            match etape.type_id {
                T::Mod if self.commun.statut == Ds::Ins && !self.commun.public => {}
                T::Des if self.commun.statut == Ds::Ins => {
                    self.commun.statut = Ds::Des;
                    self.commun.public = true;
                    self.noeud = Noeud::Desistement;
                }
                T::Css if self.commun.statut == Ds::Ins => {
                    self.commun.statut = Ds::Cls;
                    self.commun.public = true;
                    self.noeud = Noeud::ClassementSansSuite;
                }
                _ => return Err(refus),
            }
        }
        self.stabilise();
        Ok(())
    }

    /// Innermost handlers. `Ok(false)` when no state handles the event (the root handlers are tried next).
    fn transition(&mut self, etape: &Etape) -> Result<bool, Refus> {
        let (t, s) = (etape.type_id, etape.statut_id);
        let franchissements_evenement = etape.contenu.arm_franchissements();
        match self.noeud {
            Noeud::Instruction {
                mut pas_rde,
                mut rde,
            } => {
                let mut traite = false;
                // Region "pas de RDE".
                match (&mut pas_rde, t, s) {
                    (PasRde::Construction { demande, .. }, T::Mfr, _)
                        if *demande == Demande::AFaire =>
                    {
                        let mecanise = etape.contenu.arm_mecanise().unwrap_or(false);
                        let franchissements = franchissements_evenement;
                        let deja_mecanise = self.mecanisation.is_mecanise();
                        let sans_franchissement = franchissements.is_none_or(|f| f == 0.0);
                        // A mechanised prospection (implied by the autorité environnementale) cannot become manual,
                        // nor lose the crossings a loi sur l'eau étape already declared.
                        let garde = !deja_mecanise
                            || (mecanise
                                && !(self.mecanisation.franchissements() > 0.0
                                    && sans_franchissement));
                        if garde {
                            *demande = Demande::ADeposer;
                            self.mecanisation = if mecanise {
                                Mecanisation::Mecanise {
                                    frais_complementaires_valides: false,
                                    franchissements: franchissements.unwrap_or(0.0),
                                }
                            } else {
                                Mecanisation::NonMecanise
                            };
                            traite = true;
                        }
                    }
                    (PasRde::Construction { demande, .. }, T::Mdp, _)
                        if *demande == Demande::ADeposer =>
                    {
                        *demande = Demande::Deposee;
                        self.commun.statut = Ds::Ins;
                        traite = true;
                    }
                    (PasRde::Construction { frais_payes, .. }, T::Pfd, _) if !*frais_payes => {
                        *frais_payes = true;
                        traite = true;
                    }
                    (PasRde::Construction { dae, .. }, T::Dae, S::Req)
                        if matches!(dae, Dae::AFaire | Dae::ComplementsARecevoir) =>
                    {
                        *dae = Dae::ModificationAFaire;
                        self.mecanisation = self.mecanisation.mecanisee();
                        traite = true;
                    }
                    (PasRde::Construction { dae, .. }, T::Dae, S::Exe)
                        if matches!(dae, Dae::AFaire | Dae::ComplementsARecevoir) =>
                    {
                        *dae = Dae::Exemptee;
                        self.mecanisation = self.mecanisation.mecanisee();
                        traite = true;
                    }
                    (PasRde::Construction { dae, .. }, T::Mcd, _)
                        if *dae == Dae::AFaire && self.commun.statut != Ds::Eco =>
                    {
                        *dae = Dae::ComplementsARecevoir;
                        traite = true;
                    }
                    (PasRde::Construction { dae, .. }, T::Rcd, _)
                        if *dae == Dae::ComplementsARecevoir =>
                    {
                        *dae = Dae::AFaire;
                        traite = true;
                    }
                    (PasRde::Construction { dae, .. }, T::Mom, _)
                        if *dae == Dae::ModificationAFaire =>
                    {
                        *dae = Dae::ModificationFaite;
                        traite = true;
                    }
                    (PasRde::Completude, T::Mcp, S::Inc) => {
                        pas_rde = PasRde::ComplementsCompletudeADemander;
                        traite = true;
                    }
                    (PasRde::Completude, T::Mcp, S::Com) => {
                        pas_rde = PasRde::ValidationFrais;
                        traite = true;
                    }
                    (PasRde::ComplementsCompletudeADemander, T::Mcm, _) => {
                        pas_rde = PasRde::ComplementsCompletudeARecevoir;
                        traite = true;
                    }
                    (PasRde::ComplementsCompletudeARecevoir, T::Rcm, _) => {
                        pas_rde = PasRde::Completude;
                        traite = true;
                    }
                    (PasRde::ValidationFrais, T::Vfd, _) => {
                        let desiste_ou_classe = matches!(self.commun.statut, Ds::Des | Ds::Cls);
                        if !desiste_ou_classe {
                            pas_rde = PasRde::Recevabilite;
                            self.frais_dossier_valides = true;
                        } else if self.mecanisation == Mecanisation::NonMecanise {
                            self.noeud = Noeud::Fini;
                            return Ok(true);
                        } else if self.mecanisation.doit_payer_frais_complementaires() {
                            self.noeud = Noeud::ValidationFraisComplementaires;
                            return Ok(true);
                        } else {
                            return Ok(false);
                        }
                        traite = true;
                    }
                    (PasRde::Recevabilite, T::Mim, _) => {
                        pas_rde = PasRde::InformationRecevabiliteARecevoir;
                        traite = true;
                    }
                    (PasRde::Recevabilite, T::Mca, _) => {
                        pas_rde = PasRde::ComplementsRecevabiliteARecevoir;
                        traite = true;
                    }
                    (PasRde::InformationRecevabiliteARecevoir, T::Rim, _) => {
                        pas_rde = PasRde::Recevabilite;
                        traite = true;
                    }
                    (PasRde::ComplementsRecevabiliteARecevoir, T::Rca, _) => {
                        pas_rde = PasRde::Recevabilite;
                        traite = true;
                    }
                    (
                        PasRde::Recevabilite
                        | PasRde::InformationRecevabiliteARecevoir
                        | PasRde::ComplementsRecevabiliteARecevoir,
                        T::Mcr,
                        S::Fav,
                    ) => {
                        pas_rde = PasRde::Expertises {
                            eau: false,
                            mines: false,
                            avis_services: false,
                        };
                        traite = true;
                    }
                    (
                        PasRde::Recevabilite
                        | PasRde::InformationRecevabiliteARecevoir
                        | PasRde::ComplementsRecevabiliteARecevoir,
                        T::Mcr,
                        S::Def,
                    ) => {
                        pas_rde = PasRde::AvisServicesARendre;
                        traite = true;
                    }
                    (PasRde::Expertises { eau, .. }, T::Ede, _) if !*eau => {
                        *eau = true;
                        traite = true;
                    }
                    (PasRde::Expertises { mines, .. }, T::Edm, _) if !*mines => {
                        *mines = true;
                        traite = true;
                    }
                    (PasRde::Expertises { avis_services, .. }, T::Asc, _) if !*avis_services => {
                        *avis_services = true;
                        self.avis_services_fait = true;
                        traite = true;
                    }
                    (PasRde::Expertises { .. }, T::Sca, _) if self.avis_services_fait => {
                        self.commun.public = true;
                        self.noeud = Noeud::AvisCarm;
                        return Ok(true);
                    }
                    (PasRde::AvisServicesARendre, T::Asc, _) => {
                        pas_rde = PasRde::AvisServicesRendu;
                        traite = true;
                    }
                    _ => {}
                }
                // Region "déclaration loi sur l'eau".
                match (rde, t) {
                    (Rde::AFaire, T::Rde) if franchissements_evenement.unwrap_or(0.0) > 0.0 => {
                        self.accepte_ou_refuse_rde(franchissements_evenement)?;
                        rde = Rde::Faite;
                        traite = true;
                    }
                    (Rde::AFaire | Rde::ComplementsARecevoir, T::Mcb) => {
                        rde = Rde::ComplementsARecevoir;
                        traite = true;
                    }
                    (Rde::ComplementsARecevoir, T::Rcb) => {
                        let Some(franchissements) = franchissements_evenement else {
                            return Err(Refus::Condition(
                                "la réception de compléments loi sur l'eau doit indiquer le nombre de franchissements",
                            ));
                        };
                        self.mecanisation = self.mecanisation.avec_franchissements(franchissements);
                        rde = Rde::AFaire;
                        traite = true;
                    }
                    (Rde::ComplementsARecevoir, T::Rde)
                        if self.mecanisation.is_mecanise()
                            && self.mecanisation.franchissements() > 0.0 =>
                    {
                        self.accepte_ou_refuse_rde(franchissements_evenement)?;
                        rde = Rde::Faite;
                        traite = true;
                    }
                    (Rde::Exemptee, T::Mcb)
                        if matches!(self.commun.statut, Ds::Dep | Ds::Ins)
                            && self.mecanisation.is_mecanise() =>
                    {
                        rde = Rde::ComplementsARecevoir;
                        traite = true;
                    }
                    (Rde::Exemptee, T::Rde)
                        if self.mecanisation != Mecanisation::NonMecanise
                            && franchissements_evenement.unwrap_or(0.0) > 0.0 =>
                    {
                        self.accepte_ou_refuse_rde(franchissements_evenement)?;
                        rde = Rde::Faite;
                        traite = true;
                    }
                    _ => {}
                }
                if traite {
                    self.noeud = Noeud::Instruction { pas_rde, rde };
                }
                Ok(traite)
            }
            Noeud::SaisineCarm => {
                let sans_franchissement =
                    self.mecanisation.is_mecanise() && self.mecanisation.franchissements() == 0.0;
                match t {
                    T::Sca => {
                        self.commun.public = true;
                        self.noeud = Noeud::AvisCarm;
                    }
                    T::Mcb if sans_franchissement => {
                        self.noeud = Noeud::Instruction {
                            pas_rde: PasRde::AvisServicesRendu,
                            rde: Rde::ComplementsARecevoir,
                        };
                    }
                    T::Rde
                        if sans_franchissement
                            && franchissements_evenement.unwrap_or(0.0) > 0.0 =>
                    {
                        self.accepte_ou_refuse_rde(franchissements_evenement)?;
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
            Noeud::AvisCarm => {
                match (t, s) {
                    (T::Aca, S::Fav) => match self.mecanisation {
                        Mecanisation::NonMecanise => self.noeud = Noeud::Signature,
                        Mecanisation::Mecanise { .. } => {
                            self.noeud = Noeud::NotificationAvisFavorable
                        }
                        Mecanisation::Inconnue => return Ok(false),
                    },
                    (T::Aca, S::Def) => {
                        self.commun.statut = Ds::Rej;
                        self.noeud = Noeud::NotificationAvisDefavorable;
                    }
                    (T::Aca, S::Ajo) => self.noeud = Noeud::NotificationAjournement,
                    _ => return Ok(false),
                }
                Ok(true)
            }
            Noeud::NotificationAjournement => self.simple(t == T::Mna, Noeud::NouvelleSaisineCarm),
            Noeud::NouvelleSaisineCarm => match t {
                T::Mcs => self.simple(true, Noeud::ComplementsSaisineCarm),
                T::Sca => self.simple(true, Noeud::AvisCarm),
                _ => Ok(false),
            },
            Noeud::ComplementsSaisineCarm => match t {
                T::Rcs => self.simple(true, Noeud::NouvelleSaisineCarm),
                T::Sca => self.simple(true, Noeud::AvisCarm),
                _ => Ok(false),
            },
            Noeud::NotificationAvisDefavorable => self.simple(t == T::Mnd, Noeud::Fini),
            Noeud::NotificationAvisFavorable => {
                self.simple(t == T::Mnb, Noeud::PaiementFraisComplementaires)
            }
            Noeud::PaiementFraisComplementaires => {
                self.simple(t == T::Pfc, Noeud::ValidationFraisComplementaires)
            }
            Noeud::ValidationFraisComplementaires => {
                if t != T::Vfc {
                    return Ok(false);
                }
                let Mecanisation::Mecanise {
                    franchissements, ..
                } = self.mecanisation
                else {
                    return Err(Refus::Condition(
                        "des frais complémentaires ne sont dus que pour une prospection mécanisée",
                    ));
                };
                self.mecanisation = Mecanisation::Mecanise {
                    frais_complementaires_valides: true,
                    franchissements,
                };
                self.noeud = if matches!(self.commun.statut, Ds::Des | Ds::Cls) {
                    Noeud::Fini
                } else {
                    Noeud::Signature
                };
                Ok(true)
            }
            Noeud::Signature => {
                if t != T::Sco {
                    return Ok(false);
                }
                match self.mecanisation {
                    Mecanisation::Mecanise { .. } => self.noeud = Noeud::Avenant,
                    Mecanisation::NonMecanise => self.noeud = Noeud::NotificationSignature,
                    Mecanisation::Inconnue => return Ok(false),
                }
                self.commun.statut = Ds::Acc;
                Ok(true)
            }
            Noeud::NotificationSignature => self.simple(t == T::Mns, Noeud::Avenant),
            Noeud::Avenant => self.simple(t == T::Aco, Noeud::NotificationAvenant),
            Noeud::NotificationAvenant => self.simple(t == T::Mnv, Noeud::Avenant),
            Noeud::ClassementSansSuite => {
                self.simple(t == T::Mnc, Noeud::ApresNotificationClassement)
            }
            Noeud::Desistement | Noeud::ApresNotificationClassement | Noeud::Fini => Ok(false),
        }
    }

    fn simple(&mut self, condition: bool, cible: Noeud) -> Result<bool, Refus> {
        if condition {
            self.noeud = cible;
        }
        Ok(condition)
    }

    /// Camino's `actionAccepterOuRefuserRDE`: a récépissé needs at least one crossing.
    fn accepte_ou_refuse_rde(&mut self, franchissements: Option<f64>) -> Result<(), Refus> {
        match franchissements {
            Some(f) if f >= 1.0 => {
                self.mecanisation = self.mecanisation.avec_franchissements(f);
                Ok(())
            }
            _ => Err(Refus::Condition(
                "un récépissé loi sur l'eau suppose au moins un franchissement de cours d'eau",
            )),
        }
    }

    /// Applies eventless transitions and completions of parallel regions until nothing changes.
    fn stabilise(&mut self) {
        loop {
            let avant = (self.noeud, self.mecanisation);
            match &mut self.noeud {
                Noeud::Instruction { pas_rde, rde } => {
                    if let PasRde::Construction { dae, .. } = pas_rde
                        && *dae == Dae::AFaire
                        && self.mecanisation == Mecanisation::NonMecanise
                    {
                        *dae = Dae::Exemptee;
                    }
                    let mecanise_avec_franchissements = self.mecanisation.is_mecanise()
                        && self.mecanisation.franchissements() > 0.0;
                    match rde {
                        Rde::AFaire if !mecanise_avec_franchissements => *rde = Rde::Exemptee,
                        Rde::Exemptee if mecanise_avec_franchissements => *rde = Rde::AFaire,
                        _ => {}
                    }
                    if let PasRde::Construction {
                        demande: Demande::Deposee,
                        frais_payes: true,
                        dae,
                    } = pas_rde
                        && matches!(dae, Dae::Exemptee | Dae::ModificationFaite)
                    {
                        *pas_rde = PasRde::Completude;
                    }
                    if *pas_rde == PasRde::AvisServicesRendu
                        && matches!(rde, Rde::Exemptee | Rde::Faite)
                    {
                        self.noeud = Noeud::SaisineCarm;
                    }
                }
                Noeud::Desistement | Noeud::ApresNotificationClassement => {
                    if !self.frais_dossier_valides {
                        self.noeud = Noeud::Instruction {
                            pas_rde: PasRde::ValidationFrais,
                            rde: Rde::AFaire,
                        };
                    } else if self.mecanisation.doit_payer_frais_complementaires() {
                        self.noeud = Noeud::ValidationFraisComplementaires;
                    } else if self.mecanisation.frais_complementaires_payes_ou_exemptes() {
                        self.noeud = Noeud::Fini;
                    }
                }
                _ => {}
            }
            if (self.noeud, self.mecanisation) == avant {
                break;
            }
        }
        self.commun.fini = self.noeud == Noeud::Fini;
    }
}

/// The (type, statut) pairs this machine knows (Camino's `trad` table).
fn is_evenement(t: T, s: S) -> bool {
    matches!(
        (t, s),
        (T::Mfr, _)
            | (T::Mdp, _)
            | (T::Pfd, _)
            | (T::Dae, S::Req | S::Exe)
            | (T::Des, _)
            | (T::Css, _)
            | (T::Mcd, _)
            | (T::Rcd, _)
            | (T::Mom, _)
            | (T::Mcp, S::Inc | S::Com)
            | (T::Rcm, _)
            | (T::Mcm, _)
            | (T::Vfd, _)
            | (T::Rde, S::Def | S::Fav)
            | (T::Mcb, _)
            | (T::Rcb, _)
            | (T::Mnc, _)
            | (T::Mcr, S::Fav | S::Def)
            | (T::Asc, _)
            | (T::Sca, _)
            | (T::Aca, S::Fav | S::Def | S::Ajo)
            | (T::Mna, _)
            | (T::Mcs, _)
            | (T::Rcs, _)
            | (T::Mnb, _)
            | (T::Mnd, _)
            | (T::Mod, _)
            | (T::Pfc, _)
            | (T::Vfc, _)
            | (T::Sco, _)
            | (T::Mim, _)
            | (T::Rim, _)
            | (T::Mca, _)
            | (T::Rca, _)
            | (T::Ede, _)
            | (T::Edm, _)
            | (T::Mns, _)
            | (T::Aco, _)
            | (T::Mnv, _)
    )
}
