//! Fitting a task's model, with the regularisation strength C (and, for a multi-label
//! task, each label's decision threshold) chosen by cross-validation. One path serves
//! both kinds of task:
//!
//! - a **multi-label** task is one binary logistic regression per label ("jobs"), each
//!   with its own C and the threshold that maximises its out-of-fold F1;
//! - a **multiclass** task is one multinomial logistic regression, its C chosen by the
//!   task's selection metric ([`SelectBy`]).
//!
//! For every job and fold, [`path_fits`] walks the C grid from strong to weak
//! regularisation, each fit warm-started from the previous one, and keeps the
//! out-of-fold scores; the final model is fitted on all rows, warm-started from the
//! first fold's model at the chosen C. Folds and jobs run in parallel.
use super::cv::{best_threshold, CvParams};
use super::logistic::{BinaryLogistic, MultinomialLogistic, SolverParams};
use super::metrics::{self, Report};
use super::{argmax, dense, SolverKind};
use crate::error::{Error, Result};
use crate::features::sparse::to_csr;
use crate::features::SparseVec;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// What picks C for a multiclass model, on out-of-fold predictions. In a task file:
/// `select_by = "accuracy"` (the default), `"macro_f1"`, or
/// `select_by = { mean_f1_of = ["favor", "against"] }`. Multi-label tasks choose each
/// label's C and threshold by that label's F1.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SelectBy {
    #[default]
    Accuracy,
    MacroF1,
    MeanF1Of(Vec<String>),
}

impl SelectBy {
    fn score(&self, r: &Report) -> f64 {
        match self {
            SelectBy::Accuracy => r.accuracy,
            SelectBy::MacroF1 => r.macro_avg.f1,
            SelectBy::MeanF1Of(labels) => {
                let f1s: Vec<f64> = labels
                    .iter()
                    .filter_map(|l| r.per_label.get(l).map(|s| s.f1))
                    .collect();
                f1s.iter().sum::<f64>() / f1s.len().max(1) as f64
            }
        }
    }

    fn name(&self) -> String {
        match self {
            SelectBy::Accuracy => "accuracy".into(),
            SelectBy::MacroF1 => "macro_f1".into(),
            SelectBy::MeanF1Of(labels) => format!("mean_f1_of({})", labels.join(", ")),
        }
    }

    /// Checks that every label it names exists.
    pub fn validate(&self, labels: &[String]) -> Result<()> {
        if let SelectBy::MeanF1Of(names) = self {
            if names.is_empty() {
                return Err(Error::param(
                    "select_by",
                    "mean_f1_of needs at least one label",
                ));
            }
            if let Some(unknown) = names.iter().find(|n| !labels.contains(n)) {
                return Err(Error::param(
                    "select_by",
                    format!(
                        "mean_f1_of names {unknown:?}, which is not a label ({})",
                        labels.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }
}

/// How much each class weighs in the loss: every example the same (`"none"`, the
/// default, as scikit-learn's `class_weight=None`), or `"balanced"`: each class in
/// inverse proportion to its frequency in the rows being fitted, n / (k · n_class), as
/// scikit-learn's `class_weight="balanced"` (k = 2 for each label of a multi-label task).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClassWeight {
    #[default]
    None,
    Balanced,
}

/// The gold answers of the rows being fitted.
#[derive(Debug, Clone)]
pub enum Targets {
    /// `gold[i][l]`: row i carries label l.
    Multilabel(Vec<Vec<bool>>),
    /// The class index of each row.
    Multiclass(Vec<usize>),
}

/// One label's fitted model and decision threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelModel {
    pub label: String,
    pub c: f64,
    pub threshold: f64,
    pub model: BinaryLogistic,
}

/// A fitted task model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum TrainedModel {
    /// One binary model and threshold per label, in label order.
    Multilabel { labels: Vec<LabelModel> },
    /// One multinomial model over the labels; probabilities are softmax(z / temperature).
    Multiclass {
        c: f64,
        model: MultinomialLogistic,
        temperature: f64,
    },
    /// Two stages: a gate telling the `neutral` label from all others, then a
    /// multinomial model over the others: P(neutral) = 1 − g, P(l) = g · q_l.
    TwoStage {
        /// Index of the label the gate separates.
        neutral: usize,
        c_gate: f64,
        gate: BinaryLogistic,
        c_rest: f64,
        /// Over the other labels, in label order without `neutral`.
        rest: MultinomialLogistic,
    },
}

/// How a multiclass task is modelled (`two_stage` in a task file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TwoStageSpec {
    /// The label the first stage separates from all the others.
    pub neutral: String,
}

/// How scores are calibrated after fitting (`calibration` in a task file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calibration {
    /// The fitted model's probabilities.
    #[default]
    None,
    /// Temperature scaling: one T for softmax(z / T), fitted on the out-of-fold scores
    /// at the chosen C by the lowest log-loss (multiclass models).
    Temperature,
}

impl TrainedModel {
    /// Each label's score for `x`, in label order: independent probabilities
    /// (multi-label) or a distribution over the labels (multiclass).
    pub fn scores(&self, x: &SparseVec) -> Vec<f64> {
        match self {
            TrainedModel::Multilabel { labels } => {
                labels.iter().map(|l| l.model.probability(x)).collect()
            }
            TrainedModel::Multiclass {
                model, temperature, ..
            } => model.probabilities_at(x, *temperature),
            TrainedModel::TwoStage {
                neutral,
                gate,
                rest,
                ..
            } => combine(*neutral, gate.probability(x), &rest.probabilities(x)),
        }
    }

    /// The labels (indices) the scores predict: every label at or above its threshold,
    /// or the most probable one.
    pub fn predicted(&self, scores: &[f64]) -> Vec<usize> {
        match self {
            TrainedModel::Multilabel { labels } => (0..labels.len())
                .filter(|&l| scores[l] >= labels[l].threshold)
                .collect(),
            TrainedModel::Multiclass { .. } | TrainedModel::TwoStage { .. } => {
                vec![argmax(scores)]
            }
        }
    }

    /// The decision threshold of label `l` (multi-label tasks only).
    pub fn threshold(&self, l: usize) -> Option<f64> {
        match self {
            TrainedModel::Multilabel { labels } => labels.get(l).map(|m| m.threshold),
            TrainedModel::Multiclass { .. } | TrainedModel::TwoStage { .. } => None,
        }
    }

    /// The weights that push label `l` up (for explanations): its own row, or for a
    /// two-stage model the gate's (negated for the neutral label) plus the label's row
    /// of the second stage.
    pub fn weights(&self, l: usize) -> std::borrow::Cow<'_, [f64]> {
        use std::borrow::Cow;
        match self {
            TrainedModel::Multilabel { labels } => Cow::Borrowed(&labels[l].model.weights),
            TrainedModel::Multiclass { model, .. } => Cow::Borrowed(&model.weights[l]),
            TrainedModel::TwoStage {
                neutral,
                gate,
                rest,
                ..
            } => {
                if l == *neutral {
                    Cow::Owned(gate.weights.iter().map(|w| -w).collect())
                } else {
                    let j = if l > *neutral { l - 1 } else { l };
                    Cow::Owned(
                        gate.weights
                            .iter()
                            .zip(&rest.weights[j])
                            .map(|(a, b)| a + b)
                            .collect(),
                    )
                }
            }
        }
    }

    /// Checks the shapes and values against `labels` and `n_features` columns.
    pub fn check(&self, labels: &[String], n_features: usize) -> std::result::Result<(), String> {
        let finite = |w: &[f64]| w.iter().all(|v| v.is_finite());
        match self {
            TrainedModel::Multilabel { labels: models } => {
                if models.len() != labels.len()
                    || models.iter().zip(labels).any(|(m, l)| &m.label != l)
                {
                    return Err("one label model per label, in label order, is needed".into());
                }
                for m in models {
                    if m.model.weights.len() != n_features {
                        return Err(format!(
                            "label {:?} has {} weights for {n_features} features",
                            m.label,
                            m.model.weights.len()
                        ));
                    }
                    if !(0.0..=1.0).contains(&m.threshold)
                        || !finite(&m.model.weights)
                        || !m.model.intercept.is_finite()
                    {
                        return Err(format!(
                            "label {:?} has a threshold outside [0, 1] or a non-finite weight",
                            m.label
                        ));
                    }
                }
            }
            TrainedModel::Multiclass {
                model, temperature, ..
            } => {
                if model.weights.len() != labels.len() || model.intercepts.len() != labels.len() {
                    return Err("one weight row and one intercept per label are needed".into());
                }
                if model
                    .weights
                    .iter()
                    .any(|w| w.len() != n_features || !finite(w))
                    || !finite(&model.intercepts)
                {
                    return Err(format!("every weight row needs {n_features} finite values"));
                }
                if !(*temperature > 0.0 && temperature.is_finite()) {
                    return Err(format!("temperature {temperature} is not positive"));
                }
            }
            TrainedModel::TwoStage {
                neutral,
                gate,
                rest,
                ..
            } => {
                if *neutral >= labels.len() || rest.weights.len() + 1 != labels.len() {
                    return Err(
                        "a two-stage model needs a neutral label and one row per other label"
                            .into(),
                    );
                }
                if gate.weights.len() != n_features
                    || !finite(&gate.weights)
                    || rest
                        .weights
                        .iter()
                        .any(|w| w.len() != n_features || !finite(w))
                {
                    return Err(format!("every weight row needs {n_features} finite values"));
                }
            }
        }
        Ok(())
    }
}

/// The three-or-more-label distribution of a two-stage model: the gate's probability
/// that the label is not `neutral`, times the second stage's distribution.
fn combine(neutral: usize, g: f64, rest: &[f64]) -> Vec<f64> {
    let mut out = Vec::with_capacity(rest.len() + 1);
    out.extend(rest[..neutral].iter().map(|q| g * q));
    out.push(1.0 - g);
    out.extend(rest[neutral..].iter().map(|q| g * q));
    out
}

/// How one C (and threshold) was chosen, with the out-of-fold score at every C tried.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// The label (multi-label tasks); none for a multiclass model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub c: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// The out-of-fold score that chose: `f1` (a label's), `accuracy`, `macro_f1`, ...
    pub selected_by: String,
    /// (C, out-of-fold score) for every C of the grid, in grid order.
    pub score_by_c: Vec<(f64, f64)>,
    /// Brier score of the out-of-fold probabilities at the chosen C (multi-label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brier: Option<f64>,
}

/// Cross-validated figures at the chosen settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CvReport {
    pub folds: usize,
    pub report: Report,
    pub choices: Vec<Choice>,
    /// Calibration of the out-of-fold scores (multiclass models).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<CalibrationReport>,
    /// The out-of-fold figures of each data source (when there are several).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub by_source: std::collections::BTreeMap<String, Report>,
}

/// The out-of-fold expected calibration error of the top score before and after
/// calibration, and the temperature used (1: none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibrationReport {
    pub temperature: f64,
    pub ece_before: f64,
    pub ece_after: f64,
}

/// Everything that decides how a model is fitted.
pub struct FitParams<'a> {
    pub cv: &'a CvParams,
    pub solver: &'a SolverParams,
    pub solver_kind: SolverKind,
    pub select_by: &'a SelectBy,
    pub class_weight: ClassWeight,
    pub calibration: Calibration,
    /// A multiclass task in two stages: the index of the label the gate separates.
    pub two_stage: Option<usize>,
}

/// Vectorised rows, their labels and folds.
pub struct Training<'a> {
    pub rows: &'a [SparseVec],
    pub n_features: usize,
    pub labels: &'a [String],
    pub targets: &'a Targets,
    pub fold_of: &'a [usize],
    /// A weight per row (e.g. by data source); none: every row counts once.
    pub row_weights: Option<&'a [f64]>,
    /// Where each row comes from (a data source): out-of-fold figures are also
    /// reported per source.
    pub sources: Option<&'a [String]>,
}

/// Out-of-fold figures per source, from the predictions at the chosen settings.
fn reports_by_source(
    t: &Training,
    report: impl Fn(&[usize]) -> Report,
) -> std::collections::BTreeMap<String, Report> {
    let mut rows: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    if let Some(sources) = t.sources {
        for (i, s) in sources.iter().enumerate() {
            rows.entry(s.as_str()).or_default().push(i);
        }
    }
    if rows.len() < 2 {
        return Default::default();
    }
    rows.into_iter()
        .map(|(s, idx)| (s.to_string(), report(&idx)))
        .collect()
}

/// Cross-validates C (and thresholds), then fits on all rows. `progress` is called
/// once per finished fit.
pub fn cross_validate_and_fit(
    t: &Training,
    p: &FitParams,
    progress: &(dyn Fn() + Sync),
) -> Result<(TrainedModel, CvReport)> {
    p.cv.validate()?;
    p.solver.validate()?;
    p.select_by.validate(t.labels)?;
    if p.solver_kind == SolverKind::Dense
        && (t.row_weights.is_some() || p.class_weight != ClassWeight::None)
    {
        return Err(Error::param(
            "solver",
            "the dense solver takes no row or class weights: use the sparse solver",
        ));
    }
    match (t.targets, p.two_stage) {
        (Targets::Multilabel(gold), _) => multilabel(t, gold, p, progress),
        (Targets::Multiclass(y), None) => multiclass(t, y, p, progress),
        (Targets::Multiclass(y), Some(neutral)) => two_stage(t, y, neutral, p, progress),
    }
}

/// One fit of the path: the model and its scores for the held-out rows.
#[derive(Clone)]
struct FoldFit<M> {
    model: M,
    scores: Vec<(usize, Vec<f64>)>,
}

/// Fits job `j` on rows `rows` at `c`, warm-started from a model when given.
type FitJob<'a, M> = dyn Fn(usize, &[usize], f64, Option<&M>) -> Result<M> + Sync + 'a;
/// Every label's score of job `j`'s model for one row.
type ScoreJob<'a, M> = dyn Fn(usize, &M, &SparseVec) -> Vec<f64> + Sync + 'a;

/// For each job (a label, or the one multiclass model) and fold, the fits along the C
/// path with their out-of-fold scores: `[job][fold][grid index]`.
fn path_fits<M: Clone + Send + Sync>(
    jobs: usize,
    t: &Training,
    cv: &CvParams,
    fit: &FitJob<M>,
    score: &ScoreJob<M>,
) -> Result<Vec<Vec<Vec<FoldFit<M>>>>> {
    path_fits_over(jobs, t, cv, &|_| true, fit, score)
}

/// [`path_fits`] training only on the rows `member` keeps (every held-out row is
/// scored).
fn path_fits_over<M: Clone + Send + Sync>(
    jobs: usize,
    t: &Training,
    cv: &CvParams,
    member: &(dyn Fn(usize) -> bool + Sync),
    fit: &FitJob<M>,
    score: &ScoreJob<M>,
) -> Result<Vec<Vec<Vec<FoldFit<M>>>>> {
    let n = t.rows.len();
    let grid = &cv.c_grid;
    let path = cv.path();
    let pairs: Vec<(usize, usize)> = (0..jobs)
        .flat_map(|j| (0..cv.folds).map(move |f| (j, f)))
        .collect();
    let fits: Vec<Vec<FoldFit<M>>> = pairs
        .par_iter()
        .map(|&(job, f)| {
            let train: Vec<usize> = (0..n).filter(|&i| t.fold_of[i] != f && member(i)).collect();
            let mut fits: Vec<Option<FoldFit<M>>> = vec![None; grid.len()];
            let mut previous: Option<&M> = None;
            for &c in &path {
                let model = fit(job, &train, grid[c], previous)?;
                let scores = (0..n)
                    .filter(|&i| t.fold_of[i] == f)
                    .map(|i| (i, score(job, &model, &t.rows[i])))
                    .collect();
                previous = Some(&fits[c].insert(FoldFit { model, scores }).model);
            }
            Ok(fits.into_iter().flatten().collect())
        })
        .collect::<Result<_>>()?;
    let mut by_job: Vec<Vec<Vec<FoldFit<M>>>> = (0..jobs).map(|_| Vec::new()).collect();
    for ((job, _), f) in pairs.into_iter().zip(fits) {
        by_job[job].push(f);
    }
    Ok(by_job)
}

/// Out-of-fold scores of one job at grid index `c`, one per row.
fn out_of_fold<M>(folds: &[Vec<FoldFit<M>>], c: usize, n: usize) -> Vec<Vec<f64>> {
    let mut out = vec![Vec::new(); n];
    for fold in folds {
        for (i, s) in &fold[c].scores {
            out[*i] = s.clone();
        }
    }
    out
}

/// The grid index with the best score; among equals the first in grid order.
fn best_index(scores: &[f64]) -> usize {
    (0..scores.len()).fold(0, |b, c| if scores[c] > scores[b] + 1e-9 { c } else { b })
}

/// Row weights for fitting `rows`: the source weights times the class weights of the
/// rows' classes (`class_of`), or none when every row counts once.
fn row_weights(
    t: &Training,
    class_weight: ClassWeight,
    rows: &[usize],
    classes: usize,
    class_of: impl Fn(usize) -> usize,
) -> Option<Vec<f64>> {
    if t.row_weights.is_none() && class_weight == ClassWeight::None {
        return None;
    }
    let mut per_class = vec![1.0; classes];
    if class_weight == ClassWeight::Balanced {
        let mut counts = vec![0usize; classes];
        for &i in rows {
            counts[class_of(i)] += 1;
        }
        for (w, &n_c) in per_class.iter_mut().zip(&counts) {
            if n_c > 0 {
                *w = rows.len() as f64 / (classes as f64 * n_c as f64);
            }
        }
    }
    Some(
        rows.iter()
            .map(|&i| per_class[class_of(i)] * t.row_weights.map_or(1.0, |w| w[i]))
            .collect(),
    )
}

fn multilabel(
    t: &Training,
    gold: &[Vec<bool>],
    p: &FitParams,
    progress: &(dyn Fn() + Sync),
) -> Result<(TrainedModel, CvReport)> {
    let n = t.rows.len();
    let d = t.n_features;
    let fit = |l: usize, rows: &[usize], c: f64, start: Option<&BinaryLogistic>| {
        let x: Vec<&SparseVec> = rows.iter().map(|&i| &t.rows[i]).collect();
        let y: Vec<bool> = rows.iter().map(|&i| gold[i][l]).collect();
        let weights = row_weights(t, p.class_weight, rows, 2, |i| usize::from(gold[i][l]));
        let m = match p.solver_kind {
            SolverKind::Sparse => BinaryLogistic::fit_from(
                &to_csr(&x, d),
                &y,
                weights.as_deref(),
                1.0 / c,
                p.solver,
                start,
            ),
            SolverKind::Dense => dense::fit_binary(&x, d, &y, 1.0 / c, p.solver),
        };
        progress();
        m
    };
    let score = |_: usize, m: &BinaryLogistic, x: &SparseVec| vec![m.probability(x)];
    let fits = path_fits(t.labels.len(), t, p.cv, &fit, &score)?;

    let mut choices = Vec::new();
    let mut chosen_index = Vec::new();
    let mut oof_best = Vec::new();
    for (l, label) in t.labels.iter().enumerate() {
        let truth: Vec<bool> = gold.iter().map(|g| g[l]).collect();
        let per_c: Vec<(f64, f64, Vec<f64>)> = (0..p.cv.c_grid.len())
            .map(|c| {
                let probs: Vec<f64> = out_of_fold(&fits[l], c, n)
                    .into_iter()
                    .map(|s| s[0])
                    .collect();
                let (threshold, f1) = best_threshold(&probs, &truth);
                (threshold, f1, probs)
            })
            .collect();
        let best = best_index(&per_c.iter().map(|x| x.1).collect::<Vec<_>>());
        choices.push(Choice {
            label: Some(label.clone()),
            c: p.cv.c_grid[best],
            threshold: Some(per_c[best].0),
            selected_by: "f1".into(),
            score_by_c: p
                .cv
                .c_grid
                .iter()
                .zip(&per_c)
                .map(|(c, x)| (*c, metrics::round4(x.1)))
                .collect(),
            brier: Some(metrics::brier(&per_c[best].2, &truth)),
        });
        chosen_index.push(best);
        oof_best.push(per_c[best].2.clone());
    }
    let pred: Vec<Vec<bool>> = (0..n)
        .map(|i| {
            choices
                .iter()
                .zip(&oof_best)
                .map(|(ch, probs)| probs[i] >= ch.threshold.unwrap_or(0.5))
                .collect()
        })
        .collect();
    let report = metrics::multilabel(t.labels, gold, &pred);
    let by_source = reports_by_source(t, |idx| {
        let g: Vec<Vec<bool>> = idx.iter().map(|&i| gold[i].clone()).collect();
        let p: Vec<Vec<bool>> = idx.iter().map(|&i| pred[i].clone()).collect();
        metrics::multilabel(t.labels, &g, &p)
    });

    let all: Vec<usize> = (0..n).collect();
    let labels: Vec<LabelModel> = choices
        .par_iter()
        .enumerate()
        .map(|(l, ch)| {
            // The first fold's model at the chosen C is close to the final one.
            let start = &fits[l][0][chosen_index[l]].model;
            Ok(LabelModel {
                label: t.labels[l].clone(),
                c: ch.c,
                threshold: ch.threshold.unwrap_or(0.5),
                model: fit(l, &all, ch.c, Some(start))?,
            })
        })
        .collect::<Result<_>>()?;
    Ok((
        TrainedModel::Multilabel { labels },
        CvReport {
            folds: p.cv.folds,
            report,
            choices,
            calibration: None,
            by_source,
        },
    ))
}

fn multiclass(
    t: &Training,
    y: &[usize],
    p: &FitParams,
    progress: &(dyn Fn() + Sync),
) -> Result<(TrainedModel, CvReport)> {
    let (n, k, d) = (t.rows.len(), t.labels.len(), t.n_features);
    let fit = |_: usize, rows: &[usize], c: f64, start: Option<&MultinomialLogistic>| {
        let x: Vec<&SparseVec> = rows.iter().map(|&i| &t.rows[i]).collect();
        let yt: Vec<usize> = rows.iter().map(|&i| y[i]).collect();
        let weights = row_weights(t, p.class_weight, rows, k, |i| y[i]);
        let m = match p.solver_kind {
            SolverKind::Sparse => MultinomialLogistic::fit_from(
                &to_csr(&x, d),
                &yt,
                weights.as_deref(),
                k,
                1.0 / c,
                p.solver,
                start,
            ),
            SolverKind::Dense => dense::fit_multinomial(&x, d, &yt, k, 1.0 / c, p.solver),
        };
        progress();
        m
    };
    let score = |_: usize, m: &MultinomialLogistic, x: &SparseVec| m.probabilities(x);
    let fits = path_fits(1, t, p.cv, &fit, &score)?;
    let reports: Vec<Report> = (0..p.cv.c_grid.len())
        .map(|c| {
            let pred: Vec<usize> = out_of_fold(&fits[0], c, n)
                .iter()
                .map(|s| argmax(s))
                .collect();
            metrics::multiclass(t.labels, y, &pred)
        })
        .collect();
    let scores: Vec<f64> = reports.iter().map(|r| p.select_by.score(r)).collect();
    let best = best_index(&scores);
    let c = p.cv.c_grid[best];
    let all: Vec<usize> = (0..n).collect();
    // The first fold's model at the chosen C is close to the final one.
    let model = fit(0, &all, c, Some(&fits[0][0][best].model))?;
    let oof = out_of_fold(&fits[0], best, n);
    let calibration = calibrate(&oof, y, p.calibration);
    let pred: Vec<usize> = oof.iter().map(|s| argmax(s)).collect();
    let by_source = reports_by_source(t, |idx| {
        let g: Vec<usize> = idx.iter().map(|&i| y[i]).collect();
        let q: Vec<usize> = idx.iter().map(|&i| pred[i]).collect();
        metrics::multiclass(t.labels, &g, &q)
    });
    Ok((
        TrainedModel::Multiclass {
            c,
            model,
            temperature: calibration.temperature,
        },
        CvReport {
            folds: p.cv.folds,
            report: reports[best].clone(),
            choices: vec![Choice {
                label: None,
                c,
                threshold: None,
                selected_by: p.select_by.name(),
                score_by_c: p
                    .cv
                    .c_grid
                    .iter()
                    .zip(&scores)
                    .map(|(c, s)| (*c, metrics::round4(*s)))
                    .collect(),
                brier: None,
            }],
            calibration: Some(calibration),
            by_source,
        },
    ))
}

/// The temperature that minimises the log-loss of the out-of-fold probabilities
/// (golden-section search over ln T in [ln 0.2, ln 5]; softmax(ln p / T) equals
/// softmax(z / T) since ln p and z differ by a constant per row), with the expected
/// calibration error before and after. `Calibration::None` keeps T = 1.
fn calibrate(oof: &[Vec<f64>], y: &[usize], how: Calibration) -> CalibrationReport {
    let scaled = |t: f64, p: &[f64]| -> Vec<f64> {
        let z: Vec<f64> = p.iter().map(|q| q.max(1e-300).ln() / t).collect();
        super::logistic::softmax(&z)
    };
    let loss = |t: f64| -> f64 {
        oof.iter()
            .zip(y)
            .map(|(p, &c)| -scaled(t, p)[c].max(1e-300).ln())
            .sum()
    };
    let ece = |t: f64| -> f64 {
        let probs: Vec<Vec<f64>> = oof.iter().map(|p| scaled(t, p)).collect();
        let confidence: Vec<f64> = probs.iter().map(|p| p[argmax(p)]).collect();
        let correct: Vec<bool> = probs.iter().zip(y).map(|(p, &c)| argmax(p) == c).collect();
        metrics::ece(&confidence, &correct, 10)
    };
    let temperature = match how {
        Calibration::None => 1.0,
        Calibration::Temperature => {
            let (mut lo, mut hi) = (0.2f64.ln(), 5f64.ln());
            let phi = (5f64.sqrt() - 1.0) / 2.0;
            for _ in 0..60 {
                let a = hi - phi * (hi - lo);
                let b = lo + phi * (hi - lo);
                if loss(a.exp()) <= loss(b.exp()) {
                    hi = b;
                } else {
                    lo = a;
                }
            }
            metrics::round4(((lo + hi) / 2.0).exp())
        }
    };
    CalibrationReport {
        temperature,
        ece_before: ece(1.0),
        ece_after: ece(temperature),
    }
}

/// A gate (the `neutral` label against all others) and a multinomial model over the
/// others, each along its own C path; the pair of C values is chosen by the task's
/// selection metric on the combined out-of-fold predictions.
fn two_stage(
    t: &Training,
    y: &[usize],
    neutral: usize,
    p: &FitParams,
    progress: &(dyn Fn() + Sync),
) -> Result<(TrainedModel, CvReport)> {
    let (n, k, d) = (t.rows.len(), t.labels.len(), t.n_features);
    if neutral >= k || k < 3 {
        return Err(Error::param(
            "two_stage",
            "needs three or more labels, one of them the neutral label",
        ));
    }
    let rest_index = |c: usize| if c > neutral { c - 1 } else { c };
    let gate_fit = |_: usize, rows: &[usize], c: f64, start: Option<&BinaryLogistic>| {
        let x: Vec<&SparseVec> = rows.iter().map(|&i| &t.rows[i]).collect();
        let yt: Vec<bool> = rows.iter().map(|&i| y[i] != neutral).collect();
        let weights = row_weights(t, p.class_weight, rows, 2, |i| usize::from(y[i] != neutral));
        let m = BinaryLogistic::fit_from(
            &to_csr(&x, d),
            &yt,
            weights.as_deref(),
            1.0 / c,
            p.solver,
            start,
        );
        progress();
        m
    };
    let rest_fit = |_: usize, rows: &[usize], c: f64, start: Option<&MultinomialLogistic>| {
        let x: Vec<&SparseVec> = rows.iter().map(|&i| &t.rows[i]).collect();
        let yt: Vec<usize> = rows.iter().map(|&i| rest_index(y[i])).collect();
        let weights = row_weights(t, p.class_weight, rows, k - 1, |i| rest_index(y[i]));
        let m = MultinomialLogistic::fit_from(
            &to_csr(&x, d),
            &yt,
            weights.as_deref(),
            k - 1,
            1.0 / c,
            p.solver,
            start,
        );
        progress();
        m
    };
    let gate_score = |_: usize, m: &BinaryLogistic, x: &SparseVec| vec![m.probability(x)];
    let rest_score = |_: usize, m: &MultinomialLogistic, x: &SparseVec| m.probabilities(x);
    if p.solver_kind == SolverKind::Dense {
        return Err(Error::param(
            "solver",
            "two-stage models use the sparse solver",
        ));
    }
    let gates = path_fits(1, t, p.cv, &gate_fit, &gate_score)?;
    let rests = path_fits_over(1, t, p.cv, &|i| y[i] != neutral, &rest_fit, &rest_score)?;
    let grid = &p.cv.c_grid;
    let mut best: Option<(f64, usize, usize, Report, Vec<usize>)> = None;
    // score[cg][cr]: the selection metric of the pair of C values.
    let mut score = vec![vec![f64::MIN; grid.len()]; grid.len()];
    let rest_oof: Vec<Vec<Vec<f64>>> = (0..grid.len())
        .map(|cr| out_of_fold(&rests[0], cr, n))
        .collect();
    for (cg, row) in score.iter_mut().enumerate() {
        let g = out_of_fold(&gates[0], cg, n);
        for (cr, (cell, r)) in row.iter_mut().zip(&rest_oof).enumerate() {
            let pred: Vec<usize> = (0..n)
                .map(|i| argmax(&combine(neutral, g[i][0], &r[i])))
                .collect();
            let report = metrics::multiclass(t.labels, y, &pred);
            *cell = p.select_by.score(&report);
            if best.as_ref().is_none_or(|b| *cell > b.0 + 1e-9) {
                best = Some((*cell, cg, cr, report, pred));
            }
        }
    }
    let by_gate: Vec<f64> = score
        .iter()
        .map(|r| r.iter().copied().fold(f64::MIN, f64::max))
        .collect();
    let by_rest: Vec<f64> = (0..grid.len())
        .map(|cr| score.iter().map(|r| r[cr]).fold(f64::MIN, f64::max))
        .collect();
    let (_, cg, cr, report, pred) = best.ok_or_else(|| Error::Training("no C grid".into()))?;
    let by_source = reports_by_source(t, |idx| {
        let g: Vec<usize> = idx.iter().map(|&i| y[i]).collect();
        let q: Vec<usize> = idx.iter().map(|&i| pred[i]).collect();
        metrics::multiclass(t.labels, &g, &q)
    });
    let all: Vec<usize> = (0..n).collect();
    let evaluative: Vec<usize> = (0..n).filter(|&i| y[i] != neutral).collect();
    let gate = gate_fit(0, &all, grid[cg], Some(&gates[0][0][cg].model))?;
    let rest = rest_fit(0, &evaluative, grid[cr], Some(&rests[0][0][cr].model))?;
    let choice = |label: &str, c: usize, scores: &[f64]| Choice {
        label: Some(label.to_string()),
        c: grid[c],
        threshold: None,
        selected_by: p.select_by.name(),
        score_by_c: grid
            .iter()
            .zip(scores)
            .map(|(c, s)| (*c, metrics::round4(*s)))
            .collect(),
        brier: None,
    };
    Ok((
        TrainedModel::TwoStage {
            neutral,
            c_gate: grid[cg],
            gate,
            c_rest: grid[cr],
            rest,
        },
        CvReport {
            folds: p.cv.folds,
            report,
            choices: vec![
                choice(&format!("{} or not", t.labels[neutral]), cg, &by_gate),
                choice("the others", cr, &by_rest),
            ],
            calibration: None,
            by_source,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sv(pairs: &[(u32, f64)]) -> SparseVec {
        SparseVec {
            indices: pairs.iter().map(|p| p.0).collect(),
            values: pairs.iter().map(|p| p.1).collect(),
        }
    }

    fn toy() -> (Vec<SparseVec>, Vec<usize>) {
        let rows: Vec<SparseVec> = (0..60)
            .map(|i| sv(&[((i % 3) as u32, 1.0), (3 + (i % 5) as u32, 0.3)]))
            .collect();
        let y: Vec<usize> = (0..60).map(|i| i % 3).collect();
        (rows, y)
    }

    #[test]
    fn both_kinds_learn_a_separable_toy_problem() {
        let (rows, y) = toy();
        let labels: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let cv = CvParams::default();
        let fold_of = super::super::cv::assign_folds(
            &y.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            None,
            cv.folds,
            cv.seed,
        );
        let params = FitParams {
            cv: &cv,
            solver: &SolverParams::default(),
            solver_kind: SolverKind::Sparse,
            select_by: &SelectBy::MacroF1,
            class_weight: ClassWeight::Balanced,
            calibration: Calibration::Temperature,
            two_stage: None,
        };
        let targets = Targets::Multiclass(y.clone());
        let t = Training {
            rows: &rows,
            n_features: 8,
            labels: &labels,
            targets: &targets,
            fold_of: &fold_of,
            row_weights: None,
            sources: None,
        };
        let (model, cv_report) = cross_validate_and_fit(&t, &params, &|| {}).unwrap();
        assert_eq!(cv_report.report.accuracy, 1.0);
        assert_eq!(cv_report.choices[0].score_by_c.len(), 5);
        assert_eq!(model.predicted(&model.scores(&rows[4])), vec![1]);
        model.check(&labels, 8).unwrap();

        let gold: Vec<Vec<bool>> = y.iter().map(|&c| vec![c == 0, c != 2]).collect();
        let targets = Targets::Multilabel(gold);
        let two = &labels[..2];
        let t = Training {
            labels: two,
            targets: &targets,
            ..t
        };
        let (model, cv_report) = cross_validate_and_fit(&t, &params, &|| {}).unwrap();
        assert_eq!(cv_report.choices.len(), 2);
        assert_eq!(model.predicted(&model.scores(&rows[1])), vec![1]);
        assert_eq!(model.predicted(&model.scores(&rows[0])), vec![0, 1]);
    }

    #[test]
    fn two_stages_give_a_distribution_over_every_label() {
        let (rows, y) = toy();
        let labels: Vec<String> = ["a", "neutral", "c"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let cv = CvParams::default();
        let strata: Vec<String> = y.iter().map(|c| c.to_string()).collect();
        let fold_of = super::super::cv::assign_folds(&strata, None, cv.folds, cv.seed);
        let targets = Targets::Multiclass(y.clone());
        let t = Training {
            rows: &rows,
            n_features: 8,
            labels: &labels,
            targets: &targets,
            fold_of: &fold_of,
            row_weights: None,
            sources: None,
        };
        let params = FitParams {
            cv: &cv,
            solver: &SolverParams::default(),
            solver_kind: SolverKind::Sparse,
            select_by: &SelectBy::MacroF1,
            class_weight: ClassWeight::None,
            calibration: Calibration::None,
            two_stage: Some(1),
        };
        let (model, report) = cross_validate_and_fit(&t, &params, &|| {}).unwrap();
        assert_eq!(report.report.accuracy, 1.0);
        for (i, row) in rows.iter().enumerate().take(6) {
            let s = model.scores(row);
            assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            assert_eq!(model.predicted(&s), vec![y[i]]);
        }
        model.check(&labels, 8).unwrap();
        assert_eq!(model.weights(1).len(), 8);
    }

    #[test]
    fn temperature_scaling_lowers_the_log_loss_of_overconfident_scores() {
        // Right 60% of the time at 0.95 confidence: T > 1 softens the scores.
        let oof: Vec<Vec<f64>> = (0..100).map(|_| vec![0.95, 0.05]).collect();
        let y: Vec<usize> = (0..100).map(|i| usize::from(i % 5 >= 3)).collect();
        let r = calibrate(&oof, &y, Calibration::Temperature);
        assert!(r.temperature > 1.0, "{r:?}");
        assert!(r.ece_after < r.ece_before, "{r:?}");
        assert_eq!(calibrate(&oof, &y, Calibration::None).temperature, 1.0);
    }

    #[test]
    fn mean_f1_of_must_name_labels() {
        let labels = vec!["a".to_string()];
        assert!(SelectBy::MeanF1Of(vec!["b".into()])
            .validate(&labels)
            .is_err());
        assert!(SelectBy::MeanF1Of(vec!["a".into()])
            .validate(&labels)
            .is_ok());
    }
}
