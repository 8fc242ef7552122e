//! `serve`: the HTTP service on the committed models. Every setting is a flag and an
//! environment variable (`serve --help`); their defaults live in
//! [`ServerConfig::default`], the server in [`server::server`].
use actix_web::web;
use clap::Parser;
use std::process::ExitCode;
use std::sync::Arc;
use topic_stance::analysis::Analyzer;
use topic_stance::server::telemetry::{self, LogFormat};
use topic_stance::server::{self, AppState, ServerConfig};

/// glibc's allocator spent about a sixth of a loaded server's time in malloc and free
/// (perf, reference article under wrk); mimalloc's per-thread heaps avoid that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(version, about = "Serve topic, quote and stance analysis over HTTP")]
struct Args {
    #[command(flatten)]
    config: ServerConfig,
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
    telemetry::init_logs(args.log_format);
    let config = args.config;
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
    let listener = match std::net::TcpListener::bind(&config.addr) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot listen on {}: {e}", config.addr);
            return ExitCode::FAILURE;
        }
    };
    let state = web::Data::new(AppState::new(config));
    state.install(analyzer);
    match actix_web::rt::System::new().block_on(run(state, listener)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(state: web::Data<AppState>, listener: std::net::TcpListener) -> std::io::Result<()> {
    watch_sighup(state.clone().into_inner());
    let addr = listener.local_addr()?;
    let version = state
        .models()
        .map(|a| a.model_file().version.clone())
        .unwrap_or_default();
    let server = server::server(state, listener)?;
    tracing::info!(%addr, version, pid = std::process::id(), "serving");
    // actix stops accepting on SIGTERM/SIGINT and finishes requests in flight.
    server.await?;
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
