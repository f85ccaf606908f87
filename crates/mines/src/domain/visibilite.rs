//! Public visibility of démarches without a machine, and of titres (spec §3.8).
//!
//! Démarche rules: Camino's `titreDemarchePublicLectureFind`, folded over the étapes in order. Titre rule: the
//! (titre type, titre statut) pairs of `titresTypesTitresStatutsPublicLecture`.

use super::etape::Etape;
use crate::referentiels::{
    DemarcheTypeId as D, DomaineId, EtapeStatutId as S, EtapeTypeId as T, TitreStatutId,
    TitreTypeId, etapes_types_autorises, titre_public_lecture,
};

/// Public reading of a démarche computed by the legacy rules (no machine applies).
pub fn demarche_public_hors_machine(
    titre_type: TitreTypeId,
    demarche_type: D,
    etapes: &[&Etape],
) -> bool {
    let avec_concurrence = etapes_types_autorises(titre_type, demarche_type).contains(&T::Anf);
    etapes.iter().fold(false, |public, etape| {
        etape_rend_public(public, titre_type, demarche_type, avec_concurrence, etape)
    })
}

fn etape_rend_public(
    public: bool,
    titre_type: TitreTypeId,
    demarche_type: D,
    avec_concurrence: bool,
    etape: &Etape,
) -> bool {
    let (t, s) = (etape.type_id, etape.statut_id);
    let arm = titre_type == TitreTypeId::Arm;
    let arm_ou_axm = matches!(titre_type, TitreTypeId::Arm | TitreTypeId::Axm);
    // Retrait or déchéance become public with the saisine du préfet.
    if matches!(demarche_type, D::Ret | D::Dec) && t == T::Spp {
        return true;
    }
    // A classement sans suite withdraws publicity, except for ARM and AXM.
    if t == T::Css && !arm_ou_axm {
        return false;
    }
    // Recevabilité makes public when no mise en concurrence is foreseen (and not for ARM).
    if t == T::Mcr && !arm && !avec_concurrence {
        return true;
    }
    if matches!(t, T::Anf | T::Ppu | T::Apu) {
        return true;
    }
    if arm && matches!(t, T::Sca | T::Aca | T::Def) {
        return true;
    }
    if arm_ou_axm && t == T::Des {
        return true;
    }
    // Rejections are published only for AXM.
    if matches!(t, T::Dim | T::Dex) && s == S::Rej {
        return titre_type == TitreTypeId::Axm;
    }
    if matches!(t, T::Dim | T::Dex | T::Dpu) && s == S::Acc {
        return true;
    }
    if matches!(t, T::Dux | T::Rpu) {
        return true;
    }
    if arm && matches!(t, T::Sco | T::Aco) {
        return true;
    }
    if arm && matches!(demarche_type, D::Ren | D::Pro) && matches!(t, T::Mcr | T::Css | T::Des) {
        return true;
    }
    // Non-energy titres (M, W, C): competition notices, decisions, publications and public inquiries are public.
    let domaine = titre_type.domaine();
    if matches!(domaine, DomaineId::M | DomaineId::W | DomaineId::C)
        && matches!(t, T::Anf | T::Dex | T::Dpu | T::Rpu | T::Ppu | T::Epu)
    {
        return true;
    }
    public
}

/// Public reading of a titre (never `ind`; pairs listed in the reference table).
pub fn titre_public(titre_type: TitreTypeId, statut: TitreStatutId) -> bool {
    titre_public_lecture(titre_type, statut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::CaminoDate;

    fn e(t: T, s: S) -> Etape {
        Etape::new(t, s, CaminoDate::parse("2020-01-01").expect("date"))
    }

    // Vectors in the spirit of Camino's `titre-demarche-public-find.test.ts`.
    #[test]
    fn demarche_without_public_etape_is_confidential() {
        let etapes = [e(T::Mfr, S::Fai), e(T::Mdp, S::Fai)];
        let refs: Vec<&Etape> = etapes.iter().collect();
        assert!(!demarche_public_hors_machine(
            TitreTypeId::Cxh,
            D::Oct,
            &refs
        ));
    }

    #[test]
    fn recevabilite_is_public_without_mise_en_concurrence() {
        let etapes = [e(T::Mfr, S::Fai), e(T::Mcr, S::Fav)];
        let refs: Vec<&Etape> = etapes.iter().collect();
        // PEX H octroi foresees no avis de mise en concurrence: the recevabilité publishes.
        assert!(demarche_public_hors_machine(
            TitreTypeId::Pxh,
            D::Mut,
            &refs
        ));
    }

    #[test]
    fn rejection_is_unpublished_except_for_axm() {
        let etapes = [e(T::Mcr, S::Fav), e(T::Dex, S::Rej)];
        let refs: Vec<&Etape> = etapes.iter().collect();
        assert!(!demarche_public_hors_machine(
            TitreTypeId::Cxh,
            D::Oct,
            &refs
        ));
        assert!(demarche_public_hors_machine(
            TitreTypeId::Axm,
            D::Oct,
            &refs
        ));
    }

    #[test]
    fn classement_sans_suite_unpublishes_except_arm_axm() {
        let etapes = [e(T::Dpu, S::Acc), e(T::Css, S::Fai)];
        let refs: Vec<&Etape> = etapes.iter().collect();
        assert!(!demarche_public_hors_machine(
            TitreTypeId::Cxh,
            D::Oct,
            &refs
        ));
        let arm = [e(T::Sca, S::Fai), e(T::Css, S::Fai)];
        let refs: Vec<&Etape> = arm.iter().collect();
        assert!(demarche_public_hors_machine(
            TitreTypeId::Arm,
            D::Oct,
            &refs
        ));
    }

    #[test]
    fn retrait_is_public_from_the_saisine_du_prefet() {
        let etapes = [e(T::Spp, S::Fai)];
        let refs: Vec<&Etape> = etapes.iter().collect();
        assert!(demarche_public_hors_machine(
            TitreTypeId::Cxh,
            D::Ret,
            &refs
        ));
    }

    #[test]
    fn titre_public_follows_the_reference_pairs() {
        assert!(!titre_public(TitreTypeId::Arm, TitreStatutId::Ind));
        assert!(titre_public(TitreTypeId::Arm, TitreStatutId::Val));
        assert!(titre_public(TitreTypeId::Arm, TitreStatutId::Dmc));
        assert!(!titre_public(TitreTypeId::Cxh, TitreStatutId::Dmc));
        assert!(!titre_public(TitreTypeId::Inm, TitreStatutId::Val));
    }
}
