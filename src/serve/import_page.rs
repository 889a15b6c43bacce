//! The import page for archivists (`/import`): upload files, follow running imports, see
//! which files failed and why.

use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::html;

use super::error::PageError;
use super::html::layout_with;
use super::imports::{receive, JobState};
use super::state::AppState;

/// Failed files listed on the page.
pub const FAILURES_SHOWN: i64 = 100;

/// The Indonesian name of an import-queue state.
fn queue_label(state: crate::store::JobState) -> &'static str {
    use crate::store::JobState as S;
    match state {
        S::Found => "menunggu",
        S::Read => "dibaca",
        S::Ocred => "di-OCR",
        S::Extracted => "diekstrak",
        S::Catalogued => "tercatat",
        S::Indexed => "selesai",
        S::Present => "sudah ada",
        S::Failed => "gagal",
    }
}

/// GET `/import`.
pub async fn page(State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let jobs = state.imports.list();
    let failures = state.catalog.failures(FAILURES_SHOWN).await?;
    let (docs, pages, ocr, failed) = state.catalog.totals().await?;
    // Every import, from this page, `naskah ingest`, `watch` or workers on other machines.
    let queue = state.catalog.queue_counts().await?;
    let running = jobs.iter().any(|j| j.state != JobState::Finished);
    let content = html! {
        div.card {
            h1 { "Impor naskah" }
            p.muted { "Arsip berisi " (docs) " dokumen, " (pages) " halaman (" (ocr) " hasil OCR); " (failed) " berkas gagal tercatat." }
            @if !queue.is_empty() {
                p #queue.muted {
                    "Antrian impor (semua proses): "
                    @for (i, (st, n)) in queue.iter().enumerate() {
                        @if i > 0 { ", " }
                        (n) " " (queue_label(*st))
                    }
                }
            }
            form #upload method="post" action="/import" enctype="multipart/form-data" {
                p {
                    label for="files" { "Berkas (PDF, TIFF, PNG, JPEG, teks; boleh banyak sekaligus, maks. "
                        (state.max_upload_bytes >> 20) " MB per unggahan)" }
                    br;
                    input #files type="file" name="file" multiple required;
                }
                @if state.token.is_some() {
                    p { label for="token" { "Token penulisan" } br; input #token type="password" name="token" required; }
                }
                button type="submit" { "Unggah dan impor" }
            }
            p.muted { "Berkas yang sama (isi identik) tidak akan tercatat dua kali." }
        }
        div.card {
            h2 { "Impor berjalan dan terbaru" }
            @if jobs.is_empty() { p.muted { "Belum ada impor sejak server dinyalakan." } }
            @else {
                table #jobs {
                    thead { tr { th { "#" } th { "Mulai" } th { "Berkas" } th { "Kemajuan" } th { "Hasil" } } }
                    tbody {
                        @for j in &jobs {
                            tr id=(format!("job-{}", j.id)) {
                                td { (j.id) }
                                td { (j.started_at) }
                                td { @for f in &j.files { (f) br; } }
                                td {
                                    @let pct = if j.files.is_empty() { 100 } else { j.done * 100 / j.files.len() };
                                    div.progress { div style=(format!("width:{pct}%")) {} }
                                    span.muted { (j.done) " / " (j.files.len()) " · "
                                        @match j.state { JobState::Queued => "menunggu", JobState::Running => "berjalan", JobState::Finished => "selesai" } }
                                }
                                td {
                                    (j.ingested) " baru, " (j.already_present) " sudah ada, " (j.failed.len()) " gagal"
                                    @for d in &j.documents { br; a href=(format!("/documents/{d}")) { "lihat dokumen " (d) } }
                                    @for (f, why) in &j.failed { br; span.tag.warn { (f) ": " (why) } }
                                }
                            }
                        }
                    }
                }
            }
        }
        div.card {
            h2 { "Berkas gagal" }
            @if failures.is_empty() { p.muted { "Tidak ada berkas gagal." } }
            @else {
                table #failures {
                    thead { tr { th { "Waktu" } th { "Berkas" } th { "Alasan" } } }
                    tbody {
                        @for (path, source, reason, at) in &failures {
                            tr { td { (at.get(..19).unwrap_or(at).replace('T', " ")) } td { (source) br; span.muted { (path) } } td { (reason) } }
                        }
                    }
                }
            }
        }
    };
    Ok(layout_with("Impor", "impor", running.then_some(2), content))
}

/// POST `/import`: the upload form.
pub async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Multipart,
) -> Result<Response, PageError> {
    let id = receive(&state, &headers, form).await?;
    Ok(Redirect::to(&format!("/import#job-{id}")).into_response())
}
