//! Links from the startups of the first call to the services of La Fabrique that continue them.
//!
//! Architecture invariant: these links are data — a startup id and a path — never an import of another module's
//! crate. A link shows only when a module with that path is registered in the running program.

use socle::AppState;

/// Startup id → path of the module of La Fabrique that continues it.
pub const LIENS_MODULES: &[(&str, &str)] = &[
    ("aides-territoires", "/aides"),
    ("camino", "/mines"),
    ("aeris", "/emissions"),
    ("assec", "/secheresse"),
    ("dossierfacile", "/locatif"),
    ("a-dock", "/fret"),
    ("cobot", "/contributions"),
];

/// The path of the module continuing a startup, when one exists in this program.
pub fn module_de(startup: &str) -> Option<&'static str> {
    LIENS_MODULES
        .iter()
        .find(|(id, _)| *id == startup)
        .map(|(_, href)| *href)
}

/// The module continuing a startup as (title, path), when that module is registered.
pub fn module_enregistre(app: &AppState, startup: &str) -> Option<(&'static str, &'static str)> {
    let href = module_de(startup)?;
    app.module_infos()
        .iter()
        .find(|info| info.href == href)
        .map(|info| (info.title, info.href))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seven_laureates_have_a_module_path() {
        assert_eq!(LIENS_MODULES.len(), 7);
        assert_eq!(module_de("camino"), Some("/mines"));
        assert_eq!(module_de("data.etat"), None);
    }
}
