//! `POST /admin/reload`: loads the models folder again, guarded by a bearer token.
use super::blocking;
use super::health::Status;
use crate::server::problem::{ApiError, Problem};
use crate::server::state::AppState;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

/// Loads the models folder again and swaps it in; the old models stay on failure.
#[utoipa::path(post, path = "/admin/reload", tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Status),
        (status = 401, description = "`unauthorized`: no or a wrong bearer token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`reload-disabled`: no admin token is configured", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`reload-failed`: the new models were rejected; the old ones stay", body = Problem, content_type = "application/problem+json")))]
pub async fn reload(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let Some(token) = state.config.admin_token.clone() else {
        return Err(ApiError::ReloadDisabled);
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !constant_time_eq(given.as_bytes(), token.as_bytes()) {
        return Err(ApiError::Unauthorized);
    }
    let st = state.clone();
    let version = blocking(move || st.reload().map_err(ApiError::ReloadFailed)).await?;
    Ok(HttpResponse::Ok().json(Status {
        status: "reloaded".into(),
        version: Some(version),
    }))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    // Lengths leak nothing useful beyond the token length, which is not secret.
    a.len() == b.len() && bool::from(a.ct_eq(b))
}
