//! The grants page for budget officers (`/grants`) and its CSV (`/grants.csv`).

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use maud::html;

use super::chart::bars;
use super::error::{AppError, PageError};
use super::grants::{csv, grants, totals, Grant, GrantKind};
use super::html::{layout, rupiah, tanggal};
use super::state::AppState;

/// The grants and their totals from the current records.
pub async fn load(state: &AppState) -> Result<Vec<Grant>, AppError> {
    let records = state.records.get(&state.catalog).await?;
    Ok(grants(&records.docs))
}

/// GET `/grants`.
pub async fn page(State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let list = load(&state).await?;
    let t = totals(&list);
    let flagged = list.iter().filter(|g| !g.flags.is_empty()).count();
    let per_grantee: Vec<(String, i64)> = {
        let mut v: Vec<(String, i64)> = t
            .per_grantee
            .iter()
            .map(|(k, v)| (k.clone(), v.1))
            .collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        v
    };
    let per_year: Vec<(String, i64)> = t
        .per_year
        .iter()
        .map(|(y, v)| {
            (
                if *y == 0 {
                    "tanpa tanggal".to_string()
                } else {
                    y.to_string()
                },
                v.1,
            )
        })
        .collect();
    let content = html! {
        div.card {
            h1 { "Hibah daerah" }
            p.muted {
                (t.agreements) " perjanjian hibah (NPHD) senilai " strong { (rupiah(t.amount)) }
                " · " (list.len() - t.agreements) " surat/keputusan terkait hibah (tidak dijumlahkan, agar tahapan tidak terhitung dua kali)"
                @if flagged > 0 { " · " span.tag.warn { (flagged) " perlu diperiksa" } }
            }
            p { a.btn #csv href="/grants.csv" download="hibah.csv" { "Unduh CSV" } " " a.btn.light href="/api/grants" { "JSON" } }
        }
        div.totals {
            div.card {
                h2 { "Total per penerima" }
                (bars("Total hibah per penerima", &per_grantee, rupiah))
            }
            div.card {
                h2 { "Total per tahun" }
                (bars("Total hibah per tahun", &per_year, rupiah))
            }
        }
        div.card {
            h2 { "Daftar hibah" }
            table #grants {
                thead { tr {
                    th { "Naskah" } th { "Tanggal" } th { "Pemberi" } th { "Penerima" }
                    th.num { "Nilai" } th.num { "Tahapan / rincian" } th { "Catatan" }
                } }
                tbody {
                    @for g in &list {
                        tr {
                            td {
                                a href=(format!("/documents/{}", g.id)) { (g.numbers.first().cloned().unwrap_or_else(|| g.source.clone())) }
                                br;
                                span.tag { @match g.kind { GrantKind::Agreement => "NPHD", GrantKind::Letter => "surat" } }
                                span.muted { (g.source) }
                            }
                            td { @if let Some(d) = g.date { (tanggal(d)) } @else { "—" } }
                            td { (g.grantor.clone().unwrap_or_else(|| "—".into())) }
                            td { (g.grantee.clone().unwrap_or_else(|| "—".into())) }
                            td.num { @if let Some(a) = g.amount { (rupiah(a)) } @else { "—" } }
                            td.num { @for t in &g.tranches { (rupiah(*t)) br; } }
                            td {
                                @if g.flags.is_empty() { span.tag.ok { "sesuai" } }
                                @for f in &g.flags { span.tag.warn { (f.message) } br; }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout("Hibah", "hibah", content))
}

/// GET `/grants.csv` (also `/api/grants.csv`).
pub async fn csv_file(State(state): State<AppState>) -> Result<Response, AppError> {
    let list = load(&state).await?;
    let bytes = csv(&list).map_err(|e| AppError::internal(format!("cannot write the CSV: {e}")))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"hibah.csv\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
