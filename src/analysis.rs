//! One document in, the answer out: sentences and their topics, the document's
//! topics, every quote with its speaker and stance. The [`Analyzer`] holds the loaded
//! models and is shared by the server, the `classify` command and the evaluations.
use crate::artifact::{self, ModelFile};
use crate::error::{Error, Result};
use crate::features::{SparseVec, TfidfVectorizer};
use crate::models::stance::{for_each_context_token, CLASSES};
use crate::models::topics::{self, LabelModel};
use crate::quotes::{self, Marked, QuoteKind, Warning};
use crate::text::{split_sentences, Document, Span, Tokenizer};
use serde::{Deserialize, Serialize};
use std::path::Path;
use utoipa::ToSchema;

/// What to compute; everything by default except explanations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AnalysisOptions {
    /// Per-sentence topics.
    pub sentences: bool,
    /// Quotes, speakers and stance.
    pub quotes: bool,
    /// The terms that contributed most to each predicted topic and stance.
    pub explain: bool,
    /// How many terms an explanation lists.
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
pub struct Contribution {
    pub term: String,
    /// tf-idf value × coefficient.
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Explanation {
    /// The predicted label or stance explained.
    pub label: String,
    pub terms: Vec<Contribution>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SentenceResult {
    pub start: usize,
    pub end: usize,
    pub labels: Vec<String>,
    pub topics: Vec<TopicScore>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct StanceScores {
    pub favor: f64,
    pub against: f64,
    pub neutral: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct QuoteResult {
    /// The quote's content exactly as in the submitted text (`text[start:end]`).
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub cue: Option<Marked>,
    pub source: Option<Marked>,
    /// The resolved speaker: a full name, an organisation, or null.
    pub speaker: Option<String>,
    /// `favor`, `against` or `neutral`.
    pub stance: String,
    pub stance_scores: StanceScores,
    /// Topics of the quote's content.
    pub labels: Vec<String>,
    /// Quoted fragments inside a mixed quote.
    pub fragments: Vec<Marked>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Explanation>,
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub explanations: Vec<Explanation>,
}

/// Loaded models, ready to analyse text. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Analyzer {
    file: ModelFile,
    tokenizer: Tokenizer,
    topics: TfidfVectorizer,
    stance: TfidfVectorizer,
}

impl Analyzer {
    pub fn new(file: ModelFile) -> Result<Self> {
        let bad = |e: Error| Error::model(artifact::MODEL_FILE, e.to_string());
        Ok(Analyzer {
            topics: TfidfVectorizer::from_artifact(file.topics.vectorizer.clone()).map_err(bad)?,
            stance: TfidfVectorizer::from_artifact(file.stance.vectorizer.clone()).map_err(bad)?,
            tokenizer: Tokenizer::english(),
            file,
        })
    }

    /// Loads `dir/model.json`.
    pub fn load(dir: &Path) -> Result<Self> {
        let file = artifact::load(dir)?;
        Self::new(file).map_err(|e| Error::model(dir.join(artifact::MODEL_FILE), e.to_string()))
    }

    pub fn model_file(&self) -> &ModelFile {
        &self.file
    }

    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.file.topics.labels.iter().map(|l| l.label.as_str())
    }

    pub fn topic_vector(&self, text: &str) -> SparseVec {
        self.topics.transform_ids(&self.topic_ids(text))
    }

    /// The topic vectorizer's ids of the stems of `text` (see [`TfidfVectorizer::token_id`]).
    fn topic_ids(&self, text: &str) -> Vec<Option<u32>> {
        let mut ids = Vec::new();
        self.tokenizer
            .for_each_token(text, |t| ids.push(self.topics.token_id(t)));
        ids
    }

    /// Scores of every label for a piece of text, in model order.
    pub fn topic_scores(&self, text: &str) -> Vec<TopicScore> {
        self.scores_of(&self.topic_vector(text))
    }

    fn scores_of(&self, x: &SparseVec) -> Vec<TopicScore> {
        self.file
            .topics
            .labels
            .iter()
            .map(|l| TopicScore {
                label: l.label.clone(),
                score: l.model.probability(x),
                threshold: l.threshold,
            })
            .collect()
    }

    /// Stance probabilities (in [`CLASSES`] order) of a quote read with its context.
    pub fn stance_probabilities(&self, quote: &str, context: &str) -> (Vec<f64>, SparseVec) {
        let mut ids = Vec::new();
        self.tokenizer
            .for_each_token(quote, |t| ids.push(self.stance.token_id(t)));
        self.stance_of(ids, context)
    }

    /// Stance probabilities from the stance vectorizer's ids of the quote's stems and
    /// the context text: the ids of
    /// [`crate::models::stance::stance_tokens`], looked up as they are made.
    fn stance_of(&self, mut ids: Vec<Option<u32>>, context: &str) -> (Vec<f64>, SparseVec) {
        for_each_context_token(
            &self.tokenizer,
            context,
            self.file.stance.use_context,
            |t| ids.push(self.stance.token_id(t)),
        );
        let x = self.stance.transform_ids(&ids);
        (self.file.stance.model.probabilities(&x), x)
    }

    /// The full analysis of one document.
    pub fn analyze(&self, text: &str, options: &AnalysisOptions) -> Result<Analysis> {
        if text.trim().is_empty() {
            return Err(Error::EmptyText);
        }
        let doc = Document::new(text);
        let sentences = split_sentences(&doc);
        // The document's tokens are its sentences' tokens in order (boilerplate left out).
        // Each sentence is tokenised and its stems looked up once, for both uses.
        let sentence_ids: Vec<Vec<Option<u32>>> = sentences
            .iter()
            .map(|s| self.topic_ids(doc.normalized(*s)))
            .collect();
        let x = self.topics.transform_ids(&sentence_ids.concat());
        let mut topics = self.scores_of(&x);
        let labels = predicted(&topics);
        let explanations = if options.explain {
            self.file
                .topics
                .labels
                .iter()
                .filter(|l| labels.contains(&l.label))
                .map(|l| explain_topic(&self.topics, l, &x, options.explain_terms))
                .collect()
        } else {
            Vec::new()
        };
        topics.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.label.cmp(&b.label))
        });
        let sentence_results = if options.sentences {
            sentences
                .iter()
                .zip(&sentence_ids)
                .map(|(s, ids)| {
                    let mut topics = self.scores_of(&self.topics.transform_ids(ids));
                    let labels = predicted(&topics);
                    topics.sort_by(|a, b| {
                        b.score
                            .total_cmp(&a.score)
                            .then_with(|| a.label.cmp(&b.label))
                    });
                    SentenceResult {
                        start: s.start,
                        end: s.end,
                        labels,
                        topics,
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let (quotes, warnings) = if options.quotes {
            let extraction = quotes::extract(&doc, &sentences);
            let quotes = extraction
                .quotes
                .iter()
                .map(|q| self.quote_result(&doc, q, options))
                .collect();
            (quotes, extraction.warnings)
        } else {
            (Vec::new(), Vec::new())
        };
        Ok(Analysis {
            topics,
            labels,
            sentences: sentence_results,
            quotes,
            warnings,
            explanations,
        })
    }

    fn quote_result(
        &self,
        doc: &Document,
        q: &quotes::Quote,
        options: &AnalysisOptions,
    ) -> QuoteResult {
        let content = doc.normalized(q.span);
        let around = format!(
            "{} {}",
            doc.normalized(Span::new(
                q.context.start,
                q.span.start.max(q.context.start)
            )),
            doc.normalized(Span::new(q.span.end.min(q.context.end), q.context.end))
        );
        // Both models read the quote: tokenise it once and look its stems up in each.
        let mut topic_ids = Vec::new();
        let mut stance_ids = Vec::new();
        self.tokenizer.for_each_token(content, |t| {
            topic_ids.push(self.topics.token_id(t));
            stance_ids.push(self.stance.token_id(t));
        });
        let (p, x) = self.stance_of(stance_ids, &around);
        let best = crate::models::stance::argmax(&p);
        let marked = |s: Span| Marked {
            text: doc.original(s).to_string(),
            start: s.start,
            end: s.end,
        };
        QuoteResult {
            text: doc.original(q.span).to_string(),
            start: q.span.start,
            end: q.span.end,
            kind: q.kind,
            cue: q.cue.map(marked),
            source: q.source.map(marked),
            speaker: q.speaker.clone(),
            stance: CLASSES[best].to_string(),
            stance_scores: StanceScores {
                favor: p[0],
                against: p[1],
                neutral: p[2],
            },
            labels: topics::predicted_labels(
                &self.file.topics.labels,
                &self.topics.transform_ids(&topic_ids),
            ),
            fragments: q.fragments.iter().map(|&s| marked(s)).collect(),
            explanation: options.explain.then(|| {
                explain_stance(
                    &self.stance,
                    &self.file.stance.model.weights[best],
                    &x,
                    CLASSES[best],
                    options.explain_terms,
                )
            }),
        }
    }
}

fn predicted(scores: &[TopicScore]) -> Vec<String> {
    scores
        .iter()
        .filter(|s| s.score >= s.threshold)
        .map(|s| s.label.clone())
        .collect()
}

fn top_terms(
    vectorizer: &TfidfVectorizer,
    weights: &[f64],
    x: &SparseVec,
    k: usize,
) -> Vec<Contribution> {
    let mut terms: Vec<Contribution> = x
        .iter()
        .map(|(j, v)| Contribution {
            term: vectorizer.term(j).to_string(),
            weight: v * weights[j],
        })
        .collect();
    terms.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.term.cmp(&b.term))
    });
    terms.truncate(k);
    terms
}

fn explain_topic(
    vectorizer: &TfidfVectorizer,
    l: &LabelModel,
    x: &SparseVec,
    k: usize,
) -> Explanation {
    Explanation {
        label: l.label.clone(),
        terms: top_terms(vectorizer, &l.model.weights, x, k),
    }
}

fn explain_stance(
    vectorizer: &TfidfVectorizer,
    weights: &[f64],
    x: &SparseVec,
    class: &str,
    k: usize,
) -> Explanation {
    Explanation {
        label: class.to_string(),
        terms: top_terms(vectorizer, weights, x, k),
    }
}
