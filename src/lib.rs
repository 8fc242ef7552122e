//! topic-stance: what a news text is about and where the people quoted in it stand.
//!
//! The library is the whole path from text to answer, one module per stage, data
//! flowing one way:
//! [`text`] (normalise → sentences → tokens) → [`quotes`] (direct and reported speech,
//! speakers) → [`features`] (an example → a sparse vector, the one [`features::Featurizer`])
//! → [`models`] (logistic regression, cross-validation) → [`task`] / [`classifier`] /
//! [`model_file`] (what a task is, a trained task ready to predict, the stored form) →
//! [`analysis`] (one document in: topics, quotes, speakers, stance out) →
//! [`response`] (the answer every front end gives: HTTP, CLI, Python).
//! [`training`] reads labelled data and fits tasks; [`evaluation`] measures models on
//! real news; [`data`] reads JSONL for both. The HTTP layer lives in [`server`] and
//! only adapts requests and responses.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod classifier;
pub mod data;
pub mod error;
pub mod evaluation;
pub mod features;
pub mod model_file;
pub mod models;
pub mod quotes;
pub mod response;
pub mod server;
pub mod task;
pub mod text;
pub mod training;

pub use error::{Error, Result};
pub use response::{ClassifyResponse, ModelRef, ModelsInfo};
