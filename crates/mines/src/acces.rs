//! Roles of the mining module and the [`Acteur`] of a signed-in user.
//!
//! Roles of the spec (§3.2): `super` for the whole module; `admin`, `editeur`, `lecteur` of one administration
//! (the organisation is the administration id of the reference table, e.g. `dea-guyane-01`); `entreprise` and
//! `bureau_etudes` of one company (the organisation is the company code, `fr-<SIREN>`). A scoped role granted
//! without organisation, or for an unknown administration, gives nothing.

use socle::auth::{CurrentUser, RoleDef};

use crate::domain::acteur::Acteur;
use crate::domain::etape::EntrepriseId;
use crate::domain::permissions::{NiveauAdministration, Role};
use crate::referentiels::administration;

/// Module id of the roles.
pub const MODULE: &str = "mines";

/// The roles the module grants.
pub const ROLES: &[RoleDef] = &[
    RoleDef {
        module: MODULE,
        role: "super",
        label: "Super-administrateur du cadastre minier",
        scoped: false,
    },
    RoleDef {
        module: MODULE,
        role: "admin",
        label: "Administrateur d'une administration (identifiant de l'administration, ex. dea-guyane-01)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: "editeur",
        label: "Éditeur d'une administration (instruit les démarches)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: "lecteur",
        label: "Lecteur d'une administration",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: "entreprise",
        label: "Membre d'une entreprise (code de l'entreprise, ex. fr-552100554)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: "bureau_etudes",
        label: "Bureau d'études mandaté par une entreprise",
        scoped: true,
    },
];

/// The actor of a user (the public when not signed in or without a role of the module).
pub fn acteur(user: Option<&CurrentUser>) -> Acteur {
    let Some(user) = user else {
        return Acteur::public();
    };
    let mut roles = Vec::new();
    let mut entreprises = Vec::new();
    let mut bureaux = Vec::new();
    for grant in user.roles.iter().filter(|g| g.module == MODULE) {
        let organisation = grant.organisation.as_deref();
        match (grant.role.as_str(), organisation) {
            ("super", _) => roles.push(Role::Super),
            (niveau @ ("admin" | "editeur" | "lecteur"), Some(id))
                if administration(id).is_some() =>
            {
                roles.push(Role::Administration {
                    administration_id: id.to_owned(),
                    niveau: match niveau {
                        "admin" => NiveauAdministration::Admin,
                        "editeur" => NiveauAdministration::Editeur,
                        _ => NiveauAdministration::Lecteur,
                    },
                });
            }
            ("entreprise", Some(code)) => entreprises.push(EntrepriseId(code.to_owned())),
            ("bureau_etudes", Some(code)) => bureaux.push(EntrepriseId(code.to_owned())),
            _ => {}
        }
    }
    if !entreprises.is_empty() {
        roles.push(Role::Entreprise { entreprises });
    }
    if !bureaux.is_empty() {
        roles.push(Role::BureauEtudes {
            entreprises: bureaux,
        });
    }
    Acteur { roles }
}

#[cfg(test)]
mod tests {
    use super::*;
    use socle::auth::RoleGrant;

    fn user(grants: &[(&str, &str, Option<&str>)]) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "agent@exemple.fr".to_owned(),
            display_name: "Agent".to_owned(),
            is_admin: false,
            roles: grants
                .iter()
                .map(|(module, role, organisation)| RoleGrant {
                    module: (*module).to_owned(),
                    role: (*role).to_owned(),
                    organisation: organisation.map(str::to_owned),
                })
                .collect(),
            via_api_token: false,
        }
    }

    #[test]
    fn grants_become_domain_roles() {
        let acteur = acteur(Some(&user(&[
            ("mines", "editeur", Some("dea-guyane-01")),
            ("mines", "entreprise", Some("fr-1")),
            ("mines", "entreprise", Some("fr-2")),
            ("aides", "super", None),
        ])));
        assert_eq!(acteur.roles.len(), 2);
        assert_eq!(acteur.entreprises().len(), 2);
        assert!(!acteur.is_super());
    }

    #[test]
    fn unknown_administrations_and_unscoped_grants_give_nothing() {
        let acteur = acteur(Some(&user(&[
            ("mines", "admin", Some("inconnue")),
            ("mines", "lecteur", None),
            ("mines", "entreprise", None),
        ])));
        assert_eq!(acteur, Acteur::public());
        assert_eq!(super::acteur(None), Acteur::public());
    }
}
