//! State-dependent validation of an aid: a draft needs only a title; an aid under review or
//! published must be complete. Messages are French and name the field.

use crate::referentiels::{Recurrence, StatutAide};

use super::{Aide, NOM_MAX, TITRE_COURT_MAX, URL_MAX};

/// One invalid field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErreurChamp {
    /// Field name (the anchor's field name, as the forms and API use it).
    pub champ: &'static str,
    /// French message naming the field.
    pub message: String,
}

/// Every invalid field of an aid for the status it should reach.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("L'aide n'est pas valide : {}", .erreurs.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join(" "))]
pub struct ValidationError {
    /// The errors, in field order.
    pub erreurs: Vec<ErreurChamp>,
}

struct Collecte(Vec<ErreurChamp>);

impl Collecte {
    fn si(&mut self, condition: bool, champ: &'static str, message: impl Into<String>) {
        if condition {
            self.0.push(ErreurChamp {
                champ,
                message: message.into(),
            });
        }
    }

    fn obligatoire(&mut self, vide: bool, champ: &'static str, libelle: &str) {
        self.si(
            vide,
            champ,
            format!("Le champ « {libelle} » ({champ}) est obligatoire."),
        );
    }

    fn longueur(&mut self, valeur: &str, max: usize, champ: &'static str, libelle: &str) {
        let longueur = valeur.chars().count();
        self.si(
            longueur > max,
            champ,
            format!("Le champ « {libelle} » ({champ}) dépasse {max} caractères ({longueur})."),
        );
    }

    fn url(&mut self, valeur: &str, champ: &'static str, libelle: &str) {
        self.longueur(valeur, URL_MAX, champ, libelle);
        let valeur = valeur.trim();
        self.si(
            !valeur.is_empty() && !valeur.starts_with("https://") && !valeur.starts_with("http://"),
            champ,
            format!(
                "Le champ « {libelle} » ({champ}) doit être une adresse http(s) : « {valeur} »."
            ),
        );
    }
}

/// Validates `aide` for `statut`: drafts (and the terminal statuses) need a title of at most 180
/// characters; `reviewable` and `published` need every field a reader relies on.
pub fn valider(aide: &Aide, statut: StatutAide) -> Result<(), ValidationError> {
    let mut c = Collecte(Vec::new());
    c.obligatoire(aide.name.trim().is_empty(), "name", "titre");
    c.longueur(&aide.name, NOM_MAX, "name", "titre");
    c.longueur(
        &aide.short_title,
        TITRE_COURT_MAX,
        "short_title",
        "titre court",
    );
    c.url(
        &aide.origin_url,
        "origin_url",
        "lien vers plus d'informations",
    );
    c.url(
        &aide.application_url,
        "application_url",
        "lien vers la démarche",
    );

    if matches!(statut, StatutAide::Reviewable | StatutAide::Published) {
        c.obligatoire(
            aide.description.trim().is_empty(),
            "description",
            "description",
        );
        c.obligatoire(aide.perimeter.is_none(), "perimeter", "périmètre");
        c.obligatoire(
            aide.targeted_audiences.is_empty(),
            "targeted_audiences",
            "bénéficiaires",
        );
        c.obligatoire(aide.aid_types.is_empty(), "aid_types", "types d'aide");
        c.obligatoire(aide.financers.is_empty(), "financers", "porteurs d'aides");
        c.obligatoire(aide.recurrence.is_none(), "recurrence", "récurrence");
        c.si(
            matches!(aide.recurrence, Some(Recurrence::Oneoff | Recurrence::Recurring))
                && aide.submission_deadline.is_none(),
            "submission_deadline",
            "Le champ « date de clôture » (submission_deadline) est obligatoire, sauf pour une aide permanente.",
        );
    }

    let taux = aide.subvention_rate;
    c.si(
        taux.min.is_some_and(|t| t > 100) || taux.max.is_some_and(|t| t > 100),
        "subvention_rate",
        "Le champ « taux de subvention » (subvention_rate) doit rester entre 0 et 100 %.",
    );
    c.si(
        matches!((taux.min, taux.max), (Some(min), Some(max)) if min > max),
        "subvention_rate",
        "Le champ « taux de subvention » (subvention_rate) a un minimum supérieur au maximum.",
    );
    c.si(
        matches!((aide.start_date, aide.submission_deadline), (Some(debut), Some(fin)) if debut > fin),
        "submission_deadline",
        "Le champ « date de clôture » (submission_deadline) précède la date d'ouverture (start_date).",
    );
    let email = aide.contact_email.trim();
    c.si(
        !email.is_empty() && !email.contains('@'),
        "contact_email",
        format!(
            "Le champ « e-mail de contact » (contact_email) n'est pas une adresse : « {email} »."
        ),
    );
    c.si(
        aide.is_generic && aide.generic_aid.is_some(),
        "generic_aid",
        "Le champ « aide générique » (generic_aid) ne peut pas être renseigné sur une aide elle-même générique.",
    );
    c.si(
        aide.generic_aid == Some(aide.id),
        "generic_aid",
        "Le champ « aide générique » (generic_aid) ne peut pas désigner l'aide elle-même.",
    );
    if c.0.is_empty() {
        Ok(())
    } else {
        Err(ValidationError { erreurs: c.0 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aide::{AideId, PorteurId, TauxSubvention};
    use crate::perimetres::PerimetreId;
    use crate::referentiels::{Public, TypeAide};
    use chrono::{DateTime, NaiveDate, Utc};

    fn complete() -> Aide {
        let mut aide =
            Aide::brouillon(AideId(1), "Rénover les écoles", DateTime::<Utc>::UNIX_EPOCH);
        aide.description = "Une aide.".into();
        aide.perimeter = Some(PerimetreId(1));
        aide.targeted_audiences = vec![Public::Commune];
        aide.aid_types = vec![TypeAide::Grant];
        aide.financers = vec![PorteurId(1)];
        aide.recurrence = Some(Recurrence::Oneoff);
        aide.submission_deadline = NaiveDate::from_ymd_opt(2026, 12, 31);
        aide
    }

    fn champs(resultat: Result<(), ValidationError>) -> Vec<&'static str> {
        resultat
            .err()
            .map(|e| e.erreurs.iter().map(|e| e.champ).collect())
            .unwrap_or_default()
    }

    #[test]
    fn draft_needs_only_a_title() {
        let aide = Aide::brouillon(AideId(1), "Titre", DateTime::<Utc>::UNIX_EPOCH);
        assert_eq!(valider(&aide, StatutAide::Draft), Ok(()));
        let sans_titre = Aide::brouillon(AideId(1), " ", DateTime::<Utc>::UNIX_EPOCH);
        assert_eq!(
            champs(valider(&sans_titre, StatutAide::Draft)),
            vec!["name"]
        );
    }

    #[test]
    fn review_needs_the_full_aid_and_names_each_missing_field() {
        let aide = Aide::brouillon(AideId(1), "Titre", DateTime::<Utc>::UNIX_EPOCH);
        let erreur = valider(&aide, StatutAide::Reviewable).expect_err("incomplète");
        let noms: Vec<_> = erreur.erreurs.iter().map(|e| e.champ).collect();
        assert_eq!(
            noms,
            vec![
                "description",
                "perimeter",
                "targeted_audiences",
                "aid_types",
                "financers",
                "recurrence"
            ]
        );
        assert!(erreur.to_string().contains("(perimeter) est obligatoire"));
        assert_eq!(valider(&complete(), StatutAide::Published), Ok(()));
    }

    #[test]
    fn one_off_aid_needs_a_deadline_but_ongoing_does_not() {
        let mut aide = complete();
        aide.submission_deadline = None;
        assert_eq!(
            champs(valider(&aide, StatutAide::Reviewable)),
            vec!["submission_deadline"]
        );
        aide.recurrence = Some(Recurrence::Ongoing);
        assert_eq!(valider(&aide, StatutAide::Reviewable), Ok(()));
    }

    #[test]
    fn rates_urls_and_dates_are_checked_in_every_status() {
        let mut aide = complete();
        aide.subvention_rate = TauxSubvention {
            min: Some(80),
            max: Some(20),
        };
        aide.origin_url = "ftp://exemple".into();
        aide.start_date = NaiveDate::from_ymd_opt(2027, 1, 1);
        assert_eq!(
            champs(valider(&aide, StatutAide::Draft)),
            vec!["origin_url", "subvention_rate", "submission_deadline"]
        );
    }

    #[test]
    fn title_over_180_characters_is_refused() {
        let mut aide = complete();
        aide.name = "é".repeat(181);
        assert_eq!(champs(valider(&aide, StatutAide::Draft)), vec!["name"]);
        aide.name = "é".repeat(180);
        assert_eq!(valider(&aide, StatutAide::Draft), Ok(()));
    }
}
