//! Reading a task's labelled data and checking it: bad JSON, missing or mistyped
//! fields, unknown labels, empty text and a quote missing from its context are errors
//! naming file and line, all of them at once; repeated texts are warnings. The hash of
//! the files identifies the data a model learnt from.
use crate::data::{jsonl_files, jsonl_lines};
use crate::error::{Error, Result};
use crate::task::{labels_of, Record, Source, TaskKind, TaskSpec};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One labelled example with where it came from.
#[derive(Debug, Clone)]
pub struct Example {
    pub record: Record,
    pub labels: Vec<String>,
    /// Examples of one group never sit in two folds (the group field's value, or the
    /// example's own file and line).
    pub group: String,
    /// The source's weight in the loss.
    pub weight: f64,
    /// The source as the task names it.
    pub source: String,
    /// The value of the task's `report_by` field, when it has one.
    pub report_group: Option<String>,
    pub file: PathBuf,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Dataset {
    pub examples: Vec<Example>,
    pub warnings: Vec<String>,
    /// SHA-256 over file names and bytes, in reading order.
    pub hash: String,
}

impl Dataset {
    pub fn by_source(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for e in &self.examples {
            *out.entry(e.source.clone()).or_insert(0) += 1;
        }
        out
    }

    /// Every label found, sorted.
    pub fn labels_found(&self) -> Vec<String> {
        let set: std::collections::BTreeSet<&String> =
            self.examples.iter().flat_map(|e| &e.labels).collect();
        set.into_iter().cloned().collect()
    }
}

/// Reads every source (relative to `base`), checking each record against the task.
/// `labels`: the allowed labels, when the task fixes them.
pub fn read(spec: &TaskSpec, sources: &[&Source], base: &Path) -> Result<Dataset> {
    let mut hasher = Sha256::new();
    let mut examples = Vec::new();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: HashMap<String, (PathBuf, usize)> = HashMap::new();
    for source in sources {
        for file in jsonl_files(&source.resolve(base))? {
            let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
            hasher.update(
                file.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
                    .as_bytes(),
            );
            hasher.update(&bytes);
            for (line, value) in jsonl_lines::<serde_json::Value>(&file)? {
                let value = match value {
                    Ok(v) => v,
                    Err(e) => {
                        problems.push(e);
                        continue;
                    }
                };
                let at = format!("{}:{line}", file.display());
                match example(spec, &value) {
                    // A document that is all page furniture ("Read Also") is what the
                    // analyzer never reads: nothing to learn from.
                    Ok((record, _)) if spec.document && record.fields[0].trim().is_empty() => {
                        warnings.push(format!(
                            "{at}: nothing left once boilerplate is dropped: skipped"
                        ));
                    }
                    Ok((record, labels)) => {
                        let key = normalise_for_duplicates(&record.fields[0]);
                        if let Some((f, l)) = seen.get(&key) {
                            warnings.push(format!("{at}: same text as {}:{l}", f.display()));
                        } else {
                            seen.insert(key, (file.clone(), line));
                        }
                        let field = |name: &Option<String>| {
                            name.as_ref()
                                .and_then(|n| value.get(n))
                                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                        };
                        examples.push(Example {
                            record,
                            labels,
                            group: field(&spec.group_field).unwrap_or_else(|| at.clone()),
                            weight: source.weight(),
                            source: source.path().to_string(),
                            report_group: field(&spec.report_by),
                            file: file.clone(),
                            line,
                        });
                    }
                    Err(reasons) => {
                        problems.extend(reasons.into_iter().map(|r| format!("{at}: {r}")))
                    }
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(Error::InvalidData { problems });
    }
    Ok(Dataset {
        examples,
        warnings,
        hash: format!("{:x}", hasher.finalize()),
    })
}

/// The record and labels of one line, or everything wrong with it.
fn example(
    spec: &TaskSpec,
    value: &serde_json::Value,
) -> std::result::Result<(Record, Vec<String>), Vec<String>> {
    let mut problems = Vec::new();
    let record = spec.record(value).map_err(|e| vec![e]);
    let labels = labels_of(value.get(&spec.label_field), spec.kind)
        .map_err(|why| format!("label field {:?} {why}", spec.label_field));
    if let Ok(labels) = &labels {
        if let Some(known) = &spec.labels {
            for l in labels.iter().filter(|l| !known.contains(l)) {
                problems.push(format!("unknown label {l:?} (known: {})", known.join(", ")));
            }
        }
    }
    let raw_text = spec
        .text_fields
        .first()
        .and_then(|f| value.get(f))
        .and_then(|v| v.as_str())
        .unwrap_or("");
    match (&record, &labels) {
        (Ok(r), _) => {
            if raw_text.trim().is_empty() || (!spec.document && r.fields[0].trim().is_empty()) {
                problems.push("empty text".to_string());
            }
            if let Some(c) = &r.context {
                if !c.contains(&r.fields[0]) {
                    problems.push("the text does not occur in its context".to_string());
                }
            }
        }
        (Err(e), _) => problems.extend(e.iter().cloned()),
    }
    if let Err(e) = &labels {
        problems.push(e.clone());
    }
    match (record, labels) {
        (Ok(r), Ok(l)) if problems.is_empty() => Ok((r, l)),
        _ => Err(problems),
    }
}

fn normalise_for_duplicates(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The labels of a task in model order: those the task names, else the ones found,
/// sorted. Checks there are enough.
pub fn task_labels(spec: &TaskSpec, data: &Dataset) -> Result<Vec<String>> {
    let labels = spec.labels.clone().unwrap_or_else(|| data.labels_found());
    let too_few = match spec.kind {
        TaskKind::Multiclass => labels.len() < 2,
        TaskKind::Multilabel => labels.is_empty(),
    };
    if too_few {
        return Err(Error::Training(format!(
            "task {:?}: {} label(s) found in {} examples: too few for a {:?} task",
            spec.name,
            labels.len(),
            data.examples.len(),
            spec.kind
        )));
    }
    Ok(labels)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::parse;

    fn spec(extra: &str) -> TaskSpec {
        parse(&format!(
            "kind = \"multiclass\"\ntrain = \"a.jsonl\"\nlabel_field = \"stance\"\nlabels = [\"favor\", \"against\"]\n{extra}"
        ))
        .unwrap()
        .remove(0)
    }

    #[test]
    fn every_bad_line_is_reported_with_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.jsonl"),
            "{\"text\": \"ok\", \"stance\": \"favor\"}\nnot json\n{\"text\": \" \", \"stance\": \"maybe\"}\n{\"txt\": \"x\"}\n",
        )
        .unwrap();
        let s = spec("");
        let Err(Error::InvalidData { problems }) = read(&s, &s.train.list(), dir.path()) else {
            panic!("expected invalid data")
        };
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[0].contains("a.jsonl:2: invalid JSON"));
        assert!(problems[1].contains("a.jsonl:3: unknown label \"maybe\""));
        assert!(problems[2].contains("a.jsonl:3: empty text"));
        assert!(problems[3].contains("a.jsonl:4: field \"text\" is missing"));
        assert!(problems[4].contains("a.jsonl:4: label field \"stance\" is missing"));
    }

    #[test]
    fn repeated_texts_are_warnings_and_contexts_must_hold_the_text() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.jsonl"),
            "{\"text\": \"Same  text\", \"stance\": \"favor\"}\n{\"text\": \"same text\", \"stance\": \"against\"}\n",
        )
        .unwrap();
        let s = spec("");
        let d = read(&s, &s.train.list(), dir.path()).unwrap();
        assert_eq!(d.examples.len(), 2);
        assert_eq!(d.warnings.len(), 1);
        std::fs::write(
            dir.path().join("a.jsonl"),
            "{\"text\": \"abc\", \"context\": \"xyz\", \"stance\": \"favor\"}\n",
        )
        .unwrap();
        let s = spec("context_field = \"context\"");
        let e = read(&s, &s.train.list(), dir.path())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("a.jsonl:1: the text does not occur in its context"),
            "{e}"
        );
    }
}
