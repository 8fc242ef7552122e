//! `classify`: batch analysis without HTTP. Reads text files, or JSONL on stdin
//! (`{"id": ..., "text": ...}` per line), writes one JSON result per line to stdout in
//! input order (each the HTTP response's own type, with the model version), uses every
//! core, reports bad lines on stderr with their line number and carries on; exits
//! non-zero when no input could be classified. With `--classifier DIR` it predicts with
//! a model trained by `train --task` instead (JSONL records carrying the task's fields).
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Deserialize;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use topic_stance::analysis::{AnalysisOptions, Analyzer};
use topic_stance::classifier::Classifier;
use topic_stance::model_file;
use topic_stance::ClassifyResponse;

#[derive(Parser)]
#[command(
    version,
    about = "Analyse documents in bulk: files, or JSONL on stdin, one JSON result per line on stdout"
)]
struct Args {
    /// Text files to analyse (one document each); without files, JSONL is read from stdin.
    files: Vec<PathBuf>,
    /// Folder holding model.json.
    #[arg(long, env = "TOPIC_STANCE_MODELS", default_value = "models")]
    models: PathBuf,
    /// Folder holding a model trained by `train --task` (its model.json): predict its
    /// labels for JSONL records on stdin instead of analysing articles.
    #[arg(long, conflicts_with = "files")]
    classifier: Option<PathBuf>,
    /// With --classifier: which task of the model file (needed when it has several).
    #[arg(long, requires = "classifier")]
    task: Option<String>,
    /// Skip per-sentence topics.
    #[arg(long)]
    no_sentences: bool,
    /// Skip quotes and stance.
    #[arg(long)]
    no_quotes: bool,
    /// Documents analysed per chunk (memory stays bounded on endless input).
    #[arg(long, default_value_t = 4096)]
    chunk: usize,
}

/// An article record (its `id`, if any, is copied to the result as it is).
#[derive(Deserialize)]
struct Input {
    text: String,
}

/// What each input record becomes.
enum Model {
    Analyzer(Box<Analyzer>, AnalysisOptions),
    Classifier(Box<Classifier>),
}

/// The model every result names: the file's version and training time.
struct Loaded {
    model: Model,
    version: serde_json::Value,
}

impl Loaded {
    fn load(args: &Args) -> Result<Self, topic_stance::Error> {
        let dir = args.classifier.as_ref().unwrap_or(&args.models);
        let file = model_file::load(dir)?;
        let version = serde_json::json!({"version": file.version, "trained_at": file.trained_at});
        let model = match &args.classifier {
            Some(dir) => {
                let path = dir.join(model_file::MODEL_FILE);
                let task = match (&args.task, file.tasks.as_slice()) {
                    (Some(name), _) => file.task(name).ok_or_else(|| {
                        let names: Vec<&str> = file.tasks.iter().map(|t| t.name.as_str()).collect();
                        topic_stance::Error::model(
                            &path,
                            format!("no task {name:?} (tasks: {})", names.join(", ")),
                        )
                    })?,
                    (None, [only]) => only,
                    (None, tasks) => {
                        let names: Vec<&str> = tasks.iter().map(|t| t.name.as_str()).collect();
                        return Err(topic_stance::Error::param(
                            "task",
                            format!(
                                "{} holds several tasks ({}): choose one with --task",
                                path.display(),
                                names.join(", ")
                            ),
                        ));
                    }
                };
                Model::Classifier(Box::new(
                    Classifier::from_stored(task)
                        .map_err(|e| topic_stance::Error::model(&path, e.to_string()))?,
                ))
            }
            None => Model::Analyzer(
                Box::new(Analyzer::new(file).map_err(|e| match e {
                    topic_stance::Error::InvalidModel { reason, .. } => {
                        topic_stance::Error::model(dir.join(model_file::MODEL_FILE), reason)
                    }
                    other => other,
                })?),
                AnalysisOptions {
                    sentences: !args.no_sentences,
                    quotes: !args.no_quotes,
                    ..Default::default()
                },
            ),
        };
        Ok(Loaded { model, version })
    }

    fn run(&self, record: serde_json::Value) -> Result<serde_json::Value, String> {
        let mut value = self.model.run(record)?;
        if let (Model::Classifier(_), Some(obj)) = (&self.model, value.as_object_mut()) {
            obj.insert("model".into(), self.version.clone());
        }
        Ok(value)
    }
}

impl Model {
    /// The result for one JSONL record, with its `id` when it has one.
    fn run(&self, record: serde_json::Value) -> Result<serde_json::Value, String> {
        let id = record.get("id").cloned();
        let mut value = match self {
            Model::Analyzer(analyzer, options) => {
                let input: Input = serde_json::from_value(record).map_err(|e| e.to_string())?;
                let analysis = analyzer
                    .analyze(&input.text, options)
                    .map_err(|e| e.to_string())?;
                // The HTTP answer's own type (the id is copied below as it is, any JSON).
                serde_json::to_value(ClassifyResponse::new(None, analysis, analyzer))
                    .map_err(|e| e.to_string())?
            }
            Model::Classifier(classifier) => {
                let prediction = classifier.predict_record(&record)?;
                serde_json::json!({
                    "labels": prediction.labels,
                    "scores": prediction.scores
                        .into_iter()
                        .map(|(label, p)| (label, serde_json::json!(p)))
                        .collect::<serde_json::Map<_, _>>(),
                })
            }
        };
        if let (Some(obj), Some(id)) = (value.as_object_mut(), id) {
            obj.insert("id".into(), id);
        }
        Ok(value)
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let model = match Loaded::load(&args) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {pos} documents {per_sec}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        )
    } else {
        ProgressBar::hidden()
    };
    let mut bad = 0usize;
    let mut done = 0usize;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut run_chunk = |docs: Vec<(String, Result<serde_json::Value, String>)>,
                         out: &mut dyn Write| {
        let results: Vec<Result<String, String>> = docs
            .into_par_iter()
            .map(|(origin, input)| {
                input
                    .and_then(|record| model.run(record))
                    .map(|value| value.to_string())
                    .map_err(|e| format!("{origin}: {e}"))
            })
            .collect();
        for r in results {
            match r {
                Ok(line) => {
                    done += 1;
                    let _ = writeln!(out, "{line}");
                }
                Err(e) => {
                    bad += 1;
                    eprintln!("skipped {e}");
                }
            }
            bar.inc(1);
        }
    };
    if args.files.is_empty() {
        let stdin = std::io::stdin();
        let mut chunk = Vec::new();
        for (i, line) in stdin.lock().lines().enumerate() {
            let origin = format!("stdin:{}", i + 1);
            let parsed = match line {
                Ok(l) if l.trim().is_empty() => continue,
                Ok(l) => serde_json::from_str::<serde_json::Value>(&l)
                    .map_err(|e| format!("invalid JSON line: {e}")),
                Err(e) => Err(format!("unreadable line: {e}")),
            };
            chunk.push((origin, parsed));
            if chunk.len() >= args.chunk.max(1) {
                run_chunk(std::mem::take(&mut chunk), &mut out);
            }
        }
        run_chunk(chunk, &mut out);
    } else {
        let docs = args
            .files
            .iter()
            .map(|p| {
                let input = std::fs::read_to_string(p)
                    .map(|text| serde_json::json!({"id": p.display().to_string(), "text": text}))
                    .map_err(|e| e.to_string());
                (p.display().to_string(), input)
            })
            .collect();
        run_chunk(docs, &mut out);
    }
    let _ = out.flush();
    bar.finish_and_clear();
    if bad > 0 {
        eprintln!("{bad} input(s) skipped");
    }
    if done == 0 && bad > 0 {
        eprintln!("error: nothing was classified");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
