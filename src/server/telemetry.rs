//! Metrics (Prometheus text format) and one structured log line per request: route,
//! status, latency and request id — never the submitted text.
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGaugeVec, Opts, Registry,
    TextEncoder,
};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

pub struct Telemetry {
    registry: Registry,
    pub requests: IntCounterVec,
    pub latency: HistogramVec,
    pub documents: IntCounter,
    pub quotes: IntCounter,
    pub predictions: IntCounterVec,
    pub reloads: IntCounterVec,
    model_info: IntGaugeVec,
    next_id: AtomicU64,
}

impl Default for Telemetry {
    fn default() -> Self {
        Self::new()
    }
}

impl Telemetry {
    pub fn new() -> Self {
        let registry = Registry::new_custom(Some("topic_stance".into()), None)
            .expect("static prefix is valid");
        let requests = IntCounterVec::new(
            Opts::new("http_requests_total", "HTTP requests by route and status"),
            &["route", "status"],
        )
        .expect("static metric");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "HTTP request latency by route",
            )
            .buckets(vec![
                0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
            ]),
            &["route"],
        )
        .expect("static metric");
        let documents =
            IntCounter::new("documents_total", "Documents analysed").expect("static metric");
        let quotes = IntCounter::new("quotes_total", "Quotes found").expect("static metric");
        let predictions = IntCounterVec::new(
            Opts::new("predictions_total", "Document-level labels predicted"),
            &["label"],
        )
        .expect("static metric");
        let reloads = IntCounterVec::new(
            Opts::new("model_reloads_total", "Model reloads by result"),
            &["result"],
        )
        .expect("static metric");
        let model_info = IntGaugeVec::new(
            Opts::new("model_info", "The loaded model version (value 1)"),
            &["version"],
        )
        .expect("static metric");
        for m in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(documents.clone()),
            Box::new(quotes.clone()),
            Box::new(predictions.clone()),
            Box::new(reloads.clone()),
            Box::new(model_info.clone()),
        ] {
            registry.register(m).expect("metric names are unique");
        }
        Telemetry {
            registry,
            requests,
            latency,
            documents,
            quotes,
            predictions,
            reloads,
            model_info,
            next_id: AtomicU64::new(1),
        }
    }

    pub fn set_model(&self, version: &str) {
        self.model_info.reset();
        self.model_info.with_label_values(&[version]).set(1);
    }

    pub fn render(&self) -> String {
        let mut buf = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut buf);
        String::from_utf8(buf).unwrap_or_default()
    }

    fn request_id(&self) -> String {
        format!(
            "{:08x}-{:06x}",
            std::process::id(),
            self.next_id.fetch_add(1, Ordering::Relaxed)
        )
    }
}

/// Middleware: request id, metrics and one log line per request.
pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let state = req
        .app_data::<actix_web::web::Data<super::AppState>>()
        .cloned();
    let id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(str::to_string)
        .or_else(|| state.as_ref().map(|s| s.telemetry.request_id()))
        .unwrap_or_default();
    let method = req.method().to_string();
    let mut res = next.call(req).await?;
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".into());
    let status = res.status().as_u16();
    let elapsed = started.elapsed();
    if let Some(s) = &state {
        s.telemetry
            .requests
            .with_label_values(&[&route, &status.to_string()])
            .inc();
        s.telemetry
            .latency
            .with_label_values(&[&route])
            .observe(elapsed.as_secs_f64());
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut()
            .insert(HeaderName::from_static("x-request-id"), v);
    }
    tracing::info!(request_id = %id, method, route, status, latency_ms = elapsed.as_secs_f64() * 1000.0, "request");
    Ok(res)
}

/// Log output: human-readable lines or one JSON object per line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Human,
    Json,
}

/// Logs to stderr at `RUST_LOG` (default `info`). actix-http logs a client's protocol
/// errors (a malformed request, a connection broken mid-body) at ERROR; they are the
/// client's fault, so [`ClientErrors`] writes them at WARN in place of the original.
pub fn init_logs(format: LogFormat) {
    use tracing_subscriber::filter::filter_fn;
    use tracing_subscriber::prelude::*;
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let not_demoted = filter_fn(|m| !ClientErrors::demotes(m));
    let registry = tracing_subscriber::registry()
        .with(filter)
        .with(ClientErrors { format });
    let fmt = tracing_subscriber::fmt::layer()
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Human => registry.with(fmt.with_filter(not_demoted)).try_init(),
        LogFormat::Json => registry
            .with(fmt.json().flatten_event(true).with_filter(not_demoted))
            .try_init(),
    };
}

/// Writes actix-http's ERROR events about a client's connection as WARN lines. (A layer
/// cannot log through `tracing` from inside an event, so it writes the line itself, in
/// the format of the others.)
pub struct ClientErrors {
    format: LogFormat,
}

impl ClientErrors {
    pub fn demotes(m: &tracing::Metadata<'_>) -> bool {
        *m.level() == tracing::Level::ERROR && m.target().starts_with("actix_http::h1")
    }
}

struct Message(String);

impl tracing::field::Visit for Message {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            self.0 = format!("{value:?}");
        }
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for ClientErrors {
    fn on_event(
        &self,
        event: &tracing::Event<'_>,
        _ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if !Self::demotes(event.metadata()) {
            return;
        }
        let mut message = Message(String::new());
        event.record(&mut message);
        // "Internal error" is the server's own fault and stays an error.
        let level = if message.0.contains("nternal") {
            "ERROR"
        } else {
            "WARN"
        };
        let now = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let line = match self.format {
            LogFormat::Json => serde_json::json!({
                "timestamp": now, "level": level, "message": "client protocol error", "error": message.0,
            })
            .to_string(),
            LogFormat::Human => format!("{now} {level:>5} client protocol error error={:?}", message.0),
        };
        use std::io::Write;
        let _ = writeln!(std::io::stderr().lock(), "{line}");
    }
}
