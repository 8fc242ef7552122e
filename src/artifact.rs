//! The model file (`models/model.json`): one versioned, self-describing JSON document
//! with everything needed to serve — vocabulary, idf, weights, intercepts, thresholds,
//! labels — plus where it came from (data hash, parameters, crate version) and how well
//! it does (cross-validated and real-text metrics). Inference reads only this file,
//! never linfa's fitted-model layout.
//!
//! Written atomically: a temporary file in the same folder, flushed to disk, read back
//! and checked, then renamed over the old one, so a crash or a kill at any moment
//! leaves the previous model intact and loadable.
use crate::error::{Error, Result};
use crate::features::tfidf::TfidfArtifact;
use crate::models::logistic::MultinomialLogistic;
use crate::models::stance::{StanceCv, StanceParams, CLASSES};
use crate::models::topics::{LabelModel, TopicParams, TopicsCv};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const FORMAT: &str = "topic-stance/models";
pub const FORMAT_VERSION: u32 = 1;
pub const MODEL_FILE: &str = "model.json";
pub const METRICS_FILE: &str = "metrics.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelFile {
    pub format: String,
    pub format_version: u32,
    /// Version of topic-stance that trained the file.
    pub crate_version: String,
    /// Short hash of the data and parameters: two files with the same version were
    /// trained the same way on the same data.
    pub version: String,
    /// RFC 3339; `SOURCE_DATE_EPOCH` fixes it for reproducible training.
    pub trained_at: String,
    pub training: TrainingInfo,
    pub topics: TopicsArtifact,
    pub stance: StanceArtifact,
    pub metrics: Metrics,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingInfo {
    pub data_hash: String,
    pub topic_examples: usize,
    pub stance_examples: usize,
    pub topic_params: TopicParams,
    pub stance_params: StanceParams,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicsArtifact {
    pub vectorizer: TfidfArtifact,
    pub labels: Vec<LabelModel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceArtifact {
    pub vectorizer: TfidfArtifact,
    pub classes: Vec<String>,
    pub c: f64,
    pub use_context: bool,
    pub model: MultinomialLogistic,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    pub cross_validation: CrossValidation,
    /// Figures on labelled real news the models never trained on, by data set.
    pub real_text: BTreeMap<String, serde_json::Value>,
    pub data_report: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossValidation {
    pub topics: TopicsCv,
    pub stance: StanceCv,
}

impl ModelFile {
    /// Checks the format version and that every vector has the length it must have.
    pub fn check(&self) -> std::result::Result<(), String> {
        if self.format != FORMAT {
            return Err(format!(
                "not a topic-stance model file (format {:?})",
                self.format
            ));
        }
        if self.format_version != FORMAT_VERSION {
            return Err(format!(
                "model format version {} but this build reads version {FORMAT_VERSION}; retrain with this version's `train`",
                self.format_version
            ));
        }
        let t = &self.topics;
        let d = t.vectorizer.terms.len();
        if t.vectorizer.idf.len() != d {
            return Err(format!(
                "topics: {d} terms but {} idf values",
                t.vectorizer.idf.len()
            ));
        }
        if t.labels.is_empty() {
            return Err("topics: no labels".into());
        }
        for l in &t.labels {
            if l.model.weights.len() != d {
                return Err(format!(
                    "topics: label {:?} has {} weights for {d} terms",
                    l.label,
                    l.model.weights.len()
                ));
            }
            if !(0.0..=1.0).contains(&l.threshold)
                || l.model.weights.iter().any(|w| !w.is_finite())
                || !l.model.intercept.is_finite()
            {
                return Err(format!(
                    "topics: label {:?} has a threshold outside [0, 1] or a non-finite weight",
                    l.label
                ));
            }
        }
        let s = &self.stance;
        let ds = s.vectorizer.terms.len();
        if s.vectorizer.idf.len() != ds {
            return Err(format!(
                "stance: {ds} terms but {} idf values",
                s.vectorizer.idf.len()
            ));
        }
        if s.classes != CLASSES {
            return Err(format!(
                "stance: classes {:?}, expected {CLASSES:?}",
                s.classes
            ));
        }
        if s.model.weights.len() != s.classes.len() || s.model.intercepts.len() != s.classes.len() {
            return Err("stance: one weight row and one intercept per class needed".into());
        }
        if s.model
            .weights
            .iter()
            .any(|w| w.len() != ds || w.iter().any(|v| !v.is_finite()))
        {
            return Err(format!("stance: every weight row needs {ds} finite values"));
        }
        Ok(())
    }
}

/// Loads and checks `dir/model.json`; errors name the file and what is wrong.
pub fn load(dir: &Path) -> Result<ModelFile> {
    let path = dir.join(MODEL_FILE);
    let bytes =
        std::fs::read(&path).map_err(|e| Error::model(&path, format!("cannot read: {e}")))?;
    let file: ModelFile = serde_json::from_slice(&bytes)
        .map_err(|e| Error::model(&path, format!("corrupt or truncated model file: {e}")))?;
    file.check().map_err(|reason| Error::model(&path, reason))?;
    Ok(file)
}

/// Writes the model file and the metrics report atomically into `dir`.
pub fn save(dir: &Path, file: &ModelFile) -> Result<()> {
    file.check()
        .map_err(|reason| Error::model(dir.join(MODEL_FILE), reason))?;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let model = serde_json::to_vec(file).map_err(|e| Error::Training(e.to_string()))?;
    let metrics = serde_json::to_vec_pretty(&serde_json::json!({
        "version": file.version,
        "trained_at": file.trained_at,
        "training": {
            "data_hash": file.training.data_hash,
            "topic_examples": file.training.topic_examples,
            "stance_examples": file.training.stance_examples,
        },
        "metrics": file.metrics,
    }))
    .map_err(|e| Error::Training(e.to_string()))?;
    write_atomic(&dir.join(MODEL_FILE), &model, |bytes| {
        let back: ModelFile = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        back.check()
    })?;
    write_atomic(&dir.join(METRICS_FILE), &metrics, |_| Ok(()))
}

/// Temp file beside the target, fsync, verify what was written, rename, fsync the folder.
pub fn write_atomic(
    path: &Path,
    bytes: &[u8],
    verify: impl Fn(&[u8]) -> std::result::Result<(), String>,
) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp: PathBuf = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        f.write_all(bytes).map_err(|e| Error::io(&tmp, e))?;
        f.sync_all().map_err(|e| Error::io(&tmp, e))?;
        drop(f);
        let written = std::fs::read(&tmp).map_err(|e| Error::io(&tmp, e))?;
        verify(&written).map_err(|reason| {
            Error::model(&tmp, format!("verification after writing failed: {reason}"))
        })?;
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
