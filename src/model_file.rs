//! The model file (`model.json`): every task a training run fitted, in one versioned,
//! self-describing JSON document — for each task its description, labels, feature
//! vocabularies and idf, weights, thresholds, cross-validated and test figures, and the
//! hash of the data it learnt from — plus the crate version, the model version and the
//! real-text figures. The analyzer (tasks `topics` and `stance`), `classify
//! --classifier` and `train --task` all read and write this one format, through
//! [`load`] and [`save`].
//!
//! Written atomically: a temporary file in the same folder, flushed to disk, read back
//! and checked, then renamed over the old one, so a crash or a kill at any moment
//! leaves the previous model intact and loadable.
use crate::error::{Error, Result};
use crate::features::StoredFeatures;
use crate::models::fit::CvReport;
use crate::models::metrics::Report;
use crate::models::speaker_score::SpeakerScore;
use crate::models::TrainedModel;
use crate::task::TaskSpec;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const FORMAT: &str = "topic-stance/models";
/// 2: tasks of one engine (format 1 had fixed topic and stance sections).
pub const FORMAT_VERSION: u32 = 2;
pub const MODEL_FILE: &str = "model.json";
pub const METRICS_FILE: &str = "metrics.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub format: String,
    pub format_version: u32,
    /// Version of topic-stance that trained the file.
    pub crate_version: String,
    /// Short hash of the data, the task descriptions and the trainer: two files with
    /// the same version hold the same weights.
    pub version: String,
    /// RFC 3339; `SOURCE_DATE_EPOCH` fixes it for reproducible training.
    pub trained_at: String,
    pub tasks: Vec<StoredTask>,
    /// Figures on labelled real news the models never trained on, by data set; each
    /// entry names the model version that measured it.
    pub real_text: BTreeMap<String, serde_json::Value>,
    /// Counts per source and label, near-duplicates: what `train --check-only` reports.
    pub data_report: serde_json::Value,
    /// The probability that a found quote's speaker is right (trained with the shipped
    /// tasks; a file of other tasks has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_score: Option<SpeakerScore>,
}

/// One trained task as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredTask {
    pub name: String,
    pub spec: TaskSpec,
    /// The labels in model order (scores come in this order).
    pub labels: Vec<String>,
    pub data: DataInfo,
    pub features: StoredFeatures,
    pub model: TrainedModel,
    pub cross_validation: CvReport,
    /// Figures on the task's `test` data, when it names any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<TestReport>,
}

/// What a task learnt from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataInfo {
    /// SHA-256 over the file names and bytes of the training data, in reading order.
    pub hash: String,
    pub examples: usize,
    /// Examples per training file or folder, as the task names them.
    pub by_source: BTreeMap<String, usize>,
}

/// Figures on test data, measured through the stored model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestReport {
    pub report: Report,
    /// Per value of the task's `report_by` field.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_group: BTreeMap<String, Report>,
    /// Expected calibration error of the top score (multiclass), 10 equal-width bins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ece: Option<f64>,
}

impl ModelFile {
    /// The task called `name`.
    pub fn task(&self, name: &str) -> Option<&StoredTask> {
        self.tasks.iter().find(|t| t.name == name)
    }

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
        if self.tasks.is_empty() {
            return Err("no task in the file".into());
        }
        for t in &self.tasks {
            t.check().map_err(|e| format!("task {:?}: {e}", t.name))?;
        }
        if let Some(score) = &self.speaker_score {
            score.check()?;
        }
        Ok(())
    }
}

impl StoredTask {
    fn check(&self) -> std::result::Result<(), String> {
        if self.labels.is_empty() {
            return Err("no labels".into());
        }
        for (name, block) in [("words", Some(&self.features.words))]
            .into_iter()
            .chain([("chars", self.features.chars.as_ref())])
            .chain([("pair", self.features.pair.as_ref())])
        {
            if let Some(b) = block {
                if b.terms.len() != b.idf.len() {
                    return Err(format!(
                        "{name}: {} terms but {} idf values",
                        b.terms.len(),
                        b.idf.len()
                    ));
                }
            }
        }
        self.model.check(&self.labels, self.features.n_features())
    }
}

/// Loads and checks `dir/model.json`; errors name the file and what is wrong.
pub fn load(dir: &Path) -> Result<ModelFile> {
    let path = dir.join(MODEL_FILE);
    let bytes =
        std::fs::read(&path).map_err(|e| Error::model(&path, format!("cannot read: {e}")))?;
    parse(&path, &bytes)
}

/// Reads and checks the bytes of a model file (one built into a program, say); errors
/// name `path` as the file they came from.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<ModelFile> {
    let path = path.to_path_buf();
    let head: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::model(&path, format!("corrupt or truncated model file: {e}")))?;
    // Name an old or foreign file before its fields are complained about.
    let format = head.get("format").cloned().unwrap_or_default();
    if format.as_str() != Some(FORMAT) {
        return Err(Error::model(
            &path,
            format!("not a topic-stance model file (format {format})"),
        ));
    }
    let version = head.get("format_version").cloned().unwrap_or_default();
    if version.as_u64() != Some(FORMAT_VERSION.into()) {
        return Err(Error::model(
            &path,
            format!(
                "model format version {version} but this build reads version {FORMAT_VERSION}; retrain with this version's `train`"
            ),
        ));
    }
    let file: ModelFile = serde_json::from_value(head)
        .map_err(|e| Error::model(&path, format!("not a valid model file: {e}")))?;
    file.check().map_err(|reason| Error::model(&path, reason))?;
    Ok(file)
}

/// The metrics report written beside the model: everything but the weights.
pub fn metrics(file: &ModelFile) -> serde_json::Value {
    serde_json::json!({
        "version": file.version,
        "trained_at": file.trained_at,
        "tasks": file.tasks.iter().map(|t| serde_json::json!({
            "name": t.name,
            "kind": t.spec.kind,
            "labels": t.labels,
            "data": t.data,
            "cross_validation": t.cross_validation,
            "test": t.test,
        })).collect::<Vec<_>>(),
        "speaker_score": file.speaker_score.as_ref().map(|s| serde_json::json!({
            "features": s.features,
            "c": s.c,
            "data_hash": s.data_hash,
            "cross_validation": s.cross_validation,
        })),
        "real_text": file.real_text,
        "data_report": file.data_report,
    })
}

/// Writes the model file and the metrics report atomically into `dir`.
pub fn save(dir: &Path, file: &ModelFile) -> Result<()> {
    file.check()
        .map_err(|reason| Error::model(dir.join(MODEL_FILE), reason))?;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let model = serde_json::to_vec(file).map_err(|e| Error::Training(e.to_string()))?;
    let metrics =
        serde_json::to_vec_pretty(&metrics(file)).map_err(|e| Error::Training(e.to_string()))?;
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
