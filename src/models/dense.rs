//! The dense solver: linfa-logistic on a dense matrix. Slow and memory-hungry at our
//! sizes (it is chosen with `--solver dense` for small data) and the reference the
//! sparse trainer is tested against.
use super::logistic::{BinaryLogistic, MultinomialLogistic, SolverParams};
use crate::error::{Error, Result};
use crate::features::SparseVec;
use linfa::prelude::*;
use linfa_logistic::{LogisticRegression, MultiLogisticRegression};
use ndarray::{Array1, Array2};

fn dense(rows: &[&SparseVec], cols: usize) -> Array2<f64> {
    let mut x = Array2::zeros((rows.len(), cols));
    for (i, r) in rows.iter().enumerate() {
        for (j, v) in r.iter() {
            x[[i, j]] = v;
        }
    }
    x
}

pub fn fit_binary(
    rows: &[&SparseVec],
    cols: usize,
    y: &[bool],
    alpha: f64,
    solver: &SolverParams,
) -> Result<BinaryLogistic> {
    let data = Dataset::new(dense(rows, cols), Array1::from(y.to_vec()));
    let fitted = LogisticRegression::default()
        .alpha(alpha)
        .max_iterations(solver.max_iterations)
        .gradient_tolerance(solver.gradient_tolerance)
        .fit(&data)
        .map_err(|e| Error::Training(e.to_string()))?;
    // linfa-logistic makes the more frequent class the positive one; we want `true`.
    let sign = if fitted.labels().pos.class { 1.0 } else { -1.0 };
    Ok(BinaryLogistic {
        weights: fitted.params().iter().map(|w| sign * w).collect(),
        intercept: sign * fitted.intercept(),
    })
}

pub fn fit_multinomial(
    rows: &[&SparseVec],
    cols: usize,
    y: &[usize],
    classes: usize,
    alpha: f64,
    solver: &SolverParams,
) -> Result<MultinomialLogistic> {
    let data = Dataset::new(dense(rows, cols), Array1::from(y.to_vec()));
    let fitted = MultiLogisticRegression::default()
        .alpha(alpha)
        .max_iterations(solver.max_iterations)
        .gradient_tolerance(solver.gradient_tolerance)
        .fit(&data)
        .map_err(|e| Error::Training(e.to_string()))?;
    let params = fitted.params();
    let mut weights = vec![vec![0.0; cols]; classes];
    let mut intercepts = vec![-1e3; classes];
    for (col, &class) in fitted.classes().iter().enumerate() {
        weights[class] = params.column(col).to_vec();
        intercepts[class] = fitted.intercept()[col];
    }
    Ok(MultinomialLogistic {
        weights,
        intercepts,
    })
}
