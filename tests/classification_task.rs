//! Any labelled text trains the same engine: a task file with `kind = "multiclass"`,
//! two text fields, a group field, word and character n-grams; `train --task` fits,
//! tests and writes a classifier file.
use std::process::Command;
use topic_stance::training::classification::Classifier;

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
    std::fs::write(
        dir.join("task.toml"),
        format!("kind = \"multiclass\"\ntrain = \"train.jsonl\"\ntest = \"test.jsonl\"\ntext_fields = [\"headline\"]\nlabel_field = \"label\"\ngroup_field = \"group\"\n[features.words]\nmin_df = 1\n{pair}[cv]\nfolds = 3\nc_grid = [1.0, 10.0]\n"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_train"))
        .args([
            "--task",
            dir.join("task.toml").to_str().unwrap(),
            "--models",
            dir.join("m").to_str().unwrap(),
        ])
        .output()
        .unwrap();
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
    let terms = file["pair"]["terms"].as_array().unwrap();
    assert!(terms.contains(&serde_json::json!("cover=0")), "{terms:?}");

    // A saved classifier predicts from a record the way the trainer measured it.
    let classifier = Classifier::load(&with.path().join("m")).unwrap();
    let record = |headline: &str| serde_json::json!({"headline": headline, "claim": "w99x0 w99x1 w99x2 w99x3"});
    assert_eq!(
        classifier.predict(&record("w99x0 w99x2")).unwrap(),
        "repeats"
    );
    assert_eq!(
        classifier.predict(&record("w99x15 w99x25")).unwrap(),
        "differs"
    );
    assert!(classifier
        .predict(&serde_json::json!({"headline": "w99x0"}))
        .is_err());
}

#[test]
fn classifier_files_without_pair_features_still_load() {
    let dir = tempfile::tempdir().unwrap();
    train_alignment(dir.path(), "");
    let path = dir.path().join("m/model.json");
    let mut file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let obj = file.as_object_mut().unwrap();
    obj.remove("pair");
    obj["task"]["features"]
        .as_object_mut()
        .unwrap()
        .remove("pair");
    std::fs::write(&path, serde_json::to_vec(&file).unwrap()).unwrap();
    let classifier = Classifier::load(&dir.path().join("m")).unwrap();
    assert!(classifier
        .predict(&serde_json::json!({"headline": "w1x0 w1x1"}))
        .is_ok());
}
