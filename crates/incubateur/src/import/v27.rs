//! Startups from the v2.7 API document (`/api/v2.7/startups.json`).
//!
//! The v2.7 shape carries less than the front-matter (no `stats` flag, no flags other than `analyse_risques`,
//! prefix-less sponsors…): what it carries is read back exactly, so that exporting what was imported gives the
//! same document.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::champs::Ctx;
use super::node::{Node, NodeValue};
use super::startups::LineIndex;
use super::{ImportOptions, ImportResult, Raison, lot, syntaxe};
use crate::api::v27::{StartupV27, url_decode};
use crate::domain::evenement::{Evenement, EvenementCode};
use crate::domain::ids::{IncubateurId, OrganisationId, StartupId};
use crate::domain::phase::{Phase, ResolutionPhase};
use crate::domain::startup::{SponsorRef, Startup, StatutAccessibilite, Thematique};

#[derive(Deserialize)]
struct Document<'a> {
    #[serde(borrow)]
    data: Vec<&'a RawValue>,
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|text| !text.is_empty())
}

/// Parses a v2.7 `startups.json` document.
pub fn parse_startups_v27(
    file_name: &str,
    text: &str,
    options: &ImportOptions,
) -> ImportResult<Startup> {
    let document: Document<'_> = serde_json::from_str(text).map_err(syntaxe(file_name))?;
    let mut ctx = Ctx::new(file_name);
    let mut items = Vec::with_capacity(document.data.len());
    let mut seen: HashMap<StartupId, usize> = HashMap::new();
    let lines = LineIndex::new(text);
    for raw in document.data {
        let line = lines.line_of(raw.get());
        match serde_json::from_str::<StartupV27>(raw.get()) {
            Ok(dto) => {
                if let Some(startup) = startup_from_v27(&mut ctx, dto, line, options)
                    && ctx.premier(&mut seen, startup.id.clone(), line)
                {
                    items.push(startup);
                }
            }
            Err(error) => ctx.error(
                line + error.line().saturating_sub(1),
                Raison::Syntaxe(error.to_string()),
            ),
        }
    }
    lot(items, ctx.warnings, ctx.errors)
}

fn text_node(line: usize, text: &str) -> Node {
    Node {
        line,
        value: NodeValue::Str(text.to_owned()),
    }
}

fn startup_from_v27(
    ctx: &mut Ctx<'_>,
    dto: StartupV27,
    line: usize,
    options: &ImportOptions,
) -> Option<Startup> {
    let id = ctx.id(&text_node(line, &dto.id), "id", StartupId::parse);
    let incubator = ctx.id(
        &text_node(line, &dto.relationships.incubator.data.id),
        "relationships.incubator",
        IncubateurId::parse,
    );
    let incubators: Vec<IncubateurId> = dto
        .relationships
        .incubators
        .data
        .iter()
        .enumerate()
        .filter_map(|(index, reference)| {
            ctx.id(
                &text_node(line, &reference.id),
                &format!("relationships.incubators[{index}]"),
                IncubateurId::parse,
            )
        })
        .collect();
    let attributes = dto.attributes;
    let mut phases = Vec::with_capacity(attributes.phases.len());
    for (index, phase) in attributes.phases.iter().enumerate() {
        let field = format!("phases[{index}]");
        let name = match options.aliases.resolve(&phase.name) {
            Ok(resolution) => {
                if !matches!(resolution, ResolutionPhase::Courant(_)) {
                    ctx.warn(
                        line,
                        format!(
                            "phase historique « {} » lue comme « {} »",
                            phase.name,
                            resolution.phase()
                        ),
                    );
                }
                Some((
                    resolution.phase(),
                    (!matches!(resolution, ResolutionPhase::Courant(_)))
                        .then(|| phase.name.clone()),
                ))
            }
            Err(erreur) => {
                ctx.error(
                    line,
                    Raison::PhaseInconnue {
                        champ: format!("{field}.name"),
                        erreur,
                    },
                );
                None
            }
        };
        let start = ctx.date(&text_node(line, &phase.start), &format!("{field}.start"));
        let end = ctx.opt_date(&text_node(line, &phase.end), &format!("{field}.end"));
        if let (Some((name, alias)), Some(start)) = (name, start) {
            let mut phase = Phase::new(name, start);
            phase.alias = alias;
            phase.end = end;
            phases.push(phase);
        }
    }
    if attributes.phases.is_empty() {
        ctx.error(line, Raison::ListeVide("phases".to_owned()));
    }
    let mut events = Vec::with_capacity(attributes.events.len());
    for (index, event) in attributes.events.iter().enumerate() {
        if let Some(date) = ctx.date(
            &text_node(line, &event.date),
            &format!("events[{index}].date"),
        ) {
            let mut evenement = Evenement::new(EvenementCode::parse(&event.name), date);
            evenement.comment = non_empty(Some(event.comment.clone()));
            events.push(evenement);
        }
    }
    let sponsors: Vec<SponsorRef> = attributes
        .sponsors
        .iter()
        .enumerate()
        .filter_map(|(index, sponsor)| {
            // v2.7 strips the prefix; the front-matter form is restored so that a front-matter export is canonical.
            ctx.id(
                &text_node(line, sponsor),
                &format!("sponsors[{index}]"),
                OrganisationId::parse,
            )
            .map(|id| SponsorRef {
                id,
                with_prefix: true,
            })
        })
        .collect();
    let body = if attributes.content_url_encoded_markdown.is_empty() {
        None
    } else {
        let decoded = url_decode(&attributes.content_url_encoded_markdown);
        if decoded.is_none() {
            ctx.warn(
                line,
                "contenu « content_url_encoded_markdown » illisible : ignoré".to_owned(),
            );
        }
        decoded
    };
    if let Some(contact) = &attributes.contact
        && !contact.is_empty()
        && !contact.contains('@')
    {
        ctx.error(line, Raison::ContactInvalide(contact.clone()));
    }
    let id = id?;
    let incubator = incubator?;
    let co_incubated = incubators.len() != 1 || incubators.first() != Some(&incubator);
    let mut startup = Startup::new(id, attributes.name, attributes.pitch, incubator, phases);
    startup.incubators = (co_incubated && !incubators.is_empty()).then_some(incubators);
    startup.contact = non_empty(attributes.contact);
    startup.link = attributes.link;
    startup.events = (!events.is_empty()).then_some(events);
    startup.sponsors = (!sponsors.is_empty()).then_some(sponsors);
    startup.thematiques = (!attributes.thematiques.is_empty()).then(|| {
        attributes
            .thematiques
            .iter()
            .map(|t| Thematique::parse(t))
            .collect()
    });
    startup.techno = (!attributes.technos.is_empty()).then_some(attributes.technos);
    startup.impact.stats_url = non_empty(Some(attributes.stats_url));
    startup.impact.budget_url = non_empty(attributes.budget_url);
    startup.impact.impact_url = non_empty(attributes.impact_url);
    startup.impact.repository = non_empty(attributes.repository);
    startup.impact.dashlord_url = non_empty(attributes.dashlord_url);
    startup.conformite.analyse_risques = attributes.analyse_risques.map(|value| value == "true");
    startup.conformite.analyse_risques_url = non_empty(attributes.analyse_risques_url);
    startup.conformite.accessibility_status = non_empty(attributes.accessibility_status)
        .map(|status| StatutAccessibilite::parse(&status));
    startup.body = body;
    (!startup.phases.is_empty()).then_some(startup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phase::PhaseCode;

    const DOC: &str = r#"{"links": {"self": "https://beta.gouv.fr/startups"}, "data": [
{"id": "ecobalyse", "type": "startup", "attributes": {"name": "Ecobalyse", "pitch": "P", "stats_url": "", "link": "https://ecobalyse.beta.gouv.fr", "impact_url": "", "content_url_encoded_markdown": "Texte+long", "events": [], "phases": [{"name": "investigation", "start": "2021-01-01", "end": ""}], "sponsors": ["ademe"], "thematiques": ["Écologie"], "technos": [], "analyse_risques": "true"},
 "relationships": {"incubator": {"data": {"type": "incubator", "id": "ademe"}}, "incubators": {"data": [{"type": "incubator", "id": "ademe"}, {"type": "incubator", "id": "mtes"}]}}}
], "included": []}"#;

    #[test]
    fn v27_document_is_read_back() {
        let lot =
            parse_startups_v27("startups.json", DOC, &ImportOptions::default()).expect("valid");
        let startup = &lot.items[0];
        assert_eq!(startup.title, "Ecobalyse");
        assert_eq!(startup.incubator_ids().len(), 2);
        assert_eq!(startup.phases[0].name, PhaseCode::Investigation);
        assert_eq!(startup.body.as_deref(), Some("Texte long"));
        assert_eq!(startup.conformite.analyse_risques, Some(true));
        assert_eq!(startup.sponsors()[0].as_written(), "/organisations/ademe");
    }

    #[test]
    fn v27_errors_name_the_record_line() {
        let bad = DOC.replace("\"investigation\"", "\"beta\"");
        let errors = parse_startups_v27("startups.json", &bad, &ImportOptions::default())
            .expect_err("unknown phase");
        assert_eq!(errors[0].ligne, Some(2));
        assert!(errors[0].to_string().contains("phase inconnue « beta »"));
    }
}
