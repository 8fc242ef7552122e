//! The one way tests build the service: [`app!`] runs `server::app` in process
//! (actix_web::test), [`spawn_app`] runs `server::server` — the same builder `serve`
//! uses — on a free loopback port; [`raw`] talks to it over a plain socket, the way a
//! hostile client would.
#![allow(dead_code)]
use actix_web::web;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};
use topic_stance::analysis::Analyzer;
use topic_stance::server::{self, AppState, ServerConfig};

/// The committed models, loaded once per test binary and cloned per state.
fn analyzer() -> Analyzer {
    use std::sync::OnceLock;
    static FILE: OnceLock<topic_stance::model_file::ModelFile> = OnceLock::new();
    let file = FILE.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
        Analyzer::load(&dir)
            .expect("committed models load")
            .model_file()
            .clone()
    });
    Analyzer::new(file.clone()).expect("the committed model file is consistent")
}

/// State with the committed models loaded.
pub fn loaded_state(config: ServerConfig) -> web::Data<AppState> {
    let state = web::Data::new(AppState::new(config));
    state.install(analyzer());
    state
}

/// The app `serve` runs, in process: `app!(state)`.
#[macro_export]
macro_rules! app {
    ($state:expr) => {
        actix_web::test::init_service(topic_stance::server::app($state.clone())).await
    };
}

/// The shipped example article's text.
pub fn example_text() -> String {
    let v: serde_json::Value =
        serde_json::from_str(topic_stance::server::routes::page::EXAMPLE_JSON).unwrap();
    v["text"].as_str().unwrap().to_string()
}

/// A running server on a free loopback port; stopped on drop.
pub struct TestServer {
    pub addr: SocketAddr,
    handle: actix_web::dev::ServerHandle,
    thread: Option<std::thread::JoinHandle<()>>,
}

pub fn spawn_app(config: ServerConfig) -> TestServer {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let state = loaded_state(config);
            let server = server::server(state, listener).expect("the server starts");
            tx.send(server.handle()).unwrap();
            let _ = server.await;
        })
    });
    let handle = rx.recv().expect("the server thread starts");
    TestServer {
        addr,
        handle,
        thread: Some(thread),
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let rt = actix_web::rt::Runtime::new().unwrap();
        rt.block_on(self.handle.stop(false));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// An HTTP/1.1 answer read off a socket.
#[derive(Debug)]
pub struct Raw {
    pub status: u16,
    pub head: String,
    pub body: Vec<u8>,
    /// The server closed the connection after the answer.
    pub closed: bool,
    pub elapsed: Duration,
}

impl Raw {
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// Connects and writes `request` (bytes as they go on the wire).
pub fn connect(addr: SocketAddr, request: &[u8]) -> TcpStream {
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(request).unwrap();
    s
}

/// Reads one answer (status line, headers, `Content-Length` body), waiting at most
/// `wait` for it; then whether the server closes the connection within five seconds.
pub fn read_answer(s: &mut TcpStream, wait: Duration, started: Instant) -> Raw {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 65536];
    let mut closed = false;
    let deadline = Instant::now() + wait;
    let complete = |buf: &[u8]| -> Option<usize> {
        let end = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
        let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
        let len = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .map_or(0, |v| v.trim().parse::<usize>().unwrap_or(0));
        (buf.len() >= end + len).then_some(end + len)
    };
    while complete(&buf).is_none() && Instant::now() < deadline {
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        match s.read(&mut chunk) {
            Ok(0) => {
                closed = true;
                break;
            }
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if is_timeout(&e) => {}
            Err(_) => {
                closed = true;
                break;
            }
        }
    }
    let elapsed = started.elapsed();
    // The answer is whole: the server closes now or keeps the connection. (Up to five
    // seconds for the close, so that a loaded machine does not read a late close as an
    // open connection; a close returns at once.)
    if !closed {
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        closed = match s.read(&mut chunk) {
            Ok(0) => true,
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                false
            }
            Err(e) => !is_timeout(&e),
        };
    }
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(buf.len(), |p| p + 4);
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Raw {
        status,
        head,
        body: buf[end..].to_vec(),
        closed,
        elapsed,
    }
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

/// Sends `request` on a new connection and reads the answer.
pub fn raw(addr: SocketAddr, request: &[u8], wait: Duration) -> Raw {
    let started = Instant::now();
    let mut s = connect(addr, request);
    read_answer(&mut s, wait, started)
}

/// A complete request with a body.
pub fn request(method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (n, v) in headers {
        r.push_str(&format!("{n}: {v}\r\n"));
    }
    r.push_str("\r\n");
    let mut bytes = r.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}
