//! Reading labelled data (JSONL) and validating it: bad JSON, unknown labels and empty
//! text are errors naming file and line, all of them at once; repeated texts are
//! warnings. The hash of the files identifies the data a model was trained on.
use crate::error::{Error, Result};
use crate::models::stance::CLASSES;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A sentence (or headline and lead) with zero or more topic labels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicRow {
    pub text: String,
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub register: Option<String>,
}

/// A quote with its stance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceRow {
    /// The quote's content, without quotation marks.
    pub text: String,
    pub stance: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub speaker: Option<String>,
    /// What the quote is about.
    #[serde(default)]
    pub target: Option<String>,
    /// The sentence the quote appears in (the quote inside it).
    #[serde(default)]
    pub context: Option<String>,
}

impl StanceRow {
    /// The context with the quote itself taken out (what the stance model reads around it).
    pub fn context_outside(&self) -> String {
        match &self.context {
            Some(c) => c.replacen(&self.text, " ", 1),
            None => String::new(),
        }
    }
}

/// Rows with the file and line they came from.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub file: PathBuf,
    pub line: usize,
    pub row: T,
}

#[derive(Debug, Clone)]
pub struct Dataset<T> {
    pub rows: Vec<Located<T>>,
    pub warnings: Vec<String>,
    /// SHA-256 over file names and bytes, in reading order.
    pub hash: String,
}

/// The `*.jsonl` files of a folder in name order.
pub fn jsonl_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::InvalidData {
            problems: vec![format!("{}: no .jsonl files", dir.display())],
        });
    }
    Ok(files)
}

/// Reads all rows of a folder, checking each with `check`; fails with every problem.
fn read_dir<T: for<'de> Deserialize<'de>>(
    dir: &Path,
    check: impl Fn(&T) -> Vec<String>,
    text_of: impl Fn(&T) -> &str,
) -> Result<Dataset<T>> {
    let mut hasher = Sha256::new();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
    for file in jsonl_files(dir)? {
        let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
        hasher.update(
            file.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
                .as_bytes(),
        );
        hasher.update(&bytes);
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{}: not UTF-8 ({e})", file.display()));
                continue;
            }
        };
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() {
                continue;
            }
            let row: T = match serde_json::from_str(line) {
                Ok(r) => r,
                Err(e) => {
                    problems.push(format!("{}:{n}: invalid JSON: {e}", file.display()));
                    continue;
                }
            };
            let issues = check(&row);
            if !issues.is_empty() {
                problems.extend(
                    issues
                        .into_iter()
                        .map(|p| format!("{}:{n}: {p}", file.display())),
                );
                continue;
            }
            let key = normalise_for_duplicates(text_of(&row));
            if let Some((f, l)) = seen.get(&key) {
                warnings.push(format!(
                    "{}:{n}: same text as {}:{l}",
                    file.display(),
                    f.display()
                ));
            } else {
                seen.insert(key, (file.clone(), n));
            }
            rows.push(Located {
                file: file.clone(),
                line: n,
                row,
            });
        }
    }
    if !problems.is_empty() {
        return Err(Error::InvalidData { problems });
    }
    Ok(Dataset {
        rows,
        warnings,
        hash: format!("{:x}", hasher.finalize()),
    })
}

fn normalise_for_duplicates(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub fn read_topics(dir: &Path, labels: &[String]) -> Result<Dataset<TopicRow>> {
    read_dir(
        dir,
        |r: &TopicRow| {
            let mut p = Vec::new();
            if r.text.trim().is_empty() {
                p.push("empty text".to_string());
            }
            for l in &r.labels {
                if !labels.contains(l) {
                    p.push(format!(
                        "unknown label {l:?} (known: {})",
                        labels.join(", ")
                    ));
                }
            }
            let mut sorted = r.labels.clone();
            sorted.sort();
            sorted.dedup();
            if sorted.len() != r.labels.len() {
                p.push("a label is repeated".to_string());
            }
            p
        },
        |r| &r.text,
    )
}

pub fn read_stance(dir: &Path) -> Result<Dataset<StanceRow>> {
    read_dir(
        dir,
        |r: &StanceRow| {
            let mut p = Vec::new();
            if r.text.trim().is_empty() {
                p.push("empty text".to_string());
            }
            if !CLASSES.contains(&r.stance.as_str()) {
                p.push(format!(
                    "unknown stance {:?} (known: {})",
                    r.stance,
                    CLASSES.join(", ")
                ));
            }
            if let Some(c) = &r.context {
                if !c.contains(&r.text) {
                    p.push("the quote text does not occur in its context".to_string());
                }
            }
            p
        },
        |r| &r.text,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bad_line_is_reported_with_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.jsonl"),
            "{\"text\": \"ok\", \"labels\": []}\nnot json\n{\"text\": \" \", \"labels\": [\"x\"]}\n",
        )
        .unwrap();
        let labels = vec!["terrorism".to_string()];
        let Err(Error::InvalidData { problems }) = read_topics(dir.path(), &labels) else {
            panic!("expected invalid data")
        };
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("a.jsonl:2: invalid JSON"));
        assert!(problems[1].contains("a.jsonl:3: empty text"));
        assert!(problems[2].contains("a.jsonl:3: unknown label \"x\""));
    }

    #[test]
    fn repeated_texts_are_warnings() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.jsonl"), "{\"text\": \"Same  text\", \"stance\": \"favor\"}\n{\"text\": \"same text\", \"stance\": \"neutral\"}\n").unwrap();
        let d = read_stance(dir.path()).unwrap();
        assert_eq!(d.rows.len(), 2);
        assert_eq!(d.warnings.len(), 1);
    }
}
