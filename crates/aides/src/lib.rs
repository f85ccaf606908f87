//! Module `aides` of La Fabrique: the aids (funding, engineering) a collectivité can get for its
//! territory and project — the Aides-territoires service.
//!
//! This crate holds the pure domain and the search engine; it does no I/O besides parsing what it
//! is given:
//! - [`referentiels`]: every enumeration of the spec with its French labels;
//! - [`perimetres`]: the perimeter graph (communes → Europe, basins, ad-hoc) and its matching rule;
//! - [`aide`]: aids, backers, programs, the review workflow and the deadline rules;
//! - [`search`]: the in-memory tantivy index, query parsing and "why this aid";
//! - [`api`]: result DTOs with the anchor's Django field names;
//! - [`import`]: pure parsers of the feeds and open data (ADEME Agir, Fonds vert, COG files);
//! - [`alertes`]: saved-search alerts, deadline reminders and iCal.
//!
//! Architecture invariant: no database, HTTP or async here; the store, web and API layers are added
//! on top and call these functions.

pub mod aide;
pub mod alertes;
pub mod api;
pub mod import;
pub mod perimetres;
pub mod referentiels;
pub mod search;
pub mod texte;
