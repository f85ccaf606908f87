//! Referentials of the module: every enumeration of the spec (§3.3) with its French labels, the
//! perimeter scales, the Sandre basins, the overseas codes and the themes/categories.
//!
//! The tables live in `generated.rs`, written by `tests/referentiels_generes.rs` from
//! `../shared/data/aides/aides-territoires-enumerations.json` (facts compiled from the ISC/MIT anchor
//! repositories, see SOURCES.md). That test fails when the committed copy is stale; run it with
//! `FABRIQUE_REGENERATE_REFERENTIELS=1` to rewrite it.

mod thematiques;

pub use thematiques::{Categorie, CategorieId, Thematique, ThematiqueId, Thematiques};

/// Declares a closed enumeration of the referential: its codes (Django form, underscores), its French
/// labels, `ALL`, `code()`, `label()` and `from_code()` (which also accepts the Symfony hyphen slug).
macro_rules! enumeration {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal => $label:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(#[doc = concat!("`", $code, "`")] $variant,)+
        }

        impl $name {
            /// Every value, in the order of the referential.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The code, in the Django form (underscores).
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The French label.
            pub const fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }

            /// Parses a code; the Symfony slug (hyphens instead of underscores) is accepted too.
            pub fn from_code(code: &str) -> Option<Self> {
                crate::referentiels::parse_code(Self::ALL, Self::code, code)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

#[rustfmt::skip]
mod generated;

pub use generated::*;

/// Finds the value whose code is `input`, then retries with hyphens read as underscores, because
/// Symfony slugs (`public-org`) and Django codes (`public_org`) both circulate in saved links.
fn parse_code<T: Copy>(all: &[T], code: fn(T) -> &'static str, input: &str) -> Option<T> {
    let input = input.trim();
    all.iter()
        .copied()
        .find(|value| code(*value) == input)
        .or_else(|| {
            let underscored = input.replace('-', "_");
            all.iter()
                .copied()
                .find(|value| code(*value) == underscored)
        })
}

/// The Sandre code of a water basin as the anchor stores it (`FR0000` + two digits).
pub fn code_bassin(numero: &str) -> String {
    format!("FR0000{numero}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symfony_slugs_parse_to_the_django_code() {
        assert_eq!(Public::from_code("public-org"), Some(Public::PublicOrg));
        assert_eq!(
            TypeAide::from_code("recoverable-advance"),
            Some(TypeAide::RecoverableAdvance)
        );
        assert_eq!(
            GroupeTypeAide::from_code("financial-group"),
            Some(GroupeTypeAide::FinancialGroup)
        );
        assert_eq!(Public::PublicOrg.code(), "public_org");
    }

    #[test]
    fn unknown_code_is_rejected() {
        assert_eq!(Public::from_code("martiens"), None);
        assert_eq!(Echelle::from_code(""), None);
    }

    #[test]
    fn every_code_round_trips() {
        for value in Public::ALL {
            assert_eq!(Public::from_code(value.code()), Some(*value));
        }
        for value in TypeAide::ALL {
            assert_eq!(TypeAide::from_code(value.code()), Some(*value));
        }
        for value in Echelle::ALL {
            assert_eq!(Echelle::from_code(value.code()), Some(*value));
        }
    }

    #[test]
    fn scale_weights_grow_from_commune_to_continent() {
        let poids: Vec<u8> = Echelle::ALL.iter().map(|e| e.poids()).collect();
        let mut sorted = poids.clone();
        sorted.sort_unstable();
        assert_eq!(poids, sorted);
        assert!(Echelle::Commune.poids() < Echelle::Continent.poids());
    }

    #[test]
    fn aid_types_belong_to_their_group() {
        assert_eq!(TypeAide::Grant.groupe(), GroupeTypeAide::FinancialGroup);
        assert_eq!(
            TypeAide::LegalEngineering.groupe(),
            GroupeTypeAide::TechnicalGroup
        );
        assert_eq!(Public::Region.groupe(), GroupePublic::Collectivites);
    }
}
