//! Shared helpers for the integration tests: the committed models, the reference
//! article and the shared data, read from where they stand.
//!
//! Tests that need data from outside the repository (the shared real-news sets, the
//! reference article) get it through [`shared_data`] and [`reference_article`]: when it
//! is absent they print one `SKIPPED` line naming the variable to set and return early,
//! unless `TOPIC_STANCE_REQUIRE_DATA=1` (as in `.ci/run`), which makes them fail.
#![allow(dead_code)]
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use topic_stance::analysis::Analyzer;

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The shared data folder as configured: `TOPIC_STANCE_DATA`, else `../shared/data`
/// beside the repository.
fn data_path() -> PathBuf {
    std::env::var_os("TOPIC_STANCE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/data"))
}

/// `path` when it exists; otherwise a visible skip notice for `test` (or a failure
/// when the data is required).
fn present(path: PathBuf, test: &str, what: &str) -> Option<PathBuf> {
    if path.exists() {
        return Some(path);
    }
    let message = format!(
        "{test}: {what} not found at {} (set TOPIC_STANCE_DATA to the shared data folder)",
        path.display()
    );
    if std::env::var("TOPIC_STANCE_REQUIRE_DATA").is_ok_and(|v| v == "1") {
        panic!("{message}; TOPIC_STANCE_REQUIRE_DATA=1 makes this a failure");
    }
    // Straight to the process's stderr: the test harness does not capture it, so the
    // notice shows even though the test passes.
    let _ = writeln!(std::io::stderr(), "SKIPPED {message}");
    None
}

/// The shared real-news data, or `None` (after a skip notice) when it is not there.
pub fn shared_data(test: &str) -> Option<PathBuf> {
    present(data_path(), test, "the shared real-news data")
}

/// The reference article (`seeds/morocco-world-news-khiame.txt` beside the shared data),
/// or `None` after a skip notice.
pub fn reference_article(test: &str) -> Option<String> {
    let path = data_path().join("../seeds/morocco-world-news-khiame.txt");
    present(path, test, "the reference article")
        .map(|p| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
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

/// A real article that is always there: the reference article when the shared data is
/// beside the repository, else the first Wikinews article of the in-repository dev set.
/// For tests that need a real article but not a particular one.
pub fn sample_article() -> String {
    let reference = data_path().join("../seeds/morocco-world-news-khiame.txt");
    if let Ok(text) = std::fs::read_to_string(reference) {
        return text;
    }
    let first: Vec<serde_json::Value> =
        topic_stance::data::read_jsonl(&repo().join("evaluation/real_articles_dev.jsonl")).unwrap();
    first
        .iter()
        .filter_map(|a| a["text"].as_str())
        .find(|t| t.matches('"').count() >= 4)
        .expect("a dev article with quotes")
        .to_string()
}
