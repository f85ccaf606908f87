//! A neutral value tree with source lines, built from YAML (`saphyr`, exact lines) or JSON (`serde_json`, the line
//! of each record and of its top-level keys), so that one conversion code turns either format into domain types
//! and every error can name a line.

use saphyr::{LoadableYamlNode, MarkedYamlOwned, ScalarOwned, YamlDataOwned};

use crate::domain::valeur::Valeur;

/// A value and the (1-based) line where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub line: usize,
    pub value: NodeValue,
}

/// A map entry: the key, the key's line and the value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub key: String,
    pub line: usize,
    pub value: Node,
}

/// The value of a node.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NodeValue {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

impl NodeValue {
    /// A French noun for the kind of value, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            NodeValue::Null => "une valeur vide",
            NodeValue::Bool(_) => "un booléen",
            NodeValue::Int(_) | NodeValue::Float(_) => "un nombre",
            NodeValue::Str(_) => "un texte",
            NodeValue::Seq(_) => "une liste",
            NodeValue::Map(_) => "un dictionnaire",
        }
    }
}

/// A YAML syntax problem, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YamlProblem {
    pub line: usize,
    pub message: String,
}

/// Parses one YAML document. `first_line` is the file line of the document's first line (front-matter starts on
/// line 2 of a `.md` file).
pub(crate) fn parse_yaml(text: &str, first_line: usize) -> Result<Node, YamlProblem> {
    let offset = first_line.saturating_sub(1);
    let documents = MarkedYamlOwned::load_from_str(text).map_err(|error| YamlProblem {
        line: error.marker().line() + offset,
        message: error.info().to_owned(),
    })?;
    let mut documents = documents.into_iter();
    let document = documents.next().ok_or_else(|| YamlProblem {
        line: first_line,
        message: "document YAML vide".to_owned(),
    })?;
    if documents.next().is_some() {
        return Err(YamlProblem {
            line: first_line,
            message: "plusieurs documents YAML dans un même en-tête".to_owned(),
        });
    }
    from_yaml(document, offset)
}

fn from_yaml(node: MarkedYamlOwned, offset: usize) -> Result<Node, YamlProblem> {
    let line = node.span.start.line() + offset;
    let value = match node.data {
        YamlDataOwned::Value(scalar) => match scalar {
            ScalarOwned::Null => NodeValue::Null,
            ScalarOwned::Boolean(b) => NodeValue::Bool(b),
            ScalarOwned::Integer(i) => NodeValue::Int(i),
            ScalarOwned::FloatingPoint(f) => NodeValue::Float(f.into_inner()),
            ScalarOwned::String(s) => NodeValue::Str(s),
        },
        YamlDataOwned::Representation(text, _, _) => NodeValue::Str(text),
        YamlDataOwned::Sequence(items) => NodeValue::Seq(
            items
                .into_iter()
                .map(|item| from_yaml(item, offset))
                .collect::<Result<_, _>>()?,
        ),
        YamlDataOwned::Mapping(map) => {
            let mut entries = Vec::with_capacity(map.len());
            for (key, value) in map {
                let key_line = key.span.start.line() + offset;
                let key = match key.data {
                    YamlDataOwned::Value(ScalarOwned::String(s)) => s,
                    YamlDataOwned::Value(ScalarOwned::Integer(i)) => i.to_string(),
                    YamlDataOwned::Value(ScalarOwned::Boolean(b)) => b.to_string(),
                    _ => {
                        return Err(YamlProblem {
                            line: key_line,
                            message: "clé de dictionnaire non textuelle".to_owned(),
                        });
                    }
                };
                entries.push(Entry {
                    key,
                    line: key_line,
                    value: from_yaml(value, offset)?,
                });
            }
            NodeValue::Map(entries)
        }
        YamlDataOwned::Tagged(_, inner) => return from_yaml(*inner, offset),
        YamlDataOwned::Alias(_) | YamlDataOwned::BadValue => {
            return Err(YamlProblem {
                line,
                message: "alias ou valeur YAML non prise en charge".to_owned(),
            });
        }
    };
    Ok(Node { line, value })
}

/// Converts a JSON value into a node. Every node gets `line`, except the top-level keys of an object, whose line
/// is found in `raw` (the record's own text, starting at `line`) when possible.
pub(crate) fn from_json(value: &Valeur, line: usize, raw: Option<&str>) -> Node {
    match value {
        Valeur::Object(map) => {
            let entries = map
                .iter()
                .map(|(key, value)| {
                    let key_line = raw
                        .and_then(|raw| key_line_in(raw, key))
                        .map_or(line, |delta| line + delta);
                    Entry {
                        key: key.clone(),
                        line: key_line,
                        value: from_json(value, key_line, None),
                    }
                })
                .collect();
            Node {
                line,
                value: NodeValue::Map(entries),
            }
        }
        other => Node {
            line,
            value: scalar_or_list(other, line),
        },
    }
}

fn scalar_or_list(value: &Valeur, line: usize) -> NodeValue {
    match value {
        Valeur::Null => NodeValue::Null,
        Valeur::Bool(b) => NodeValue::Bool(*b),
        Valeur::Number(n) => match n.as_i64() {
            Some(i) => NodeValue::Int(i),
            None => NodeValue::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Valeur::String(s) => NodeValue::Str(s.clone()),
        Valeur::Array(items) => NodeValue::Seq(
            items
                .iter()
                .map(|item| from_json(item, line, None))
                .collect(),
        ),
        Valeur::Object(_) => from_json(value, line, None).value,
    }
}

/// Number of line breaks before the first `"key"` followed by a colon in `raw`, if found.
fn key_line_in(raw: &str, key: &str) -> Option<usize> {
    let quoted = serde_json::to_string(key).ok()?;
    let mut from = 0;
    while let Some(found) = raw[from..].find(&quoted) {
        let at = from + found;
        let after = raw[at + quoted.len()..].trim_start();
        if after.starts_with(':') {
            return Some(raw[..at].matches('\n').count());
        }
        from = at + quoted.len();
    }
    None
}

/// Converts a node back into a free value (for unknown keys). Non-finite floats become null.
pub(crate) fn to_valeur(node: &Node) -> Valeur {
    match &node.value {
        NodeValue::Null => Valeur::Null,
        NodeValue::Bool(b) => Valeur::Bool(*b),
        NodeValue::Int(i) => Valeur::from(*i),
        NodeValue::Float(f) => {
            serde_json::Number::from_f64(*f).map_or(Valeur::Null, Valeur::Number)
        }
        NodeValue::Str(s) => Valeur::String(s.clone()),
        NodeValue::Seq(items) => Valeur::Array(items.iter().map(to_valeur).collect()),
        NodeValue::Map(entries) => Valeur::Object(
            entries
                .iter()
                .map(|entry| (entry.key.clone(), to_valeur(&entry.value)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_nodes_carry_file_lines_and_dates_stay_strings() {
        let node = parse_yaml(
            "title: Aeris\nphases:\n  - name: investigation\n    start: 2018-01-01\n",
            2,
        )
        .expect("valid yaml");
        let NodeValue::Map(entries) = node.value else {
            panic!("a map")
        };
        assert_eq!(entries[0].key, "title");
        assert_eq!(entries[0].line, 2);
        assert_eq!(entries[1].line, 3);
        let NodeValue::Seq(items) = &entries[1].value.value else {
            panic!("a list")
        };
        let NodeValue::Map(phase) = &items[0].value else {
            panic!("a map")
        };
        assert_eq!(phase[1].line, 5);
        assert_eq!(phase[1].value.value, NodeValue::Str("2018-01-01".into()));
    }

    #[test]
    fn yaml_errors_name_the_file_line() {
        let error = parse_yaml("title: a\nphases: [\n", 2).expect_err("invalid yaml");
        assert!(error.line >= 3, "line {}", error.line);
        let duplicate = parse_yaml("a: 1\na: 2\n", 1).expect_err("duplicate key");
        assert!(!duplicate.message.is_empty());
    }

    #[test]
    fn json_keys_get_their_own_line() {
        let raw = "{\n  \"id\": \"a\",\n  \"title\": \"T\"\n}";
        let value: Valeur = serde_json::from_str(raw).expect("json");
        let node = from_json(&value, 10, Some(raw));
        let NodeValue::Map(entries) = node.value else {
            panic!("a map")
        };
        assert_eq!((entries[0].line, entries[1].line), (11, 12));
        assert_eq!(to_valeur(&entries[1].value), Valeur::String("T".into()));
    }
}
