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
