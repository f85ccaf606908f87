//! Property tests of the state machines and of the jury statistics.
//!
//! The transition tables below are written again from the spec (§3.3), independently of the crate's own table,
//! so that a mistake in either shows up as a disagreement.

use chrono::NaiveDateTime;
use incubateur::domain::appel::{ActionAppel, AppelAProjets, FaitsAppel, QuestionFaq, StatutAppel};
use incubateur::domain::candidature::{
    ActionCandidature, Candidature, CandidatureId, ContexteCandidature, StatutCandidature,
};
use incubateur::domain::ids::IncubateurId;
use incubateur::domain::journal::EntreeJournal;
use incubateur::domain::jury::JureId;
use incubateur::domain::jury::statistiques::{Matrice, ranks};
use incubateur::domain::perimetre::Perimetre;
use incubateur::domain::roles::Role;
use proptest::prelude::*;

fn at() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2017-12-02 09:00", "%Y-%m-%d %H:%M").expect("date-time")
}

// ---------------------------------------------------------------------------------------------------------------
// Submission machine.

fn actions_candidature() -> Vec<ActionCandidature> {
    let m = || "motivation".to_owned();
    vec![
        ActionCandidature::Deposer,
        ActionCandidature::DemanderCorrections { message: m() },
        ActionCandidature::Completer,
        ActionCandidature::DeclarerRecevable,
        ActionCandidature::DeclarerIrrecevable { motivation: m() },
        ActionCandidature::Preselectionner,
        ActionCandidature::MarquerAuditionne,
        ActionCandidature::NePasRetenir { motivation: m() },
        ActionCandidature::DeclarerLaureat { motivation: m() },
        ActionCandidature::MettreEnListeAttente { motivation: m() },
        ActionCandidature::Desister,
        ActionCandidature::Rouvrir { motif: m() },
    ]
}

/// The spec's table: (from, action code, role) → to. `rouvrir` is checked apart.
fn spec_submission(from: StatutCandidature, action: &str, role: Role) -> Option<StatutCandidature> {
    use StatutCandidature::*;
    let admin = Role::AdminIncubateur;
    let president = Role::PresidentJury;
    let agent = Role::Agent;
    let rows: &[(StatutCandidature, &str, Role, StatutCandidature)] = &[
        (Brouillon, "deposer", agent, Depose),
        (Depose, "demander_corrections", admin, ACompleter),
        (ACompleter, "completer", agent, Depose),
        (Depose, "declarer_recevable", admin, Recevable),
        (Depose, "declarer_irrecevable", admin, Irrecevable),
        (Recevable, "preselectionner", admin, Preselectionne),
        (Recevable, "ne_pas_retenir", admin, NonRetenu),
        (Preselectionne, "marquer_auditionne", admin, Auditionne),
        (Auditionne, "declarer_laureat", president, Laureat),
        (
            Auditionne,
            "mettre_en_liste_attente",
            president,
            ListeAttente,
        ),
        (Auditionne, "ne_pas_retenir", president, NonRetenu),
        (ListeAttente, "declarer_laureat", president, Laureat),
        (ListeAttente, "ne_pas_retenir", president, NonRetenu),
        // Withdrawal: every state after `depose` that is not closed by a refusal or a previous withdrawal.
        (Depose, "desister", agent, Desiste),
        (ACompleter, "desister", agent, Desiste),
        (Recevable, "desister", agent, Desiste),
        (Preselectionne, "desister", agent, Desiste),
        (Auditionne, "desister", agent, Desiste),
        (ListeAttente, "desister", agent, Desiste),
        (Laureat, "desister", agent, Desiste),
    ];
    rows.iter()
        .find(|(f, a, r, _)| *f == from && *a == action && *r == role)
        .map(|row| row.3)
}

fn terminal(state: StatutCandidature) -> bool {
    use StatutCandidature::*;
    matches!(state, Irrecevable | NonRetenu | Laureat | Desiste)
}

/// A context where every guard passes, with the call at the step each action needs.
fn permissive_context(action: &ActionCandidature) -> ContexteCandidature {
    let statut_appel = match action {
        ActionCandidature::Deposer => StatutAppel::Publie,
        ActionCandidature::DeclarerLaureat { .. }
        | ActionCandidature::MettreEnListeAttente { .. }
        | ActionCandidature::NePasRetenir { .. } => StatutAppel::Deliberation,
        _ => StatutAppel::Eligibilite,
    };
    ContexteCandidature {
        statut_appel,
        appel_ouvert: true,
        erreurs_formulaire: vec![],
        audition_tenue: true,
        desistement_laureat: true,
    }
}

fn submission_in(state: StatutCandidature, previous: StatutCandidature) -> Candidature {
    let mut candidature = Candidature::new(CandidatureId(1), 1);
    candidature.statut = state;
    candidature.journal.push(EntreeJournal {
        acteur: Role::AdminIncubateur,
        action: "test",
        avant: previous,
        apres: state,
        motif: None,
        horodatage: at(),
    });
    candidature
}

#[test]
fn every_allowed_submission_move_succeeds_and_every_other_is_refused() {
    let mut allowed = 0;
    for from in StatutCandidature::ALL {
        for action in actions_candidature() {
            for role in Role::ALL {
                let mut candidature = submission_in(from, StatutCandidature::Depose);
                let before = candidature.journal.len();
                // A non-`ne_pas_retenir` action from `recevable` is by the admin outside deliberation: the permissive
                // context puts the call in deliberation only for president decisions.
                let mut contexte = permissive_context(&action);
                if from == StatutCandidature::Recevable && action.code() == "ne_pas_retenir" {
                    contexte.statut_appel = StatutAppel::Eligibilite;
                }
                let expected = if action.code() == "rouvrir" {
                    (terminal(from) && role == Role::AdminIncubateur)
                        .then_some(StatutCandidature::Depose)
                } else {
                    spec_submission(from, action.code(), role)
                };
                let result = candidature.apply(&action, role, &contexte, at());
                match expected {
                    Some(to) => {
                        allowed += 1;
                        assert_eq!(
                            result,
                            Ok(to),
                            "{from:?} --{}/{role:?}--> {to:?}",
                            action.code()
                        );
                        assert_eq!(
                            candidature.journal.len(),
                            before + 1,
                            "exactly one journal entry"
                        );
                        assert_eq!(candidature.statut, to);
                    }
                    None => {
                        let error = result.expect_err("refused");
                        assert!(!error.to_string().is_empty());
                        assert_eq!(
                            candidature.journal.len(),
                            before,
                            "no journal entry on refusal"
                        );
                        assert_eq!(candidature.statut, from);
                    }
                }
            }
        }
    }
    // 20 rows of the table plus reopening from the 4 terminal states.
    assert_eq!(allowed, 24);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn random_walks_keep_one_entry_per_successful_move(steps in prop::collection::vec((0usize..12, 0usize..10), 1..40)) {
        let actions = actions_candidature();
        let mut candidature = Candidature::new(CandidatureId(7), 1);
        let mut successes = 0;
        for (action_index, role_index) in steps {
            let action = &actions[action_index];
            let role = Role::ALL[role_index];
            let before = candidature.statut;
            match candidature.apply(action, role, &permissive_context(action), at()) {
                Ok(after) => {
                    successes += 1;
                    let entry = candidature.journal.last().expect("an entry");
                    prop_assert_eq!((entry.avant, entry.apres, entry.acteur), (before, after, role));
                }
                Err(error) => {
                    prop_assert_eq!(candidature.statut, before);
                    if let incubateur::domain::candidature::CandidatureError::TransitionInterdite { action: code, statut } = error {
                        prop_assert_eq!(code, action.code());
                        prop_assert_eq!(statut, before);
                    }
                }
            }
        }
        prop_assert_eq!(candidature.journal.len(), successes);
        for pair in candidature.journal.windows(2) {
            prop_assert_eq!(pair[0].apres, pair[1].avant);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Call machine.

fn ready_call(state: StatutAppel) -> AppelAProjets {
    let mut appel = AppelAProjets::new(
        IncubateurId::parse("mtes").expect("id"),
        "Appel".into(),
        "Écologie".into(),
        Perimetre::premier_appel_fabrique(),
    );
    appel.form_version = Some(1);
    appel.opens_at = NaiveDateTime::parse_from_str("2017-11-06 09:00", "%Y-%m-%d %H:%M").ok();
    appel.closes_at = NaiveDateTime::parse_from_str("2017-12-01 18:00", "%Y-%m-%d %H:%M").ok();
    appel.faq = vec![QuestionFaq {
        question: "Q".into(),
        reponse: "R".into(),
    }];
    appel.contact_mailbox = Some("fabrique@example.gouv.fr".into());
    appel.signatory = Some("La directrice".into());
    appel.statut = state;
    appel
}

fn permissive_facts() -> FaitsAppel {
    FaitsAppel {
        maintenant: at(),
        candidatures_non_instruites: 0,
        preselectionnees: 12,
        plan_fige: true,
        auditions_en_attente: 0,
        deliberation_close: true,
        decisions_manquantes: 0,
        lettres_envoyees: true,
    }
}

#[test]
fn every_allowed_call_move_succeeds_and_every_other_is_refused() {
    use StatutAppel::*;
    let forward = [
        ("publier", Brouillon, Publie),
        ("clore", Publie, Clos),
        ("ouvrir_eligibilite", Clos, Eligibilite),
        ("ouvrir_preselection", Eligibilite, Preselection),
        ("ouvrir_auditions", Preselection, Auditions),
        ("ouvrir_deliberation", Auditions, Deliberation),
        ("notifier", Deliberation, Notifie),
        ("archiver", Notifie, Archive),
    ];
    let mut actions: Vec<ActionAppel> = ActionAppel::FORWARD.to_vec();
    actions.extend(StatutAppel::ALL.iter().map(|vers| ActionAppel::Revenir {
        vers: *vers,
        motif: "erreur de saisie".into(),
    }));
    let mut allowed = 0;
    for from in StatutAppel::ALL {
        for action in &actions {
            for role in Role::ALL {
                let mut appel = ready_call(from);
                let expected = match action {
                    ActionAppel::Revenir { vers, .. } => {
                        (role == Role::AdminIncubateur && vers < &from).then_some(*vers)
                    }
                    other => forward
                        .iter()
                        .find(|(code, source, _)| {
                            *code == other.code()
                                && *source == from
                                && role == Role::AdminIncubateur
                        })
                        .map(|row| row.2),
                };
                let result = appel
                    .apply(action, role, &permissive_facts(), at())
                    .map(|entry| entry.apres);
                match expected {
                    Some(to) => {
                        allowed += 1;
                        assert_eq!(result, Ok(to), "{from:?} --{}/{role:?}-->", action.code());
                        assert_eq!(appel.journal.len(), 1);
                    }
                    None => {
                        assert!(
                            result.is_err(),
                            "{from:?} --{}/{role:?}--> must be refused",
                            action.code()
                        );
                        assert!(appel.journal.is_empty());
                        assert_eq!(appel.statut, from);
                    }
                }
            }
        }
    }
    // 8 forward steps, plus every strictly earlier state from each state (0 + 1 + … + 8 = 36).
    assert_eq!(allowed, 8 + 36);
}

// ---------------------------------------------------------------------------------------------------------------
// Jury statistics.

/// The spec's normalisation written as plainly as possible, with explicit loops. "σ = 0" and "all z̄ equal" use
/// the same 1e-9 tolerance as the crate (`DISPERSION_NULLE`), since exact float equality is not meaningful there.
#[expect(
    clippy::needless_range_loop,
    reason = "the reference spells out the spec's indices i and j"
)]
fn reference_normalisation(cells: &[Vec<Option<f64>>]) -> (Vec<Option<f64>>, Vec<Option<f64>>) {
    let rows = cells.len();
    let cols = cells.first().map_or(0, Vec::len);
    let mut raw = vec![None; rows];
    for i in 0..rows {
        let mut sum = 0.0;
        let mut n = 0.0;
        for j in 0..cols {
            if let Some(v) = cells[i][j] {
                sum += v;
                n += 1.0;
            }
        }
        if n > 0.0 {
            raw[i] = Some(sum / n);
        }
    }
    let mut mu = vec![0.0; cols];
    let mut sigma = vec![0.0; cols];
    for j in 0..cols {
        let values: Vec<f64> = (0..rows).filter_map(|i| cells[i][j]).collect();
        if values.is_empty() {
            continue;
        }
        mu[j] = values.iter().sum::<f64>() / values.len() as f64;
        let var = values
            .iter()
            .map(|v| (v - mu[j]) * (v - mu[j]))
            .sum::<f64>()
            / values.len() as f64;
        sigma[j] = var.sqrt();
    }
    let mut zbar = vec![None; rows];
    for i in 0..rows {
        let mut sum = 0.0;
        let mut n = 0.0;
        for j in 0..cols {
            if let Some(v) = cells[i][j] {
                sum += if sigma[j] < 1e-9 {
                    0.0
                } else {
                    (v - mu[j]) / sigma[j]
                };
                n += 1.0;
            }
        }
        if n > 0.0 {
            zbar[i] = Some(sum / n);
        }
    }
    let ms: Vec<f64> = raw.iter().flatten().copied().collect();
    let zs: Vec<f64> = zbar.iter().flatten().copied().collect();
    let (min_m, max_m) = (
        ms.iter().cloned().fold(f64::INFINITY, f64::min),
        ms.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
    );
    let (min_z, max_z) = (
        zs.iter().cloned().fold(f64::INFINITY, f64::min),
        zs.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
    );
    let mean_m = if ms.is_empty() {
        0.0
    } else {
        ms.iter().sum::<f64>() / ms.len() as f64
    };
    let normalised = zbar
        .iter()
        .map(|z| {
            z.map(|z| {
                if max_z - min_z >= 1e-9 {
                    min_m + (z - min_z) * (max_m - min_m) / (max_z - min_z)
                } else {
                    mean_m
                }
            })
        })
        .collect();
    (raw, normalised)
}

fn to_matrix(cells: Vec<Vec<Option<f64>>>) -> Matrice {
    let cols = cells.first().map_or(0, Vec::len);
    Matrice {
        candidatures: (0..cells.len() as u64).map(CandidatureId).collect(),
        jures: (0..cols as u64).map(JureId).collect(),
        cellules: cells,
    }
}

fn sparse_matrix() -> impl Strategy<Value = Vec<Vec<Option<f64>>>> {
    (1usize..=20, 1usize..=10).prop_flat_map(|(rows, cols)| {
        prop::collection::vec(
            prop::collection::vec(prop::option::weighted(0.8, 0.0f64..=5.0), cols),
            rows,
        )
    })
}

fn complete_matrix() -> impl Strategy<Value = Vec<Vec<f64>>> {
    (2usize..=20, 2usize..=10).prop_flat_map(|(rows, cols)| {
        prop::collection::vec(prop::collection::vec(0.0f64..=5.0, cols), rows)
    })
}

/// Whether every pair of scores that differs by more than 1e-9 in `a` is ordered the same way in `b`.
fn same_order(a: &[Option<f64>], b: &[Option<f64>]) -> bool {
    const NOISE: f64 = 1e-9;
    a.iter().zip(b).enumerate().all(|(i, (ai, bi))| {
        a.iter()
            .zip(b)
            .skip(i + 1)
            .all(|(ak, bk)| match (ai, ak, bi, bk) {
                (Some(ai), Some(ak), Some(bi), Some(bk)) if (ai - ak).abs() > NOISE => {
                    (ai > ak) == (bi > bk)
                }
                _ => true,
            })
    })
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9,
        (None, None) => true,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn normalisation_equals_the_reference_computation(cells in sparse_matrix()) {
        let (raw, normalised) = reference_normalisation(&cells);
        let result = to_matrix(cells).normalise();
        for (got, expected) in result.brutes.iter().zip(&raw) {
            prop_assert!(close(*got, *expected), "raw {:?} vs {:?}", got, expected);
        }
        for (got, expected) in result.normalisees.iter().zip(&normalised) {
            prop_assert!(close(*got, *expected), "normalised {:?} vs {:?}", got, expected);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn ranking_is_stable_when_each_juror_shifts_by_a_constant(
        (cells, shifts) in complete_matrix().prop_flat_map(|cells| {
            let cols = cells[0].len();
            (Just(cells), prop::collection::vec(-2.0f64..=2.0, cols))
        })
    ) {
        let base = to_matrix(cells.iter().map(|row| row.iter().map(|v| Some(*v)).collect()).collect());
        let shifted = to_matrix(cells.iter().map(|row| row.iter().zip(&shifts).map(|(v, s)| Some(v + s)).collect()).collect());
        let (a, b) = (base.normalise(), shifted.normalise());
        // Every pair separated by more than float noise keeps its order; exact ties may come out either way.
        prop_assert!(same_order(&a.normalisees, &b.normalisees), "{:?} vs {:?}", a.normalisees, b.normalisees);
        prop_assert!(same_order(&a.brutes, &b.brutes), "{:?} vs {:?}", a.brutes, b.brutes);
        prop_assert_eq!(ranks(&a.normalisees).len(), cells.len());
        for (x, y) in a.z_moyens.iter().zip(&b.z_moyens) {
            prop_assert!(close(*x, *y));
        }
    }
}
