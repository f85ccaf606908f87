//! The idempotent merge of an imported aid: a new `import_uniqueid` creates an aid waiting for
//! review; a known one updates only the fields no human has edited, and flags the aid for review;
//! the same data twice changes nothing.

use chrono::{DateTime, NaiveDate, Utc};

use crate::aide::{Aide, AideId, ChampAide, PorteurId, ProvenanceImport, slug_aide};
use crate::perimetres::PerimetreId;
use crate::referentiels::{
    CategorieId, EtapeMobilisation, Licence, Public, Recurrence, StatutAide, TypeAide,
};

/// An aid as a feed gives it, already mapped to the module's types.
#[derive(Debug, Clone, PartialEq)]
pub struct AideImportee {
    /// Unique id across imports (e.g. `AGIR_1ed7d411`).
    pub uniqueid: String,
    /// URL of the source data.
    pub data_url: String,
    /// Mention to display with the data.
    pub data_mention: String,
    /// Licence of the source data.
    pub licence: Licence,
    /// The raw source object.
    pub donnees_brutes: serde_json::Value,
    /// Title.
    pub name: String,
    /// Title at the source.
    pub name_initial: String,
    /// Description.
    pub description: String,
    /// Eligibility.
    pub eligibility: String,
    /// Page at the carrier.
    pub origin_url: String,
    /// Where to apply.
    pub application_url: String,
    /// Perimeter.
    pub perimeter: Option<PerimetreId>,
    /// Financers.
    pub financers: Vec<PorteurId>,
    /// Categories.
    pub categories: Vec<CategorieId>,
    /// Targeted audiences.
    pub targeted_audiences: Vec<Public>,
    /// Aid types.
    pub aid_types: Vec<TypeAide>,
    /// Mobilisation steps.
    pub mobilization_steps: Vec<EtapeMobilisation>,
    /// Recurrence.
    pub recurrence: Option<Recurrence>,
    /// Call for projects.
    pub is_call_for_project: bool,
    /// Opening date.
    pub start_date: Option<NaiveDate>,
    /// Deadline.
    pub submission_deadline: Option<NaiveDate>,
}

/// What an import did to one aid.
#[derive(Debug, Clone, PartialEq)]
pub enum ResultatImport {
    /// A new aid, waiting for review.
    Creee(Aide),
    /// A known aid, updated on the listed fields (human-edited ones left alone).
    MiseAJour {
        /// The updated aid.
        aide: Aide,
        /// Fields taken from the feed.
        champs: Vec<ChampAide>,
    },
    /// The feed gave exactly what is stored.
    Inchangee,
}

/// Merges `entrante` into `existante` (the aid with the same `import_uniqueid`, if any). A new aid
/// gets `nouvel_id` and the `alea_slug` random part of its slug.
pub fn fusionner_import(
    existante: Option<&Aide>,
    entrante: &AideImportee,
    nouvel_id: AideId,
    alea_slug: &str,
    maintenant: DateTime<Utc>,
) -> ResultatImport {
    let Some(existante) = existante else {
        return ResultatImport::Creee(nouvelle(entrante, nouvel_id, alea_slug, maintenant));
    };
    let mut aide = existante.clone();
    let proteges = existante
        .import
        .as_ref()
        .map(|i| i.champs_edites.clone())
        .unwrap_or_default();
    let mut champs = Vec::new();
    macro_rules! prendre {
        ($champ:expr, $field:ident) => {
            if !proteges.contains(&$champ) && aide.$field != entrante.$field {
                aide.$field = entrante.$field.clone();
                champs.push($champ);
            }
        };
    }
    prendre!(ChampAide::Name, name);
    prendre!(ChampAide::Description, description);
    prendre!(ChampAide::Eligibility, eligibility);
    prendre!(ChampAide::OriginUrl, origin_url);
    prendre!(ChampAide::ApplicationUrl, application_url);
    prendre!(ChampAide::Perimeter, perimeter);
    prendre!(ChampAide::Financers, financers);
    prendre!(ChampAide::Categories, categories);
    prendre!(ChampAide::TargetedAudiences, targeted_audiences);
    prendre!(ChampAide::AidTypes, aid_types);
    prendre!(ChampAide::MobilizationSteps, mobilization_steps);
    prendre!(ChampAide::Recurrence, recurrence);
    prendre!(ChampAide::IsCallForProject, is_call_for_project);
    prendre!(ChampAide::StartDate, start_date);
    prendre!(ChampAide::SubmissionDeadline, submission_deadline);
    // The source title is the source's own: no human edits it.
    let titre_source_change = aide.name_initial != entrante.name_initial;
    aide.name_initial = entrante.name_initial.clone();

    let brut_change = existante
        .import
        .as_ref()
        .is_none_or(|i| i.donnees_brutes != entrante.donnees_brutes);
    if champs.is_empty() && !brut_change && !titre_source_change {
        return ResultatImport::Inchangee;
    }
    let import = aide
        .import
        .get_or_insert_with(|| provenance(entrante, maintenant));
    import.donnees_brutes = entrante.donnees_brutes.clone();
    import.data_url = entrante.data_url.clone();
    import.data_mention = entrante.data_mention.clone();
    import.licence = entrante.licence;
    import.date_import = maintenant;
    if !champs.is_empty() {
        // The update waits for an admin's review (the anchor's `import_updated`).
        import.mise_a_jour_en_attente = true;
        aide.date_updated = maintenant;
    }
    ResultatImport::MiseAJour { aide, champs }
}

fn provenance(entrante: &AideImportee, maintenant: DateTime<Utc>) -> ProvenanceImport {
    ProvenanceImport {
        uniqueid: entrante.uniqueid.clone(),
        data_url: entrante.data_url.clone(),
        data_mention: entrante.data_mention.clone(),
        licence: entrante.licence,
        mise_a_jour_en_attente: false,
        date_import: maintenant,
        donnees_brutes: entrante.donnees_brutes.clone(),
        champs_edites: Default::default(),
    }
}

fn nouvelle(
    entrante: &AideImportee,
    id: AideId,
    alea_slug: &str,
    maintenant: DateTime<Utc>,
) -> Aide {
    let mut aide = Aide::brouillon(id, entrante.name.clone(), maintenant);
    aide.slug = slug_aide(&entrante.name, alea_slug);
    aide.name_initial = entrante.name_initial.clone();
    aide.description = entrante.description.clone();
    aide.eligibility = entrante.eligibility.clone();
    aide.origin_url = entrante.origin_url.clone();
    aide.application_url = entrante.application_url.clone();
    aide.perimeter = entrante.perimeter;
    aide.financers = entrante.financers.clone();
    aide.categories = entrante.categories.clone();
    aide.targeted_audiences = entrante.targeted_audiences.clone();
    aide.aid_types = entrante.aid_types.clone();
    aide.mobilization_steps = entrante.mobilization_steps.clone();
    aide.recurrence = entrante.recurrence;
    aide.is_call_for_project = entrante.is_call_for_project;
    aide.start_date = entrante.start_date;
    aide.submission_deadline = entrante.submission_deadline;
    // Imported aids are never published directly: they wait for review.
    aide.status = StatutAide::Reviewable;
    aide.import = Some(provenance(entrante, maintenant));
    aide
}

/// Counts of a batch import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RapportImport {
    /// New aids.
    pub creees: usize,
    /// Updated aids.
    pub mises_a_jour: usize,
    /// Unchanged aids.
    pub inchangees: usize,
}

/// Imports a batch into `aides` (the aids already stored), keyed on `import_uniqueid`; new ids
/// follow the largest existing one. Running it twice on the same feed changes nothing.
pub fn importer_lot(
    aides: &mut Vec<Aide>,
    entrantes: &[AideImportee],
    alea_slug: &mut dyn FnMut() -> String,
    maintenant: DateTime<Utc>,
) -> RapportImport {
    let mut rapport = RapportImport::default();
    for entrante in entrantes {
        let position = aides.iter().position(|a| {
            a.import
                .as_ref()
                .is_some_and(|i| i.uniqueid == entrante.uniqueid)
        });
        let prochain = AideId(aides.iter().map(|a| a.id.0).max().unwrap_or(0) + 1);
        match fusionner_import(
            position.map(|p| &aides[p]),
            entrante,
            prochain,
            &alea_slug(),
            maintenant,
        ) {
            ResultatImport::Creee(aide) => {
                aides.push(aide);
                rapport.creees += 1;
            }
            ResultatImport::MiseAJour { aide, .. } => {
                if let Some(p) = position {
                    aides[p] = aide;
                }
                rapport.mises_a_jour += 1;
            }
            ResultatImport::Inchangee => rapport.inchangees += 1,
        }
    }
    rapport
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entrante(titre: &str) -> AideImportee {
        AideImportee {
            uniqueid: "FLUX_1".into(),
            data_url: "https://exemple.org/flux".into(),
            data_mention: "Source : exemple".into(),
            licence: Licence::Openlicence20,
            donnees_brutes: serde_json::json!({ "titre": titre }),
            name: titre.into(),
            name_initial: titre.into(),
            description: "Description".into(),
            eligibility: String::new(),
            origin_url: String::new(),
            application_url: String::new(),
            perimeter: None,
            financers: vec![],
            categories: vec![],
            targeted_audiences: vec![Public::Commune],
            aid_types: vec![TypeAide::Grant],
            mobilization_steps: vec![],
            recurrence: Some(Recurrence::Ongoing),
            is_call_for_project: false,
            start_date: None,
            submission_deadline: None,
        }
    }

    fn instant() -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH
    }

    #[test]
    fn new_uniqueid_creates_an_aid_waiting_for_review() {
        let ResultatImport::Creee(aide) =
            fusionner_import(None, &entrante("Aider"), AideId(9), "abcd", instant())
        else {
            panic!("création attendue");
        };
        assert_eq!(aide.status, StatutAide::Reviewable);
        assert_eq!(
            aide.import.as_ref().map(|i| i.licence),
            Some(Licence::Openlicence20)
        );
        assert!(aide.slug.starts_with("abcd-aider"));
    }

    #[test]
    fn same_data_twice_changes_nothing() {
        let ResultatImport::Creee(aide) =
            fusionner_import(None, &entrante("Aider"), AideId(9), "abcd", instant())
        else {
            panic!("création attendue");
        };
        assert_eq!(
            fusionner_import(
                Some(&aide),
                &entrante("Aider"),
                AideId(10),
                "efgh",
                instant()
            ),
            ResultatImport::Inchangee
        );
    }

    #[test]
    fn human_edited_fields_survive_a_reimport() {
        let ResultatImport::Creee(mut aide) =
            fusionner_import(None, &entrante("Aider"), AideId(9), "abcd", instant())
        else {
            panic!("création attendue");
        };
        aide.status = StatutAide::Published;
        aide.name = "Aider les communes rurales".into();
        aide.marquer_edite(ChampAide::Name);
        let mut nouvelle = entrante("Aider (v2)");
        nouvelle.description = "Nouvelle description".into();
        let ResultatImport::MiseAJour { aide, champs } =
            fusionner_import(Some(&aide), &nouvelle, AideId(10), "efgh", instant())
        else {
            panic!("mise à jour attendue");
        };
        assert_eq!(champs, vec![ChampAide::Description]);
        assert_eq!(aide.name, "Aider les communes rurales");
        assert_eq!(aide.name_initial, "Aider (v2)");
        assert_eq!(aide.description, "Nouvelle description");
        assert_eq!(aide.status, StatutAide::Published);
        assert!(aide.import.is_some_and(|i| i.mise_a_jour_en_attente));
    }

    #[test]
    fn batch_import_is_idempotent() {
        let mut aides = Vec::new();
        let mut alea = || "wxyz".to_owned();
        let lot = vec![
            entrante("A"),
            AideImportee {
                uniqueid: "FLUX_2".into(),
                ..entrante("B")
            },
        ];
        let premier = importer_lot(&mut aides, &lot, &mut alea, instant());
        let second = importer_lot(&mut aides, &lot, &mut alea, instant());
        assert_eq!(premier.creees, 2);
        assert_eq!(
            second,
            RapportImport {
                creees: 0,
                mises_a_jour: 0,
                inchangees: 2
            }
        );
        assert_eq!(aides.len(), 2);
        assert_ne!(aides[0].id, aides[1].id);
    }
}
