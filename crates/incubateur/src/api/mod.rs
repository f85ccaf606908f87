//! Serialisable DTOs shaped like the public endpoints, so that the later web layer only has to route them:
//! - [`v27`]: `GET /api/v2.7/startups.json`, the beta.gouv.fr JSON:API-like document;
//! - [`statistiques`]: `GET /api/v1/incubateur/statistiques/phases` → `[{incubateur, phase, nombre}]`.
//!
//! Domain types are not `Serialize` (CONVENTIONS §3.2): these DTOs are the only serialised shapes.

pub mod statistiques;
pub mod v27;
