//! Measuring the models on real news they never trained on. The labels (row numbers or
//! record ids and our labels) live in `evaluation/` in the repository; the texts are
//! read from `../shared/data` where they stand, never copied.
pub mod polnear;
pub mod speakers;
pub mod topics;

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Reads a JSONL file of labels; errors name file and line.
pub fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    Ok(read_jsonl_lines(path)?
        .into_iter()
        .map(|(_, v)| v)
        .collect())
}

/// Reads a JSONL file with each value's line number (1-based); blank lines are skipped
/// and every bad line is reported with its file and line.
pub fn read_jsonl_lines<T: DeserializeOwned>(path: &Path) -> Result<Vec<(usize, T)>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str(line) {
            Ok(v) => out.push((i + 1, v)),
            Err(e) => problems.push(format!("{}:{}: invalid JSON: {e}", path.display(), i + 1)),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::InvalidData { problems })
    }
}
