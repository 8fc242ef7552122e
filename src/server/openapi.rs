//! The OpenAPI document, generated from the handlers (utoipa), and the interactive page
//! at `/docs` (Swagger UI, vendored into the binary: no network at build or run time).
use super::routes;
use actix_web::web;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_swagger_ui::SwaggerUi;

#[derive(OpenApi)]
#[openapi(
    info(title = "topic-stance", description = "Topics of news text, its quotes, their speakers and stance."),
    paths(
        routes::classify, routes::classify_batch, routes::models, routes::example,
        routes::live, routes::ready, routes::metrics, routes::reload
    ),
    components(schemas(
        routes::ClassifyRequest, routes::ClassifyResponse, routes::BatchResponse, routes::BatchItem,
        routes::ModelsInfo, routes::Status, super::problem::Problem
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

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(SwaggerUi::new("/docs/{_:.*}").url("/openapi.json", ApiDoc::openapi()))
        .route(
            "/docs",
            web::get().to(|| async {
                actix_web::HttpResponse::Found()
                    .insert_header(("Location", "/docs/"))
                    .finish()
            }),
        );
}
