//! Topics: one binary logistic regression per label (one-vs-rest, multi-label), each
//! with its own C and decision threshold chosen by k-fold cross-validation.
use super::cv::{best_threshold, stratified_folds, CvParams};
use super::logistic::{BinaryLogistic, SolverParams};
use super::metrics::{self, Report};
use super::{dense, SolverKind};
use crate::error::{Error, Result};
use crate::features::sparse::to_csr;
use crate::features::{SparseVec, TfidfParams, TfidfVectorizer};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Everything that decides how topic models are trained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TopicParams {
    pub tfidf: TfidfParams,
    pub cv: CvParams,
    pub solver: SolverParams,
    pub solver_kind: SolverKind,
}

impl Default for TopicParams {
    fn default() -> Self {
        TopicParams {
            tfidf: TfidfParams::default(),
            cv: CvParams::default(),
            solver: SolverParams::default(),
            solver_kind: SolverKind::Sparse,
        }
    }
}

impl TopicParams {
    pub fn validate(&self) -> Result<()> {
        self.tfidf.validate()?;
        self.cv.validate()?;
        self.solver.validate()
    }
}

/// One label's fitted model and decision threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelModel {
    pub label: String,
    pub c: f64,
    pub threshold: f64,
    pub model: BinaryLogistic,
}

/// Cross-validated figures of one label at the chosen C and threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelCv {
    pub c: f64,
    pub threshold: f64,
    pub f1_by_c: Vec<(f64, f64)>,
    pub brier: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicsCv {
    pub report: Report,
    pub labels: Vec<LabelCv>,
}

/// The labels whose probability for `x` reaches their threshold, in model order.
pub fn predicted_labels(models: &[LabelModel], x: &SparseVec) -> Vec<String> {
    models
        .iter()
        .filter(|m| m.model.probability(x) >= m.threshold)
        .map(|m| m.label.clone())
        .collect()
}

/// One cross-validation fit: the model and its out-of-fold probabilities.
#[derive(Clone)]
struct FoldFit {
    model: BinaryLogistic,
    probs: Vec<(usize, f64)>,
}

/// Tokenised, labelled examples as the trainer takes them.
pub struct TopicExamples<'a> {
    pub tokens: &'a [Vec<String>],
    /// `gold[i][l]`: example i carries label l.
    pub gold: &'a [Vec<bool>],
    pub labels: &'a [String],
}

/// Trains the vectorizer and one model per label; reports cross-validated metrics.
/// `progress` is called once per finished fit.
pub fn train(
    data: &TopicExamples,
    params: &TopicParams,
    progress: &(dyn Fn() + Sync),
) -> Result<(TfidfVectorizer, Vec<LabelModel>, TopicsCv)> {
    params.validate()?;
    let n = data.tokens.len();
    if n < params.cv.folds * 2 {
        return Err(Error::Training(format!(
            "{n} topic examples are too few for {}-fold cross-validation",
            params.cv.folds
        )));
    }
    let vectorizer = TfidfVectorizer::fit(&params.tfidf, data.tokens)?;
    let rows: Vec<SparseVec> = data
        .tokens
        .iter()
        .map(|t| vectorizer.transform(t))
        .collect();
    let fold_of = label_set_folds(data.gold, &params.cv);
    let fitting = LabelFitting {
        cv: &params.cv,
        solver: &params.solver,
        solver_kind: params.solver_kind,
    };
    let labelled = LabelledRows {
        rows: &rows,
        n_features: vectorizer.n_features(),
        gold: data.gold,
        labels: data.labels,
        fold_of: &fold_of,
    };
    let (models, cv) = cross_validate_and_fit(&labelled, &fitting, progress)?;
    Ok((vectorizer, models, cv))
}

/// Folds stratified by each example's whole label set.
pub fn label_set_folds(gold: &[Vec<bool>], cv: &CvParams) -> Vec<usize> {
    let strata: Vec<String> = gold
        .iter()
        .map(|g| g.iter().map(|&b| if b { '1' } else { '0' }).collect())
        .collect();
    stratified_folds(&strata, cv.folds, cv.seed)
}

/// Vectorised multi-label examples and their folds.
pub struct LabelledRows<'a> {
    pub rows: &'a [SparseVec],
    pub n_features: usize,
    /// `gold[i][l]`: example i carries label l.
    pub gold: &'a [Vec<bool>],
    pub labels: &'a [String],
    pub fold_of: &'a [usize],
}

/// How each label's model is fitted and cross-validated.
pub struct LabelFitting<'a> {
    pub cv: &'a CvParams,
    pub solver: &'a SolverParams,
    pub solver_kind: SolverKind,
}

/// One binary model per label, each with the C and threshold that give the best
/// out-of-fold F1; used by the topic models and by any multi-label task.
pub fn cross_validate_and_fit(
    data: &LabelledRows,
    fitting: &LabelFitting,
    progress: &(dyn Fn() + Sync),
) -> Result<(Vec<LabelModel>, TopicsCv)> {
    let (rows, fold_of) = (data.rows, data.fold_of);
    let n = rows.len();
    let d = data.n_features;
    let fit = |rows: &[&SparseVec],
               y: &[bool],
               c: f64,
               start: Option<&BinaryLogistic>|
     -> Result<BinaryLogistic> {
        let m = match fitting.solver_kind {
            SolverKind::Sparse => {
                BinaryLogistic::fit_from(&to_csr(rows, d), y, 1.0 / c, fitting.solver, start)
            }
            SolverKind::Dense => dense::fit_binary(rows, d, y, 1.0 / c, fitting.solver),
        };
        progress();
        m
    };

    // Out-of-fold probabilities for every (label, C): labels and folds in parallel,
    // each walking the C grid from strong to weak regularisation, warm-started.
    let grid = &fitting.cv.c_grid;
    let path = fitting.cv.path();
    let jobs: Vec<(usize, usize)> = (0..data.labels.len())
        .flat_map(|l| (0..fitting.cv.folds).map(move |f| (l, f)))
        .collect();
    let fold_fits: Vec<Vec<FoldFit>> = jobs
        .par_iter()
        .map(|&(l, f)| {
            let train: Vec<usize> = (0..n).filter(|&i| fold_of[i] != f).collect();
            let x: Vec<&SparseVec> = train.iter().map(|&i| &rows[i]).collect();
            let y: Vec<bool> = train.iter().map(|&i| data.gold[i][l]).collect();
            let mut fits: Vec<Option<FoldFit>> = vec![None; grid.len()];
            let mut previous: Option<&BinaryLogistic> = None;
            for &c in &path {
                let model = fit(&x, &y, grid[c], previous)?;
                let probs = (0..n)
                    .filter(|&i| fold_of[i] == f)
                    .map(|i| (i, model.probability(&rows[i])))
                    .collect();
                previous = Some(&fits[c].insert(FoldFit { model, probs }).model);
            }
            Ok(fits.into_iter().flatten().collect())
        })
        .collect::<Result<_>>()?;
    let oof = |l: usize, c: usize| -> Vec<f64> {
        let mut p = vec![0.0; n];
        for f in 0..fitting.cv.folds {
            for &(i, v) in &fold_fits[l * fitting.cv.folds + f][c].probs {
                p[i] = v;
            }
        }
        p
    };

    let mut chosen = Vec::new();
    let mut chosen_grid_index = Vec::new();
    let mut oof_best = Vec::new();
    for l in 0..data.labels.len() {
        let gold: Vec<bool> = data.gold.iter().map(|g| g[l]).collect();
        let per_c: Vec<(f64, f64, f64, Vec<f64>)> = (0..fitting.cv.c_grid.len())
            .map(|c| {
                let p = oof(l, c);
                let (t, f1) = best_threshold(&p, &gold);
                (fitting.cv.c_grid[c], t, f1, p)
            })
            .collect();
        // Best F1; among equals the smallest C (strongest regularisation).
        let best_index =
            (0..per_c.len()).fold(0, |b, c| if per_c[c].2 > per_c[b].2 + 1e-9 { c } else { b });
        let best = &per_c[best_index];
        chosen_grid_index.push(best_index);
        chosen.push(LabelCv {
            c: best.0,
            threshold: best.1,
            f1_by_c: per_c.iter().map(|x| (x.0, metrics::round4(x.2))).collect(),
            brier: metrics::brier(&best.3, &gold),
        });
        oof_best.push(best.3.clone());
    }
    let pred: Vec<Vec<bool>> = (0..n)
        .map(|i| {
            chosen
                .iter()
                .zip(&oof_best)
                .map(|(cv, p)| p[i] >= cv.threshold)
                .collect()
        })
        .collect();
    let report = metrics::multilabel(data.labels, data.gold, &pred);

    let all: Vec<&SparseVec> = rows.iter().collect();
    let models: Vec<LabelModel> = chosen
        .par_iter()
        .enumerate()
        .map(|(l, cv)| {
            let y: Vec<bool> = data.gold.iter().map(|g| g[l]).collect();
            // The first fold's model at the chosen C is close to the final one.
            let start = &fold_fits[l * fitting.cv.folds][chosen_grid_index[l]].model;
            Ok(LabelModel {
                label: data.labels[l].clone(),
                c: cv.c,
                threshold: cv.threshold,
                model: fit(&all, &y, cv.c, Some(start))?,
            })
        })
        .collect::<Result<_>>()?;
    Ok((
        models,
        TopicsCv {
            report,
            labels: chosen,
        },
    ))
}
