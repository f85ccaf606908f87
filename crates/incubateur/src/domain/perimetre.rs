//! Eligibility scope of a call.
//!
//! Which agents may submit, described by organisation kinds, ministerial domains, families of deconcentrated services
//! (DREAL, DIRM, DIR…) and parts of the org chart. Configurable per call.

use super::ids::OrganisationId;
use super::organisation::{DomaineMinisteriel, Organigramme, Organisation, TypeOrganisation};

/// One way to be eligible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CritereEligibilite {
    /// An organisation of this kind, in one of these ministerial domains (any domain when the list is empty).
    Type {
        /// Kind of organisation.
        kind: TypeOrganisation,
        /// Ministerial domains accepted.
        domaines: Vec<DomaineMinisteriel>,
    },
    /// A family of services named by the first word of their acronym (`DREAL` matches `DREAL Occitanie`, `DIR`
    /// matches `DIR Est` but not `DIRM Manche`).
    FamilleService(String),
    /// This organisation or any organisation below it in the org chart.
    SousOrganisation(OrganisationId),
}

/// The eligibility scope of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Perimetre {
    /// Text shown to agents ("Administration centrale, DREAL, DIRM et DIR").
    pub libelle: String,
    /// An organisation is eligible when it meets any criterion.
    pub criteres: Vec<CritereEligibilite>,
}

impl Perimetre {
    /// The scope of the Fabrique's first call (November 2017): the ministries' central administration, DREAL,
    /// DIRM and DIR.
    pub fn premier_appel_fabrique() -> Self {
        Perimetre {
            libelle: "Administration centrale des ministères, DREAL, DIRM et DIR".to_owned(),
            criteres: vec![
                CritereEligibilite::Type {
                    kind: TypeOrganisation::AdministrationCentrale,
                    domaines: vec![
                        DomaineMinisteriel::Environnement,
                        DomaineMinisteriel::Territoires,
                    ],
                },
                CritereEligibilite::FamilleService("DREAL".to_owned()),
                CritereEligibilite::FamilleService("DIRM".to_owned()),
                CritereEligibilite::FamilleService("DIR".to_owned()),
            ],
        }
    }

    /// Whether an agent of `organisation` may submit.
    pub fn is_eligible(&self, organisation: &Organisation, organigramme: &Organigramme) -> bool {
        self.criteres.iter().any(|critere| match critere {
            CritereEligibilite::Type { kind, domaines } => {
                organisation.kind == *kind
                    && (domaines.is_empty() || domaines.contains(&organisation.domaine_ministeriel))
            }
            CritereEligibilite::FamilleService(family) => organisation
                .acronym
                .as_deref()
                .and_then(|acronym| acronym.split([' ', '-']).next())
                .is_some_and(|first| first.eq_ignore_ascii_case(family)),
            CritereEligibilite::SousOrganisation(root) => {
                organisation.id == *root || organigramme.is_ancestor(root, &organisation.id)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(
        id: &str,
        acronym: &str,
        kind: TypeOrganisation,
        domaine: DomaineMinisteriel,
    ) -> Organisation {
        let mut o = Organisation::new(
            OrganisationId::parse(id).expect("id"),
            id.into(),
            kind,
            domaine,
        );
        o.acronym = Some(acronym.into());
        o
    }

    #[test]
    fn first_call_scope_accepts_central_administration_dreal_dirm_and_dir() {
        use DomaineMinisteriel::*;
        use TypeOrganisation::*;
        let scope = Perimetre::premier_appel_fabrique();
        let chart = Organigramme::default();
        assert!(scope.is_eligible(
            &org("dgpr", "DGPR", AdministrationCentrale, Environnement),
            &chart
        ));
        assert!(scope.is_eligible(
            &org(
                "dreal-occ",
                "DREAL Occitanie",
                ServiceDeconcentre,
                Environnement
            ),
            &chart
        ));
        assert!(scope.is_eligible(
            &org(
                "dirm-manche",
                "DIRM Manche",
                ServiceDeconcentre,
                Environnement
            ),
            &chart
        ));
        assert!(scope.is_eligible(
            &org("dir-est", "DIR-Est", ServiceDeconcentre, Territoires),
            &chart
        ));
        assert!(!scope.is_eligible(
            &org("dgfip", "DGFIP", AdministrationCentrale, Bercy),
            &chart
        ));
        assert!(!scope.is_eligible(
            &org("ddt-13", "DDT 13", ServiceDeconcentre, Territoires),
            &chart
        ));
        assert!(!scope.is_eligible(
            &org("direccte", "DIRECCTE", ServiceDeconcentre, Travail),
            &chart
        ));
    }

    #[test]
    fn a_scope_can_name_a_branch_of_the_org_chart() {
        let mut parent = org(
            "dgaln",
            "DGALN",
            TypeOrganisation::AdministrationCentrale,
            DomaineMinisteriel::Territoires,
        );
        parent.parent = None;
        let mut child = org(
            "dhup",
            "DHUP",
            TypeOrganisation::AdministrationCentrale,
            DomaineMinisteriel::Territoires,
        );
        child.parent = Some(parent.id.clone());
        let other = org(
            "dgpr",
            "DGPR",
            TypeOrganisation::AdministrationCentrale,
            DomaineMinisteriel::Environnement,
        );
        let chart =
            Organigramme::build(&[parent.clone(), child.clone(), other.clone()]).expect("chart");
        let scope = Perimetre {
            libelle: "DGALN".into(),
            criteres: vec![CritereEligibilite::SousOrganisation(parent.id.clone())],
        };
        assert!(scope.is_eligible(&parent, &chart));
        assert!(scope.is_eligible(&child, &chart));
        assert!(!scope.is_eligible(&other, &chart));
    }
}
