//! Statut and visibility of a démarche, with the explanation of how they were obtained.
//!
//! Order of the rules (spec §3.4, Camino's `titreDemarcheStatutIdFind` and `titreDemarchePublicFind`): no étape →
//! `ind`; travaux → table of the latest étape; a dated procedure machine when one applies; otherwise the legacy
//! rules of demandes and unilateral démarches. A machine refusing an étape is an error naming the étape and the
//! reason — the anchor silently yields `ind` instead.

use std::fmt;

use thiserror::Error;

use super::date::CaminoDate;
use super::definitions::{date_reference, find_definition};
use super::etape::{Demarche, Etape};
use super::machines::{EtatMachine, MachineId, Refus, order_etapes};
use super::visibilite::demarche_public_hors_machine;
use crate::referentiels::{
    DemarcheStatutId as Ds, DemarcheTypeId as D, EtapeStatutId as S, EtapeTypeId as T, TitreTypeId,
};

/// A démarche whose étapes the procedure refuses.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DemarcheError {
    /// An étape is not allowed where it stands in the procedure.
    #[error(
        "l'étape « {etape_nom} » ({statut_nom}) du {date} est refusée par la procédure « {machine} » : {raison}. \
         Étapes possibles à ce stade : {possibles}"
    )]
    EtapeRefusee {
        /// Machine.
        machine: MachineId,
        /// Position of the étape in the ordered démarche (from 0).
        index: usize,
        /// Type of the refused étape.
        etape_type: T,
        /// French name of the type.
        etape_nom: &'static str,
        /// Statut of the refused étape.
        etape_statut: S,
        /// French name of the statut.
        statut_nom: &'static str,
        /// Date of the refused étape.
        date: CaminoDate,
        /// Why.
        raison: Refus,
        /// Étapes the procedure would accept instead, in French.
        possibles: ListeEtapes,
    },
}

/// A list of (type, statut) rendered in French.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListeEtapes(pub Vec<(T, S)>);

impl fmt::Display for ListeEtapes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("aucune");
        }
        for (i, (t, s)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "« {} » ({})", t.nom(), s.nom())?;
        }
        Ok(())
    }
}

/// Which rule produced a statut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceStatut {
    /// No étape.
    SansEtape,
    /// Table of the travaux étapes.
    Travaux,
    /// A dated procedure machine.
    Machine(MachineId),
    /// Legacy rules of demandes.
    Demande,
    /// Legacy rules of unilateral démarches.
    Unilaterale,
    /// Démarche type covered by no rule.
    AucuneRegle,
}

/// The explanation of a computed statut: the rule and the steps that led to it, as French sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explication {
    /// Rule applied.
    pub source: SourceStatut,
    /// Steps, in order.
    pub etapes: Vec<String>,
}

impl fmt::Display for Explication {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, ligne) in self.etapes.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            f.write_str(ligne)?;
        }
        Ok(())
    }
}

/// Statut and visibility of a démarche.
#[derive(Debug, Clone, PartialEq)]
pub struct StatutDemarche {
    /// Statut.
    pub statut: Ds,
    /// Readable by the public.
    pub public: bool,
    /// Readable by the companies of the titre (public, or a demande or unilateral decision exists).
    pub entreprises_lecture: bool,
    /// How it was computed.
    pub explication: Explication,
    /// Administrations the démarche waits for (machines only).
    pub bloquants: Vec<&'static str>,
}

/// Non-draft étapes of a démarche in procedure order (by date, same-day permutations resolved by the machine).
pub fn ordered_etapes<'a>(titre_type: TitreTypeId, demarche: &'a Demarche) -> Vec<&'a Etape> {
    let etapes: Vec<Etape> = demarche
        .etapes
        .iter()
        .filter(|e| !e.is_brouillon)
        .cloned()
        .collect();
    let refs: Vec<&'a Etape> = demarche.etapes.iter().filter(|e| !e.is_brouillon).collect();
    let definition = find_definition(
        titre_type,
        demarche.type_id,
        &demarche.id,
        date_reference(&etapes),
    );
    let ordre = match definition {
        Some(definition) => order_etapes(definition.machine, &etapes),
        None => {
            let mut par_date: Vec<usize> = (0..etapes.len()).collect();
            par_date.sort_by_key(|&i| etapes[i].date);
            par_date
        }
    };
    ordre.into_iter().map(|i| refs[i]).collect()
}

/// Computes the statut of a démarche whose étapes are given in procedure order (drafts are skipped).
pub fn demarche_statut(
    titre_type: TitreTypeId,
    demarche: &Demarche,
    etapes: &[&Etape],
) -> Result<StatutDemarche, DemarcheError> {
    let etapes: Vec<&Etape> = etapes.iter().copied().filter(|e| !e.is_brouillon).collect();
    let entreprises_lecture_base = etapes
        .iter()
        .any(|e| matches!(e.type_id, T::Mfr | T::Dex | T::Dux));
    let Some(derniere) = etapes.last() else {
        return Ok(StatutDemarche {
            statut: Ds::Ind,
            public: false,
            entreprises_lecture: false,
            explication: Explication {
                source: SourceStatut::SansEtape,
                etapes: vec![
                    "La démarche n'a aucune étape : son statut est indéterminé.".to_string(),
                ],
            },
            bloquants: Vec::new(),
        });
    };
    if demarche.type_id.is_travaux() {
        let statut = statut_travaux(demarche.type_id, derniere.type_id);
        let public = demarche_public_hors_machine(titre_type, demarche.type_id, &etapes);
        return Ok(StatutDemarche {
            statut,
            public,
            entreprises_lecture: public || entreprises_lecture_base,
            explication: Explication {
                source: SourceStatut::Travaux,
                etapes: vec![format!(
                    "Démarche de travaux : la dernière étape « {} » donne le statut « {} ».",
                    derniere.type_id.nom(),
                    statut.definition().nom
                )],
            },
            bloquants: Vec::new(),
        });
    }
    let date = date_reference(etapes.iter().copied());
    if let Some(definition) = find_definition(titre_type, demarche.type_id, &demarche.id, date) {
        let (etat, explication) = replay_explained(definition.machine, &etapes)?;
        let public = etat.public();
        return Ok(StatutDemarche {
            statut: etat.statut(),
            public,
            entreprises_lecture: public || entreprises_lecture_base,
            explication,
            bloquants: etat.bloquants(),
        });
    }
    let (statut, source, raison) = if is_demande(demarche.type_id) {
        let (statut, raison) = statut_demande(titre_type, &etapes);
        (statut, SourceStatut::Demande, raison)
    } else if matches!(demarche.type_id, D::Ret | D::Prr | D::Dec) {
        let (statut, raison) = statut_unilateral(&etapes);
        (statut, SourceStatut::Unilaterale, raison)
    } else {
        (
            Ds::Ind,
            SourceStatut::AucuneRegle,
            "aucune règle ne couvre ce type de démarche".to_string(),
        )
    };
    let public = demarche_public_hors_machine(titre_type, demarche.type_id, &etapes);
    Ok(StatutDemarche {
        statut,
        public,
        entreprises_lecture: public || entreprises_lecture_base,
        explication: Explication {
            source,
            etapes: vec![
                "Aucune procédure datée ne s'applique : règles historiques.".to_string(),
                format!("{raison} : statut « {} ».", statut.definition().nom),
            ],
        },
        bloquants: Vec::new(),
    })
}

/// Replays a machine and records one sentence per transition.
pub fn replay_explained(
    machine: MachineId,
    etapes: &[&Etape],
) -> Result<(EtatMachine, Explication), DemarcheError> {
    let mut etat = EtatMachine::initial(machine);
    let mut lignes = vec![format!("Procédure « {machine} » appliquée.")];
    for (index, etape) in etapes.iter().enumerate() {
        if let Err(raison) = etat.step(etape) {
            return Err(DemarcheError::EtapeRefusee {
                machine,
                index,
                etape_type: etape.type_id,
                etape_nom: etape.type_id.nom(),
                etape_statut: etape.statut_id,
                statut_nom: etape.statut_id.nom(),
                date: etape.date,
                raison,
                possibles: ListeEtapes(etat.possible_next_etapes(etape.date)),
            });
        }
        lignes.push(format!(
            "{} : « {} » ({}) → statut « {} », {}.",
            etape.date,
            etape.type_id.nom(),
            etape.statut_id.nom(),
            etat.statut().definition().nom,
            if etat.public() {
                "publique"
            } else {
                "confidentielle"
            }
        ));
    }
    Ok((
        etat,
        Explication {
            source: SourceStatut::Machine(machine),
            etapes: lignes,
        },
    ))
}

/// Démarches that are requests (spec §3.4, Camino's `titreDemarchesDemandesTypes`).
fn is_demande(demarche_type: D) -> bool {
    matches!(
        demarche_type,
        D::Oct
            | D::Pro
            | D::Pr1
            | D::Pr2
            | D::Pre
            | D::Ren
            | D::Fus
            | D::Exp
            | D::Exs
            | D::Mut
            | D::Vut
            | D::Amo
            | D::Res
            | D::Ces
            | D::Dep
            | D::Vct
    )
}

/// Publication étapes (spec §3.6, Camino's `titreEtapePublicationCheck`).
pub fn is_publication(titre_type: TitreTypeId, etape_type: T) -> bool {
    matches!(etape_type, T::Dpu | T::Ihi)
        || match titre_type {
            TitreTypeId::Arm => matches!(etape_type, T::Def | T::Sco | T::Aco),
            TitreTypeId::Axm => matches!(etape_type, T::Dex | T::Rpu),
            TitreTypeId::Prm => etape_type == T::Rpu,
            TitreTypeId::Pxg => etape_type == T::Dex,
            _ => false,
        }
}

/// Statut from the latest étape among css, abd and and, shared by demandes and unilateral démarches.
fn statut_commun(etape: &Etape) -> Option<Ds> {
    match (etape.type_id, etape.statut_id) {
        (T::Css, _) => Some(Ds::Cls),
        (T::Abd, _) => Some(Ds::Ins),
        (T::And, S::Fai) => Some(Ds::Ins),
        (T::And, S::Acc) => Some(Ds::Acc),
        (T::And, S::Rej) => Some(Ds::Rej),
        _ => None,
    }
}

fn statut_demande(titre_type: TitreTypeId, etapes: &[&Etape]) -> (Ds, String) {
    const DECISIVES: &[T] = &[
        T::Mfr,
        T::Mdp,
        T::Men,
        T::Meo,
        T::Des,
        T::Mcp,
        T::Mcr,
        T::Dim,
        T::Dex,
        T::Aca,
        T::Def,
        T::Sco,
        T::Aco,
        T::Apu,
        T::Rpu,
        T::Dpu,
        T::Ihi,
        T::Css,
        T::Abd,
        T::And,
    ];
    let Some(recente) = etapes.iter().rev().find(|e| DECISIVES.contains(&e.type_id)) else {
        return (Ds::Ind, "Aucune étape décisive".to_string());
    };
    let nom = recente.type_id.nom();
    if let Some(statut) = statut_commun(recente) {
        return (statut, format!("Dernière étape décisive « {nom} »"));
    }
    let publication = etapes
        .iter()
        .rev()
        .find(|e| is_publication(titre_type, e.type_id) || matches!(e.type_id, T::Dim | T::Ihi));
    if let Some(publication) = publication {
        let statut = match publication.statut_id {
            S::Fai | S::Acc => Ds::Acc,
            S::Rej | S::Rei => Ds::Rej,
            _ => Ds::Ind,
        };
        return (
            statut,
            format!(
                "Dernière publication ou décision « {} » ({})",
                publication.type_id.nom(),
                publication.statut_id.nom()
            ),
        );
    }
    let raison = format!(
        "Dernière étape décisive « {nom} » ({})",
        recente.statut_id.nom()
    );
    let statut = match (recente.type_id, recente.statut_id) {
        (T::Dex | T::Dux, S::Rej | S::Rei) => Ds::Rej,
        (T::Des, _) => Ds::Des,
        (T::Aca, S::Def) if titre_type == TitreTypeId::Arm => Ds::Rej,
        (T::Mcr | T::Dex | T::Dux, _) => Ds::Ins,
        (T::Mdp | T::Men | T::Meo | T::Mcp | T::Def | T::Aca, _)
            if titre_type == TitreTypeId::Arm =>
        {
            Ds::Ins
        }
        (T::Mdp, _) => Ds::Dep,
        (T::Mfr, _) => Ds::Eco,
        _ => Ds::Ind,
    };
    (statut, raison)
}

fn statut_unilateral(etapes: &[&Etape]) -> (Ds, String) {
    let Some(recente) = etapes.iter().rev().find(|e| {
        matches!(
            e.type_id,
            T::Spp | T::Dpu | T::Dux | T::Aco | T::Css | T::Abd | T::And
        )
    }) else {
        return (Ds::Ind, "Aucune étape décisive".to_string());
    };
    let raison = format!("Dernière étape décisive « {} »", recente.type_id.nom());
    if let Some(statut) = statut_commun(recente) {
        return (statut, raison);
    }
    let statut = match recente.type_id {
        T::Dpu | T::Dux | T::Aco => Ds::Ter,
        T::Spp => Ds::Ins,
        _ if etapes.len() > 1 => Ds::Ins,
        _ => Ds::Ini,
    };
    (statut, raison)
}

/// Statut of a travaux démarche from its latest étape (Camino's `titreDemarcheTravauxStatutIdFind`).
fn statut_travaux(demarche_type: D, derniere: T) -> Ds {
    match derniere {
        T::Wfa | T::Wfo | T::Wfd | T::Wdd => Ds::Dep,
        T::Wdc
        | T::Wrc
        | T::Wre
        | T::War
        | T::Wse
        | T::Wae
        | T::Wps
        | T::Asc
        | T::Apd
        | T::Wtp
        | T::Epu
        | T::Wau
        | T::Wpc
        | T::Wpp
        | T::Wmt
        | T::Wrt => Ds::Ins,
        T::Wao | T::Wda => Ds::Acc,
        T::Wab => Ds::Des,
        T::Wpo | T::Wpb => Ds::Fpm,
        T::Wpa => match demarche_type {
            D::Aom => Ds::Acc,
            D::Dam => Ds::Fpm,
            _ => Ds::Ind,
        },
        _ => Ds::Ind,
    }
}
