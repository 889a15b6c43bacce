//! The search page (`/`, `/search`): query box, filters, facets, hits with their
//! highlighted passage, paging.

use axum::extract::{Query, State};
use axum::response::Html;
use maud::{html, Markup};

use crate::model::DocType;

use super::error::PageError;
use super::find::{find, types_desc, years_desc, FacetValue, Found};
use super::html::{doc_type_label, layout, marked, tanggal_str};
use super::params::{encode, query_string, SearchParams};
use super::state::AppState;

/// Hits per page.
const PAGE_SIZE: usize = 10;

/// GET `/` and `/search`.
pub async fn page(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Html<String>, PageError> {
    let p = SearchParams::parse(&pairs, PAGE_SIZE)?;
    let found = find(&state, &p).await?;
    let title = if p.q.is_empty() {
        "Pencarian".to_string()
    } else {
        format!("{} – Pencarian", p.q)
    };
    Ok(layout(&title, "cari", body(&p, &found)))
}

/// A link to the search with `change` applied to the current parameters (offset reset).
fn link(p: &SearchParams, change: impl FnOnce(&mut SearchParams)) -> String {
    let mut next = p.clone();
    change(&mut next);
    format!("/search?{}", query_string(&next.pairs()))
}

fn body(p: &SearchParams, f: &Found) -> Markup {
    let pages = f.total.div_ceil(p.limit.max(1));
    let current = p.offset / p.limit.max(1) + 1;
    html! {
        form action="/search" method="get" {
            div.searchbar {
                input type="search" name="q" value=(p.q) autofocus
                    placeholder="Cari naskah: kata, \"frasa\", atau nomor surat (800/458-PPPK.2/BKDPSDM)"
                    aria-label="Kata pencarian";
                button type="submit" { "Cari" }
            }
            div.layout {
                aside { (filters(p)) (facets(p, f)) }
                section {
                    p.muted #summary {
                        strong { (f.total) } " dokumen ditemukan"
                        @if !p.q.is_empty() { " untuk “" (p.q) "”" }
                        @if f.total > 0 { " · halaman " (current) " dari " (pages) }
                    }
                    @if f.hits.is_empty() {
                        div.card { "Tidak ada dokumen yang cocok. Coba kata lain atau kurangi saringan." }
                    }
                    @for h in &f.hits {
                        article.card.hit {
                            h2 { a.hit-link href=(format!("/documents/{}?q={}", h.id, encode(&p.q))) {
                                (h.title.clone().unwrap_or_else(|| h.source.clone()))
                            } }
                            div.meta {
                                span.tag { (doc_type_label(&h.doc_type)) }
                                @if let Some(d) = &h.date { (tanggal_str(d)) " · " }
                                @if !h.numbers.is_empty() { "Nomor " (h.numbers.join(", ")) " · " }
                                (h.source) " · "
                                a href=(format!("/documents/{}#hlm-{}", h.id, h.page)) { "hlm. " (h.page) }
                            }
                            div.snip { (marked(&h.snippet_text, &h.highlights)) }
                        }
                    }
                    @if pages > 1 {
                        div.pager {
                            @if p.offset > 0 {
                                a.btn.light href=(format!("{}&offset={}", link(p, |_| {}), p.offset.saturating_sub(p.limit))) { "‹ Sebelumnya" }
                            }
                            span.muted { "Halaman " (current) " dari " (pages) }
                            @if p.offset + p.limit < f.total {
                                a.btn.light href=(format!("{}&offset={}", link(p, |_| {}), p.offset + p.limit)) { "Berikutnya ›" }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn filters(p: &SearchParams) -> Markup {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    html! {
        div.card {
            h3 { "Saring" }
            label for="f-type" { "Jenis naskah" }
            select #f-type name="type" {
                option value="" { "Semua jenis" }
                @for t in DocType::ALL {
                    option value=(t.as_str()) selected[p.doc_type == Some(t)] { (doc_type_label(t.as_str())) }
                }
            }
            label for="f-year" { "Tahun" }
            input #f-year name="year" inputmode="numeric" value=(p.year.map(|y| y.to_string()).unwrap_or_default()) placeholder="mis. 2023";
            label for="f-party" { "Pihak" }
            input #f-party name="party" value=(opt(&p.party)) placeholder="mis. KPU Kalimantan Selatan";
            label for="f-sig" { "Penandatangan" }
            input #f-sig name="signatory" value=(opt(&p.signatory)) placeholder="nama atau jabatan";
            label for="f-cites" { "Peraturan yang dirujuk" }
            input #f-cites name="cites" value=(opt(&p.cites)) placeholder="mis. UU 10/2016";
            label for="f-min" { "Nilai minimal (Rp)" }
            input #f-min name="min_amount" value=(p.min_amount.map(|v| v.to_string()).unwrap_or_default()) placeholder="mis. 1 miliar";
            label for="f-max" { "Nilai maksimal (Rp)" }
            input #f-max name="max_amount" value=(p.max_amount.map(|v| v.to_string()).unwrap_or_default()) placeholder="mis. 100 miliar";
            label for="f-sort" { "Urutkan" }
            select #f-sort name="sort" {
                option value="relevance" { "Paling relevan" }
                option value="date" selected[p.sort_by_date || p.q.is_empty()] { "Terbaru" }
            }
            p { button type="submit" { "Terapkan" } " " a href="/" { "Hapus saringan" } }
        }
    }
}

fn facet_list(
    title: &str,
    values: &[(String, String, u64, bool)], // (label, href, count, active)
) -> Markup {
    html! {
        @if !values.is_empty() {
            div.card {
                h3 { (title) }
                @for (label, href, count, on) in values {
                    div.facet { a.on[*on] href=(href) { (label) } span.n { (count) } }
                }
            }
        }
    }
}

fn facets(p: &SearchParams, f: &Found) -> Markup {
    let types: Vec<_> = types_desc(&f.facets)
        .into_iter()
        .map(|(t, n)| {
            let kind = DocType::parse(&t);
            let on = kind.is_some() && p.doc_type == kind;
            let href = link(p, |x| x.doc_type = if on { None } else { kind });
            (doc_type_label(&t).to_string(), href, n, on)
        })
        .collect();
    let years: Vec<_> = years_desc(&f.facets)
        .into_iter()
        .map(|(y, n)| {
            let year = y.parse::<i32>().ok();
            let on = year.is_some() && p.year == year;
            let href = link(p, |x| x.year = if on { None } else { year });
            (y, href, n, on)
        })
        .collect();
    let values = |list: &[FacetValue],
                  current: &Option<String>,
                  set: fn(&mut SearchParams, Option<String>)| {
        list.iter()
            .map(|v| {
                let on = current.as_deref() == Some(v.value.as_str());
                let value = (!on).then(|| v.value.clone());
                (v.value.clone(), link(p, |x| set(x, value)), v.count, on)
            })
            .collect::<Vec<_>>()
    };
    let amounts: Vec<_> = f
        .amounts
        .iter()
        .map(|r| {
            let on = p.min_amount == r.min && p.max_amount == r.max;
            let href = link(p, |x| {
                (x.min_amount, x.max_amount) = if on { (None, None) } else { (r.min, r.max) };
            });
            (r.label.to_string(), href, r.count, on)
        })
        .collect();
    html! {
        (facet_list("Jenis", &types))
        (facet_list("Tahun", &years))
        (facet_list("Nilai", &amounts))
        (facet_list("Pihak", &values(&f.parties, &p.party, |x, v| x.party = v)))
        (facet_list("Penandatangan", &values(&f.signatories, &p.signatory, |x, v| x.signatory = v)))
        (facet_list("Peraturan yang dirujuk", &values(&f.cites, &p.cites, |x, v| x.cites = v)))
    }
}
