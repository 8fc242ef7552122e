//! Cross-validation settings and pieces: stratified, grouped, seeded folds; the grid of
//! regularisation strengths and the order a warm-started path visits it; the decision
//! threshold that maximises F1 on out-of-fold probabilities. The cross-validation
//! itself (one path for every kind of task) is [`super::fit`].
use crate::error::{Error, Result};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How models are cross-validated and which C values are tried.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CvParams {
    pub folds: usize,
    /// Inverse regularisation strengths tried (alpha = 1 / C).
    pub c_grid: Vec<f64>,
    pub seed: u64,
}

impl Default for CvParams {
    fn default() -> Self {
        CvParams {
            folds: 5,
            c_grid: vec![1.0, 3.0, 10.0, 30.0, 100.0],
            seed: 20_261_129,
        }
    }
}

impl CvParams {
    pub fn validate(&self) -> Result<()> {
        if self.folds < 2 {
            return Err(Error::param("folds", "need at least 2 folds"));
        }
        if self.c_grid.is_empty() || self.c_grid.iter().any(|c| !(*c > 0.0 && c.is_finite())) {
            return Err(Error::param(
                "c_grid",
                "need one or more positive, finite values",
            ));
        }
        Ok(())
    }
}

impl CvParams {
    /// Indices into `c_grid` from the smallest C to the largest: the order in which a
    /// warm-started path visits them (ties keep grid order).
    pub fn path(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.c_grid.len()).collect();
        order.sort_by(|&a, &b| self.c_grid[a].total_cmp(&self.c_grid[b]));
        order
    }
}

/// Assigns examples to folds, keeping every example of a group in one fold (when
/// `groups` is given; else each example is its own group) and stratified by `strata`
/// (a group counts under its first example's stratum), so each fold sees each stratum
/// in proportion. Within each stratum (in name order) the groups are shuffled with the
/// seed and dealt, in turn, to the fold with the fewest examples so far. With single
/// examples this is plain stratified k-fold. Deterministic for a given seed.
pub fn assign_folds(
    strata: &[String],
    groups: Option<&[String]>,
    folds: usize,
    seed: u64,
) -> Vec<usize> {
    // Groups in order of first appearance, with their members.
    let mut members: Vec<Vec<usize>> = Vec::new();
    match groups {
        Some(groups) => {
            let mut index: BTreeMap<&str, usize> = BTreeMap::new();
            for (i, g) in groups.iter().enumerate() {
                let next = members.len();
                let at = *index.entry(g.as_str()).or_insert(next);
                if at == next {
                    members.push(Vec::new());
                }
                members[at].push(i);
            }
        }
        None => members.extend((0..strata.len()).map(|i| vec![i])),
    }
    let mut by_stratum: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (g, m) in members.iter().enumerate() {
        by_stratum.entry(strata[m[0]].as_str()).or_default().push(g);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut size = vec![0usize; folds];
    let mut fold_of = vec![0; strata.len()];
    for groups_here in by_stratum.values_mut() {
        groups_here.shuffle(&mut rng);
        for &g in groups_here.iter() {
            let f = (0..folds).min_by_key(|&f| size[f]).unwrap_or(0);
            size[f] += members[g].len();
            for &i in &members[g] {
                fold_of[i] = f;
            }
        }
    }
    fold_of
}

/// The threshold in 0.05..=0.95 (step 0.01) with the best F1; ties go to the one
/// nearest 0.5.
pub fn best_threshold(probs: &[f64], gold: &[bool]) -> (f64, f64) {
    let mut best: (f64, f64) = (0.5, -1.0);
    for step in 5..=95 {
        let t = step as f64 / 100.0;
        let mut c = super::metrics::Counts::default();
        for (p, &g) in probs.iter().zip(gold) {
            c.add(g, *p >= t);
        }
        let f1 = c.f1();
        let better = f1 > best.1 + 1e-12
            || ((f1 - best.1).abs() <= 1e-12 && (t - 0.5).abs() < (best.0 - 0.5).abs());
        if better {
            best = (t, f1);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_visits_c_from_smallest_to_largest() {
        let cv = CvParams {
            c_grid: vec![10.0, 1.0, 100.0, 3.0],
            ..CvParams::default()
        };
        assert_eq!(cv.path(), vec![1, 3, 0, 2]);
    }

    #[test]
    fn folds_are_balanced_and_deterministic() {
        let strata: Vec<String> = (0..100)
            .map(|i| if i % 4 == 0 { "a" } else { "b" }.to_string())
            .collect();
        let f1 = assign_folds(&strata, None, 5, 7);
        assert_eq!(f1, assign_folds(&strata, None, 5, 7));
        for k in 0..5 {
            let in_fold: Vec<usize> = (0..100).filter(|&i| f1[i] == k).collect();
            assert_eq!(in_fold.len(), 20);
            assert_eq!(in_fold.iter().filter(|&&i| i % 4 == 0).count(), 5);
        }
    }

    #[test]
    fn groups_stay_whole() {
        let groups: Vec<String> = (0..60).map(|i| format!("g{}", i % 12)).collect();
        let strata: Vec<String> = (0..60).map(|i| format!("s{}", i % 2)).collect();
        let f = assign_folds(&strata, Some(&groups), 4, 3);
        for i in 0..60 {
            for j in 0..60 {
                if groups[i] == groups[j] {
                    assert_eq!(f[i], f[j]);
                }
            }
        }
        assert!((0..4).all(|k| f.contains(&k)));
    }

    #[test]
    fn threshold_maximises_f1() {
        let probs = [0.9, 0.7, 0.35, 0.2, 0.1];
        let gold = [true, true, true, false, false];
        let (t, f1) = best_threshold(&probs, &gold);
        assert!(t > 0.2 && t <= 0.35, "{t}");
        assert_eq!(f1, 1.0);
    }
}
