//! `evaluate`: measures the committed models and the quote rules on real news.
//! `evaluate quotes --split dev` scores quote extraction and attribution on PolNeAR;
//! `evaluate topics` and `evaluate stance` score the models on the labelled dev sets.
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use topic_stance::analysis::Analyzer;
use topic_stance::evaluation::{polnear, speakers, topics};
use topic_stance::model_file;

#[derive(Parser)]
#[command(version, about = "Measure topic-stance on real news")]
struct Args {
    #[command(subcommand)]
    what: What,
    /// The shared real-news data (PolNeAR and the other sets).
    #[arg(
        long = "data-dir",
        alias = "shared-data",
        env = "TOPIC_STANCE_DATA",
        default_value = "../shared/data",
        global = true
    )]
    shared_data: PathBuf,
    /// Labels of the dev sets.
    #[arg(long, default_value = "evaluation", global = true)]
    eval_labels: PathBuf,
    #[arg(long, default_value = "models", global = true)]
    models: PathBuf,
}

#[derive(Subcommand)]
enum What {
    /// Quote spans, attributions and sources on PolNeAR, and speaker accuracy on the
    /// real-news speaker dev set (`<eval-labels>/real_speakers_dev.jsonl` with
    /// `real_articles_dev.jsonl`) and check sets (`real_speakers_check.jsonl` with
    /// `real_articles_check.jsonl`, `real_speakers_check2.jsonl` with
    /// `real_articles_check2.jsonl`) when they are there, with the speaker score's figures
    /// on each when `--models` holds one. `--errors` lists the dev set's misses, never a
    /// check set's.
    Quotes {
        /// `dev` while working; `test` only to report.
        #[arg(long, default_value = "dev")]
        split: String,
        /// Writes every miss (wrong source, missed or extra span) to this file, one a line.
        #[arg(long)]
        errors: Option<PathBuf>,
    },
    /// Topic F1 on AG News, Times of India crime news and CASE 2021.
    Topics,
    /// Stance macro-F1 on the labelled PolNeAR dev quotes.
    Stance,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(json) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> topic_stance::Result<serde_json::Value> {
    Ok(match &args.what {
        What::Quotes { split, errors } => {
            if !matches!(split.as_str(), "dev" | "test" | "train") {
                return Err(topic_stance::Error::param(
                    "split",
                    "one of dev, test, train",
                ));
            }
            let articles =
                polnear::read_articles(&args.shared_data.join(format!("polnear/{split}.jsonl")))?;
            let mut lines = Vec::new();
            let report = polnear::evaluate_quotes_logged(&articles, &mut |l| lines.push(l));
            let mut json = serde_json::to_value(report).unwrap_or_default();
            // The speaker score is measured when the models are there to give it.
            let file = args
                .models
                .join(model_file::MODEL_FILE)
                .exists()
                .then(|| model_file::load(&args.models))
                .transpose()?;
            let score = file.as_ref().and_then(|f| f.speaker_score.as_ref());
            for set in speakers::SETS {
                let real = if args.eval_labels.join(set.quotes).exists() {
                    let (articles, gold) = speakers::read_set(&args.eval_labels, &set)?;
                    let real = speakers::evaluate(&articles, &gold, score)?;
                    if set.misses_listed {
                        lines.extend(real.misses.iter().cloned());
                    }
                    serde_json::to_value(real).unwrap_or_default()
                } else {
                    serde_json::Value::String(format!(
                        "not labelled: no {}",
                        args.eval_labels.join(set.quotes).display()
                    ))
                };
                if let Some(map) = json.as_object_mut() {
                    map.insert(set.name.into(), real);
                }
            }
            if let Some(path) = errors {
                std::fs::write(path, lines.join("\n") + "\n")
                    .map_err(|e| topic_stance::Error::io(path, e))?;
            }
            json
        }
        What::Topics => {
            let a = Analyzer::load(&args.models)?;
            let mut out = serde_json::Map::new();
            for (name, r) in topics::all(&a, &args.eval_labels, &args.shared_data) {
                out.insert(name, serde_json::to_value(r?).unwrap_or_default());
            }
            serde_json::Value::Object(out)
        }
        What::Stance => {
            let a = Analyzer::load(&args.models)?;
            let items = polnear::stance_items(
                &args.eval_labels.join("polnear_dev_stance.jsonl"),
                &args.shared_data.join("polnear/dev.jsonl"),
            )?;
            serde_json::to_value(polnear::evaluate_stance(&a, &items)).unwrap_or_default()
        }
    })
}
