//! Organisations (`content/_organisations/*.md`) and the org chart built from their new `parent` link.
//!
//! The `parent` link (direction → service) is absent from the anchors; it is what lets conflict detection say
//! "same direction" instead of flagging a whole ministry by e-mail domain (spec §8, pitfall 8).

use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use thiserror::Error;

use super::ids::OrganisationId;
use super::valeur::{ChampsInconnus, OrdreCles};

macro_rules! closed_list {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($(#[$vdoc:meta])* $variant:ident => $code:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// Every value of the list.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The value as written in the data.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }
        }

        impl FromStr for $name {
            type Err = ValeurHorsListe;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL.iter().copied().find(|v| v.code() == s).ok_or_else(|| ValeurHorsListe {
                    champ: $what,
                    valeur: s.to_owned(),
                })
            }
        }
    };
}

/// A value outside a closed referential list.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("valeur « {valeur} » hors de la liste autorisée pour {champ}")]
pub struct ValeurHorsListe {
    /// The field.
    pub champ: &'static str,
    /// The value read.
    pub valeur: String,
}

closed_list!(
    /// Kind of organisation.
    TypeOrganisation, "type" {
        /// `administration-centrale`
        AdministrationCentrale => "administration-centrale",
        /// `service-deconcentre` (DREAL, DIRM, DIR, DDT…)
        ServiceDeconcentre => "service-deconcentre",
        /// `operateur`
        Operateur => "operateur",
        /// `securite-sociale`
        SecuriteSociale => "securite-sociale",
        /// `collectivite-territoriale`
        CollectiviteTerritoriale => "collectivite-territoriale",
        /// `autre`
        Autre => "autre",
    }
);

closed_list!(
    /// Ministerial domain of an organisation.
    DomaineMinisteriel, "domaine_ministeriel" {
        /// `environnement`
        Environnement => "environnement",
        /// `solidarite-sante`
        SolidariteSante => "solidarite-sante",
        /// `interieur`
        Interieur => "interieur",
        /// `justice`
        Justice => "justice",
        /// `spm` (services du Premier ministre)
        Spm => "spm",
        /// `autres`
        Autres => "autres",
        /// `territoires`
        Territoires => "territoires",
        /// `bercy`
        Bercy => "bercy",
        /// `agriculture`
        Agriculture => "agriculture",
        /// `travail`
        Travail => "travail",
        /// `education`
        Education => "education",
        /// `culture`
        Culture => "culture",
        /// `armees`
        Armees => "armees",
        /// `enseignement-sup`
        EnseignementSup => "enseignement-sup",
        /// `affaires-etrangeres`
        AffairesEtrangeres => "affaires-etrangeres",
        /// `sport`
        Sport => "sport",
    }
);

/// An organisation (direction, service, operator…).
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    /// Id (file name).
    pub id: OrganisationId,
    /// `name`.
    pub name: String,
    /// `acronym`.
    pub acronym: Option<String>,
    /// `type`.
    pub kind: TypeOrganisation,
    /// `domaine_ministeriel`.
    pub domaine_ministeriel: DomaineMinisteriel,
    /// `annuaire`: link to the public directory.
    pub annuaire: Option<String>,
    /// `parent`: the organisation this one belongs to (new in La Fabrique).
    pub parent: Option<OrganisationId>,
    /// Keys unknown to the module.
    pub extra: ChampsInconnus,
    /// Source order of the keys.
    pub key_order: OrdreCles,
}

impl Organisation {
    /// An organisation with no acronym, directory link nor parent.
    pub fn new(
        id: OrganisationId,
        name: String,
        kind: TypeOrganisation,
        domaine: DomaineMinisteriel,
    ) -> Self {
        Organisation {
            id,
            name,
            acronym: None,
            kind,
            domaine_ministeriel: domaine,
            annuaire: None,
            parent: None,
            extra: ChampsInconnus::new(),
            key_order: OrdreCles::default(),
        }
    }
}

/// Why an org chart cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OrganigrammeError {
    /// Two organisations share an id.
    #[error("l'organisation « {0} » est déclarée deux fois")]
    Doublon(String),
    /// A `parent` names no known organisation.
    #[error("l'organisation « {enfant} » a pour parent « {parent} », qui n'existe pas")]
    ParentInconnu {
        /// The child.
        enfant: String,
        /// The missing parent.
        parent: String,
    },
    /// Following `parent` links comes back to the start.
    #[error("les liens « parent » forment un cycle passant par « {0} »")]
    Cycle(String),
}

/// The org chart: organisations and their parent links, checked to form a forest.
#[derive(Debug, Clone, Default)]
pub struct Organigramme {
    parents: HashMap<OrganisationId, Option<OrganisationId>>,
}

impl Organigramme {
    /// Builds the chart, refusing duplicates, unknown parents and cycles.
    pub fn build(organisations: &[Organisation]) -> Result<Self, OrganigrammeError> {
        let mut parents = HashMap::with_capacity(organisations.len());
        for organisation in organisations {
            if parents
                .insert(organisation.id.clone(), organisation.parent.clone())
                .is_some()
            {
                return Err(OrganigrammeError::Doublon(organisation.id.to_string()));
            }
        }
        for organisation in organisations {
            if let Some(parent) = &organisation.parent
                && !parents.contains_key(parent)
            {
                return Err(OrganigrammeError::ParentInconnu {
                    enfant: organisation.id.to_string(),
                    parent: parent.to_string(),
                });
            }
        }
        let chart = Organigramme { parents };
        for organisation in organisations {
            let mut seen = HashSet::new();
            let mut current = Some(&organisation.id);
            while let Some(id) = current {
                if !seen.insert(id) {
                    return Err(OrganigrammeError::Cycle(organisation.id.to_string()));
                }
                current = chart.parent(id);
            }
        }
        Ok(chart)
    }

    /// The parent of an organisation, if any.
    pub fn parent(&self, id: &OrganisationId) -> Option<&OrganisationId> {
        self.parents.get(id).and_then(Option::as_ref)
    }

    /// The ancestors of an organisation, nearest first.
    pub fn ancestors(&self, id: &OrganisationId) -> Vec<&OrganisationId> {
        let mut ancestors = Vec::new();
        let mut current = self.parent(id);
        while let Some(parent) = current {
            ancestors.push(parent);
            current = self.parent(parent);
        }
        ancestors
    }

    /// Whether `ancestor` is a strict ancestor of `id`.
    pub fn is_ancestor(&self, ancestor: &OrganisationId, id: &OrganisationId) -> bool {
        self.ancestors(id).contains(&ancestor)
    }

    /// Whether the two organisations are the same, or one contains the other.
    pub fn same_line(&self, a: &OrganisationId, b: &OrganisationId) -> bool {
        a == b || self.is_ancestor(a, b) || self.is_ancestor(b, a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: &str, parent: Option<&str>) -> Organisation {
        let mut o = Organisation::new(
            OrganisationId::parse(id).expect("id"),
            id.to_uppercase(),
            TypeOrganisation::AdministrationCentrale,
            DomaineMinisteriel::Environnement,
        );
        o.parent = parent.map(|p| OrganisationId::parse(p).expect("id"));
        o
    }

    fn id(value: &str) -> OrganisationId {
        OrganisationId::parse(value).expect("id")
    }

    #[test]
    fn chart_knows_ancestors_and_lines() {
        let chart = Organigramme::build(&[
            org("mte", None),
            org("dgpr", Some("mte")),
            org("srt", Some("dgpr")),
        ])
        .expect("valid chart");
        assert_eq!(chart.ancestors(&id("srt")), vec![&id("dgpr"), &id("mte")]);
        assert!(chart.same_line(&id("mte"), &id("srt")));
        assert!(chart.same_line(&id("srt"), &id("srt")));
    }

    #[test]
    fn siblings_are_not_on_the_same_line() {
        let chart = Organigramme::build(&[
            org("mte", None),
            org("dgpr", Some("mte")),
            org("dgaln", Some("mte")),
        ])
        .expect("valid chart");
        assert!(!chart.same_line(&id("dgpr"), &id("dgaln")));
    }

    #[test]
    fn chart_refuses_cycles_unknown_parents_and_duplicates() {
        assert!(matches!(
            Organigramme::build(&[org("a", Some("b")), org("b", Some("a"))]),
            Err(OrganigrammeError::Cycle(_))
        ));
        assert!(matches!(
            Organigramme::build(&[org("a", Some("zz"))]),
            Err(OrganigrammeError::ParentInconnu { .. })
        ));
        assert!(matches!(
            Organigramme::build(&[org("a", None), org("a", None)]),
            Err(OrganigrammeError::Doublon(_))
        ));
    }

    #[test]
    fn closed_lists_refuse_unknown_values() {
        assert_eq!(
            "operateur".parse::<TypeOrganisation>(),
            Ok(TypeOrganisation::Operateur)
        );
        assert_eq!(TypeOrganisation::ALL.len(), 6);
        assert_eq!(DomaineMinisteriel::ALL.len(), 16);
        let error = "ministere"
            .parse::<TypeOrganisation>()
            .expect_err("unknown value");
        assert_eq!(
            error.to_string(),
            "valeur « ministere » hors de la liste autorisée pour type"
        );
    }
}
