//! `serve` on a missing, truncated, corrupted or wrong-version model file exits non-zero
//! with a message naming the file and the problem: no panic, no backtrace. A running
//! server against hostile clients: stalled and trickled bodies are answered 408 and
//! closed, HEAD works on the wire, protocol errors are logged at WARN, and 16 hostile
//! 1 MiB bodies at once keep the process under 1 GiB.
mod common;
mod spawn;
use spawn::{read_answer, request, spawn_app};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use topic_stance::server::ServerConfig;

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
        (
            "speaker score of another build",
            Box::new(|d: &std::path::Path| {
                let mut v: serde_json::Value = serde_json::from_slice(&committed()).unwrap();
                v["speaker_score"]["features"][0] = "renamed".into();
                std::fs::write(d.join("model.json"), serde_json::to_vec(&v).unwrap()).unwrap()
            }),
            "speaker score was trained on features",
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

fn quick_timeout() -> ServerConfig {
    ServerConfig {
        request_timeout_secs: 2,
        ..Default::default()
    }
}

#[test]
fn a_stalled_body_is_answered_408_and_closed() {
    let server = spawn_app(quick_timeout());
    let started = Instant::now();
    let mut s = spawn::connect(
        server.addr,
        b"POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nten bytes.",
    );
    let r = read_answer(&mut s, Duration::from_secs(20), started);
    assert_eq!(r.status, 408, "{r:?}");
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        r.json()["type"],
        "https://topic-stance.dev/problems/request-timeout"
    );
    assert!(r.closed, "the connection stays open after the 408");
    let secs = r.elapsed.as_secs_f64();
    assert!(
        (1.5..10.0).contains(&secs),
        "answered after {secs:.1} s with a 2 s limit"
    );
}

#[test]
fn a_trickled_body_is_cut_off_at_the_limit() {
    let server = spawn_app(quick_timeout());
    let started = Instant::now();
    let mut s = spawn::connect(
        server.addr,
        b"POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n",
    );
    // One byte every 250 ms: never idle for long, but never done within 2 s.
    for _ in 0..40 {
        if s.write_all(b"a").is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
        if started.elapsed() > Duration::from_secs(4) {
            break;
        }
    }
    let r = read_answer(&mut s, Duration::from_secs(10), started);
    assert_eq!(r.status, 408, "{r:?}");
    assert!(r.closed);
}

#[test]
fn many_stalled_bodies_are_all_closed_and_others_are_served_meanwhile() {
    let server = spawn_app(quick_timeout());
    let started = Instant::now();
    let mut stalled: Vec<_> = (0..300)
        .map(|_| {
            spawn::connect(
                server.addr,
                b"POST /v1/classify/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n[",
            )
        })
        .collect();
    let ok = spawn::raw(
        server.addr,
        &request(
            "POST",
            "/v1/classify",
            &[("Content-Type", "text/plain")],
            b"Ministers met in Rabat.",
        ),
        Duration::from_secs(20),
    );
    assert_eq!(ok.status, 200, "an ordinary request while 300 bodies stall");
    let mut answered = 0;
    for s in &mut stalled {
        let r = read_answer(s, Duration::from_secs(20), started);
        assert!(r.closed, "a stalled connection stayed open");
        answered += usize::from(r.status == 408);
    }
    assert_eq!(answered, stalled.len());
}

#[test]
fn head_over_the_wire_has_headers_and_no_body() {
    let server = spawn_app(ServerConfig::default());
    let get = spawn::raw(
        server.addr,
        b"GET /v1/example HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        Duration::from_secs(10),
    );
    let head = spawn::raw(
        server.addr,
        b"HEAD /v1/example HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        Duration::from_secs(10),
    );
    assert_eq!((get.status, head.status), (200, 200));
    assert!(head.body.is_empty(), "HEAD sent a body");
    assert_eq!(head.header("content-type"), get.header("content-type"));
    assert!(!get.body.is_empty());
}

/// A `serve` process on a free port with JSON logs to a file.
struct Serve {
    child: std::process::Child,
    addr: std::net::SocketAddr,
    log: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Serve {
    // The child is waited for in Drop, or before the panic when it does not start.
    #[allow(clippy::zombie_processes)]
    fn start(args: &[&str]) -> Serve {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("serve.log");
        let child = Command::new(env!("CARGO_BIN_EXE_serve"))
            .current_dir(common::repo())
            .args(["--addr", "127.0.0.1:0", "--log-format", "json"])
            .args(args)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            if let Some(addr) = text.lines().find_map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).ok()?;
                (v["message"] == "serving").then(|| v["addr"].as_str()?.parse().ok())?
            }) {
                return Serve {
                    child,
                    addr,
                    log,
                    _dir: dir,
                };
            }
            if Instant::now() > deadline {
                let mut child = child;
                let _ = child.kill();
                let _ = child.wait();
                panic!("serve did not start: {text}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn peak_rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }

    fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap()
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn client_protocol_errors_are_logged_at_warn_not_error() {
    let serve = Serve::start(&[]);
    for bad in [
        &b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"[..],
        b"NOT HTTP AT ALL\r\n\r\n",
        b"POST /v1/classify HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\nzz\r\n",
    ] {
        let r = spawn::raw(serve.addr, bad, Duration::from_secs(10));
        assert_eq!(r.status, 400, "{r:?}");
    }
    std::thread::sleep(Duration::from_millis(300));
    let logs = serve.logs();
    let levels: Vec<String> = logs
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["level"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(!levels.iter().any(|l| l == "ERROR"), "{logs}");
    assert!(logs.contains("client protocol error"), "{logs}");
}

/// 16 hostile 1 MiB bodies at once (the kinds that once took a server to 3.45 GB):
/// every one is answered and the process's peak resident memory stays under 1 GiB.
#[test]
fn sixteen_hostile_bodies_at_once_stay_under_a_gibibyte() {
    let serve = Serve::start(&[]);
    let bodies: Vec<Vec<u8>> = vec![
        "\"".repeat(1 << 20).into_bytes(),
        "He said \"a\". ".repeat(80_000).into_bytes(),
        "a\n".repeat(500_000).into_bytes(),
        "“ ” « \" ‘ ".repeat(1_000_000 / 17).into_bytes(),
    ];
    let addr = serve.addr;
    let threads: Vec<_> = (0..16)
        .map(|i| {
            let body = bodies[i % bodies.len()].clone();
            std::thread::spawn(move || {
                let req = request(
                    "POST",
                    "/v1/classify",
                    &[("Content-Type", "text/plain"), ("Connection", "close")],
                    &body,
                );
                let r = spawn::raw(addr, &req, Duration::from_secs(300));
                (r.status, r.body.len(), body.len())
            })
        })
        .collect();
    for t in threads {
        let (status, answer, body) = t.join().unwrap();
        assert_eq!(status, 200);
        assert!(
            answer <= body,
            "an answer of {answer} bytes to a body of {body}"
        );
    }
    let peak = serve.peak_rss_kib();
    assert!(peak < 1024 * 1024, "peak resident memory {peak} KiB");
}
