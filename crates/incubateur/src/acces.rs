//! Who may do what: the module's roles read from the platform's grants, per object (spec §7).
//!
//! Roles are scoped: the incubator team by incubator id, pre-jurors, jurors and the jury president by call id,
//! sponsors, coaches and teams by startup id. A grant without organisation covers every object of its kind.
//! Agents are any signed-in account and see only their own submissions.

use socle::AppError;
use socle::auth::CurrentUser;

use crate::MODULE;
use crate::domain::roles::Role;

/// Incubator team (scoped by incubator id).
pub const ROLE_ADMIN: &str = "admin";
/// Pre-juror (scoped by call id).
pub const ROLE_PRE_JURE: &str = "pre_jure";
/// Juror (scoped by call id).
pub const ROLE_JURE: &str = "jure";
/// Jury president (scoped by call id).
pub const ROLE_PRESIDENT: &str = "president_jury";
/// Sponsor (scoped by startup id).
pub const ROLE_SPONSOR: &str = "sponsor";
/// Coach (scoped by startup id).
pub const ROLE_COACH: &str = "coach";
/// Team member (scoped by startup id).
pub const ROLE_EQUIPE: &str = "equipe";
/// DINUM's portfolio manager (read only, module-wide).
pub const ROLE_PORTEFEUILLE: &str = "portefeuille";

/// Whether `user` belongs to the team of `incubateur`.
pub fn is_admin_of(user: &CurrentUser, incubateur: &str) -> bool {
    user.has_role_for(MODULE, ROLE_ADMIN, incubateur)
}

/// Whether `user` belongs to the team of at least one incubator, or administers the platform (data-quality pages).
pub fn is_any_admin(user: &CurrentUser) -> bool {
    user.is_admin || user.has_role(MODULE, ROLE_ADMIN)
}

/// Whether `user` may read the analytics of calls (incubator team or portfolio manager).
pub fn reads_analytics(user: &CurrentUser, incubateur: &str) -> bool {
    is_admin_of(user, incubateur) || user.has_role(MODULE, ROLE_PORTEFEUILLE)
}

/// Whether `user` holds `role` for the call `appel_id`.
pub fn has_call_role(user: &CurrentUser, role: &str, appel_id: i64) -> bool {
    user.has_role_for(MODULE, role, &appel_id.to_string())
}

/// Whether `user` is a sponsor, coach or team member of `startup` (or the team of its incubator).
pub fn follows_startup(user: &CurrentUser, startup: &str, incubateur: &str) -> bool {
    is_admin_of(user, incubateur)
        || user.has_role(MODULE, ROLE_PORTEFEUILLE)
        || [ROLE_SPONSOR, ROLE_COACH, ROLE_EQUIPE]
            .iter()
            .any(|role| user.has_role_for(MODULE, role, startup))
}

/// The domain roles `user` holds on a call of `incubateur` (the agent role is decided per submission).
pub fn call_roles(user: &CurrentUser, incubateur: &str, appel_id: i64) -> Vec<Role> {
    let mut roles = Vec::new();
    if is_admin_of(user, incubateur) {
        roles.push(Role::AdminIncubateur);
    }
    if has_call_role(user, ROLE_PRESIDENT, appel_id) {
        roles.push(Role::PresidentJury);
    }
    if has_call_role(user, ROLE_JURE, appel_id) {
        roles.push(Role::Jure);
    }
    if has_call_role(user, ROLE_PRE_JURE, appel_id) {
        roles.push(Role::PreJure);
    }
    roles
}

/// Refuses with 403 unless `allowed`.
pub fn require(allowed: bool) -> Result<(), AppError> {
    if allowed {
        Ok(())
    } else {
        Err(AppError::forbidden())
    }
}

/// The code of a domain role as stored in the journals of the module.
pub fn role_code(role: Role) -> &'static str {
    match role {
        Role::Agent => "agent",
        Role::AdminIncubateur => ROLE_ADMIN,
        Role::PreJure => ROLE_PRE_JURE,
        Role::Jure => ROLE_JURE,
        Role::PresidentJury => ROLE_PRESIDENT,
        Role::Sponsor => ROLE_SPONSOR,
        Role::Coach => ROLE_COACH,
        Role::Equipe => ROLE_EQUIPE,
        Role::PortefeuilleDinum => ROLE_PORTEFEUILLE,
        Role::Public => "public",
    }
}

/// The domain role of a stored code; unknown codes read as the public.
pub fn role_from_code(code: &str) -> Role {
    Role::ALL
        .into_iter()
        .find(|role| role_code(*role) == code)
        .unwrap_or(Role::Public)
}

#[cfg(test)]
mod tests {
    use super::*;
    use socle::auth::RoleGrant;

    fn user(grants: &[(&str, Option<&str>)]) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "a@exemple.fr".into(),
            display_name: "A".into(),
            is_admin: false,
            roles: grants
                .iter()
                .map(|(role, org)| RoleGrant {
                    module: MODULE.into(),
                    role: (*role).into(),
                    organisation: org.map(str::to_owned),
                })
                .collect(),
            via_api_token: false,
        }
    }

    #[test]
    fn call_roles_are_scoped_by_call_and_incubator() {
        let juror = user(&[(ROLE_JURE, Some("3")), (ROLE_ADMIN, Some("mtes"))]);
        assert_eq!(
            call_roles(&juror, "mtes", 3),
            [Role::AdminIncubateur, Role::Jure]
        );
        assert_eq!(call_roles(&juror, "dinum", 4), []);
        assert!(follows_startup(&juror, "camino", "mtes"));
        assert!(!follows_startup(&juror, "camino", "anct"));
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(role_from_code(role_code(role)), role);
        }
    }
}
