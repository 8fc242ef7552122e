//! The answers every front end gives, defined once: [`ClassifyResponse`] (one analysed
//! document: `POST /v1/classify`, each line of `classify`, `Analyzer.analyze` in Python)
//! and [`ModelsInfo`] (`GET /v1/models`, `Analyzer.model_info()` in Python). The server
//! only wraps them in HTTP; their OpenAPI schemas come from here.
use crate::analysis::{Analysis, Analyzer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

/// The model that produced an answer: its version and training time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ModelRef {
    pub version: String,
    pub trained_at: String,
}

impl ModelRef {
    pub fn of(a: &Analyzer) -> Self {
        ModelRef {
            version: a.model_file().version.clone(),
            trained_at: a.model_file().trained_at.clone(),
        }
    }
}

/// One analysed document: the analysis, the caller's id (when it gave one) and the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ClassifyResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(flatten)]
    pub analysis: Analysis,
    pub model: ModelRef,
}

impl ClassifyResponse {
    /// The answer for `analysis`, made by `a`.
    pub fn new(id: Option<String>, analysis: Analysis, a: &Analyzer) -> Self {
        ClassifyResponse {
            id,
            analysis,
            model: ModelRef::of(a),
        }
    }
}

/// What the loaded models are and how well they do.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ModelsInfo {
    pub version: String,
    pub trained_at: String,
    pub format: String,
    pub format_version: u32,
    pub crate_version: String,
    /// The topic labels, with the threshold and C each was given.
    pub labels: Vec<LabelInfo>,
    /// The stance labels, in the order of `stance_scores`.
    pub stance_labels: Vec<String>,
    /// Every task of the model file.
    pub tasks: Vec<TaskInfo>,
    /// Figures on labelled real news the models never trained on, as `train` measured them.
    #[schema(value_type = Option<Object>)]
    pub real_text: Value,
    /// The speaker score behind each quote's `speaker_score` (null when the model file
    /// has none).
    pub speaker_score: Option<SpeakerScoreInfo>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LabelInfo {
    pub label: String,
    pub threshold: f64,
    pub c: f64,
}

/// One trained task: what it learnt from and how well it does.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TaskInfo {
    pub name: String,
    /// `multilabel` or `multiclass`.
    pub kind: String,
    pub labels: Vec<String>,
    pub examples: usize,
    /// Training examples per source.
    pub by_source: std::collections::BTreeMap<String, usize>,
    pub data_hash: String,
    /// Columns of the feature vector.
    pub features: usize,
    /// Cross-validated figures at the chosen settings.
    #[schema(value_type = Option<Object>)]
    pub cross_validation: Value,
    /// Figures on the task's test (dev) data (null when it has none).
    #[schema(value_type = Option<Object>)]
    pub test: Value,
}

impl ModelsInfo {
    /// The description of `a`'s models.
    pub fn of(a: &Analyzer) -> Self {
        let f = a.model_file();
        let topics = a.topics();
        ModelsInfo {
            version: f.version.clone(),
            trained_at: f.trained_at.clone(),
            format: f.format.clone(),
            format_version: f.format_version,
            crate_version: f.crate_version.clone(),
            labels: topics
                .labels()
                .iter()
                .enumerate()
                .map(|(l, label)| LabelInfo {
                    label: label.clone(),
                    threshold: topics.threshold(l).unwrap_or(0.5),
                    c: f.task(topics.name())
                        .and_then(|t| t.cross_validation.choices.get(l))
                        .map_or(0.0, |c| c.c),
                })
                .collect(),
            stance_labels: a.stance().labels().to_vec(),
            tasks: f
                .tasks
                .iter()
                .map(|t| TaskInfo {
                    name: t.name.clone(),
                    kind: serde_json::to_value(t.spec.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    labels: t.labels.clone(),
                    examples: t.data.examples,
                    by_source: t.data.by_source.clone(),
                    data_hash: t.data.hash.clone(),
                    features: t.features.n_features(),
                    cross_validation: serde_json::to_value(&t.cross_validation).unwrap_or_default(),
                    test: serde_json::to_value(&t.test).unwrap_or_default(),
                })
                .collect(),
            real_text: serde_json::to_value(&f.real_text).unwrap_or_default(),
            speaker_score: f.speaker_score.as_ref().map(|s| SpeakerScoreInfo {
                features: s.features.clone(),
                c: s.c,
                data_hash: s.data_hash.clone(),
                cross_validation: serde_json::to_value(&s.cross_validation).unwrap_or_default(),
            }),
        }
    }
}

/// The speaker score of the model file: its features, its C, its data and its
/// cross-validated figures (area under the ROC curve, Brier score, calibration error,
/// coverage and accuracy at 0.5, 0.8 and 0.9).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SpeakerScoreInfo {
    pub features: Vec<String>,
    pub c: f64,
    pub data_hash: String,
    #[schema(value_type = Object)]
    pub cross_validation: Value,
}
