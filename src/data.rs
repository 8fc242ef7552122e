//! Reading JSONL, the one format of labelled data, labels and records: every reader of
//! training data, evaluation labels and task records goes through here, so a bad line
//! is always reported the same way (`file:line: what is wrong`), all of them at once.
use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// Where the shared real-news data is looked for when nothing else is said.
pub const DEFAULT_DATA_DIR: &str = "../shared/data";
/// The environment variable (and `--data-dir`) that points at the shared data.
pub const DATA_DIR_VAR: &str = "TOPIC_STANCE_DATA";

/// The shared data folder: `TOPIC_STANCE_DATA` when set, else `../shared/data` beside
/// the working directory.
pub fn data_dir() -> PathBuf {
    std::env::var_os(DATA_DIR_VAR)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR))
}

/// `path` when it exists, else the error naming what was looked for and the setting.
pub fn require(path: &Path, what: &str) -> Result<()> {
    if path.exists() {
        Ok(())
    } else {
        Err(Error::MissingData {
            what: what.to_string(),
            path: path.to_path_buf(),
            setting: "TOPIC_STANCE_DATA (or --data-dir)",
        })
    }
}

/// Reads a JSONL file; errors name file and line.
pub fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    Ok(read_jsonl_lines(path)?
        .into_iter()
        .map(|(_, v)| v)
        .collect())
}

/// Reads a JSONL file with each value's line number (1-based); blank lines are skipped
/// and every bad line is reported with its file and line.
pub fn read_jsonl_lines<T: DeserializeOwned>(path: &Path) -> Result<Vec<(usize, T)>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (line, value) in jsonl_lines(path)? {
        match value {
            Ok(v) => out.push((line, v)),
            Err(e) => problems.push(e),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::InvalidData { problems })
    }
}

/// Every non-blank line of a JSONL file with its line number (1-based), parsed or with
/// its problem as `file:line: invalid JSON: ...`; only an unreadable file is an error.
pub fn jsonl_lines<T: DeserializeOwned>(
    path: &Path,
) -> Result<Vec<(usize, std::result::Result<T, String>)>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| Error::data(path.display(), format!("not UTF-8 ({e})")))?;
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let parsed = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: invalid JSON: {e}", path.display(), i + 1));
            (i + 1, parsed)
        })
        .collect())
}

/// The JSONL files at `path`: the file itself, or a folder's `*.jsonl` in name order.
/// A folder without any is an error.
pub fn jsonl_files(path: &Path) -> Result<Vec<PathBuf>> {
    if !path.is_dir() {
        if !path.exists() {
            return Err(Error::io(
                path,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or folder"),
            ));
        }
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| Error::io(path, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::data(
            path.display(),
            "no .jsonl files in this folder",
        ));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_named_and_blank_lines_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jsonl");
        std::fs::write(&p, "{\"a\": 1}\n\nnot json\n{\"a\": 2}\n").unwrap();
        let Err(Error::InvalidData { problems }) = read_jsonl_lines::<serde_json::Value>(&p) else {
            panic!("expected invalid data")
        };
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].contains("a.jsonl:3: invalid JSON"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_folder_gives_its_jsonl_files_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.jsonl", "a.jsonl", "notes.md"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let files = jsonl_files(dir.path()).unwrap();
        let names: Vec<_> = files.iter().map(|p| p.file_name().unwrap()).collect();
        assert_eq!(names, ["a.jsonl", "b.jsonl"]);
        let empty = tempfile::tempdir().unwrap();
        assert!(jsonl_files(empty.path()).is_err());
    }
}
