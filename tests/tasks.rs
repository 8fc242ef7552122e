//! Any labelled text trains the same engine: a task file (`kind = "multiclass"` or
//! `"multilabel"`, text fields, a group field, word and character n-grams, pair
//! features); `train --task` fits, tests and writes the one model-file format that
//! `Classifier` loads and predicts with. And every message a user meets on the way.
use std::process::Command;
use topic_stance::classifier::Classifier;

#[test]
fn a_custom_task_trains_and_is_measured_on_its_test_file() {
    let dir = tempfile::tempdir().unwrap();
    let rows = |n: usize, offset: usize| -> String {
        (0..n)
            .map(|i| {
                let (label, text) = match (i + offset) % 3 {
                    0 => ("sport", format!("The striker scored twice in match {i} as the club won the derby")),
                    1 => ("markets", format!("Shares rose {i} percent as investors bought bank stocks on Friday")),
                    _ => ("weather", format!("Heavy rain and {i} mm of snow are forecast for the north tonight")),
                };
                serde_json::json!({"headline": text, "section": format!("desk {}", i % 4), "label": label, "group": format!("g{}", i / 3)}).to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    std::fs::write(dir.path().join("train.jsonl"), rows(60, 0)).unwrap();
    std::fs::write(dir.path().join("test.jsonl"), rows(30, 1)).unwrap();
    let out = train_task(
        dir.path(),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntest = \"test.jsonl\"\ntext_fields = [\"headline\", \"section\"]\nlabel_field = \"label\"\ngroup_field = \"group\"\n[features]\nchar_ngrams = [2, 4]\n[cv]\nfolds = 3\nc_grid = [1.0, 10.0]\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("test (30 examples): accuracy 1.0000"),
        "{stdout}"
    );
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("m/model.json")).unwrap()).unwrap();
    assert_eq!(file["format"], "topic-stance/models");
    assert_eq!(file["format_version"], 2);
    assert_eq!(
        file["tasks"][0]["labels"],
        serde_json::json!(["markets", "sport", "weather"])
    );
    // The per-C cross-validated scores are stored and printed.
    assert_eq!(
        file["tasks"][0]["cross_validation"]["choices"][0]["score_by_c"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert!(stdout.contains("(by accuracy; 1: "), "{stdout}");
    // A task gets its metrics.json like the shipped models.
    let metrics: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("m/metrics.json")).unwrap()).unwrap();
    assert_eq!(metrics["tasks"][0]["test"]["report"]["examples"], 30);
}

fn train_task(dir: &std::path::Path, task: &str) -> std::process::Output {
    std::fs::write(dir.join("task.toml"), task).unwrap();
    Command::new(env!("CARGO_BIN_EXE_train"))
        .args([
            "--task",
            dir.join("task.toml").to_str().unwrap(),
            "--models",
            dir.join("m").to_str().unwrap(),
        ])
        .output()
        .unwrap()
}

/// Multi-label: each example carries any number of labels (none included); every label
/// gets its own model and threshold, and the test file is scored label by label.
#[test]
fn a_multilabel_task_learns_each_label_and_predicts_label_sets() {
    let dir = tempfile::tempdir().unwrap();
    let rows = |n: usize, offset: usize| -> String {
        (0..n)
            .map(|i| {
                let k = i + offset;
                let mut text = vec![format!("Report {k} from the regional desk.")];
                let mut labels = Vec::new();
                if k % 2 == 0 {
                    text.push("Floods swept the valley after the storm.".into());
                    labels.push("weather");
                }
                if k % 3 == 0 {
                    text.push("The minister resigned over the budget row.".into());
                    labels.push("politics");
                }
                serde_json::json!({"text": text.join(" "), "tags": labels}).to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    std::fs::create_dir(dir.path().join("train")).unwrap();
    std::fs::write(dir.path().join("train/a.jsonl"), rows(60, 0)).unwrap();
    std::fs::write(dir.path().join("train/b.jsonl"), rows(30, 60)).unwrap();
    std::fs::write(dir.path().join("test.jsonl"), rows(30, 1000)).unwrap();
    let out = train_task(
        dir.path(),
        "kind = \"multilabel\"\ntrain = \"train\"\ntest = \"test.jsonl\"\ntext_fields = [\"text\"]\nlabel_field = \"tags\"\n[features.words]\nmin_df = 1\n[cv]\nfolds = 3\nc_grid = [1.0, 10.0]\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("m/model.json")).unwrap()).unwrap();
    let task = &file["tasks"][0];
    assert_eq!(task["labels"], serde_json::json!(["politics", "weather"]));
    assert_eq!(task["model"]["kind"], "multilabel");
    assert_eq!(task["model"]["labels"].as_array().unwrap().len(), 2);
    assert_eq!(task["cross_validation"]["report"]["examples"], 90);
    // Whole label sets right on every test example, the empty set included.
    assert_eq!(task["test"]["report"]["examples"], 30);
    assert_eq!(task["test"]["report"]["accuracy"], 1.0, "{}", task["test"]);

    // The saved classifier gives label sets and one probability per label.
    let classifier = Classifier::load(&dir.path().join("m")).unwrap();
    let record = |text: &str| serde_json::json!({ "text": text });
    assert_eq!(
        classifier
            .predict_record(&record("Report 7. Floods swept the valley after the storm. The minister resigned over the budget row."))
            .unwrap()
            .labels,
        vec!["politics", "weather"]
    );
    assert!(classifier
        .predict_record(&record("Report 11 from the regional desk."))
        .unwrap()
        .labels
        .is_empty());
    let p = classifier
        .predict_record(&record("Floods swept the valley."))
        .unwrap()
        .scores;
    assert_eq!(p.len(), 2);
    assert!(p[1].1 > 0.5 && p[0].1 < 0.5, "{p:?}");

    // The same from the command line: JSONL in, labels and scores out, bad lines named.
    let mut child = Command::new(env!("CARGO_BIN_EXE_classify"))
        .arg("--classifier")
        .arg(dir.path().join("m"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\": \"a\", \"text\": \"Floods swept the valley after the storm.\"}\n{\"id\": \"b\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], "a");
    assert_eq!(first["labels"], serde_json::json!(["weather"]));
    assert!(first["scores"]["weather"].as_f64().unwrap() > 0.5);
    assert_eq!(first["model"]["version"], file["version"]);
    assert_eq!(stdout.lines().count(), 1);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("stdin:2") && stderr.contains("\"text\""),
        "{stderr}"
    );
}

#[test]
fn a_list_of_labels_in_a_multiclass_task_is_named_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines: Vec<String> = (0..20)
        .map(|i| serde_json::json!({"text": format!("text {i}"), "label": if i % 2 == 0 { "a" } else { "b" }}).to_string())
        .collect();
    lines[6] = serde_json::json!({"text": "text 6", "label": ["a", "b"]}).to_string();
    lines[9] = serde_json::json!({"text": "text 9", "label": ""}).to_string();
    std::fs::write(dir.path().join("train.jsonl"), lines.join("\n")).unwrap();
    let out = train_task(
        dir.path(),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntext_fields = [\"text\"]\nlabel_field = \"label\"\n",
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("train.jsonl:7: label field \"label\" must be one string"),
        "{err}"
    );
    assert!(
        err.contains("train.jsonl:10: label field \"label\" must hold non-empty strings"),
        "{err}"
    );

    let out = train_task(
        dir.path(),
        "kind = \"multi\"\ntrain = \"train.jsonl\"\ntext_fields = [\"text\"]\nlabel_field = \"label\"\n",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("multilabel"), "{err}");
}

#[test]
fn a_task_file_without_kind_says_that_kind_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let out = train_task(
        dir.path(),
        "train = \"train.jsonl\"\nlabel_field = \"label\"\n",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("task.toml: `kind` is missing: add kind = \"multiclass\""),
        "{err}"
    );
}

#[test]
fn a_wrong_label_field_stops_after_a_few_problems_with_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let lines: Vec<String> = (0..500)
        .map(|i| serde_json::json!({"text": format!("text {i}"), "label": "a"}).to_string())
        .collect();
    std::fs::write(dir.path().join("train.jsonl"), lines.join("\n")).unwrap();
    let out = train_task(
        dir.path(),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\nlabel_field = \"stance\"\n",
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.lines().count() < 30, "{err}");
    assert!(
        err.contains("train.jsonl:1: label field \"stance\" is missing"),
        "{err}"
    );
    assert!(
        err.contains("... and 480 more (500 problems in all)"),
        "{err}"
    );
}

#[test]
fn check_only_checks_and_writes_nothing_and_json_goes_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("train.jsonl"), alignment_rows(0..5)).unwrap();
    std::fs::write(
        dir.path().join("task.toml"),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntext_fields = [\"headline\"]\nlabel_field = \"label\"\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_train"))
        .arg("--task")
        .arg(dir.path().join("task.toml"))
        .arg("--models")
        .arg(dir.path().join("m"))
        .args(["--check-only", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!dir.path().join("m").exists(), "--check-only wrote a model");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report[0]["examples"], 30);
    assert_eq!(report[0]["label_counts"]["repeats"], 15);
}

#[test]
fn the_solver_flag_applies_to_tasks_and_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("train.jsonl"), alignment_rows(0..10)).unwrap();
    std::fs::write(
        dir.path().join("task.toml"),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntext_fields = [\"headline\"]\nlabel_field = \"label\"\n[features.words]\nmin_df = 1\n[cv]\nfolds = 3\nc_grid = [1.0]\n",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_train"))
            .arg("--task")
            .arg(dir.path().join("task.toml"))
            .arg("--models")
            .arg(dir.path().join("m"))
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&["--solver", "dense"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("m/model.json")).unwrap()).unwrap();
    assert_eq!(file["tasks"][0]["spec"]["solver_kind"], "dense");
    // The dense solver takes no class weights: said, not ignored.
    std::fs::write(
        dir.path().join("task.toml"),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntext_fields = [\"headline\"]\nlabel_field = \"label\"\nclass_weight = \"balanced\"\n",
    )
    .unwrap();
    let out = run(&["--solver", "dense"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("dense solver takes no row or class weights"),
        "{err}"
    );
}

#[test]
fn selection_metric_class_weights_and_per_group_test_figures() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("train.jsonl"), alignment_rows(0..20)).unwrap();
    std::fs::write(dir.path().join("test.jsonl"), alignment_rows(20..26)).unwrap();
    let out = train_task(
        dir.path(),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntest = \"test.jsonl\"\ntext_fields = [\"headline\"]\nlabel_field = \"label\"\n\
         group_field = \"group\"\nreport_by = \"group\"\nselect_by = { mean_f1_of = [\"repeats\"] }\nclass_weight = \"balanced\"\n\
         [features]\nstemming = false\nstop_words = false\n[features.words]\nmin_df = 1\n[features.pair]\nfield = \"claim\"\n[cv]\nfolds = 3\nc_grid = [1.0, 10.0]\n",
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("(by mean_f1_of(repeats); 1: "), "{stdout}");
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("m/model.json")).unwrap()).unwrap();
    let by_group = file["tasks"][0]["test"]["by_group"].as_object().unwrap();
    assert_eq!(by_group.len(), 6, "{by_group:?}");
    assert_eq!(by_group["20"]["examples"], 6);
}

#[test]
fn classify_fails_when_nothing_could_be_classified() {
    let dir = tempfile::tempdir().unwrap();
    train_alignment(dir.path(), "");
    let mut child = Command::new(env!("CARGO_BIN_EXE_classify"))
        .arg("--classifier")
        .arg(dir.path().join("m"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"title\": \"no headline\"}\nnot json\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("stdin:1")
            && err.contains("stdin:2")
            && err.contains("nothing was classified"),
        "{err}"
    );
}

/// Headlines that repeat their claim vs. headlines about something else: the words are
/// new for every claim, so only the pair (alignment) features can tell the two apart.
fn alignment_rows(claims: std::ops::Range<usize>) -> String {
    let word = |c: usize, j: usize| format!("w{c}x{j}");
    claims
        .flat_map(|c| {
            let claim = (0..4).map(|j| word(c, j)).collect::<Vec<_>>().join(" ");
            (0..6).map(move |i| {
                let (label, headline) = if i % 2 == 0 {
                    ("repeats", format!("{} {}", word(c, 0), word(c, 1 + i % 3)))
                } else {
                    ("differs", format!("{} {}", word(c, 10 + i), word(c, 20 + i)))
                };
                serde_json::json!({"claim": claim, "headline": headline, "label": label, "group": c})
                    .to_string()
            })
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn train_alignment(dir: &std::path::Path, pair: &str) -> String {
    std::fs::write(dir.join("train.jsonl"), alignment_rows(0..20)).unwrap();
    std::fs::write(dir.join("test.jsonl"), alignment_rows(20..30)).unwrap();
    let out = train_task(
        dir,
        &format!("kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntest = \"test.jsonl\"\ntext_fields = [\"headline\"]\nlabel_field = \"label\"\ngroup_field = \"group\"\n[features.words]\nmin_df = 1\n{pair}[cv]\nfolds = 3\nc_grid = [1.0, 10.0]\n"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn pair_features_see_whether_the_headline_repeats_the_claim() {
    let without = tempfile::tempdir().unwrap();
    let stdout = train_alignment(without.path(), "");
    assert!(
        !stdout.contains("test (60 examples): accuracy 1.0000"),
        "{stdout}"
    );

    let with = tempfile::tempdir().unwrap();
    let stdout = train_alignment(with.path(), "[features.pair]\nfield = \"claim\"\n");
    assert!(
        stdout.contains("test (60 examples): accuracy 1.0000"),
        "{stdout}"
    );
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(with.path().join("m/model.json")).unwrap()).unwrap();
    let terms = file["tasks"][0]["features"]["pair"]["terms"]
        .as_array()
        .unwrap();
    assert!(terms.contains(&serde_json::json!("cover=0")), "{terms:?}");

    // A saved classifier predicts from a record the way the trainer measured it.
    let classifier = Classifier::load(&with.path().join("m")).unwrap();
    let record = |headline: &str| serde_json::json!({"headline": headline, "claim": "w99x0 w99x1 w99x2 w99x3"});
    assert_eq!(
        classifier
            .predict_record(&record("w99x0 w99x2"))
            .unwrap()
            .labels,
        vec!["repeats"]
    );
    assert_eq!(
        classifier
            .predict_record(&record("w99x15 w99x25"))
            .unwrap()
            .labels,
        vec!["differs"]
    );
    assert!(classifier
        .predict_record(&serde_json::json!({"headline": "w99x0"}))
        .is_err());
}

#[test]
fn a_broken_classifier_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    train_alignment(dir.path(), "");
    let path = dir.path().join("m/model.json");
    let mut file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    file["tasks"][0].as_object_mut().unwrap().remove("model");
    std::fs::write(&path, serde_json::to_vec(&file).unwrap()).unwrap();
    let err = Classifier::load(&dir.path().join("m"))
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("model.json") && err.contains("model"), "{err}");
}
