//! The OpenAPI document, generated from the handlers (utoipa), and the interactive page
//! at `/docs` (Swagger UI, vendored into the binary: no network at build or run time).
use super::problem::Problem;
use super::routes::{admin, classify, health, models, page};
use actix_web::web;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_swagger_ui::SwaggerUi;

#[derive(OpenApi)]
#[openapi(
    info(title = "topic-stance", description = "Topics of news text, its quotes, their speakers and stance.

Every error is `application/problem+json` (RFC 9457); its `type` names the problem. Bodies
are UTF-8, optionally `Content-Encoding: gzip`; limits are counted after decompression.
A client has `--request-timeout` seconds (15) for the headers and again for the body;
a request still incomplete gets 408 and its connection is closed. Each document's answer
lists at most `--max-sentences` (1000) sentences, `--max-quotes` (500) quotes and
`--max-warnings` (100) warnings plus one counting the rest, and says in `truncated` what
was left out. GET routes answer HEAD too; other methods get 405 with `Allow`."),
    paths(
        classify::classify, classify::classify_batch, models::models, page::example,
        health::live, health::ready, health::metrics, admin::reload
    ),
    components(schemas(
        classify::ClassifyRequest, classify::RequestOptions, classify::ClassifyResponse,
        classify::BatchResponse, classify::BatchItem, models::ModelsInfo, health::Status,
        page::Example, Problem
    )),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(c) = openapi.components.as_mut() {
            c.add_security_scheme(
                "bearer",
                SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
            );
        }
    }
}

/// The document, with the batch size limit this server was started with.
pub fn document(max_batch_documents: usize) -> utoipa::openapi::OpenApi {
    use utoipa::openapi::{schema::Schema, RefOr};
    let mut doc = ApiDoc::openapi();
    if let Some(RefOr::T(Schema::Array(batch))) = doc
        .components
        .as_mut()
        .and_then(|c| c.schemas.get_mut("BatchRequest"))
    {
        batch.max_items = Some(max_batch_documents);
    }
    doc
}

pub fn configure(cfg: &mut web::ServiceConfig, max_batch_documents: usize) {
    cfg.service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", document(max_batch_documents)))
        .route(
            "/docs",
            web::get().to(|| async {
                actix_web::HttpResponse::Found()
                    .insert_header(("Location", "/docs/"))
                    .finish()
            }),
        );
}
