//! `train`: reads `training_data/`, cross-validates and trains the topic and stance
//! models, measures them on the labelled real-news sets, and writes `models/`
//! atomically.
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::process::ExitCode;
use topic_stance::analysis::Analyzer;
use topic_stance::artifact;
use topic_stance::evaluation;
use topic_stance::models::SolverKind;
use topic_stance::training::classification::{ClassificationTask, TrainedModel};
use topic_stance::training::run::{self, TrainingSet};
use topic_stance::training::task::Task;

#[derive(Parser)]
#[command(
    version,
    about = "Train the topic and stance models from labelled data"
)]
struct Args {
    /// Task description (data folders, labels, hyper-parameters).
    #[arg(
        long,
        default_value = "training_data/task.toml",
        env = "TOPIC_STANCE_TASK"
    )]
    task: PathBuf,
    /// Where to write model.json and metrics.json.
    #[arg(long, default_value = "models", env = "TOPIC_STANCE_MODELS")]
    models: PathBuf,
    /// Labels of the real-news evaluation sets.
    #[arg(long, default_value = "evaluation")]
    eval_labels: PathBuf,
    /// The shared real-news data (texts of the evaluation sets).
    #[arg(long, default_value = "../shared/data")]
    shared_data: PathBuf,
    /// Skip the real-news evaluation.
    #[arg(long)]
    no_eval: bool,
    /// Trainer for the logistic regressions (overrides the task file).
    #[arg(long, value_enum)]
    solver: Option<SolverKind>,
    /// Check and report the data, train nothing.
    #[arg(long)]
    check_only: bool,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<(), topic_stance::Error> {
    if let Some(task) = ClassificationTask::load(&args.task)? {
        return run_classification(&task, &args);
    }
    let mut task = Task::load(&args.task)?;
    if let Some(kind) = args.solver {
        task.topics.params.solver_kind = kind;
        task.stance.params.solver_kind = kind;
    }
    let base = args.task.parent().map(PathBuf::from).unwrap_or_default();
    let set = TrainingSet::read(&task, &base)?;
    for w in set.topics.warnings.iter().chain(&set.stance.warnings) {
        eprintln!("warning: {w}");
    }
    let report = run::data_report(&set);
    eprintln!(
        "data: {} topic examples, {} stance examples\n{}",
        set.topics.rows.len(),
        set.stance.rows.len(),
        serde_json::to_string_pretty(&report).unwrap_or_default()
    );
    if args.check_only {
        return Ok(());
    }
    let fits = (task.topics.labels.len()
        * task.topics.params.cv.c_grid.len()
        * task.topics.params.cv.folds
        + task.topics.labels.len()
        + task.stance.params.cv.c_grid.len() * task.stance.params.cv.folds
        + 1) as u64;
    let bar = ProgressBar::new(fits).with_style(
        ProgressStyle::with_template("{spinner} training [{bar:30}] {pos}/{len} fits {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut file = run::train(&task, &set, &trained_at(), &|| bar.inc(1))?;
    bar.finish_and_clear();
    if !args.no_eval {
        let analyzer = Analyzer::new(file.clone())?;
        file.metrics.real_text = evaluation_report(&analyzer, &args);
    }
    artifact::save(&args.models, &file)?;
    print_summary(&file);
    eprintln!("wrote {}", args.models.join(artifact::MODEL_FILE).display());
    Ok(())
}

/// Any other labelled text (a task file with `kind`): train, cross-validate, test.
fn run_classification(task: &ClassificationTask, args: &Args) -> Result<(), topic_stance::Error> {
    let base = args.task.parent().map(PathBuf::from).unwrap_or_default();
    let bar = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} training: {pos} fits {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    let file =
        topic_stance::training::classification::run(task, &base, &args.models, &|| bar.inc(1))?;
    bar.finish_and_clear();
    let cv = file.model.cv_report();
    println!("{:?} classes: {}", task.kind, file.classes.join(", "));
    match &file.model {
        TrainedModel::Multiclass {
            cross_validation, ..
        } => println!("chosen C = {}", cross_validation.c),
        TrainedModel::Multilabel { labels, .. } => {
            for l in labels {
                println!("  {:<12} C = {} threshold {:.2}", l.label, l.c, l.threshold);
            }
        }
    }
    println!(
        "cross-validated ({} examples): accuracy {:.4}, micro F1 {:.4}, macro F1 {:.4}",
        cv.examples, cv.accuracy, cv.micro.f1, cv.macro_avg.f1
    );
    if let Some(t) = &file.test {
        println!(
            "test ({} examples): accuracy {:.4}, micro F1 {:.4}, macro F1 {:.4}",
            t.examples, t.accuracy, t.micro.f1, t.macro_avg.f1
        );
        for (c, s) in &t.per_label {
            println!(
                "  {c:<12} P {:.4} R {:.4} F1 {:.4} (support {})",
                s.precision, s.recall, s.f1, s.support
            );
        }
    }
    eprintln!("wrote {}", args.models.join(artifact::MODEL_FILE).display());
    Ok(())
}

fn evaluation_report(
    analyzer: &Analyzer,
    args: &Args,
) -> std::collections::BTreeMap<String, serde_json::Value> {
    let mut out = std::collections::BTreeMap::new();
    for (name, result) in evaluation::topics::all(analyzer, &args.eval_labels, &args.shared_data) {
        match result {
            Ok(report) => {
                out.insert(
                    format!("topics/{name}"),
                    serde_json::to_value(report).unwrap_or_default(),
                );
            }
            Err(e) => eprintln!("warning: skipped {name}: {e}"),
        }
    }
    let labels = args.eval_labels.join("polnear_dev_stance.jsonl");
    match evaluation::polnear::stance_items(&labels, &args.shared_data.join("polnear/dev.jsonl")) {
        Ok(items) => {
            let report = evaluation::polnear::evaluate_stance(analyzer, &items);
            out.insert(
                "stance/polnear_dev".into(),
                serde_json::to_value(report).unwrap_or_default(),
            );
        }
        Err(e) => eprintln!("warning: skipped polnear stance: {e}"),
    }
    out
}

/// `SOURCE_DATE_EPOCH` (seconds) when set, so training twice gives identical files.
fn trained_at() -> String {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
        .unwrap_or_else(time::OffsetDateTime::now_utc);
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn print_summary(file: &artifact::ModelFile) {
    let cv = &file.metrics.cross_validation;
    println!(
        "cross-validated topics ({} examples):",
        cv.topics.report.examples
    );
    println!(
        "  {:<12} {:>9} {:>9} {:>9} {:>8} {:>6} {:>9}",
        "label", "precision", "recall", "f1", "support", "C", "threshold"
    );
    for (l, s) in &cv.topics.report.per_label {
        let lm = file.topics.labels.iter().find(|m| &m.label == l);
        println!(
            "  {:<12} {:>9.3} {:>9.3} {:>9.3} {:>8} {:>6} {:>9.2}",
            l,
            s.precision,
            s.recall,
            s.f1,
            s.support,
            lm.map(|m| m.c).unwrap_or_default(),
            lm.map(|m| m.threshold).unwrap_or_default()
        );
    }
    println!(
        "  micro F1 {:.3}  macro F1 {:.3}",
        cv.topics.report.micro.f1, cv.topics.report.macro_avg.f1
    );
    println!(
        "cross-validated stance ({} examples, C = {}):",
        cv.stance.report.examples, cv.stance.c
    );
    for (l, s) in &cv.stance.report.per_label {
        println!(
            "  {:<12} {:>9.3} {:>9.3} {:>9.3} {:>8}",
            l, s.precision, s.recall, s.f1, s.support
        );
    }
    println!(
        "  accuracy {:.3}  macro F1 {:.3}",
        cv.stance.report.accuracy, cv.stance.report.macro_avg.f1
    );
    for (name, v) in &file.metrics.real_text {
        println!(
            "real text {name}: micro F1 {}  macro F1 {}  accuracy {}",
            v["micro"]["f1"], v["macro_avg"]["f1"], v["accuracy"]
        );
        if let Some(per) = v["per_label"].as_object() {
            for (l, s) in per {
                println!(
                    "    {l:<12} P {} R {} F1 {} (support {})",
                    s["precision"], s["recall"], s["f1"], s["support"]
                );
            }
        }
    }
}
