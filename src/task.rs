//! A task: what to learn, from which labelled JSONL, read how. The shipped models are
//! two tasks of one file (`training_data/task.toml`: `topics`, multi-label over a
//! document; `stance`, multiclass over a quote with its context and cue); any other
//! labelled data is one more task file (`train --task FILE`). A task says:
//!
//! - `kind`: `"multilabel"` (a list of labels per example, possibly empty; one binary
//!   model and threshold per label) or `"multiclass"` (exactly one label per example);
//! - `train` (and optional `test`): JSONL files or folders of them, relative to the
//!   task file, each optionally weighted (`{ path = "...", weight = 2.0 }`);
//! - `text_fields`, and optionally `context_field` (the sentence a quote sits in),
//!   `cue_field`, `label_field`, `labels` (their order; default: sorted as found),
//!   `group_field` (values never split across folds), `document` (read the first field
//!   as a document: sentences, boilerplate left out);
//! - `[features]`, `[cv]`, `[solver]`, `solver_kind`, `select_by`, `class_weight`,
//!   `report_by` (test figures per value of a field).
use crate::error::{Error, Result};
use crate::features::{FeatureParams, Input};
use crate::models::cv::CvParams;
use crate::models::fit::{Calibration, TwoStageSpec};
use crate::models::{ClassWeight, SelectBy, SolverKind, SolverParams};
use crate::text::{body, split_sentences, Document};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// How many labels an example carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskKind {
    /// Exactly one label per example (the label field is a string).
    Multiclass,
    /// Any number of labels per example, none included (the label field is an array
    /// of strings, or one string).
    Multilabel,
}

/// A data file or folder, with the weight of its examples in the loss.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Source {
    Path(String),
    Weighted { path: String, weight: f64 },
}

impl Source {
    /// Where the source is: relative to the task file's folder `base`, or inside the
    /// shared data folder when it starts with `$TOPIC_STANCE_DATA/` (see
    /// [`crate::data::data_dir`]), so a task over outside data runs wherever it lives.
    pub fn resolve(&self, base: &Path) -> std::path::PathBuf {
        match self.path().strip_prefix("$TOPIC_STANCE_DATA") {
            Some(rest) => crate::data::data_dir().join(rest.trim_start_matches('/')),
            None => base.join(self.path()),
        }
    }

    pub fn path(&self) -> &str {
        match self {
            Source::Path(p) | Source::Weighted { path: p, .. } => p,
        }
    }

    pub fn weight(&self) -> f64 {
        match self {
            Source::Path(_) => 1.0,
            Source::Weighted { weight, .. } => *weight,
        }
    }
}

/// One source, or a list of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Sources {
    One(Source),
    Many(Vec<Source>),
}

impl Sources {
    pub fn list(&self) -> Vec<&Source> {
        match self {
            Sources::One(s) => vec![s],
            Sources::Many(v) => v.iter().collect(),
        }
    }
}

fn default_name() -> String {
    "task".into()
}

fn default_text_fields() -> Vec<String> {
    vec!["text".into()]
}

fn default_label_field() -> String {
    "labels".into()
}

/// One task, as a task file describes it (see the module documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskSpec {
    #[serde(default = "default_name")]
    pub name: String,
    pub kind: TaskKind,
    pub train: Sources,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<Sources>,
    #[serde(default = "default_text_fields")]
    pub text_fields: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_field: Option<String>,
    #[serde(default = "default_label_field")]
    pub label_field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_field: Option<String>,
    #[serde(default)]
    pub document: bool,
    #[serde(default)]
    pub features: FeatureParams,
    #[serde(default)]
    pub cv: CvParams,
    #[serde(default)]
    pub solver: SolverParams,
    #[serde(default)]
    pub solver_kind: SolverKind,
    #[serde(default)]
    pub select_by: SelectBy,
    #[serde(default)]
    pub class_weight: ClassWeight,
    /// Multiclass tasks: calibrate the probabilities (`"temperature"`) or not.
    #[serde(default)]
    pub calibration: Calibration,
    /// Multiclass tasks: first tell this label from the others, then the others apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_stage: Option<TwoStageSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_by: Option<String>,
}

const KIND_MISSING: &str = "`kind` is missing: add kind = \"multiclass\" (one label per \
     example) or kind = \"multilabel\" (a list of labels per example)";

/// Reads a task file: one task (top-level keys) or several (`[[task]]` tables).
pub fn load(path: &Path) -> Result<Vec<TaskSpec>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse(&text).map_err(|reason| Error::task(path, reason))
}

/// The top-level key of a task file naming the folder of the speaker score's labelled
/// speakers (`training_data/task.toml`: `speaker_score = "speakers"`).
pub const SPEAKER_SCORE_KEY: &str = "speaker_score";

/// Where a task file puts the speaker score's data (its `speaker_score` folder, relative
/// to the file): `train` fits the score from it into the same model file. `None` when
/// the file names none (a task file of other labels, a benchmark's copy).
pub fn speaker_score_data(path: &Path) -> Result<Option<std::path::PathBuf>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let value: toml::Table = toml::from_str(&text).map_err(|e| Error::task(path, e.to_string()))?;
    let Some(v) = value.get(SPEAKER_SCORE_KEY) else {
        return Ok(None);
    };
    let folder = v.as_str().ok_or_else(|| {
        Error::task(
            path,
            format!("`{SPEAKER_SCORE_KEY}` must be a folder name in quotes, like \"speakers\""),
        )
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    Ok(Some(base.join(folder)))
}

/// Parses the text of a task file; the error says what to change.
pub fn parse(text: &str) -> std::result::Result<Vec<TaskSpec>, String> {
    let value: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
    let tasks: Vec<TaskSpec> = if let Some(list) = value.get("task") {
        let others: Vec<&String> = value
            .keys()
            .filter(|k| !matches!(k.as_str(), "task" | SPEAKER_SCORE_KEY))
            .collect();
        if !others.is_empty() {
            return Err(format!(
                "a file of [[task]] tables has nothing else at the top level but \
                 `{SPEAKER_SCORE_KEY}` (found {others:?})"
            ));
        }
        let list = list
            .as_array()
            .ok_or("`task` must be an array of tables: write [[task]]")?;
        list.iter()
            .enumerate()
            .map(|(i, t)| {
                if t.get("kind").is_none() {
                    return Err(format!("task {}: {KIND_MISSING}", i + 1));
                }
                t.clone()
                    .try_into()
                    .map_err(|e: toml::de::Error| format!("task {}: {}", i + 1, e.message()))
            })
            .collect::<std::result::Result<_, _>>()?
    } else {
        if value.get("kind").is_none() {
            if value.contains_key("topics") || value.contains_key("stance") {
                return Err(format!(
                    "this is the old default-task layout ([topics] and [stance] tables); \
                     describe each as a [[task]] with a kind (see training_data/task.toml). {KIND_MISSING}"
                ));
            }
            return Err(KIND_MISSING.to_string());
        }
        vec![toml::Value::Table(value)
            .try_into()
            .map_err(|e: toml::de::Error| e.message().to_string())?]
    };
    if tasks.is_empty() {
        return Err("no task in the file".into());
    }
    let mut names = std::collections::BTreeSet::new();
    for t in &tasks {
        if !names.insert(t.name.as_str()) {
            return Err(format!(
                "two tasks are named {:?}: names must differ",
                t.name
            ));
        }
        t.validate()
            .map_err(|e| format!("task {:?}: {e}", t.name))?;
    }
    Ok(tasks)
}

impl TaskSpec {
    pub fn validate(&self) -> Result<()> {
        if self.name.trim().is_empty() {
            return Err(Error::param("name", "must not be empty"));
        }
        if self.text_fields.is_empty() {
            return Err(Error::param("text_fields", "name at least one field"));
        }
        if self.train.list().is_empty() {
            return Err(Error::param("train", "name at least one file or folder"));
        }
        for s in self.train.list() {
            if !(s.weight() > 0.0 && s.weight().is_finite()) {
                return Err(Error::param(
                    "train",
                    format!("{}: weight must be positive", s.path()),
                ));
            }
        }
        if let Some(labels) = &self.labels {
            let mut seen = std::collections::BTreeSet::new();
            if labels
                .iter()
                .any(|l| l.trim().is_empty() || !seen.insert(l))
            {
                return Err(Error::param(
                    "labels",
                    "labels must be non-empty and distinct",
                ));
            }
            if self.kind == TaskKind::Multiclass && labels.len() < 2 {
                return Err(Error::param(
                    "labels",
                    "a multiclass task needs two or more",
                ));
            }
            self.select_by.validate(labels)?;
        }
        if let Some(two) = &self.two_stage {
            if self.kind != TaskKind::Multiclass {
                return Err(Error::param("two_stage", "is for multiclass tasks"));
            }
            if let Some(labels) = &self.labels {
                if !labels.contains(&two.neutral) || labels.len() < 3 {
                    return Err(Error::param(
                        "two_stage.neutral",
                        format!("{:?} must be one of three or more labels", two.neutral),
                    ));
                }
            }
        }
        if self.kind == TaskKind::Multilabel && self.calibration != Calibration::None {
            return Err(Error::param("calibration", "is for multiclass tasks"));
        }
        if self.kind == TaskKind::Multilabel && self.select_by != SelectBy::default() {
            return Err(Error::param(
                "select_by",
                "a multilabel task chooses each label's C and threshold by that label's F1; \
                 select_by is for multiclass tasks",
            ));
        }
        if self.features.pair.is_some() && self.pair_field().is_none() {
            return Err(Error::param(
                "pair.field",
                "name the field to compare with, or give two text fields",
            ));
        }
        self.features.validate()?;
        self.cv.validate()?;
        self.solver.validate()
    }

    /// The field the pair features compare the first text field with, when they are on.
    pub fn pair_field(&self) -> Option<&str> {
        let pair = self.features.pair.as_ref()?;
        pair.field
            .as_deref()
            .or(self.text_fields.get(1).map(String::as_str))
    }

    /// The parts of a record the features read; the error names the field at fault.
    pub fn record(&self, record: &serde_json::Value) -> std::result::Result<Record, String> {
        let text = |name: &str| -> std::result::Result<String, String> {
            match record.get(name) {
                Some(serde_json::Value::String(s)) => Ok(s.clone()),
                Some(_) => Err(format!("field {name:?} must be a string")),
                None => Err(format!("field {name:?} is missing")),
            }
        };
        let optional = |name: &Option<String>| -> std::result::Result<Option<String>, String> {
            match name {
                None => Ok(None),
                Some(n) => match record.get(n) {
                    None | Some(serde_json::Value::Null) => Ok(None),
                    Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                    Some(_) => Err(format!("field {n:?} must be a string or null")),
                },
            }
        };
        let mut fields = self
            .text_fields
            .iter()
            .map(|f| text(f))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        if self.document {
            let doc = Document::new(&fields[0]);
            fields[0] = body(&doc, &split_sentences(&doc));
        }
        Ok(Record {
            fields,
            context: optional(&self.context_field)?,
            cue: optional(&self.cue_field)?,
            other: self.pair_field().map(text).transpose()?,
        })
    }
}

/// The text parts of one record, owned; [`Record::input`] lends them to the features.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub fields: Vec<String>,
    /// The sentence the first field sits in (it contains the field).
    pub context: Option<String>,
    pub cue: Option<String>,
    pub other: Option<String>,
}

impl Record {
    pub fn input(&self) -> Input<'_> {
        let mut input = Input::quote(
            &self.fields[0],
            self.context.as_deref(),
            self.cue.as_deref(),
        );
        input.fields = self.fields.iter().map(String::as_str).collect();
        input.other = self.other.as_deref();
        input
    }
}

/// The labels of one example: a non-empty string, or (multi-label) an array of them.
pub fn labels_of(
    value: Option<&serde_json::Value>,
    kind: TaskKind,
) -> std::result::Result<Vec<String>, String> {
    use serde_json::Value;
    let one = |v: &Value| match v.as_str() {
        Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
        _ => Err("must hold non-empty strings".to_string()),
    };
    match (value, kind) {
        (None, _) => Err("is missing".into()),
        (Some(Value::Array(items)), TaskKind::Multilabel) => {
            let mut labels = items
                .iter()
                .map(one)
                .collect::<std::result::Result<Vec<_>, _>>()?;
            labels.sort();
            let n = labels.len();
            labels.dedup();
            if labels.len() != n {
                return Err("repeats a label".into());
            }
            Ok(labels)
        }
        (Some(Value::Array(_)), TaskKind::Multiclass) => Err(
            "must be one string in a multiclass task (use kind = \"multilabel\" for lists)".into(),
        ),
        (Some(v), _) => Ok(vec![one(v)?]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_file_without_kind_says_so() {
        let e = parse("train = \"a.jsonl\"\nlabel_field = \"y\"\n").unwrap_err();
        assert!(e.starts_with("`kind` is missing"), "{e}");
        let e = parse("[topics]\ndir = \"topics\"\n").unwrap_err();
        assert!(
            e.contains("old default-task layout") && e.contains("`kind` is missing"),
            "{e}"
        );
        let e = parse("[[task]]\nname = \"a\"\ntrain = \"x\"\n").unwrap_err();
        assert!(e.starts_with("task 1: `kind` is missing"), "{e}");
    }

    #[test]
    fn the_speaker_score_folder_is_the_one_other_top_level_key() {
        let tasks = "[[task]]\nname = \"a\"\nkind = \"multiclass\"\ntrain = \"x\"\n";
        assert_eq!(
            parse(&format!("speaker_score = \"speakers\"\n{tasks}"))
                .unwrap()
                .len(),
            1
        );
        let e = parse(&format!("speakers = \"s\"\n{tasks}")).unwrap_err();
        assert!(
            e.contains("but `speaker_score`") && e.contains("speakers"),
            "{e}"
        );
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("task.toml");
        std::fs::write(&file, format!("speaker_score = \"spk\"\n{tasks}")).unwrap();
        assert_eq!(
            speaker_score_data(&file).unwrap(),
            Some(dir.path().join("spk"))
        );
        std::fs::write(&file, tasks).unwrap();
        assert_eq!(speaker_score_data(&file).unwrap(), None);
        std::fs::write(&file, format!("speaker_score = 3\n{tasks}")).unwrap();
        let e = speaker_score_data(&file).unwrap_err().to_string();
        assert!(
            e.contains("task.toml") && e.contains("folder name in quotes"),
            "{e}"
        );
    }

    #[test]
    fn one_task_or_several() {
        let one =
            parse("kind = \"multiclass\"\ntrain = \"a.jsonl\"\nlabel_field = \"y\"\n").unwrap();
        assert_eq!(one[0].name, "task");
        assert_eq!(one[0].text_fields, ["text"]);
        let two = parse(
            "[[task]]\nname = \"a\"\nkind = \"multilabel\"\ntrain = [\"x\", { path = \"y\", weight = 2.0 }]\n\
             [[task]]\nname = \"b\"\nkind = \"multiclass\"\ntrain = \"z\"\nselect_by = { mean_f1_of = [\"p\"] }\n",
        )
        .unwrap();
        assert_eq!(two[0].train.list()[1].weight(), 2.0);
        assert_eq!(two[1].select_by, SelectBy::MeanF1Of(vec!["p".into()]));
        let same = parse("[[task]]\nkind = \"multiclass\"\ntrain = \"a\"\n[[task]]\nkind = \"multiclass\"\ntrain = \"b\"\n");
        assert!(same.unwrap_err().contains("two tasks are named"));
    }

    #[test]
    fn a_record_gives_fields_context_and_cue() {
        let spec = parse(
            "kind = \"multiclass\"\ntrain = \"a\"\ncontext_field = \"context\"\ncue_field = \"cue\"\nlabel_field = \"stance\"\n",
        )
        .unwrap()
        .remove(0);
        let r = spec
            .record(&serde_json::json!({"text": "ignorance", "context": "He condemned ignorance.", "cue": "condemned"}))
            .unwrap();
        let input = r.input();
        assert_eq!(input.fields, ["ignorance"]);
        assert_eq!(input.context, Some(("He condemned ", ".")));
        assert_eq!(input.cue, Some("condemned"));
        let e = spec.record(&serde_json::json!({"txt": "x"})).unwrap_err();
        assert_eq!(e, "field \"text\" is missing");
    }
}
