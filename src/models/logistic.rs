//! Logistic regression: the fitted models (prediction straight from a sparse vector) and
//! the default trainer, L-BFGS ([`super::lbfgs`]) over a sprs CSR matrix.
//!
//! The objective is linfa-logistic's: the summed log-loss plus `alpha / 2 * |w|^2`, the
//! intercept not penalised (`alpha = 1 / C` in scikit-learn's terms). linfa-logistic
//! itself only takes dense matrices, which at our sizes costs minutes and gigabytes per
//! fit; the same objective over CSR takes about a second.
use super::lbfgs::{self, Objective};
use crate::error::{Error, Result};
use crate::features::SparseVec;
use serde::{Deserialize, Serialize};
use sprs::CsMat;

/// Settings of the L-BFGS solver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SolverParams {
    pub max_iterations: u64,
    pub gradient_tolerance: f64,
    /// L-BFGS memory (number of correction pairs).
    pub memory: usize,
}

impl Default for SolverParams {
    fn default() -> Self {
        SolverParams {
            max_iterations: 300,
            gradient_tolerance: 1e-4,
            memory: 10,
        }
    }
}

impl SolverParams {
    pub fn validate(&self) -> Result<()> {
        if self.max_iterations == 0 {
            return Err(Error::param("max_iterations", "must be at least 1"));
        }
        if !(self.gradient_tolerance > 0.0 && self.gradient_tolerance.is_finite()) {
            return Err(Error::param(
                "gradient_tolerance",
                "must be a positive number",
            ));
        }
        if self.memory == 0 {
            return Err(Error::param("memory", "must be at least 1"));
        }
        Ok(())
    }
}

/// A binary model: P(label | x) = sigmoid(w·x + b).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BinaryLogistic {
    pub weights: Vec<f64>,
    pub intercept: f64,
}

impl BinaryLogistic {
    pub fn decision(&self, x: &SparseVec) -> f64 {
        x.dot(&self.weights) + self.intercept
    }

    pub fn probability(&self, x: &SparseVec) -> f64 {
        sigmoid(self.decision(x))
    }

    /// Fits on rows of `x` with targets `y`, L2 strength `alpha`.
    pub fn fit(x: &CsMat<f64>, y: &[bool], alpha: f64, solver: &SolverParams) -> Result<Self> {
        Self::fit_from(x, y, None, alpha, solver, None)
    }

    /// Fits starting from `start` (a model over the same columns) instead of zero:
    /// along a path of C values the previous solution is close to the next one, so
    /// the solver needs far fewer iterations.
    /// `weights` (one per row, positive) scale each row's loss: class and source weights.
    pub fn fit_from(
        x: &CsMat<f64>,
        y: &[bool],
        weights: Option<&[f64]>,
        alpha: f64,
        solver: &SolverParams,
        start: Option<&BinaryLogistic>,
    ) -> Result<Self> {
        check_alpha(alpha)?;
        let d = x.cols();
        let init = match start {
            Some(m) => starting_point(&[(&m.weights, m.intercept)], d)?,
            None => vec![0.0; d + 1],
        };
        let problem = BinaryObjective {
            x,
            y,
            rows: RowWeights::new(x, weights)?,
            alpha,
        };
        let w = minimise(&problem, init, solver)?;
        Ok(BinaryLogistic {
            weights: w.iter().take(d).copied().collect(),
            intercept: w[d],
        })
    }
}

/// A multinomial model: P(class k | x) = softmax(W x + b)_k.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MultinomialLogistic {
    /// One weight row per class.
    pub weights: Vec<Vec<f64>>,
    pub intercepts: Vec<f64>,
}

impl MultinomialLogistic {
    pub fn probabilities(&self, x: &SparseVec) -> Vec<f64> {
        softmax(&self.decisions(x))
    }

    /// The class scores W x + b.
    pub fn decisions(&self, x: &SparseVec) -> Vec<f64> {
        self.weights
            .iter()
            .zip(&self.intercepts)
            .map(|(w, b)| x.dot(w) + b)
            .collect()
    }

    /// softmax((W x + b) / temperature): the probabilities of a model calibrated by
    /// temperature scaling (temperature 1 is the fitted model).
    pub fn probabilities_at(&self, x: &SparseVec, temperature: f64) -> Vec<f64> {
        if temperature == 1.0 {
            return self.probabilities(x);
        }
        let z: Vec<f64> = self.decisions(x).iter().map(|z| z / temperature).collect();
        softmax(&z)
    }

    /// Fits on rows of `x` with class indices `y` in `0..classes`.
    pub fn fit(
        x: &CsMat<f64>,
        y: &[usize],
        classes: usize,
        alpha: f64,
        solver: &SolverParams,
    ) -> Result<Self> {
        Self::fit_from(x, y, None, classes, alpha, solver, None)
    }

    /// Fits starting from `start` instead of zero, rows weighted by `weights` (see
    /// [`BinaryLogistic::fit_from`]).
    pub fn fit_from(
        x: &CsMat<f64>,
        y: &[usize],
        weights: Option<&[f64]>,
        classes: usize,
        alpha: f64,
        solver: &SolverParams,
        start: Option<&MultinomialLogistic>,
    ) -> Result<Self> {
        check_alpha(alpha)?;
        if classes < 2 {
            return Err(Error::Training(
                "a multinomial model needs at least two classes".into(),
            ));
        }
        let d = x.cols();
        let problem = MultinomialObjective {
            x,
            y,
            rows: RowWeights::new(x, weights)?,
            classes,
            alpha,
        };
        let init = match start {
            Some(m) if m.weights.len() == classes => {
                let rows: Vec<(&Vec<f64>, f64)> =
                    m.weights.iter().zip(m.intercepts.iter().copied()).collect();
                starting_point(&rows, d)?
            }
            Some(m) => {
                return Err(Error::Training(format!(
                    "a starting model with {} classes cannot start a fit with {classes}",
                    m.weights.len()
                )))
            }
            None => vec![0.0; classes * (d + 1)],
        };
        let w = minimise(&problem, init, solver)?;
        let row = |k: usize| w.iter().skip(k * (d + 1)).take(d).copied().collect();
        Ok(MultinomialLogistic {
            weights: (0..classes).map(row).collect(),
            intercepts: (0..classes).map(|k| w[k * (d + 1) + d]).collect(),
        })
    }
}

/// The solver's parameter vector, `[w (d), b]` per class, from fitted weights.
fn starting_point(rows: &[(&Vec<f64>, f64)], d: usize) -> Result<Vec<f64>> {
    let mut init = Vec::with_capacity(rows.len() * (d + 1));
    for (weights, intercept) in rows {
        if weights.len() != d {
            return Err(Error::Training(format!(
                "a starting model over {} columns cannot start a fit over {d}",
                weights.len()
            )));
        }
        init.extend_from_slice(weights);
        init.push(*intercept);
    }
    Ok(init)
}

fn check_alpha(alpha: f64) -> Result<()> {
    if alpha > 0.0 && alpha.is_finite() {
        Ok(())
    } else {
        Err(Error::param(
            "alpha",
            format!("must be a positive number, got {alpha}"),
        ))
    }
}

fn minimise(problem: &impl Objective, mut w: Vec<f64>, solver: &SolverParams) -> Result<Vec<f64>> {
    lbfgs::minimise(problem, &mut w, solver)?;
    Ok(w)
}

pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

pub fn softmax(z: &[f64]) -> Vec<f64> {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exp: Vec<f64> = z.iter().map(|v| (v - max).exp()).collect();
    let sum: f64 = exp.iter().sum();
    exp.into_iter().map(|e| e / sum).collect()
}

/// ln(1 + e^z) without overflow.
fn softplus(z: f64) -> f64 {
    if z > 0.0 {
        z + (-z).exp().ln_1p()
    } else {
        z.exp().ln_1p()
    }
}

/// Each row's weight in the loss, and the scale of the whole objective.
///
/// The objective is minimised divided by the number of rows (the sum of the row weights
/// when rows are weighted): the same minimiser, and a gradient tolerance that means the
/// same at any data size (as in scikit-learn), instead of one that tightens with every
/// row added. Without weights every row counts once and the arithmetic is exactly that
/// of an unweighted fit.
struct RowWeights<'a> {
    weights: Option<&'a [f64]>,
    scale: f64,
}

impl<'a> RowWeights<'a> {
    fn new(x: &CsMat<f64>, weights: Option<&'a [f64]>) -> Result<Self> {
        let total = match weights {
            None => x.rows().max(1) as f64,
            Some(w) => {
                if w.len() != x.rows() {
                    return Err(Error::Training(format!(
                        "{} row weights for {} rows",
                        w.len(),
                        x.rows()
                    )));
                }
                if w.iter().any(|v| !(*v > 0.0 && v.is_finite())) {
                    return Err(Error::param("weights", "row weights must be positive"));
                }
                w.iter().sum::<f64>()
            }
        };
        Ok(RowWeights {
            weights,
            scale: 1.0 / total,
        })
    }

    fn of(&self, i: usize) -> f64 {
        self.weights.map_or(1.0, |w| w[i])
    }
}

struct BinaryObjective<'a> {
    x: &'a CsMat<f64>,
    y: &'a [bool],
    rows: RowWeights<'a>,
    alpha: f64,
}

impl Objective for BinaryObjective<'_> {
    /// One pass over the rows: each row's margin, its loss and its part of the gradient.
    fn value_and_gradient(&self, ws: &[f64], gs: &mut [f64]) -> f64 {
        let d = self.x.cols();
        let b = ws[d];
        gs.iter_mut().for_each(|v| *v = 0.0);
        let mut loss = -0.0;
        for (i, (row, &y)) in self.x.outer_iterator().zip(self.y).enumerate() {
            let z = row.iter().map(|(j, v)| v * ws[j]).sum::<f64>() + b;
            let weight = self.rows.of(i);
            loss += weight * (softplus(z) - if y { z } else { 0.0 });
            let r = weight * (sigmoid(z) - if y { 1.0 } else { 0.0 });
            for (j, v) in row.iter() {
                gs[j] += r * v;
            }
            gs[d] += r;
        }
        let reg: f64 = ws[..d].iter().map(|v| v * v).sum();
        let cost = (loss + 0.5 * self.alpha * reg) * self.rows.scale;
        for (gj, wj) in gs[..d].iter_mut().zip(&ws[..d]) {
            *gj += self.alpha * wj;
        }
        gs.iter_mut().for_each(|v| *v *= self.rows.scale);
        cost
    }
}

struct MultinomialObjective<'a> {
    x: &'a CsMat<f64>,
    y: &'a [usize],
    rows: RowWeights<'a>,
    classes: usize,
    alpha: f64,
}

impl MultinomialObjective<'_> {
    fn penalty(&self, w: &[f64]) -> f64 {
        let d = self.x.cols();
        (0..self.classes)
            .map(|k| {
                w[k * (d + 1)..k * (d + 1) + d]
                    .iter()
                    .map(|v| v * v)
                    .sum::<f64>()
            })
            .sum()
    }
}

impl Objective for MultinomialObjective<'_> {
    /// One pass over the rows: each row's class scores, its loss and its part of the
    /// gradient.
    fn value_and_gradient(&self, ws: &[f64], gs: &mut [f64]) -> f64 {
        let d = self.x.cols();
        let k = self.classes;
        gs.iter_mut().for_each(|v| *v = 0.0);
        let mut z = vec![0.0; k];
        let mut loss = -0.0;
        for (i, row) in self.x.outer_iterator().enumerate() {
            for (c, zc) in z.iter_mut().enumerate() {
                let base = c * (d + 1);
                *zc = row.iter().map(|(j, v)| v * ws[base + j]).sum::<f64>() + ws[base + d];
            }
            let y = self.y[i];
            let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let lse = max + z.iter().map(|v| (v - max).exp()).sum::<f64>().ln();
            let weight = self.rows.of(i);
            loss += weight * (lse - z[y]);
            for (c, pc) in softmax(&z).into_iter().enumerate() {
                let r = weight * (pc - if y == c { 1.0 } else { 0.0 });
                let base = c * (d + 1);
                for (j, v) in row.iter() {
                    gs[base + j] += r * v;
                }
                gs[base + d] += r;
            }
        }
        let cost = (loss + 0.5 * self.alpha * self.penalty(ws)) * self.rows.scale;
        for c in 0..k {
            let base = c * (d + 1);
            for j in 0..d {
                gs[base + j] += self.alpha * ws[base + j];
            }
        }
        gs.iter_mut().for_each(|v| *v *= self.rows.scale);
        cost
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::sparse::to_csr;

    fn sv(pairs: &[(u32, f64)]) -> SparseVec {
        SparseVec {
            indices: pairs.iter().map(|p| p.0).collect(),
            values: pairs.iter().map(|p| p.1).collect(),
        }
    }

    /// The analytic gradient agrees with forward differences of the cost.
    fn assert_gradient_matches(obj: &impl Objective, w: &[f64]) {
        let mut g = vec![0.0; w.len()];
        let mut scratch = vec![0.0; w.len()];
        let f = obj.value_and_gradient(w, &mut g);
        for j in 0..w.len() {
            let mut wp = w.to_vec();
            wp[j] += 1e-6;
            let num = (obj.value_and_gradient(&wp, &mut scratch) - f) / 1e-6;
            assert!(
                (num - g[j]).abs() < 1e-4,
                "coordinate {j}: {num} vs {}",
                g[j]
            );
        }
    }

    #[test]
    fn binary_fit_separates_and_gradient_matches_finite_differences() {
        let rows = [
            sv(&[(0, 1.0)]),
            sv(&[(0, 0.8), (2, 0.6)]),
            sv(&[(1, 1.0)]),
            sv(&[(1, 0.6), (2, 0.8)]),
        ];
        let refs: Vec<&SparseVec> = rows.iter().collect();
        let x = to_csr(&refs, 3);
        let y = [true, true, false, false];
        let obj = BinaryObjective {
            x: &x,
            y: &y,
            rows: RowWeights::new(&x, None).unwrap(),
            alpha: 0.5,
        };
        let w = vec![0.3, -0.2, 0.1, 0.05];
        assert_gradient_matches(&obj, &w);
        let weights = [2.0, 0.5, 1.0, 3.0];
        let weighted = BinaryObjective {
            x: &x,
            y: &y,
            rows: RowWeights::new(&x, Some(&weights)).unwrap(),
            alpha: 0.5,
        };
        assert_gradient_matches(&weighted, &w);
        let m = BinaryLogistic::fit(&x, &y, 0.1, &SolverParams::default()).unwrap();
        assert!(m.probability(&rows[0]) > 0.8 && m.probability(&rows[2]) < 0.2);
    }

    #[test]
    fn multinomial_gradient_matches_finite_differences() {
        let rows = [sv(&[(0, 1.0)]), sv(&[(1, 1.0)]), sv(&[(0, 0.6), (1, 0.8)])];
        let refs: Vec<&SparseVec> = rows.iter().collect();
        let x = to_csr(&refs, 2);
        let y = [0usize, 1, 2];
        let obj = MultinomialObjective {
            x: &x,
            y: &y,
            rows: RowWeights::new(&x, None).unwrap(),
            classes: 3,
            alpha: 0.3,
        };
        let w = vec![0.1, -0.3, 0.2, 0.4, 0.0, -0.1, 0.2, 0.3, 0.05];
        assert_gradient_matches(&obj, &w);
        let weights = [0.5, 2.0, 1.5];
        let weighted = MultinomialObjective {
            x: &x,
            y: &y,
            rows: RowWeights::new(&x, Some(&weights)).unwrap(),
            classes: 3,
            alpha: 0.3,
        };
        assert_gradient_matches(&weighted, &w);
        let m = MultinomialLogistic::fit(&x, &y, 3, 0.01, &SolverParams::default()).unwrap();
        let p = m.probabilities(&rows[0]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(p[0] > p[1] && p[0] > p[2]);
    }

    #[test]
    fn warm_start_reaches_the_cold_solution() {
        let rows: Vec<SparseVec> = (0..40)
            .map(|i| sv(&[(i % 5, 1.0), ((i * 7) % 5 + 5, 0.5), (10, 0.2)]))
            .collect();
        let refs: Vec<&SparseVec> = rows.iter().collect();
        let x = to_csr(&refs, 11);
        let y: Vec<bool> = (0..40).map(|i| i % 5 < 2 || i % 13 == 0).collect();
        let solver = SolverParams {
            gradient_tolerance: 1e-8,
            ..SolverParams::default()
        };
        let cold = BinaryLogistic::fit(&x, &y, 0.1, &solver).unwrap();
        let strong = BinaryLogistic::fit(&x, &y, 1.0, &solver).unwrap();
        let warm = BinaryLogistic::fit_from(&x, &y, None, 0.1, &solver, Some(&strong)).unwrap();
        for (a, b) in cold.weights.iter().zip(&warm.weights) {
            assert!((a - b).abs() < 1e-4, "{a} vs {b}");
        }
        assert!((cold.intercept - warm.intercept).abs() < 1e-4);

        let y3: Vec<usize> = (0..40).map(|i| i % 3).collect();
        let cold = MultinomialLogistic::fit(&x, &y3, 3, 0.1, &solver).unwrap();
        let strong = MultinomialLogistic::fit(&x, &y3, 3, 1.0, &solver).unwrap();
        let warm =
            MultinomialLogistic::fit_from(&x, &y3, None, 3, 0.1, &solver, Some(&strong)).unwrap();
        let p = |m: &MultinomialLogistic| m.probabilities(&rows[3]);
        for (a, b) in p(&cold).iter().zip(&p(&warm)) {
            assert!((a - b).abs() < 1e-4, "{a} vs {b}");
        }
    }

    #[test]
    fn a_starting_model_of_another_shape_is_rejected() {
        let rows = [sv(&[(0, 1.0)]), sv(&[(1, 1.0)])];
        let refs: Vec<&SparseVec> = rows.iter().collect();
        let x = to_csr(&refs, 2);
        let start = BinaryLogistic {
            weights: vec![0.0; 3],
            intercept: 0.0,
        };
        let fit = BinaryLogistic::fit_from(
            &x,
            &[true, false],
            None,
            1.0,
            &SolverParams::default(),
            Some(&start),
        );
        assert!(fit.is_err());
    }

    #[test]
    fn a_row_weighted_twice_counts_like_a_repeated_row() {
        let rows = [sv(&[(0, 1.0)]), sv(&[(0, 0.5), (1, 0.5)]), sv(&[(1, 1.0)])];
        let y = [true, true, false];
        let solver = SolverParams {
            gradient_tolerance: 1e-9,
            ..SolverParams::default()
        };
        let refs: Vec<&SparseVec> = rows.iter().collect();
        let weighted = BinaryLogistic::fit_from(
            &to_csr(&refs, 2),
            &y,
            Some(&[1.0, 2.0, 1.0]),
            0.1,
            &solver,
            None,
        )
        .unwrap();
        let repeated: Vec<&SparseVec> = vec![&rows[0], &rows[1], &rows[1], &rows[2]];
        let plain = BinaryLogistic::fit(
            &to_csr(&repeated, 2),
            &[true, true, true, false],
            0.1,
            &solver,
        )
        .unwrap();
        for (a, b) in weighted.weights.iter().zip(&plain.weights) {
            assert!((a - b).abs() < 1e-5, "{a} vs {b}");
        }
    }

    #[test]
    fn bad_alpha_is_rejected() {
        let x = to_csr(&[], 1);
        assert!(BinaryLogistic::fit(&x, &[], 0.0, &SolverParams::default()).is_err());
    }
}
