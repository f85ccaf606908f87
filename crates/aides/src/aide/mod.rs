//! Aids, their carriers (porteurs d'aides) and programs (§3.2 of the spec), the deadline rules
//! (§3.5) and the review workflow (§3.4, in [`cycle`]).
//!
//! Field names follow the anchor's Django model (`name`, `submission_deadline`…) so that the API
//! DTOs and the imports map one to one; types are French domain nouns.

pub mod cycle;
mod echeance;
mod validation;

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};

pub use echeance::{EtatEcheance, aujourdhui_a_paris, etat_echeance};
pub use validation::{ErreurChamp, ValidationError, valider};

use crate::perimetres::PerimetreId;
use crate::referentiels::{
    AideEuropeenne, CategorieId, Destination, EtapeMobilisation, Licence, Public, Recurrence,
    StatutAide, TypeAide,
};
use crate::texte::{couper, slugifier};

/// Longest `name` (characters).
pub const NOM_MAX: usize = 180;
/// Longest `short_title` (characters).
pub const TITRE_COURT_MAX: usize = 64;
/// Longest `slug` (characters).
pub const SLUG_MAX: usize = 50;
/// Longest URL (characters).
pub const URL_MAX: usize = 700;

/// Identifier of an aid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AideId(pub u64);

/// Identifier of a carrier (porteur d'aides: financer or instructor).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PorteurId(pub u32);

/// Identifier of a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProgrammeId(pub u32);

/// A carrier of aids (ADEME, a région, an agence de l'eau…), financer or instructor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PorteurAide {
    /// Identifier.
    pub id: PorteurId,
    /// Name.
    pub nom: String,
    /// URL slug.
    pub slug: String,
    /// Logo URL.
    pub logo: Option<String>,
    /// Description.
    pub description: String,
    /// Its own perimeter, when known.
    pub perimetre: Option<PerimetreId>,
}

impl PorteurAide {
    /// A carrier with only an id and a name.
    pub fn new(id: PorteurId, nom: impl Into<String>) -> PorteurAide {
        let nom = nom.into();
        PorteurAide {
            id,
            slug: slugifier(&nom, SLUG_MAX),
            nom,
            logo: None,
            description: String::new(),
            perimetre: None,
        }
    }
}

/// A program (« Petites villes de demain », « Fonds vert »…) grouping aids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    /// Identifier.
    pub id: ProgrammeId,
    /// Name.
    pub nom: String,
    /// URL slug.
    pub slug: String,
}

impl Programme {
    /// A program with an id and a name.
    pub fn new(id: ProgrammeId, nom: impl Into<String>) -> Programme {
        let nom = nom.into();
        Programme {
            id,
            slug: slugifier(&nom, SLUG_MAX),
            nom,
        }
    }
}

/// Subsidy rate as an integer percentage range; a fixed rate is stored as the maximum only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TauxSubvention {
    /// Lower bound, in percent.
    pub min: Option<u8>,
    /// Upper bound, in percent.
    pub max: Option<u8>,
}

/// Fields a human may edit on an imported aid; an import never overwrites an edited one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChampAide {
    /// `name`.
    Name,
    /// `short_title`.
    ShortTitle,
    /// `description`.
    Description,
    /// `eligibility`.
    Eligibility,
    /// `project_examples`.
    ProjectExamples,
    /// `origin_url`.
    OriginUrl,
    /// `application_url`.
    ApplicationUrl,
    /// `contact`.
    Contact,
    /// `perimeter`.
    Perimeter,
    /// `financers`.
    Financers,
    /// `categories`.
    Categories,
    /// `targeted_audiences`.
    TargetedAudiences,
    /// `aid_types`.
    AidTypes,
    /// `mobilization_steps`.
    MobilizationSteps,
    /// `recurrence`.
    Recurrence,
    /// `is_call_for_project`.
    IsCallForProject,
    /// `start_date`.
    StartDate,
    /// `submission_deadline`.
    SubmissionDeadline,
}

impl ChampAide {
    /// Every field, in form order.
    pub const ALL: &'static [ChampAide] = &[
        ChampAide::Name,
        ChampAide::ShortTitle,
        ChampAide::Description,
        ChampAide::Eligibility,
        ChampAide::ProjectExamples,
        ChampAide::OriginUrl,
        ChampAide::ApplicationUrl,
        ChampAide::Contact,
        ChampAide::Perimeter,
        ChampAide::Financers,
        ChampAide::Categories,
        ChampAide::TargetedAudiences,
        ChampAide::AidTypes,
        ChampAide::MobilizationSteps,
        ChampAide::Recurrence,
        ChampAide::IsCallForProject,
        ChampAide::StartDate,
        ChampAide::SubmissionDeadline,
    ];

    /// The Django field name.
    pub const fn nom(self) -> &'static str {
        match self {
            ChampAide::Name => "name",
            ChampAide::ShortTitle => "short_title",
            ChampAide::Description => "description",
            ChampAide::Eligibility => "eligibility",
            ChampAide::ProjectExamples => "project_examples",
            ChampAide::OriginUrl => "origin_url",
            ChampAide::ApplicationUrl => "application_url",
            ChampAide::Contact => "contact",
            ChampAide::Perimeter => "perimeter",
            ChampAide::Financers => "financers",
            ChampAide::Categories => "categories",
            ChampAide::TargetedAudiences => "targeted_audiences",
            ChampAide::AidTypes => "aid_types",
            ChampAide::MobilizationSteps => "mobilization_steps",
            ChampAide::Recurrence => "recurrence",
            ChampAide::IsCallForProject => "is_call_for_project",
            ChampAide::StartDate => "start_date",
            ChampAide::SubmissionDeadline => "submission_deadline",
        }
    }

    /// The field of a Django name.
    pub fn from_nom(nom: &str) -> Option<ChampAide> {
        ChampAide::ALL.iter().copied().find(|c| c.nom() == nom)
    }

    /// The fields whose value differs between `avant` and `apres` (what a human changed). Lists whose order
    /// means nothing (categories, audiences, types, steps) compare as sets, so that a form listing them in
    /// referential order does not count as an edit.
    pub fn differences(avant: &Aide, apres: &Aide) -> Vec<ChampAide> {
        fn ensemble<T: Ord + Copy>(valeurs: &[T]) -> BTreeSet<T> {
            valeurs.iter().copied().collect()
        }
        ChampAide::ALL
            .iter()
            .copied()
            .filter(|champ| match champ {
                ChampAide::Name => avant.name != apres.name,
                ChampAide::ShortTitle => avant.short_title != apres.short_title,
                ChampAide::Description => avant.description != apres.description,
                ChampAide::Eligibility => avant.eligibility != apres.eligibility,
                ChampAide::ProjectExamples => avant.project_examples != apres.project_examples,
                ChampAide::OriginUrl => avant.origin_url != apres.origin_url,
                ChampAide::ApplicationUrl => avant.application_url != apres.application_url,
                ChampAide::Contact => avant.contact != apres.contact,
                ChampAide::Perimeter => avant.perimeter != apres.perimeter,
                ChampAide::Financers => avant.financers != apres.financers,
                ChampAide::Categories => ensemble(&avant.categories) != ensemble(&apres.categories),
                ChampAide::TargetedAudiences => {
                    ensemble(&avant.targeted_audiences) != ensemble(&apres.targeted_audiences)
                }
                ChampAide::AidTypes => ensemble(&avant.aid_types) != ensemble(&apres.aid_types),
                ChampAide::MobilizationSteps => {
                    ensemble(&avant.mobilization_steps) != ensemble(&apres.mobilization_steps)
                }
                ChampAide::Recurrence => avant.recurrence != apres.recurrence,
                ChampAide::IsCallForProject => {
                    avant.is_call_for_project != apres.is_call_for_project
                }
                ChampAide::StartDate => avant.start_date != apres.start_date,
                ChampAide::SubmissionDeadline => {
                    avant.submission_deadline != apres.submission_deadline
                }
            })
            .collect()
    }
}

/// Where an imported aid comes from and under which licence it may be shared.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvenanceImport {
    /// Unique id within all imports (e.g. `AGIR_1ed7d411`).
    pub uniqueid: String,
    /// URL of the source data.
    pub data_url: String,
    /// Mention to display with the data.
    pub data_mention: String,
    /// Licence of the source data.
    pub licence: Licence,
    /// `import_updated`: a re-import changed something that awaits review.
    pub mise_a_jour_en_attente: bool,
    /// When the source was last read.
    pub date_import: DateTime<Utc>,
    /// The raw source object, kept for audit and re-mapping.
    pub donnees_brutes: serde_json::Value,
    /// Fields edited by a human since the import: protected from later imports.
    pub champs_edites: BTreeSet<ChampAide>,
}

/// A pending amendment suggested by anyone on a published aid; never searchable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amendement {
    /// The aid it amends.
    pub aide_amendee: AideId,
    /// Name given by its author.
    pub auteur_nom: String,
    /// E-mail given by its author (personal data: kept only for the follow-up).
    pub auteur_email: String,
    /// Organisation given by its author.
    pub auteur_organisation: String,
}

/// An aid (every field of spec §3.2).
#[derive(Debug, Clone, PartialEq)]
pub struct Aide {
    /// Identifier.
    pub id: AideId,
    /// URL slug: 4 random characters + slugified name, at most 50 characters.
    pub slug: String,
    /// Title (≤ 180; guideline: starts with an infinitive verb).
    pub name: String,
    /// Title at the source.
    pub name_initial: String,
    /// Short title (≤ 64).
    pub short_title: String,
    /// Description (sanitised rich text).
    pub description: String,
    /// Eligibility conditions.
    pub eligibility: String,
    /// Examples of projects.
    pub project_examples: String,
    /// Local characteristics (local variants of a generic aid).
    pub local_characteristics: String,
    /// Page of the aid at its carrier.
    pub origin_url: String,
    /// Where to apply.
    pub application_url: String,
    /// Contact text.
    pub contact: String,
    /// Contact e-mail.
    pub contact_email: String,
    /// Contact phone.
    pub contact_phone: String,
    /// The one perimeter of the aid.
    pub perimeter: Option<PerimetreId>,
    /// Free-text perimeter suggested by a contributor.
    pub perimeter_suggestion: String,
    /// Financers, in order.
    pub financers: Vec<PorteurId>,
    /// Instructors, in order.
    pub instructors: Vec<PorteurId>,
    /// Categories (theme pairs).
    pub categories: Vec<CategorieId>,
    /// Keywords.
    pub keywords: Vec<String>,
    /// Programs.
    pub programs: Vec<ProgrammeId>,
    /// Targeted audiences.
    pub targeted_audiences: Vec<Public>,
    /// Aid types.
    pub aid_types: Vec<TypeAide>,
    /// Mobilisation steps.
    pub mobilization_steps: Vec<EtapeMobilisation>,
    /// Destinations of the expense.
    pub destinations: Vec<Destination>,
    /// Recurrence.
    pub recurrence: Option<Recurrence>,
    /// Call for projects (AAP).
    pub is_call_for_project: bool,
    /// Paid service.
    pub is_charged: bool,
    /// European aid kind.
    pub european_aid: Option<AideEuropeenne>,
    /// Part of France Relance.
    pub in_france_relance: bool,
    /// Opening date (civil).
    pub start_date: Option<NaiveDate>,
    /// Pre-deposit date (civil).
    pub predeposit_date: Option<NaiveDate>,
    /// Deadline (civil, Europe/Paris).
    pub submission_deadline: Option<NaiveDate>,
    /// Subsidy rate.
    pub subvention_rate: TauxSubvention,
    /// Comment on the rate.
    pub subvention_comment: String,
    /// Loan amount, in euros.
    pub loan_amount: Option<u64>,
    /// Recoverable advance, in euros.
    pub recoverable_advance_amount: Option<u64>,
    /// A generic (national) aid with local variants.
    pub is_generic: bool,
    /// On a local variant: its generic aid.
    pub generic_aid: Option<AideId>,
    /// Workflow status.
    pub status: StatutAide,
    /// On a merged duplicate: the aid kept.
    pub merged_into: Option<AideId>,
    /// Author (user id of the platform).
    pub author: Option<u64>,
    /// Owning organisation (organisation id of the platform).
    pub organization: Option<u64>,
    /// Eligibility test attached.
    pub eligibility_test: Option<u64>,
    /// Démarches-Simplifiées procedure id.
    pub ds_id: Option<u64>,
    /// Démarches-Simplifiées prefill mapping (JSON).
    pub ds_mapping: Option<serde_json::Value>,
    /// Set by the link checker.
    pub has_broken_link: bool,
    /// Import provenance, for imported aids.
    pub import: Option<ProvenanceImport>,
    /// Amendment data, for amendments.
    pub amendment: Option<Amendement>,
    /// Creation instant.
    pub date_created: DateTime<Utc>,
    /// Last update instant.
    pub date_updated: DateTime<Utc>,
    /// **First** publication instant (republishing keeps it, so alerts do not fire twice).
    pub date_published: Option<DateTime<Utc>>,
}

impl Aide {
    /// A new draft holding only its title, the one field a draft needs.
    pub fn brouillon(id: AideId, name: impl Into<String>, maintenant: DateTime<Utc>) -> Aide {
        let name = name.into();
        Aide {
            id,
            slug: slugifier(&name, SLUG_MAX),
            name_initial: String::new(),
            short_title: String::new(),
            description: String::new(),
            eligibility: String::new(),
            project_examples: String::new(),
            local_characteristics: String::new(),
            origin_url: String::new(),
            application_url: String::new(),
            contact: String::new(),
            contact_email: String::new(),
            contact_phone: String::new(),
            perimeter: None,
            perimeter_suggestion: String::new(),
            financers: Vec::new(),
            instructors: Vec::new(),
            categories: Vec::new(),
            keywords: Vec::new(),
            programs: Vec::new(),
            targeted_audiences: Vec::new(),
            aid_types: Vec::new(),
            mobilization_steps: Vec::new(),
            destinations: Vec::new(),
            recurrence: None,
            is_call_for_project: false,
            is_charged: false,
            european_aid: None,
            in_france_relance: false,
            start_date: None,
            predeposit_date: None,
            submission_deadline: None,
            subvention_rate: TauxSubvention::default(),
            subvention_comment: String::new(),
            loan_amount: None,
            recoverable_advance_amount: None,
            is_generic: false,
            generic_aid: None,
            status: StatutAide::Draft,
            merged_into: None,
            author: None,
            organization: None,
            eligibility_test: None,
            ds_id: None,
            ds_mapping: None,
            has_broken_link: false,
            import: None,
            amendment: None,
            date_created: maintenant,
            date_updated: maintenant,
            date_published: None,
            name,
        }
    }

    /// Deadline status on `aujourdhui` (see [`etat_echeance`]).
    pub fn echeance(&self, aujourdhui: NaiveDate) -> EtatEcheance {
        etat_echeance(self.submission_deadline, self.recurrence, aujourdhui)
    }

    /// *live* = published and open.
    pub fn est_en_ligne(&self, aujourdhui: NaiveDate) -> bool {
        self.status == StatutAide::Published && self.echeance(aujourdhui).est_ouverte()
    }

    /// *hidden* = not published, or expired.
    pub fn est_masquee(&self, aujourdhui: NaiveDate) -> bool {
        !self.est_en_ligne(aujourdhui)
    }

    /// Whether the aid is an imported one.
    pub fn est_importee(&self) -> bool {
        self.import.is_some()
    }

    /// Records that a human edited `champ`, protecting it from later imports.
    pub fn marquer_edite(&mut self, champ: ChampAide) {
        if let Some(import) = &mut self.import {
            import.champs_edites.insert(champ);
        }
    }
}

/// The slug of an aid: `alea` (4 random characters chosen by the caller, so this stays pure) + `-`
/// + slugified name, at most [`SLUG_MAX`] characters.
pub fn slug_aide(name: &str, alea: &str) -> String {
    let alea = slugifier(alea, 4);
    let reste = SLUG_MAX.saturating_sub(alea.len() + 1);
    let nom = slugifier(name, reste);
    if nom.is_empty() {
        alea
    } else {
        format!("{alea}-{nom}")
    }
}

/// The title of a duplicate: `[Copie HHhMM] ` + the title, replacing an existing prefix of the
/// same form so that copies of copies do not pile prefixes up.
pub fn titre_de_copie(name: &str, heure: u32, minute: u32) -> String {
    let sans_prefixe = retirer_prefixe_copie(name);
    let titre = format!("[Copie {heure:02}h{minute:02}] {sans_prefixe}");
    couper(&titre, NOM_MAX).to_owned()
}

fn retirer_prefixe_copie(name: &str) -> &str {
    let Some(reste) = name.strip_prefix("[Copie ") else {
        return name;
    };
    let bytes = reste.as_bytes();
    let forme = bytes.len() >= 7
        && bytes[..2].iter().all(u8::is_ascii_digit)
        && bytes[2] == b'h'
        && bytes[3..5].iter().all(u8::is_ascii_digit)
        && &reste[5..7] == "] ";
    if forme { &reste[7..] } else { name }
}

/// Duplicates `aide` as a new draft of `nouvel_id` at local time `heure:minute` (title prefix
/// `[Copie HHhMM] `); publication, import and amendment data are not copied.
pub fn dupliquer(
    aide: &Aide,
    nouvel_id: AideId,
    alea_slug: &str,
    maintenant: DateTime<Utc>,
    heure: u32,
    minute: u32,
) -> Aide {
    let name = titre_de_copie(&aide.name, heure, minute);
    Aide {
        id: nouvel_id,
        slug: slug_aide(&name, alea_slug),
        name,
        status: StatutAide::Draft,
        merged_into: None,
        import: None,
        amendment: None,
        has_broken_link: false,
        date_created: maintenant,
        date_updated: maintenant,
        date_published: None,
        ..aide.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_prefix_replaces_an_existing_one() {
        assert_eq!(
            titre_de_copie("Aider les communes", 9, 5),
            "[Copie 09h05] Aider les communes"
        );
        assert_eq!(
            titre_de_copie("[Copie 09h05] Aider les communes", 14, 30),
            "[Copie 14h30] Aider les communes"
        );
        assert_eq!(
            titre_de_copie("[Copie] Aider", 1, 2),
            "[Copie 01h02] [Copie] Aider"
        );
    }

    #[test]
    fn reordered_lists_are_not_edits_but_changed_titles_are() {
        let avant = Aide::brouillon(AideId(1), "Titre", DateTime::<Utc>::UNIX_EPOCH);
        let mut apres = avant.clone();
        let mut avant = avant;
        avant.aid_types = vec![
            crate::referentiels::TypeAide::Loan,
            crate::referentiels::TypeAide::Grant,
        ];
        apres.aid_types = vec![
            crate::referentiels::TypeAide::Grant,
            crate::referentiels::TypeAide::Loan,
        ];
        assert!(ChampAide::differences(&avant, &apres).is_empty());
        apres.name = "Autre titre".into();
        assert_eq!(
            ChampAide::differences(&avant, &apres),
            vec![ChampAide::Name]
        );
        for champ in ChampAide::ALL {
            assert_eq!(ChampAide::from_nom(champ.nom()), Some(*champ));
        }
    }

    #[test]
    fn slug_starts_with_the_random_part_and_fits_50_characters() {
        let slug = slug_aide(&"Rénover les écoles ".repeat(10), "a1b2");
        assert!(slug.starts_with("a1b2-renover-les-ecoles"));
        assert!(slug.len() <= SLUG_MAX);
    }

    #[test]
    fn duplicate_is_a_fresh_draft() {
        let maintenant = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let mut aide = Aide::brouillon(AideId(1), "Aider", maintenant);
        aide.status = StatutAide::Published;
        aide.date_published = Some(maintenant);
        let copie = dupliquer(&aide, AideId(2), "zzzz", maintenant, 10, 0);
        assert_eq!(copie.status, StatutAide::Draft);
        assert_eq!(copie.date_published, None);
        assert_eq!(copie.name, "[Copie 10h00] Aider");
        assert_eq!(copie.id, AideId(2));
    }
}
