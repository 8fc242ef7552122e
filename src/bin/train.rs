//! `train`: reads a task file (default `training_data/task.toml`, the shipped `topics`
//! and `stance` tasks), checks the data, cross-validates and fits every task, measures
//! each on its test data, measures the shipped models on the outside real-news sets,
//! and writes `model.json` and `metrics.json` atomically.
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use topic_stance::analysis::Analyzer;
use topic_stance::data::{DATA_DIR_VAR, DEFAULT_DATA_DIR};
use topic_stance::evaluation;
use topic_stance::model_file::{self, ModelFile};
use topic_stance::models::SolverKind;
use topic_stance::task;
use topic_stance::training::run::{self, TaskData};
use topic_stance::training::speaker_score;
use topic_stance::Error;

/// The solver allocates and frees vectors as long as the vocabulary at every step;
/// with the system allocator each one was a fresh mmap and its page faults (a tenth of
/// the training time), mimalloc reuses them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(version, about = "Train the models of a task file from labelled data")]
struct Args {
    /// Task file: the tasks, their data, labels and settings.
    #[arg(
        long,
        default_value = "training_data/task.toml",
        env = "TOPIC_STANCE_TASK"
    )]
    task: PathBuf,
    /// Where to write model.json and metrics.json.
    #[arg(long, default_value = "models", env = "TOPIC_STANCE_MODELS")]
    models: PathBuf,
    /// Labels of the outside real-news evaluation sets.
    #[arg(long, default_value = "evaluation")]
    eval_labels: PathBuf,
    /// The shared real-news data (texts of the outside evaluation sets).
    #[arg(long, alias = "shared-data", env = DATA_DIR_VAR, default_value = DEFAULT_DATA_DIR)]
    data_dir: PathBuf,
    /// Write the models without measuring them on the outside evaluation sets (their
    /// figures are then left out of the file; the tasks' own test sets are still measured).
    #[arg(long)]
    no_eval: bool,
    /// Trainer for every logistic regression (overrides the task file).
    #[arg(long)]
    solver: Option<SolverKind>,
    /// Check and report the data; train and write nothing.
    #[arg(long)]
    check_only: bool,
    /// With --check-only: the report as JSON on stdout.
    #[arg(long, requires = "check_only")]
    json: bool,
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

fn run(args: Args) -> Result<(), Error> {
    let specs = task::load(&args.task)?;
    let base = args.task.parent().map(PathBuf::from).unwrap_or_default();
    let tasks = run::read_tasks(&specs, &base)?;
    for t in &tasks {
        for w in &t.train.warnings {
            eprintln!("warning: {w}");
        }
    }
    if args.check_only {
        let reports: Vec<_> = tasks.iter().map(run::data_report).collect();
        if args.json {
            println!(
                "{}",
                serde_json::to_string_pretty(&reports)
                    .map_err(|e| Error::Training(e.to_string()))?
            );
        } else {
            for r in &reports {
                print_data_report(r);
            }
        }
        return Ok(());
    }
    let outside = shipped_models(&specs) && !args.no_eval;
    if outside {
        topic_stance::data::require(&args.data_dir, "the shared evaluation data").map_err(|e| {
            Error::Training(format!(
                "{e}. Without it the model file would lose its real-text figures; \
                 train with --no-eval to write the models without them"
            ))
        })?;
    }
    let fits: u64 = tasks.iter().map(run::fits).sum();
    let bar = ProgressBar::new(fits).with_style(
        ProgressStyle::with_template("{spinner} training [{bar:30}] {pos}/{len} fits {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut file = run::train(&tasks, &trained_at(), args.solver, &|| bar.inc(1))?;
    bar.finish_and_clear();
    // The speaker score, when the task file names its data (the shipped one does).
    if let Some(dir) = task::speaker_score_data(&args.task)? {
        file = run::with_speaker_score(file, speaker_score::train(&dir)?);
    }
    if outside {
        let analyzer = Analyzer::new(file.clone())?;
        file.real_text = evaluation_report(&analyzer, &args, &file.version);
    }
    model_file::save(&args.models, &file)?;
    print_summary(&file, &tasks);
    eprintln!(
        "wrote {}",
        args.models.join(model_file::MODEL_FILE).display()
    );
    Ok(())
}

/// A task file whose tasks the analyzer serves (the shipped `topics` and `stance`).
fn shipped_models(specs: &[task::TaskSpec]) -> bool {
    use topic_stance::analysis::{STANCE_TASK, TOPICS_TASK};
    [TOPICS_TASK, STANCE_TASK]
        .iter()
        .all(|name| specs.iter().any(|s| s.name == *name))
}

/// The shipped models on every outside real-news set, each entry marked with the model
/// version that measured it.
fn evaluation_report(
    analyzer: &Analyzer,
    args: &Args,
    version: &str,
) -> BTreeMap<String, serde_json::Value> {
    let mut out = BTreeMap::new();
    let mut put = |name: String, report: serde_json::Value| {
        out.insert(
            name,
            serde_json::json!({"model_version": version, "report": report}),
        );
    };
    for (name, result) in evaluation::topics::all(analyzer, &args.eval_labels, &args.data_dir) {
        match result {
            Ok(report) => put(
                format!("topics/{name}"),
                serde_json::to_value(report).unwrap_or_default(),
            ),
            Err(e) => eprintln!("warning: skipped {name}: {e}"),
        }
    }
    let labels = args.eval_labels.join("polnear_dev_stance.jsonl");
    match evaluation::polnear::stance_items(&labels, &args.data_dir.join("polnear/dev.jsonl")) {
        Ok(items) => put(
            "stance/polnear_dev".into(),
            serde_json::to_value(evaluation::polnear::evaluate_stance(analyzer, &items))
                .unwrap_or_default(),
        ),
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

fn print_data_report(r: &run::TaskDataReport) {
    println!(
        "task {} ({:?}): {} examples{}",
        r.task,
        r.kind,
        r.examples,
        r.test_examples
            .map(|n| format!(", {n} test examples"))
            .unwrap_or_default()
    );
    for (source, n) in &r.by_source {
        let labels: Vec<String> = r.labels_by_source[source]
            .iter()
            .map(|(l, c)| format!("{l} {c}"))
            .collect();
        println!("  {source}: {n} ({})", labels.join(", "));
    }
    let d = &r.duplicates;
    println!(
        "  near-duplicate pairs: {} ({} across sources); repeated 5-grams {:.1}%; {} warnings",
        d.near_duplicate_pairs,
        d.pairs_across_sources,
        100.0 * d.repeated_5gram_share,
        r.warnings.len()
    );
}

fn print_summary(file: &ModelFile, tasks: &[TaskData]) {
    for (t, data) in file.tasks.iter().zip(tasks) {
        let cv = &t.cross_validation;
        println!(
            "task {} ({:?}, {} examples, {}-fold cross-validation):",
            t.name,
            t.spec.kind,
            data.train.examples.len(),
            cv.folds
        );
        for ch in &cv.choices {
            let by_c: Vec<String> = ch
                .score_by_c
                .iter()
                .map(|(c, s)| format!("{c}: {s:.3}"))
                .collect();
            println!(
                "  {}C = {}{} (by {}; {})",
                ch.label
                    .as_ref()
                    .map(|l| format!("{l:<12} "))
                    .unwrap_or_default(),
                ch.c,
                ch.threshold
                    .map(|t| format!(", threshold {t:.2}"))
                    .unwrap_or_default(),
                ch.selected_by,
                by_c.join(", ")
            );
        }
        print_report("  cross-validated", &cv.report);
        for (source, r) in &cv.by_source {
            print_report(&format!("    cross-validated, {source} only"), r);
        }
        if let Some(c) = &cv.calibration {
            println!(
                "    out-of-fold calibration error {:.3}, at temperature {}: {:.3}",
                c.ece_before, c.temperature, c.ece_after
            );
        }
        if let Some(test) = &t.test {
            print_report("  test", &test.report);
            if let Some(ece) = test.ece {
                println!("    expected calibration error {ece:.3}");
            }
            for (g, r) in &test.by_group {
                print_report(&format!("    {g}"), r);
            }
        }
    }
    if let Some(score) = &file.speaker_score {
        let cv = &score.cross_validation;
        println!(
            "speaker score (C = {}, {} quotes with a speaker, {} right), cross-validated: AUC {:.3}, Brier {:.3}, calibration error {:.3}",
            score.c, cv.quotes, cv.right, cv.auc, cv.brier, cv.ece
        );
        for at in &cv.at_thresholds {
            println!(
                "    score >= {}: {:.1}% of quotes, speaker right for {:.1}%",
                at.threshold,
                100.0 * at.coverage,
                100.0 * at.right
            );
        }
    }
    for (name, v) in &file.real_text {
        let r = &v["report"];
        println!(
            "real text {name}: micro F1 {}  macro F1 {}  accuracy {}",
            r["micro"]["f1"], r["macro_avg"]["f1"], r["accuracy"]
        );
    }
}

fn print_report(title: &str, r: &topic_stance::models::metrics::Report) {
    println!(
        "{title} ({} examples): accuracy {:.4}, micro F1 {:.4}, macro F1 {:.4}",
        r.examples, r.accuracy, r.micro.f1, r.macro_avg.f1
    );
    for (l, s) in &r.per_label {
        println!(
            "    {l:<12} P {:.3} R {:.3} F1 {:.3} (support {})",
            s.precision, s.recall, s.f1, s.support
        );
    }
}
