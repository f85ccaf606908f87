//! Search queries: the [`Query`] value and its parsing from the anchor's Django query parameters
//! (plus the Symfony aliases), with the caps on text size.

use chrono::{DateTime, NaiveDate, Utc};

use crate::aide::{AideId, PorteurId, ProgrammeId};
use crate::perimetres::{PerimetreError, PerimetreRef};
use crate::referentiels::{
    AideEuropeenne, Destination, EtapeMobilisation, GroupeTypeAide, Public, Recurrence, Tri,
    TypeAide,
};
use crate::texte::couper;

/// Longest text accepted, in characters; longer text is cut with a message.
pub const MAX_CARACTERES: usize = 10_000;
/// Most terms accepted in a text; further terms are dropped with a message.
pub const MAX_TERMES: usize = 40;
/// Default page size (the anchor's).
pub const TAILLE_PAR_DEFAUT: usize = 50;
/// Largest page size.
pub const TAILLE_MAX: usize = 1000;

/// Errors of a search request; each names the parameter and the value at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RechercheError {
    /// A parameter the API does not know (never silently ignored).
    #[error("Paramètre inconnu : « {0} ».")]
    ParametreInconnu(String),
    /// A value outside the parameter's referential.
    #[error("Valeur « {valeur} » inconnue pour le paramètre « {parametre} ».")]
    ValeurInconnue {
        /// Parameter name.
        parametre: &'static str,
        /// The value.
        valeur: String,
    },
    /// A malformed date.
    #[error("Date « {valeur} » invalide pour le paramètre « {parametre} » : attendu AAAA-MM-JJ.")]
    DateInvalide {
        /// Parameter name.
        parametre: &'static str,
        /// The value.
        valeur: String,
    },
    /// A malformed or unknown perimeter.
    #[error(transparent)]
    Perimetre(#[from] PerimetreError),
    /// The index failed (a bug, not bad input).
    #[error("Erreur interne de l'index de recherche : {0}")]
    Index(String),
}

/// The `european_aid` filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiltreEuropeen {
    /// Any European aid (`all`).
    Toutes,
    /// One kind.
    Type(AideEuropeenne),
}

/// A search over published aids. Every list is an OR of its values; filters are combined with AND.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// Free text (space = AND, comma = OR), or a synonym list as `{id}-{slug}`; already capped.
    pub texte: Option<String>,
    /// Searched perimeter.
    pub perimetre: Option<PerimetreRef>,
    /// `targeted_audiences`.
    pub publics: Vec<Public>,
    /// `aid_type`: a group of aid types.
    pub groupe_type: Option<GroupeTypeAide>,
    /// `financial_aids` and `technical_aids`: types within the groups.
    pub types: Vec<TypeAide>,
    /// `mobilization_step`.
    pub etapes: Vec<EtapeMobilisation>,
    /// `destinations`.
    pub destinations: Vec<Destination>,
    /// `recurrence`.
    pub recurrence: Option<Recurrence>,
    /// `call_for_projects_only`.
    pub appels_a_projets: bool,
    /// `is_charged`: `None` for both.
    pub payante: Option<bool>,
    /// `european_aid`.
    pub europeenne: Option<FiltreEuropeen>,
    /// `in_france_relance=true`; any false value leaves the filter off.
    pub france_relance: bool,
    /// `backers` (financers or instructors).
    pub porteurs: Vec<PorteurId>,
    /// `programs`.
    pub programmes: Vec<ProgrammeId>,
    /// `themes`, as slugs.
    pub thematiques: Vec<String>,
    /// `categories`, as slugs (`slug` or `theme-slug|slug`).
    pub categories: Vec<String>,
    /// `apply_before`: deadline on or before this day (aids without deadline excluded).
    pub cloture_avant: Option<NaiveDate>,
    /// `published_after`: first published on or after this day (Europe/Paris).
    pub publiee_depuis: Option<NaiveDate>,
    /// First published at or after this instant (alerts).
    pub publiee_depuis_instant: Option<DateTime<Utc>>,
    /// `order_by`.
    pub tri: Tri,
    /// 1-based page.
    pub page: usize,
    /// Page size.
    pub taille: usize,
    /// Aids a portail highlights: listed first when sorting without text.
    pub mises_en_avant: Vec<AideId>,
    /// "Today" (Europe/Paris), fixed once per request; `None` = computed by the search.
    pub aujourdhui: Option<NaiveDate>,
    /// Messages for the user (caps applied).
    pub avertissements: Vec<String>,
    /// Skip the facet counts (alert runs need only the results).
    pub sans_facettes: bool,
}

impl Default for Query {
    fn default() -> Query {
        Query {
            texte: None,
            perimetre: None,
            publics: Vec::new(),
            groupe_type: None,
            types: Vec::new(),
            etapes: Vec::new(),
            destinations: Vec::new(),
            recurrence: None,
            appels_a_projets: false,
            payante: None,
            europeenne: None,
            france_relance: false,
            porteurs: Vec::new(),
            programmes: Vec::new(),
            thematiques: Vec::new(),
            categories: Vec::new(),
            cloture_avant: None,
            publiee_depuis: None,
            publiee_depuis_instant: None,
            tri: Tri::Relevance,
            page: 1,
            taille: TAILLE_PAR_DEFAUT,
            mises_en_avant: Vec::new(),
            aujourdhui: None,
            avertissements: Vec::new(),
            sans_facettes: false,
        }
    }
}

impl Query {
    /// Sets the text, applying the caps (10,000 characters, 40 terms) with a message each.
    pub fn avec_texte(mut self, texte: &str) -> Query {
        let mut texte = texte.trim();
        if texte.chars().count() > MAX_CARACTERES {
            texte = couper(texte, MAX_CARACTERES);
            self.avertissements.push(format!(
                "Le texte recherché dépasse {MAX_CARACTERES} caractères : seuls les {MAX_CARACTERES} premiers sont pris en compte."
            ));
        }
        let coupure = mots(texte).nth(MAX_TERMES).map(|(position, _)| position);
        if let Some(fin) = coupure {
            texte = texte[..fin].trim_end_matches([',', ' ']).trim();
            self.avertissements.push(format!(
                "Le texte recherché compte plus de {MAX_TERMES} termes : seuls les {MAX_TERMES} premiers sont pris en compte."
            ));
        }
        self.texte = (!texte.is_empty()).then(|| texte.to_owned());
        self
    }
}

/// The words of `texte` with their byte offsets (separators: whitespace and commas).
fn mots(texte: &str) -> impl Iterator<Item = (usize, &str)> {
    texte
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|mot| !mot.is_empty())
        .map(move |mot| (mot.as_ptr() as usize - texte.as_ptr() as usize, mot))
}

/// Splits a text into OR groups (commas) of AND terms (spaces).
pub fn groupes_de_termes(texte: &str) -> Vec<Vec<&str>> {
    texte
        .split(',')
        .map(|groupe| groupe.split_whitespace().collect::<Vec<_>>())
        .filter(|groupe| !groupe.is_empty())
        .collect()
}

fn vrai(valeur: &str) -> Option<bool> {
    match valeur.trim().to_lowercase().as_str() {
        "true" | "1" | "on" | "oui" | "yes" => Some(true),
        "false" | "0" | "off" | "non" | "no" => Some(false),
        _ => None,
    }
}

fn identifiant(valeur: &str) -> Option<u32> {
    let tete = valeur.trim().split('-').next().unwrap_or_default();
    if tete.is_empty() || !tete.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    tete.parse().ok()
}

fn date(parametre: &'static str, valeur: &str) -> Result<NaiveDate, RechercheError> {
    NaiveDate::parse_from_str(valeur.trim(), "%Y-%m-%d").map_err(|_| RechercheError::DateInvalide {
        parametre,
        valeur: valeur.to_owned(),
    })
}

fn code<T>(
    parametre: &'static str,
    valeur: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, RechercheError> {
    parse(valeur).ok_or_else(|| RechercheError::ValeurInconnue {
        parametre,
        valeur: valeur.to_owned(),
    })
}

/// Parses the anchor's Django query parameters (and the Symfony aliases) into a [`Query`].
///
/// Lists accept repeated keys and comma-separated values. Empty values are ignored, as HTML
/// forms send them. Unknown parameters and values are errors naming them; nothing is silently
/// dropped. Backer, program, theme and category values are checked against the catalogue by the
/// search itself.
pub fn parse_query(params: &[(String, String)]) -> Result<Query, RechercheError> {
    let mut query = Query::default();
    let mut texte: Option<String> = None;
    for (cle, valeur) in params {
        let valeur = valeur.trim();
        if valeur.is_empty() {
            continue;
        }
        let valeurs = || valeur.split(',').map(str::trim).filter(|v| !v.is_empty());
        match cle.as_str() {
            "text" | "keyword" => {
                texte = Some(match texte.take() {
                    Some(avant) => format!("{avant}, {valeur}"),
                    None => valeur.to_owned(),
                });
            }
            "perimeter" | "perimeter_id" => query.perimetre = Some(PerimetreRef::parse(valeur)?),
            "targeted_audiences" | "organization_type_slugs" => {
                for v in valeurs() {
                    query
                        .publics
                        .push(code("targeted_audiences", v, Public::from_code)?);
                }
            }
            "aid_type" | "aid_type_group_slug" => {
                query.groupe_type = Some(code("aid_type", valeur, |v| {
                    // The anchor's form uses `financial`/`technical` as well as the group codes.
                    GroupeTypeAide::from_code(v)
                        .or_else(|| GroupeTypeAide::from_code(&format!("{v}_group")))
                })?);
            }
            "financial_aids" | "technical_aids" | "aid_type_slugs" => {
                let parametre = if cle == "technical_aids" {
                    "technical_aids"
                } else {
                    "financial_aids"
                };
                for v in valeurs() {
                    let type_aide = code(parametre, v, TypeAide::from_code)?;
                    let attendu = match cle.as_str() {
                        "financial_aids" => Some(GroupeTypeAide::FinancialGroup),
                        "technical_aids" => Some(GroupeTypeAide::TechnicalGroup),
                        _ => None,
                    };
                    if attendu.is_some_and(|groupe| groupe != type_aide.groupe()) {
                        return Err(RechercheError::ValeurInconnue {
                            parametre,
                            valeur: v.to_owned(),
                        });
                    }
                    query.types.push(type_aide);
                }
            }
            "mobilization_step" | "mobilization_steps" | "aid_step_slugs" => {
                for v in valeurs() {
                    query
                        .etapes
                        .push(code("mobilization_step", v, EtapeMobilisation::from_code)?);
                }
            }
            "destinations" | "aid_destination_slugs" => {
                for v in valeurs() {
                    query
                        .destinations
                        .push(code("destinations", v, Destination::from_code)?);
                }
            }
            "recurrence" | "aid_recurrence_slug" => {
                query.recurrence = Some(code("recurrence", valeur, Recurrence::from_code)?);
            }
            "call_for_projects_only" => {
                query.appels_a_projets = code("call_for_projects_only", valeur, vrai)?;
            }
            "is_charged" => {
                query.payante = match valeur {
                    "all" => None,
                    v => Some(code("is_charged", v, vrai)?),
                };
            }
            "european_aid" => {
                query.europeenne = Some(match valeur {
                    "all" => FiltreEuropeen::Toutes,
                    v => FiltreEuropeen::Type(code("european_aid", v, AideEuropeenne::from_code)?),
                });
            }
            "in_france_relance" => {
                query.france_relance = code("in_france_relance", valeur, vrai)?;
            }
            "backers" | "backer_ids" => {
                for v in valeurs() {
                    query
                        .porteurs
                        .push(PorteurId(code("backers", v, identifiant)?));
                }
            }
            "programs" | "programIds" => {
                for v in valeurs() {
                    query
                        .programmes
                        .push(ProgrammeId(code("programs", v, identifiant)?));
                }
            }
            "themes" => query.thematiques.extend(valeurs().map(str::to_owned)),
            "categories" => query.categories.extend(valeurs().map(str::to_owned)),
            "apply_before" => query.cloture_avant = Some(date("apply_before", valeur)?),
            "published_after" => query.publiee_depuis = Some(date("published_after", valeur)?),
            "order_by" | "orderBy" => query.tri = code("order_by", valeur, Tri::from_code)?,
            "page" => {
                query.page = code("page", valeur, |v| {
                    v.parse::<usize>().ok().filter(|p| *p >= 1)
                })?;
            }
            "size" | "itemsPerPage" => {
                let taille = code("size", valeur, |v| {
                    v.parse::<usize>().ok().filter(|t| *t >= 1)
                })?;
                if taille > TAILLE_MAX {
                    query.avertissements.push(format!(
                        "La taille de page est limitée à {TAILLE_MAX} résultats."
                    ));
                }
                query.taille = taille.min(TAILLE_MAX);
            }
            "version" => {
                code("version", valeur, |v| {
                    matches!(v, "1.0" | "1.1" | "1.2" | "1.3" | "1.4" | "1.5" | "1.6").then_some(())
                })?;
            }
            autre => return Err(RechercheError::ParametreInconnu(autre.to_owned())),
        }
    }
    if let Some(texte) = texte {
        query = query.avec_texte(&texte);
    }
    Ok(query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn django_parameters_parse() {
        let query = parse_query(&params(&[
            ("text", "rénovation énergétique"),
            ("perimeter", "insee:34172"),
            ("targeted_audiences", "commune"),
            ("targeted_audiences", "epci,public-org"),
            ("aid_type", "financial_group"),
            ("financial_aids", "grant"),
            ("mobilization_step", "preop"),
            ("call_for_projects_only", "Oui"),
            ("is_charged", "False"),
            ("backers", "12-ademe"),
            ("published_after", "2020-09-01"),
            ("order_by", "submission_deadline"),
            ("in_france_relance", "false"),
            ("page", "2"),
            ("size", "20"),
        ]))
        .expect("requête");
        assert_eq!(query.texte.as_deref(), Some("rénovation énergétique"));
        assert_eq!(query.perimetre, Some(PerimetreRef::Insee("34172".into())));
        assert_eq!(
            query.publics,
            vec![Public::Commune, Public::Epci, Public::PublicOrg]
        );
        assert_eq!(query.groupe_type, Some(GroupeTypeAide::FinancialGroup));
        assert_eq!(query.types, vec![TypeAide::Grant]);
        assert!(query.appels_a_projets);
        assert_eq!(query.payante, Some(false));
        assert_eq!(query.porteurs, vec![PorteurId(12)]);
        assert_eq!(query.tri, Tri::SubmissionDeadline);
        assert!(!query.france_relance);
        assert_eq!((query.page, query.taille), (2, 20));
    }

    #[test]
    fn unknown_parameter_and_value_are_named() {
        let erreur = parse_query(&params(&[("nimportequoi", "1")])).expect_err("inconnu");
        assert_eq!(erreur.to_string(), "Paramètre inconnu : « nimportequoi ».");
        let erreur =
            parse_query(&params(&[("targeted_audiences", "martiens")])).expect_err("valeur");
        assert!(erreur.to_string().contains("« martiens »"));
        let erreur = parse_query(&params(&[("financial_aids", "technical_engineering")]))
            .expect_err("mauvais groupe");
        assert!(erreur.to_string().contains("technical_engineering"));
        assert!(parse_query(&params(&[("perimeter", "insee:3417")])).is_err());
        assert!(parse_query(&params(&[("published_after", "03/09/2020")])).is_err());
    }

    #[test]
    fn empty_values_are_ignored() {
        let query = parse_query(&params(&[("text", ""), ("perimeter", " ")])).expect("vide");
        assert_eq!(query, Query::default());
    }

    #[test]
    fn more_than_40_terms_are_capped_with_a_message() {
        let texte = (1..=50)
            .map(|i| format!("mot{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let query = parse_query(&params(&[("text", &texte)])).expect("requête");
        let garde = query.texte.unwrap_or_default();
        assert_eq!(garde.split_whitespace().count(), MAX_TERMES);
        assert!(garde.ends_with("mot40"));
        assert_eq!(query.avertissements.len(), 1);
    }

    #[test]
    fn more_than_10000_characters_are_capped_with_a_message() {
        let texte = "é".repeat(MAX_CARACTERES + 5);
        let query = Query::default().avec_texte(&texte);
        assert_eq!(query.texte.map(|t| t.chars().count()), Some(MAX_CARACTERES));
        assert_eq!(query.avertissements.len(), 1);
    }

    #[test]
    fn commas_make_or_groups_of_and_terms() {
        assert_eq!(
            groupes_de_termes("dépollution temps, soleil ,,"),
            vec![vec!["dépollution", "temps"], vec!["soleil"]]
        );
    }

    #[test]
    fn size_over_1000_is_capped() {
        let query = parse_query(&params(&[("size", "5000")])).expect("requête");
        assert_eq!(query.taille, TAILLE_MAX);
        assert!(!query.avertissements.is_empty());
    }

    proptest! {
        #[test]
        fn capped_text_never_exceeds_the_limits(mots in proptest::collection::vec("[a-zé]{1,8}", 0..80)) {
            let query = Query::default().avec_texte(&mots.join(" "));
            let texte = query.texte.unwrap_or_default();
            prop_assert!(texte.split_whitespace().count() <= MAX_TERMES);
            prop_assert!(texte.chars().count() <= MAX_CARACTERES);
        }
    }
}
