//! Who acts in the incubator (spec §7 "roles"). Permissions are checked per object by the service layer; the
//! state machines only check that the role may take the transition at all.

use std::fmt;

/// A role in the module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// An agent of the administration: their own submissions.
    Agent,
    /// A member of the incubator team: their incubator.
    AdminIncubateur,
    /// A pre-juror: marks the assigned submissions.
    PreJure,
    /// A juror: scores the assigned submissions.
    Jure,
    /// The president of the jury: closes the deliberation and signs the minutes.
    PresidentJury,
    /// A sponsor: their startups.
    Sponsor,
    /// A coach: their startups.
    Coach,
    /// A team member: their startups.
    Equipe,
    /// DINUM's portfolio manager: read only.
    PortefeuilleDinum,
    /// Anyone: published data only.
    Public,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 10] = [
        Role::Agent,
        Role::AdminIncubateur,
        Role::PreJure,
        Role::Jure,
        Role::PresidentJury,
        Role::Sponsor,
        Role::Coach,
        Role::Equipe,
        Role::PortefeuilleDinum,
        Role::Public,
    ];

    /// French name of the role.
    pub fn label(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::AdminIncubateur => "équipe de l'incubateur",
            Role::PreJure => "pré-juré",
            Role::Jure => "juré",
            Role::PresidentJury => "président du jury",
            Role::Sponsor => "sponsor",
            Role::Coach => "coach",
            Role::Equipe => "équipe",
            Role::PortefeuilleDinum => "gestionnaire de portefeuille DINUM",
            Role::Public => "public",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
