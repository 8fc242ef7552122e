//! Stance: one multinomial logistic regression over favor / against / neutral, its C
//! chosen by k-fold cross-validation on macro-F1.
//!
//! A stance example is the quote's words plus, after a segment break, the words of the
//! sentence around it (the cue and the reporter's framing: "condemned", "warned") marked
//! with [`CONTEXT_PREFIX`], so "ignorance" in "condemned Algeria's “ignorance”" is read
//! with its verb.
use super::cv::{stratified_folds, CvParams};
use super::logistic::{MultinomialLogistic, SolverParams};
use super::metrics::Report;
use super::multiclass;
use super::SolverKind;
use crate::error::{Error, Result};
use crate::features::tfidf::SEGMENT_BREAK;
use crate::features::{SparseVec, TfidfParams, TfidfVectorizer};
use crate::text::Tokenizer;
use serde::{Deserialize, Serialize};

pub const CLASSES: [&str; 3] = ["favor", "against", "neutral"];
pub const CONTEXT_PREFIX: &str = "ctx:";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StanceParams {
    pub tfidf: TfidfParams,
    pub cv: CvParams,
    pub solver: SolverParams,
    pub solver_kind: SolverKind,
    /// Read the words around the quote as well as the quote.
    pub use_context: bool,
}

impl Default for StanceParams {
    fn default() -> Self {
        StanceParams {
            tfidf: TfidfParams::default(),
            cv: CvParams::default(),
            solver: SolverParams::default(),
            solver_kind: SolverKind::Sparse,
            use_context: true,
        }
    }
}

impl StanceParams {
    pub fn validate(&self) -> Result<()> {
        self.tfidf.validate()?;
        self.cv.validate()?;
        self.solver.validate()
    }
}

/// The tokens of a stance example: quote stems, then context stems marked as context.
pub fn stance_tokens(
    tokenizer: &Tokenizer,
    quote: &str,
    context: &str,
    use_context: bool,
) -> Vec<String> {
    let mut out = tokenizer.tokens(quote);
    for_each_context_token(tokenizer, context, use_context, |t| out.push(t.to_string()));
    out
}

/// The tokens [`stance_tokens`] puts after the quote's stems: when the context is read
/// and not blank, a segment break and then the context stems marked as context.
pub fn for_each_context_token(
    tokenizer: &Tokenizer,
    context: &str,
    use_context: bool,
    mut f: impl FnMut(&str),
) {
    if use_context && !context.trim().is_empty() {
        f(SEGMENT_BREAK);
        // One buffer for every marked stem instead of a new string each.
        let mut marked = String::from(CONTEXT_PREFIX);
        tokenizer.for_each_token(context, |t| {
            marked.truncate(CONTEXT_PREFIX.len());
            marked.push_str(t);
            f(&marked);
        });
    }
}

/// Cross-validated figures of the stance model.
pub type StanceCv = multiclass::MulticlassCv;

/// Trains the vectorizer and the multinomial model; `y` holds class indices into [`CLASSES`].
pub fn train(
    tokens: &[Vec<String>],
    y: &[usize],
    params: &StanceParams,
    progress: &(dyn Fn() + Sync),
) -> Result<(TfidfVectorizer, MultinomialLogistic, StanceCv)> {
    params.validate()?;
    let n = tokens.len();
    if n < params.cv.folds * 2 {
        return Err(Error::Training(format!(
            "{n} stance examples are too few for {}-fold cross-validation",
            params.cv.folds
        )));
    }
    let vectorizer = TfidfVectorizer::fit(&params.tfidf, tokens)?;
    let rows: Vec<SparseVec> = tokens.iter().map(|t| vectorizer.transform(t)).collect();
    let strata: Vec<String> = y.iter().map(|c| c.to_string()).collect();
    let fold_of = stratified_folds(&strata, params.cv.folds, params.cv.seed);
    let classes: Vec<String> = CLASSES.iter().map(|s| s.to_string()).collect();
    let data = multiclass::Data {
        rows: &rows,
        n_features: vectorizer.n_features(),
        y,
        classes: &classes,
        fold_of: &fold_of,
    };
    let fitting = multiclass::Fitting {
        cv: &params.cv,
        solver: &params.solver,
        solver_kind: params.solver_kind,
        select: |r: &Report| r.macro_avg.f1,
    };
    let (model, cv) = multiclass::cross_validate_and_fit(&data, &fitting, progress)?;
    Ok((vectorizer, model, cv))
}

pub fn argmax(p: &[f64]) -> usize {
    (0..p.len()).fold(0, |b, i| if p[i] > p[b] { i } else { b })
}
