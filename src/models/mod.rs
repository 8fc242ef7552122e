//! Models: logistic regression over TF-IDF vectors. `logistic` holds the fitted models
//! and the sparse L-BFGS trainer; `dense` the linfa-logistic solver kept for small data
//! and as a reference; `cv` folds, grids and thresholds; `metrics` the scores we report;
//! `topics` and `stance` the two tasks built from them.
pub mod cv;
pub mod dense;
pub mod logistic;
pub mod metrics;
pub mod multiclass;
pub mod stance;
pub mod topics;

pub use logistic::{BinaryLogistic, MultinomialLogistic, SolverParams};

/// Which trainer fits the logistic regressions.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum SolverKind {
    /// argmin L-BFGS over sparse CSR features (default; seconds per fit).
    Sparse,
    /// linfa-logistic over a dense matrix (small data only; the reference).
    Dense,
}
