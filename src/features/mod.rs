//! Features: how an example becomes a sparse vector. [`featurizer`] is the one entry
//! point, used by training and serving alike; the blocks it puts side by side are
//! TF-IDF over word n-grams ([`tfidf`]), character n-grams ([`chars`]), pair features
//! ([`pairs`]) and stance signals ([`signals`]); [`attribution`] holds the features of how
//! a quote's speaker was found, for the speaker score.
pub mod attribution;
pub mod chars;
pub mod featurizer;
pub mod pairs;
pub mod signals;
pub mod sparse;
pub mod tfidf;

pub use featurizer::{FeatureParams, Featurizer, Input, StoredFeatures};
pub use sparse::SparseVec;
pub use tfidf::{TfidfParams, TfidfVectorizer};
