//! Acceptance tests on the real beta.gouv.fr data in `../shared/data/incubateur/` (snapshot 2026-08-20).
//!
//! The oracles (CSV files, spec §5 figures) are read or quoted from the spec, never computed by the code under
//! test. When the data folder is absent each test says so on stderr and returns, unless
//! `FABRIQUE_REQUIRE_SHARED_DATA=1`, in which case it fails.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use incubateur::api::statistiques::phase_statistics;
use incubateur::domain::evenement::EvenementCode;
use incubateur::domain::ids::OrganisationId;
use incubateur::domain::incubateur::Incubateur;
use incubateur::domain::linter::lint;
use incubateur::domain::organisation::{Organisation, TypeOrganisation};
use incubateur::domain::phase::PhaseCode;
use incubateur::domain::regles_phase::{
    count_by_current_phase, count_ever_reached, phase_starts_by_year,
};
use incubateur::domain::startup::{Startup, StatutAccessibilite};
use incubateur::export;
use incubateur::import::{self, ImportOptions};

fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/incubateur"
    ));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("FABRIQUE_REQUIRE_SHARED_DATA").as_deref() == Ok("1") {
        panic!(
            "FABRIQUE_REQUIRE_SHARED_DATA=1 but {} is absent",
            dir.display()
        );
    }
    // Written to the real stderr, not through `eprintln!`, so that the test harness does not swallow it.
    let _ = writeln!(std::io::stderr(), "skipped: {} absent", dir.display());
    None
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

fn startups(dir: &Path) -> Vec<Startup> {
    let text = read(dir, "startups_frontmatter.json");
    match import::parse_startups_fixture_json(
        "startups_frontmatter.json",
        &text,
        &ImportOptions::default(),
    ) {
        Ok(lot) => lot.items,
        Err(errors) => panic!("{} errors, first: {}", errors.len(), errors[0]),
    }
}

fn organisations(dir: &Path) -> Vec<Organisation> {
    import::parse_organisations_json("organisations.json", &read(dir, "organisations.json"))
        .unwrap_or_else(|errors| panic!("{}", errors[0]))
        .items
}

fn incubateurs(dir: &Path) -> Vec<Incubateur> {
    import::parse_incubateurs_json("incubators.json", &read(dir, "incubators.json"))
        .unwrap_or_else(|errors| panic!("{}", errors[0]))
        .items
}

/// Reads a `key1,key2,count` oracle into a map.
fn oracle(dir: &Path, name: &str) -> BTreeMap<(String, String), usize> {
    read(dir, name)
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            assert_eq!(cells.len(), 3, "{name}: {line}");
            (
                (cells[0].to_owned(), cells[1].to_owned()),
                cells[2].trim().parse().expect("a count"),
            )
        })
        .collect()
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid date")
}

#[test]
fn all_records_parse() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    assert_eq!(startups.len(), 662);
    assert_eq!(startups.iter().map(|s| s.phases.len()).sum::<usize>(), 1695);
    assert_eq!(
        startups
            .iter()
            .flat_map(|s| &s.phases)
            .filter(|p| p.end.is_some())
            .count(),
        273
    );
    assert_eq!(
        startups
            .iter()
            .flat_map(|s| &s.phases)
            .filter(|p| p.comment.is_some())
            .count(),
        18
    );
    let organisations = organisations(&dir);
    assert_eq!(organisations.len(), 143);
    let administrations = organisations
        .iter()
        .filter(|o| o.kind == TypeOrganisation::AdministrationCentrale)
        .count();
    assert_eq!(administrations, 81);
    let incubateurs = incubateurs(&dir);
    assert_eq!(incubateurs.len(), 23);
    let mtes = incubateurs
        .iter()
        .find(|i| i.id.as_str() == "mtes")
        .expect("mtes");
    assert_eq!(mtes.title, "La Fabrique Numérique de l'Ecologie (MTE)");
    let highlighted: Vec<&str> = mtes
        .highlighted_startups
        .iter()
        .flatten()
        .map(|id| id.as_str())
        .collect();
    assert_eq!(highlighted, ["camino", "transport", "dossierfacile"]);
}

#[test]
fn referential_figures_match_the_spec() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let mut events: BTreeMap<&str, usize> = BTreeMap::new();
    for event in startups.iter().flat_map(|s| s.events()) {
        *events.entry(event.name.code()).or_insert(0) += 1;
    }
    let expected: BTreeMap<&str, usize> = [
        ("committee", 215),
        ("product_launch", 145),
        ("other", 68),
        ("end", 57),
        ("fast", 38),
        ("national_impact", 37),
        ("eig", 2),
    ]
    .into_iter()
    .collect();
    assert_eq!(events, expected);
    assert_eq!(
        startups.iter().filter(|s| !s.events().is_empty()).count(),
        315
    );
    let fast: Vec<i64> = startups
        .iter()
        .filter_map(|s| s.fast.as_ref())
        .map(|f| f.montant)
        .collect();
    assert_eq!((fast.len(), fast.iter().sum::<i64>()), (46, 8_627_000));
    let partially = startups
        .iter()
        .filter(|s| {
            s.conformite.accessibility_status == Some(StatutAccessibilite::PartiellementConforme)
        })
        .count();
    assert_eq!(partially, 89);
    assert_eq!(
        startups
            .iter()
            .filter(|s| s.link.as_deref() == Some(""))
            .count(),
        340
    );
    // Every sponsor resolves to an organisation.
    let known: HashSet<OrganisationId> = organisations(&dir).into_iter().map(|o| o.id).collect();
    let sponsors: HashSet<&OrganisationId> = startups
        .iter()
        .flat_map(|s| s.sponsors())
        .map(|s| &s.id)
        .collect();
    assert_eq!(sponsors.len(), 136);
    assert!(sponsors.iter().all(|id| known.contains(*id)));
}

#[test]
fn current_phase_counts_equal_the_oracle() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let expected = oracle(&dir, "expected_current_phase_by_incubator.csv");
    let got: BTreeMap<(String, String), usize> = phase_statistics(&startups, None)
        .into_iter()
        .map(|row| {
            (
                (row.incubateur, row.phase.unwrap_or_else(|| "(none)".into())),
                row.nombre,
            )
        })
        .collect();
    assert_eq!(got, expected);
    let totals = count_by_current_phase(&startups);
    assert_eq!(totals.get(&PhaseCode::AbandonInvestigation), Some(&202));
    assert_eq!(totals.get(&PhaseCode::Opere), Some(&14));
    assert_eq!(startups.iter().filter(|s| s.is_active()).count(), 244);
}

#[test]
fn phase_as_of_snapshot_equals_the_oracle() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let expected = oracle(&dir, "expected_phase_as_of_2026-08-20_by_incubator.csv");
    let got: BTreeMap<(String, String), usize> =
        phase_statistics(&startups, Some(date("2026-08-20")))
            .into_iter()
            .map(|row| {
                (
                    (row.incubateur, row.phase.unwrap_or_else(|| "(none)".into())),
                    row.nombre,
                )
            })
            .collect();
    assert_eq!(got, expected);
}

#[test]
fn phase_starts_by_year_equal_the_oracle() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let expected = oracle(&dir, "expected_phase_starts_by_year.csv");
    let got: BTreeMap<(String, String), usize> = phase_starts_by_year(&startups)
        .into_iter()
        .map(|((year, phase), count)| ((year.to_string(), phase.code().to_owned()), count))
        .collect();
    assert_eq!(got, expected);
    let ever = count_ever_reached(&startups);
    assert_eq!(ever.get(&PhaseCode::Investigation), Some(&577));
    assert_eq!(ever.get(&PhaseCode::Construction), Some(&419));
}

#[test]
fn linter_reports_the_spec_figures() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let known: HashSet<OrganisationId> = organisations(&dir).into_iter().map(|o| o.id).collect();
    let report = lint(&startups, date("2026-08-20"), Some(&known));
    assert_eq!(report.overlapping.len(), 17);
    let ties: Vec<(&str, PhaseCode)> = report
        .latest_start_ties
        .iter()
        .map(|tie| (tie.startup.as_str(), tie.resolved))
        .collect();
    assert_eq!(
        ties,
        [
            ("clara", PhaseCode::Abandon),
            ("espace-membre", PhaseCode::Investigation),
            ("fichiers", PhaseCode::Investigation),
            ("messages", PhaseCode::Investigation)
        ]
    );
    let future: Vec<&str> = report.future_dated.iter().map(|id| id.as_str()).collect();
    assert_eq!(future, ["api-telerecours", "data.etat", "pop", "reva"]);
    let never: Vec<&str> = report.never_started.iter().map(|id| id.as_str()).collect();
    assert_eq!(never, ["api-telerecours"]);
    assert_eq!(report.same_day_phases.len(), 56);
    assert_eq!(report.stats_without_link.len(), 4);
    assert_eq!(
        (report.committee_gaps, report.committee_gaps_over_six_months),
        (114, 69)
    );
    assert!(report.unresolved_sponsors.is_empty());
    assert!(
        report.unordered_starts.is_empty(),
        "lists are non-decreasing in start"
    );
}

#[test]
fn markdown_export_reimports_to_the_same_data() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let files: Vec<(String, String)> = startups
        .iter()
        .map(|s| {
            (
                export::startup_file_name(s),
                export::export_startup_markdown(s),
            )
        })
        .collect();
    let lot = import::parse_startups_markdown(
        files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
        &ImportOptions::default(),
    )
    .unwrap_or_else(|errors| panic!("{}", errors[0]));
    assert_eq!(lot.items.len(), 662);
    for (original, reimported) in startups.iter().zip(&lot.items) {
        let mut expected = original.clone();
        // The Markdown export always writes a body; the fixture had none.
        expected.body = Some("\n".to_owned());
        assert_eq!(reimported, &expected, "{}", original.id);
    }
}

#[test]
fn fixture_json_export_reimports_to_the_same_data() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let text = export::export_startups_fixture_json(&startups);
    let lot = import::parse_startups_json("export.json", &text, &ImportOptions::default())
        .unwrap_or_else(|errors| panic!("{}", errors[0]));
    assert_eq!(lot.items, startups);
    // Key order survives: the original file and the export list the same keys in the same order.
    let original: serde_json::Value =
        serde_json::from_str(&read(&dir, "startups_frontmatter.json")).expect("json");
    let exported: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(original["startups"], exported["startups"]);
}

#[test]
fn v27_export_is_stable_through_a_reimport() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let incubateurs = incubateurs(&dir);
    let first = export::export_startups_v27(&startups, &incubateurs, "https://beta.gouv.fr");
    let lot = import::parse_startups_json("startups.json", &first, &ImportOptions::default())
        .unwrap_or_else(|errors| panic!("{}", errors[0]));
    assert_eq!(lot.items.len(), 662);
    let second = export::export_startups_v27(&lot.items, &incubateurs, "https://beta.gouv.fr");
    assert_eq!(first, second);
    for (original, reimported) in startups.iter().zip(&lot.items) {
        assert_eq!(
            original
                .phases
                .iter()
                .map(|p| (p.name, p.start, p.end))
                .collect::<Vec<_>>(),
            reimported
                .phases
                .iter()
                .map(|p| (p.name, p.start, p.end))
                .collect::<Vec<_>>()
        );
        assert_eq!(original.incubator_ids(), reimported.incubator_ids());
    }
}

#[test]
fn referentials_export_reimports_to_the_same_data() {
    let Some(dir) = data_dir() else { return };
    let organisations = organisations(&dir);
    let text = export::export_organisations_json(&organisations);
    assert_eq!(
        import::parse_organisations_json("o.json", &text)
            .expect("valid")
            .items,
        organisations
    );
    let original: serde_json::Value =
        serde_json::from_str(&read(&dir, "organisations.json")).expect("json");
    let exported: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(original, exported, "same keys, values and order");
    let incubateurs = incubateurs(&dir);
    let text = export::export_incubateurs_json(&incubateurs);
    assert_eq!(
        import::parse_incubateurs_json("i.json", &text)
            .expect("valid")
            .items,
        incubateurs
    );
}

#[test]
fn sample_front_matter_files_parse_with_their_particularities() {
    let Some(dir) = data_dir() else { return };
    let folder = dir.join("sample_frontmatter");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&folder)
        .expect("sample folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yml"))
        .map(|path| {
            let id = path
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned();
            let yaml = std::fs::read_to_string(&path).expect("readable");
            (format!("{id}.md"), format!("---\n{yaml}---\n"))
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 10);
    let lot = import::parse_startups_markdown(
        files.iter().map(|(n, t)| (n.as_str(), t.as_str())),
        &ImportOptions::default(),
    )
    .unwrap_or_else(|errors| panic!("{}", errors[0]));
    let by_id = |id: &str| {
        lot.items
            .iter()
            .find(|s| s.id.as_str() == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    assert_eq!(by_id("aeris").link.as_deref(), Some(""));
    assert_eq!(
        by_id("aeris").phase_as_of(date("2018-06-01")),
        Some(PhaseCode::Construction)
    );
    assert_eq!(
        by_id("camino").phases[0].start,
        by_id("camino").phases[1].start
    );
    let ecobalyse: Vec<&str> = by_id("ecobalyse")
        .incubator_ids()
        .into_iter()
        .map(|id| id.as_str())
        .collect();
    assert_eq!(ecobalyse, ["ademe", "mtes"]);
    let dossierfacile = by_id("dossierfacile");
    assert_eq!(
        dossierfacile
            .fast
            .as_ref()
            .map(|f| (f.promotion, f.montant)),
        Some((13, 300_000))
    );
    assert!(
        dossierfacile
            .events()
            .iter()
            .any(|e| e.name == EvenementCode::Fast)
    );
    assert!(
        dossierfacile
            .redirect_from
            .iter()
            .flatten()
            .any(|path| path == "/startups/locatio")
    );
    // The samples agree with the JSON fixture built from the same commit.
    let fixture = startups(&dir);
    for sample in &lot.items {
        let twin = fixture
            .iter()
            .find(|s| s.id == sample.id)
            .expect("same startup in the fixture");
        assert_eq!(sample.phases, twin.phases, "{}", sample.id);
        assert_eq!(sample.title, twin.title);
    }
    // And they survive a Markdown round-trip byte for byte in content.
    for sample in &lot.items {
        let text = export::export_startup_markdown(sample);
        let (again, _) = import::parse_startup_markdown(
            &export::startup_file_name(sample),
            &text,
            &ImportOptions::default(),
        )
        .unwrap_or_else(|errors| panic!("{}", errors[0]));
        assert_eq!(&again, sample);
    }
}

#[test]
fn archives_and_folders_of_markdown_files_import() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let work = tempfile::tempdir().expect("temporary folder");
    let folder = work.path().join("content").join("_startups");
    std::fs::create_dir_all(&folder).expect("folder");
    let mut tar_builder = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::fast(),
    ));
    for startup in &startups {
        let text = export::export_startup_markdown(startup);
        let name = export::startup_file_name(startup);
        std::fs::write(folder.join(&name), &text).expect("write");
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar_builder
            .append_data(
                &mut header,
                format!("content/_startups/{name}"),
                text.as_bytes(),
            )
            .expect("append");
    }
    let archive = tar_builder
        .into_inner()
        .expect("tar")
        .finish()
        .expect("gzip");
    let archive_path = work.path().join("startups.tar.gz");
    std::fs::write(&archive_path, archive).expect("write archive");
    let options = ImportOptions::default();
    let from_folder = import::fichiers::read_startups(work.path(), &options)
        .unwrap_or_else(|e| panic!("{}", e[0]));
    let from_archive = import::fichiers::read_startups(&archive_path, &options)
        .unwrap_or_else(|e| panic!("{}", e[0]));
    assert_eq!(from_folder.items.len(), 662);
    let mut sorted = from_folder.items.clone();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let mut sorted_archive = from_archive.items;
    sorted_archive.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(sorted, sorted_archive);
    // One bad file makes the whole folder refused, naming the file and line.
    std::fs::write(folder.join("casse.md"), "---\ntitle: X\nmission: M\nincubator: mtes\nphases:\n  - name: beta\n    start: 2020-01-01\n---\n").expect("write");
    let errors = import::fichiers::read_startups(work.path(), &options).expect_err("one bad file");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].to_string().contains("casse.md, ligne 6"),
        "{}",
        errors[0]
    );
}

#[test]
fn phase_and_event_referentials_match_the_code() {
    let Some(dir) = data_dir() else { return };
    let referential: serde_json::Value =
        serde_json::from_str(&read(&dir, "phases_and_events.json")).expect("json");
    let phases = referential["phases"].as_array().expect("phases");
    assert_eq!(phases.len(), PhaseCode::ALL.len());
    for phase in phases {
        let code: PhaseCode = phase["id"]
            .as_str()
            .expect("id")
            .parse()
            .expect("a current code");
        assert_eq!(phase["label"], code.label());
        assert_eq!(phase["order"], u64::from(code.order()));
    }
    for event in referential["events"].as_array().expect("events") {
        let code = EvenementCode::parse(event["id"].as_str().expect("id"));
        assert_eq!(code.label(), event["label"].as_str(), "{code:?}");
    }
}

#[test]
fn csv_export_has_one_row_per_startup_and_the_last_listed_status() {
    let Some(dir) = data_dir() else { return };
    let startups = startups(&dir);
    let text = export::export_startups_csv_v27(&startups);
    assert_eq!(text.lines().count(), 663);
    // The CSV `status` is the last listed phase: it disagrees with the site's rule on the 4 latest-start ties.
    let disagreements = startups
        .iter()
        .filter(|s| s.phases.last().map(|p| p.name) != s.current_phase())
        .count();
    assert_eq!(disagreements, 4);
}
