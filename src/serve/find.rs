//! One search as the page and the API run it: the library's `search()` over a window of
//! the best hits, the requested page cut from it, and facets on party, signatory and cited
//! regulation counted over that window (type and year facets cover every match).

use std::collections::HashMap;

use serde::Serialize;

use crate::index::cite_key;
use crate::model::Reference;
use tantivy::collector::TopDocs;
use tantivy::Order;

use crate::index::SearchIndex;
use crate::search::{build_query, search, Facets, Hit, SearchRequest};

use super::error::AppError;
use super::params::SearchParams;
use super::state::AppState;

/// Hits over which the party, signatory and regulation facets are counted.
pub const FACET_WINDOW: usize = 200;
/// Values shown per facet.
const FACET_VALUES: usize = 8;

/// A facet value and how many documents have it.
#[derive(Debug, Clone, Serialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

/// A range of rupiah and how many documents state an amount in it.
#[derive(Debug, Clone, Serialize)]
pub struct AmountRange {
    pub label: &'static str,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub count: u64,
}

/// The amount ranges offered as facets (labels in Indonesian).
const AMOUNT_RANGES: [(&str, Option<u64>, Option<u64>); 5] = [
    ("di bawah Rp100 juta", None, Some(99_999_999)),
    (
        "Rp100 juta – Rp1 miliar",
        Some(100_000_000),
        Some(999_999_999),
    ),
    ("Rp1 – 10 miliar", Some(1_000_000_000), Some(9_999_999_999)),
    (
        "Rp10 – 100 miliar",
        Some(10_000_000_000),
        Some(99_999_999_999),
    ),
    ("Rp100 miliar ke atas", Some(100_000_000_000), None),
];

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub parties: Vec<FacetValue>,
    pub signatories: Vec<FacetValue>,
    pub cites: Vec<FacetValue>,
    /// Documents per range of the amounts they state (as the amount filters match).
    pub amounts: Vec<AmountRange>,
    /// How many of the best hits the three facets above were counted over.
    pub facet_window: usize,
}

/// Runs `p` against the index.
pub async fn find(state: &AppState, p: &SearchParams) -> Result<Found, AppError> {
    let mut req = p.request(p.offset + p.limit);
    // With no words to rank by, the newest documents come first.
    req.sort_by_date |= p.q.trim().is_empty();
    let mut facet_req = req.clone();
    facet_req.limit = FACET_WINDOW;
    let st = state.clone();
    // Snippets only for the hits shown; the facets need ids alone.
    let (results, facet_ids) = tokio::task::spawn_blocking(move || {
        Ok::<_, crate::Error>((
            search(&st.index, &req)?,
            matching_ids(&st.index, &facet_req)?,
        ))
    })
    .await
    .map_err(|e| AppError::internal(format!("search crashed: {e}")))??;
    let records = state.records.get(&state.catalog).await?;
    let mut parties: HashMap<String, u64> = HashMap::new();
    let mut signatories: HashMap<String, u64> = HashMap::new();
    let mut cites: HashMap<String, u64> = HashMap::new();
    let mut cite_labels: HashMap<String, Option<String>> = HashMap::new();
    let mut in_range = [0u64; AMOUNT_RANGES.len()];
    for id in &facet_ids {
        let Some(doc) = records.get(*id as i64) else {
            continue;
        };
        let r = &doc.record;
        let mut seen = std::collections::HashSet::new();
        for v in &r.parties {
            if seen.insert(("p", v.clone())) {
                *parties.entry(v.clone()).or_default() += 1;
            }
        }
        for s in &r.signatories {
            if seen.insert(("s", s.name.clone())) {
                *signatories.entry(s.name.clone()).or_default() += 1;
            }
        }
        for (i, (_, lo, hi)) in AMOUNT_RANGES.iter().enumerate() {
            let inside = |v: u64| lo.is_none_or(|lo| v >= lo) && hi.is_none_or(|hi| v <= hi);
            if r.amounts.iter().any(|a| inside(a.value.0.max(0) as u64)) {
                in_range[i] += 1;
            }
        }
        for reference in &r.references {
            let label = cite_labels
                .entry(cite_key(reference))
                .or_insert_with(|| cite_label(reference))
                .clone();
            if let Some(label) = label {
                if seen.insert(("c", label.clone())) {
                    *cites.entry(label).or_default() += 1;
                }
            }
        }
    }
    let facet_window = facet_ids.len();
    let hits = results
        .hits
        .into_iter()
        .skip(p.offset)
        .take(p.limit)
        .collect();
    Ok(Found {
        total: results.total,
        offset: p.offset,
        limit: p.limit,
        hits,
        facets: results.facets,
        parties: top(parties),
        signatories: top(signatories),
        cites: top(cites),
        amounts: AMOUNT_RANGES
            .iter()
            .zip(in_range)
            .filter(|(_, n)| *n > 0)
            .map(|((label, min, max), count)| AmountRange {
                label,
                min: *min,
                max: *max,
                count,
            })
            .collect(),
        facet_window,
    })
}

/// Catalog ids of the best `req.limit` matches (in the request's order), read from the
/// `id` fast field: no stored document is loaded and no snippet made.
pub fn matching_ids(index: &SearchIndex, req: &SearchRequest) -> Result<Vec<u64>, crate::Error> {
    let err = |e: tantivy::TantivyError| crate::Error::Index {
        path: "index".into(),
        message: e.to_string(),
    };
    let query = build_query(index, req)?.query;
    let searcher = index.index.reader().map_err(err)?.searcher();
    let limit = req.limit.max(1);
    let top: Vec<tantivy::DocAddress> = if req.sort_by_date {
        let by_date = TopDocs::with_limit(limit).order_by_u64_field("date_num", Order::Desc);
        let found = searcher.search(&query, &by_date).map_err(err)?;
        found.into_iter().map(|(_, a)| a).collect()
    } else {
        let by_score = TopDocs::with_limit(limit).order_by_score();
        let found = searcher.search(&query, &by_score).map_err(err)?;
        found.into_iter().map(|(_, a)| a).collect()
    };
    let mut ids = Vec::with_capacity(top.len());
    for a in top {
        let column = searcher
            .segment_reader(a.segment_ord)
            .fast_fields()
            .u64("id")
            .map_err(err)?;
        ids.extend(column.first(a.doc_id));
    }
    Ok(ids)
}

/// How a cited regulation is written for people and for the `cites` filter
/// (`UU 10/2016`); none when the filter would not read it back as the same regulation.
pub fn cite_label(r: &Reference) -> Option<String> {
    let label = match r.year {
        Some(y) if r.number.chars().all(|c| c.is_ascii_digit()) => {
            format!("{} {}/{y}", r.kind.as_str(), r.number)
        }
        Some(y) => format!("{} Nomor {} Tahun {y}", r.kind.as_str(), r.number),
        None => return None,
    };
    let key = crate::search::parse_cites(&label).ok()?;
    (key == cite_key(r)).then_some(label)
}

fn top(counts: HashMap<String, u64>) -> Vec<FacetValue> {
    let mut v: Vec<(String, u64)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.into_iter()
        .take(FACET_VALUES)
        .map(|(value, count)| FacetValue { value, count })
        .collect()
}

/// The year facet newest first.
pub fn years_desc(f: &Facets) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = f.year.iter().map(|(k, n)| (k.clone(), *n)).collect();
    v.sort_by(|a, b| b.0.cmp(&a.0));
    v
}

/// The type facet biggest first.
pub fn types_desc(f: &Facets) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = f.doc_type.iter().map(|(k, n)| (k.clone(), *n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}
