//! A Startup d'État as described by its beta.gouv.fr front-matter (`content/_startups/<id>.md`).
//!
//! Every field the spec names is typed; every other key is kept in [`Startup::extra`] and the source key order in
//! [`Startup::key_order`], so that an export writes back what was read (spec §4, lossless round-trip).

use super::evenement::Evenement;
use super::ids::{IncubateurId, OrganisationId, StartupId};
use super::phase::Phase;
use super::valeur::{ChampsInconnus, OrdreCles, Valeur};

/// A reference to a sponsoring organisation, written `/organisations/<id>` in the front-matter or `<id>` alone
/// (v2.7 API, some hand-written files); the form is kept so that the export writes it back.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SponsorRef {
    /// The organisation.
    pub id: OrganisationId,
    /// Whether the source wrote the `/organisations/` prefix.
    pub with_prefix: bool,
}

impl SponsorRef {
    /// The prefix used by the site for organisation references.
    pub const PREFIX: &'static str = "/organisations/";

    /// Reads `/organisations/<id>` or `<id>`.
    pub fn parse(value: &str) -> Result<Self, super::ids::IdError> {
        match value.strip_prefix(Self::PREFIX) {
            Some(id) => Ok(SponsorRef {
                id: OrganisationId::parse(id)?,
                with_prefix: true,
            }),
            None => Ok(SponsorRef {
                id: OrganisationId::parse(value)?,
                with_prefix: false,
            }),
        }
    }

    /// The reference as it was written.
    pub fn as_written(&self) -> String {
        if self.with_prefix {
            format!("{}{}", Self::PREFIX, self.id)
        } else {
            self.id.to_string()
        }
    }
}

macro_rules! open_list {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $code:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
            /// A value outside the reference list, kept exactly as written (the list is not enforced in the data).
            Libre(String),
        }

        impl $name {
            /// Reads a value; values outside the list are kept as [`Self::Libre`].
            pub fn parse(value: &str) -> Self {
                match value {
                    $($code => $name::$variant,)*
                    other => $name::Libre(other.to_owned()),
                }
            }

            /// The value as written.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $code,)*
                    $name::Libre(value) => value,
                }
            }

            /// Whether the value belongs to the reference list.
            pub fn is_referenced(&self) -> bool {
                !matches!(self, $name::Libre(_))
            }
        }
    };
}

open_list!(
    /// Kind of user a service is for (`usertypes`, Kwalify schema list).
    TypeUsager {
        /// `particulier`
        Particulier => "particulier",
        /// `etat`
        Etat => "etat",
        /// `collectivite-territoriale`
        CollectiviteTerritoriale => "collectivite-territoriale",
        /// `parlement` (absent from espace-membre's list)
        Parlement => "parlement",
        /// `entreprise`
        Entreprise => "entreprise",
        /// `association`
        Association => "association",
        /// `etablissement-scolaire`
        EtablissementScolaire => "etablissement-scolaire",
    }
);

open_list!(
    /// Theme of a service (`thematiques`, espace-membre's 21 values).
    Thematique {
        /// Administratif
        Administratif => "Administratif",
        /// Agriculture
        Agriculture => "Agriculture",
        /// Collectivités
        Collectivites => "Collectivités",
        /// Démocratie
        Democratie => "Démocratie",
        /// Écologie
        Ecologie => "Écologie",
        /// Entreprises
        Entreprises => "Entreprises",
        /// Formation
        Formation => "Formation",
        /// Inclusion numérique
        InclusionNumerique => "Inclusion numérique",
        /// Jeunesse
        Jeunesse => "Jeunesse",
        /// Justice
        Justice => "Justice",
        /// Logement
        Logement => "Logement",
        /// Mer
        Mer => "Mer",
        /// Open-Data
        OpenData => "Open-Data",
        /// Outil technique
        OutilTechnique => "Outil technique",
        /// Patrimoine
        Patrimoine => "Patrimoine",
        /// Santé
        Sante => "Santé",
        /// Sécurité informatique
        SecuriteInformatique => "Sécurité informatique",
        /// Social
        Social => "Social",
        /// Territoires
        Territoires => "Territoires",
        /// Transports
        Transports => "Transports",
        /// Travail / Emploi
        TravailEmploi => "Travail / Emploi",
    }
);

open_list!(
    /// Accessibility compliance (`accessibility_status`, RGAA wording).
    StatutAccessibilite {
        /// totalement conforme
        TotalementConforme => "totalement conforme",
        /// partiellement conforme
        PartiellementConforme => "partiellement conforme",
        /// non conforme
        NonConforme => "non conforme",
    }
);

open_list!(
    /// State of the French design system in the service (`dsfr_status`; free text is accepted).
    StatutDsfr {
        /// Le DSFR est implémenté
        Implemente => "Le DSFR est implémenté",
        /// Le DSFR est implémenté partiellement
        ImplementePartiellement => "Le DSFR est implémenté partiellement",
        /// Refonte prévue
        RefontePrevue => "Refonte prévue",
        /// Service non soumis au DSFR
        NonSoumis => "Service non soumis au DSFR",
    }
);

/// FAST funding block: `{promotion, montant}` (euros).
#[derive(Debug, Clone, PartialEq)]
pub struct Fast {
    /// FAST promotion number.
    pub promotion: i64,
    /// Amount in euros.
    pub montant: i64,
    /// Keys unknown to the module.
    pub extra: ChampsInconnus,
    /// Source order of the keys.
    pub key_order: OrdreCles,
}

/// Impact, statistics and budget links.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LiensImpact {
    /// `stats`: whether a statistics page exists (default URL `link` + `/stats`).
    pub stats: Option<bool>,
    /// `stats_url`.
    pub stats_url: Option<String>,
    /// `impact_url`.
    pub impact_url: Option<String>,
    /// `budget_url`.
    pub budget_url: Option<String>,
    /// `dashlord_url`.
    pub dashlord_url: Option<String>,
    /// `repository`.
    pub repository: Option<String>,
    /// `roadmap_url` (espace-membre).
    pub roadmap_url: Option<String>,
    /// `ecodesign_url` (espace-membre).
    pub ecodesign_url: Option<String>,
    /// `tech_audit_url` (espace-membre).
    pub tech_audit_url: Option<String>,
}

/// Compliance flags.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conformite {
    /// `accessibility_status`.
    pub accessibility_status: Option<StatutAccessibilite>,
    /// `dsfr_status`.
    pub dsfr_status: Option<StatutDsfr>,
    /// `analyse_risques`: a risk analysis exists.
    pub analyse_risques: Option<bool>,
    /// `analyse_risques_url`.
    pub analyse_risques_url: Option<String>,
    /// `mon_service_securise`: registered on ANSSI's `MonServiceSécurisé`.
    pub mon_service_securise: Option<bool>,
    /// `rgpd`: a free map (controller, purposes, data, controls…).
    pub rgpd: Option<Valeur>,
    /// `has_mobile_app`.
    pub has_mobile_app: Option<bool>,
    /// `is_private_url`.
    pub is_private_url: Option<bool>,
}

/// A Startup d'État.
#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    /// File name without `.md`.
    pub id: StartupId,
    /// `title` (API `name`).
    pub title: String,
    /// `mission` (API `pitch`).
    pub mission: String,
    /// `incubator`: the historical single incubator, always present.
    pub incubator: IncubateurId,
    /// `incubators`: written only for co-incubated products.
    pub incubators: Option<Vec<IncubateurId>>,
    /// `contact` (an e-mail address); absent from open exports.
    pub contact: Option<String>,
    /// `link`: always present in the data, possibly `''`.
    pub link: Option<String>,
    /// `phases`, in source order (never empty).
    pub phases: Vec<Phase>,
    /// `events`, when the key is present.
    pub events: Option<Vec<Evenement>>,
    /// `sponsors`, when the key is present.
    pub sponsors: Option<Vec<SponsorRef>>,
    /// `redirect_from`: old paths of the startup page.
    pub redirect_from: Option<Vec<String>>,
    /// `usertypes`.
    pub usertypes: Option<Vec<TypeUsager>>,
    /// `thematiques`.
    pub thematiques: Option<Vec<Thematique>>,
    /// `techno` (free text).
    pub techno: Option<Vec<String>>,
    /// Impact, statistics and budget links.
    pub impact: LiensImpact,
    /// Compliance flags.
    pub conformite: Conformite,
    /// `fast` block.
    pub fast: Option<Fast>,
    /// `robots` (e.g. `noindex`).
    pub robots: Option<String>,
    /// `mailing_list`.
    pub mailing_list: Option<String>,
    /// `contact_dinum` (uuid in espace-membre).
    pub contact_dinum: Option<String>,
    /// `contact_incubator` (uuid in espace-membre).
    pub contact_incubator: Option<String>,
    /// Markdown body after the front-matter, when read from a `.md` file.
    pub body: Option<String>,
    /// Keys unknown to the module.
    pub extra: ChampsInconnus,
    /// Source order of the keys.
    pub key_order: OrdreCles,
}

impl Startup {
    /// A minimal startup, as created by the onboarding of a laureate.
    pub fn new(
        id: StartupId,
        title: String,
        mission: String,
        incubator: IncubateurId,
        phases: Vec<Phase>,
    ) -> Self {
        Startup {
            id,
            title,
            mission,
            incubator,
            incubators: None,
            contact: None,
            link: Some(String::new()),
            phases,
            events: None,
            sponsors: None,
            redirect_from: None,
            usertypes: None,
            thematiques: None,
            techno: None,
            impact: LiensImpact::default(),
            conformite: Conformite::default(),
            fast: None,
            robots: None,
            mailing_list: None,
            contact_dinum: None,
            contact_incubator: None,
            body: None,
            extra: ChampsInconnus::new(),
            key_order: OrdreCles::default(),
        }
    }

    /// The incubators of the startup: `incubators` when written and not empty, else `[incubator]`
    /// (site rule: `incubators` exists only for co-incubation).
    pub fn incubator_ids(&self) -> Vec<&IncubateurId> {
        match &self.incubators {
            Some(list) if !list.is_empty() => list.iter().collect(),
            _ => vec![&self.incubator],
        }
    }

    /// The events, empty when the key is absent.
    pub fn events(&self) -> &[Evenement] {
        self.events.as_deref().unwrap_or(&[])
    }

    /// The sponsors, empty when the key is absent.
    pub fn sponsors(&self) -> &[SponsorRef] {
        self.sponsors.as_deref().unwrap_or(&[])
    }

    /// The statistics URL as published by the v2.7 API: the stored `stats_url`, else `strip(link) + "/stats"` when
    /// `stats` is true, else `""`.
    ///
    /// Liquid treats `''` as true, so the anchor produces `/stats` for an empty link; we reproduce the published
    /// value for compatibility, and the linter flags those startups.
    pub fn published_stats_url(&self) -> String {
        match (&self.impact.stats_url, self.impact.stats) {
            (Some(url), _) if !url.is_empty() => url.clone(),
            (_, Some(true)) => format!("{}/stats", self.link.as_deref().unwrap_or("").trim()),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::phase::PhaseCode;

    fn startup() -> Startup {
        let start = NaiveDate::from_ymd_opt(2018, 1, 1).expect("valid date");
        Startup::new(
            StartupId::parse("camino").expect("id"),
            "Camino".into(),
            "Le cadastre minier numérique".into(),
            IncubateurId::parse("mtes").expect("id"),
            vec![Phase::new(PhaseCode::Investigation, start)],
        )
    }

    #[test]
    fn sponsor_refs_keep_their_written_form() {
        let with = SponsorRef::parse("/organisations/dgaln").expect("valid");
        assert_eq!(with.id.as_str(), "dgaln");
        assert_eq!(with.as_written(), "/organisations/dgaln");
        let without = SponsorRef::parse("dgaln").expect("valid");
        assert_eq!(without.id, with.id);
        assert_eq!(without.as_written(), "dgaln");
    }

    #[test]
    fn incubators_default_to_the_single_incubator() {
        let mut s = startup();
        assert_eq!(s.incubator_ids(), vec![&s.incubator]);
        s.incubators = Some(vec![
            IncubateurId::parse("ademe").expect("id"),
            IncubateurId::parse("mtes").expect("id"),
        ]);
        assert_eq!(s.incubator_ids().len(), 2);
    }

    #[test]
    fn published_stats_url_follows_the_v27_template() {
        let mut s = startup();
        assert_eq!(s.published_stats_url(), "");
        s.impact.stats = Some(true);
        s.link = Some(" https://camino.beta.gouv.fr ".into());
        assert_eq!(s.published_stats_url(), "https://camino.beta.gouv.fr/stats");
        s.impact.stats_url = Some("https://x/stats".into());
        assert_eq!(s.published_stats_url(), "https://x/stats");
    }

    #[test]
    fn open_lists_keep_free_values() {
        assert_eq!(TypeUsager::parse("etat"), TypeUsager::Etat);
        let free = TypeUsager::parse("collégiens ");
        assert!(!free.is_referenced());
        assert_eq!(free.as_str(), "collégiens ");
        assert_eq!(
            Thematique::parse("Travail / Emploi"),
            Thematique::TravailEmploi
        );
    }
}
