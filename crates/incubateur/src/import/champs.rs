//! Field readers shared by every importer: they read one node as the expected kind, record an error naming the
//! file, line and field when it is not, and let the caller continue so that all errors of a file are reported.

use std::collections::HashMap;
use std::fmt::Display;
use std::hash::Hash;

use chrono::NaiveDate;

use super::node::{Entry, Node, NodeValue, to_valeur};
use super::{Avertissement, ImportError, Raison};
use crate::domain::dates::parse_civil_date;
use crate::domain::ids::IdError;
use crate::domain::valeur::{ChampsInconnus, OrdreCles};

/// Errors and warnings of one file.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub file: &'a str,
    pub errors: Vec<ImportError>,
    pub warnings: Vec<Avertissement>,
}

impl<'a> Ctx<'a> {
    pub fn new(file: &'a str) -> Self {
        Ctx {
            file,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    pub fn error(&mut self, line: usize, raison: Raison) {
        self.errors.push(ImportError {
            fichier: self.file.to_owned(),
            ligne: Some(line),
            raison,
        });
    }

    pub fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(Avertissement {
            fichier: self.file.to_owned(),
            ligne: Some(line),
            message,
        });
    }

    /// Whether `id` is new in the file (then noted at `line`); a repeated id is an error naming the line of
    /// the record that had it first.
    pub fn premier<K: Hash + Eq + Display>(
        &mut self,
        seen: &mut HashMap<K, usize>,
        id: K,
        line: usize,
    ) -> bool {
        if let Some(other) = seen.get(&id) {
            let autre = format!("l'enregistrement de la ligne {other}");
            self.error(
                line,
                Raison::Doublon {
                    id: id.to_string(),
                    autre,
                },
            );
            false
        } else {
            seen.insert(id, line);
            true
        }
    }

    fn wrong_kind(&mut self, node: &Node, champ: &str, attendu: &'static str) {
        self.error(
            node.line,
            Raison::TypeInvalide {
                champ: champ.to_owned(),
                attendu,
                trouve: node.value.kind(),
            },
        );
    }

    /// A text value.
    pub fn text(&mut self, node: &Node, champ: &str) -> Option<String> {
        match &node.value {
            NodeValue::Str(s) => Some(s.clone()),
            _ => {
                self.wrong_kind(node, champ, "un texte");
                None
            }
        }
    }

    /// An optional text value: null counts as absent.
    pub fn opt_text(&mut self, node: &Node, champ: &str) -> Option<String> {
        if node.value == NodeValue::Null {
            None
        } else {
            self.text(node, champ)
        }
    }

    /// A boolean. The anchors' Liquid templates sometimes wrote `"true"`: it is accepted with a warning.
    pub fn boolean(&mut self, node: &Node, champ: &str) -> Option<bool> {
        match &node.value {
            NodeValue::Bool(b) => Some(*b),
            NodeValue::Null => None,
            NodeValue::Str(s) if s == "true" || s == "false" => {
                self.warn(
                    node.line,
                    format!("« {champ} » écrit comme texte « {s} » : lu comme booléen"),
                );
                Some(s == "true")
            }
            _ => {
                self.wrong_kind(node, champ, "un booléen");
                None
            }
        }
    }

    /// An integer.
    pub fn integer(&mut self, node: &Node, champ: &str) -> Option<i64> {
        match &node.value {
            NodeValue::Int(i) => Some(*i),
            _ => {
                self.wrong_kind(node, champ, "un nombre entier");
                None
            }
        }
    }

    /// A civil date `YYYY-MM-DD`.
    pub fn date(&mut self, node: &Node, champ: &str) -> Option<NaiveDate> {
        match &node.value {
            NodeValue::Str(s) => {
                let date = parse_civil_date(s);
                if date.is_none() {
                    self.error(
                        node.line,
                        Raison::DateInvalide {
                            champ: champ.to_owned(),
                            valeur: s.clone(),
                        },
                    );
                }
                date
            }
            _ => {
                self.wrong_kind(node, champ, "une date AAAA-MM-JJ");
                None
            }
        }
    }

    /// An optional date: null and `''` count as absent (the anchors emit `end: ""`).
    pub fn opt_date(&mut self, node: &Node, champ: &str) -> Option<NaiveDate> {
        match &node.value {
            NodeValue::Null => None,
            NodeValue::Str(s) if s.is_empty() => None,
            _ => self.date(node, champ),
        }
    }

    /// A list of nodes.
    pub fn list<'n>(&mut self, node: &'n Node, champ: &str) -> Option<&'n [Node]> {
        match &node.value {
            NodeValue::Seq(items) => Some(items),
            _ => {
                self.wrong_kind(node, champ, "une liste");
                None
            }
        }
    }

    /// A list of texts.
    pub fn text_list(&mut self, node: &Node, champ: &str) -> Option<Vec<String>> {
        let items = self.list(node, champ)?;
        let mut texts = Vec::with_capacity(items.len());
        let mut ok = true;
        for (index, item) in items.iter().enumerate() {
            match self.text(item, &format!("{champ}[{index}]")) {
                Some(text) => texts.push(text),
                None => ok = false,
            }
        }
        ok.then_some(texts)
    }

    /// The entries of a map.
    pub fn map<'n>(&mut self, node: &'n Node, champ: &str) -> Option<&'n [Entry]> {
        match &node.value {
            NodeValue::Map(entries) => Some(entries),
            _ => {
                self.wrong_kind(node, champ, "un dictionnaire");
                None
            }
        }
    }

    /// An identifier read with `parse`.
    pub fn id<T>(
        &mut self,
        node: &Node,
        champ: &str,
        parse: impl Fn(&str) -> Result<T, IdError>,
    ) -> Option<T> {
        let text = self.text(node, champ)?;
        match parse(&text) {
            Ok(id) => Some(id),
            Err(erreur) => {
                self.error(
                    node.line,
                    Raison::IdInvalide {
                        champ: champ.to_owned(),
                        erreur,
                    },
                );
                None
            }
        }
    }

    /// A list of identifiers.
    pub fn id_list<T>(
        &mut self,
        node: &Node,
        champ: &str,
        parse: impl Fn(&str) -> Result<T, IdError>,
    ) -> Option<Vec<T>> {
        let items = self.list(node, champ)?;
        let mut ids = Vec::with_capacity(items.len());
        let mut ok = true;
        for (index, item) in items.iter().enumerate() {
            match self.id(item, &format!("{champ}[{index}]"), &parse) {
                Some(id) => ids.push(id),
                None => ok = false,
            }
        }
        ok.then_some(ids)
    }
}

/// Walks a record's entries, keeping the key order and the unknown keys.
#[derive(Debug, Default)]
pub(crate) struct Record {
    pub key_order: OrdreCles,
    pub extra: ChampsInconnus,
}

impl Record {
    /// Records the key's position and returns the entry for the caller to match on.
    pub fn visit<'e>(&mut self, entry: &'e Entry) -> &'e Entry {
        self.key_order.0.push(entry.key.clone());
        entry
    }

    /// Keeps an unknown key with its value.
    pub fn keep_unknown(&mut self, entry: &Entry) {
        self.extra
            .insert(entry.key.clone(), to_valeur(&entry.value));
    }
}
