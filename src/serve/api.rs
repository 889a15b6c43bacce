//! The JSON API under `/api/` (described by `/api/openapi.json`).

use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::document_page::load;
use super::error::AppError;
use super::find::find;
use super::grants::totals;
use super::import_page::FAILURES_SHOWN;
use super::imports::receive;
use super::params::SearchParams;
use super::security::require_write;
use super::state::AppState;

/// Hits per request unless `limit` says otherwise.
const DEFAULT_LIMIT: usize = 10;

/// GET `/api/search`.
pub async fn search(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<Value>, AppError> {
    let p = SearchParams::parse(&pairs, DEFAULT_LIMIT)?;
    let found = find(&state, &p).await?;
    Ok(Json(
        serde_json::to_value(found).map_err(|e| AppError::internal(e.to_string()))?,
    ))
}

/// GET `/api/documents/{id}`.
pub async fn document(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, AppError> {
    let (doc, evidence) = load(&state, &raw).await?;
    let evidence: Vec<Value> = evidence
        .iter()
        .map(|e| {
            let passage = doc
                .pages
                .get(e.page.saturating_sub(1) as usize)
                .and_then(|p| p.text.get(e.start..e.end))
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
            json!({ "field": e.field, "value": e.value, "page": e.page,
                    "start": e.start, "end": e.end, "passage": passage })
        })
        .collect();
    let pages: Vec<Value> = doc
        .pages
        .iter()
        .map(|p| {
            let image = (p.origin == crate::model::TextOrigin::Ocr)
                .then(|| format!("/api/documents/{}/pages/{}/image", doc.id, p.number));
            json!({ "number": p.number, "origin": p.origin, "confidence": p.confidence,
                    "error": p.error, "text": p.text, "image": image })
        })
        .collect();
    Ok(Json(json!({
        "id": doc.id, "source": doc.source, "sha256": doc.sha256, "format": doc.format,
        "record": doc.record, "evidence": evidence, "pages": pages,
        "file": format!("/api/documents/{}/file", doc.id),
    })))
}

/// GET `/api/grants`.
pub async fn grants(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    let list = super::grants_page::load(&state).await?;
    let t = totals(&list);
    let per_grantee: Vec<Value> = t
        .per_grantee
        .iter()
        .map(|(g, (n, a))| json!({ "grantee": g, "agreements": n, "amount": a }))
        .collect();
    let per_year: Vec<Value> = t
        .per_year
        .iter()
        .map(|(y, (n, a))| json!({ "year": if *y == 0 { None } else { Some(*y) }, "agreements": n, "amount": a }))
        .collect();
    Ok(Json(json!({
        "grants": list,
        "totals": { "agreements": t.agreements, "amount": t.amount,
                    "per_grantee": per_grantee, "per_year": per_year },
    })))
}

/// POST `/api/uploads`: multipart `file` fields; answers 202 with the import's id.
pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Multipart,
) -> Result<Response, AppError> {
    let id = receive(&state, &headers, form).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "import": id, "status": format!("/api/imports/{id}") })),
    )
        .into_response())
}

/// GET `/api/imports`: this server's imports and the catalog's recent failures.
pub async fn imports(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    let failures: Vec<Value> = state
        .catalog
        .failures(FAILURES_SHOWN)
        .await?
        .into_iter()
        .map(|(path, source, reason, at)| json!({ "path": path, "source": source, "reason": reason, "failed_at": at }))
        .collect();
    Ok(Json(
        json!({ "imports": state.imports.list(), "failures": failures }),
    ))
}

/// GET `/api/imports/{id}`.
pub async fn import(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, AppError> {
    let id: u64 = raw
        .parse()
        .map_err(|_| AppError::bad_request(format!("'{raw}' is not an import id")))?;
    let job = state
        .imports
        .get(id)
        .ok_or_else(|| AppError::not_found(format!("no import {id} on this server")))?;
    Ok(Json(
        serde_json::to_value(job).map_err(|e| AppError::internal(e.to_string()))?,
    ))
}

/// POST `/api/reindex`: adds to the index every catalogued document it lacks.
pub async fn reindex(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, AppError> {
    require_write(&state, &headers, None)?;
    let _turn = state.write_lock.lock().await;
    let added = crate::batch::sync_index(&state.catalog, &state.index).await?;
    state.records.invalidate().await;
    Ok(Json(json!({ "added": added })))
}

/// GET `/api/status`: counts of the archive.
pub async fn status(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    let (documents, pages, ocr_pages, failures) = state.catalog.totals().await?;
    Ok(Json(json!({
        "documents": documents, "pages": pages, "ocr_pages": ocr_pages, "failures": failures,
        "version": env!("CARGO_PKG_VERSION"),
    })))
}

/// Any other `/api/...` path.
pub async fn not_found() -> AppError {
    AppError::not_found("no such API endpoint; see /api/openapi.json")
}
