//! The OpenAPI 3.1 description of the JSON API, written by hand and checked against
//! [`super::router::API_ROUTES`] by a test.

use axum::Json;
use serde_json::{json, Value};

use super::params::SEARCH_KEYS;

/// GET `/api/openapi.json`.
pub async fn document() -> Json<Value> {
    Json(spec())
}

fn param(name: &str, place: &str, kind: &str, description: &str) -> Value {
    json!({ "name": name, "in": place, "required": place == "path",
            "schema": { "type": kind }, "description": description })
}

fn search_param(name: &str) -> Value {
    let (kind, description) = match name {
        "q" => ("string", "Words, \"a phrase\" or a document number; empty lists every document, newest first"),
        "type" => ("string", "Document kind: surat_edaran, nphd, mou, perjanjian_kerja_sama, keputusan, peraturan, surat_dinas, nota_dinas, berita_acara, undangan, lainnya"),
        "year" => ("integer", "Documents dated in this year"),
        "from" => ("string", "Documents dated on or after this day (YYYY-MM-DD)"),
        "to" => ("string", "Documents dated on or before this day (YYYY-MM-DD)"),
        "min_amount" => ("string", "Documents stating an amount of at least this many rupiah (20000000000 or \"20 miliar\")"),
        "max_amount" => ("string", "Documents stating an amount of at most this many rupiah"),
        "party" => ("string", "Words of a party's name"),
        "signatory" => ("string", "Words of a signatory's name or position"),
        "cites" => ("string", "A cited regulation: \"UU 10/2016\", \"Permendagri 77/2020\""),
        "place" => ("string", "Where the document was issued"),
        "classification" => ("string", "A classification code or its subject (900)"),
        "sort" => ("string", "relevance (default) or date (newest first)"),
        "limit" => ("integer", "Hits to return, 1-100 (default 10)"),
        "offset" => ("integer", "Hits to skip, at most 10000"),
        _ => ("string", ""),
    };
    param(name, "query", kind, description)
}

fn error_response(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

fn ok_json(description: &str, schema: Value) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": schema } } })
}

/// The whole description.
pub fn spec() -> Value {
    let id = param("id", "path", "integer", "Catalog id of the document");
    let any = json!({ "type": "object" });
    let write_note = "Needs the write token (`Authorization: Bearer TOKEN`) when the server has one (always when it listens beyond loopback); requests from other web sites are refused.";
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "naskah API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Search and read an archive of Indonesian government documents; list grant agreements; upload files. Errors are JSON `{\"error\": message}` with status 400 (bad parameter, says which), 403, 404 or 413."
        },
        "paths": {
            "/api/search": { "get": {
                "summary": "Search documents",
                "parameters": SEARCH_KEYS.iter().map(|k| search_param(k)).collect::<Vec<_>>(),
                "responses": {
                    "200": ok_json("Hits (each with `id`, `source`, `title`, `doc_type`, `date`, `numbers`, `snippet_text`, `highlights`, `page`), `total` and facets", json!({ "$ref": "#/components/schemas/SearchResults" })),
                    "400": error_response("A parameter is wrong; the message names it")
                }
            } },
            "/api/documents/{id}": { "get": {
                "summary": "One document: record, evidence with passages, pages with text and OCR confidence",
                "parameters": [id.clone()],
                "responses": { "200": ok_json("The document", any.clone()), "400": error_response("Not an id"), "404": error_response("No such document") }
            } },
            "/api/documents/{id}/file": { "get": {
                "summary": "The original file as catalogued",
                "parameters": [id.clone()],
                "responses": { "200": { "description": "The file (its own media type)" }, "400": error_response("Not an id"), "404": error_response("No such document, or its file was moved") }
            } },
            "/api/documents/{id}/pages/{page}/image": { "get": {
                "summary": "PNG image of a scanned page",
                "parameters": [id, param("page", "path", "integer", "Page number, from 1")],
                "responses": { "200": { "description": "PNG", "content": { "image/png": {} } }, "400": error_response("Not an id or page number"), "404": error_response("No such page, or the page is text, not a scan") }
            } },
            "/api/grants": { "get": {
                "summary": "Grant agreements (NPHD) and grant letters, with grantor, grantee, amount, tranches, dates, flags; totals per grantee and year",
                "responses": { "200": ok_json("Grants and totals", any.clone()) }
            } },
            "/api/grants.csv": { "get": {
                "summary": "The grants table as CSV",
                "responses": { "200": { "description": "CSV", "content": { "text/csv": {} } } }
            } },
            "/api/uploads": { "post": {
                "summary": "Upload files to import (multipart `file` fields)",
                "description": write_note,
                "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": {
                    "type": "object", "properties": { "file": { "type": "array", "items": { "type": "string", "format": "binary" } }, "token": { "type": "string" } } } } } },
                "responses": {
                    "202": ok_json("Import started", json!({ "type": "object", "properties": { "import": { "type": "integer" }, "status": { "type": "string" } } })),
                    "400": error_response("No file, or a malformed upload"),
                    "403": error_response("Missing or wrong token, or another site"),
                    "413": error_response("Over the upload size limit")
                }
            } },
            "/api/imports": { "get": {
                "summary": "Imports started by this server (progress, results) and the catalog's recent failed files with reasons",
                "responses": { "200": ok_json("Imports and failures", any.clone()) }
            } },
            "/api/imports/{id}": { "get": {
                "summary": "One import's progress",
                "parameters": [param("id", "path", "integer", "Import id")],
                "responses": { "200": ok_json("The import", any.clone()), "400": error_response("Not an id"), "404": error_response("No such import") }
            } },
            "/api/reindex": { "post": {
                "summary": "Index every catalogued document the index lacks",
                "description": write_note,
                "responses": { "200": ok_json("How many were added", any.clone()), "403": error_response("Missing or wrong token") }
            } },
            "/api/status": { "get": {
                "summary": "Counts of documents, pages and failures",
                "responses": { "200": ok_json("Counts", any.clone()) }
            } },
            "/api/openapi.json": { "get": {
                "summary": "This description",
                "responses": { "200": ok_json("OpenAPI 3.1", any) }
            } }
        },
        "components": { "schemas": {
            "Error": { "type": "object", "required": ["error"], "properties": { "error": { "type": "string" } } },
            "SearchResults": { "type": "object", "properties": {
                "total": { "type": "integer" }, "offset": { "type": "integer" }, "limit": { "type": "integer" },
                "hits": { "type": "array", "items": { "type": "object", "required": ["id", "source"], "properties": {
                    "id": { "type": "integer" }, "source": { "type": "string" }, "score": { "type": "number" },
                    "doc_type": { "type": "string" }, "date": { "type": ["string", "null"] },
                    "numbers": { "type": "array", "items": { "type": "string" } }, "title": { "type": ["string", "null"] },
                    "snippet": { "type": "string" }, "snippet_text": { "type": "string" },
                    "highlights": { "type": "array" }, "page": { "type": "integer" } } } },
                "facets": { "type": "object" }, "parties": { "type": "array" }, "signatories": { "type": "array" },
                "cites": { "type": "array" },
                "amounts": { "type": "array", "description": "documents per amount range: label, min, max, count" },
                "facet_window": { "type": "integer" } } }
        } }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_described_and_nothing_else() {
        let spec = spec();
        let paths = spec["paths"].as_object().expect("paths");
        for (method, path) in super::super::router::API_ROUTES {
            assert!(
                paths.get(path).and_then(|p| p.get(method)).is_some(),
                "{method} {path} is not in openapi.json"
            );
        }
        let described: usize = paths
            .values()
            .map(|p| p.as_object().map_or(0, |o| o.len()))
            .sum();
        assert_eq!(described, super::super::router::API_ROUTES.len());
    }
}
