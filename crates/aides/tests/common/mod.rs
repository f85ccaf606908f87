//! Helpers shared by the acceptance tests: where the real data lives and how to skip without it.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use aides::import::territoires::{self, Territoires};
use aides::perimetres::Perimetres;

/// The shared data folder, or `None` (with a visible message) when it is absent. With
/// `FABRIQUE_REQUIRE_SHARED_DATA=1` an absent folder is a failure, as in CI.
pub fn donnees(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/aides"
    ));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("FABRIQUE_REQUIRE_SHARED_DATA").as_deref() == Ok("1") {
        panic!(
            "{test}: {} absent alors que FABRIQUE_REQUIRE_SHARED_DATA=1",
            dir.display()
        );
    }
    eprintln!("skipped: {test}: {} absent", dir.display());
    None
}

/// Reads a file of the shared folder as text.
pub fn lire(dir: &std::path::Path, nom: &str) -> String {
    std::fs::read_to_string(dir.join(nom)).unwrap_or_else(|e| panic!("lecture de {nom}: {e}"))
}

/// The COG 2026 territories of the shared folder.
pub fn territoires(dir: &std::path::Path) -> Territoires {
    let mut communes =
        territoires::lire_communes(lire(dir, "communes-2026-dep01-49.csv").as_bytes())
            .expect("communes 01-49");
    communes.extend(
        territoires::lire_communes(lire(dir, "communes-2026-dep50-976.csv").as_bytes())
            .expect("communes 50-976"),
    );
    Territoires {
        regions: territoires::lire_regions(&lire(dir, "regions-2026.json")).expect("régions"),
        departements: territoires::lire_departements(&lire(dir, "departements-2026.json"))
            .expect("départements"),
        epci: territoires::lire_epci(lire(dir, "epci-2026.csv").as_bytes()).expect("EPCI"),
        communes,
    }
}

/// The perimeter graph of the real COG 2026, built once per test binary.
pub fn perimetres_reels(dir: &std::path::Path) -> Arc<Perimetres> {
    static GRAPH: OnceLock<Arc<Perimetres>> = OnceLock::new();
    GRAPH
        .get_or_init(|| {
            Arc::new(Perimetres::depuis_territoires(&territoires(dir)).expect("graphe"))
        })
        .clone()
}

/// A published, open aid on `perimetre`, complete enough to pass validation.
pub fn aide_publiee(
    id: u64,
    nom: &str,
    perimetre: Option<aides::perimetres::PerimetreId>,
) -> aides::aide::Aide {
    use aides::aide::{Aide, AideId, PorteurId};
    use aides::referentiels::{Public, Recurrence, StatutAide, TypeAide};
    let instant = chrono::DateTime::<chrono::Utc>::from_timestamp(1_600_000_000 + id as i64, 0)
        .expect("instant");
    let mut aide = Aide::brouillon(AideId(id), nom, instant);
    aide.description = format!("Description de l'aide {id}.");
    aide.perimeter = perimetre;
    aide.targeted_audiences = vec![Public::Commune];
    aide.aid_types = vec![TypeAide::Grant];
    aide.financers = vec![PorteurId(1)];
    aide.recurrence = Some(Recurrence::Ongoing);
    aide.status = StatutAide::Published;
    aide.date_published = Some(instant);
    aide
}

/// A catalogue with one carrier (id 1) and the standard themes.
pub fn catalogue() -> aides::search::Catalogue {
    use aides::aide::{PorteurAide, PorteurId};
    aides::search::Catalogue {
        porteurs: vec![PorteurAide::new(PorteurId(1), "ADEME")],
        programmes: Vec::new(),
        thematiques: aides::referentiels::Thematiques::standard(),
        listes_synonymes: Vec::new(),
    }
}
