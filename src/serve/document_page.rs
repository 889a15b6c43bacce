//! The document page: the extracted fields with the passage each came from, every page's
//! text with its OCR confidence beside the page image (scans), and the original file.

use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use maud::{html, Markup};

use crate::model::{Evidence, TextOrigin};
use crate::store::StoredDocument;

use super::error::{AppError, PageError};
use super::html::{doc_type_label, layout, marked, rupiah, tanggal};
use super::state::AppState;

/// OCR confidence (0-100) below which a page is flagged for rescanning.
pub const LOW_CONFIDENCE: f32 = 60.0;

/// Reads a catalog id from the path, or says it is not one (400).
pub fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
        AppError::bad_request(format!(
            "'{raw}' is not a document id (a positive whole number)"
        ))
    })
}

/// Loads the document `raw` names, with its evidence; 400 or 404 when there is none.
pub async fn load(
    state: &AppState,
    raw: &str,
) -> Result<(StoredDocument, Vec<Evidence>), AppError> {
    let id = parse_id(raw)?;
    let doc =
        state.catalog.get(id).await?.ok_or_else(|| {
            AppError::not_found(format!("no document with id {id} in the catalog"))
        })?;
    let evidence = state.catalog.evidence(id).await?;
    Ok((doc, evidence))
}

/// GET `/documents/{id}`; `?q=` (the search the reader came from) adds a link back to it.
pub async fn page(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Html<String>, PageError> {
    let (doc, evidence) = load(&state, &raw).await?;
    let title = doc
        .record
        .title
        .clone()
        .unwrap_or_else(|| doc.source.clone());
    let back = pairs
        .iter()
        .find(|(k, v)| k == "q" && !v.trim().is_empty())
        .map(|(_, q)| q.trim().to_string());
    let content = html! {
        @if let Some(q) = &back {
            p { a #back href=(format!("/search?q={}", super::params::encode(q))) { "‹ Kembali ke hasil pencarian “" (q) "”" } }
        }
        (body(&doc, &evidence))
    };
    Ok(layout(&title, "cari", content))
}

/// GET `/documents/{id}/file`: the catalogued original.
pub async fn file(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let id = parse_id(&raw)?;
    let doc =
        state.catalog.get(id).await?.ok_or_else(|| {
            AppError::not_found(format!("no document with id {id} in the catalog"))
        })?;
    Ok(super::images::original_file(&doc).await?)
}

/// GET `/documents/{id}/pages/{page}/image`.
pub async fn image(
    State(state): State<AppState>,
    Path((raw, page)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = parse_id(&raw)?;
    let page: u32 = page
        .parse()
        .map_err(|_| AppError::bad_request(format!("'{page}' is not a page number")))?;
    let doc =
        state.catalog.get(id).await?.ok_or_else(|| {
            AppError::not_found(format!("no document with id {id} in the catalog"))
        })?;
    super::images::page_image(&state.data, &doc, page, &state.pipeline).await
}

fn passage(doc: &StoredDocument, e: &Evidence) -> Option<String> {
    let text = doc
        .pages
        .get(e.page.checked_sub(1)? as usize)?
        .text
        .get(e.start..e.end)?;
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// One row per value: label, value, and where it was read.
fn row(
    doc: &StoredDocument,
    ev: &[Evidence],
    label: &str,
    field: &str,
    value: &str,
    shown: Markup,
) -> Markup {
    let found = ev.iter().find(|e| e.field == field && e.value == value);
    html! {
        tr {
            td { (label) }
            td { (shown) }
            td.evidence {
                @if let Some(e) = found {
                    a href=(format!("#hlm-{}", e.page)) { "hlm. " (e.page) } ": “"
                    (passage(doc, e).unwrap_or_default()) "”"
                }
            }
        }
    }
}

fn body(doc: &StoredDocument, ev: &[Evidence]) -> Markup {
    let r = &doc.record;
    let low_pages = doc
        .pages
        .iter()
        .filter(|p| p.origin == TextOrigin::Ocr && p.confidence.is_some_and(|c| c < LOW_CONFIDENCE))
        .count();
    html! {
        div.card {
            h1 { (r.title.clone().unwrap_or_else(|| doc.source.clone())) }
            p {
                span.tag { (doc_type_label(r.doc_type.as_str())) }
                (doc.source) " · " (doc.format.to_uppercase()) " · " (doc.pages.len()) " halaman"
                @if low_pages > 0 { " " span.tag.warn { (low_pages) " halaman OCR berkeyakinan rendah" } }
            }
            p {
                a.btn #download href=(format!("/documents/{}/file", doc.id)) { "Unduh berkas asli" }
                " "
                a.btn.light href=(format!("/api/documents/{}", doc.id)) { "JSON" }
            }
        }
        div.card {
            h2 { "Data yang diekstrak" }
            table.fields {
                thead { tr { th { "Kolom" } th { "Nilai" } th { "Sumber (halaman dan kutipan)" } } }
                tbody {
                    @if let Some(t) = &r.title { (row(doc, ev, "Perihal / judul", "title", t, html! { (t) })) }
                    @for n in &r.numbers { (row(doc, ev, "Nomor", "numbers", n, html! { (n) })) }
                    @if let Some(d) = r.date { (row(doc, ev, "Tanggal", "date", &d.to_string(), html! { (tanggal(d)) })) }
                    @if let Some(p) = &r.place { (row(doc, ev, "Tempat", "place", p, html! { (p) })) }
                    @for p in &r.parties { (row(doc, ev, "Pihak", "parties", p, html! { (p) })) }
                    @for s in &r.signatories {
                        (row(doc, ev, "Penandatangan", "signatories.name", &s.name, html! {
                            (s.name) @if let Some(pos) = &s.position { br; span.muted { (pos) } }
                        }))
                    }
                    @for a in &r.amounts {
                        (row(doc, ev, "Nilai", "amounts", &a.value.0.to_string(), html! {
                            (rupiah(a.value.0))
                            @match a.words_agree {
                                Some(true) => { " " span.tag.ok { "sesuai terbilang" } }
                                Some(false) => { " " span.tag.warn { "berbeda dengan terbilang: "
                                    (a.words_value.map(|w| rupiah(w.0)).unwrap_or_default()) } }
                                None => {}
                            }
                        }))
                    }
                    @for d in &r.dates { (row(doc, ev, "Tanggal disebut", "dates", &d.to_string(), html! { (tanggal(*d)) })) }
                    @for x in &r.references {
                        @let key = reference_value(x);
                        @let shown = match x.year { Some(y) => format!("{} {} tahun {y}", x.kind.as_str(), x.number), None => format!("{} {}", x.kind.as_str(), x.number) };
                        (row(doc, ev, "Merujuk", "references", &key, html! { (shown) }))
                    }
                    @for c in &r.classification {
                        tr { td { "Klasifikasi" } td { (c.code) " (" (c.subject_code) " " (c.subject) ")" } td {} }
                    }
                }
            }
        }
        h2 { "Isi naskah per halaman" }
        @for p in &doc.pages {
            @let scan = p.origin == TextOrigin::Ocr;
            @let marks: Vec<(usize, usize)> = page_marks(ev, p.number);
            div.card id=(format!("hlm-{}", p.number)) {
                h3 {
                    "Halaman " (p.number) " "
                    @match p.origin {
                        TextOrigin::TextLayer => span.tag { "teks PDF" },
                        TextOrigin::Plain => span.tag { "teks" },
                        TextOrigin::None => span.tag.warn { "tanpa teks" },
                        TextOrigin::Ocr => {
                            @let c = p.confidence.unwrap_or(0.0);
                            span.tag.ok[c >= LOW_CONFIDENCE].warn[c < LOW_CONFIDENCE] {
                                "OCR · keyakinan " (format!("{c:.0}")) "%"
                            }
                        }
                    }
                    @if let Some(e) = &p.error { " " span.muted { (e) } }
                }
                div.page.noimg[!scan] {
                    @if scan {
                        a href=(format!("/documents/{}/pages/{}/image", doc.id, p.number)) {
                            img src=(format!("/documents/{}/pages/{}/image", doc.id, p.number))
                                alt=(format!("Pindaian halaman {}", p.number));
                        }
                    }
                    pre { (marked(&p.text, &marks)) }
                }
            }
        }
    }
}

/// How extraction names a reference in its evidence (`UU 10/2016`).
fn reference_value(r: &crate::model::Reference) -> String {
    let year = r
        .year
        .map(|y| y.to_string())
        .filter(|y| !r.number.ends_with(y.as_str()))
        .map(|y| format!("/{y}"))
        .unwrap_or_default();
    format!("{} {}{year}", r.kind.as_str(), r.number)
}

/// Non-overlapping evidence spans on page `page`, in order.
fn page_marks(ev: &[Evidence], page: u32) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = ev
        .iter()
        .filter(|e| e.page == page && e.start < e.end)
        .map(|e| (e.start, e.end))
        .collect();
    spans.sort();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if s.0 < last.1 => last.1 = last.1.max(s.1),
            _ => out.push(s),
        }
    }
    out
}
