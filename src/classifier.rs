//! A trained task, ready to predict: its featurizer, its model and its labels, all read
//! from the model file. The analyzer holds two (`topics`, `stance`); `classify
//! --classifier` and the Python package hold whichever the file has.
use crate::error::{Error, Result};
use crate::features::featurizer::{Feature, CONTEXT_PREFIX};
use crate::features::signals;
use crate::features::{Featurizer, Input, SparseVec};
use crate::model_file::{ModelFile, StoredTask};
use crate::models::TrainedModel;
use crate::task::{TaskKind, TaskSpec};
use serde::{Deserialize, Serialize};

/// What a classifier says of one example.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// The predicted labels (exactly one for a multiclass task).
    pub labels: Vec<String>,
    /// Every label with its score, in label order.
    pub scores: Vec<(String, f64)>,
}

/// One feature's part in a decision, named in the words a reader recognises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// The words of the text behind it ("condemned", "security cooperation"), marked
    /// "around the quote: …" for the words around a quote; or a stance signal with the
    /// words that set it ("negative cue: condemned", "negated positive words: not … good").
    pub term: String,
    /// The model's own feature: a word n-gram of stems, a character n-gram, a signal.
    pub feature: String,
    /// Feature value × coefficient.
    pub weight: f64,
}

#[derive(Debug)]
pub struct Classifier {
    name: String,
    spec: TaskSpec,
    labels: Vec<String>,
    featurizer: Featurizer,
    model: TrainedModel,
}

impl Classifier {
    pub fn from_stored(task: &StoredTask) -> Result<Self> {
        let featurizer = Featurizer::from_stored(task.features.clone())?;
        task.model
            .check(&task.labels, featurizer.n_features())
            .map_err(|e| Error::param("model", e))?;
        Ok(Classifier {
            name: task.name.clone(),
            spec: task.spec.clone(),
            labels: task.labels.clone(),
            featurizer,
            model: task.model.clone(),
        })
    }

    /// The task called `name` in a model file, of the kind the caller needs.
    pub fn of(file: &ModelFile, name: &str, kind: TaskKind) -> std::result::Result<Self, String> {
        let task = file
            .task(name)
            .ok_or_else(|| format!("no task named {name:?} in the model file"))?;
        if task.spec.kind != kind {
            return Err(format!(
                "task {name:?} is {:?}, not {kind:?}",
                task.spec.kind
            ));
        }
        Self::from_stored(task).map_err(|e| format!("task {name:?}: {e}"))
    }

    /// The only task of `dir/model.json` (a file written by `train --task`).
    pub fn load(dir: &std::path::Path) -> Result<Self> {
        let path = dir.join(crate::model_file::MODEL_FILE);
        let file = crate::model_file::load(dir)?;
        match file.tasks.as_slice() {
            [only] => Self::from_stored(only).map_err(|e| Error::model(&path, e.to_string())),
            tasks => Err(Error::model(
                &path,
                format!(
                    "holds {} tasks ({}): load one by name",
                    tasks.len(),
                    tasks
                        .iter()
                        .map(|t| t.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn spec(&self) -> &TaskSpec {
        &self.spec
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    pub fn featurizer(&self) -> &Featurizer {
        &self.featurizer
    }

    pub fn model(&self) -> &TrainedModel {
        &self.model
    }

    /// The decision threshold of label `l` (multi-label tasks).
    pub fn threshold(&self, l: usize) -> Option<f64> {
        self.model.threshold(l)
    }

    /// The feature vector and every label's score for one input.
    pub fn scores(&self, input: &Input) -> (SparseVec, Vec<f64>) {
        let x = self.featurizer.transform(input);
        let s = self.model.scores(&x);
        (x, s)
    }

    /// The labels (indices) that scores predict.
    pub fn predicted(&self, scores: &[f64]) -> Vec<usize> {
        self.model.predicted(scores)
    }

    pub fn predict(&self, input: &Input) -> Prediction {
        let (_, scores) = self.scores(input);
        self.prediction(&scores)
    }

    fn prediction(&self, scores: &[f64]) -> Prediction {
        Prediction {
            labels: self
                .predicted(scores)
                .into_iter()
                .map(|l| self.labels[l].clone())
                .collect(),
            scores: self
                .labels
                .iter()
                .cloned()
                .zip(scores.iter().copied())
                .collect(),
        }
    }

    /// Predicts for a JSON record carrying the task's fields.
    pub fn predict_record(
        &self,
        record: &serde_json::Value,
    ) -> std::result::Result<Prediction, String> {
        let r = self.spec.record(record)?;
        Ok(self.predict(&r.input()))
    }

    /// The `k` features that pushed label `label` most for input `input` (vector `x`),
    /// strongest first, named by the words of the input behind them.
    pub fn explain(
        &self,
        input: &Input,
        x: &SparseVec,
        label: usize,
        k: usize,
    ) -> Vec<Contribution> {
        let weights = self.model.weights(label);
        let mut parts: Vec<(usize, f64)> = x.iter().map(|(j, v)| (j, v * weights[j])).collect();
        parts.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        parts.truncate(k);
        let reading = self.featurizer.signals().map(|_| signals::read(input));
        parts
            .into_iter()
            .map(|(j, weight)| {
                let feature = self.featurizer.feature(j);
                let (term, name) = match feature {
                    Feature::Words(t) => (self.surface(input, t), t.to_string()),
                    Feature::Chars(t) => (format!("characters “{t}”"), t.to_string()),
                    Feature::Pair(t) => (format!("pair: {t}"), t.to_string()),
                    Feature::Signal(name) => {
                        let i = signals::NAMES.iter().position(|n| *n == name).unwrap_or(0);
                        let words = reading
                            .as_ref()
                            .map(|r| r.evidence[i].join(", "))
                            .unwrap_or_default();
                        let term = if words.is_empty() {
                            name.to_string()
                        } else {
                            format!("{name}: {words}")
                        };
                        (term, name.to_string())
                    }
                };
                Contribution {
                    term,
                    feature: name,
                    weight,
                }
            })
            .collect()
    }

    /// The words of the input whose tokens make the n-gram `term` (its first
    /// occurrence), as written; the term itself when it cannot be found.
    fn surface(&self, input: &Input, term: &str) -> String {
        let (part, stems): (Option<usize>, Vec<&str>) = match term.strip_prefix(CONTEXT_PREFIX) {
            Some(_) => (
                None,
                term.split(' ')
                    .map(|t| t.strip_prefix(CONTEXT_PREFIX).unwrap_or(t))
                    .collect(),
            ),
            None => match term.split_once(':').filter(|(f, _)| f.starts_with('f')) {
                Some((f, _)) => (
                    f[1..].parse().ok(),
                    term.split(' ')
                        .map(|t| t.split_once(':').map_or(t, |x| x.1))
                        .collect(),
                ),
                None => (Some(0), term.split(' ').collect()),
            },
        };
        let texts: Vec<&str> = match part {
            Some(i) => input.fields.get(i).copied().into_iter().collect(),
            None => input.context.map(|(b, a)| vec![b, a]).unwrap_or_default(),
        };
        let tok = self.featurizer.tokenizer();
        for text in texts {
            let mut words: Vec<(&str, &str)> = Vec::new();
            tok.for_each_word(text, |raw, token| {
                if let Some(t) = token {
                    // Only the token is owned by the tokenizer: keep a copy of its text
                    // only when it can start or continue a match.
                    if stems.contains(&t) {
                        words.push((raw, stems.iter().find(|s| **s == t).copied().unwrap_or("")));
                    } else {
                        words.push((raw, ""));
                    }
                }
            });
            if let Some(at) = words
                .windows(stems.len())
                .position(|w| w.iter().zip(&stems).all(|(a, b)| a.1 == *b))
            {
                let found: Vec<&str> = words[at..at + stems.len()].iter().map(|w| w.0).collect();
                let found = found.join(" ");
                return match part {
                    None => format!("around the quote: {found}"),
                    Some(0) => found,
                    Some(i) => format!("field {i}: {found}"),
                };
            }
        }
        term.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::FeatureParams;
    use crate::models::fit::{Choice, CvReport};
    use crate::models::metrics;
    use crate::models::MultinomialLogistic;

    fn classifier() -> (Classifier, Input<'static>) {
        let params = FeatureParams {
            words: crate::features::TfidfParams::default().min_df(1),
            stance_signals: true,
            ..FeatureParams::default()
        };
        let input = Input::quote(
            "security cooperation is efficient",
            Some("He praised security cooperation is efficient today"),
            Some("praised"),
        );
        let f = Featurizer::fit(&params, std::slice::from_ref(&input)).unwrap();
        let d = f.n_features();
        let labels = vec!["favor".to_string(), "against".to_string()];
        let stored = StoredTask {
            name: "stance".into(),
            spec: crate::task::parse("kind = \"multiclass\"\ntrain = \"x\"\n")
                .unwrap()
                .remove(0),
            labels: labels.clone(),
            data: crate::model_file::DataInfo {
                hash: String::new(),
                examples: 1,
                by_source: Default::default(),
            },
            features: f.to_stored(),
            model: TrainedModel::Multiclass {
                c: 1.0,
                model: MultinomialLogistic {
                    weights: vec![vec![1.0; d], vec![0.0; d]],
                    intercepts: vec![0.0, 0.0],
                },
                temperature: 1.0,
            },
            cross_validation: CvReport {
                folds: 2,
                report: metrics::multiclass(&labels, &[0], &[0]),
                choices: vec![Choice {
                    label: None,
                    c: 1.0,
                    threshold: None,
                    selected_by: "accuracy".into(),
                    score_by_c: vec![],
                    brier: None,
                }],
                calibration: None,
                by_source: Default::default(),
            },
            test: None,
        };
        (Classifier::from_stored(&stored).unwrap(), input)
    }

    #[test]
    fn explanations_name_words_as_written_and_signals_with_their_evidence() {
        let (c, input) = classifier();
        let (x, scores) = c.scores(&input);
        assert_eq!(c.prediction(&scores).labels, ["favor"]);
        let terms: Vec<String> = c
            .explain(&input, &x, 0, 100)
            .into_iter()
            .map(|t| t.term)
            .collect();
        assert!(
            terms.contains(&"security cooperation".to_string()),
            "{terms:?}"
        );
        assert!(terms.contains(&"efficient".to_string()), "{terms:?}");
        assert!(
            terms.contains(&"around the quote: praised".to_string()),
            "{terms:?}"
        );
        assert!(
            terms.contains(&"positive cue: praised".to_string()),
            "{terms:?}"
        );
        assert!(
            terms.iter().any(|t| t.starts_with("positive words: ")),
            "{terms:?}"
        );
    }
}
