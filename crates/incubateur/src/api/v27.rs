//! `GET /api/v2.7/startups.json`: the beta.gouv.fr JSON:API-like document, key for key and in the same order.
//!
//! Differences from the anchor, on purpose (spec §4 "compatibility"): JSON is always valid (the anchor's Liquid
//! output is not escaped), and the startup `contact` is omitted from this open export.

use serde::{Deserialize, Serialize};

use crate::domain::incubateur::Incubateur;
use crate::domain::startup::Startup;

/// The whole document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::DocumentV27)]
pub struct DocumentV27 {
    /// `links.self`.
    pub links: LiensV27,
    /// The startups.
    pub data: Vec<StartupV27>,
    /// The incubators.
    #[serde(default)]
    pub included: Vec<IncubateurV27>,
}

/// `links`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::LiensV27)]
pub struct LiensV27 {
    /// `self`: the site URL followed by `/startups`.
    #[serde(rename = "self")]
    pub self_link: String,
}

/// One startup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::StartupV27)]
pub struct StartupV27 {
    /// Startup id.
    pub id: String,
    /// Always `"startup"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Attributes.
    pub attributes: AttributsV27,
    /// Incubator relationships.
    pub relationships: RelationsV27,
}

/// Attributes of a startup, in the anchor's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::AttributsV27)]
pub struct AttributsV27 {
    /// `title`.
    pub name: String,
    /// `mission`.
    pub pitch: String,
    /// The stored `stats_url`, else `strip(link)/stats` when `stats`, else `""`.
    #[serde(default)]
    pub stats_url: String,
    /// `budget_url`, only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_url: Option<String>,
    /// `impact_url`, written (possibly `""`) whenever `link` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact_url: Option<String>,
    /// `link`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// `repository`, only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    /// `contact`: read when present, never written by La Fabrique (no personal data in open exports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The Markdown body, URL-encoded (`+` for spaces).
    #[serde(default)]
    pub content_url_encoded_markdown: String,
    /// Events, comments without line breaks.
    #[serde(default)]
    pub events: Vec<EvenementV27>,
    /// Phases, `end: ""` when absent.
    #[serde(default)]
    pub phases: Vec<PhaseV27>,
    /// Sponsor ids without the `/organisations/` prefix.
    #[serde(default)]
    pub sponsors: Vec<String>,
    /// Themes.
    #[serde(default)]
    pub thematiques: Vec<String>,
    /// `techno`.
    #[serde(default)]
    pub technos: Vec<String>,
    /// The string `"true"`, only when true (as the anchor writes it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analyse_risques: Option<String>,
    /// `analyse_risques_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analyse_risques_url: Option<String>,
    /// `dashlord_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashlord_url: Option<String>,
    /// `accessibility_status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_status: Option<String>,
}

/// An event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::EvenementV27)]
pub struct EvenementV27 {
    /// Code.
    pub name: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Comment, `""` when absent.
    #[serde(default)]
    pub comment: String,
}

/// A phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::PhaseV27)]
pub struct PhaseV27 {
    /// Code.
    pub name: String,
    /// `YYYY-MM-DD`.
    pub start: String,
    /// `YYYY-MM-DD` or `""`.
    #[serde(default)]
    pub end: String,
}

/// Relationships of a startup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::RelationsV27)]
pub struct RelationsV27 {
    /// The single incubator.
    pub incubator: RelationV27,
    /// The incubators (`[incubator]` unless co-incubated).
    pub incubators: RelationsListeV27,
}

/// A to-one relationship.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::RelationV27)]
pub struct RelationV27 {
    /// The target.
    pub data: ReferenceV27,
}

/// A to-many relationship.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::RelationsListeV27)]
pub struct RelationsListeV27 {
    /// The targets.
    pub data: Vec<ReferenceV27>,
}

/// A resource reference `{type, id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::ReferenceV27)]
pub struct ReferenceV27 {
    /// Always `"incubator"` here.
    #[serde(rename = "type")]
    pub kind: String,
    /// Id.
    pub id: String,
}

/// An incubator in `included`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::IncubateurV27)]
pub struct IncubateurV27 {
    /// Id.
    pub id: String,
    /// Always `"incubator"`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Attributes.
    pub attributes: AttributsIncubateurV27,
}

/// Attributes of an incubator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::AttributsIncubateurV27)]
pub struct AttributsIncubateurV27 {
    /// `title`.
    pub title: String,
    /// `owner`, `""` when absent.
    #[serde(default)]
    pub owner: String,
    /// `website`, `""` when absent.
    #[serde(default)]
    pub website: String,
    /// `github`, `""` when absent.
    #[serde(default)]
    pub github: String,
    /// `contact` (an institutional mailbox), `""` when absent.
    #[serde(default)]
    pub contact: String,
}

fn incubator_ref(id: &str) -> ReferenceV27 {
    ReferenceV27 {
        kind: "incubator".to_owned(),
        id: id.to_owned(),
    }
}

/// URL-encodes like Liquid's `url_encode` (CGI escaping: `+` for spaces, `*-._` and alphanumerics kept).
pub fn url_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                encoded.push(byte as char)
            }
            b' ' => encoded.push('+'),
            other => encoded.push_str(&format!("%{other:02X}")),
        }
    }
    encoded
}

/// Decodes [`url_encode`]; returns `None` when the text is not valid percent-encoded UTF-8.
pub fn url_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => decoded.push(b' '),
            b'%' => {
                let hex = text.get(index + 1..index + 3)?;
                decoded.push(u8::from_str_radix(hex, 16).ok()?);
                index += 2;
            }
            other => decoded.push(other),
        }
        index += 1;
    }
    String::from_utf8(decoded).ok()
}

impl StartupV27 {
    /// The v2.7 shape of a startup.
    pub fn from_startup(startup: &Startup) -> Self {
        let link_written = startup.link.is_some();
        let attributes = AttributsV27 {
            name: startup.title.clone(),
            pitch: startup.mission.clone(),
            stats_url: startup.published_stats_url(),
            budget_url: startup
                .impact
                .budget_url
                .clone()
                .filter(|url| !url.is_empty()),
            impact_url: link_written.then(|| startup.impact.impact_url.clone().unwrap_or_default()),
            link: startup.link.clone(),
            repository: startup
                .impact
                .repository
                .clone()
                .filter(|url| !url.is_empty()),
            contact: None,
            content_url_encoded_markdown: startup
                .body
                .as_deref()
                .map(url_encode)
                .unwrap_or_default(),
            events: startup
                .events()
                .iter()
                .map(|event| EvenementV27 {
                    name: event.name.code().to_owned(),
                    date: event.date.to_string(),
                    comment: event
                        .comment
                        .as_deref()
                        .unwrap_or("")
                        .replace(['\n', '\r'], ""),
                })
                .collect(),
            phases: startup
                .phases
                .iter()
                .map(|phase| PhaseV27 {
                    name: phase.name.code().to_owned(),
                    start: phase.start.to_string(),
                    end: phase.end.map(|end| end.to_string()).unwrap_or_default(),
                })
                .collect(),
            sponsors: startup
                .sponsors()
                .iter()
                .map(|sponsor| sponsor.id.to_string())
                .collect(),
            thematiques: startup
                .thematiques
                .iter()
                .flatten()
                .map(|thematique| thematique.as_str().to_owned())
                .collect(),
            technos: startup.techno.clone().unwrap_or_default(),
            analyse_risques: (startup.conformite.analyse_risques == Some(true))
                .then(|| "true".to_owned()),
            analyse_risques_url: startup
                .conformite
                .analyse_risques_url
                .clone()
                .filter(|url| !url.is_empty()),
            dashlord_url: startup
                .impact
                .dashlord_url
                .clone()
                .filter(|url| !url.is_empty()),
            accessibility_status: startup
                .conformite
                .accessibility_status
                .as_ref()
                .map(|status| status.as_str().to_owned())
                .filter(|status| !status.is_empty()),
        };
        StartupV27 {
            id: startup.id.to_string(),
            kind: "startup".to_owned(),
            attributes,
            relationships: RelationsV27 {
                incubator: RelationV27 {
                    data: incubator_ref(startup.incubator.as_str()),
                },
                incubators: RelationsListeV27 {
                    data: startup
                        .incubator_ids()
                        .into_iter()
                        .map(|id| incubator_ref(id.as_str()))
                        .collect(),
                },
            },
        }
    }
}

impl IncubateurV27 {
    /// The v2.7 shape of an incubator.
    pub fn from_incubateur(incubateur: &Incubateur) -> Self {
        IncubateurV27 {
            id: incubateur.id.to_string(),
            kind: "incubator".to_owned(),
            attributes: AttributsIncubateurV27 {
                title: incubateur.title.clone(),
                owner: incubateur.owner.clone().unwrap_or_default(),
                website: incubateur.website.clone().unwrap_or_default(),
                github: incubateur.github.clone().unwrap_or_default(),
                contact: incubateur.contact.clone().unwrap_or_default(),
            },
        }
    }
}

impl DocumentV27 {
    /// The document for `startups` and `incubateurs`; `site_url` is the public base URL (no trailing slash).
    pub fn build(startups: &[Startup], incubateurs: &[Incubateur], site_url: &str) -> Self {
        DocumentV27 {
            links: LiensV27 {
                self_link: format!("{site_url}/startups"),
            },
            data: startups.iter().map(StartupV27::from_startup).collect(),
            included: incubateurs
                .iter()
                .map(IncubateurV27::from_incubateur)
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::ids::{IncubateurId, StartupId};
    use crate::domain::phase::{Phase, PhaseCode};

    #[test]
    fn url_encoding_round_trips_and_matches_cgi_escaping() {
        let text = "# Titre\n\nÉcologie & co: 100%";
        let encoded = url_encode(text);
        assert_eq!(encoded, "%23+Titre%0A%0A%C3%89cologie+%26+co%3A+100%25");
        assert_eq!(url_decode(&encoded).as_deref(), Some(text));
        assert_eq!(url_decode("%zz"), None);
    }

    #[test]
    fn startup_attributes_follow_the_template_rules() {
        let start = NaiveDate::from_ymd_opt(2018, 1, 1).expect("date");
        let mut startup = Startup::new(
            StartupId::parse("aeris").expect("id"),
            "Aeris".into(),
            "Limiter les rejets".into(),
            IncubateurId::parse("mtes").expect("id"),
            vec![Phase::new(PhaseCode::Investigation, start)],
        );
        startup.contact = Some("equipe@example.org".into());
        startup.conformite.analyse_risques = Some(false);
        let dto = StartupV27::from_startup(&startup);
        let json = serde_json::to_value(&dto).expect("serialisable");
        assert_eq!(json["attributes"]["impact_url"], "");
        assert_eq!(json["attributes"]["phases"][0]["end"], "");
        assert!(
            json["attributes"].get("contact").is_none(),
            "no contact in open exports"
        );
        assert!(json["attributes"].get("analyse_risques").is_none());
        assert_eq!(json["relationships"]["incubators"]["data"][0]["id"], "mtes");
        let keys: Vec<&String> = json["attributes"]
            .as_object()
            .expect("object")
            .keys()
            .collect();
        assert_eq!(keys[..4], ["name", "pitch", "stats_url", "impact_url"]);
    }
}
