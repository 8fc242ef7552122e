//! Cross-validating and fitting one multinomial logistic regression: the regularisation
//! strength is chosen on out-of-fold predictions, then the model is fitted on all rows.
//! Used by the stance model and by any multi-class task (`training::classification`).
use super::cv::CvParams;
use super::logistic::{MultinomialLogistic, SolverParams};
use super::metrics::{self, Report};
use super::stance::argmax;
use super::{dense, SolverKind};
use crate::error::Result;
use crate::features::sparse::to_csr;
use crate::features::SparseVec;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Cross-validated figures at the chosen C.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MulticlassCv {
    pub c: f64,
    pub macro_f1_by_c: Vec<(f64, f64)>,
    pub report: Report,
}

/// One cross-validation fit: the model and its out-of-fold predictions.
#[derive(Clone)]
struct FoldFit {
    model: MultinomialLogistic,
    preds: Vec<(usize, usize)>,
}

/// Vectorised examples, their classes and their folds.
pub struct Data<'a> {
    pub rows: &'a [SparseVec],
    pub n_features: usize,
    pub y: &'a [usize],
    pub classes: &'a [String],
    pub fold_of: &'a [usize],
}

/// How to fit, and which out-of-fold score picks C.
pub struct Fitting<'a, S: Fn(&Report) -> f64> {
    pub cv: &'a CvParams,
    pub solver: &'a SolverParams,
    pub solver_kind: SolverKind,
    pub select: S,
}

pub fn cross_validate_and_fit<S: Fn(&Report) -> f64 + Sync>(
    data: &Data,
    fitting: &Fitting<S>,
    progress: &(dyn Fn() + Sync),
) -> Result<(MultinomialLogistic, MulticlassCv)> {
    let (n, k, d, folds) = (
        data.rows.len(),
        data.classes.len(),
        data.n_features,
        fitting.cv.folds,
    );
    let fit = |rows: &[&SparseVec],
               y: &[usize],
               c: f64,
               start: Option<&MultinomialLogistic>|
     -> Result<MultinomialLogistic> {
        let m = match fitting.solver_kind {
            SolverKind::Sparse => MultinomialLogistic::fit_from(
                &to_csr(rows, d),
                y,
                k,
                1.0 / c,
                fitting.solver,
                start,
            ),
            SolverKind::Dense => dense::fit_multinomial(rows, d, y, k, 1.0 / c, fitting.solver),
        };
        progress();
        m
    };
    // Folds in parallel, each walking the C grid from strong to weak regularisation,
    // warm-started.
    let grid = &fitting.cv.c_grid;
    let path = fitting.cv.path();
    let fold_fits: Vec<Vec<FoldFit>> = (0..folds)
        .into_par_iter()
        .map(|f| {
            let train: Vec<usize> = (0..n).filter(|&i| data.fold_of[i] != f).collect();
            let x: Vec<&SparseVec> = train.iter().map(|&i| &data.rows[i]).collect();
            let yt: Vec<usize> = train.iter().map(|&i| data.y[i]).collect();
            let mut fits: Vec<Option<FoldFit>> = vec![None; grid.len()];
            let mut previous: Option<&MultinomialLogistic> = None;
            for &c in &path {
                let model = fit(&x, &yt, grid[c], previous)?;
                let preds = (0..n)
                    .filter(|&i| data.fold_of[i] == f)
                    .map(|i| (i, argmax(&model.probabilities(&data.rows[i]))))
                    .collect();
                previous = Some(&fits[c].insert(FoldFit { model, preds }).model);
            }
            Ok(fits.into_iter().flatten().collect())
        })
        .collect::<Result<_>>()?;
    let reports: Vec<Report> = (0..grid.len())
        .map(|c| {
            let mut pred = vec![0; n];
            for fold in &fold_fits {
                for &(i, p) in &fold[c].preds {
                    pred[i] = p;
                }
            }
            metrics::multiclass(data.classes, data.y, &pred)
        })
        .collect();
    // Best score; among equals the smallest C (strongest regularisation).
    let best = (0..reports.len()).fold(0, |b, c| {
        if (fitting.select)(&reports[c]) > (fitting.select)(&reports[b]) + 1e-9 {
            c
        } else {
            b
        }
    });
    let all: Vec<&SparseVec> = data.rows.iter().collect();
    // The first fold's model at the chosen C is close to the final one.
    let model = fit(&all, data.y, grid[best], Some(&fold_fits[0][best].model))?;
    let cv = MulticlassCv {
        c: grid[best],
        macro_f1_by_c: grid
            .iter()
            .zip(&reports)
            .map(|(c, r)| (*c, r.macro_avg.f1))
            .collect(),
        report: reports[best].clone(),
    };
    Ok((model, cv))
}
