//! La Fabrique numérique as a library: the list of modules and the command line, so that the integration and
//! browser tests start exactly what the binary starts.
//!
//! Architecture invariant: this is the only crate that knows every module.

pub mod cli;

pub use cli::modules;
