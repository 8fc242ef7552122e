//! `serve` on a missing, truncated, corrupted or wrong-version model file exits non-zero
//! with a message naming the file and the problem: no panic, no backtrace.
mod common;
use std::process::Command;

fn serve_with(setup: impl Fn(&std::path::Path)) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    setup(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_serve"))
        .args([
            "--models",
            dir.path().to_str().unwrap(),
            "--addr",
            "127.0.0.1:0",
        ])
        .output()
        .expect("serve runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Prepares a models folder for one case.
type Setup = Box<dyn Fn(&std::path::Path)>;

fn committed() -> Vec<u8> {
    std::fs::read(common::repo().join("models/model.json")).unwrap()
}

#[test]
fn bad_model_files_are_named_and_explained() {
    let cases: Vec<(&str, Setup, &str)> = vec![
        ("missing", Box::new(|_: &std::path::Path| {}), "cannot read"),
        (
            "truncated",
            Box::new(|d: &std::path::Path| {
                std::fs::write(d.join("model.json"), &committed()[..5000]).unwrap()
            }),
            "corrupt or truncated",
        ),
        (
            "corrupted",
            Box::new(|d: &std::path::Path| {
                std::fs::write(d.join("model.json"), b"{\"format\": 12}").unwrap()
            }),
            "not a topic-stance model file",
        ),
        (
            "wrong version",
            Box::new(|d: &std::path::Path| {
                let text = String::from_utf8(committed()).unwrap().replacen(
                    "\"format_version\":2",
                    "\"format_version\":99",
                    1,
                );
                std::fs::write(d.join("model.json"), text).unwrap()
            }),
            "format version 99",
        ),
        (
            "inconsistent",
            Box::new(|d: &std::path::Path| {
                let mut v: serde_json::Value = serde_json::from_slice(&committed()).unwrap();
                v["tasks"][0]["model"]["labels"][0]["model"]["weights"]
                    .as_array_mut()
                    .unwrap()
                    .pop();
                std::fs::write(d.join("model.json"), serde_json::to_vec(&v).unwrap()).unwrap()
            }),
            "weights for",
        ),
    ];
    for (name, setup, reason) in cases {
        let (ok, err) = serve_with(setup);
        assert!(!ok, "{name}: serve should fail");
        assert!(
            err.contains("model.json"),
            "{name}: message should name the file: {err}"
        );
        assert!(
            err.contains(reason),
            "{name}: message should say {reason:?}: {err}"
        );
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{name}: {err}"
        );
    }
}
