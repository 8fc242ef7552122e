//! A training run: read the task's data, check it, train topics and stance with
//! cross-validation, and assemble the model file. Real-text evaluation is added by the
//! caller (it needs data outside the repository).
use super::data::{self, Dataset, StanceRow, TopicRow};
use super::duplicates::{self, DuplicateReport};
use super::task::Task;
use crate::artifact::{
    self, CrossValidation, Metrics, ModelFile, StanceArtifact, TopicsArtifact, TrainingInfo,
};
use crate::error::{Error, Result};
use crate::models::stance::{self, stance_tokens, CLASSES};
use crate::models::topics::{self, TopicExamples};
use crate::text::{split_sentences, Document, Tokenizer};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// The checked training data of a task.
pub struct TrainingSet {
    pub topics: Dataset<TopicRow>,
    pub stance: Dataset<StanceRow>,
}

impl TrainingSet {
    /// Reads both folders; every bad line of both is reported together.
    pub fn read(task: &Task, base: &Path) -> Result<Self> {
        let topics = data::read_topics(&base.join(&task.topics.dir), &task.topics.labels);
        let stance = data::read_stance(&base.join(&task.stance.dir));
        match (topics, stance) {
            (Ok(topics), Ok(stance)) => Ok(TrainingSet { topics, stance }),
            (
                Err(Error::InvalidData { mut problems }),
                Err(Error::InvalidData { problems: more }),
            ) => {
                problems.extend(more);
                Err(Error::InvalidData { problems })
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        }
    }

    pub fn hash(&self) -> String {
        let mut h = Sha256::new();
        h.update(self.topics.hash.as_bytes());
        h.update(self.stance.hash.as_bytes());
        format!("{:x}", h.finalize())
    }
}

/// Counts and near-duplicate figures of the data, reported by `train`.
#[derive(Debug, Clone, Serialize)]
pub struct DataReport {
    pub topic_label_sets: BTreeMap<String, usize>,
    pub topic_label_counts: BTreeMap<String, usize>,
    pub stance_classes: BTreeMap<String, usize>,
    pub topic_duplicates: DuplicateReport,
    pub stance_duplicates: DuplicateReport,
    pub warnings: usize,
}

pub fn data_report(set: &TrainingSet) -> DataReport {
    let mut sets = BTreeMap::new();
    let mut counts = BTreeMap::new();
    for r in &set.topics.rows {
        let key = if r.row.labels.is_empty() {
            "(none)".to_string()
        } else {
            r.row.labels.join("+")
        };
        *sets.entry(key).or_insert(0) += 1;
        for l in &r.row.labels {
            *counts.entry(l.clone()).or_insert(0) += 1;
        }
    }
    let mut classes = BTreeMap::new();
    for r in &set.stance.rows {
        *classes.entry(r.row.stance.clone()).or_insert(0) += 1;
    }
    let topic_texts: Vec<&str> = set
        .topics
        .rows
        .iter()
        .map(|r| r.row.text.as_str())
        .collect();
    let stance_texts: Vec<&str> = set
        .stance
        .rows
        .iter()
        .map(|r| r.row.text.as_str())
        .collect();
    let (topic_duplicates, stance_duplicates) = rayon::join(
        || duplicates::check(&topic_texts),
        || duplicates::check(&stance_texts),
    );
    DataReport {
        topic_label_sets: sets,
        topic_label_counts: counts,
        stance_classes: classes,
        topic_duplicates,
        stance_duplicates,
        warnings: set.topics.warnings.len() + set.stance.warnings.len(),
    }
}

/// Tokens of a training text, read the way the analyzer reads a document (sentences
/// joined, boilerplate dropped) so training and serving see the same words.
fn document_tokens(tokenizer: &Tokenizer, text: &str) -> Vec<String> {
    let doc = Document::new(text);
    let body: Vec<&str> = split_sentences(&doc)
        .iter()
        .map(|s| doc.normalized(*s))
        .collect();
    tokenizer.tokens(&body.join("\n"))
}

/// Trains both models; `progress` is called after each fit. The result has no
/// real-text metrics yet.
pub fn train(
    task: &Task,
    set: &TrainingSet,
    trained_at: &str,
    progress: &(dyn Fn() + Sync),
) -> Result<ModelFile> {
    task.validate()?;
    let tokenizer = Tokenizer::english();
    let labels = &task.topics.labels;
    let topic_tokens: Vec<Vec<String>> = set
        .topics
        .rows
        .par_iter()
        .map(|r| document_tokens(&tokenizer, &r.row.text))
        .collect();
    let gold: Vec<Vec<bool>> = set
        .topics
        .rows
        .iter()
        .map(|r| labels.iter().map(|l| r.row.labels.contains(l)).collect())
        .collect();
    let sp = &task.stance.params;
    let stance_tok: Vec<Vec<String>> = set
        .stance
        .rows
        .par_iter()
        .map(|r| {
            stance_tokens(
                &tokenizer,
                &r.row.text,
                &r.row.context_outside(),
                sp.use_context,
            )
        })
        .collect();
    let y: Vec<usize> = set
        .stance
        .rows
        .iter()
        .map(|r| CLASSES.iter().position(|c| *c == r.row.stance).unwrap_or(2))
        .collect();

    let (topics_result, stance_result) = rayon::join(
        || {
            topics::train(
                &TopicExamples {
                    tokens: &topic_tokens,
                    gold: &gold,
                    labels,
                },
                &task.topics.params,
                progress,
            )
        },
        || stance::train(&stance_tok, &y, sp, progress),
    );
    let (tv, label_models, topics_cv) = topics_result?;
    let (sv, stance_model, stance_cv) = stance_result?;
    let data_hash = set.hash();
    let info = TrainingInfo {
        data_hash: data_hash.clone(),
        topic_examples: set.topics.rows.len(),
        stance_examples: set.stance.rows.len(),
        topic_params: task.topics.params.clone(),
        stance_params: sp.clone(),
    };
    let report = data_report(set);
    Ok(ModelFile {
        format: artifact::FORMAT.to_string(),
        format_version: artifact::FORMAT_VERSION,
        crate_version: env!("CARGO_PKG_VERSION").to_string(),
        version: version_of(&info, labels),
        trained_at: trained_at.to_string(),
        training: info,
        topics: TopicsArtifact {
            vectorizer: tv.to_artifact(),
            labels: label_models,
        },
        stance: StanceArtifact {
            vectorizer: sv.to_artifact(),
            classes: CLASSES.iter().map(|c| c.to_string()).collect(),
            c: stance_cv.c,
            use_context: sp.use_context,
            model: stance_model,
        },
        metrics: Metrics {
            cross_validation: CrossValidation {
                topics: topics_cv,
                stance: stance_cv,
            },
            real_text: BTreeMap::new(),
            data_report: serde_json::to_value(&report).unwrap_or_default(),
        },
    })
}

/// Changes whenever the trainer would give different weights for the same data and
/// parameters, so that the version names the weights.
const TRAINER_REVISION: &str = "sparse-lbfgs-per-row-warm-path-2";

/// The model version: a short hash of data, parameters, labels and crate version.
fn version_of(info: &TrainingInfo, labels: &[String]) -> String {
    let mut h = Sha256::new();
    h.update(serde_json::to_vec(info).unwrap_or_default());
    h.update(labels.join(",").as_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(TRAINER_REVISION.as_bytes());
    format!("{:x}", h.finalize())[..12].to_string()
}
