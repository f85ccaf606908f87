//! Form validation results shown next to the fields, in the DSFR way (`fr-input-group--error`, an error text
//! tied to the field by `aria-describedby`, and a summary at the top of the form).

use std::collections::BTreeMap;

/// French messages per field name; empty when the form is valid.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    /// No error.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the first error of a field (later ones are ignored: one message per field is clearer).
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message.into());
    }

    /// Adds the error of a check, if any.
    pub fn check(&mut self, field: &str, result: Result<(), String>) {
        if let Err(message) = result {
            self.add(field, message);
        }
    }

    /// The error of a field.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    /// Whether a field has an error.
    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    /// Whether there is no error.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every (field, message), for the summary.
    pub fn all(&self) -> Vec<(&str, &str)> {
        self.0
            .iter()
            .map(|(field, message)| (field.as_str(), message.as_str()))
            .collect()
    }

    /// `Ok(())` when empty, else the errors.
    pub fn into_result(self) -> Result<(), Self> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

/// Checks a required text field; returns the trimmed value.
pub fn required(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    value: &str,
    max_chars: usize,
) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, format!("le champ « {label} » est obligatoire"));
    } else if value.chars().count() > max_chars {
        errors.add(
            field,
            format!("le champ « {label} » ne doit pas dépasser {max_chars} caractères"),
        );
    }
    value.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_message_of_a_field_is_kept() {
        let mut errors = FieldErrors::new();
        errors.add("email", "premier");
        errors.add("email", "second");
        assert_eq!(errors.get("email"), Some("premier"));
        assert!(errors.into_result().is_err());
    }

    #[test]
    fn required_fields_are_trimmed_and_bounded() {
        let mut errors = FieldErrors::new();
        assert_eq!(required(&mut errors, "nom", "Nom", "  Ada ", 10), "Ada");
        assert!(errors.is_empty());
        required(&mut errors, "vide", "Vide", "   ", 10);
        required(&mut errors, "long", "Long", "abcdefghijk", 10);
        assert!(errors.get("vide").unwrap().contains("obligatoire"));
        assert!(errors.get("long").unwrap().contains("10 caractères"));
    }
}
