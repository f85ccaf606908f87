//! Incubators (`content/_incubators/*.md`): the 23 programmes of the beta.gouv.fr network, La Fabrique among them.

use super::ids::{IncubateurId, OrganisationId, StartupId};
use super::valeur::{ChampsInconnus, OrdreCles};

/// An incubator.
#[derive(Debug, Clone, PartialEq)]
pub struct Incubateur {
    /// Id (file name).
    pub id: IncubateurId,
    /// `title`.
    pub title: String,
    /// `short_description` (HTML, may hold entities).
    pub short_description: Option<String>,
    /// `owner`: `/organisations/<id>`, possibly `''` (two incubators) or pointing to an absent organisation
    /// (`menj`); kept as written.
    pub owner: Option<String>,
    /// `logo` file name.
    pub logo: Option<String>,
    /// `github` (or another forge).
    pub github: Option<String>,
    /// `contact`.
    pub contact: Option<String>,
    /// `address`.
    pub address: Option<String>,
    /// `highlighted_startups`.
    pub highlighted_startups: Option<Vec<StartupId>>,
    /// `website`.
    pub website: Option<String>,
    /// `redirect_from`.
    pub redirect_from: Option<Vec<String>>,
    /// `hidden`.
    pub hidden: Option<bool>,
    /// Keys unknown to the module.
    pub extra: ChampsInconnus,
    /// Source order of the keys.
    pub key_order: OrdreCles,
}

impl Incubateur {
    /// An incubator with only an id and a title.
    pub fn new(id: IncubateurId, title: String) -> Self {
        Incubateur {
            id,
            title,
            short_description: None,
            owner: None,
            logo: None,
            github: None,
            contact: None,
            address: None,
            highlighted_startups: None,
            website: None,
            redirect_from: None,
            hidden: None,
            extra: ChampsInconnus::new(),
            key_order: OrdreCles::default(),
        }
    }

    /// The owning organisation's id, when `owner` is a non-empty reference.
    pub fn owner_id(&self) -> Option<OrganisationId> {
        let owner = self.owner.as_deref()?.trim();
        let id = owner.strip_prefix("/organisations/").unwrap_or(owner);
        OrganisationId::parse(id).ok()
    }

    /// Whether the incubator is hidden from the public list.
    pub fn is_hidden(&self) -> bool {
        self.hidden == Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_id_reads_references_and_ignores_empty_owners() {
        let mut incubateur =
            Incubateur::new(IncubateurId::parse("mtes").expect("id"), "Fabrique".into());
        assert_eq!(incubateur.owner_id(), None);
        incubateur.owner = Some(String::new());
        assert_eq!(incubateur.owner_id(), None);
        incubateur.owner = Some("/organisations/mtes".into());
        assert_eq!(
            incubateur.owner_id().map(|id| id.to_string()),
            Some("mtes".to_owned())
        );
    }
}
