//! Benchmark of the acceptance path (spec §6 "import + oracles + linter", target < 1 s on one core): parse the
//! 662 startups, 143 organisations and 23 incubators, compute both phase statistics and the starts per year, and
//! run the linter. A second case parses the same startups as 662 Markdown front-matter files.
//!
//! Run: `cargo bench -p incubateur --bench import`.

use std::collections::HashSet;
use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use incubateur::api::statistiques::phase_statistics;
use incubateur::domain::linter::lint;
use incubateur::domain::regles_phase::phase_starts_by_year;
use incubateur::export::{export_startup_markdown, startup_file_name};
use incubateur::import::{self, ImportOptions};

struct Inputs {
    startups: String,
    organisations: String,
    incubateurs: String,
}

fn inputs() -> Option<Inputs> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/incubateur"
    ));
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
    let found = Some(Inputs {
        startups: read("startups_frontmatter.json")?,
        organisations: read("organisations.json")?,
        incubateurs: read("incubators.json")?,
    });
    if found.is_none() {
        let _ = writeln!(std::io::stderr(), "skipped: {} absent", dir.display());
    }
    found
}

fn full_path(inputs: &Inputs, clock: NaiveDate) -> usize {
    let options = ImportOptions::default();
    let Ok(startups) = import::parse_startups_fixture_json(
        "startups_frontmatter.json",
        &inputs.startups,
        &options,
    ) else {
        return 0;
    };
    let Ok(organisations) =
        import::parse_organisations_json("organisations.json", &inputs.organisations)
    else {
        return 0;
    };
    let Ok(incubateurs) = import::parse_incubateurs_json("incubators.json", &inputs.incubateurs)
    else {
        return 0;
    };
    let known: HashSet<_> = organisations.items.iter().map(|o| o.id.clone()).collect();
    let current = phase_statistics(&startups.items, None);
    let as_of = phase_statistics(&startups.items, Some(clock));
    let years = phase_starts_by_year(&startups.items);
    let report = lint(&startups.items, clock, Some(&known));
    current.len() + as_of.len() + years.len() + report.overlapping.len() + incubateurs.items.len()
}

fn bench_import(c: &mut Criterion) {
    let Some(inputs) = inputs() else { return };
    let Some(clock) = NaiveDate::from_ymd_opt(2026, 8, 20) else {
        return;
    };
    c.bench_function(
        "import 662 startups + 143 organisations + 23 incubators, oracles and linter",
        |b| b.iter(|| black_box(full_path(black_box(&inputs), clock))),
    );
    let options = ImportOptions::default();
    let Ok(lot) = import::parse_startups_fixture_json(
        "startups_frontmatter.json",
        &inputs.startups,
        &options,
    ) else {
        return;
    };
    let files: Vec<(String, String)> = lot
        .items
        .iter()
        .map(|s| (startup_file_name(s), export_startup_markdown(s)))
        .collect();
    c.bench_function("parse 662 Markdown front-matter files", |b| {
        b.iter(|| {
            let parsed = import::parse_startups_markdown(
                files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
                &options,
            );
            black_box(parsed.map(|lot| lot.items.len()).unwrap_or(0))
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench_import
}
criterion_main!(benches);
