//! topic-stance: what a news text is about and where the people quoted in it stand.
//!
//! The library is the whole path from text to answer, one module per stage:
//! [`text`] (normalise → sentences → tokens) → [`quotes`] (direct and reported speech,
//! speakers) → [`features`] (TF-IDF vectors) → [`models`] (logistic regression, training
//! and prediction) → [`analysis`] (one document in, topics/quotes/stance out).
//! [`artifact`] stores trained models; [`training`] reads and checks labelled data;
//! [`evaluation`] measures models on real news. The HTTP layer lives in [`server`] and
//! only adapts requests and responses.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod artifact;
pub mod error;
pub mod evaluation;
pub mod features;
pub mod models;
pub mod quotes;
pub mod server;
pub mod text;
pub mod training;

pub use error::{Error, Result};
