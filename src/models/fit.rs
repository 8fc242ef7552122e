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
        }
    }

    /// The labels (indices) the scores predict: every label at or above its threshold,
    /// or the most probable one.
    pub fn predicted(&self, scores: &[f64]) -> Vec<usize> {
        match self {
            TrainedModel::Multilabel { labels } => (0..labels.len())
                .filter(|&l| scores[l] >= labels[l].threshold)
                .collect(),
            TrainedModel::Multiclass { .. } => vec![argmax(scores)],
        }
    }

    /// The decision threshold of label `l` (multi-label tasks only).
    pub fn threshold(&self, l: usize) -> Option<f64> {
        match self {
            TrainedModel::Multilabel { labels } => labels.get(l).map(|m| m.threshold),
            TrainedModel::Multiclass { .. } => None,
        }
    }

    /// The weight row that scores label `l` (for explanations).
    pub fn weights(&self, l: usize) -> &[f64] {
        match self {
            TrainedModel::Multilabel { labels } => &labels[l].model.weights,
            TrainedModel::Multiclass { model, .. } => &model.weights[l],
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
        }
        Ok(())
    }
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
}

/// Everything that decides how a model is fitted.
pub struct FitParams<'a> {
    pub cv: &'a CvParams,
    pub solver: &'a SolverParams,
    pub solver_kind: SolverKind,
    pub select_by: &'a SelectBy,
    pub class_weight: ClassWeight,
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
    match t.targets {
        Targets::Multilabel(gold) => multilabel(t, gold, p, progress),
        Targets::Multiclass(y) => multiclass(t, y, p, progress),
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
    let n = t.rows.len();
    let grid = &cv.c_grid;
    let path = cv.path();
    let pairs: Vec<(usize, usize)> = (0..jobs)
        .flat_map(|j| (0..cv.folds).map(move |f| (j, f)))
        .collect();
    let fits: Vec<Vec<FoldFit<M>>> = pairs
        .par_iter()
        .map(|&(job, f)| {
            let train: Vec<usize> = (0..n).filter(|&i| t.fold_of[i] != f).collect();
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
    Ok((
        TrainedModel::Multiclass {
            c,
            model,
            temperature: 1.0,
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
        };
        let targets = Targets::Multiclass(y.clone());
        let t = Training {
            rows: &rows,
            n_features: 8,
            labels: &labels,
            targets: &targets,
            fold_of: &fold_of,
            row_weights: None,
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
