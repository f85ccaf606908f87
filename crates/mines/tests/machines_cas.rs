//! Acceptance: every case of every `machines-cas/*.cas.json` (except the `stale-*` smoke files) is accepted by its
//! machine with exactly the stored (statut, public).

use crate::commun;

use mines::rejeu::{LigneRejeu, rejouer};

/// (file stem, machine code, visible case count).
const FICHIERS: [(&str, &str, usize); 6] = [
    ("arm-oct-2019-10-31", "arm-oct", 182),
    ("arm-ren-pro-2019-10-31", "arm-ren-pro", 23),
    ("axm-oct-2020-09-30", "axm-oct", 61),
    ("axm-pro-2000-01-01", "axm-pro", 18),
    ("prm-oct-2019-10-31", "prm-oct", 22),
    (
        "procedure-simplifiee-pxg-arg-cxr-inr-prr-pxr-cxf-prf-pxf",
        "procedure-simplifiee",
        1370,
    ),
];

fn replay_file(stem: &str, machine: &str) -> Option<Vec<LigneRejeu>> {
    let dir = commun::shared_data_dir()?;
    let path = dir.join("machines-cas").join(format!("{stem}.cas.json"));
    let json = std::fs::read_to_string(&path).expect("lecture du fichier de cas");
    Some(rejouer(machine, &json).expect("fichier de cas valide"))
}

fn assert_all_ok(stem: &str, machine: &str, attendus: usize) {
    let Some(lignes) = replay_file(stem, machine) else {
        return;
    };
    let echecs: Vec<String> = lignes
        .iter()
        .filter(|l| !l.ok)
        .map(LigneRejeu::to_json_line)
        .collect();
    println!(
        "{machine}: {}/{} cas conformes",
        lignes.len() - echecs.len(),
        lignes.len()
    );
    assert!(
        lignes.len() >= attendus,
        "{stem}: {} cas au lieu d'au moins {attendus}",
        lignes.len()
    );
    assert!(
        echecs.is_empty(),
        "{stem}: {} cas non conformes:\n{}",
        echecs.len(),
        echecs.join("\n")
    );
}

#[test]
fn arm_octroi_cases_are_all_reproduced() {
    let (stem, machine, n) = FICHIERS[0];
    assert_all_ok(stem, machine, n);
}

#[test]
fn arm_renonciation_prolongation_cases_are_all_reproduced() {
    let (stem, machine, n) = FICHIERS[1];
    assert_all_ok(stem, machine, n);
}

#[test]
fn axm_octroi_cases_are_all_reproduced() {
    let (stem, machine, n) = FICHIERS[2];
    assert_all_ok(stem, machine, n);
}

#[test]
fn axm_prolongation_cases_are_all_reproduced() {
    let (stem, machine, n) = FICHIERS[3];
    assert_all_ok(stem, machine, n);
}

#[test]
fn prm_octroi_cases_are_all_reproduced() {
    let (stem, machine, n) = FICHIERS[4];
    assert_all_ok(stem, machine, n);
}

#[test]
fn procedure_simplifiee_cases_are_all_reproduced() {
    let (stem, machine, n) = FICHIERS[5];
    assert_all_ok(stem, machine, n);
}

/// The stale generations are not an oracle upstream: they must only replay without crashing.
#[test]
fn stale_files_replay_as_a_smoke_test() {
    for stem in ["stale-pxg-arg-cxr-inr-prr-pxr", "stale-cxg-prg"] {
        let Some(lignes) = replay_file(stem, "procedure-simplifiee") else {
            return;
        };
        let ok = lignes.iter().filter(|l| l.ok).count();
        println!(
            "{stem}: {ok}/{} cas conformes (fichier périmé, non bloquant)",
            lignes.len()
        );
        assert!(!lignes.is_empty());
    }
}
