//! Stance: one multinomial logistic regression over favor / against / neutral, its C
//! chosen by k-fold cross-validation on macro-F1.
//!
//! A stance example is the quote's words plus, after a segment break, the words of the
//! sentence around it (the cue and the reporter's framing: "condemned", "warned") marked
//! with [`CONTEXT_PREFIX`], so "ignorance" in "condemned Algeria's “ignorance”" is read
//! with its verb.
use super::cv::{stratified_folds, CvParams};
use super::logistic::{MultinomialLogistic, SolverParams};
use super::metrics::{self, Report};
use super::{dense, SolverKind};
use crate::error::{Error, Result};
use crate::features::sparse::to_csr;
use crate::features::tfidf::SEGMENT_BREAK;
use crate::features::{SparseVec, TfidfParams, TfidfVectorizer};
use crate::text::Tokenizer;
use rayon::prelude::*;
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
    if use_context && !context.trim().is_empty() {
        out.push(SEGMENT_BREAK.to_string());
        tokenizer.for_each_token(context, |t| out.push(format!("{CONTEXT_PREFIX}{t}")));
    }
    out
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceCv {
    pub c: f64,
    pub macro_f1_by_c: Vec<(f64, f64)>,
    pub report: Report,
}

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
    let k = CLASSES.len();
    let vectorizer = TfidfVectorizer::fit(&params.tfidf, tokens)?;
    let rows: Vec<SparseVec> = tokens.iter().map(|t| vectorizer.transform(t)).collect();
    let strata: Vec<String> = y.iter().map(|c| c.to_string()).collect();
    let fold_of = stratified_folds(&strata, params.cv.folds, params.cv.seed);
    let d = vectorizer.n_features();
    let fit = |rows: &[&SparseVec], y: &[usize], c: f64| -> Result<MultinomialLogistic> {
        let m = match params.solver_kind {
            SolverKind::Sparse => {
                MultinomialLogistic::fit(&to_csr(rows, d), y, k, 1.0 / c, &params.solver)
            }
            SolverKind::Dense => dense::fit_multinomial(rows, d, y, k, 1.0 / c, &params.solver),
        };
        progress();
        m
    };
    let jobs: Vec<(usize, usize)> = (0..params.cv.c_grid.len())
        .flat_map(|c| (0..params.cv.folds).map(move |f| (c, f)))
        .collect();
    let fold_preds: Vec<Vec<(usize, usize)>> = jobs
        .par_iter()
        .map(|&(c, f)| {
            let train: Vec<usize> = (0..n).filter(|&i| fold_of[i] != f).collect();
            let x: Vec<&SparseVec> = train.iter().map(|&i| &rows[i]).collect();
            let yt: Vec<usize> = train.iter().map(|&i| y[i]).collect();
            let m = fit(&x, &yt, params.cv.c_grid[c])?;
            Ok((0..n)
                .filter(|&i| fold_of[i] == f)
                .map(|i| (i, argmax(&m.probabilities(&rows[i]))))
                .collect())
        })
        .collect::<Result<_>>()?;
    let classes: Vec<String> = CLASSES.iter().map(|s| s.to_string()).collect();
    let reports: Vec<Report> = (0..params.cv.c_grid.len())
        .map(|c| {
            let mut pred = vec![0; n];
            for f in 0..params.cv.folds {
                for &(i, p) in &fold_preds[c * params.cv.folds + f] {
                    pred[i] = p;
                }
            }
            metrics::multiclass(&classes, y, &pred)
        })
        .collect();
    let best = (0..reports.len()).fold(0, |b, c| {
        if reports[c].macro_avg.f1 > reports[b].macro_avg.f1 + 1e-9 {
            c
        } else {
            b
        }
    });
    let c = params.cv.c_grid[best];
    let all: Vec<&SparseVec> = rows.iter().collect();
    let model = fit(&all, y, c)?;
    let cv = StanceCv {
        c,
        macro_f1_by_c: params
            .cv
            .c_grid
            .iter()
            .zip(&reports)
            .map(|(c, r)| (*c, r.macro_avg.f1))
            .collect(),
        report: reports[best].clone(),
    };
    Ok((vectorizer, model, cv))
}

pub fn argmax(p: &[f64]) -> usize {
    (0..p.len()).fold(0, |b, i| if p[i] > p[b] { i } else { b })
}
