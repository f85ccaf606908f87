//! Who may do what in the aids module (spec §7), as pure functions of the caller's roles.
//!
//! - Anyone searches, creates alerts, follows aids and suggests amendments (no account needed).
//! - An aid carrier holds the `porteur` role scoped to the id of its carrier (`fabrique user grant … aides
//!   porteur --organisation 12`): it writes, duplicates and submits the aids of that carrier only.
//! - An admin (platform administrator or the module's `admin` role) reviews, publishes, unpublishes, merges,
//!   accepts amendments and manages referentials.

use socle::auth::CurrentUser;

use crate::MODULE;
use crate::aide::{Aide, PorteurId};

/// Role of an aid carrier, scoped to its carrier id.
pub const ROLE_PORTEUR: &str = "porteur";
/// Role of the module's admins.
pub const ROLE_ADMIN: &str = "admin";

/// Whether the caller administers the module.
pub fn est_admin(user: &CurrentUser) -> bool {
    user.is_admin || user.has_role(MODULE, ROLE_ADMIN)
}

/// The carriers the caller writes for: `None` for every carrier (admins, module-wide carriers), else the
/// ids of its scoped grants (grants whose organisation is not a carrier id are ignored).
pub fn porteurs(user: &CurrentUser) -> Option<Vec<PorteurId>> {
    if est_admin(user) {
        return None;
    }
    user.organisations(MODULE, ROLE_PORTEUR)
        .map(|organisations| {
            organisations
                .iter()
                .filter_map(|org| org.trim().parse::<u32>().ok())
                .map(PorteurId)
                .collect()
        })
}

/// Whether the caller may open the back-office (write aids for at least one carrier, or administer).
pub fn peut_contribuer(user: &CurrentUser) -> bool {
    porteurs(user).is_none_or(|liste| !liste.is_empty())
}

/// Whether the caller may write aids for `porteur`.
pub fn peut_ecrire_pour(user: &CurrentUser, porteur: PorteurId) -> bool {
    porteurs(user).is_none_or(|liste| liste.contains(&porteur))
}

/// Only the owning organisation or an admin edits an aid (spec §3.4). An aid without organisation is the
/// admins' alone.
pub fn peut_modifier(user: &CurrentUser, aide: &Aide) -> bool {
    match porteurs(user) {
        None => true,
        Some(liste) => aide
            .organization
            .and_then(|org| u32::try_from(org).ok())
            .is_some_and(|org| liste.contains(&PorteurId(org))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aide::AideId;
    use chrono::{DateTime, Utc};
    use socle::auth::RoleGrant;

    fn user(is_admin: bool, roles: &[(&str, Option<&str>)]) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "agent@exemple.fr".into(),
            display_name: "Agent".into(),
            is_admin,
            roles: roles
                .iter()
                .map(|(role, org)| RoleGrant {
                    module: MODULE.into(),
                    role: (*role).into(),
                    organisation: org.map(Into::into),
                })
                .collect(),
            via_api_token: false,
        }
    }

    fn aide_de(organisation: Option<u64>) -> Aide {
        let mut aide = Aide::brouillon(AideId(1), "Aide", DateTime::<Utc>::UNIX_EPOCH);
        aide.organization = organisation;
        aide
    }

    #[test]
    fn a_carrier_edits_only_the_aids_of_its_own_organisation() {
        let porteur = user(false, &[(ROLE_PORTEUR, Some("12"))]);
        assert!(peut_modifier(&porteur, &aide_de(Some(12))));
        assert!(!peut_modifier(&porteur, &aide_de(Some(13))));
        assert!(!peut_modifier(&porteur, &aide_de(None)));
        assert!(peut_ecrire_pour(&porteur, PorteurId(12)));
        assert!(!peut_ecrire_pour(&porteur, PorteurId(13)));
        assert!(peut_contribuer(&porteur));
    }

    #[test]
    fn admins_edit_every_aid_and_others_none() {
        for admin in [user(true, &[]), user(false, &[(ROLE_ADMIN, None)])] {
            assert!(est_admin(&admin));
            assert!(peut_modifier(&admin, &aide_de(None)));
        }
        let passant = user(false, &[]);
        assert!(!peut_contribuer(&passant));
        assert!(!peut_modifier(&passant, &aide_de(Some(12))));
    }
}
