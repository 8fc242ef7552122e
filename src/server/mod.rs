//! The HTTP service: adapts requests to the library and results to JSON, nothing more.
//! [`config`] holds the settings and their one set of defaults, [`problem`] the one
//! error type and its mapping to RFC 9457 problem responses, [`request`] the decoding
//! of request bodies, [`state`] the swappable models, [`routes`] the handlers (one file
//! per group), [`telemetry`] metrics and logs, [`openapi`] the generated API description.
//!
//! [`app`] builds the one actix `App` and [`server`] the one `HttpServer` around it:
//! `serve` and every test use them.
pub mod config;
pub mod openapi;
pub mod problem;
pub mod request;
pub mod routes;
pub mod state;
pub mod telemetry;

pub use config::ServerConfig;
pub use state::AppState;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::{self, ErrorHandlers};
use actix_web::{web, App, HttpServer};
use std::net::TcpListener;
use std::time::Duration;

/// The application: every route, the OpenAPI document, the request log and metrics,
/// problem documents for every error, 404 for unknown routes.
pub fn app(
    state: web::Data<AppState>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let max_batch = state.config.max_batch_documents;
    App::new()
        .app_data(state)
        .wrap(ErrorHandlers::new().default_handler(problem::framework_error))
        .wrap(middleware::from_fn(telemetry::observe))
        .configure(routes::configure)
        .configure(|cfg| openapi::configure(cfg, max_batch))
        .default_service(web::to(routes::not_found))
}

/// The HTTP server on `listener`, with the configured workers, blocking pool, timeouts
/// and graceful shutdown (SIGTERM/SIGINT stop accepting and finish requests in flight).
pub fn server(state: web::Data<AppState>, listener: TcpListener) -> std::io::Result<Server> {
    let config = state.config.clone();
    Ok(HttpServer::new(move || app(state.clone()))
        .workers(config.worker_count())
        .worker_max_blocking_threads(config.blocking_threads_per_worker())
        .client_request_timeout(config.request_timeout())
        .client_disconnect_timeout(Duration::from_secs(1))
        .keep_alive(Duration::from_secs(config.keep_alive_secs))
        .shutdown_timeout(config.shutdown_timeout_secs)
        .listen(listener)?
        .run())
}
