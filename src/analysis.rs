//! One document in, the answer out: sentences and their topics, the document's
//! topics, every quote with its speaker and stance. The [`Analyzer`] holds the two
//! trained tasks of the model file — `topics` (multi-label) and `stance` (multiclass) —
//! and is shared by the server, the `classify` command, the evaluations and the Python
//! package.
//!
//! The types here are the response contract of every front end (HTTP, CLI, Python):
//! they derive `Serialize` and utoipa's `ToSchema`, and nothing below this module
//! (text, quotes, features, models) carries an HTTP or CLI derive.
use crate::classifier::{Classifier, Contribution};
use crate::error::{Error, Result};
use crate::features::attribution::{self, DocumentFacts};
use crate::features::Input;
use crate::model_file::{self, ModelFile};
use crate::quotes::{self, QuoteKind};
use crate::task::TaskKind;
use crate::text::{body, split_sentences, Document, Span};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize};
use std::path::Path;
use utoipa::ToSchema;

/// The task of the model file that gives topics.
pub const TOPICS_TASK: &str = "topics";
/// The task of the model file that gives each quote's stance.
pub const STANCE_TASK: &str = "stance";

/// What to compute; everything by default except explanations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AnalysisOptions {
    /// Per-sentence topics.
    pub sentences: bool,
    /// Quotes, speakers and stance.
    pub quotes: bool,
    /// The features that contributed most to each predicted topic and stance.
    pub explain: bool,
    /// How many features an explanation lists.
    pub explain_terms: usize,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            sentences: true,
            quotes: true,
            explain: false,
            explain_terms: 8,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TopicScore {
    pub label: String,
    /// Probability from the label's logistic regression, in [0, 1].
    pub score: f64,
    /// The label is predicted when `score >= threshold` (chosen by cross-validation).
    pub threshold: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Explanation {
    /// The predicted label or stance explained.
    pub label: String,
    #[schema(value_type = Vec<ContributionSchema>)]
    pub terms: Vec<Contribution>,
}

/// One feature's part in a decision (the schema of [`Contribution`]).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct ContributionSchema {
    /// The words of the text behind it, or a stance signal with its words
    /// ("negative cue: condemned").
    term: String,
    /// The model's own feature (a word n-gram of stems, a signal).
    feature: String,
    /// Feature value × coefficient.
    weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SentenceResult {
    pub start: usize,
    pub end: usize,
    pub labels: Vec<String>,
    pub topics: Vec<TopicScore>,
}

/// A piece of the submitted text with its code-point span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Marked {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Each label with its score, in the model's label order (a JSON object).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LabelScores(pub Vec<(String, f64)>);

impl LabelScores {
    pub fn get(&self, label: &str) -> Option<f64> {
        self.0.iter().find(|(l, _)| l == label).map(|(_, s)| *s)
    }
}

impl Serialize for LabelScores {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (l, v) in &self.0 {
            map.serialize_entry(l, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LabelScores {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = LabelScores;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of label scores")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<LabelScores, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, f64>()? {
                    out.push(entry);
                }
                Ok(LabelScores(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct QuoteResult {
    /// The quote's content exactly as in the submitted text (`text[start:end]`).
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `full`, `partial`, `indirect` or `mixed`.
    #[schema(value_type = String, example = "full")]
    pub kind: QuoteKind,
    pub cue: Option<Marked>,
    /// The words of the text that stand for the speaker at the cue: a name or a
    /// description ("Sergei Lavrov, the foreign minister"), or a pronoun, a relative
    /// pronoun included ("he", "who", "which"); `speaker` says whom they refer to.
    pub source: Option<Marked>,
    /// The resolved speaker: a full name, an organisation, or null.
    pub speaker: Option<String>,
    /// The probability that `speaker` is who a reader would name, from how it was found
    /// (a name at the cue, a pronoun resolved, a description as written …); null without
    /// a speaker. Trained on labelled real news (README: "Speaker score").
    pub speaker_score: Option<f64>,
    /// The most probable stance label (`favor`, `against` or `neutral` in the shipped
    /// models).
    pub stance: String,
    /// Each stance label with its probability.
    #[schema(value_type = std::collections::HashMap<String, f64>)]
    pub stance_scores: LabelScores,
    /// Topics of the quote's content.
    pub labels: Vec<String>,
    /// Quoted fragments inside a mixed quote.
    pub fragments: Vec<Marked>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Explanation>,
}

/// Something in the text the analysis could not read as it should (an unclosed
/// quotation mark, a closing mark without an opening one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Warning {
    /// `unclosed_quote` or `unmatched_closing_quote`; `more_warnings` counts those left
    /// out by a limit.
    pub code: String,
    pub message: String,
    pub start: usize,
    pub end: usize,
}

/// Caps on what one analysis lists, so that the answer and the work behind it stay
/// bounded whatever the text: only the first `sentences` sentences get their topics,
/// only the first `quotes` quotes their speaker and stance, and the first `warnings`
/// warnings are listed, then one that counts the rest. The document's topics always
/// read the whole text. [`Limits::NONE`] (the default) lists everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub sentences: usize,
    pub quotes: usize,
    pub warnings: usize,
}

impl Limits {
    pub const NONE: Limits = Limits {
        sentences: usize::MAX,
        quotes: usize::MAX,
        warnings: usize::MAX,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::NONE
    }
}

/// How many sentences, quotes and warnings a limit left out of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
pub struct Truncated {
    pub sentences: usize,
    pub quotes: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Analysis {
    /// Every label with its score, highest first.
    pub topics: Vec<TopicScore>,
    /// Labels at or above their threshold.
    pub labels: Vec<String>,
    pub sentences: Vec<SentenceResult>,
    pub quotes: Vec<QuoteResult>,
    pub warnings: Vec<Warning>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explanations: Vec<Explanation>,
    /// Present only when a limit cut the answer short: what was left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truncated: Option<Truncated>,
}

/// Loaded models, ready to analyze text. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Analyzer {
    file: ModelFile,
    topics: Classifier,
    stance: Classifier,
}

impl Analyzer {
    /// An analyzer over a model file with a multi-label `topics` task and a multiclass
    /// `stance` task.
    pub fn new(file: ModelFile) -> Result<Self> {
        let bad = |e: String| Error::model(model_file::MODEL_FILE, e);
        Ok(Analyzer {
            topics: Classifier::of(&file, TOPICS_TASK, TaskKind::Multilabel).map_err(bad)?,
            stance: Classifier::of(&file, STANCE_TASK, TaskKind::Multiclass).map_err(bad)?,
            file,
        })
    }

    /// Loads `dir/model.json`.
    pub fn load(dir: &Path) -> Result<Self> {
        let file = model_file::load(dir)?;
        Self::new(file).map_err(|e| match e {
            Error::InvalidModel { reason, .. } => {
                Error::model(dir.join(model_file::MODEL_FILE), reason)
            }
            other => other,
        })
    }

    pub fn model_file(&self) -> &ModelFile {
        &self.file
    }

    pub fn topics(&self) -> &Classifier {
        &self.topics
    }

    pub fn stance(&self) -> &Classifier {
        &self.stance
    }

    /// The topic labels, in model order.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.topics.labels().iter().map(String::as_str)
    }

    /// Scores of every topic for a piece of text read as one sentence, in model order.
    pub fn topic_scores(&self, text: &str) -> Vec<TopicScore> {
        self.topic_scores_of(&self.topics.scores(&Input::text(text)).1)
    }

    fn topic_scores_of(&self, scores: &[f64]) -> Vec<TopicScore> {
        self.topics
            .labels()
            .iter()
            .zip(scores)
            .enumerate()
            .map(|(l, (label, &score))| TopicScore {
                label: label.clone(),
                score,
                threshold: self.topics.threshold(l).unwrap_or(0.5),
            })
            .collect()
    }

    fn labels_of(classifier: &Classifier, scores: &[f64]) -> Vec<String> {
        classifier
            .predicted(scores)
            .into_iter()
            .map(|l| classifier.labels()[l].clone())
            .collect()
    }

    /// The full analysis of one document.
    pub fn analyze(&self, text: &str, options: &AnalysisOptions) -> Result<Analysis> {
        self.analyze_within(text, options, &Limits::NONE)
    }

    /// The analysis of one document within `limits` ([`Analysis::truncated`] says what
    /// they left out).
    pub fn analyze_within(
        &self,
        text: &str,
        options: &AnalysisOptions,
        limits: &Limits,
    ) -> Result<Analysis> {
        let mut truncated = Truncated::default();
        if text.trim().is_empty() {
            return Err(Error::EmptyText);
        }
        let doc = Document::new(text);
        let sentences = split_sentences(&doc);
        let document = body(&doc, &sentences);
        let input = Input::text(&document);
        let (x, scores) = self.topics.scores(&input);
        let labels = Self::labels_of(&self.topics, &scores);
        let explanations = if options.explain {
            self.topics
                .predicted(&scores)
                .into_iter()
                .map(|l| Explanation {
                    label: self.topics.labels()[l].clone(),
                    terms: self.topics.explain(&input, &x, l, options.explain_terms),
                })
                .collect()
        } else {
            Vec::new()
        };
        let sentence_results = if options.sentences {
            truncated.sentences = sentences.len().saturating_sub(limits.sentences);
            sentences
                .iter()
                .take(limits.sentences)
                .map(|s| {
                    let scores = self.topics.scores(&Input::text(doc.normalized(*s))).1;
                    SentenceResult {
                        start: s.start,
                        end: s.end,
                        labels: Self::labels_of(&self.topics, &scores),
                        topics: by_score(self.topic_scores_of(&scores)),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let (quotes, warnings) = if options.quotes {
            let extraction = quotes::extract(&doc, &sentences);
            truncated.quotes = extraction.quotes.len().saturating_sub(limits.quotes);
            let facts = DocumentFacts::new(&doc, &extraction.quotes);
            let quotes = extraction
                .quotes
                .iter()
                .take(limits.quotes)
                .map(|q| self.quote_result(&doc, &sentences, &facts, q, options))
                .collect();
            let found = extraction.warnings.len();
            let mut warnings: Vec<Warning> = extraction
                .warnings
                .into_iter()
                .take(limits.warnings)
                .map(|w| Warning {
                    code: w.code,
                    message: w.message,
                    start: w.start,
                    end: w.end,
                })
                .collect();
            truncated.warnings = found - warnings.len();
            if truncated.warnings > 0 {
                let start = warnings.last().map_or(0, |w| w.end);
                warnings.push(Warning {
                    code: "more_warnings".into(),
                    message: format!(
                        "{} more warnings after this point are not listed",
                        truncated.warnings
                    ),
                    start,
                    end: doc.len().max(start),
                });
            }
            (quotes, warnings)
        } else {
            (Vec::new(), Vec::new())
        };
        Ok(Analysis {
            topics: by_score(self.topic_scores_of(&scores)),
            labels,
            sentences: sentence_results,
            quotes,
            warnings,
            explanations,
            truncated: (truncated != Truncated::default()).then_some(truncated),
        })
    }

    /// What the stance model reads of a found quote: its words, the words around it in
    /// its sentence(s), and its cue.
    pub fn quote_input<'d>(doc: &'d Document, q: &quotes::Quote) -> Input<'d> {
        let before = Span::new(q.context.start, q.span.start.max(q.context.start));
        let after = Span::new(q.span.end.min(q.context.end), q.context.end);
        Input {
            fields: vec![doc.normalized(q.span)],
            context: Some((doc.normalized(before), doc.normalized(after))),
            cue: q.cue.map(|c| doc.normalized(c)),
            other: None,
        }
    }

    fn quote_result(
        &self,
        doc: &Document,
        sentences: &[Span],
        facts: &DocumentFacts,
        q: &quotes::Quote,
        options: &AnalysisOptions,
    ) -> QuoteResult {
        let input = Self::quote_input(doc, q);
        let (x, p) = self.stance.scores(&input);
        let best = self.stance.predicted(&p)[0];
        let marked = |s: Span| Marked {
            text: doc.original(s).to_string(),
            start: s.start,
            end: s.end,
        };
        let topic_scores = self.topics.scores(&Input::text(input.fields[0])).1;
        QuoteResult {
            text: doc.original(q.span).to_string(),
            start: q.span.start,
            end: q.span.end,
            kind: q.kind,
            cue: q.cue.map(marked),
            source: q.source.map(marked),
            speaker: q.speaker.clone(),
            speaker_score: self
                .file
                .speaker_score
                .as_ref()
                .and_then(|m| attribution::features(doc, sentences, facts, q).map(|x| m.score(&x))),
            stance: self.stance.labels()[best].clone(),
            stance_scores: LabelScores(
                self.stance
                    .labels()
                    .iter()
                    .cloned()
                    .zip(p.iter().copied())
                    .collect(),
            ),
            labels: Self::labels_of(&self.topics, &topic_scores),
            fragments: q.fragments.iter().map(|&s| marked(s)).collect(),
            explanation: options.explain.then(|| Explanation {
                label: self.stance.labels()[best].clone(),
                terms: self.stance.explain(&input, &x, best, options.explain_terms),
            }),
        }
    }
}

/// Highest score first; ties by label.
fn by_score(mut topics: Vec<TopicScore>) -> Vec<TopicScore> {
    topics.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.label.cmp(&b.label))
    });
    topics
}
