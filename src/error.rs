//! The library's error type: every failure a caller can act on, with the file and line
//! or the parameter that caused it.
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// One or more bad rows in a data file; every bad line is listed, not just the first.
    #[error("invalid data:\n{}", .problems.join("\n"))]
    InvalidData { problems: Vec<String> },
    #[error("{path}: {reason}")]
    InvalidModel { path: PathBuf, reason: String },
    #[error("invalid parameter `{name}`: {reason}")]
    InvalidParameter { name: &'static str, reason: String },
    #[error("training failed: {0}")]
    Training(String),
    #[error("empty text: nothing to analyse")]
    EmptyText,
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn param(name: &'static str, reason: impl Into<String>) -> Self {
        Error::InvalidParameter {
            name,
            reason: reason.into(),
        }
    }

    pub fn model(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        Error::InvalidModel {
            path: path.into(),
            reason: reason.into(),
        }
    }
}
