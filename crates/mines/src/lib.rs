//! Module `mines` of La Fabrique: the mining cadastre and the instruction of mining procedures (anchor: Camino).
//!
//! This crate holds the pure domain: reference tables ([`referentiels`]), the procedure engine ([`domain`]),
//! generic geometry ([`geo`]), perimeter import ([`perimetre`]) and the replay of machine cases ([`rejeu`]).
//! Architecture invariant: no database, no HTTP, no async here; the store, web and API layers are built on top.

pub mod domain;
pub mod geo;
pub mod perimetre;
pub mod referentiels;
pub mod rejeu;
