//! Organisations and incubators, from the JSON lists `{count, organisations: […]}` and `{count, incubators: […]}`
//! (the front-matter of `content/_organisations/*.md` and `content/_incubators/*.md` with an `id`).

use std::collections::HashMap;

use serde_json::value::RawValue;

use super::champs::{Ctx, Record};
use super::node::{Node, from_json};
use super::startups::LineIndex;
use super::{ImportError, ImportResult, Raison, lot, syntaxe};
use crate::domain::ids::{IncubateurId, OrganisationId, StartupId};
use crate::domain::incubateur::Incubateur;
use crate::domain::organisation::{DomaineMinisteriel, Organisation, TypeOrganisation};
use crate::domain::valeur::Valeur;

/// Reads the records of `{<list_key>: [...]}` (or a bare array) and converts each with `convert`, checking ids
/// are unique.
fn parse_list<T>(
    file_name: &str,
    text: &str,
    list_key: &str,
    id_of: impl Fn(&T) -> String,
    convert: impl Fn(&mut Ctx<'_>, &Node) -> Option<T>,
) -> ImportResult<T> {
    let syntax = syntaxe(file_name);
    let records: Vec<&RawValue> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text).map_err(&syntax)?
    } else {
        let top: HashMap<&str, &RawValue> = serde_json::from_str(text).map_err(&syntax)?;
        let list = top.get(list_key).ok_or_else(|| {
            vec![ImportError {
                fichier: file_name.to_owned(),
                ligne: Some(1),
                raison: Raison::ChampManquant(list_key.to_owned()),
            }]
        })?;
        serde_json::from_str(list.get()).map_err(&syntax)?
    };
    let mut ctx = Ctx::new(file_name);
    let mut items: Vec<T> = Vec::with_capacity(records.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    let lines = LineIndex::new(text);
    for raw in records {
        let line = lines.line_of(raw.get());
        let value: Valeur = match serde_json::from_str(raw.get()) {
            Ok(value) => value,
            Err(error) => {
                ctx.error(line, Raison::Syntaxe(error.to_string()));
                continue;
            }
        };
        let node = from_json(&value, line, Some(raw.get()));
        if let Some(item) = convert(&mut ctx, &node)
            && ctx.premier(&mut seen, id_of(&item), line)
        {
            items.push(item);
        }
    }
    lot(items, ctx.warnings, ctx.errors)
}

/// Parses `organisations.json`.
pub fn parse_organisations_json(file_name: &str, text: &str) -> ImportResult<Organisation> {
    parse_list(
        file_name,
        text,
        "organisations",
        |o: &Organisation| o.id.to_string(),
        organisation_from_node,
    )
}

/// Parses `incubators.json`.
pub fn parse_incubateurs_json(file_name: &str, text: &str) -> ImportResult<Incubateur> {
    parse_list(
        file_name,
        text,
        "incubators",
        |i: &Incubateur| i.id.to_string(),
        incubateur_from_node,
    )
}

fn organisation_from_node(ctx: &mut Ctx<'_>, node: &Node) -> Option<Organisation> {
    let entries = ctx.map(node, "organisation")?;
    let mut record = Record::default();
    let (mut id, mut name, mut acronym, mut kind, mut domaine, mut annuaire, mut parent) =
        (None, None, None, None, None, None, None);
    for entry in entries {
        let entry = record.visit(entry);
        let key = entry.key.as_str();
        let value = &entry.value;
        match key {
            "id" => {
                id = ctx.id(value, key, OrganisationId::parse);
                // The id is the file name, not a front-matter key: it is not part of the key order.
                record.key_order.0.pop();
            }
            "name" => name = ctx.text(value, key),
            "acronym" => acronym = ctx.opt_text(value, key),
            "type" => kind = closed(ctx, value, key, |s| s.parse::<TypeOrganisation>()),
            "domaine_ministeriel" => {
                domaine = closed(ctx, value, key, |s| s.parse::<DomaineMinisteriel>())
            }
            "annuaire" => annuaire = ctx.opt_text(value, key),
            "parent" => {
                parent = ctx.opt_text(value, key).and_then(|text| {
                    let text = text
                        .strip_prefix("/organisations/")
                        .unwrap_or(&text)
                        .to_owned();
                    ctx.id(
                        &Node {
                            line: entry.line,
                            value: super::node::NodeValue::Str(text),
                        },
                        key,
                        OrganisationId::parse,
                    )
                });
            }
            _ => record.keep_unknown(entry),
        }
    }
    if id.is_none() && !entries.iter().any(|entry| entry.key == "id") {
        ctx.error(node.line, Raison::ChampManquant("id".to_owned()));
    }
    for (present, field) in [
        (name.is_some(), "name"),
        (kind.is_some(), "type"),
        (domaine.is_some(), "domaine_ministeriel"),
    ] {
        if !present && !record.key_order.0.iter().any(|k| k == field) {
            ctx.error(node.line, Raison::ChampManquant(field.to_owned()));
        }
    }
    Some(Organisation {
        id: id?,
        name: name?,
        acronym,
        kind: kind?,
        domaine_ministeriel: domaine?,
        annuaire,
        parent,
        extra: record.extra,
        key_order: record.key_order,
    })
}

fn closed<T, E: Into<crate::domain::organisation::ValeurHorsListe>>(
    ctx: &mut Ctx<'_>,
    node: &Node,
    champ: &str,
    parse: impl Fn(&str) -> Result<T, E>,
) -> Option<T> {
    let text = ctx.text(node, champ)?;
    match parse(&text) {
        Ok(value) => Some(value),
        Err(erreur) => {
            ctx.error(
                node.line,
                Raison::HorsListe {
                    champ: champ.to_owned(),
                    erreur: erreur.into(),
                },
            );
            None
        }
    }
}

fn incubateur_from_node(ctx: &mut Ctx<'_>, node: &Node) -> Option<Incubateur> {
    let entries = ctx.map(node, "incubateur")?;
    let mut record = Record::default();
    let mut id = None;
    let mut title = None;
    let mut incubateur = Incubateur::new(IncubateurId::parse("_").ok()?, String::new());
    for entry in entries {
        let entry = record.visit(entry);
        let key = entry.key.as_str();
        let value = &entry.value;
        match key {
            "id" => {
                id = ctx.id(value, key, IncubateurId::parse);
                record.key_order.0.pop();
            }
            "title" => title = ctx.text(value, key),
            "short_description" => incubateur.short_description = ctx.opt_text(value, key),
            "owner" => incubateur.owner = ctx.opt_text(value, key),
            "logo" => incubateur.logo = ctx.opt_text(value, key),
            "github" => incubateur.github = ctx.opt_text(value, key),
            "contact" => incubateur.contact = ctx.opt_text(value, key),
            "address" => incubateur.address = ctx.opt_text(value, key),
            "highlighted_startups" => {
                incubateur.highlighted_startups = ctx.id_list(value, key, StartupId::parse)
            }
            "website" => incubateur.website = ctx.opt_text(value, key),
            "redirect_from" => incubateur.redirect_from = ctx.text_list(value, key),
            "hidden" => incubateur.hidden = ctx.boolean(value, key),
            _ => record.keep_unknown(entry),
        }
    }
    if id.is_none() && !entries.iter().any(|e| e.key == "id") {
        ctx.error(node.line, Raison::ChampManquant("id".to_owned()));
    }
    if title.is_none() && !record.key_order.0.iter().any(|k| k == "title") {
        ctx.error(node.line, Raison::ChampManquant("title".to_owned()));
    }
    incubateur.id = id?;
    incubateur.title = title?;
    incubateur.extra = record.extra;
    incubateur.key_order = record.key_order;
    Some(incubateur)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_keep_key_order_and_refuse_unknown_types() {
        let text = r#"{"count": 2, "organisations": [
{"id": "dgpr", "acronym": "DGPR", "name": "Direction générale de la prévention des risques", "type": "administration-centrale", "domaine_ministeriel": "environnement"},
{"id": "x", "name": "X", "type": "ministere", "domaine_ministeriel": "environnement"}]}"#;
        let errors = parse_organisations_json("o.json", text).expect_err("unknown type");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].ligne, Some(3));
        assert!(
            errors[0].to_string().contains("« ministere »"),
            "{}",
            errors[0]
        );
        let good = text.replace("\"ministere\"", "\"autre\"");
        let lot = parse_organisations_json("o.json", &good).expect("valid");
        assert_eq!(
            lot.items[0].key_order.0,
            ["acronym", "name", "type", "domaine_ministeriel"]
        );
        assert_eq!(lot.items[0].acronym.as_deref(), Some("DGPR"));
    }

    #[test]
    fn incubators_read_owner_as_written_and_require_a_title() {
        let text = r#"{"incubators": [{"id": "mtes", "title": "La Fabrique", "owner": "", "hidden": true, "highlighted_startups": ["camino"]}]}"#;
        let lot = parse_incubateurs_json("i.json", text).expect("valid");
        assert_eq!(lot.items[0].owner.as_deref(), Some(""));
        assert!(lot.items[0].is_hidden());
        let errors = parse_incubateurs_json("i.json", r#"[{"id": "x"}]"#).expect_err("no title");
        assert_eq!(errors[0].raison, Raison::ChampManquant("title".into()));
    }
}
