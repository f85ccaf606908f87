//! Free-form values kept for lossless round-trips: unknown keys and the order in which keys were written.
//!
//! The beta.gouv.fr front-matter grows new keys regularly; the importer must keep them (spec §7 "keep unknown
//! keys") and a re-export must write them back where they were. `serde_json::Value` is used as the neutral value
//! tree because its maps keep insertion order in this workspace (`preserve_order`).

/// A free-form value (string, number, boolean, list, map or null).
pub type Valeur = serde_json::Value;

/// Keys unknown to the module, with their values, in source order.
pub type ChampsInconnus = serde_json::Map<String, Valeur>;

/// The order in which a record's keys were written in its source, known and unknown keys alike.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrdreCles(pub Vec<String>);

impl OrdreCles {
    /// Sorts `fields` (built in a canonical order) into the recorded source order; fields absent from the
    /// recording keep their canonical order and come after the recorded ones, so new data stays exportable.
    pub fn arrange(&self, fields: Vec<(String, Valeur)>) -> Vec<(String, Valeur)> {
        let mut remaining: Vec<Option<(String, Valeur)>> = fields.into_iter().map(Some).collect();
        let mut ordered = Vec::with_capacity(remaining.len());
        for key in &self.0 {
            if let Some(slot) = remaining
                .iter_mut()
                .find(|slot| slot.as_ref().is_some_and(|(k, _)| k == key))
                && let Some(field) = slot.take()
            {
                ordered.push(field);
            }
        }
        ordered.extend(remaining.into_iter().flatten());
        ordered
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrange_follows_source_order_then_canonical_order() {
        let order = OrdreCles(vec!["b".into(), "a".into(), "gone".into()]);
        let fields = vec![
            ("a".to_owned(), Valeur::from(1)),
            ("b".to_owned(), Valeur::from(2)),
            ("c".to_owned(), Valeur::from(3)),
        ];
        let keys: Vec<String> = order.arrange(fields).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["b", "a", "c"]);
    }
}
