//! Helpers shared by the acceptance tests: locating `../shared/data/mines` relative to the crate.

use std::path::PathBuf;

/// Path of the shared acceptance data, relative to the crate so that a fresh clone beside `shared/` finds it.
const SHARED_DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/mines");

/// Returns the shared data folder, or `None` after printing a visible skip message when it is absent.
///
/// With `FABRIQUE_REQUIRE_SHARED_DATA=1` (CI) an absent folder is a failure, not a skip.
#[allow(
    dead_code,
    reason = "each test binary uses its own subset of these helpers"
)]
pub fn shared_data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(SHARED_DATA);
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var("FABRIQUE_REQUIRE_SHARED_DATA").as_deref() != Ok("1"),
        "../shared/data/mines est absent alors que FABRIQUE_REQUIRE_SHARED_DATA=1"
    );
    println!("skipped: ../shared/data/mines absent");
    None
}
