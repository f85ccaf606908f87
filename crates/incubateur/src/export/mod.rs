//! Export of the open formats, so that a re-import of an export gives the same data.
//!
//! Formats: beta.gouv.fr front-matter (Markdown files), the JSON fixture of front-matter, the v2.7 API document and
//! its CSV twin, and the organisations and incubators lists.

mod yaml;

use crate::api::v27::DocumentV27;
use crate::domain::evenement::Evenement;
use crate::domain::incubateur::Incubateur;
use crate::domain::organisation::Organisation;
use crate::domain::phase::Phase;
use crate::domain::startup::{Fast, Startup};
use crate::domain::valeur::{ChampsInconnus, OrdreCles, Valeur};

/// Ordered fields under construction.
struct Fields(Vec<(String, Valeur)>);

impl Fields {
    fn new() -> Self {
        Fields(Vec::new())
    }

    fn put(&mut self, key: &str, value: impl Into<Valeur>) {
        self.0.push((key.to_owned(), value.into()));
    }

    fn opt<T: Into<Valeur>>(&mut self, key: &str, value: Option<T>) {
        if let Some(value) = value {
            self.put(key, value);
        }
    }

    fn texts<'a>(&mut self, key: &str, values: Option<impl IntoIterator<Item = &'a str>>) {
        if let Some(values) = values {
            self.put(
                key,
                Valeur::Array(
                    values
                        .into_iter()
                        .map(|v| Valeur::String(v.to_owned()))
                        .collect(),
                ),
            );
        }
    }

    fn finish(mut self, extra: &ChampsInconnus, order: &OrdreCles) -> Vec<(String, Valeur)> {
        self.0
            .extend(extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        order.arrange(self.0)
    }
}

fn object(fields: Vec<(String, Valeur)>) -> Valeur {
    Valeur::Object(fields.into_iter().collect())
}

fn phase_fields(phase: &Phase) -> Vec<(String, Valeur)> {
    let mut fields = Fields::new();
    fields.put(
        "name",
        phase
            .alias
            .clone()
            .unwrap_or_else(|| phase.name.code().to_owned()),
    );
    fields.put("start", phase.start.to_string());
    fields.opt("end", phase.end.map(|end| end.to_string()));
    fields.opt("comment", phase.comment.clone());
    fields.finish(&phase.extra, &phase.key_order)
}

fn event_fields(event: &Evenement) -> Vec<(String, Valeur)> {
    let mut fields = Fields::new();
    fields.put("name", event.name.code());
    fields.put("date", event.date.to_string());
    fields.opt("comment", event.comment.clone());
    fields.finish(&event.extra, &event.key_order)
}

fn fast_fields(fast: &Fast) -> Vec<(String, Valeur)> {
    let mut fields = Fields::new();
    fields.put("promotion", fast.promotion);
    fields.put("montant", fast.montant);
    fields.finish(&fast.extra, &fast.key_order)
}

/// The front-matter fields of a startup, in source order (canonical order for fields not read from a file).
pub fn startup_fields(startup: &Startup) -> Vec<(String, Valeur)> {
    let mut f = Fields::new();
    f.put("title", startup.title.as_str());
    f.put("mission", startup.mission.as_str());
    if let Some(sponsors) = &startup.sponsors {
        f.put(
            "sponsors",
            Valeur::Array(
                sponsors
                    .iter()
                    .map(|s| Valeur::String(s.as_written()))
                    .collect(),
            ),
        );
    }
    f.put("incubator", startup.incubator.as_str());
    f.texts(
        "incubators",
        startup
            .incubators
            .as_ref()
            .map(|list| list.iter().map(|id| id.as_str())),
    );
    f.opt("contact", startup.contact.clone());
    f.opt("link", startup.link.clone());
    f.opt("repository", startup.impact.repository.clone());
    f.opt("stats", startup.impact.stats);
    f.opt("stats_url", startup.impact.stats_url.clone());
    f.opt("budget_url", startup.impact.budget_url.clone());
    f.opt("impact_url", startup.impact.impact_url.clone());
    f.opt("dashlord_url", startup.impact.dashlord_url.clone());
    f.opt("roadmap_url", startup.impact.roadmap_url.clone());
    f.opt("ecodesign_url", startup.impact.ecodesign_url.clone());
    f.opt("tech_audit_url", startup.impact.tech_audit_url.clone());
    let conformite = &startup.conformite;
    f.opt("analyse_risques", conformite.analyse_risques);
    f.opt(
        "analyse_risques_url",
        conformite.analyse_risques_url.clone(),
    );
    f.opt("mon_service_securise", conformite.mon_service_securise);
    f.opt(
        "accessibility_status",
        conformite
            .accessibility_status
            .as_ref()
            .map(|s| s.as_str().to_owned()),
    );
    f.opt(
        "dsfr_status",
        conformite
            .dsfr_status
            .as_ref()
            .map(|s| s.as_str().to_owned()),
    );
    f.opt("has_mobile_app", conformite.has_mobile_app);
    f.opt("is_private_url", conformite.is_private_url);
    f.texts(
        "usertypes",
        startup
            .usertypes
            .as_ref()
            .map(|list| list.iter().map(|u| u.as_str())),
    );
    f.texts(
        "thematiques",
        startup
            .thematiques
            .as_ref()
            .map(|list| list.iter().map(|t| t.as_str())),
    );
    f.texts(
        "techno",
        startup
            .techno
            .as_ref()
            .map(|list| list.iter().map(String::as_str)),
    );
    f.texts(
        "redirect_from",
        startup
            .redirect_from
            .as_ref()
            .map(|list| list.iter().map(String::as_str)),
    );
    if let Some(events) = &startup.events {
        f.put(
            "events",
            Valeur::Array(events.iter().map(|e| object(event_fields(e))).collect()),
        );
    }
    f.put(
        "phases",
        Valeur::Array(
            startup
                .phases
                .iter()
                .map(|p| object(phase_fields(p)))
                .collect(),
        ),
    );
    if let Some(fast) = &startup.fast {
        f.put("fast", object(fast_fields(fast)));
    }
    f.opt("rgpd", conformite.rgpd.clone());
    f.opt("robots", startup.robots.clone());
    f.opt("mailing_list", startup.mailing_list.clone());
    f.opt("contact_dinum", startup.contact_dinum.clone());
    f.opt("contact_incubator", startup.contact_incubator.clone());
    f.finish(&startup.extra, &startup.key_order)
}

/// The `content/_startups/<id>.md` file of a startup: front-matter between `---` lines, then the body
/// (an empty line when the startup has none).
pub fn export_startup_markdown(startup: &Startup) -> String {
    let mut text = String::from("---\n");
    text.push_str(&yaml::write_map(&startup_fields(startup)));
    text.push_str("---\n");
    text.push_str(startup.body.as_deref().unwrap_or("\n"));
    text
}

/// The file name of a startup's Markdown file.
pub fn startup_file_name(startup: &Startup) -> String {
    format!("{}.md", startup.id)
}

/// One record of the JSON fixture: `{id, …front-matter}`, keys in source order.
pub fn startup_record(startup: &Startup) -> Valeur {
    let mut fields = vec![("id".to_owned(), Valeur::String(startup.id.to_string()))];
    fields.extend(startup_fields(startup));
    object(fields)
}

/// The JSON fixture `{count, startups: [{id, …front-matter}]}`.
pub fn export_startups_fixture_json(startups: &[Startup]) -> String {
    let records: Vec<Valeur> = startups.iter().map(startup_record).collect();
    let document = object(vec![
        ("count".to_owned(), Valeur::from(startups.len())),
        ("startups".to_owned(), Valeur::Array(records)),
    ]);
    format!("{document:#}\n")
}

/// The v2.7 `startups.json` document, pretty-printed.
pub fn export_startups_v27(
    startups: &[Startup],
    incubateurs: &[Incubateur],
    site_url: &str,
) -> String {
    let document = DocumentV27::build(startups, incubateurs, site_url);
    // A DTO of strings, lists and options cannot fail to serialise; the fallback keeps this function total.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

fn organisation_fields(organisation: &Organisation) -> Vec<(String, Valeur)> {
    let mut f = Fields::new();
    f.put("name", organisation.name.as_str());
    f.opt("acronym", organisation.acronym.clone());
    f.put("type", organisation.kind.code());
    f.put(
        "domaine_ministeriel",
        organisation.domaine_ministeriel.code(),
    );
    f.opt("annuaire", organisation.annuaire.clone());
    f.opt(
        "parent",
        organisation
            .parent
            .as_ref()
            .map(|p| format!("/organisations/{p}")),
    );
    f.finish(&organisation.extra, &organisation.key_order)
}

/// One record of `organisations.json`: `{id, …}`, keys in source order.
pub fn organisation_record(organisation: &Organisation) -> Valeur {
    let mut fields = vec![("id".to_owned(), Valeur::String(organisation.id.to_string()))];
    fields.extend(organisation_fields(organisation));
    object(fields)
}

/// `{count, organisations: [{id, …}]}`.
pub fn export_organisations_json(organisations: &[Organisation]) -> String {
    let records: Vec<Valeur> = organisations.iter().map(organisation_record).collect();
    let document = object(vec![
        ("count".to_owned(), Valeur::from(organisations.len())),
        ("organisations".to_owned(), Valeur::Array(records)),
    ]);
    format!("{document:#}\n")
}

fn incubateur_fields(incubateur: &Incubateur) -> Vec<(String, Valeur)> {
    let mut f = Fields::new();
    f.put("title", incubateur.title.as_str());
    f.opt("short_description", incubateur.short_description.clone());
    f.opt("owner", incubateur.owner.clone());
    f.opt("logo", incubateur.logo.clone());
    f.opt("github", incubateur.github.clone());
    f.opt("contact", incubateur.contact.clone());
    f.opt("address", incubateur.address.clone());
    f.texts(
        "highlighted_startups",
        incubateur
            .highlighted_startups
            .as_ref()
            .map(|list| list.iter().map(|id| id.as_str())),
    );
    f.opt("website", incubateur.website.clone());
    f.texts(
        "redirect_from",
        incubateur
            .redirect_from
            .as_ref()
            .map(|list| list.iter().map(String::as_str)),
    );
    f.opt("hidden", incubateur.hidden);
    f.finish(&incubateur.extra, &incubateur.key_order)
}

/// One record of `incubators.json`: `{id, …}`, keys in source order.
pub fn incubateur_record(incubateur: &Incubateur) -> Valeur {
    let mut fields = vec![("id".to_owned(), Valeur::String(incubateur.id.to_string()))];
    fields.extend(incubateur_fields(incubateur));
    object(fields)
}

/// `{count, incubators: [{id, …}]}`.
pub fn export_incubateurs_json(incubateurs: &[Incubateur]) -> String {
    let records: Vec<Valeur> = incubateurs.iter().map(incubateur_record).collect();
    let document = object(vec![
        ("count".to_owned(), Valeur::from(incubateurs.len())),
        ("incubators".to_owned(), Valeur::Array(records)),
    ]);
    format!("{document:#}\n")
}

/// Quotes a CSV field (RFC 4180): doubled quotes inside, always quoted.
fn csv_quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Quotes a CSV field only when it needs it (separator, quote or line break inside).
fn csv_plain(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        csv_quoted(text)
    } else {
        text.to_owned()
    }
}

/// The v2.7 `startups.csv`: `;`-separated, same header and columns as the anchor.
///
/// Two deliberate changes (spec §4): fields are escaped (RFC 4180) and the `contact` column stays empty (no
/// personal data in open exports). `start` is the first listed phase's start and `status` the last listed phase,
/// as the anchor writes.
pub fn export_startups_csv_v27(startups: &[Startup]) -> String {
    let mut text = String::from(
        "id;name;mission;start;status;incubator;stats;link;repository;accessibility;contact;incubators\n",
    );
    for startup in startups {
        let or_null = |value: Option<&str>| {
            value
                .filter(|v| !v.is_empty())
                .map_or_else(|| "null".to_owned(), csv_plain)
        };
        let incubators: Vec<&str> = startup
            .incubator_ids()
            .into_iter()
            .map(|id| id.as_str())
            .collect();
        let row = [
            csv_plain(startup.id.as_str()),
            csv_quoted(&startup.title),
            csv_quoted(&startup.mission),
            startup
                .phases
                .first()
                .map(|phase| phase.start.to_string())
                .unwrap_or_default(),
            startup
                .phases
                .last()
                .map(|phase| phase.name.code().to_owned())
                .unwrap_or_default(),
            csv_plain(startup.incubator.as_str()),
            or_null(Some(startup.published_stats_url().as_str())),
            or_null(startup.link.as_deref()),
            or_null(startup.impact.repository.as_deref()),
            csv_quoted(
                startup
                    .conformite
                    .accessibility_status
                    .as_ref()
                    .map_or("", |status| status.as_str()),
            ),
            String::new(),
            csv_quoted(&incubators.join(",")),
        ];
        text.push_str(&row.join(";"));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::ids::{IncubateurId, StartupId};
    use crate::domain::phase::PhaseCode;

    #[test]
    fn csv_uses_the_last_listed_phase_and_escapes_fields() {
        let day = NaiveDate::from_ymd_opt(2018, 1, 1).expect("date");
        let mut startup = Startup::new(
            StartupId::parse("aeris").expect("id"),
            "Aeris \"air\"".into(),
            "Limiter; les rejets".into(),
            IncubateurId::parse("mtes").expect("id"),
            vec![
                Phase::new(PhaseCode::Construction, day),
                Phase::new(PhaseCode::Investigation, day),
            ],
        );
        startup.contact = Some("equipe@example.org".into());
        let text = export_startups_csv_v27(&[startup]);
        let row = text.lines().nth(1).expect("a row");
        assert_eq!(
            row,
            "aeris;\"Aeris \"\"air\"\"\";\"Limiter; les rejets\";2018-01-01;investigation;mtes;null;null;null;\"\";;\"mtes\""
        );
        assert!(!text.contains("equipe@example.org"));
    }
}
