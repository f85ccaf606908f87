//! Héritage of properties between the étapes of a démarche (Camino's `titreEtapeHeritagePropsFind`).
//!
//! An étape marked as inheriting a property takes the value of the previous étape of the same démarche (in
//! procedure order), which may itself be inherited; the first étape has nothing to inherit.

use super::etape::Etape;

/// Returns the étapes (in the given order) with inherited properties filled from their predecessor.
pub fn apply_heritage(etapes: &[&Etape]) -> Vec<Etape> {
    let mut resultat: Vec<Etape> = Vec::with_capacity(etapes.len());
    for etape in etapes {
        let mut courante = (*etape).clone();
        if let Some(precedente) = resultat.last() {
            let heritage = courante.heritage;
            if heritage.titulaires {
                courante.titulaires.clone_from(&precedente.titulaires);
            }
            if heritage.amodiataires {
                courante.amodiataires.clone_from(&precedente.amodiataires);
            }
            if heritage.date_debut {
                courante.date_debut = precedente.date_debut;
            }
            if heritage.date_fin {
                courante.date_fin = precedente.date_fin;
            }
            if heritage.duree {
                courante.duree = precedente.duree;
            }
            if heritage.substances {
                courante.substances.clone_from(&precedente.substances);
            }
            if heritage.perimetre {
                courante.perimetre.clone_from(&precedente.perimetre);
                courante.surface = precedente.surface;
                courante.communes.clone_from(&precedente.communes);
                courante.pays_id.clone_from(&precedente.pays_id);
            }
        }
        resultat.push(courante);
    }
    resultat
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::CaminoDate;
    use crate::domain::etape::EntrepriseId;
    use crate::referentiels::{EtapeStatutId as S, EtapeTypeId as T};

    fn e(t: T, date: &str) -> Etape {
        Etape::new(t, S::Fai, CaminoDate::parse(date).expect("date"))
    }

    #[test]
    fn inherited_properties_chain_from_the_previous_etape() {
        let mut mfr = e(T::Mfr, "2020-01-01");
        mfr.titulaires = Some(vec![EntrepriseId::from("ent-1")]);
        mfr.duree = Some(48);
        mfr.surface = Some(12.5);
        let mut mdp = e(T::Mdp, "2020-01-02");
        mdp.heritage.titulaires = true;
        mdp.heritage.duree = true;
        mdp.heritage.perimetre = true;
        let mut dex = e(T::Dex, "2020-02-01");
        dex.heritage.titulaires = true;
        dex.duree = Some(24);
        let etapes = apply_heritage(&[&mfr, &mdp, &dex]);
        assert_eq!(etapes[1].titulaires, mfr.titulaires);
        assert_eq!(etapes[1].duree, Some(48));
        assert_eq!(etapes[1].surface, Some(12.5));
        assert_eq!(etapes[2].titulaires, mfr.titulaires);
        // A property not marked as inherited keeps its own value.
        assert_eq!(etapes[2].duree, Some(24));
        assert_eq!(etapes[2].surface, None);
    }

    #[test]
    fn first_etape_has_nothing_to_inherit() {
        let mut mfr = e(T::Mfr, "2020-01-01");
        mfr.heritage.substances = true;
        assert_eq!(apply_heritage(&[&mfr])[0].substances, None);
    }
}
