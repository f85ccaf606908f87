//! JSON shapes of the public API, with the anchor's Django field names.
//!
//! Existing reusers can switch: aids, and `{count, next, previous, results}` pages. Codes are emitted (underscore
//! form), with labels in the `*_full` fields. The DTOs here are pure; the HTTP handlers are in [`routes`].

pub mod routes;

use chrono::NaiveDate;
use serde::Serialize;

use crate::aide::{Aide, PorteurId};
use crate::perimetres::Relation;
use crate::search::{Facette, Hit, Index, Results};

/// A page of results in the anchor's format.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PageDto<T> {
    /// Number of results over every page.
    pub count: usize,
    /// URL of the next page.
    pub next: Option<String>,
    /// URL of the previous page.
    pub previous: Option<String>,
    /// The results of this page.
    pub results: Vec<T>,
    /// Counts per value of every filter, for the same query (beyond the anchor, which dropped its counter).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facets: Vec<FacetteDto>,
    /// Messages for the caller: caps applied to the query, words ignored.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<String>,
}

/// One value of a facet.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ValeurFacetteDto {
    /// The value as the filter parameter takes it.
    pub code: String,
    /// French label.
    pub label: String,
    /// Number of results with this value.
    pub count: usize,
}

/// Counts per value of one filter (they ignore the filter's own selection).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FacetteDto {
    /// The filter parameter.
    pub parameter: &'static str,
    /// Values with their counts.
    pub values: Vec<ValeurFacetteDto>,
}

fn facette_dto(facette: &Facette) -> FacetteDto {
    FacetteDto {
        parameter: facette.parametre,
        values: facette
            .valeurs
            .iter()
            .map(|v| ValeurFacetteDto {
                code: v.code.clone(),
                label: v.libelle.clone(),
                count: v.nombre,
            })
            .collect(),
    }
}

/// A carrier in `financers_full` / `instructors_full`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PorteurDto {
    /// Identifier.
    pub id: u32,
    /// Name.
    pub name: String,
    /// Logo URL.
    pub logo: Option<String>,
}

/// An aid-type group in `aid_types_full`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupeTypeDto {
    /// Identifier (1-based position in the referential).
    pub id: usize,
    /// Label.
    pub name: &'static str,
}

/// An aid type in `aid_types_full`.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TypeAideDto {
    /// Identifier (1-based position in the referential).
    pub id: usize,
    /// Label.
    pub name: &'static str,
    /// Its group.
    pub group: GroupeTypeDto,
}

/// "Why this aid" (beyond the anchor): perimeter path, matched fields, deadline status.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PourquoiDto {
    /// `same`, `contains` (the aid's perimeter contains the searched one) or `inside`.
    pub perimeter_relation: Option<&'static str>,
    /// Perimeter names from the narrower to the wider.
    pub perimeter_path: Vec<String>,
    /// Django names of the fields the text matched.
    pub matched_fields: Vec<&'static str>,
    /// Deadline status, in French.
    pub deadline_status: String,
    /// Whether the deadline is within 30 days.
    pub is_approaching: bool,
}

/// An aid with the anchor's Django field names.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AideDto {
    /// Django field `id`.
    pub id: u64,
    /// Django field `slug`.
    pub slug: String,
    /// Django field `url`.
    pub url: String,
    /// Django field `name`.
    pub name: String,
    /// Django field `name_initial`.
    pub name_initial: String,
    /// Django field `short_title`.
    pub short_title: String,
    /// Django field `financers`.
    pub financers: Vec<String>,
    /// Django field `financers_full`.
    pub financers_full: Vec<PorteurDto>,
    /// Django field `instructors`.
    pub instructors: Vec<String>,
    /// Django field `instructors_full`.
    pub instructors_full: Vec<PorteurDto>,
    /// Django field `programs`.
    pub programs: Vec<String>,
    /// Django field `description`.
    pub description: String,
    /// Django field `eligibility`.
    pub eligibility: String,
    /// Django field `perimeter`.
    pub perimeter: Option<String>,
    /// Django field `perimeter_scale`.
    pub perimeter_scale: Option<&'static str>,
    /// Django field `mobilization_steps`.
    pub mobilization_steps: Vec<&'static str>,
    /// Django field `origin_url`.
    pub origin_url: String,
    /// Django field `categories`.
    pub categories: Vec<String>,
    /// Django field `is_call_for_project`.
    pub is_call_for_project: bool,
    /// Django field `application_url`.
    pub application_url: String,
    /// Django field `targeted_audiences`.
    pub targeted_audiences: Vec<&'static str>,
    /// Django field `aid_types`.
    pub aid_types: Vec<&'static str>,
    /// Django field `aid_types_full`.
    pub aid_types_full: Vec<TypeAideDto>,
    /// Django field `is_charged`.
    pub is_charged: bool,
    /// Django field `destinations`.
    pub destinations: Vec<&'static str>,
    /// Django field `start_date`.
    pub start_date: Option<String>,
    /// Django field `predeposit_date`.
    pub predeposit_date: Option<String>,
    /// Django field `submission_deadline`.
    pub submission_deadline: Option<String>,
    /// Django field `subvention_rate_lower_bound`.
    pub subvention_rate_lower_bound: Option<u8>,
    /// Django field `subvention_rate_upper_bound`.
    pub subvention_rate_upper_bound: Option<u8>,
    /// Django field `subvention_comment`.
    pub subvention_comment: String,
    /// Django field `loan_amount`.
    pub loan_amount: Option<u64>,
    /// Django field `recoverable_advance_amount`.
    pub recoverable_advance_amount: Option<u64>,
    /// Django field `contact`.
    pub contact: String,
    /// Django field `recurrence`.
    pub recurrence: Option<&'static str>,
    /// Django field `project_examples`.
    pub project_examples: String,
    /// Django field `import_data_url`.
    pub import_data_url: Option<String>,
    /// Django field `import_data_mention`.
    pub import_data_mention: Option<String>,
    /// Django field `import_share_licence`.
    pub import_share_licence: Option<&'static str>,
    /// Django field `date_created`.
    pub date_created: String,
    /// Django field `date_updated`.
    pub date_updated: String,
    /// Projets référents are not modelled yet: always empty, kept for the anchor's shape.
    pub project_references: Vec<String>,
    /// Django field `european_aid`.
    pub european_aid: Option<&'static str>,
    /// Django field `is_live`: published and open today.
    pub is_live: bool,
    /// Present in search results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<PourquoiDto>,
}

fn porteurs(index: &Index, ids: &[PorteurId]) -> (Vec<String>, Vec<PorteurDto>) {
    ids.iter()
        .filter_map(|id| index.porteur(*id))
        .map(|p| {
            (
                p.nom.clone(),
                PorteurDto {
                    id: p.id.0,
                    name: p.nom.clone(),
                    logo: p.logo.clone(),
                },
            )
        })
        .unzip()
}

fn jour(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

/// The DTO of an aid; `aujourdhui` decides `is_live`.
pub fn aide_dto(aide: &Aide, index: &Index, aujourdhui: NaiveDate) -> AideDto {
    use crate::referentiels::{GroupeTypeAide, TypeAide};
    let (financers, financers_full) = porteurs(index, &aide.financers);
    let (instructors, instructors_full) = porteurs(index, &aide.instructors);
    let perimetre = aide.perimeter.and_then(|p| index.perimetres().get(p));
    let position =
        |all: &[TypeAide], t: &TypeAide| all.iter().position(|v| v == t).unwrap_or_default() + 1;
    let position_groupe = |g: &GroupeTypeAide| {
        GroupeTypeAide::ALL
            .iter()
            .position(|v| v == g)
            .unwrap_or_default()
            + 1
    };
    AideDto {
        id: aide.id.0,
        slug: aide.slug.clone(),
        url: format!("/aides/{}/", aide.slug),
        name: aide.name.clone(),
        name_initial: aide.name_initial.clone(),
        short_title: aide.short_title.clone(),
        financers,
        financers_full,
        instructors,
        instructors_full,
        programs: aide
            .programs
            .iter()
            .filter_map(|id| index.programme(*id))
            .map(|p| p.nom.clone())
            .collect(),
        description: aide.description.clone(),
        eligibility: aide.eligibility.clone(),
        perimeter: perimetre.map(|p| p.nom.clone()),
        perimeter_scale: perimetre.map(|p| p.echelle.label()),
        mobilization_steps: aide.mobilization_steps.iter().map(|v| v.code()).collect(),
        origin_url: aide.origin_url.clone(),
        categories: aide
            .categories
            .iter()
            .filter_map(|c| index.catalogue().thematiques.libelle_django(*c))
            .collect(),
        is_call_for_project: aide.is_call_for_project,
        application_url: aide.application_url.clone(),
        targeted_audiences: aide.targeted_audiences.iter().map(|v| v.code()).collect(),
        aid_types: aide.aid_types.iter().map(|v| v.code()).collect(),
        aid_types_full: aide
            .aid_types
            .iter()
            .map(|t| TypeAideDto {
                id: position(TypeAide::ALL, t),
                name: t.label(),
                group: GroupeTypeDto {
                    id: position_groupe(&t.groupe()),
                    name: t.groupe().label(),
                },
            })
            .collect(),
        is_charged: aide.is_charged,
        destinations: aide.destinations.iter().map(|v| v.code()).collect(),
        start_date: jour(aide.start_date),
        predeposit_date: jour(aide.predeposit_date),
        submission_deadline: jour(aide.submission_deadline),
        subvention_rate_lower_bound: aide.subvention_rate.min,
        subvention_rate_upper_bound: aide.subvention_rate.max,
        subvention_comment: aide.subvention_comment.clone(),
        loan_amount: aide.loan_amount,
        recoverable_advance_amount: aide.recoverable_advance_amount,
        contact: aide.contact.clone(),
        recurrence: aide.recurrence.map(|r| r.code()),
        project_examples: aide.project_examples.clone(),
        import_data_url: aide.import.as_ref().map(|i| i.data_url.clone()),
        import_data_mention: aide.import.as_ref().map(|i| i.data_mention.clone()),
        import_share_licence: aide.import.as_ref().map(|i| i.licence.code()),
        date_created: aide.date_created.to_rfc3339(),
        date_updated: aide.date_updated.to_rfc3339(),
        project_references: Vec::new(),
        european_aid: aide.european_aid.map(|e| e.code()),
        is_live: aide.est_en_ligne(aujourdhui),
        why: None,
    }
}

fn pourquoi_dto(hit: &Hit, index: &Index) -> PourquoiDto {
    let chemin = hit.pourquoi.perimetre.as_ref();
    PourquoiDto {
        perimeter_relation: chemin.map(|c| match c.relation {
            Relation::Identique => "same",
            Relation::Contient => "contains",
            Relation::EstContenu => "inside",
        }),
        perimeter_path: chemin
            .map(|c| {
                c.etapes
                    .iter()
                    .filter_map(|id| index.perimetres().get(*id))
                    .map(|p| p.nom.clone())
                    .collect()
            })
            .unwrap_or_default(),
        matched_fields: hit.pourquoi.champs.clone(),
        deadline_status: hit.pourquoi.echeance.libelle(),
        is_approaching: hit.pourquoi.echeance.est_proche(),
    }
}

/// The URL of page `page` of the search `params` under `base` (other parameters kept, in order).
pub fn url_de_page(base: &str, params: &[(String, String)], page: usize) -> String {
    let mut paires: Vec<(&str, String)> = params
        .iter()
        .filter(|(cle, _)| cle != "page")
        .map(|(cle, valeur)| (cle.as_str(), valeur.clone()))
        .collect();
    if page > 1 {
        paires.push(("page", page.to_string()));
    }
    match serde_urlencoded::to_string(&paires) {
        Ok(requete) if !requete.is_empty() => format!("{base}?{requete}"),
        _ => base.to_owned(),
    }
}

/// The page of results in the anchor's format, with "why this aid" on each result.
pub fn page_aides(
    resultats: &Results,
    index: &Index,
    base: &str,
    params: &[(String, String)],
    aujourdhui: NaiveDate,
) -> PageDto<AideDto> {
    let suivante = resultats.page.saturating_mul(resultats.taille) < resultats.total;
    PageDto {
        count: resultats.total,
        next: suivante.then(|| url_de_page(base, params, resultats.page + 1)),
        previous: (resultats.page > 1).then(|| url_de_page(base, params, resultats.page - 1)),
        results: resultats
            .hits
            .iter()
            .map(|hit| AideDto {
                why: Some(pourquoi_dto(hit, index)),
                ..aide_dto(&hit.aide, index, aujourdhui)
            })
            .collect(),
        facets: resultats.facettes.iter().map(facette_dto).collect(),
        messages: resultats.avertissements.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_url_replaces_the_page_and_keeps_the_rest() {
        let params = vec![
            ("text".to_owned(), "eau potable".to_owned()),
            ("page".to_owned(), "2".to_owned()),
            ("perimeter".to_owned(), "insee:34172".to_owned()),
        ];
        assert_eq!(
            url_de_page("/api/v1/aides/", &params, 3),
            "/api/v1/aides/?text=eau+potable&perimeter=insee%3A34172&page=3"
        );
        assert_eq!(
            url_de_page("/api/v1/aides/", &params, 1),
            "/api/v1/aides/?text=eau+potable&perimeter=insee%3A34172"
        );
        assert_eq!(url_de_page("/a/", &[], 1), "/a/");
    }
}
