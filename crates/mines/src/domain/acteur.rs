//! A user with all the roles they hold: reading or writing is allowed when one of the roles allows it.
//!
//! [`super::permissions`] decides for one role; a person may be lecteur of two administrations and employee of a
//! company at once, so every check here is the union over the roles. Nothing but [`Acteur::roles`] decides: the
//! web pages, the API, the exports and the store's list filters all go through it (the SQL filter of the store is
//! tested against it).

use super::etape::{Confidentialite, EntrepriseId};
use super::permissions::{
    AccesDemarche, AccesEtape, AccesTitre, NiveauAdministration, Role, can_create_demande,
    can_edit_etape, can_read_demarche, can_read_document, can_read_etape, can_read_everything,
    can_read_titre,
};
use crate::referentiels::TitreTypeId;

/// The roles of a user in the mining module; no role reads as the public.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Acteur {
    /// Roles held (an empty list is the public).
    pub roles: Vec<Role>,
}

impl Acteur {
    /// Anonymous visitor.
    pub fn public() -> Self {
        Self::default()
    }

    /// Super-administrator.
    pub fn is_super(&self) -> bool {
        self.roles.contains(&Role::Super)
    }

    /// Administrations the user works for, with their level.
    pub fn administrations(&self) -> Vec<(&str, NiveauAdministration)> {
        self.roles
            .iter()
            .filter_map(|role| match role {
                Role::Administration {
                    administration_id,
                    niveau,
                } => Some((administration_id.as_str(), *niveau)),
                _ => None,
            })
            .collect()
    }

    /// Companies the user works for or represents.
    pub fn entreprises(&self) -> Vec<&EntrepriseId> {
        self.roles
            .iter()
            .flat_map(|role| match role {
                Role::Entreprise { entreprises } | Role::BureauEtudes { entreprises } => {
                    entreprises.iter().collect::<Vec<_>>()
                }
                _ => Vec::new(),
            })
            .collect()
    }

    fn any(&self, check: impl Fn(&Role) -> bool) -> bool {
        if self.roles.is_empty() {
            return check(&Role::Public);
        }
        self.roles.iter().any(check)
    }

    /// May read the titre.
    pub fn lit_titre(&self, titre: &AccesTitre<'_>) -> bool {
        self.any(|role| can_read_titre(role, titre))
    }

    /// May read the démarche.
    pub fn lit_demarche(&self, titre: &AccesTitre<'_>, demarche: &AccesDemarche) -> bool {
        self.any(|role| can_read_demarche(role, titre, demarche))
    }

    /// May read the étape.
    pub fn lit_etape(
        &self,
        titre: &AccesTitre<'_>,
        demarche: &AccesDemarche,
        etape: &AccesEtape,
    ) -> bool {
        self.any(|role| can_read_etape(role, titre, demarche, etape))
    }

    /// May read a document of the étape.
    pub fn lit_document(
        &self,
        titre: &AccesTitre<'_>,
        demarche: &AccesDemarche,
        etape: &AccesEtape,
        confidentialite: Confidentialite,
    ) -> bool {
        self.any(|role| can_read_document(role, titre, demarche, etape, confidentialite))
    }

    /// Reads everything of the titre, confidential content included (super, administrations of the titre): the
    /// explanation of refusals and who is blocking are shown only then.
    pub fn lit_tout(&self, titre: &AccesTitre<'_>) -> bool {
        self.any(|role| can_read_everything(role, titre))
    }

    /// May add or change étapes of the titre (drafts only for companies).
    pub fn edite_etape(&self, titre: &AccesTitre<'_>, etape: &AccesEtape) -> bool {
        self.any(|role| can_edit_etape(role, titre, etape))
    }

    /// May create a demande of this type for this company.
    pub fn cree_demande(&self, titre_type: TitreTypeId, entreprise: &EntrepriseId) -> bool {
        self.any(|role| can_create_demande(role, titre_type, entreprise))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referentiels::{DemarcheTypeId, EtapeTypeId};

    fn titre<'a>(
        public: bool,
        titulaires: &'a [EntrepriseId],
        gestionnaires: &'a [&'a str],
    ) -> AccesTitre<'a> {
        AccesTitre {
            type_id: TitreTypeId::Arm,
            public_lecture: public,
            titulaires,
            amodiataires: &[],
            administrations_gestionnaires: gestionnaires,
            administrations_associees: &[],
            administrations_locales: &[],
        }
    }

    #[test]
    fn the_union_of_roles_decides() {
        let titulaires = [EntrepriseId::from("fr-1")];
        let gestionnaires = ["dea-guyane-01"];
        let confidentiel = titre(false, &titulaires, &gestionnaires);
        let lecteur_ailleurs = Role::Administration {
            administration_id: "pre-01053-01".to_string(),
            niveau: NiveauAdministration::Lecteur,
        };
        let employe = Role::Entreprise {
            entreprises: vec![EntrepriseId::from("fr-1")],
        };
        assert!(!Acteur::public().lit_titre(&confidentiel));
        assert!(
            !Acteur {
                roles: vec![lecteur_ailleurs.clone()]
            }
            .lit_titre(&confidentiel)
        );
        let les_deux = Acteur {
            roles: vec![lecteur_ailleurs, employe],
        };
        assert!(les_deux.lit_titre(&confidentiel));
        assert!(!les_deux.lit_tout(&confidentiel));
        assert!(
            Acteur {
                roles: vec![Role::Super]
            }
            .lit_tout(&confidentiel)
        );
    }

    #[test]
    fn the_public_reads_public_etapes_of_public_demarches_only() {
        let public = titre(true, &[], &[]);
        let demarche = AccesDemarche {
            type_id: DemarcheTypeId::Oct,
            public_lecture: true,
            entreprises_lecture: true,
        };
        let dpu = AccesEtape {
            type_id: EtapeTypeId::Dpu,
            is_brouillon: false,
        };
        let mut brouillon = dpu;
        brouillon.is_brouillon = true;
        assert!(Acteur::public().lit_etape(&public, &demarche, &dpu));
        assert!(!Acteur::public().lit_etape(&public, &demarche, &brouillon));
        assert!(!Acteur::public().lit_document(
            &public,
            &demarche,
            &dpu,
            Confidentialite::TitulairesEtAdministrations
        ));
    }
}
