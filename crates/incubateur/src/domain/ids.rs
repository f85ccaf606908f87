//! Identifiers of the referentials: validated newtypes over the beta.gouv.fr ids.
//!
//! Ids are case-sensitive and may contain dots (`data.etat`, `auxAJ`): they are never slugified, only checked
//! for what would break a path or a file name.

use std::fmt;

use thiserror::Error;

/// Why a string cannot be an identifier.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IdError {
    /// The identifier is empty or made only of spaces.
    #[error("l'identifiant est vide")]
    Vide,
    /// The identifier contains a character that would break a path (`/`, `\`, a space or a control character).
    #[error(
        "l'identifiant « {0} » contient un caractère interdit (espace, barre oblique ou caractère de contrôle)"
    )]
    CaractereInterdit(String),
}

fn check_id(value: &str) -> Result<(), IdError> {
    if value.trim().is_empty() {
        return Err(IdError::Vide);
    }
    if value
        .chars()
        .any(|c| c == '/' || c == '\\' || c.is_whitespace() || c.is_control())
        || value == "."
        || value == ".."
    {
        return Err(IdError::CaractereInterdit(value.to_owned()));
    }
    Ok(())
}

macro_rules! define_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Checks and wraps an identifier as written in the source (no slugification).
            pub fn parse(value: &str) -> Result<Self, IdError> {
                check_id(value)?;
                Ok(Self(value.to_owned()))
            }

            /// The identifier as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

define_id!(
    /// Id of a startup: its file name under `content/_startups/` without `.md`.
    StartupId
);
define_id!(
    /// Id of an incubator (`mtes`, `dinum`, `FabNum-MI`…).
    IncubateurId
);
define_id!(
    /// Id of an organisation (`dgpr`, `DIPLP`…), referenced as `/organisations/<id>`.
    OrganisationId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_case_and_dots() {
        let id = StartupId::parse("data.etat").expect("valid id");
        assert_eq!(id.as_str(), "data.etat");
        assert_eq!(
            StartupId::parse("auxAJ").expect("valid id").to_string(),
            "auxAJ"
        );
    }

    #[test]
    fn ids_refuse_slashes_spaces_and_empty() {
        assert_eq!(StartupId::parse("  "), Err(IdError::Vide));
        assert!(matches!(
            StartupId::parse("a/b"),
            Err(IdError::CaractereInterdit(_))
        ));
        assert!(matches!(
            OrganisationId::parse("a b"),
            Err(IdError::CaractereInterdit(_))
        ));
        assert!(matches!(
            IncubateurId::parse(".."),
            Err(IdError::CaractereInterdit(_))
        ));
    }
}
