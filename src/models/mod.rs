//! Models: logistic regression over feature vectors. `logistic` holds the fitted models
//! and their objectives, `lbfgs` the solver that fits them; `dense` the linfa-logistic
//! solver kept for small data and as a reference; `cv` folds, the C grid and thresholds;
//! `fit` the one cross-validation path that fits every task's model; `metrics` the
//! scores we report; `speaker_score` the probability that a found quote's speaker is
//! right.
pub mod cv;
pub mod dense;
pub mod fit;
pub mod lbfgs;
pub mod logistic;
pub mod metrics;
pub mod speaker_score;

pub use fit::{ClassWeight, SelectBy, TrainedModel};
pub use logistic::{BinaryLogistic, MultinomialLogistic, SolverParams};

/// Which trainer fits the logistic regressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SolverKind {
    /// L-BFGS over sparse CSR features (default; seconds per fit).
    #[default]
    Sparse,
    /// linfa-logistic over a dense matrix (small data only; the reference).
    Dense,
}

impl std::str::FromStr for SolverKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "sparse" => Ok(SolverKind::Sparse),
            "dense" => Ok(SolverKind::Dense),
            other => Err(format!("unknown solver {other:?}: sparse or dense")),
        }
    }
}

/// The index of the largest value (the first of equals).
pub fn argmax(p: &[f64]) -> usize {
    (0..p.len()).fold(0, |b, i| if p[i] > p[b] { i } else { b })
}
