//! The speaker score: the probability that a found quote's speaker is the one a reader
//! would name, from how the speaker was reached ([`crate::features::attribution`]). A
//! logistic regression over a handful of dense features, its C chosen by grouped
//! cross-validated log-loss; fitted by `train` on the real-news speakers of
//! `training_data/speakers/`.
use super::cv::assign_folds;
use super::logistic::{BinaryLogistic, SolverParams};
use super::metrics::{brier, ece, round4};
use crate::error::{Error, Result};
use crate::features::attribution::FEATURES;
use crate::features::SparseVec;
use serde::{Deserialize, Serialize};
use sprs::CsMat;

/// The C values tried, smallest first (ties go to the smaller: the simpler model).
pub const C_GRID: [f64; 4] = [0.01, 0.1, 1.0, 10.0];
/// Cross-validation folds; articles never sit in two.
pub const FOLDS: usize = 5;
const SEED: u64 = 20_261_206;
/// Bins of the expected calibration error.
pub const CALIBRATION_BINS: usize = 10;

/// The stored model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerScore {
    /// The features in weight order ([`FEATURES`] when it was trained).
    pub features: Vec<String>,
    pub c: f64,
    pub model: BinaryLogistic,
    /// SHA-256 of the training files, in reading order.
    pub data_hash: String,
    pub cross_validation: ScoreReport,
}

/// How well scores tell right speakers from wrong ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreReport {
    /// Quotes with a speaker, and how many of those speakers are right.
    pub quotes: usize,
    pub right: usize,
    /// Area under the ROC curve: the chance a right speaker scores above a wrong one.
    pub auc: f64,
    pub brier: f64,
    /// Expected calibration error over [`CALIBRATION_BINS`] bins.
    pub ece: f64,
    /// Share of quotes scoring at least 0.5, 0.8 and 0.9, and the share of their
    /// speakers that are right.
    pub at_thresholds: Vec<AtThreshold>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AtThreshold {
    pub threshold: f64,
    pub coverage: f64,
    pub right: f64,
}

/// The thresholds a [`ScoreReport`] reports.
pub const THRESHOLDS: [f64; 3] = [0.5, 0.8, 0.9];

impl SpeakerScore {
    /// The probability that the speaker is right.
    pub fn score(&self, x: &[f64; FEATURES.len()]) -> f64 {
        self.model.probability(&dense(x))
    }

    /// A model over other features, or with a weight missing, is refused.
    pub fn check(&self) -> std::result::Result<(), String> {
        if self.features != FEATURES {
            return Err(format!(
                "the speaker score was trained on features {:?}, this build computes {:?}",
                self.features, FEATURES
            ));
        }
        if self.model.weights.len() != FEATURES.len() {
            return Err(format!(
                "the speaker score has {} weights for {} features",
                self.model.weights.len(),
                FEATURES.len()
            ));
        }
        if !(self.model.intercept.is_finite() && self.model.weights.iter().all(|w| w.is_finite())) {
            return Err("the speaker score has a weight that is not a finite number".into());
        }
        Ok(())
    }
}

fn dense(x: &[f64]) -> SparseVec {
    let (indices, values) = x
        .iter()
        .enumerate()
        .filter(|(_, v)| **v != 0.0)
        .map(|(j, v)| (j as u32, *v))
        .unzip();
    SparseVec { indices, values }
}

/// The labelled quotes a speaker score is fitted on: features, whether the speaker is
/// right, and the article (folds keep an article's quotes together).
#[derive(Debug, Default)]
pub struct ScoreData {
    pub x: Vec<[f64; FEATURES.len()]>,
    pub right: Vec<bool>,
    pub article: Vec<String>,
}

/// Chooses C by grouped cross-validated log-loss, reports the out-of-fold scores, and
/// fits on all the data. Deterministic.
pub fn fit(data: &ScoreData, data_hash: String, solver: &SolverParams) -> Result<SpeakerScore> {
    let n = data.x.len();
    if n < FOLDS * 2 || data.right.iter().all(|&r| r) || data.right.iter().all(|&r| !r) {
        return Err(Error::Training(format!(
            "the speaker score needs right and wrong speakers in at least {} quotes; it has {n} ({} right)",
            FOLDS * 2,
            data.right.iter().filter(|&&r| r).count()
        )));
    }
    let strata: Vec<String> = data.right.iter().map(|r| r.to_string()).collect();
    let folds = assign_folds(&strata, Some(&data.article), FOLDS, SEED);
    let rows: Vec<SparseVec> = data.x.iter().map(|x| dense(x)).collect();
    let matrix = |keep: &dyn Fn(usize) -> bool| -> (CsMat<f64>, Vec<bool>) {
        let idx: Vec<usize> = (0..n).filter(|&i| keep(i)).collect();
        let refs: Vec<&SparseVec> = idx.iter().map(|&i| &rows[i]).collect();
        (
            crate::features::sparse::to_csr(&refs, FEATURES.len()),
            idx.iter().map(|&i| data.right[i]).collect(),
        )
    };
    let mut best: Option<(f64, f64, Vec<f64>)> = None;
    for c in C_GRID {
        let mut out_of_fold = vec![0.0; n];
        for f in 0..FOLDS {
            let (x, y) = matrix(&|i| folds[i] != f);
            let m = BinaryLogistic::fit(&x, &y, 1.0 / c, solver)?;
            for i in (0..n).filter(|&i| folds[i] == f) {
                out_of_fold[i] = m.probability(&rows[i]);
            }
        }
        let loss = log_loss(&out_of_fold, &data.right);
        if best.as_ref().is_none_or(|(_, b, _)| loss < *b) {
            best = Some((c, loss, out_of_fold));
        }
    }
    let (c, _, out_of_fold) = best.expect("the C grid is not empty");
    let (x, y) = matrix(&|_| true);
    let model = BinaryLogistic::fit(&x, &y, 1.0 / c, solver)?;
    Ok(SpeakerScore {
        features: FEATURES.iter().map(|f| f.to_string()).collect(),
        c,
        model,
        data_hash,
        cross_validation: report(&out_of_fold, &data.right),
    })
}

fn log_loss(p: &[f64], y: &[bool]) -> f64 {
    let eps = 1e-12;
    p.iter()
        .zip(y)
        .map(|(&p, &y)| {
            -if y {
                p.max(eps).ln()
            } else {
                (1.0 - p).max(eps).ln()
            }
        })
        .sum::<f64>()
        / p.len().max(1) as f64
}

/// The figures of scores against whether each speaker is right.
pub fn report(scores: &[f64], right: &[bool]) -> ScoreReport {
    let n = scores.len();
    let share = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            round4(a as f64 / b as f64)
        }
    };
    ScoreReport {
        quotes: n,
        right: right.iter().filter(|&&r| r).count(),
        auc: round4(auc(scores, right)),
        brier: brier(scores, right),
        ece: ece(scores, right, CALIBRATION_BINS),
        at_thresholds: THRESHOLDS
            .iter()
            .map(|&t| {
                let kept: Vec<bool> = scores
                    .iter()
                    .zip(right)
                    .filter(|(s, _)| **s >= t)
                    .map(|(_, r)| *r)
                    .collect();
                AtThreshold {
                    threshold: t,
                    coverage: share(kept.len(), n),
                    right: share(kept.iter().filter(|&&r| r).count(), kept.len()),
                }
            })
            .collect(),
    }
}

/// The area under the ROC curve by ranks (ties share their mean rank); 0.5 when one
/// class is missing.
pub fn auc(scores: &[f64], right: &[bool]) -> f64 {
    let positives = right.iter().filter(|&&r| r).count();
    let negatives = right.len() - positives;
    if positives == 0 || negatives == 0 {
        return 0.5;
    }
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && scores[order[j + 1]] == scores[order[i]] {
            j += 1;
        }
        // Ranks i+1 ..= j+1 share their mean.
        let mean_rank = (i + j + 2) as f64 / 2.0;
        rank_sum += mean_rank * order[i..=j].iter().filter(|&&k| right[k]).count() as f64;
        i = j + 1;
    }
    let p = positives as f64;
    (rank_sum - p * (p + 1.0) / 2.0) / (p * negatives as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_by_ranks_with_ties() {
        assert_eq!(
            auc(&[0.1, 0.4, 0.35, 0.8], &[false, false, true, true]),
            0.75
        );
        assert_eq!(auc(&[0.2, 0.9], &[false, true]), 1.0);
        assert_eq!(auc(&[0.5, 0.5], &[false, true]), 0.5);
        assert_eq!(auc(&[0.3, 0.6], &[true, true]), 0.5);
    }

    #[test]
    fn coverage_and_accuracy_at_each_threshold() {
        let r = report(&[0.95, 0.85, 0.6, 0.2], &[true, false, true, false]);
        assert_eq!(r.quotes, 4);
        assert_eq!(r.right, 2);
        let at: Vec<(f64, f64, f64)> = r
            .at_thresholds
            .iter()
            .map(|a| (a.threshold, a.coverage, a.right))
            .collect();
        assert_eq!(
            at,
            vec![(0.5, 0.75, 0.6667), (0.8, 0.5, 0.5), (0.9, 0.25, 1.0)]
        );
    }

    fn toy(n: usize) -> ScoreData {
        // Speakers as written are right one time in four, pronouns three in four.
        let mut d = ScoreData::default();
        for i in 0..n {
            let mut x = [0.0; FEATURES.len()];
            let pronoun = i % 2 == 0;
            let k = FEATURES
                .iter()
                .position(|f| {
                    *f == if pronoun {
                        "source_pronoun"
                    } else {
                        "source_as_written"
                    }
                })
                .unwrap();
            x[k] = 1.0;
            d.x.push(x);
            d.right.push(if pronoun { i % 8 != 0 } else { i % 8 == 1 });
            d.article.push(format!("a{}", i / 4));
        }
        d
    }

    #[test]
    fn fits_deterministically_and_learns_which_path_is_safer() {
        let d = toy(400);
        let a = fit(&d, "h".into(), &SolverParams::default()).unwrap();
        let b = fit(&d, "h".into(), &SolverParams::default()).unwrap();
        assert_eq!(a, b);
        a.check().unwrap();
        let (pronoun, written) = (d.x[0], d.x[1]);
        assert!(
            (a.score(&pronoun) - 0.75).abs() < 0.05,
            "{}",
            a.score(&pronoun)
        );
        assert!(
            (a.score(&written) - 0.25).abs() < 0.05,
            "{}",
            a.score(&written)
        );
    }

    #[test]
    fn too_little_or_one_sided_data_is_an_error() {
        let mut d = toy(400);
        d.right.iter_mut().for_each(|r| *r = true);
        let e = fit(&d, "h".into(), &SolverParams::default()).unwrap_err();
        assert!(e.to_string().contains("400 (400 right)"), "{e}");
        assert!(fit(&toy(6), "h".into(), &SolverParams::default()).is_err());
    }

    #[test]
    fn a_model_over_other_features_is_refused() {
        let mut m = fit(&toy(200), "h".into(), &SolverParams::default()).unwrap();
        m.features.pop();
        assert!(m.check().unwrap_err().contains("trained on features"));
    }
}
