//! Features: TF-IDF vectors over word n-grams of stems, as sparse vectors.
pub mod chars;
pub mod pairs;
pub mod sparse;
pub mod tfidf;

pub use sparse::SparseVec;
pub use tfidf::{TfidfParams, TfidfVectorizer};
