//! A training run: read every task's data and check it, fit each task with
//! cross-validation, measure it on its test data through the stored form, and assemble
//! the model file. Real-text figures from outside data are added by the caller.
use super::duplicates::{self, DuplicateReport};
use super::records::{self, Dataset};
use crate::classifier::Classifier;
use crate::error::{Error, Result};
use crate::features::{Featurizer, Input, SparseVec};
use crate::model_file::{self, DataInfo, ModelFile, StoredTask, TestReport};
use crate::models::cv::assign_folds;
use crate::models::fit::{self, FitParams, Targets, Training};
use crate::models::metrics::{self, Report};
use crate::models::speaker_score::SpeakerScore;
use crate::models::{argmax, SolverKind};
use crate::task::{TaskKind, TaskSpec};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// Changes whenever the trainer would give different weights for the same data and
/// parameters, so that the version names the weights.
const TRAINER_REVISION: &str = "one-engine-lbfgs-pgtol-2";

/// A task with its checked data.
pub struct TaskData {
    pub spec: TaskSpec,
    pub labels: Vec<String>,
    pub train: Dataset,
    pub test: Option<Dataset>,
}

/// Reads the data of every task (relative to `base`); every bad line of every task is
/// reported together.
pub fn read_tasks(specs: &[TaskSpec], base: &Path) -> Result<Vec<TaskData>> {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for spec in specs {
        let train = records::read(spec, &spec.train.list(), base);
        let test = spec
            .test
            .as_ref()
            .map(|t| records::read(spec, &t.list(), base))
            .transpose();
        match (train, test) {
            (Ok(train), Ok(test)) => {
                let labels = records::task_labels(spec, &train)?;
                out.push(TaskData {
                    spec: spec.clone(),
                    labels,
                    train,
                    test,
                })
            }
            (a, b) => {
                for e in [a.err(), b.err()].into_iter().flatten() {
                    match e {
                        Error::InvalidData { problems: more } => problems.extend(more),
                        other => return Err(other),
                    }
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::InvalidData { problems })
    }
}

/// What `train --check-only` reports of one task's data.
#[derive(Debug, Clone, Serialize)]
pub struct TaskDataReport {
    pub task: String,
    pub kind: TaskKind,
    pub examples: usize,
    pub test_examples: Option<usize>,
    /// Examples per source, then per label within each source.
    pub by_source: BTreeMap<String, usize>,
    pub labels_by_source: BTreeMap<String, BTreeMap<String, usize>>,
    pub label_counts: BTreeMap<String, usize>,
    /// Multi-label tasks: how many examples carry each label set ("(none)" for none).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub label_sets: BTreeMap<String, usize>,
    pub duplicates: DuplicateReport,
    pub warnings: Vec<String>,
}

pub fn data_report(t: &TaskData) -> TaskDataReport {
    let mut by_source = BTreeMap::new();
    let mut labels_by_source: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut label_counts = BTreeMap::new();
    let mut label_sets = BTreeMap::new();
    for e in &t.train.examples {
        *by_source.entry(e.source.clone()).or_insert(0) += 1;
        let per = labels_by_source.entry(e.source.clone()).or_default();
        for l in &e.labels {
            *label_counts.entry(l.clone()).or_insert(0) += 1;
            *per.entry(l.clone()).or_insert(0) += 1;
        }
        if t.spec.kind == TaskKind::Multilabel {
            let key = if e.labels.is_empty() {
                "(none)".to_string()
            } else {
                e.labels.join("+")
            };
            *label_sets.entry(key).or_insert(0) += 1;
            if e.labels.is_empty() {
                *per.entry("(none)".into()).or_insert(0) += 1;
            }
        }
    }
    let texts: Vec<&str> = t
        .train
        .examples
        .iter()
        .map(|e| e.record.fields[0].as_str())
        .collect();
    let sources: Vec<&str> = t.train.examples.iter().map(|e| e.source.as_str()).collect();
    TaskDataReport {
        task: t.spec.name.clone(),
        kind: t.spec.kind,
        examples: t.train.examples.len(),
        test_examples: t.test.as_ref().map(|d| d.examples.len()),
        by_source,
        labels_by_source,
        label_counts,
        label_sets,
        duplicates: duplicates::check(&texts, &sources),
        warnings: t.train.warnings.clone(),
    }
}

/// How many fits a task's training takes (for a progress bar).
pub fn fits(t: &TaskData) -> u64 {
    let cv = &t.spec.cv;
    let jobs = match t.spec.kind {
        TaskKind::Multilabel => t.labels.len(),
        TaskKind::Multiclass => 1,
    };
    (jobs * (cv.folds * cv.c_grid.len() + 1)) as u64
}

/// Fits every task; `progress` is called after each fit. The result has no real-text
/// figures yet.
pub fn train(
    tasks: &[TaskData],
    trained_at: &str,
    solver: Option<SolverKind>,
    progress: &(dyn Fn() + Sync),
) -> Result<ModelFile> {
    let stored: Vec<StoredTask> = tasks
        .par_iter()
        .map(|t| train_task(t, solver, progress))
        .collect::<Result<_>>()?;
    let report: Vec<TaskDataReport> = tasks.iter().map(data_report).collect();
    Ok(ModelFile {
        format: model_file::FORMAT.to_string(),
        format_version: model_file::FORMAT_VERSION,
        crate_version: env!("CARGO_PKG_VERSION").to_string(),
        version: version_of(&stored),
        trained_at: trained_at.to_string(),
        tasks: stored,
        real_text: BTreeMap::new(),
        data_report: serde_json::to_value(&report).map_err(|e| Error::Training(e.to_string()))?,
        speaker_score: None,
    })
}

/// Puts the speaker score in a model file; the version then covers its data too.
pub fn with_speaker_score(mut file: ModelFile, score: SpeakerScore) -> ModelFile {
    let mut h = Sha256::new();
    h.update(file.version.as_bytes());
    h.update(score.data_hash.as_bytes());
    h.update(score.features.join(",").as_bytes());
    file.version = format!("{:x}", h.finalize())[..12].to_string();
    file.speaker_score = Some(score);
    file
}

/// Fits one task and measures it on its test data.
pub fn train_task(
    t: &TaskData,
    solver: Option<SolverKind>,
    progress: &(dyn Fn() + Sync),
) -> Result<StoredTask> {
    let spec = &t.spec;
    spec.validate()?;
    let examples = &t.train.examples;
    if examples.len() < spec.cv.folds * 2 {
        return Err(Error::Training(format!(
            "task {:?}: {} examples are too few for {}-fold cross-validation",
            spec.name,
            examples.len(),
            spec.cv.folds
        )));
    }
    let inputs: Vec<Input> = examples.iter().map(|e| e.record.input()).collect();
    let featurizer = Featurizer::fit(&spec.features, &inputs)?;
    let rows: Vec<SparseVec> = inputs.par_iter().map(|i| featurizer.transform(i)).collect();
    let index = |l: &String| t.labels.iter().position(|x| x == l);
    let (targets, strata): (Targets, Vec<String>) = match spec.kind {
        TaskKind::Multilabel => {
            let gold: Vec<Vec<bool>> = examples
                .iter()
                .map(|e| t.labels.iter().map(|l| e.labels.contains(l)).collect())
                .collect();
            let strata = gold
                .iter()
                .map(|g| g.iter().map(|&b| if b { '1' } else { '0' }).collect())
                .collect();
            (Targets::Multilabel(gold), strata)
        }
        TaskKind::Multiclass => {
            let y: Vec<usize> = examples
                .iter()
                .map(|e| index(&e.labels[0]).unwrap_or(0))
                .collect();
            let strata = y.iter().map(|c| c.to_string()).collect();
            (Targets::Multiclass(y), strata)
        }
    };
    let groups: Option<Vec<String>> = spec
        .group_field
        .as_ref()
        .map(|_| examples.iter().map(|e| e.group.clone()).collect());
    let fold_of = assign_folds(&strata, groups.as_deref(), spec.cv.folds, spec.cv.seed);
    let weights: Vec<f64> = examples.iter().map(|e| e.weight).collect();
    let weighted = weights.iter().any(|&w| w != 1.0);
    let sources: Vec<String> = examples.iter().map(|e| e.source.clone()).collect();
    let training = Training {
        rows: &rows,
        n_features: featurizer.n_features(),
        labels: &t.labels,
        targets: &targets,
        fold_of: &fold_of,
        row_weights: weighted.then_some(weights.as_slice()),
        sources: Some(&sources),
    };
    let params = FitParams {
        cv: &spec.cv,
        solver: &spec.solver,
        solver_kind: solver.unwrap_or(spec.solver_kind),
        select_by: &spec.select_by,
        class_weight: spec.class_weight,
        calibration: spec.calibration,
        two_stage: match &spec.two_stage {
            Some(two) => Some(index(&two.neutral).ok_or_else(|| {
                Error::param(
                    "two_stage.neutral",
                    format!("{:?} is not a label", two.neutral),
                )
            })?),
            None => None,
        },
    };
    let (model, cross_validation) = fit::cross_validate_and_fit(&training, &params, progress)?;
    let mut spec_used = spec.clone();
    spec_used.solver_kind = params.solver_kind;
    let mut stored = StoredTask {
        name: spec.name.clone(),
        spec: spec_used,
        labels: t.labels.clone(),
        data: DataInfo {
            hash: t.train.hash.clone(),
            examples: examples.len(),
            by_source: t.train.by_source(),
        },
        features: featurizer.to_stored(),
        model,
        cross_validation,
        test: None,
    };
    if let Some(test) = &t.test {
        // Measured through the stored form, as a saved model will predict.
        let classifier = Classifier::from_stored(&stored)?;
        stored.test = Some(test_report(&classifier, test));
    }
    Ok(stored)
}

/// Figures of a classifier on labelled examples: per label, overall, per report
/// group, and (multiclass) the calibration error. A label the training data never had
/// counts as a miss.
pub fn test_report(classifier: &Classifier, data: &Dataset) -> TestReport {
    let labels = classifier.labels();
    let scored: Vec<Vec<f64>> = data
        .examples
        .par_iter()
        .map(|e| classifier.scores(&e.record.input()).1)
        .collect();
    let report_of = |which: &[usize]| -> Report {
        match classifier.spec().kind {
            TaskKind::Multiclass => {
                let index = |l: &String| labels.iter().position(|x| x == l).unwrap_or(usize::MAX);
                let gold: Vec<usize> = which
                    .iter()
                    .map(|&i| index(&data.examples[i].labels[0]))
                    .collect();
                let pred: Vec<usize> = which.iter().map(|&i| argmax(&scored[i])).collect();
                metrics::multiclass(labels, &gold, &pred)
            }
            TaskKind::Multilabel => {
                let row = |ls: &[String]| -> Vec<bool> {
                    labels.iter().map(|c| ls.contains(c)).collect()
                };
                let gold: Vec<Vec<bool>> = which
                    .iter()
                    .map(|&i| row(&data.examples[i].labels))
                    .collect();
                let pred: Vec<Vec<bool>> = which
                    .iter()
                    .map(|&i| {
                        let p = classifier.predicted(&scored[i]);
                        (0..labels.len()).map(|l| p.contains(&l)).collect()
                    })
                    .collect();
                metrics::multilabel(labels, &gold, &pred)
            }
        }
    };
    let all: Vec<usize> = (0..data.examples.len()).collect();
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in data.examples.iter().enumerate() {
        if let Some(g) = &e.report_group {
            groups.entry(g.clone()).or_default().push(i);
        }
    }
    let ece = (classifier.spec().kind == TaskKind::Multiclass).then(|| {
        let confidence: Vec<f64> = scored
            .iter()
            .map(|s| s.iter().copied().fold(0.0, f64::max))
            .collect();
        let correct: Vec<bool> = data
            .examples
            .iter()
            .zip(&scored)
            .map(|(e, s)| labels[argmax(s)] == e.labels[0])
            .collect();
        metrics::ece(&confidence, &correct, 10)
    });
    TestReport {
        report: report_of(&all),
        by_group: groups
            .iter()
            .map(|(g, idx)| (g.clone(), report_of(idx)))
            .collect(),
        ece,
    }
}

/// The model version: a short hash of every task's description, labels and data, the
/// crate version and the trainer revision.
fn version_of(tasks: &[StoredTask]) -> String {
    let mut h = Sha256::new();
    for t in tasks {
        h.update(serde_json::to_vec(&t.spec).unwrap_or_default());
        h.update(t.labels.join(",").as_bytes());
        h.update(t.data.hash.as_bytes());
    }
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(TRAINER_REVISION.as_bytes());
    format!("{:x}", h.finalize())[..12].to_string()
}
