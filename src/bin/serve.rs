//! `serve`: the HTTP service on the committed models. Every setting is a flag and an
//! environment variable (`serve --help`).
use actix_web::{middleware, web, App, HttpServer};
use clap::{Parser, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use topic_stance::analysis::Analyzer;
use topic_stance::server::{self, telemetry, AppState, ServerConfig};

/// glibc's allocator spent about a sixth of a loaded server's time in malloc and free
/// (perf, reference article under wrk); mimalloc's per-thread heaps avoid that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Human,
    Json,
}

#[derive(Parser)]
#[command(version, about = "Serve topic, quote and stance analysis over HTTP")]
struct Args {
    /// Address to listen on.
    #[arg(long, env = "TOPIC_STANCE_ADDR", default_value = "127.0.0.1:8080")]
    addr: String,
    /// Folder holding model.json.
    #[arg(long, env = "TOPIC_STANCE_MODELS", default_value = "models")]
    models: PathBuf,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "TOPIC_STANCE_WORKERS")]
    workers: Option<usize>,
    /// Largest request body in bytes.
    #[arg(long, env = "TOPIC_STANCE_MAX_BODY_BYTES", default_value_t = 1024 * 1024)]
    max_body_bytes: usize,
    /// Most documents in one batch request.
    #[arg(long, env = "TOPIC_STANCE_MAX_BATCH_DOCUMENTS", default_value_t = 100)]
    max_batch_documents: usize,
    /// Largest batch request body in bytes.
    #[arg(long, env = "TOPIC_STANCE_MAX_BATCH_BYTES", default_value_t = 8 * 1024 * 1024)]
    max_batch_bytes: usize,
    /// Analyses running or queued before new requests get 503 with Retry-After.
    #[arg(long, env = "TOPIC_STANCE_MAX_PENDING", default_value_t = 64)]
    max_pending: usize,
    /// Bearer token enabling POST /admin/reload (16+ characters); reload is off without it.
    #[arg(long, env = "TOPIC_STANCE_ADMIN_TOKEN", hide_env_values = true)]
    admin_token: Option<String>,
    /// Article served at /v1/example for the web page's one-click example.
    #[arg(
        long,
        env = "TOPIC_STANCE_EXAMPLE",
        default_value = "../shared/seeds/morocco-world-news-khiame.txt"
    )]
    example: PathBuf,
    /// Log format.
    #[arg(
        long,
        env = "TOPIC_STANCE_LOG_FORMAT",
        value_enum,
        default_value = "human"
    )]
    log_format: LogFormat,
}

fn main() -> ExitCode {
    let args = Args::parse();
    init_logs(args.log_format);
    let config = ServerConfig {
        models: args.models.clone(),
        max_body_bytes: args.max_body_bytes,
        max_batch_documents: args.max_batch_documents,
        max_batch_bytes: args.max_batch_bytes,
        max_pending: args.max_pending,
        admin_token: args.admin_token.clone(),
        example: Some(args.example.clone()),
    };
    if let Err(e) = config.validate() {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let analyzer = match Analyzer::load(&config.models) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: cannot load models: {e}");
            return ExitCode::FAILURE;
        }
    };
    let state = web::Data::new(AppState::new(config));
    state.install(analyzer);
    match actix_web::rt::System::new().block_on(run(state, &args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_logs(format: LogFormat) {
    let filter =
        tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

async fn run(state: web::Data<AppState>, args: &Args) -> std::io::Result<()> {
    watch_sighup(state.clone().into_inner());
    let data = state.clone();
    let mut server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .wrap(middleware::from_fn(telemetry::observe))
            .configure(server::configure)
            .default_service(web::to(server::routes::not_found))
    })
    .shutdown_timeout(30)
    .bind(&args.addr)?;
    if let Some(w) = args.workers {
        server = server.workers(w.max(1));
    }
    tracing::info!(addr = %args.addr, version = %state.models().map(|a| a.model_file().version.clone()).unwrap_or_default(), "serving");
    // actix stops accepting on SIGTERM/SIGINT and finishes requests in flight.
    server.run().await?;
    tracing::info!("stopped");
    Ok(())
}

/// SIGHUP reloads the models folder; a broken folder is rejected and the old models stay.
fn watch_sighup(state: Arc<AppState>) {
    #[cfg(unix)]
    actix_web::rt::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let Ok(mut hup) = signal(SignalKind::hangup()) else {
            tracing::warn!("cannot listen for SIGHUP");
            return;
        };
        while hup.recv().await.is_some() {
            let st = state.clone();
            let _ = web::block(move || st.reload()).await;
        }
    });
}
