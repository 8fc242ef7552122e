//! The HTTP service: adapts requests to the library and results to JSON, nothing more.
//! [`config`] holds the settings, [`problem`] the one error type and its mapping to
//! RFC 9457 problem responses, [`state`] the swappable models, [`routes`] the handlers,
//! [`telemetry`] metrics and request logs, [`openapi`] the generated API description,
//! [`page`] the analyst web page.
pub mod config;
pub mod openapi;
pub mod page;
pub mod problem;
pub mod routes;
pub mod state;
pub mod telemetry;

pub use config::ServerConfig;
pub use state::AppState;

use actix_web::web;

/// Registers every route; used by `serve` and by the integration tests.
pub fn configure(cfg: &mut web::ServiceConfig) {
    routes::configure(cfg);
    page::configure(cfg);
    openapi::configure(cfg);
}
