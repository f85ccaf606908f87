//! Current properties of a titre: which étape carries its titulaires, amodiataires, perimeter and substances
//! (spec §3.8, Camino's `titrePropTitreEtapeFind`).
//!
//! Démarches are read newest first; only those that can change the titre count (a success, an octroi-like
//! démarche, or a pending démarche while the titre is in modification or survie provisoire). Inside, the newest
//! étape that is accepted, done or favourable and is either in an octroi-like démarche or a decision étape carries
//! the property; the perimeter of a pending démarche counts while the titre is `mod` or `sup`; the demande counts
//! while the titre is `dmi`. Amodiataires count only while the phase of their démarche is valid.

use std::sync::Arc;

use super::date::CaminoDate;
use super::etape::{CommuneId, EntrepriseId, Etape, EtapeId};
use super::phases::Phase;
use crate::referentiels::{
    DemarcheStatutId, DemarcheTypeId, EtapeStatutId as S, EtapeTypeId as T, TitreStatutId,
};

/// A property of a titre read from one of its étapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Propriete {
    /// Titulaires.
    Titulaires,
    /// Amodiataires.
    Amodiataires,
    /// Perimeter, surface and communes.
    Perimetre,
    /// Substances.
    Substances,
}

/// A démarche (étapes with héritage applied, in procedure order) as the property search needs it.
#[derive(Debug, Clone, Copy)]
pub struct DemarcheProprietes<'a> {
    /// Type.
    pub type_id: DemarcheTypeId,
    /// Computed statut.
    pub statut: DemarcheStatutId,
    /// Computed phase.
    pub phase: Option<Phase>,
    /// Étapes in procedure order.
    pub etapes: &'a [Etape],
}

/// The current properties of a titre and the étapes they come from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProprietesTitre {
    /// Titulaires and their étape.
    pub titulaires: Option<(Vec<EntrepriseId>, EtapeId)>,
    /// Amodiataires and their étape.
    pub amodiataires: Option<(Vec<EntrepriseId>, EtapeId)>,
    /// Perimeter and its étape.
    pub perimetre: Option<(Arc<::geo::MultiPolygon<f64>>, EtapeId)>,
    /// Surface (km²) of the perimeter étape.
    pub surface: Option<f64>,
    /// Communes of the perimeter étape.
    pub communes: Option<Vec<CommuneId>>,
    /// Substances and their étape.
    pub substances: Option<(Vec<String>, EtapeId)>,
}

fn a_la_propriete(etape: &Etape, propriete: Propriete) -> bool {
    match propriete {
        Propriete::Titulaires => etape.titulaires.is_some(),
        Propriete::Amodiataires => etape.amodiataires.is_some(),
        Propriete::Perimetre => etape.perimetre.is_some(),
        Propriete::Substances => etape.substances.is_some(),
    }
}

fn etape_valide(
    etape: &Etape,
    demarche_type: DemarcheTypeId,
    titre_statut: TitreStatutId,
    propriete: Propriete,
) -> bool {
    if etape.type_id == T::Mfr && titre_statut == TitreStatutId::Dmi {
        return true;
    }
    if !matches!(etape.statut_id, S::Acc | S::Fai | S::Fav) {
        return false;
    }
    if demarche_type.is_octroi() {
        return true;
    }
    if matches!(
        etape.type_id,
        T::Dpu | T::Rpu | T::Dex | T::Dux | T::Dim | T::Def | T::Sco | T::Aco
    ) {
        return true;
    }
    propriete == Propriete::Perimetre
        && matches!(titre_statut, TitreStatutId::Mod | TitreStatutId::Sup)
}

fn demarche_eligible(demarche: &DemarcheProprietes<'_>, titre_statut: TitreStatutId) -> bool {
    demarche.statut.is_success()
        || demarche.type_id.is_octroi()
        || (matches!(titre_statut, TitreStatutId::Mod | TitreStatutId::Sup)
            && demarche.statut.is_non_statue())
}

/// The étape carrying a property (démarches are given oldest first).
pub fn etape_propriete<'a>(
    demarches: &[DemarcheProprietes<'a>],
    titre_statut: TitreStatutId,
    propriete: Propriete,
    date: CaminoDate,
) -> Option<&'a Etape> {
    demarches
        .iter()
        .rev()
        .filter(|d| demarche_eligible(d, titre_statut))
        .find_map(|demarche| {
            if propriete == Propriete::Amodiataires
                && !demarche.phase.is_some_and(|p| {
                    p.date_debut <= date && p.date_fin.is_none_or(|fin| date <= fin)
                })
            {
                return None;
            }
            demarche.etapes.iter().rev().find(|e| {
                !e.is_brouillon
                    && a_la_propriete(e, propriete)
                    && etape_valide(e, demarche.type_id, titre_statut, propriete)
            })
        })
}

/// All current properties of a titre.
pub fn titre_proprietes(
    demarches: &[DemarcheProprietes<'_>],
    titre_statut: TitreStatutId,
    date: CaminoDate,
) -> ProprietesTitre {
    let trouve = |p| etape_propriete(demarches, titre_statut, p, date);
    let perimetre = trouve(Propriete::Perimetre);
    ProprietesTitre {
        titulaires: trouve(Propriete::Titulaires)
            .and_then(|e| e.titulaires.clone().map(|v| (v, e.id.clone()))),
        amodiataires: trouve(Propriete::Amodiataires)
            .and_then(|e| e.amodiataires.clone().map(|v| (v, e.id.clone()))),
        perimetre: perimetre.and_then(|e| e.perimetre.clone().map(|p| (p, e.id.clone()))),
        surface: perimetre.and_then(|e| e.surface),
        communes: perimetre.and_then(|e| e.communes.clone()),
        substances: trouve(Propriete::Substances)
            .and_then(|e| e.substances.clone().map(|v| (v, e.id.clone()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referentiels::{DemarcheStatutId as Ds, DemarcheTypeId as D};

    fn d(s: &str) -> CaminoDate {
        CaminoDate::parse(s).expect("date")
    }

    fn titulaire(t: T, s: S, date: &str, entreprise: &str) -> Etape {
        let mut etape = Etape::new(t, s, d(date));
        etape.titulaires = Some(vec![EntrepriseId::from(entreprise)]);
        etape
    }

    // In the spirit of Camino's `titre-prop-etape-find.test.ts`.
    #[test]
    fn newest_accepted_demarche_gives_the_titulaires() {
        let oct = [titulaire(T::Dpu, S::Acc, "2000-01-01", "a")];
        let mutation = [titulaire(T::Dex, S::Acc, "2010-01-01", "b")];
        let demarches = [
            DemarcheProprietes {
                type_id: D::Oct,
                statut: Ds::Acc,
                phase: None,
                etapes: &oct,
            },
            DemarcheProprietes {
                type_id: D::Mut,
                statut: Ds::Acc,
                phase: None,
                etapes: &mutation,
            },
        ];
        let etape = etape_propriete(
            &demarches,
            TitreStatutId::Val,
            Propriete::Titulaires,
            d("2020-01-01"),
        );
        assert_eq!(etape.map(|e| e.date), Some(d("2010-01-01")));
    }

    #[test]
    fn rejected_demarche_is_skipped() {
        let oct = [titulaire(T::Dpu, S::Acc, "2000-01-01", "a")];
        let mutation = [titulaire(T::Dex, S::Rej, "2010-01-01", "b")];
        let demarches = [
            DemarcheProprietes {
                type_id: D::Oct,
                statut: Ds::Acc,
                phase: None,
                etapes: &oct,
            },
            DemarcheProprietes {
                type_id: D::Mut,
                statut: Ds::Rej,
                phase: None,
                etapes: &mutation,
            },
        ];
        let etape = etape_propriete(
            &demarches,
            TitreStatutId::Val,
            Propriete::Titulaires,
            d("2020-01-01"),
        );
        assert_eq!(etape.map(|e| e.date), Some(d("2000-01-01")));
    }

    #[test]
    fn demande_counts_while_the_titre_is_a_demande_initiale() {
        let oct = [titulaire(T::Mfr, S::Fai, "2020-01-01", "a")];
        let demarches = [DemarcheProprietes {
            type_id: D::Oct,
            statut: Ds::Ins,
            phase: None,
            etapes: &oct,
        }];
        assert!(
            etape_propriete(
                &demarches,
                TitreStatutId::Dmi,
                Propriete::Titulaires,
                d("2020-06-01")
            )
            .is_some()
        );
        // A demande made in a non octroi-like démarche never counts outside dmi.
        let pro = [titulaire(T::Mfr, S::Fai, "2020-01-01", "a")];
        let demarches = [DemarcheProprietes {
            type_id: D::Pro,
            statut: Ds::Acc,
            phase: None,
            etapes: &pro,
        }];
        assert!(
            etape_propriete(
                &demarches,
                TitreStatutId::Val,
                Propriete::Titulaires,
                d("2020-06-01")
            )
            .is_none()
        );
    }

    #[test]
    fn amodiataires_count_only_during_their_valid_phase() {
        let mut dex = Etape::new(T::Dex, S::Acc, d("2010-01-01"));
        dex.amodiataires = Some(vec![EntrepriseId::from("amodiataire")]);
        let etapes = [dex];
        let phase = Some(Phase {
            date_debut: d("2010-01-01"),
            date_fin: Some(d("2015-01-01")),
        });
        let demarches = [DemarcheProprietes {
            type_id: D::Amo,
            statut: Ds::Acc,
            phase,
            etapes: &etapes,
        }];
        assert!(
            etape_propriete(
                &demarches,
                TitreStatutId::Val,
                Propriete::Amodiataires,
                d("2012-01-01")
            )
            .is_some()
        );
        assert!(
            etape_propriete(
                &demarches,
                TitreStatutId::Val,
                Propriete::Amodiataires,
                d("2016-01-01")
            )
            .is_none()
        );
    }
}
