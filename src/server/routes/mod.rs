//! The API's routes, one file per group, each with its request and response types:
//! [`classify`] (one document and batches), [`models`], [`health`] (liveness, readiness,
//! metrics), [`admin`] (reload), [`page`] (the analyst web page and its example).
//! Every failure is an [`ApiError`]; GET routes answer HEAD too.
pub mod admin;
pub mod classify;
pub mod health;
pub mod models;
pub mod page;

use super::problem::ApiError;
use super::state::AppState;
use crate::analysis::Analyzer;
use actix_web::{guard, web, HttpRequest, HttpResponse, Route};
use std::sync::Arc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(post("/v1/classify").route(web::post().to(classify::classify)))
        .service(post("/v1/classify/batch").route(web::post().to(classify::classify_batch)))
        .service(get("/v1/models").route(read().to(models::models)))
        .service(get("/v1/example").route(read().to(page::example)))
        .service(get("/health/live").route(read().to(health::live)))
        .service(get("/health/ready").route(read().to(health::ready)))
        .service(get("/healthz").route(read().to(health::ready)))
        .service(get("/metrics").route(read().to(health::metrics)))
        .service(post("/admin/reload").route(web::post().to(admin::reload)));
    page::configure(cfg);
}

/// GET and HEAD (actix sends the headers of the GET answer without its body).
pub fn read() -> Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// A resource whose other methods get 405 with `Allow`.
pub fn resource(path: &str, allowed: &'static str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(move |req: HttpRequest| async move {
        Err::<HttpResponse, _>(ApiError::MethodNotAllowed {
            method: req.method().to_string(),
            allowed,
        })
    }))
}

fn get(path: &str) -> actix_web::Resource {
    resource(path, "GET, HEAD")
}

fn post(path: &str) -> actix_web::Resource {
    resource(path, "POST")
}

/// Unknown routes: 404 as a problem document.
pub async fn not_found(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound(req.path().chars().take(200).collect()))
}

/// The loaded models, or 503 before they are.
pub fn analyzer(state: &AppState) -> Result<Arc<Analyzer>, ApiError> {
    state.models().ok_or(ApiError::NotReady)
}

/// Runs work on the blocking pool; a panic there is a bug and becomes a 500, never a crash.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    web::block(f)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?
}
