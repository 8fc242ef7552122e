//! Any labelled text, the same engine: a task file names JSONL files, the text field(s),
//! the label field and the features (word n-grams of stems, character n-grams), and
//! `train --task FILE` cross-validates and fits a multinomial logistic regression on it
//! (`kind = "multiclass"`) or one binary model per label with its own threshold
//! (`kind = "multilabel"`, as the topic models), then measures it on the test file. The shipped topic/stance models are the default
//! task (`training_data/task.toml`); this is the path for everything else.
use crate::artifact::write_atomic;
use crate::error::{Error, Result};
use crate::features::chars::char_ngrams;
use crate::features::pairs::{PairFeatures, PairParams};
use crate::features::tfidf::SEGMENT_BREAK;
use crate::features::{SparseVec, TfidfParams, TfidfVectorizer};
use crate::models::cv::{group_folds, stratified_folds, CvParams};
use crate::models::logistic::{MultinomialLogistic, SolverParams};
use crate::models::metrics::{self, Report};
use crate::models::multiclass::{self, MulticlassCv};
use crate::models::stance::argmax;
use crate::models::topics::{self, LabelModel, TopicsCv};
use crate::models::SolverKind;
use crate::text::Tokenizer;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassificationTask {
    pub kind: TaskKind,
    /// A JSONL file, or a folder of them (read in name order), relative to the task file.
    pub train: String,
    #[serde(default)]
    pub test: Option<String>,
    /// Fields read as text, in order; each keeps its own features.
    pub text_fields: Vec<String>,
    pub label_field: String,
    /// Examples sharing this field's value stay in one fold (e.g. the claim of a headline).
    #[serde(default)]
    pub group_field: Option<String>,
    #[serde(default)]
    pub features: FeatureParams,
    #[serde(default)]
    pub cv: CvParams,
    #[serde(default)]
    pub solver: SolverParams,
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeatureParams {
    /// Word n-grams of stems (n-gram range, min_df, sublinear tf, ...).
    pub words: TfidfParams,
    /// Character n-gram lengths inside word boundaries, e.g. (2, 5); none when absent.
    pub char_ngrams: Option<(usize, usize)>,
    pub char_min_df: usize,
    /// Alignment features between the first text field and another (`[features.pair]`);
    /// none when absent.
    pub pair: Option<PairParams>,
}

impl Default for FeatureParams {
    fn default() -> Self {
        FeatureParams {
            words: TfidfParams::default(),
            char_ngrams: None,
            char_min_df: 2,
            pair: None,
        }
    }
}

/// The trained classifier as stored (`model.json` with format `topic-stance/classifier`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClassifierFile {
    pub format: String,
    pub task: ClassificationTask,
    pub classes: Vec<String>,
    pub words: crate::features::tfidf::TfidfArtifact,
    pub chars: Option<crate::features::tfidf::TfidfArtifact>,
    /// Absent in files written before pair features existed.
    #[serde(default)]
    pub pair: Option<crate::features::tfidf::TfidfArtifact>,
    pub model: TrainedModel,
    pub test: Option<Report>,
}

/// The fitted model of a task and its cross-validated figures.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum TrainedModel {
    Multiclass {
        model: MultinomialLogistic,
        cross_validation: MulticlassCv,
    },
    Multilabel {
        /// One model and threshold per class, in `classes` order.
        labels: Vec<LabelModel>,
        cross_validation: TopicsCv,
    },
}

impl TrainedModel {
    /// The cross-validated report at the chosen settings.
    pub fn cv_report(&self) -> &Report {
        match self {
            TrainedModel::Multiclass {
                cross_validation, ..
            } => &cross_validation.report,
            TrainedModel::Multilabel {
                cross_validation, ..
            } => &cross_validation.report,
        }
    }

    /// The labels predicted for a vectorised example.
    fn predict(&self, classes: &[String], x: &SparseVec) -> Vec<String> {
        match self {
            TrainedModel::Multiclass { model, .. } => {
                vec![classes[argmax(&model.probabilities(x))].clone()]
            }
            TrainedModel::Multilabel { labels, .. } => topics::predicted_labels(labels, x),
        }
    }
}

struct Example {
    texts: Vec<String>,
    /// The text the first field is compared with, when pair features are on.
    other: Option<String>,
    labels: Vec<String>,
    group: String,
}

impl ClassificationTask {
    /// The field pair features compare the first text field with, when they are on.
    fn pair_field(&self) -> Option<&str> {
        let pair = self.features.pair.as_ref()?;
        pair.field
            .as_deref()
            .or(self.text_fields.get(1).map(String::as_str))
    }

    /// Reads a task file; `Ok(None)` when the file is the default topics/stance task.
    pub fn load(path: &Path) -> Result<Option<Self>> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let value: toml::Value = toml::from_str(&text).map_err(|e| Error::InvalidData {
            problems: vec![format!("{}: {e}", path.display())],
        })?;
        if value.get("kind").is_none() {
            return Ok(None);
        }
        let task: ClassificationTask = value.try_into().map_err(|e| Error::InvalidData {
            problems: vec![format!("{}: {e}", path.display())],
        })?;
        if task.text_fields.is_empty() {
            return Err(Error::param("text_fields", "name at least one field"));
        }
        task.features.words.validate()?;
        if let Some(pair) = &task.features.pair {
            pair.validate()?;
            if pair.field.is_none() && task.text_fields.len() < 2 {
                return Err(Error::param(
                    "pair.field",
                    "name the field to compare with, or give two text fields",
                ));
            }
        }
        task.cv.validate()?;
        task.solver.validate()?;
        Ok(Some(task))
    }
}

/// The JSONL files at `path`: the file itself, or a folder's `*.jsonl` in name order.
fn jsonl_files(path: &Path) -> Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| Error::io(path, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    Ok(files)
}

fn read_examples(path: &Path, task: &ClassificationTask) -> Result<Vec<Example>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for file in jsonl_files(path)? {
        read_file_examples(&file, task, &mut out, &mut problems)?;
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::InvalidData { problems })
    }
}

fn read_file_examples(
    path: &Path,
    task: &ClassificationTask,
    out: &mut Vec<Example>,
    problems: &mut Vec<String>,
) -> Result<()> {
    for (line, v) in crate::evaluation::read_jsonl_lines::<serde_json::Value>(path)? {
        let field = |name: &str| v.get(name).and_then(|x| x.as_str()).map(str::to_string);
        let at = format!("{}:{line}", path.display());
        let texts: Option<Vec<String>> = task.text_fields.iter().map(|f| field(f)).collect();
        let Some(texts) = texts else {
            problems.push(format!(
                "{at}: missing text field(s) {:?} (each must be a string)",
                task.text_fields
            ));
            continue;
        };
        let other = task.pair_field().map(field);
        if let Some(None) = other {
            problems.push(format!(
                "{at}: missing pair field {:?} (must be a string)",
                task.pair_field().unwrap_or_default()
            ));
            continue;
        }
        match labels_of(v.get(&task.label_field), task.kind) {
            Ok(labels) => {
                let group = task
                    .group_field
                    .as_deref()
                    .and_then(field)
                    .unwrap_or_else(|| format!("line{line}"));
                out.push(Example {
                    texts,
                    other: other.flatten(),
                    labels,
                    group,
                });
            }
            Err(why) => problems.push(format!("{at}: label field {:?} {why}", task.label_field)),
        }
    }
    Ok(())
}

/// The labels of one example: a non-empty string, or (multi-label) an array of them.
fn labels_of(
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
            labels.dedup();
            Ok(labels)
        }
        (Some(Value::Array(_)), TaskKind::Multiclass) => Err(
            "must be one string in a multiclass task (use kind = \"multilabel\" for lists)".into(),
        ),
        (Some(v), _) => Ok(vec![one(v)?]),
    }
}

/// Word tokens of every field, each field's words marked with its number.
fn word_tokens(tok: &Tokenizer, texts: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (f, t) in texts.iter().enumerate() {
        if f > 0 {
            out.push(SEGMENT_BREAK.to_string());
        }
        tok.for_each_token(t, |w| {
            out.push(if f == 0 {
                w.to_string()
            } else {
                format!("f{f}:{w}")
            })
        });
    }
    out
}

fn char_tokens(texts: &[String], (lo, hi): (usize, usize)) -> Vec<String> {
    texts
        .iter()
        .enumerate()
        .flat_map(|(f, t)| {
            char_ngrams(t, lo, hi)
                .into_iter()
                .map(move |g| if f == 0 { g } else { format!("f{f}:{g}") })
        })
        .collect()
}

/// Word, character and pair features side by side (each part L2-normalised, as a union).
struct Features {
    words: TfidfVectorizer,
    chars: Option<TfidfVectorizer>,
    pair: Option<PairFeatures>,
    tokenizer: Tokenizer,
    char_range: Option<(usize, usize)>,
}

impl Features {
    fn fit(examples: &[Example], params: &FeatureParams) -> Result<Self> {
        let tokenizer = Tokenizer::english();
        let docs: Vec<Vec<String>> = examples
            .iter()
            .map(|e| word_tokens(&tokenizer, &e.texts))
            .collect();
        let words = TfidfVectorizer::fit(&params.words, &docs)?;
        let chars = match params.char_ngrams {
            Some(range) => {
                let docs: Vec<Vec<String>> = examples
                    .iter()
                    .map(|e| char_tokens(&e.texts, range))
                    .collect();
                Some(TfidfVectorizer::fit(&char_params(params), &docs)?)
            }
            None => None,
        };
        let pair = match &params.pair {
            Some(p) => {
                let docs: Vec<Vec<String>> = examples
                    .iter()
                    .map(|e| pair_tokens(p, &tokenizer, &e.texts, e.other.as_deref()))
                    .collect();
                Some(PairFeatures::fit(p, &docs)?)
            }
            None => None,
        };
        Ok(Features {
            words,
            chars,
            pair,
            tokenizer,
            char_range: params.char_ngrams,
        })
    }

    /// Rebuilds the features of a stored classifier.
    fn from_file(file: &ClassifierFile) -> Result<Self> {
        let params = &file.task.features;
        let chars = match (&file.chars, params.char_ngrams) {
            (Some(a), Some(_)) => Some(TfidfVectorizer::from_artifact(a.clone())?),
            (None, None) => None,
            _ => {
                return Err(Error::Training(
                    "character n-grams: vocabulary and task disagree".into(),
                ))
            }
        };
        let pair = match (&file.pair, &params.pair) {
            (Some(a), Some(p)) => Some(PairFeatures {
                params: p.clone(),
                vectorizer: TfidfVectorizer::from_artifact(a.clone())?,
            }),
            (None, None) => None,
            _ => {
                return Err(Error::Training(
                    "pair features: vocabulary and task disagree".into(),
                ))
            }
        };
        Ok(Features {
            words: TfidfVectorizer::from_artifact(file.words.clone())?,
            chars,
            pair,
            tokenizer: Tokenizer::english(),
            char_range: params.char_ngrams,
        })
    }

    fn n_features(&self) -> usize {
        self.words.n_features()
            + self.chars.as_ref().map_or(0, |c| c.n_features())
            + self.pair.as_ref().map_or(0, |p| p.n_features())
    }

    fn transform(&self, texts: &[String], other: Option<&str>) -> SparseVec {
        let mut v = self.words.transform(&word_tokens(&self.tokenizer, texts));
        let mut offset = self.words.n_features() as u32;
        let mut append = |block: SparseVec, width: usize| {
            v.indices.extend(block.indices.iter().map(|j| j + offset));
            v.values.extend(block.values);
            offset += width as u32;
        };
        if let (Some(chars), Some(range)) = (&self.chars, self.char_range) {
            append(
                chars.transform(&char_tokens(texts, range)),
                chars.n_features(),
            );
        }
        if let Some(pair) = &self.pair {
            let tokens = pair_tokens(&pair.params, &self.tokenizer, texts, other);
            append(pair.transform(&tokens), pair.n_features());
        }
        v
    }
}

fn char_params(params: &FeatureParams) -> TfidfParams {
    TfidfParams {
        ngram_range: (1, 1),
        min_df: params.char_min_df,
        ..params.words.clone()
    }
}

fn pair_tokens(
    params: &PairParams,
    tok: &Tokenizer,
    texts: &[String],
    other: Option<&str>,
) -> Vec<String> {
    let first = texts.first().map_or("", String::as_str);
    params.tokens(tok, first, other.unwrap_or(""))
}

/// What a classifier says of one record.
pub struct Prediction {
    pub labels: Vec<String>,
    /// Each class with its probability, in class order.
    pub scores: Vec<(String, f64)>,
}

/// A stored classifier, ready to label records shaped like its training data.
pub struct Classifier {
    task: ClassificationTask,
    classes: Vec<String>,
    features: Features,
    model: TrainedModel,
}

impl Classifier {
    pub fn from_file(file: &ClassifierFile) -> Result<Self> {
        Ok(Classifier {
            task: file.task.clone(),
            classes: file.classes.clone(),
            features: Features::from_file(file)?,
            model: file.model.clone(),
        })
    }

    /// Reads `dir/model.json`.
    pub fn load(dir: &Path) -> Result<Self> {
        let path = dir.join(crate::artifact::MODEL_FILE);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let file: ClassifierFile =
            serde_json::from_slice(&bytes).map_err(|e| Error::model(&path, e.to_string()))?;
        Self::from_file(&file).map_err(|e| Error::model(&path, e.to_string()))
    }

    /// The task's text fields (and pair field) of one record, vectorised.
    fn vectorize(&self, record: &serde_json::Value) -> Result<SparseVec> {
        let field = |name: &str| {
            record
                .get(name)
                .and_then(|x| x.as_str())
                .ok_or_else(|| Error::InvalidData {
                    problems: vec![format!("missing text field {name:?}")],
                })
        };
        let texts = self
            .task
            .text_fields
            .iter()
            .map(|f| field(f).map(str::to_string))
            .collect::<Result<Vec<_>>>()?;
        let other = self.task.pair_field().map(field).transpose()?;
        Ok(self.features.transform(&texts, other))
    }

    /// Each class's probability for one record (a JSON object with the task's text
    /// fields): a distribution over classes (multiclass), or one probability per label
    /// (multilabel).
    pub fn probabilities(&self, record: &serde_json::Value) -> Result<Vec<(String, f64)>> {
        Ok(self.probabilities_of(&self.vectorize(record)?))
    }

    /// The predicted labels of one record: the most probable class (multiclass), or
    /// every label at or above its threshold (multilabel).
    pub fn predict(&self, record: &serde_json::Value) -> Result<Vec<String>> {
        Ok(self.model.predict(&self.classes, &self.vectorize(record)?))
    }

    /// [`Self::predict`] and [`Self::probabilities`] together, vectorising the record once.
    pub fn classify(&self, record: &serde_json::Value) -> Result<Prediction> {
        let x = self.vectorize(record)?;
        Ok(Prediction {
            labels: self.model.predict(&self.classes, &x),
            scores: self.probabilities_of(&x),
        })
    }

    fn probabilities_of(&self, x: &SparseVec) -> Vec<(String, f64)> {
        let p = match &self.model {
            TrainedModel::Multiclass { model, .. } => model.probabilities(x),
            TrainedModel::Multilabel { labels, .. } => {
                labels.iter().map(|l| l.model.probability(x)).collect()
            }
        };
        self.classes.iter().cloned().zip(p).collect()
    }

    fn predict_texts(&self, texts: &[String], other: Option<&str>) -> Vec<String> {
        self.model
            .predict(&self.classes, &self.features.transform(texts, other))
    }
}

/// Trains on the task's train file, measures on its test file, writes `dir/model.json`.
pub fn run(
    task: &ClassificationTask,
    base: &Path,
    dir: &Path,
    progress: &(dyn Fn() + Sync),
) -> Result<ClassifierFile> {
    let train = read_examples(&base.join(&task.train), task)?;
    let classes: Vec<String> = train
        .iter()
        .flat_map(|e| e.labels.iter().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let too_few = match task.kind {
        TaskKind::Multiclass => classes.len() < 2,
        TaskKind::Multilabel => classes.is_empty(),
    };
    if too_few || train.len() < task.cv.folds * 2 {
        return Err(Error::Training(format!(
            "{} examples with {} labels are too few",
            train.len(),
            classes.len()
        )));
    }
    let features = Features::fit(&train, &task.features)?;
    let rows: Vec<SparseVec> = train
        .iter()
        .map(|e| features.transform(&e.texts, e.other.as_deref()))
        .collect();
    let prepared = Prepared {
        task,
        train: &train,
        classes: &classes,
        rows: &rows,
        n_features: features.n_features(),
    };
    let model = match task.kind {
        TaskKind::Multiclass => fit_multiclass(&prepared, progress)?,
        TaskKind::Multilabel => fit_multilabel(&prepared, progress)?,
    };
    let mut file = ClassifierFile {
        format: "topic-stance/classifier".into(),
        task: task.clone(),
        classes,
        words: features.words.to_artifact(),
        chars: features.chars.as_ref().map(|c| c.to_artifact()),
        pair: features.pair.as_ref().map(|p| p.vectorizer.to_artifact()),
        model,
        test: None,
    };
    if let Some(t) = &task.test {
        // Measured through the stored form, as a saved classifier will predict.
        let stored = Classifier::from_file(&file)?;
        let test = read_examples(&base.join(t), task)?;
        let pred: Vec<Vec<String>> = test
            .iter()
            .map(|e| stored.predict_texts(&e.texts, e.other.as_deref()))
            .collect();
        let gold: Vec<&[String]> = test.iter().map(|e| e.labels.as_slice()).collect();
        file.test = Some(test_report(task.kind, &file.classes, &gold, &pred));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let bytes = serde_json::to_vec(&file).map_err(|e| Error::Training(e.to_string()))?;
    let path: PathBuf = dir.join(crate::artifact::MODEL_FILE);
    write_atomic(&path, &bytes, |b| {
        serde_json::from_slice::<ClassifierFile>(b)
            .map(|_| ())
            .map_err(|e| e.to_string())
    })?;
    Ok(file)
}

/// Folds that keep a group together when the task names a group field, else
/// stratified by `strata`.
fn folds(task: &ClassificationTask, train: &[Example], strata: Vec<String>) -> Vec<usize> {
    if task.group_field.is_some() {
        let groups: Vec<String> = train.iter().map(|e| e.group.clone()).collect();
        group_folds(&groups, task.cv.folds, task.cv.seed)
    } else {
        stratified_folds(&strata, task.cv.folds, task.cv.seed)
    }
}

/// Vectorised training examples, ready for either kind of model.
struct Prepared<'a> {
    task: &'a ClassificationTask,
    train: &'a [Example],
    classes: &'a [String],
    rows: &'a [SparseVec],
    n_features: usize,
}

fn fit_multiclass(p: &Prepared, progress: &(dyn Fn() + Sync)) -> Result<TrainedModel> {
    let y: Vec<usize> = p
        .train
        .iter()
        .map(|e| {
            p.classes
                .iter()
                .position(|c| *c == e.labels[0])
                .unwrap_or(0)
        })
        .collect();
    let fold_of = folds(
        p.task,
        p.train,
        p.train.iter().map(|e| e.labels[0].clone()).collect(),
    );
    let data = multiclass::Data {
        rows: p.rows,
        n_features: p.n_features,
        y: &y,
        classes: p.classes,
        fold_of: &fold_of,
    };
    let fitting = multiclass::Fitting {
        cv: &p.task.cv,
        solver: &p.task.solver,
        solver_kind: SolverKind::Sparse,
        select: |r: &Report| r.accuracy,
    };
    let (model, cross_validation) = multiclass::cross_validate_and_fit(&data, &fitting, progress)?;
    Ok(TrainedModel::Multiclass {
        model,
        cross_validation,
    })
}

fn fit_multilabel(p: &Prepared, progress: &(dyn Fn() + Sync)) -> Result<TrainedModel> {
    let gold: Vec<Vec<bool>> = p
        .train
        .iter()
        .map(|e| p.classes.iter().map(|c| e.labels.contains(c)).collect())
        .collect();
    let fold_of = if p.task.group_field.is_some() {
        folds(p.task, p.train, Vec::new())
    } else {
        topics::label_set_folds(&gold, &p.task.cv)
    };
    let data = topics::LabelledRows {
        rows: p.rows,
        n_features: p.n_features,
        gold: &gold,
        labels: p.classes,
        fold_of: &fold_of,
    };
    let fitting = topics::LabelFitting {
        cv: &p.task.cv,
        solver: &p.task.solver,
        solver_kind: SolverKind::Sparse,
    };
    let (labels, cross_validation) = topics::cross_validate_and_fit(&data, &fitting, progress)?;
    Ok(TrainedModel::Multilabel {
        labels,
        cross_validation,
    })
}

/// Test-set figures: per-class scores and accuracy (multi-label: exact label sets).
/// A test label the training data never had counts as a miss.
fn test_report(
    kind: TaskKind,
    classes: &[String],
    gold: &[&[String]],
    pred: &[Vec<String>],
) -> Report {
    let index = |l: &String| classes.iter().position(|c| c == l).unwrap_or(usize::MAX);
    match kind {
        TaskKind::Multiclass => {
            let g: Vec<usize> = gold.iter().map(|g| index(&g[0])).collect();
            let p: Vec<usize> = pred.iter().map(|p| index(&p[0])).collect();
            metrics::multiclass(classes, &g, &p)
        }
        TaskKind::Multilabel => {
            let as_row =
                |ls: &[String]| -> Vec<bool> { classes.iter().map(|c| ls.contains(c)).collect() };
            let g: Vec<Vec<bool>> = gold.iter().map(|g| as_row(g)).collect();
            let p: Vec<Vec<bool>> = pred.iter().map(|p| as_row(p)).collect();
            metrics::multilabel(classes, &g, &p)
        }
    }
}
