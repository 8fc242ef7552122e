//! Shared helpers for the integration tests: the committed models and the reference
//! article, read from where they stand.
#![allow(dead_code)]
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use topic_stance::analysis::Analyzer;

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The shared real-news data: `TOPIC_STANCE_DATA` when set, else `../shared/data`.
pub fn shared_data() -> PathBuf {
    std::env::var_os("TOPIC_STANCE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/data"))
}

pub fn reference_article() -> String {
    std::fs::read_to_string(repo().join("../shared/seeds/morocco-world-news-khiame.txt"))
        .expect("the reference article is at ../shared/seeds")
}

/// The committed models, loaded once per test binary.
pub fn analyzer() -> Arc<Analyzer> {
    static A: OnceLock<Arc<Analyzer>> = OnceLock::new();
    A.get_or_init(|| {
        Arc::new(Analyzer::load(&repo().join("models")).expect("committed models load"))
    })
    .clone()
}

/// Python's text[start:end] over code points.
pub fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}
