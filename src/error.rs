//! The library's error type: every failure a caller can act on, with the file and line
//! or the parameter that caused it. Each kind of fault has its own variant: a data file
//! that cannot be used is not reported as a broken model, nor the reverse.
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How many problems an [`Error::InvalidData`] prints before it gives only a count.
pub const PROBLEMS_SHOWN: usize = 20;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// One or more bad rows in a data file, each as `file:line: what is wrong`; all are
    /// kept, the first [`PROBLEMS_SHOWN`] are printed.
    #[error("invalid data:\n{}", shown(.problems))]
    InvalidData { problems: Vec<String> },
    /// Data the caller pointed at (or the default place) is not there: names the
    /// setting that chooses the place.
    #[error("{what} not found at {path}: set {setting} to where it is")]
    MissingData {
        what: String,
        path: PathBuf,
        setting: &'static str,
    },
    /// A model file that cannot be read, is not a model file, or fails its checks.
    #[error("{path}: {reason}")]
    InvalidModel { path: PathBuf, reason: String },
    #[error("invalid parameter `{name}`: {reason}")]
    InvalidParameter { name: String, reason: String },
    /// A task file that cannot be used: the file and what to change.
    #[error("{path}: {reason}")]
    InvalidTask { path: PathBuf, reason: String },
    #[error("training failed: {0}")]
    Training(String),
    #[error("empty text: nothing to analyze")]
    EmptyText,
}

fn shown(problems: &[String]) -> String {
    let mut out: Vec<&str> = problems
        .iter()
        .take(PROBLEMS_SHOWN)
        .map(String::as_str)
        .collect();
    let more;
    if problems.len() > PROBLEMS_SHOWN {
        more = format!(
            "... and {} more ({} problems in all)",
            problems.len() - PROBLEMS_SHOWN,
            problems.len()
        );
        out.push(&more);
    }
    out.join("\n")
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn param(name: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::InvalidParameter {
            name: name.into(),
            reason: reason.into(),
        }
    }

    pub fn model(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        Error::InvalidModel {
            path: path.into(),
            reason: reason.into(),
        }
    }

    /// One problem with a data file (or a line of it: put `file:line` in `at`).
    pub fn data(at: impl std::fmt::Display, reason: impl std::fmt::Display) -> Self {
        Error::InvalidData {
            problems: vec![format!("{at}: {reason}")],
        }
    }

    pub fn task(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        Error::InvalidTask {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_problems_print_the_first_ones_and_a_count() {
        let problems: Vec<String> = (1..=2915).map(|i| format!("f.jsonl:{i}: bad")).collect();
        let text = Error::InvalidData { problems }.to_string();
        assert_eq!(text.lines().count(), 1 + PROBLEMS_SHOWN + 1);
        assert!(text.contains("f.jsonl:20: bad"));
        assert!(!text.contains("f.jsonl:21: bad"));
        assert!(text.ends_with("... and 2895 more (2915 problems in all)"));
    }
}
