//! Server settings: their one set of defaults ([`ServerConfig::default`]), the flags and
//! environment variables that change them (`serve --help`, read by clap from this very
//! struct), and their validation.
use crate::analysis::Limits;
use crate::error::{Error, Result};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, clap::Args)]
pub struct ServerConfig {
    /// Address to listen on.
    #[arg(long, env = "TOPIC_STANCE_ADDR", default_value_t = defaults().addr)]
    pub addr: String,
    /// Folder holding model.json.
    #[arg(long, env = "TOPIC_STANCE_MODELS", default_value_os_t = defaults().models)]
    pub models: PathBuf,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "TOPIC_STANCE_WORKERS")]
    pub workers: Option<usize>,
    /// Analyses that run at once, over all workers (default: one per core). Requests
    /// beyond them wait, up to --max-pending.
    #[arg(long, env = "TOPIC_STANCE_ANALYSIS_THREADS")]
    pub analysis_threads: Option<usize>,
    /// Largest request body in bytes (after decompression).
    #[arg(long, env = "TOPIC_STANCE_MAX_BODY_BYTES", default_value_t = defaults().max_body_bytes)]
    pub max_body_bytes: usize,
    /// Most documents in one batch request.
    #[arg(long, env = "TOPIC_STANCE_MAX_BATCH_DOCUMENTS", default_value_t = defaults().max_batch_documents)]
    pub max_batch_documents: usize,
    /// Largest batch request body in bytes (after decompression).
    #[arg(long, env = "TOPIC_STANCE_MAX_BATCH_BYTES", default_value_t = defaults().max_batch_bytes)]
    pub max_batch_bytes: usize,
    /// Analyses running or queued before new requests get 503 with Retry-After.
    #[arg(long, env = "TOPIC_STANCE_MAX_PENDING", default_value_t = defaults().max_pending)]
    pub max_pending: usize,
    /// Most sentences per document that get their own topics; the rest are counted in
    /// `truncated`.
    #[arg(long, env = "TOPIC_STANCE_MAX_SENTENCES", default_value_t = defaults().max_sentences)]
    pub max_sentences: usize,
    /// Most quotes per document listed with speaker and stance.
    #[arg(long, env = "TOPIC_STANCE_MAX_QUOTES", default_value_t = defaults().max_quotes)]
    pub max_quotes: usize,
    /// Most warnings per document listed; one more warning counts the rest.
    #[arg(long, env = "TOPIC_STANCE_MAX_WARNINGS", default_value_t = defaults().max_warnings)]
    pub max_warnings: usize,
    /// Seconds a client has to send a request's headers and whole body; a request still
    /// incomplete then is answered 408 and its connection closed.
    #[arg(long, env = "TOPIC_STANCE_REQUEST_TIMEOUT", default_value_t = defaults().request_timeout_secs)]
    pub request_timeout_secs: u64,
    /// Seconds an idle keep-alive connection stays open.
    #[arg(long, env = "TOPIC_STANCE_KEEP_ALIVE", default_value_t = defaults().keep_alive_secs)]
    pub keep_alive_secs: u64,
    /// Seconds to finish requests in flight after SIGTERM/SIGINT.
    #[arg(long, env = "TOPIC_STANCE_SHUTDOWN_TIMEOUT", default_value_t = defaults().shutdown_timeout_secs)]
    pub shutdown_timeout_secs: u64,
    /// Bearer token enabling POST /admin/reload (16+ characters); reload is off without it.
    #[arg(long, env = "TOPIC_STANCE_ADMIN_TOKEN", hide_env_values = true)]
    pub admin_token: Option<String>,
}

fn defaults() -> ServerConfig {
    ServerConfig::default()
}

impl Default for ServerConfig {
    /// The one place the server's defaults are written.
    fn default() -> Self {
        ServerConfig {
            addr: "127.0.0.1:8080".into(),
            models: PathBuf::from("models"),
            workers: None,
            analysis_threads: None,
            max_body_bytes: 1024 * 1024,
            max_batch_documents: 100,
            max_batch_bytes: 8 * 1024 * 1024,
            max_pending: 64,
            max_sentences: 1000,
            max_quotes: 500,
            max_warnings: 100,
            request_timeout_secs: 15,
            keep_alive_secs: 5,
            shutdown_timeout_secs: 30,
            admin_token: None,
        }
    }
}

/// The largest `options.explain_terms` a request may ask for.
pub const MAX_EXPLAIN_TERMS: usize = 50;

impl ServerConfig {
    pub fn validate(&self) -> Result<()> {
        let at_least_one = [
            ("max_body_bytes", self.max_body_bytes),
            ("max_batch_documents", self.max_batch_documents),
            ("max_batch_bytes", self.max_batch_bytes),
            ("max_pending", self.max_pending),
            ("request_timeout_secs", self.request_timeout_secs as usize),
            ("workers", self.workers.unwrap_or(1)),
            ("analysis_threads", self.analysis_threads.unwrap_or(1)),
        ];
        for (name, value) in at_least_one {
            if value == 0 {
                return Err(Error::param(name, "must be at least 1"));
            }
        }
        if self.admin_token.as_deref().is_some_and(|t| t.len() < 16) {
            return Err(Error::param("admin_token", "use at least 16 characters"));
        }
        Ok(())
    }

    /// What one document's answer may list.
    pub fn limits(&self) -> Limits {
        Limits {
            sentences: self.max_sentences,
            quotes: self.max_quotes,
            warnings: self.max_warnings,
        }
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs)
    }

    /// HTTP workers: as configured, or one per core.
    pub fn worker_count(&self) -> usize {
        self.workers.unwrap_or_else(cores).max(1)
    }

    /// Blocking threads per worker, so that all workers together run about
    /// `analysis_threads` (default: one per core) analyses at once.
    pub fn blocking_threads_per_worker(&self) -> usize {
        let total = self.analysis_threads.unwrap_or_else(cores).max(1);
        total.div_ceil(self.worker_count())
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}
