//! The `classify` command: JSONL in, one result per line out in order, bad lines
//! reported with their line number while the rest carries on.
mod common;
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn jsonl_in_results_out_bad_lines_reported() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_classify"))
        .current_dir(common::repo())
        .arg("--no-sentences")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = "{\"id\": \"a\", \"text\": \"Customs officers seized 300 kg of cocaine hidden in banana crates at the port.\"}\n{broken\n{\"id\": \"c\", \"text\": \"The two foreign ministers signed a border treaty in Rabat.\"}\n";
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0]["labels"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("trafficking")));
    assert_eq!(lines[1]["id"], "c");
    assert!(String::from_utf8_lossy(&out.stderr).contains("stdin:2"));
}
