//! Training is deterministic, the committed models are exactly what `train` produces
//! on the committed data, bad data is rejected with every bad line, and a killed
//! `train` never damages the models it was replacing.
mod common;
use std::path::Path;
use std::process::Command;
use topic_stance::model_file as artifact;

fn train(models: &Path, epoch: i64, data: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_train"))
        .current_dir(common::repo())
        .args(["--models", models.to_str().unwrap()])
        .env("SOURCE_DATE_EPOCH", epoch.to_string())
        .env("TOPIC_STANCE_DATA", data)
        .output()
        .expect("train runs")
}

fn committed_epoch() -> i64 {
    let file = artifact::load(&common::repo().join("models")).unwrap();
    time::OffsetDateTime::parse(
        &file.trained_at,
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap()
    .unix_timestamp()
}

#[test]
fn training_twice_gives_identical_files_equal_to_the_committed_models() {
    // The committed files hold figures measured on the shared data: reproducing them
    // needs it.
    let Some(data) = common::shared_data(
        "training::training_twice_gives_identical_files_equal_to_the_committed_models",
    ) else {
        return;
    };
    let epoch = committed_epoch();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for dir in [&a, &b] {
        let out = train(dir.path(), epoch, &data);
        assert!(
            out.status.success(),
            "train failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for name in [artifact::MODEL_FILE, artifact::METRICS_FILE] {
        let first = std::fs::read(a.path().join(name)).unwrap();
        let second = std::fs::read(b.path().join(name)).unwrap();
        assert!(
            first == second,
            "{name} differs between two runs at byte {:?}",
            first_difference(&first, &second)
        );
        let committed = std::fs::read(common::repo().join("models").join(name)).unwrap();
        assert!(
            first == committed,
            "{name}: the committed file is not what `train` produces on the committed data (first difference at byte {:?}); run `cargo run --release --bin train` and commit models/",
            first_difference(&first, &committed)
        );
    }
}

fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .or((a.len() != b.len()).then(|| a.len().min(b.len())))
}

#[test]
fn invalid_rows_are_all_listed_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("topics")).unwrap();
    std::fs::create_dir_all(dir.path().join("stance")).unwrap();
    std::fs::write(
        dir.path().join("task.toml"),
        "[[task]]\nname = \"topics\"\nkind = \"multilabel\"\ntrain = \"topics\"\nlabels = [\"terrorism\"]\n\
         [[task]]\nname = \"stance\"\nkind = \"multiclass\"\ntrain = \"stance\"\nlabel_field = \"stance\"\nlabels = [\"favor\", \"against\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("topics/a.jsonl"),
        "{\"text\": \"fine\", \"labels\": []}\n{bad\n{\"text\": \"x\", \"labels\": [\"sports\"]}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("stance/b.jsonl"),
        "{\"text\": \"\", \"stance\": \"favor\"}\n{\"text\": \"y\", \"stance\": \"maybe\"}\n",
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
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for want in [
        "a.jsonl:2: invalid JSON",
        "a.jsonl:3: unknown label \"sports\"",
        "b.jsonl:1: empty text",
        "b.jsonl:2: unknown label \"maybe\"",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
    assert!(!err.contains("panicked"));
    assert!(
        !dir.path().join("m").exists(),
        "nothing is written for bad data"
    );
}

/// Without the evaluation data, `train` would write models that lack their real-text
/// figures: it refuses, names the setting, and leaves the files as they were.
#[test]
fn without_the_evaluation_data_train_leaves_the_models_alone() {
    let dir = tempfile::tempdir().unwrap();
    for name in [artifact::MODEL_FILE, artifact::METRICS_FILE] {
        std::fs::copy(
            common::repo().join("models").join(name),
            dir.path().join(name),
        )
        .unwrap();
    }
    let missing = dir.path().join("no-such-data");
    let out = train(dir.path(), committed_epoch(), &missing);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("TOPIC_STANCE_DATA")
            && err.contains("--no-eval")
            && err.contains("no-such-data"),
        "{err}"
    );
    for name in [artifact::MODEL_FILE, artifact::METRICS_FILE] {
        assert_eq!(
            std::fs::read(dir.path().join(name)).unwrap(),
            std::fs::read(common::repo().join("models").join(name)).unwrap(),
            "{name} changed"
        );
    }
}

#[test]
fn killing_train_at_any_moment_leaves_the_old_models_loadable() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::repo().join("models/model.json"),
        dir.path().join("model.json"),
    )
    .unwrap();
    let before = std::fs::read(dir.path().join("model.json")).unwrap();
    for delay_ms in [50u64, 400, 1500, 4000, 8000] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_train"))
            .current_dir(common::repo())
            .args(["--models", dir.path().to_str().unwrap(), "--no-eval"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(dir.path().join("model.json")).unwrap();
        // Either untouched or replaced whole by a complete, verified file.
        assert!(
            now == before || artifact::load(dir.path()).is_ok(),
            "after a kill at {delay_ms} ms the model file is damaged"
        );
        assert!(artifact::load(dir.path()).is_ok());
    }
}
