//! Startups from beta.gouv.fr front-matter: Markdown files (`content/_startups/<id>.md`) and the JSON fixture
//! that holds the same front-matter as JSON objects with an `id` (`startups_frontmatter.json`).

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::champs::{Ctx, Record};
use super::node::{Node, NodeValue, from_json, parse_yaml};
use super::{Avertissement, ImportError, ImportOptions, ImportResult, Raison, lot, syntaxe};
use crate::domain::evenement::{Evenement, EvenementCode};
use crate::domain::ids::{IncubateurId, StartupId};
use crate::domain::phase::{Phase, ResolutionPhase};
use crate::domain::startup::{
    Conformite, Fast, LiensImpact, SponsorRef, Startup, StatutAccessibilite, StatutDsfr,
    Thematique, TypeUsager,
};
use crate::domain::valeur::Valeur;

/// The front-matter of a Markdown file, its first line in the file, and the body after it.
struct FrontMatter<'t> {
    yaml: &'t str,
    body: &'t str,
}

/// Splits `---\n<yaml>---\n<body>`. The YAML starts on line 2 of the file.
fn split_front_matter(text: &str) -> Option<FrontMatter<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if trimmed == "---" || trimmed == "..." {
            return Some(FrontMatter {
                yaml: &rest[..offset],
                body: &rest[offset + line.len()..],
            });
        }
        offset += line.len();
    }
    None
}

/// The startup id of a file: its name without folders and without `.md`.
fn id_from_file_name(file_name: &str) -> &str {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    base.strip_suffix(".md").unwrap_or(base)
}

/// Parses one `content/_startups/<id>.md` file; the id is the file name without `.md`.
pub fn parse_startup_markdown(
    file_name: &str,
    text: &str,
    options: &ImportOptions,
) -> Result<(Startup, Vec<Avertissement>), Vec<ImportError>> {
    let mut ctx = Ctx::new(file_name);
    let Some(front) = split_front_matter(text) else {
        return Err(vec![ImportError {
            fichier: file_name.to_owned(),
            ligne: Some(1),
            raison: Raison::EnteteAbsent,
        }]);
    };
    let node = parse_yaml(front.yaml, 2).map_err(|problem| {
        vec![ImportError {
            fichier: file_name.to_owned(),
            ligne: Some(problem.line),
            raison: Raison::Syntaxe(problem.message),
        }]
    })?;
    let id = match StartupId::parse(id_from_file_name(file_name)) {
        Ok(id) => Some(id),
        Err(erreur) => {
            ctx.error(
                1,
                Raison::IdInvalide {
                    champ: "nom du fichier".to_owned(),
                    erreur,
                },
            );
            None
        }
    };
    let startup = startup_from_node(&mut ctx, id, &node, Some(front.body.to_owned()), options);
    match startup {
        Some(startup) if ctx.errors.is_empty() => Ok((startup, ctx.warnings)),
        _ => Err(ctx.errors),
    }
}

/// Parses many Markdown files, given as `(file name, text)`; returns every startup or every error (including
/// duplicate ids).
pub fn parse_startups_markdown<'f>(
    files: impl IntoIterator<Item = (&'f str, &'f str)>,
    options: &ImportOptions,
) -> ImportResult<Startup> {
    let mut items = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let mut seen: HashMap<StartupId, String> = HashMap::new();
    for (file_name, text) in files {
        match parse_startup_markdown(file_name, text, options) {
            Ok((startup, file_warnings)) => {
                if let Some(other) = seen.get(&startup.id) {
                    errors.push(duplicate(file_name, None, &startup.id, other));
                } else {
                    seen.insert(startup.id.clone(), file_name.to_owned());
                    items.push(startup);
                }
                warnings.extend(file_warnings);
            }
            Err(file_errors) => errors.extend(file_errors),
        }
    }
    lot(items, warnings, errors)
}

fn duplicate(file: &str, line: Option<usize>, id: &StartupId, other: &str) -> ImportError {
    ImportError {
        fichier: file.to_owned(),
        ligne: line,
        raison: Raison::Doublon {
            id: id.to_string(),
            autre: other.to_owned(),
        },
    }
}

#[derive(Deserialize)]
struct Fixture<'a> {
    #[serde(borrow)]
    startups: Vec<&'a RawValue>,
}

/// Parses the JSON fixture `{…, startups: [front-matter + id]}` (or a bare array of such objects).
pub fn parse_startups_fixture_json(
    file_name: &str,
    text: &str,
    options: &ImportOptions,
) -> ImportResult<Startup> {
    let syntax = syntaxe(file_name);
    let records: Vec<&RawValue> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text).map_err(&syntax)?
    } else {
        serde_json::from_str::<Fixture<'_>>(text)
            .map_err(&syntax)?
            .startups
    };
    let mut ctx = Ctx::new(file_name);
    let mut items = Vec::with_capacity(records.len());
    let mut seen: HashMap<StartupId, usize> = HashMap::new();
    let lines = LineIndex::new(text);
    for raw in records {
        let line = lines.line_of(raw.get());
        let value: Valeur = match serde_json::from_str(raw.get()) {
            Ok(value) => value,
            Err(error) => {
                ctx.error(
                    line + error.line().saturating_sub(1),
                    Raison::Syntaxe(error.to_string()),
                );
                continue;
            }
        };
        let node = from_json(&value, line, Some(raw.get()));
        // The fixture carries the id as a key; it is not part of the front-matter itself.
        let (id_node, rest) = split_id(node);
        let id = match id_node {
            Some(id_node) => ctx.id(&id_node, "id", StartupId::parse),
            None => {
                ctx.error(line, Raison::ChampManquant("id".to_owned()));
                None
            }
        };
        if let Some(startup) = startup_from_node(&mut ctx, id, &rest, None, options)
            && ctx.premier(&mut seen, startup.id.clone(), line)
        {
            items.push(startup);
        }
    }
    lot(items, ctx.warnings, ctx.errors)
}

/// Line numbers of a text, found by binary search over its line starts (counting newlines again for every
/// record made the JSON import quadratic: 662 records × 590 KB).
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    newlines: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        LineIndex {
            text,
            newlines: text
                .bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        }
    }

    /// 1-based line of `slice` inside the text (the slice must borrow from it).
    pub(crate) fn line_of(&self, slice: &str) -> usize {
        let offset = (slice.as_ptr() as usize)
            .saturating_sub(self.text.as_ptr() as usize)
            .min(self.text.len());
        self.newlines.partition_point(|newline| *newline < offset) + 1
    }
}

fn split_id(node: Node) -> (Option<Node>, Node) {
    match node.value {
        NodeValue::Map(entries) => {
            let (ids, rest): (Vec<_>, Vec<_>) =
                entries.into_iter().partition(|entry| entry.key == "id");
            (
                ids.into_iter().next().map(|entry| entry.value),
                Node {
                    line: node.line,
                    value: NodeValue::Map(rest),
                },
            )
        }
        other => (
            None,
            Node {
                line: node.line,
                value: other,
            },
        ),
    }
}

/// Converts a front-matter map into a startup; records every problem in `ctx`.
pub(crate) fn startup_from_node(
    ctx: &mut Ctx<'_>,
    id: Option<StartupId>,
    node: &Node,
    body: Option<String>,
    options: &ImportOptions,
) -> Option<Startup> {
    let entries = ctx.map(node, "en-tête")?;
    let mut record = Record::default();
    let mut title = None;
    let mut mission = None;
    let mut incubator = None;
    let mut incubators = None;
    let mut contact = None;
    let mut link = None;
    let mut phases: Option<Vec<Phase>> = None;
    let mut events = None;
    let mut sponsors = None;
    let mut redirect_from = None;
    let mut usertypes = None;
    let mut thematiques = None;
    let mut techno = None;
    let mut impact = LiensImpact::default();
    let mut conformite = Conformite::default();
    let mut fast = None;
    let mut robots = None;
    let mut mailing_list = None;
    let mut contact_dinum = None;
    let mut contact_incubator = None;
    let mut phases_line = node.line;
    for entry in entries {
        let entry = record.visit(entry);
        let value = &entry.value;
        let key = entry.key.as_str();
        match key {
            "title" => title = ctx.text(value, key),
            "mission" => mission = ctx.text(value, key),
            "incubator" => incubator = ctx.id(value, key, IncubateurId::parse),
            "incubators" => incubators = ctx.id_list(value, key, IncubateurId::parse),
            "contact" => {
                contact = ctx.opt_text(value, key);
                if let Some(address) = &contact
                    && !address.contains('@')
                {
                    ctx.error(entry.line, Raison::ContactInvalide(address.clone()));
                }
            }
            "link" => link = ctx.opt_text(value, key),
            "phases" => {
                phases_line = entry.line;
                phases = read_phases(ctx, value, options);
            }
            "events" => events = read_events(ctx, value),
            "sponsors" => sponsors = ctx.id_list(value, key, SponsorRef::parse),
            "redirect_from" => redirect_from = ctx.text_list(value, key),
            "usertypes" => {
                usertypes = ctx
                    .text_list(value, key)
                    .map(|v| v.iter().map(|s| TypeUsager::parse(s)).collect())
            }
            "thematiques" => {
                thematiques = ctx
                    .text_list(value, key)
                    .map(|v| v.iter().map(|s| Thematique::parse(s)).collect());
            }
            "techno" => techno = ctx.text_list(value, key),
            "stats" => impact.stats = ctx.boolean(value, key),
            "stats_url" => impact.stats_url = ctx.opt_text(value, key),
            "impact_url" => impact.impact_url = ctx.opt_text(value, key),
            "budget_url" => impact.budget_url = ctx.opt_text(value, key),
            "dashlord_url" => impact.dashlord_url = ctx.opt_text(value, key),
            "repository" => impact.repository = ctx.opt_text(value, key),
            "roadmap_url" => impact.roadmap_url = ctx.opt_text(value, key),
            "ecodesign_url" => impact.ecodesign_url = ctx.opt_text(value, key),
            "tech_audit_url" => impact.tech_audit_url = ctx.opt_text(value, key),
            "accessibility_status" => {
                conformite.accessibility_status = ctx
                    .opt_text(value, key)
                    .map(|s| StatutAccessibilite::parse(&s));
            }
            "dsfr_status" => {
                conformite.dsfr_status = ctx.opt_text(value, key).map(|s| StatutDsfr::parse(&s))
            }
            "analyse_risques" => conformite.analyse_risques = ctx.boolean(value, key),
            "analyse_risques_url" => conformite.analyse_risques_url = ctx.opt_text(value, key),
            "mon_service_securise" => conformite.mon_service_securise = ctx.boolean(value, key),
            "rgpd" => conformite.rgpd = Some(super::node::to_valeur(value)),
            "has_mobile_app" => conformite.has_mobile_app = ctx.boolean(value, key),
            "is_private_url" => conformite.is_private_url = ctx.boolean(value, key),
            "fast" => fast = read_fast(ctx, value),
            "robots" => robots = ctx.opt_text(value, key),
            "mailing_list" => mailing_list = ctx.opt_text(value, key),
            "contact_dinum" => contact_dinum = ctx.opt_text(value, key),
            "contact_incubator" => contact_incubator = ctx.opt_text(value, key),
            _ => record.keep_unknown(entry),
        }
    }
    let required_line = node.line;
    let require = |present: bool, field: &str, ctx: &mut Ctx<'_>| {
        if !present && !record.key_order.0.iter().any(|k| k == field) {
            ctx.error(required_line, Raison::ChampManquant(field.to_owned()));
        }
    };
    require(title.is_some(), "title", ctx);
    require(mission.is_some(), "mission", ctx);
    require(incubator.is_some(), "incubator", ctx);
    require(phases.is_some(), "phases", ctx);
    if phases.as_ref().is_some_and(Vec::is_empty) {
        ctx.error(phases_line, Raison::ListeVide("phases".to_owned()));
    }
    if link.is_none() && !record.key_order.0.iter().any(|k| k == "link") {
        ctx.warn(
            required_line,
            "champ « link » absent (le site l'écrit toujours, même vide)".to_owned(),
        );
    }
    Some(Startup {
        id: id?,
        title: title?,
        mission: mission?,
        incubator: incubator?,
        incubators,
        contact,
        link,
        phases: phases.filter(|list| !list.is_empty())?,
        events,
        sponsors,
        redirect_from,
        usertypes,
        thematiques,
        techno,
        impact,
        conformite,
        fast,
        robots,
        mailing_list,
        contact_dinum,
        contact_incubator,
        body,
        extra: record.extra,
        key_order: record.key_order,
    })
}

fn read_phases(ctx: &mut Ctx<'_>, node: &Node, options: &ImportOptions) -> Option<Vec<Phase>> {
    let items = ctx.list(node, "phases")?;
    let mut phases = Vec::with_capacity(items.len());
    let mut ok = true;
    for (index, item) in items.iter().enumerate() {
        match read_phase(ctx, item, index, options) {
            Some(phase) => phases.push(phase),
            None => ok = false,
        }
    }
    ok.then_some(phases)
}

fn read_phase(
    ctx: &mut Ctx<'_>,
    node: &Node,
    index: usize,
    options: &ImportOptions,
) -> Option<Phase> {
    let path = format!("phases[{index}]");
    let entries = ctx.map(node, &path)?;
    let mut record = Record::default();
    let mut name = None;
    let mut alias = None;
    let mut start = None;
    let mut end = None;
    let mut comment = None;
    let mut ok = true;
    for entry in entries {
        let entry = record.visit(entry);
        let field = format!("{path}.{}", entry.key);
        match entry.key.as_str() {
            "name" => {
                let Some(text) = ctx.text(&entry.value, &field) else {
                    ok = false;
                    continue;
                };
                match options.aliases.resolve(&text) {
                    Ok(ResolutionPhase::Courant(code)) => name = Some(code),
                    Ok(ResolutionPhase::Renomme(code)) => {
                        ctx.warn(
                            entry.line,
                            format!("phase historique « {text} » lue comme « {code} »"),
                        );
                        name = Some(code);
                        alias = Some(text);
                    }
                    Ok(ResolutionPhase::Incertain(code)) => {
                        ctx.warn(
                            entry.line,
                            format!("phase historique « {text} » lue comme « {code} » (correspondance à vérifier)"),
                        );
                        name = Some(code);
                        alias = Some(text);
                    }
                    Err(erreur) => {
                        ctx.error(
                            entry.line,
                            Raison::PhaseInconnue {
                                champ: field,
                                erreur,
                            },
                        );
                        ok = false;
                    }
                }
            }
            "start" => start = ctx.date(&entry.value, &field),
            "end" => {
                end = ctx.opt_date(&entry.value, &field);
                if end.is_none() {
                    // `end: ""` (emitted by the anchor's Liquid templates) means no end; the key is not kept so
                    // that the export and the record agree.
                    record.key_order.0.pop();
                }
            }
            "comment" => comment = ctx.opt_text(&entry.value, &field),
            _ => record.keep_unknown(entry),
        }
    }
    if name.is_none() && ok && !record.key_order.0.iter().any(|k| k == "name") {
        ctx.error(node.line, Raison::ChampManquant(format!("{path}.name")));
    }
    if start.is_none() && !record.key_order.0.iter().any(|k| k == "start") {
        ctx.error(node.line, Raison::ChampManquant(format!("{path}.start")));
    }
    Some(Phase {
        name: name?,
        alias,
        start: start?,
        end,
        comment,
        extra: record.extra,
        key_order: record.key_order,
    })
}

fn read_events(ctx: &mut Ctx<'_>, node: &Node) -> Option<Vec<Evenement>> {
    let items = ctx.list(node, "events")?;
    let mut events = Vec::with_capacity(items.len());
    let mut ok = true;
    for (index, item) in items.iter().enumerate() {
        let path = format!("events[{index}]");
        let Some(entries) = ctx.map(item, &path) else {
            ok = false;
            continue;
        };
        let mut record = Record::default();
        let (mut name, mut date, mut comment) = (None, None, None);
        for entry in entries {
            let entry = record.visit(entry);
            let field = format!("{path}.{}", entry.key);
            match entry.key.as_str() {
                "name" => {
                    name = ctx.text(&entry.value, &field).map(|text| {
                        let code = EvenementCode::parse(&text);
                        if matches!(code, EvenementCode::Autre(_)) {
                            ctx.warn(
                                entry.line,
                                format!("événement inconnu « {text} » conservé tel quel"),
                            );
                        }
                        code
                    });
                }
                "date" => date = ctx.date(&entry.value, &field),
                "comment" => comment = ctx.opt_text(&entry.value, &field),
                _ => record.keep_unknown(entry),
            }
        }
        for (present, field) in [(name.is_some(), "name"), (date.is_some(), "date")] {
            if !present && !record.key_order.0.iter().any(|k| k == field) {
                ctx.error(item.line, Raison::ChampManquant(format!("{path}.{field}")));
            }
        }
        match (name, date) {
            (Some(name), Some(date)) => {
                events.push(Evenement {
                    name,
                    date,
                    comment,
                    extra: record.extra,
                    key_order: record.key_order,
                });
            }
            _ => ok = false,
        }
    }
    ok.then_some(events)
}

fn read_fast(ctx: &mut Ctx<'_>, node: &Node) -> Option<Fast> {
    let entries = ctx.map(node, "fast")?;
    let mut record = Record::default();
    let (mut promotion, mut montant) = (None, None);
    for entry in entries {
        let entry = record.visit(entry);
        match entry.key.as_str() {
            "promotion" => promotion = ctx.integer(&entry.value, "fast.promotion"),
            "montant" => montant = ctx.integer(&entry.value, "fast.montant"),
            _ => record.keep_unknown(entry),
        }
    }
    for (present, field) in [
        (promotion.is_some(), "promotion"),
        (montant.is_some(), "montant"),
    ] {
        if !present && !record.key_order.0.iter().any(|k| k == field) {
            ctx.error(node.line, Raison::ChampManquant(format!("fast.{field}")));
        }
    }
    Some(Fast {
        promotion: promotion?,
        montant: montant?,
        extra: record.extra,
        key_order: record.key_order,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::phase::PhaseCode;

    const AERIS: &str = "---\ntitle: Aeris\nmission: Limiter les rejets\nsponsors:\n  - /organisations/dgpr\nincubator: mtes\nphases:\n  - name: construction\n    start: 2018-01-01\n  - name: investigation\n    start: 2018-01-01\nlink: ''\nfutur: [1, 2]\n---\n\nTexte.\n";

    #[test]
    fn markdown_file_gives_id_fields_unknown_keys_and_body() {
        let (startup, warnings) = parse_startup_markdown(
            "content/_startups/aeris.md",
            AERIS,
            &ImportOptions::default(),
        )
        .expect("valid");
        assert!(warnings.is_empty());
        assert_eq!(startup.id.as_str(), "aeris");
        assert_eq!(startup.link.as_deref(), Some(""));
        assert_eq!(startup.current_phase(), Some(PhaseCode::Construction));
        assert_eq!(startup.extra.get("futur"), Some(&serde_json::json!([1, 2])));
        assert_eq!(startup.body.as_deref(), Some("\nTexte.\n"));
        assert_eq!(
            startup.key_order.0.first().map(String::as_str),
            Some("title")
        );
    }

    #[test]
    fn every_error_of_a_file_is_reported_with_its_line() {
        let text = "---\ntitle: X\ncontact: personne\nincubator: mtes\nphases:\n  - name: beta\n    start: 2018-01-01\n  - name: investigation\n    start: 2018-13-01\n---\n";
        let errors =
            parse_startup_markdown("x.md", text, &ImportOptions::default()).expect_err("invalid");
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("x.md, ligne 3 : le contact « personne »")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("ligne 6") && m.contains("phase inconnue « beta »")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("ligne 9") && m.contains("date invalide « 2018-13-01 »")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("champ obligatoire « mission » absent")),
            "{messages:?}"
        );
    }

    #[test]
    fn empty_phases_missing_front_matter_and_bad_yaml_are_refused() {
        let empty = "---\ntitle: X\nmission: M\nincubator: mtes\nphases: []\n---\n";
        let errors = parse_startup_markdown("x.md", empty, &ImportOptions::default())
            .expect_err("empty phases");
        assert_eq!(errors[0].raison, Raison::ListeVide("phases".into()));
        let errors = parse_startup_markdown("x.md", "title: X\n", &ImportOptions::default())
            .expect_err("no header");
        assert_eq!(errors[0].raison, Raison::EnteteAbsent);
        let errors =
            parse_startup_markdown("x.md", "---\ntitle: [\n---\n", &ImportOptions::default())
                .expect_err("yaml");
        assert!(matches!(errors[0].raison, Raison::Syntaxe(_)));
    }

    #[test]
    fn legacy_aliases_and_string_booleans_give_warnings() {
        let text = "---\ntitle: X\nmission: M\nincubator: mtes\nstats: \"true\"\nphases:\n  - name: perennisation\n    start: 2020-01-01\n    end: ''\n---\n";
        let (startup, warnings) =
            parse_startup_markdown("x.md", text, &ImportOptions::default()).expect("valid");
        assert_eq!(startup.phases[0].name, PhaseCode::Consolidation);
        assert_eq!(startup.phases[0].alias.as_deref(), Some("perennisation"));
        assert_eq!(startup.phases[0].end, None);
        assert_eq!(startup.impact.stats, Some(true));
        assert_eq!(warnings.len(), 3, "{warnings:?}");
    }

    #[test]
    fn quoted_dates_as_written_by_pyyaml_are_read() {
        // PyYAML's `safe_dump` quotes ISO date strings; the outside check writes its files that way.
        let text = "---\ntitle: X\nmission: M\nincubator: mtes\ncontact: a@b.fr\nlink: ''\nphases:\n- name: investigation\n  start: '2018-01-01'\n  end: \"2018-06-30\"\n---\n\nDescription.\n";
        let (startup, warnings) =
            parse_startup_markdown("x.md", text, &ImportOptions::default()).expect("valid");
        assert!(warnings.is_empty());
        assert_eq!(
            startup.phases[0].end.map(|d| d.to_string()).as_deref(),
            Some("2018-06-30")
        );
    }

    #[test]
    fn a_batch_reports_duplicates_and_imports_nothing() {
        let other = "---\ntitle: X\nmission: M\nincubator: mtes\nphases: []\n---\n";
        let result = parse_startups_markdown(
            [
                ("a/aeris.md", AERIS),
                ("b/aeris.md", AERIS),
                ("c.md", other),
            ],
            &ImportOptions::default(),
        );
        let errors = result.expect_err("duplicate and bad file");
        assert_eq!(errors.len(), 2);
        assert!(
            errors
                .iter()
                .any(|e| matches!(e.raison, Raison::Doublon { .. }))
        );
    }

    #[test]
    fn fixture_json_reads_ids_and_names_the_line_of_a_bad_record() {
        let text = "{\"count\": 2, \"startups\": [\n{\"id\": \"a\", \"title\": \"A\", \"mission\": \"M\", \"incubator\": \"mtes\", \"link\": \"\", \"phases\": [{\"name\": \"investigation\", \"start\": \"2019-01-01\"}]},\n{\"id\": \"b\", \"title\": \"B\", \"mission\": \"M\", \"incubator\": \"mtes\",\n \"phases\": [{\"name\": \"investigation\", \"start\": \"2019-1-1\"}]}\n]}";
        let errors = parse_startups_fixture_json("f.json", text, &ImportOptions::default())
            .expect_err("bad date");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].ligne, Some(4));
        let good = text.replace("2019-1-1", "2019-01-01");
        let lot =
            parse_startups_fixture_json("f.json", &good, &ImportOptions::default()).expect("valid");
        assert_eq!(lot.items.len(), 2);
        assert_eq!(lot.items[1].id.as_str(), "b");
        assert_eq!(lot.avertissements.len(), 1, "missing link warns");
    }
}
