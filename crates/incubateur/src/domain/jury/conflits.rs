//! Conflicts of interest between jurors and submissions, from the org chart and from declarations.
//!
//! Automatic flags (spec §3.4, adapted from `OpenReview`'s `get_conflicts` to the org graph): the juror belongs to
//! the agent's organisation, or to an ancestor or descendant of it (same direction or service); the juror's
//! organisation is a sponsor of the project, or contains one. Siblings in the same ministry are not flagged:
//! e-mail domains flag whole ministries, which is what the org chart avoids (pitfall 8).

use std::collections::BTreeSet;
use std::fmt;

use super::JureId;
use crate::domain::candidature::CandidatureId;
use crate::domain::ids::OrganisationId;
use crate::domain::organisation::Organigramme;

/// A juror as the conflict rules see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfilJure {
    /// Juror.
    pub jure: JureId,
    /// Their direction or service, when known.
    pub organisation: Option<OrganisationId>,
}

/// A submission as the conflict rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfilCandidature {
    /// Submission.
    pub candidature: CandidatureId,
    /// The agent's direction or service.
    pub organisation: OrganisationId,
    /// The intended sponsors.
    pub sponsors: Vec<OrganisationId>,
}

/// A conflict declared by a juror (or on their behalf) before any score is visible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflitDeclare {
    /// Juror.
    pub jure: JureId,
    /// Submission.
    pub candidature: CandidatureId,
    /// Stated reason.
    pub motif: String,
}

/// Why a juror is in conflict.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum MotifConflit {
    /// Same organisation as the agent.
    MemeOrganisation,
    /// The juror's organisation contains the agent's, or the reverse.
    MemeLigneHierarchique,
    /// The juror's organisation is, or contains, a sponsor of the project.
    DirectionSponsor(OrganisationId),
    /// Declared.
    Declare(String),
}

impl fmt::Display for MotifConflit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MotifConflit::MemeOrganisation => f.write_str("même direction ou service que l'agent"),
            MotifConflit::MemeLigneHierarchique => {
                f.write_str("même ligne hiérarchique que l'agent")
            }
            MotifConflit::DirectionSponsor(sponsor) => {
                write!(f, "direction sponsor du projet ({sponsor})")
            }
            MotifConflit::Declare(motif) => write!(f, "conflit déclaré : {motif}"),
        }
    }
}

/// A conflict between a juror and a submission.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Conflit {
    /// Juror.
    pub jure: JureId,
    /// Submission.
    pub candidature: CandidatureId,
    /// Why.
    pub motif: MotifConflit,
}

/// Every conflict, automatic and declared, sorted by juror, submission and reason.
pub fn detect_conflicts(
    jures: &[ProfilJure],
    candidatures: &[ProfilCandidature],
    organigramme: &Organigramme,
    declares: &[ConflitDeclare],
) -> Vec<Conflit> {
    let mut conflits = BTreeSet::new();
    for jure in jures {
        let Some(juror_org) = &jure.organisation else {
            continue;
        };
        for candidature in candidatures {
            let mut add = |motif| {
                conflits.insert(Conflit {
                    jure: jure.jure,
                    candidature: candidature.candidature,
                    motif,
                });
            };
            if *juror_org == candidature.organisation {
                add(MotifConflit::MemeOrganisation);
            } else if organigramme.same_line(juror_org, &candidature.organisation) {
                add(MotifConflit::MemeLigneHierarchique);
            }
            for sponsor in &candidature.sponsors {
                if sponsor == juror_org || organigramme.is_ancestor(juror_org, sponsor) {
                    add(MotifConflit::DirectionSponsor(sponsor.clone()));
                }
            }
        }
    }
    for declared in declares {
        conflits.insert(Conflit {
            jure: declared.jure,
            candidature: declared.candidature,
            motif: MotifConflit::Declare(declared.motif.clone()),
        });
    }
    conflits.into_iter().collect()
}

/// The (juror, submission) pairs to recuse: every pair with at least one conflict.
pub fn recusations(conflits: &[Conflit]) -> BTreeSet<(JureId, CandidatureId)> {
    conflits
        .iter()
        .map(|conflit| (conflit.jure, conflit.candidature))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::organisation::{DomaineMinisteriel, Organisation, TypeOrganisation};

    fn id(value: &str) -> OrganisationId {
        OrganisationId::parse(value).expect("id")
    }

    fn chart() -> Organigramme {
        let org = |name: &str, parent: Option<&str>| {
            let mut o = Organisation::new(
                id(name),
                name.into(),
                TypeOrganisation::AdministrationCentrale,
                DomaineMinisteriel::Environnement,
            );
            o.parent = parent.map(id);
            o
        };
        Organigramme::build(&[
            org("mte", None),
            org("dgpr", Some("mte")),
            org("srt", Some("dgpr")),
            org("dgaln", Some("mte")),
            org("dhup", Some("dgaln")),
        ])
        .expect("chart")
    }

    #[test]
    fn same_service_line_and_sponsor_are_flagged_but_not_siblings() {
        let jures = [
            ProfilJure {
                jure: JureId(1),
                organisation: Some(id("dgpr")),
            },
            ProfilJure {
                jure: JureId(2),
                organisation: Some(id("dgaln")),
            },
            ProfilJure {
                jure: JureId(3),
                organisation: None,
            },
        ];
        let candidatures = [
            ProfilCandidature {
                candidature: CandidatureId(10),
                organisation: id("srt"),
                sponsors: vec![id("dgpr")],
            },
            ProfilCandidature {
                candidature: CandidatureId(11),
                organisation: id("dgpr"),
                sponsors: vec![id("dhup")],
            },
        ];
        let conflits = detect_conflicts(&jures, &candidatures, &chart(), &[]);
        let found: Vec<(u64, u64, MotifConflit)> = conflits
            .iter()
            .map(|c| (c.jure.0, c.candidature.0, c.motif.clone()))
            .collect();
        assert_eq!(
            found,
            [
                (1, 10, MotifConflit::MemeLigneHierarchique),
                (1, 10, MotifConflit::DirectionSponsor(id("dgpr"))),
                (1, 11, MotifConflit::MemeOrganisation),
                (2, 11, MotifConflit::DirectionSponsor(id("dhup"))),
            ]
        );
        assert_eq!(recusations(&conflits).len(), 3);
    }

    #[test]
    fn declared_conflicts_are_kept_with_their_reason() {
        let declared = [ConflitDeclare {
            jure: JureId(5),
            candidature: CandidatureId(1),
            motif: "ancienne collègue".into(),
        }];
        let conflits = detect_conflicts(&[], &[], &chart(), &declared);
        assert_eq!(
            conflits[0].motif.to_string(),
            "conflit déclaré : ancienne collègue"
        );
    }
}
