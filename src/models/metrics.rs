//! The scores we report: precision, recall and F1 per label with micro and macro
//! averages (multi-label topics), per class with accuracy (stance), and the Brier score
//! of the probabilities.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, gold: bool, pred: bool) {
        match (gold, pred) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    pub fn scores(&self) -> Scores {
        Scores {
            precision: round4(self.precision()),
            recall: round4(self.recall()),
            f1: round4(self.f1()),
            support: self.tp + self.fn_,
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Rounded so that reports and stored metrics stay readable and stable.
pub fn round4(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Number of gold positives.
    pub support: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub examples: usize,
    pub per_label: BTreeMap<String, Scores>,
    pub micro: Scores,
    /// Mean F1 (and P, R) over labels.
    pub macro_avg: Scores,
    /// Share of examples whose whole label set (topics) or class (stance) is right.
    pub accuracy: f64,
}

/// Multi-label report: `gold[i][l]`, `pred[i][l]` for example i and label l.
pub fn multilabel(labels: &[String], gold: &[Vec<bool>], pred: &[Vec<bool>]) -> Report {
    let mut per = vec![Counts::default(); labels.len()];
    let mut micro = Counts::default();
    let mut exact = 0;
    for (g, p) in gold.iter().zip(pred) {
        for l in 0..labels.len() {
            per[l].add(g[l], p[l]);
            micro.add(g[l], p[l]);
        }
        exact += usize::from(g == p);
    }
    build(labels, &per, micro, exact, gold.len())
}

/// Multi-class report over class indices.
pub fn multiclass(classes: &[String], gold: &[usize], pred: &[usize]) -> Report {
    let mut per = vec![Counts::default(); classes.len()];
    let mut micro = Counts::default();
    let mut exact = 0;
    for (&g, &p) in gold.iter().zip(pred) {
        for (c, counts) in per.iter_mut().enumerate() {
            counts.add(g == c, p == c);
        }
        // Each miss is a false positive for one class and a false negative for another.
        if g == p {
            micro.tp += 1;
        } else {
            micro.fp += 1;
            micro.fn_ += 1;
        }
        exact += usize::from(g == p);
    }
    build(classes, &per, micro, exact, gold.len())
}

fn build(labels: &[String], per: &[Counts], micro: Counts, exact: usize, n: usize) -> Report {
    let k = per.len().max(1) as f64;
    let mean = |f: fn(&Counts) -> f64| round4(per.iter().map(f).sum::<f64>() / k);
    Report {
        examples: n,
        per_label: labels
            .iter()
            .cloned()
            .zip(per.iter().map(Counts::scores))
            .collect(),
        micro: micro.scores(),
        macro_avg: Scores {
            precision: mean(Counts::precision),
            recall: mean(Counts::recall),
            f1: mean(Counts::f1),
            support: per.iter().map(|c| c.tp + c.fn_).sum(),
        },
        accuracy: round4(ratio(exact, n)),
    }
}

/// Mean squared error of probabilities against 0/1 outcomes.
pub fn brier(probs: &[f64], gold: &[bool]) -> f64 {
    let n = probs.len().max(1) as f64;
    round4(
        probs
            .iter()
            .zip(gold)
            .map(|(p, &g)| (p - f64::from(u8::from(g))).powi(2))
            .sum::<f64>()
            / n,
    )
}

/// Expected calibration error of the top predicted probability: the weighted mean gap
/// between confidence and accuracy over `bins` equal-width confidence bins.
pub fn ece(confidence: &[f64], correct: &[bool], bins: usize) -> f64 {
    let n = confidence.len();
    if n == 0 || bins == 0 {
        return 0.0;
    }
    let mut sum = vec![0.0; bins];
    let mut hits = vec![0usize; bins];
    let mut count = vec![0usize; bins];
    for (&p, &ok) in confidence.iter().zip(correct) {
        let b = ((p * bins as f64) as usize).min(bins - 1);
        sum[b] += p;
        hits[b] += usize::from(ok);
        count[b] += 1;
    }
    let gap: f64 = (0..bins)
        .filter(|&b| count[b] > 0)
        .map(|b| (sum[b] - hits[b] as f64).abs())
        .sum();
    round4(gap / n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_give_the_textbook_scores() {
        let mut c = Counts::default();
        for (g, p) in [
            (true, true),
            (true, true),
            (false, true),
            (true, false),
            (false, false),
        ] {
            c.add(g, p);
        }
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.recall() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn ece_is_zero_when_confidence_matches_accuracy() {
        assert_eq!(ece(&[0.75; 4], &[true, true, true, false], 10), 0.0);
        assert_eq!(ece(&[1.0, 1.0], &[true, false], 10), 0.5);
    }

    #[test]
    fn multiclass_micro_is_accuracy() {
        let classes: Vec<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
        let r = multiclass(&classes, &[0, 0, 1, 1], &[0, 1, 1, 1]);
        assert_eq!(r.accuracy, 0.75);
        assert_eq!(r.micro.f1, 0.75);
        assert_eq!(r.per_label["b"].precision, round4(2.0 / 3.0));
    }
}
