//! The routes: pages, downloads and the JSON API.

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;

use super::state::AppState;
use super::{api, document_page, grants_page, import_page, openapi, search_page, security};

/// Every API route as (method, path), as `/api/openapi.json` must describe them.
pub const API_ROUTES: [(&str, &str); 12] = [
    ("get", "/api/search"),
    ("get", "/api/documents/{id}"),
    ("get", "/api/documents/{id}/file"),
    ("get", "/api/documents/{id}/pages/{page}/image"),
    ("get", "/api/grants"),
    ("get", "/api/grants.csv"),
    ("post", "/api/uploads"),
    ("get", "/api/imports"),
    ("get", "/api/imports/{id}"),
    ("post", "/api/reindex"),
    ("get", "/api/status"),
    ("get", "/api/openapi.json"),
];

/// The application.
pub fn router(state: AppState) -> Router {
    let upload_limit = DefaultBodyLimit::max(state.max_upload_bytes);
    let api = Router::new()
        .route("/search", get(api::search))
        .route("/documents/{id}", get(api::document))
        .route("/documents/{id}/file", get(document_page::file))
        .route(
            "/documents/{id}/pages/{page}/image",
            get(document_page::image),
        )
        .route("/grants", get(api::grants))
        .route("/grants.csv", get(grants_page::csv_file))
        .route("/uploads", post(api::upload).layer(upload_limit))
        .route("/imports", get(api::imports))
        .route("/imports/{id}", get(api::import))
        .route("/reindex", post(api::reindex))
        .route("/status", get(api::status))
        .route("/openapi.json", get(openapi::document))
        .fallback(api::not_found);
    Router::new()
        .route("/", get(search_page::page))
        .route("/search", get(search_page::page))
        .route("/documents/{id}", get(document_page::page))
        .route("/documents/{id}/file", get(document_page::file))
        .route(
            "/documents/{id}/pages/{page}/image",
            get(document_page::image),
        )
        .route("/grants", get(grants_page::page))
        .route("/grants.csv", get(grants_page::csv_file))
        .route(
            "/import",
            get(import_page::page)
                .post(import_page::upload)
                .layer(upload_limit),
        )
        .nest("/api", api)
        .fallback(not_found_page)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::check_host,
        ))
        .layer(axum::middleware::map_response(security::harden))
        .with_state(state)
}

async fn not_found_page() -> super::error::PageError {
    super::error::AppError::not_found("halaman ini tidak ada").into()
}
