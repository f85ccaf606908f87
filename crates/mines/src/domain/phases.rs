//! Validity phases of the démarches of a titre (spec §3.6, Camino's `titrePhasesFind`).
//!
//! The first phase comes from an octroi-like démarche with a publication; each later démarche "with phase" starts
//! at its own publication start (which then truncates or extends the previous phase) or at the previous end. A
//! titre without any duration ends on 2018-12-31 (Code minier, art. L144-4). A total renonciation or a retrait cuts
//! the phases it falls into.

use std::collections::BTreeMap;

use super::date::CaminoDate;
use super::etape::{DemarcheId, Etape};
use super::statut::is_publication;
use crate::referentiels::{
    DemarcheStatutId, DemarcheTypeId as D, EtapeStatutId as S, EtapeTypeId as T, TitreTypeId,
};

/// Default end of a titre granted without duration (Code minier, art. L144-4).
pub fn date_fin_par_defaut() -> Option<CaminoDate> {
    CaminoDate::from_ymd(2018, 12, 31)
}

/// Validity period of a démarche; an open phase (no end) is a démarche still being decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    /// First day.
    pub date_debut: CaminoDate,
    /// Last day, `None` while open.
    pub date_fin: Option<CaminoDate>,
}

/// A démarche as the phase computation needs it.
#[derive(Debug, Clone, Copy)]
pub struct DemarchePhase<'a> {
    /// Id.
    pub id: &'a DemarcheId,
    /// Type.
    pub type_id: D,
    /// Computed statut.
    pub statut: DemarcheStatutId,
    /// Order among the démarches (ties of the first étape date).
    pub ordre: u32,
    /// Étapes in procedure order (drafts are ignored).
    pub etapes: &'a [&'a Etape],
}

struct Intermediaire<'a> {
    demarche: &'a DemarcheId,
    phase: Phase,
    fin_par_defaut: bool,
}

/// Phases of the démarches of a titre, keyed by démarche id.
pub fn titre_phases(
    titre_type: TitreTypeId,
    demarches: &[DemarchePhase<'_>],
) -> BTreeMap<DemarcheId, Phase> {
    let filtrees: Vec<(DemarchePhase<'_>, Vec<&Etape>)> = demarches
        .iter()
        .map(|d| {
            (
                *d,
                d.etapes
                    .iter()
                    .copied()
                    .filter(|e| !e.is_brouillon)
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let mut triees: Vec<&(DemarchePhase<'_>, Vec<&Etape>)> = filtrees.iter().collect();
    // Démarches by the date of their first étape, ties by ordre; démarches without étape last.
    triees.sort_by(|(a, ea), (b, eb)| match (ea.first(), eb.first()) {
        (Some(x), Some(y)) => x.date.cmp(&y.date).then(a.ordre.cmp(&b.ordre)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.type_id.definition().nom.cmp(b.type_id.definition().nom),
    });

    let annulation = date_annulation(&filtrees);

    let mut phases: Vec<Intermediaire<'_>> = Vec::new();
    for (demarche, etapes) in triees {
        let avec_phase = !etapes.is_empty()
            && (demarche.type_id.has_phase()
                || etapes
                    .iter()
                    .any(|e| e.date_fin.is_some() || e.duree.is_some()));
        if !avec_phase {
            continue;
        }
        let premiere = phases.is_empty();
        let date_suffisante = premiere || phases.last().is_some_and(|p| p.fin_par_defaut);
        let debut = date_debut(titre_type, etapes, date_suffisante);
        let (duree, date_fin) = date_fin_et_duree(etapes);
        if premiere {
            if !demarche.type_id.is_octroi() {
                continue;
            }
            let Some(debut) = debut else {
                continue;
            };
            let (fin, par_defaut) = match (date_fin, duree) {
                (Some(fin), _) => (Some(fin), false),
                (None, Some(duree)) => (Some(debut.add_months(duree as i32)), false),
                (None, None) => (date_fin_par_defaut(), true),
            };
            phases.push(Intermediaire {
                demarche: demarche.id,
                phase: Phase {
                    date_debut: debut,
                    date_fin: fin,
                },
                fin_par_defaut: par_defaut,
            });
            continue;
        }
        let debut = match debut {
            Some(debut) => {
                // A publication carrying its own start overwrites the previous end (truncates or extends it).
                if let Some(precedente) = phases.last_mut() {
                    precedente.phase.date_fin = Some(debut);
                }
                debut
            }
            None => match phases.last().and_then(|p| p.phase.date_fin) {
                Some(fin) => fin,
                None => continue,
            },
        };
        if date_fin.is_none_or(|fin| fin > debut) {
            let fin = match (date_fin, duree) {
                (Some(fin), _) => Some(Some(fin)),
                (None, Some(duree)) => Some(Some(debut.add_months(duree as i32))),
                (None, None) if demarche.statut.is_non_statue() => Some(None),
                (None, None) => None,
            };
            if let Some(fin) = fin {
                phases.push(Intermediaire {
                    demarche: demarche.id,
                    phase: Phase {
                        date_debut: debut,
                        date_fin: fin,
                    },
                    fin_par_defaut: false,
                });
            }
        }
    }

    phases
        .into_iter()
        .map(|mut p| {
            if let (Some(annulation), Some(fin)) = (annulation, p.phase.date_fin)
                && annulation < fin
                && p.phase.date_debut < annulation
            {
                p.phase.date_fin = Some(annulation);
            }
            (p.demarche.clone(), p.phase)
        })
        .collect()
}

/// Start of a démarche's phase (Camino's `findDateDebut`).
fn date_debut(
    titre_type: TitreTypeId,
    etapes: &[&Etape],
    date_etape_suffisante: bool,
) -> Option<CaminoDate> {
    let index = etapes.iter().position(|e| {
        is_publication(titre_type, e.type_id) && matches!(e.statut_id, S::Acc | S::Fai)
    })?;
    // A publication "fait" right after a rejected décision publishes the rejection: no start.
    if etapes[index].statut_id == S::Fai
        && index > 0
        && etapes[index - 1].type_id == T::Dex
        && etapes[index - 1].statut_id == S::Rej
    {
        return None;
    }
    if let Some(debut) = etapes
        .iter()
        .rev()
        .find(|e| is_publication(titre_type, e.type_id) && e.date_debut.is_some())
        .and_then(|e| e.date_debut)
    {
        return Some(debut);
    }
    let premiere = etapes
        .iter()
        .find(|e| is_publication(titre_type, e.type_id))?;
    date_etape_suffisante.then_some(premiere.date)
}

/// End and duration of a démarche (Camino's `titreDemarcheNormaleDateFinAndDureeFind`): `(durée, date de fin)`.
fn date_fin_et_duree(etapes: &[&Etape]) -> (Option<u32>, Option<CaminoDate>) {
    let recentes: Vec<&Etape> = etapes.iter().rev().copied().collect();
    if let Some(index) = recentes
        .iter()
        .position(|e| matches!(e.type_id, T::Dpu | T::Dim | T::Dex))
    {
        let decision = recentes[index];
        if matches!(decision.statut_id, S::Rej | S::Rei) {
            return (None, Some(decision.date));
        }
        let precedente = recentes.get(index + 1);
        if decision.type_id == T::Dpu
            && precedente
                .is_some_and(|p| p.type_id == T::Dex && matches!(p.statut_id, S::Rej | S::Rei))
        {
            return (None, Some(decision.date));
        }
    }
    if let Some(desistement) = recentes.iter().find(|e| e.type_id == T::Des) {
        return (None, Some(desistement.date));
    }
    let avec_fin = recentes.iter().find(|e| {
        matches!(
            e.type_id,
            T::Dpu | T::Rpu | T::Dex | T::Dux | T::Def | T::Sco | T::Aco
        ) && (e.date_fin.is_some() || e.duree.is_some_and(|d| d > 0))
    });
    match avec_fin {
        Some(etape) => (etape.duree.filter(|d| *d > 0), etape.date_fin),
        None => match recentes.iter().find(|e| e.type_id == T::Css) {
            Some(css) => (None, Some(css.date)),
            None => (None, None),
        },
    }
}

/// Date cutting the phases: a successful retrait, or a total renonciation (no étape carrying a perimeter).
fn date_annulation(demarches: &[(DemarchePhase<'_>, Vec<&Etape>)]) -> Option<CaminoDate> {
    let (_, etapes) = demarches.iter().find(|(d, etapes)| {
        d.statut.is_success()
            && (d.type_id == D::Ret
                || (d.type_id == D::Ren && etapes.iter().all(|e| e.perimetre.is_none())))
    })?;
    let valide = |e: &&Etape| {
        matches!(e.type_id, T::Dex | T::Dux) || (e.type_id == T::Aco && e.statut_id == S::Fai)
    };
    if let Some(fin) = etapes
        .iter()
        .rev()
        .find(|e| e.date_fin.is_some() && valide(e))
        .and_then(|e| e.date_fin)
    {
        return Some(fin);
    }
    etapes.iter().find(|e| valide(e)).map(|e| e.date)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn d(s: &str) -> CaminoDate {
        CaminoDate::parse(s).expect("date")
    }

    fn e(t: T, s: S, date: &str) -> Etape {
        Etape::new(t, s, d(date))
    }

    fn phases(
        titre_type: TitreTypeId,
        demarches: &[(&DemarcheId, D, DemarcheStatutId, &[Etape])],
    ) -> BTreeMap<DemarcheId, Phase> {
        let refs: Vec<Vec<&Etape>> = demarches
            .iter()
            .map(|(_, _, _, etapes)| etapes.iter().collect())
            .collect();
        let entrees: Vec<DemarchePhase<'_>> = demarches
            .iter()
            .zip(&refs)
            .enumerate()
            .map(|(i, ((id, type_id, statut, _), etapes))| DemarchePhase {
                id,
                type_id: *type_id,
                statut: *statut,
                ordre: i as u32 + 1,
                etapes,
            })
            .collect();
        titre_phases(titre_type, &entrees)
    }

    fn phase(debut: &str, fin: Option<&str>) -> Phase {
        Phase {
            date_debut: d(debut),
            date_fin: fin.map(d),
        }
    }

    // Vectors of MTES-MCT/camino `packages/api/src/business/rules/titre-phases-find.test.ts`.
    #[test]
    fn rejected_dex_then_publication_fait_gives_no_phase() {
        let id = DemarcheId::from("demarcheId");
        let mut dex = e(T::Dex, S::Rej, "2200-01-01");
        dex.duree = Some(24);
        let mut dpu = e(T::Dpu, S::Fai, "2200-01-02");
        dpu.duree = Some(24);
        assert!(
            phases(
                TitreTypeId::Prr,
                &[(&id, D::Oct, DemarcheStatutId::Rej, &[dex, dpu])]
            )
            .is_empty()
        );
    }

    #[test]
    fn octroi_with_dpu_has_a_phase_of_its_duration() {
        let id = DemarcheId::from("h-cx-courdemanges-1988-oct01");
        let mut dex = e(T::Dex, S::Acc, "2200-01-01");
        dex.duree = Some(24);
        let mut dpu = e(T::Dpu, S::Acc, "2200-01-01");
        dpu.duree = Some(24);
        let resultat = phases(
            TitreTypeId::Cxh,
            &[(&id, D::Oct, DemarcheStatutId::Acc, &[dex, dpu])],
        );
        assert_eq!(
            resultat.get(&id),
            Some(&phase("2200-01-01", Some("2202-01-01")))
        );
    }

    #[test]
    fn octroi_without_etape_has_no_phase() {
        let id = DemarcheId::from("h-cx-courdemanges-1988-oct01");
        assert!(
            phases(
                TitreTypeId::Cxh,
                &[(&id, D::Oct, DemarcheStatutId::Acc, &[])]
            )
            .is_empty()
        );
    }

    #[test]
    fn axm_octroi_with_dex_has_a_phase() {
        let id = DemarcheId::from("h-ax-courdemanges-1988-oct01");
        let mut dex = e(T::Dex, S::Acc, "2200-01-01");
        dex.duree = Some(24);
        let resultat = phases(
            TitreTypeId::Axm,
            &[(&id, D::Oct, DemarcheStatutId::Acc, &[dex])],
        );
        assert_eq!(
            resultat.get(&id),
            Some(&phase("2200-01-01", Some("2202-01-01")))
        );
    }

    #[test]
    fn prm_octroi_with_rpu_has_a_phase() {
        let id = DemarcheId::from("m-pr-courdemanges-1988-oct01");
        let mut rpu = e(T::Rpu, S::Acc, "2200-01-01");
        rpu.date_fin = Some(d("2200-01-02"));
        let resultat = phases(
            TitreTypeId::Prm,
            &[(&id, D::Oct, DemarcheStatutId::Acc, &[rpu])],
        );
        assert_eq!(
            resultat.get(&id),
            Some(&phase("2200-01-01", Some("2200-01-02")))
        );
    }

    #[test]
    fn publication_start_date_is_used() {
        let id = DemarcheId::from("h-cx-courdemanges-1988-oct01");
        let mut dex = e(T::Dex, S::Acc, "2200-01-01");
        dex.date_debut = Some(d("2200-01-02"));
        dex.duree = Some(24);
        let mut dpu = dex.clone();
        dpu.type_id = T::Dpu;
        let resultat = phases(
            TitreTypeId::Cxh,
            &[(&id, D::Oct, DemarcheStatutId::Acc, &[dex, dpu])],
        );
        assert_eq!(
            resultat.get(&id),
            Some(&phase("2200-01-02", Some("2202-01-02")))
        );
    }

    #[test]
    fn prolongation_starts_at_the_previous_end() {
        let oct = DemarcheId::from("h-cx-courdemanges-1988-oct01");
        let pro = DemarcheId::from("h-cx-courdemanges-1988-pro01");
        let mut dex1 = e(T::Dex, S::Acc, "2200-01-01");
        dex1.date_fin = Some(d("2500-01-01"));
        let mut dpu1 = dex1.clone();
        dpu1.type_id = T::Dpu;
        let mut dex2 = e(T::Dex, S::Acc, "2300-01-02");
        dex2.date_fin = Some(d("3000-01-01"));
        let mut dpu2 = dex2.clone();
        dpu2.type_id = T::Dpu;
        let resultat = phases(
            TitreTypeId::Cxh,
            &[
                (&oct, D::Oct, DemarcheStatutId::Acc, &[dex1, dpu1]),
                (&pro, D::Pro, DemarcheStatutId::Acc, &[dex2, dpu2]),
            ],
        );
        assert_eq!(
            resultat.get(&oct),
            Some(&phase("2200-01-01", Some("2500-01-01")))
        );
        assert_eq!(
            resultat.get(&pro),
            Some(&phase("2500-01-01", Some("3000-01-01")))
        );
    }

    #[test]
    fn total_renonciation_cuts_the_phase() {
        let oct = DemarcheId::from("h-cx-courdemanges-1988-oct01");
        let ren = DemarcheId::from("h-cx-courdemanges-1988-ren01");
        let mut dex = e(T::Dex, S::Acc, "2000-01-01");
        dex.duree = Some(240);
        let mut dpu = e(T::Dpu, S::Acc, "2000-01-02");
        dpu.duree = Some(240);
        let renonciation = [
            e(T::Dex, S::Acc, "2019-01-02"),
            e(T::Dpu, S::Acc, "2019-01-03"),
        ];
        let resultat = phases(
            TitreTypeId::Cxh,
            &[
                (
                    &oct,
                    D::Oct,
                    DemarcheStatutId::Acc,
                    &[dex.clone(), dpu.clone()],
                ),
                (&ren, D::Ren, DemarcheStatutId::Acc, &renonciation),
            ],
        );
        assert_eq!(
            resultat.get(&oct),
            Some(&phase("2000-01-02", Some("2019-01-02")))
        );
        assert_eq!(resultat.len(), 1);

        // A partial renonciation (a perimeter on one of its étapes) leaves the phase untouched.
        let mut partielle = renonciation.clone();
        partielle[0].perimetre = Some(Arc::new(::geo::MultiPolygon::new(Vec::new())));
        let resultat = phases(
            TitreTypeId::Cxh,
            &[
                (&oct, D::Oct, DemarcheStatutId::Acc, &[dex, dpu]),
                (&ren, D::Ren, DemarcheStatutId::Acc, &partielle),
            ],
        );
        assert_eq!(
            resultat.get(&oct),
            Some(&phase("2000-01-02", Some("2020-01-02")))
        );
    }

    #[test]
    fn titre_without_duration_ends_on_the_default_date() {
        let id = DemarcheId::from("oct");
        let resultat = phases(
            TitreTypeId::Cxh,
            &[(
                &id,
                D::Oct,
                DemarcheStatutId::Acc,
                &[e(T::Dpu, S::Acc, "1900-01-01")],
            )],
        );
        assert_eq!(
            resultat.get(&id),
            Some(&phase("1900-01-01", Some("2018-12-31")))
        );
    }

    #[test]
    fn undecided_prolongation_opens_an_unbounded_phase() {
        let oct = DemarcheId::from("oct");
        let pro = DemarcheId::from("pro");
        let mut dpu = e(T::Dpu, S::Acc, "2000-01-01");
        dpu.duree = Some(60);
        let resultat = phases(
            TitreTypeId::Prm,
            &[
                (&oct, D::Oct, DemarcheStatutId::Acc, &[dpu]),
                (
                    &pro,
                    D::Pr1,
                    DemarcheStatutId::Ins,
                    &[e(T::Mfr, S::Fai, "2004-06-01")],
                ),
            ],
        );
        assert_eq!(resultat.get(&pro), Some(&phase("2005-01-01", None)));
    }
}
