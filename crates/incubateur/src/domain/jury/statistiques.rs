//! Deliberation figures on the matrix of juror totals.
//!
//! Raw means, per-juror normalised means with juror leniency, Krippendorff's α (interval metric, missing cells allowed)
//! and rank-stability bands (leave-one-juror-out and a seeded bootstrap over jurors).
//!
//! "σ = 0" and "all z̄ equal" are read with the tolerance [`DISPERSION_NULLE`].
//!
//! Normalisation follows the spec's reference definition: z-scores per juror (population σ; σ = 0 gives 0 and
//! flags the juror), mean z per submission, rescaled linearly onto the range of the raw means. With a complete
//! design, mean-centring keeps the raw ranking but dividing by σ can reorder it: both are shown side by side.

use super::JureId;
use crate::domain::candidature::CandidatureId;
use crate::domain::hasard::Tirage;

/// Totals by submission (rows) and juror (columns); `None` for missing or uncounted cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrice {
    /// Row order.
    pub candidatures: Vec<CandidatureId>,
    /// Column order.
    pub jures: Vec<JureId>,
    /// `cellules[i][j]`: total of juror `j` for submission `i`.
    pub cellules: Vec<Vec<Option<f64>>>,
}

/// Figures of one juror.
#[derive(Debug, Clone, PartialEq)]
pub struct StatJure {
    /// Juror.
    pub jure: JureId,
    /// Mean of their totals `μ_j` (`None` if they scored nothing).
    pub moyenne: Option<f64>,
    /// Population standard deviation `σ_j`.
    pub ecart_type: Option<f64>,
    /// Leniency: `μ_j` minus the grand mean of all counted cells.
    pub clemence: Option<f64>,
    /// Whether `σ_j = 0` (every total equal): their z-scores are set to 0.
    pub sans_dispersion: bool,
}

/// Result of the normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalisation {
    /// Raw means `m_i` (`None` for a submission with no counted cell).
    pub brutes: Vec<Option<f64>>,
    /// Mean z-scores `z̄_i`.
    pub z_moyens: Vec<Option<f64>>,
    /// Normalised means `n_i`, on the scale of the raw means.
    pub normalisees: Vec<Option<f64>>,
    /// Per-juror figures.
    pub jures: Vec<StatJure>,
}

/// Spreads below this count as zero.
///
/// Totals are on a 0–5 scale, so a standard deviation or a range of mean z-scores under 1e-9 is float noise: dividing
/// by it would turn rounding errors into a ranking (a juror whose totals differ by 1e-16 would otherwise weigh as much
/// as one who used the whole scale).
pub const DISPERSION_NULLE: f64 = 1e-9;

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
    (count > 0).then(|| sum / count as f64)
}

impl Matrice {
    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.cellules.len()
    }

    fn column(&self, j: usize) -> impl Iterator<Item = f64> + '_ {
        self.cellules
            .iter()
            .filter_map(move |row| row.get(j).copied().flatten())
    }

    /// The matrix restricted to some columns (jurors), in the given order (repeats allowed, for the bootstrap).
    pub fn with_columns(&self, columns: &[usize]) -> Matrice {
        Matrice {
            candidatures: self.candidatures.clone(),
            jures: columns
                .iter()
                .filter_map(|j| self.jures.get(*j).copied())
                .collect(),
            cellules: self
                .cellules
                .iter()
                .map(|row| {
                    columns
                        .iter()
                        .map(|j| row.get(*j).copied().flatten())
                        .collect()
                })
                .collect(),
        }
    }

    /// Raw means, normalised means and juror figures.
    pub fn normalise(&self) -> Normalisation {
        let brutes: Vec<Option<f64>> = self
            .cellules
            .iter()
            .map(|row| mean(row.iter().copied().flatten()))
            .collect();
        let grand = mean(
            self.cellules
                .iter()
                .flat_map(|row| row.iter().copied().flatten()),
        );
        let jures: Vec<StatJure> = self
            .jures
            .iter()
            .enumerate()
            .map(|(j, jure)| {
                let moyenne = mean(self.column(j));
                let ecart_type = moyenne.map(|mu| {
                    mean(self.column(j).map(|v| (v - mu).powi(2)))
                        .unwrap_or(0.0)
                        .sqrt()
                });
                StatJure {
                    jure: *jure,
                    moyenne,
                    ecart_type,
                    clemence: moyenne.zip(grand).map(|(mu, g)| mu - g),
                    sans_dispersion: ecart_type.is_some_and(|sigma| sigma < DISPERSION_NULLE),
                }
            })
            .collect();
        let z_moyens: Vec<Option<f64>> = self
            .cellules
            .iter()
            .map(|row| {
                mean(row.iter().enumerate().filter_map(|(j, cell)| {
                    let value = (*cell)?;
                    let stat = &jures[j];
                    let (mu, sigma) = (stat.moyenne?, stat.ecart_type?);
                    Some(if sigma >= DISPERSION_NULLE {
                        (value - mu) / sigma
                    } else {
                        0.0
                    })
                }))
            })
            .collect();
        let present_m: Vec<f64> = brutes.iter().flatten().copied().collect();
        let present_z: Vec<f64> = z_moyens.iter().flatten().copied().collect();
        let (min_m, max_m) = min_max(&present_m);
        let (min_z, max_z) = min_max(&present_z);
        let mean_m = mean(present_m.iter().copied());
        let normalisees = z_moyens
            .iter()
            .map(|z| {
                let z = (*z)?;
                if max_z - min_z >= DISPERSION_NULLE {
                    Some(min_m + (z - min_z) * (max_m - min_m) / (max_z - min_z))
                } else {
                    mean_m
                }
            })
            .collect();
        Normalisation {
            brutes,
            z_moyens,
            normalisees,
            jures,
        }
    }

    /// Krippendorff's α with the interval metric; `None` when it is undefined (fewer than two pairable values or
    /// no expected disagreement). Submissions with fewer than two values are not pairable and are ignored.
    pub fn krippendorff_alpha(&self) -> Option<f64> {
        let units: Vec<Vec<f64>> = self
            .cellules
            .iter()
            .map(|row| row.iter().copied().flatten().collect::<Vec<f64>>())
            .filter(|values| values.len() >= 2)
            .collect();
        let n: usize = units.iter().map(Vec::len).sum();
        if n < 2 {
            return None;
        }
        // Σ_{a≠b} (x_a − x_b)² = 2·m·Σ (x_i − x̄)² for m values: linear instead of quadratic, so that 2,000 × 20
        // cells take microseconds (spec §6), and centred, so that no large sums cancel.
        let pair_disagreement = |values: &[f64]| {
            let count = values.len() as f64;
            let centre = values.iter().sum::<f64>() / count;
            2.0 * count * values.iter().map(|x| (x - centre).powi(2)).sum::<f64>()
        };
        let observed = units
            .iter()
            .map(|values| pair_disagreement(values) / (values.len() - 1) as f64)
            .sum::<f64>()
            / n as f64;
        let all: Vec<f64> = units.iter().flatten().copied().collect();
        let expected = pair_disagreement(&all) / (n * (n - 1)) as f64;
        (expected > 0.0).then(|| 1.0 - observed / expected)
    }
}

fn min_max(values: &[f64]) -> (f64, f64) {
    values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        })
}

/// Competition ranks (1 = best, equal scores share a rank) of `scores`; `None` scores rank after all others.
pub fn ranks(scores: &[Option<f64>]) -> Vec<usize> {
    // Scores within this tolerance are equal, so that float noise does not split a tie.
    const TOLERANCE: f64 = 1e-12;
    // Sorted once, then each rank is a binary search: n·log n instead of n² (2,000 submissions in a bootstrap).
    let mut present: Vec<f64> = scores.iter().flatten().copied().collect();
    present.sort_by(|a, b| b.total_cmp(a));
    scores
        .iter()
        .map(|score| match score {
            Some(s) => 1 + present.partition_point(|other| *other > s + TOLERANCE),
            None => 1 + present.len(),
        })
        .collect()
}

/// The rank of one submission and the band it moves in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandeRang {
    /// Submission.
    pub candidature: CandidatureId,
    /// Rank on the full matrix, by normalised mean.
    pub rang: usize,
    /// Best rank seen.
    pub meilleur: usize,
    /// Worst rank seen.
    pub pire: usize,
}

impl BandeRang {
    /// Overlapping bands are to be read as ties.
    pub fn overlaps(&self, other: &BandeRang) -> bool {
        self.meilleur <= other.pire && other.meilleur <= self.pire
    }
}

fn bands_from(matrice: &Matrice, samples: &[Vec<usize>]) -> Vec<BandeRang> {
    let full = ranks(&matrice.normalise().normalisees);
    let mut bands: Vec<BandeRang> = matrice
        .candidatures
        .iter()
        .zip(&full)
        .map(|(candidature, rang)| BandeRang {
            candidature: *candidature,
            rang: *rang,
            meilleur: *rang,
            pire: *rang,
        })
        .collect();
    for sample in samples {
        let sample_ranks = ranks(&matrice.with_columns(sample).normalise().normalisees);
        for (band, rank) in bands.iter_mut().zip(sample_ranks) {
            band.meilleur = band.meilleur.min(rank);
            band.pire = band.pire.max(rank);
        }
    }
    bands
}

/// Rank bands by leave-one-juror-out: the range of ranks over the matrices missing one juror each.
pub fn bands_leave_one_out(matrice: &Matrice) -> Vec<BandeRang> {
    let count = matrice.jures.len();
    let samples: Vec<Vec<usize>> = (0..count)
        .filter(|_| count > 1)
        .map(|left| (0..count).filter(|j| *j != left).collect())
        .collect();
    bands_from(matrice, &samples)
}

/// Rank bands by a seeded bootstrap over jurors: `resamples` matrices of jurors drawn with replacement; the band is the
/// central 95% of the ranks seen (2.5th to 97.5th percentile).
///
/// Reproducible for a given seed.
pub fn bands_bootstrap(matrice: &Matrice, resamples: usize, graine: u64) -> Vec<BandeRang> {
    let count = matrice.jures.len();
    let full = ranks(&matrice.normalise().normalisees);
    let mut seen: Vec<Vec<usize>> = vec![Vec::with_capacity(resamples); matrice.rows()];
    let mut tirage = Tirage::new(graine);
    for _ in 0..resamples {
        let sample: Vec<usize> = (0..count)
            .map(|_| tirage.below(count as u64) as usize)
            .collect();
        for (row, rank) in ranks(&matrice.with_columns(&sample).normalise().normalisees)
            .into_iter()
            .enumerate()
        {
            seen[row].push(rank);
        }
    }
    matrice
        .candidatures
        .iter()
        .zip(full)
        .zip(seen)
        .map(|((candidature, rang), mut values)| {
            if values.is_empty() {
                return BandeRang {
                    candidature: *candidature,
                    rang,
                    meilleur: rang,
                    pire: rang,
                };
            }
            values.sort_unstable();
            let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
            BandeRang {
                candidature: *candidature,
                rang,
                meilleur: at(0.025),
                pire: at(0.975),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix(rows: &[&[Option<f64>]]) -> Matrice {
        let width = rows.first().map_or(0, |row| row.len());
        Matrice {
            candidatures: (0..rows.len() as u64).map(CandidatureId).collect(),
            jures: (0..width as u64).map(JureId).collect(),
            cellules: rows.iter().map(|row| row.to_vec()).collect(),
        }
    }

    #[test]
    fn krippendorff_interval_alpha_matches_the_published_example() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders × 12 units, interval α = 0.849.
        let a = [
            Some(1.),
            Some(2.),
            Some(3.),
            Some(3.),
            Some(2.),
            Some(1.),
            Some(4.),
            Some(1.),
            Some(2.),
            None,
            None,
            None,
        ];
        let b = [
            Some(1.),
            Some(2.),
            Some(3.),
            Some(3.),
            Some(2.),
            Some(2.),
            Some(4.),
            Some(1.),
            Some(2.),
            Some(5.),
            None,
            Some(3.),
        ];
        let c = [
            None,
            Some(3.),
            Some(3.),
            Some(3.),
            Some(2.),
            Some(3.),
            Some(4.),
            Some(2.),
            Some(2.),
            Some(5.),
            Some(1.),
            None,
        ];
        let d = [
            Some(1.),
            Some(2.),
            Some(3.),
            Some(3.),
            Some(2.),
            Some(4.),
            Some(4.),
            Some(1.),
            Some(2.),
            Some(5.),
            Some(1.),
            None,
        ];
        let rows: Vec<Vec<Option<f64>>> = (0..12).map(|u| vec![a[u], b[u], c[u], d[u]]).collect();
        let m = Matrice {
            candidatures: (0..12).map(CandidatureId).collect(),
            jures: (0..4).map(JureId).collect(),
            cellules: rows,
        };
        let alpha = m.krippendorff_alpha().expect("defined");
        assert!((alpha - 0.849).abs() < 0.0005, "alpha = {alpha}");
    }

    #[test]
    fn normalisation_handles_a_flat_juror_and_missing_cells() {
        let m = matrix(&[
            &[Some(4.0), Some(3.0), None],
            &[Some(2.0), Some(3.0), Some(1.0)],
            &[Some(3.0), Some(3.0), Some(5.0)],
        ]);
        let result = m.normalise();
        assert!(result.jures[1].sans_dispersion);
        assert_eq!(result.brutes[0], Some(3.5));
        let normalised: Vec<f64> = result.normalisees.iter().flatten().copied().collect();
        let raw: Vec<f64> = result.brutes.iter().flatten().copied().collect();
        let (lo, hi) = min_max(&raw);
        assert!(
            normalised
                .iter()
                .all(|n| *n >= lo - 1e-12 && *n <= hi + 1e-12)
        );
        assert_eq!(result.jures[0].clemence, Some(3.0 - 3.0));
    }

    #[test]
    fn equal_mean_z_gives_the_mean_of_raw_means() {
        let m = matrix(&[&[Some(3.0)], &[Some(3.0)]]);
        assert_eq!(m.normalise().normalisees, vec![Some(3.0), Some(3.0)]);
        assert_eq!(matrix(&[&[Some(1.0), None]]).krippendorff_alpha(), None);
    }

    #[test]
    fn ranks_share_ties_and_put_missing_last() {
        assert_eq!(
            ranks(&[Some(3.0), Some(5.0), Some(3.0), None]),
            vec![2, 1, 2, 4]
        );
    }

    #[test]
    fn bands_are_reproducible_and_contain_the_full_rank() {
        let m = matrix(&[
            &[Some(4.0), Some(4.5), Some(3.0), Some(4.0)],
            &[Some(3.5), Some(2.0), Some(3.5), Some(3.0)],
            &[Some(1.0), Some(2.5), Some(1.0), Some(2.0)],
        ]);
        let a = bands_bootstrap(&m, 200, 99);
        assert_eq!(a, bands_bootstrap(&m, 200, 99));
        assert!(a.iter().all(|band| band.meilleur <= band.pire), "{a:?}");
        let loo = bands_leave_one_out(&m);
        assert!(
            loo.iter()
                .all(|band| band.meilleur <= band.rang && band.rang <= band.pire),
            "{loo:?}"
        );
        assert_eq!(loo[2].rang, 3);
        assert!(!loo[0].overlaps(&loo[2]));
    }
}
