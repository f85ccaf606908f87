//! Who may read and write what (spec §3.8, Camino's `packages/common/src/permissions`), as pure functions.
//!
//! Reading is layered: titre → démarche → étape → document. Nobody reads a layer without reading the layer above.
//! Administrations read the titres they manage (gestionnaire), are associated with, or are local to, plus every
//! public titre; companies read the titres they hold or farm out, plus public ones; the public reads what is
//! public. Drafts (brouillons) are read only by the super-administrator, the administrations of the titre and
//! the companies of the titre. Per-administration restrictions by étape type are not part of the reference data
//! shipped here and are left to the store (FIXME(#6): import `administrationsTitresTypesEtapesTypes`).

use super::etape::{Confidentialite, EntrepriseId};
use crate::referentiels::{DemarcheTypeId, EtapeTypeId, TitreTypeId};

/// Level of an agent inside an administration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NiveauAdministration {
    /// Administrator of the administration's accounts and data.
    Admin,
    /// May write.
    Editeur,
    /// Read only.
    Lecteur,
}

/// The role of a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Super-administrator of the platform.
    Super,
    /// Agent of an administration.
    Administration {
        /// Administration id (see [`crate::referentiels::ADMINISTRATIONS`]).
        administration_id: String,
        /// Level.
        niveau: NiveauAdministration,
    },
    /// Employee of one or more companies.
    Entreprise {
        /// Companies.
        entreprises: Vec<EntrepriseId>,
    },
    /// Consultancy acting for companies.
    BureauEtudes {
        /// Companies represented.
        entreprises: Vec<EntrepriseId>,
    },
    /// Anonymous or default account.
    Public,
}

/// What the permissions need to know about a titre.
#[derive(Debug, Clone, Copy)]
pub struct AccesTitre<'a> {
    /// Type.
    pub type_id: TitreTypeId,
    /// Computed public reading.
    pub public_lecture: bool,
    /// Titulaires.
    pub titulaires: &'a [EntrepriseId],
    /// Amodiataires.
    pub amodiataires: &'a [EntrepriseId],
    /// Gestionnaire administrations.
    pub administrations_gestionnaires: &'a [&'a str],
    /// Associated administrations.
    pub administrations_associees: &'a [&'a str],
    /// Local administrations (from the communes).
    pub administrations_locales: &'a [&'a str],
}

/// What the permissions need to know about a démarche.
#[derive(Debug, Clone, Copy)]
pub struct AccesDemarche {
    /// Type.
    pub type_id: DemarcheTypeId,
    /// Computed public reading.
    pub public_lecture: bool,
    /// Computed reading by the companies of the titre.
    pub entreprises_lecture: bool,
}

/// What the permissions need to know about an étape.
#[derive(Debug, Clone, Copy)]
pub struct AccesEtape {
    /// Type (its reference flags decide public and companies reading).
    pub type_id: EtapeTypeId,
    /// Draft.
    pub is_brouillon: bool,
}

fn is_entreprise_du_titre(role: &Role, titre: &AccesTitre<'_>) -> bool {
    match role {
        Role::Entreprise { entreprises } | Role::BureauEtudes { entreprises } => entreprises
            .iter()
            .any(|e| titre.titulaires.contains(e) || titre.amodiataires.contains(e)),
        _ => false,
    }
}

fn administration_du_titre(role: &Role, titre: &AccesTitre<'_>) -> Option<NiveauAdministration> {
    match role {
        Role::Administration {
            administration_id,
            niveau,
        } => {
            let id = administration_id.as_str();
            let concernee = titre.administrations_gestionnaires.contains(&id)
                || titre.administrations_associees.contains(&id)
                || titre.administrations_locales.contains(&id);
            concernee.then_some(*niveau)
        }
        _ => None,
    }
}

/// Full reading of everything of the titre, confidential content included.
fn lit_tout(role: &Role, titre: &AccesTitre<'_>) -> bool {
    *role == Role::Super || administration_du_titre(role, titre).is_some()
}

/// Does the user read everything of the titre, confidential content included (super-administrator, or an
/// administration managing, associated with or local to the titre)?
pub fn can_read_everything(role: &Role, titre: &AccesTitre<'_>) -> bool {
    lit_tout(role, titre)
}

/// May the user read the titre?
pub fn can_read_titre(role: &Role, titre: &AccesTitre<'_>) -> bool {
    titre.public_lecture || lit_tout(role, titre) || is_entreprise_du_titre(role, titre)
}

/// May the user read the démarche?
pub fn can_read_demarche(role: &Role, titre: &AccesTitre<'_>, demarche: &AccesDemarche) -> bool {
    if !can_read_titre(role, titre) {
        return false;
    }
    lit_tout(role, titre)
        || demarche.public_lecture
        || (is_entreprise_du_titre(role, titre) && demarche.entreprises_lecture)
}

/// May the user read the étape?
pub fn can_read_etape(
    role: &Role,
    titre: &AccesTitre<'_>,
    demarche: &AccesDemarche,
    etape: &AccesEtape,
) -> bool {
    if lit_tout(role, titre) {
        return true;
    }
    let entreprise = is_entreprise_du_titre(role, titre);
    if etape.is_brouillon {
        // A draft is the company's own work in progress.
        return entreprise;
    }
    if !can_read_demarche(role, titre, demarche) {
        return false;
    }
    let definition = etape.type_id.definition();
    (demarche.public_lecture && definition.public_lecture)
        || (entreprise && definition.entreprises_lecture)
}

/// May the user read a document (or an avis) of the étape?
pub fn can_read_document(
    role: &Role,
    titre: &AccesTitre<'_>,
    demarche: &AccesDemarche,
    etape: &AccesEtape,
    confidentialite: Confidentialite,
) -> bool {
    if !can_read_etape(role, titre, demarche, etape) {
        return false;
    }
    match confidentialite {
        Confidentialite::Public => true,
        Confidentialite::TitulairesEtAdministrations => {
            lit_tout(role, titre) || is_entreprise_du_titre(role, titre)
        }
        Confidentialite::Administrations => lit_tout(role, titre),
    }
}

/// May the user add or modify étapes of this titre's démarches? Companies only write their own drafts.
pub fn can_edit_etape(role: &Role, titre: &AccesTitre<'_>, etape: &AccesEtape) -> bool {
    match role {
        Role::Super => true,
        Role::Administration {
            administration_id,
            niveau,
        } => {
            let id = administration_id.as_str();
            matches!(
                niveau,
                NiveauAdministration::Admin | NiveauAdministration::Editeur
            ) && (titre.administrations_gestionnaires.contains(&id)
                || titre.administrations_locales.contains(&id))
        }
        Role::Entreprise { .. } | Role::BureauEtudes { .. } => {
            etape.is_brouillon
                && matches!(titre.type_id, TitreTypeId::Arm | TitreTypeId::Axm)
                && is_entreprise_du_titre(role, titre)
        }
        Role::Public => false,
    }
}

/// May the user create a demande (octroi draft) of this titre type for this company?
///
/// Companies and consultancies create ARM and AXM octroi drafts for their own companies only (the only
/// dematerialised procedures); administrations create on behalf of any company.
pub fn can_create_demande(role: &Role, titre_type: TitreTypeId, entreprise: &EntrepriseId) -> bool {
    match role {
        Role::Super => true,
        Role::Administration { niveau, .. } => {
            matches!(
                niveau,
                NiveauAdministration::Admin | NiveauAdministration::Editeur
            )
        }
        Role::Entreprise { entreprises } | Role::BureauEtudes { entreprises } => {
            matches!(titre_type, TitreTypeId::Arm | TitreTypeId::Axm)
                && entreprises.contains(entreprise)
        }
        Role::Public => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GESTIONNAIRE: &str = "dea-guyane-01";
    const AUTRE_ADMINISTRATION: &str = "pre-97302-01";

    fn roles() -> Vec<Role> {
        let mut roles = vec![Role::Super, Role::Public];
        for niveau in [
            NiveauAdministration::Admin,
            NiveauAdministration::Editeur,
            NiveauAdministration::Lecteur,
        ] {
            for administration_id in [GESTIONNAIRE, AUTRE_ADMINISTRATION] {
                roles.push(Role::Administration {
                    administration_id: administration_id.to_string(),
                    niveau,
                });
            }
        }
        for entreprises in [
            vec![EntrepriseId::from("titulaire")],
            vec![EntrepriseId::from("autre")],
        ] {
            roles.push(Role::Entreprise {
                entreprises: entreprises.clone(),
            });
            roles.push(Role::BureauEtudes { entreprises });
        }
        roles
    }

    fn has_full_access(role: &Role) -> bool {
        match role {
            Role::Super => true,
            Role::Administration {
                administration_id, ..
            } => administration_id == GESTIONNAIRE,
            _ => false,
        }
    }

    fn is_titulaire(role: &Role) -> bool {
        matches!(role, Role::Entreprise { entreprises } | Role::BureauEtudes { entreprises }
            if entreprises.contains(&EntrepriseId::from("titulaire")))
    }

    /// Every role × titre visibility × démarche visibility × étape type flags × draft × document level:
    /// nobody reads more than the layers above allow ("zero unauthorised reads").
    #[test]
    fn reads_are_never_wider_than_the_visibility_levels_allow() {
        let titulaires = [EntrepriseId::from("titulaire")];
        let gestionnaires = [GESTIONNAIRE];
        // Étape types covering the four (public_lecture, entreprises_lecture) combinations present in the data.
        let types = [EtapeTypeId::Dpu, EtapeTypeId::Mcp, EtapeTypeId::Wpb];
        let mut combinaisons = 0;
        for role in roles() {
            for titre_public in [false, true] {
                let titre = AccesTitre {
                    type_id: TitreTypeId::Arm,
                    public_lecture: titre_public,
                    titulaires: &titulaires,
                    amodiataires: &[],
                    administrations_gestionnaires: &gestionnaires,
                    administrations_associees: &[],
                    administrations_locales: &[],
                };
                for (demarche_public, entreprises_lecture) in
                    [(false, false), (false, true), (true, true)]
                {
                    let demarche = AccesDemarche {
                        type_id: DemarcheTypeId::Oct,
                        public_lecture: demarche_public,
                        entreprises_lecture,
                    };
                    for type_id in types {
                        for is_brouillon in [false, true] {
                            let etape = AccesEtape {
                                type_id,
                                is_brouillon,
                            };
                            for confidentialite in [
                                Confidentialite::Public,
                                Confidentialite::TitulairesEtAdministrations,
                                Confidentialite::Administrations,
                            ] {
                                combinaisons += 1;
                                let titre_lu = can_read_titre(&role, &titre);
                                let demarche_lue = can_read_demarche(&role, &titre, &demarche);
                                let etape_lue = can_read_etape(&role, &titre, &demarche, &etape);
                                let document_lu = can_read_document(
                                    &role,
                                    &titre,
                                    &demarche,
                                    &etape,
                                    confidentialite,
                                );
                                let definition = type_id.definition();
                                let full = has_full_access(&role);
                                let titulaire = is_titulaire(&role);

                                // Layering.
                                assert!(
                                    !demarche_lu_sans_titre(titre_lu, demarche_lue),
                                    "{role:?}"
                                );
                                assert!(!document_lu || etape_lue, "{role:?}");
                                assert!(!etape_lue || is_brouillon || demarche_lue, "{role:?}");
                                // Expected truth table.
                                assert_eq!(
                                    titre_lu,
                                    titre_public || full || titulaire,
                                    "titre {role:?}"
                                );
                                assert_eq!(
                                    demarche_lue,
                                    titre_lu
                                        && (full
                                            || demarche_public
                                            || (titulaire && entreprises_lecture)),
                                    "démarche {role:?}"
                                );
                                let etape_attendue = if full {
                                    true
                                } else if is_brouillon {
                                    titulaire
                                } else {
                                    demarche_lue
                                        && ((demarche_public && definition.public_lecture)
                                            || (titulaire && definition.entreprises_lecture))
                                };
                                assert_eq!(
                                    etape_lue, etape_attendue,
                                    "étape {role:?} {type_id:?} {is_brouillon}"
                                );
                                let document_attendu = etape_attendue
                                    && match confidentialite {
                                        Confidentialite::Public => true,
                                        Confidentialite::TitulairesEtAdministrations => {
                                            full || titulaire
                                        }
                                        Confidentialite::Administrations => full,
                                    };
                                assert_eq!(document_lu, document_attendu, "document {role:?}");
                                // The public never reads anything confidential.
                                if role == Role::Public {
                                    assert!(
                                        !document_lu
                                            || (confidentialite == Confidentialite::Public
                                                && demarche_public
                                                && !is_brouillon)
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(combinaisons, 12 * 2 * 3 * 3 * 2 * 3);
    }

    fn demarche_lu_sans_titre(titre_lu: bool, demarche_lue: bool) -> bool {
        demarche_lue && !titre_lu
    }

    #[test]
    fn writes_follow_roles() {
        let titulaires = [EntrepriseId::from("titulaire")];
        let gestionnaires = [GESTIONNAIRE];
        for type_id in [TitreTypeId::Arm, TitreTypeId::Prm] {
            let titre = AccesTitre {
                type_id,
                public_lecture: true,
                titulaires: &titulaires,
                amodiataires: &[],
                administrations_gestionnaires: &gestionnaires,
                administrations_associees: &[],
                administrations_locales: &[],
            };
            for role in roles() {
                for is_brouillon in [false, true] {
                    let etape = AccesEtape {
                        type_id: EtapeTypeId::Mfr,
                        is_brouillon,
                    };
                    let attendu = match &role {
                        Role::Super => true,
                        Role::Administration {
                            administration_id,
                            niveau,
                        } => {
                            administration_id == GESTIONNAIRE
                                && *niveau != NiveauAdministration::Lecteur
                        }
                        Role::Entreprise { .. } | Role::BureauEtudes { .. } => {
                            is_brouillon && type_id == TitreTypeId::Arm && is_titulaire(&role)
                        }
                        Role::Public => false,
                    };
                    assert_eq!(
                        can_edit_etape(&role, &titre, &etape),
                        attendu,
                        "{role:?} {type_id:?} {is_brouillon}"
                    );
                }
                let propre = EntrepriseId::from("titulaire");
                let demande_attendue = match &role {
                    Role::Super => true,
                    Role::Administration { niveau, .. } => *niveau != NiveauAdministration::Lecteur,
                    Role::Entreprise { .. } | Role::BureauEtudes { .. } => {
                        type_id == TitreTypeId::Arm && is_titulaire(&role)
                    }
                    Role::Public => false,
                };
                assert_eq!(
                    can_create_demande(&role, type_id, &propre),
                    demande_attendue,
                    "{role:?} {type_id:?}"
                );
            }
        }
    }
}
