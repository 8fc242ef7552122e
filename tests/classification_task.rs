//! Any labelled text trains the same engine: a task file with `kind = "multiclass"`,
//! two text fields, a group field, word and character n-grams; `train --task` fits,
//! tests and writes a classifier file.
use std::process::Command;

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
    std::fs::write(
        dir.path().join("task.toml"),
        "kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntest = \"test.jsonl\"\ntext_fields = [\"headline\", \"section\"]\nlabel_field = \"label\"\ngroup_field = \"group\"\n[features]\nchar_ngrams = [2, 4]\n[cv]\nfolds = 3\nc_grid = [1.0, 10.0]\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_train"))
        .args([
            "--task",
            dir.path().join("task.toml").to_str().unwrap(),
            "--models",
            dir.path().join("m").to_str().unwrap(),
        ])
        .output()
        .unwrap();
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
    assert_eq!(file["format"], "topic-stance/classifier");
    assert_eq!(
        file["classes"],
        serde_json::json!(["markets", "sport", "weather"])
    );
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
    assert_eq!(file["classes"], serde_json::json!(["politics", "weather"]));
    assert_eq!(file["model"]["kind"], "multilabel");
    assert_eq!(file["model"]["labels"].as_array().unwrap().len(), 2);
    assert_eq!(file["model"]["cross_validation"]["report"]["examples"], 90);
    // Whole label sets right on every test example, the empty set included.
    assert_eq!(file["test"]["examples"], 30);
    assert_eq!(file["test"]["accuracy"], 1.0, "{}", file["test"]);
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
