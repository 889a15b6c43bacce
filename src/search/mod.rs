//! Search stage: queries over the tantivy index, ranked hits with highlighted snippets.

use serde::Serialize;
use std::ops::Bound;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::{DocAddress, Order, TantivyDocument, Term};

use crate::error::Error;
use crate::index::{number_key, SearchIndex};
use crate::model::DocType;

mod facets;
mod pairs;
mod query;
mod union;
mod words;
use facets::FacetCounts;

/// Characters of context in a snippet.
const SNIPPET_CHARS: usize = 220;

/// A search request.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub query: String,
    pub limit: usize,
    pub doc_type: Option<DocType>,
    pub filters: Filters,
    /// Newest documents first instead of best matches first.
    pub sort_by_date: bool,
}

/// Restrictions on which documents match, beyond the query.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub min_amount: Option<u64>,
    pub max_amount: Option<u64>,
    pub party: Option<String>,
    pub signatory: Option<String>,
    pub place: Option<String>,
    /// A cited instrument as written: `UU 10/2016`, `Permendagri 77/2020`, `PP Nomor 12 Tahun 2019`.
    pub cites: Option<String>,
    /// A classification code or its top-level subject (`900`, `900.1.13.1`).
    pub classification: Option<String>,
}

/// Counts of matching documents per type and per year.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Facets {
    pub doc_type: std::collections::BTreeMap<String, u64>,
    pub year: std::collections::BTreeMap<String, u64>,
}

/// Hits and facets of one search.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

fn date_num(d: chrono::NaiveDate) -> u64 {
    use chrono::Datelike;
    d.year().max(0) as u64 * 10_000 + u64::from(d.month() * 100 + d.day())
}

/// The `cites` key of an instrument written in any of the usual ways, or an error saying
/// which shapes are understood.
pub fn parse_cites(text: &str) -> Result<String, String> {
    let found = crate::extract::references::find_references(text, &[]);
    let r = found.first().map(|f| f.reference.clone()).ok_or_else(|| {
        format!("cannot read '{text}' as a regulation; write it like \"UU 10/2016\", \"Permendagri 77/2020\" or \"PP Nomor 12 Tahun 2019\"")
    })?;
    Ok(crate::index::cite_key(&r))
}

/// One ranked document.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: u64,
    pub source: String,
    pub score: f32,
    pub doc_type: String,
    pub date: Option<String>,
    pub numbers: Vec<String>,
    pub title: Option<String>,
    /// The best passage, HTML-escaped, matches wrapped in `<b>…</b>`.
    pub snippet: String,
    /// The same passage as plain text.
    pub snippet_text: String,
    /// Byte ranges of the matches within `snippet_text`.
    pub highlights: Vec<(usize, usize)>,
    /// The page (from 1) the snippet's passage is on.
    pub page: u32,
}

/// The query of a search request, as tantivy runs it.
pub struct BuiltQuery {
    /// The whole query: words (exact and fuzzy), exact number, filters.
    pub query: BooleanQuery,
    /// The words alone, which snippets highlight.
    pub text: Box<dyn Query>,
}

/// Runs a query and returns the best `limit` documents.
pub fn search(index: &SearchIndex, req: &SearchRequest) -> Result<Results, Error> {
    let f = index.fields;
    let err = |e: tantivy::TantivyError| Error::Index {
        path: "index".into(),
        message: e.to_string(),
    };
    let searcher = index.searcher()?;
    let BuiltQuery {
        query,
        text: parsed,
    } = build_query(index, req)?;

    let limit = req.limit.max(1);
    // One pass ranks the hits and counts every match per type and year.
    let (top, (total, facets)): (Vec<(f32, DocAddress)>, _) = if req.sort_by_date {
        let by_date = TopDocs::with_limit(limit).order_by_u64_field("date_num", Order::Desc);
        let (top, counts) = searcher
            .search(&query, &(by_date, FacetCounts))
            .map_err(err)?;
        (top.into_iter().map(|(_, a)| (0.0, a)).collect(), counts)
    } else {
        let by_score = TopDocs::with_limit(limit).order_by_score();
        searcher
            .search(&query, &(by_score, FacetCounts))
            .map_err(err)?
    };
    let mut snippets = SnippetGenerator::create(&searcher, &*parsed, f.text).map_err(err)?;
    snippets.set_max_num_chars(SNIPPET_CHARS);

    let mut hits = Vec::with_capacity(top.len());
    for (score, addr) in top {
        let doc: TantivyDocument = searcher.doc(addr).map_err(err)?;
        let text_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let snippet = snippets.snippet_from_doc(&doc);
        let (snippet_text, highlights) = plain(&snippet, &doc, f.text);
        // Pages are joined with form feeds in the indexed text: the passage's page is one
        // more than the form feeds before it.
        let body = doc.get_first(f.text).and_then(|v| v.as_str()).unwrap_or("");
        let at = if snippet.is_empty() {
            0
        } else {
            snippet.fragment_range().start.min(body.len())
        };
        let page = body
            .get(..at)
            .map_or(1, |before| before.matches('\u{c}').count() as u32 + 1);
        hits.push(Hit {
            id: doc.get_first(f.id).and_then(|v| v.as_u64()).unwrap_or(0),
            source: text_of(f.source).unwrap_or_default(),
            score,
            doc_type: text_of(f.doc_type).unwrap_or_default(),
            date: text_of(f.date),
            numbers: doc
                .get_all(f.numbers)
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            title: text_of(f.title),
            snippet: if snippet.is_empty() {
                html_escape(&snippet_text)
            } else {
                snippet.to_html()
            },
            snippet_text,
            highlights,
            page,
        });
    }
    Ok(Results {
        total,
        hits,
        facets,
    })
}

/// Builds the tantivy query of `req`: what [`search`] runs (exposed for benchmarks).
pub fn build_query(index: &SearchIndex, req: &SearchRequest) -> Result<BuiltQuery, Error> {
    let f = index.fields;

    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let text: Box<dyn Query> = if !req.query.trim().is_empty() {
        // A query that is a whole document number also matches the untokenised number exactly.
        let exact = Term::from_field_text(f.numbers_exact, &number_key(&req.query));
        let exact_q = Box::new(TermQuery::new(exact, IndexRecordOption::Basic));
        let fl = &req.filters;
        let filtered = req.doc_type.is_some()
            || fl.from.is_some()
            || fl.to.is_some()
            || fl.min_amount.is_some()
            || fl.max_amount.is_some()
            || fl.party.is_some()
            || fl.signatory.is_some()
            || fl.place.is_some()
            || fl.cites.is_some()
            || fl.classification.is_some();
        let matcher = query::words_query(index, &prepare_query(&req.query), exact_q, filtered);
        // Snippets highlight its terms in the text (the exact number is in another field).
        let text = matcher.box_clone();
        clauses.push((Occur::Must, matcher));
        text
    } else {
        clauses.push((Occur::Must, Box::new(tantivy::query::AllQuery)));
        Box::new(tantivy::query::EmptyQuery)
    };
    if let Some(t) = req.doc_type {
        let term = Term::from_field_text(f.doc_type, t.as_str());
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    let fl = &req.filters;
    if fl.from.is_some() || fl.to.is_some() {
        let lower = fl.from.map_or(Bound::Unbounded, |d| {
            Bound::Included(Term::from_field_u64(f.date_num, date_num(d)))
        });
        let upper = fl.to.map_or(Bound::Unbounded, |d| {
            Bound::Included(Term::from_field_u64(f.date_num, date_num(d)))
        });
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    if fl.min_amount.is_some() || fl.max_amount.is_some() {
        let lower = fl.min_amount.map_or(Bound::Unbounded, |v| {
            Bound::Included(Term::from_field_u64(f.amount, v))
        });
        let upper = fl.max_amount.map_or(Bound::Unbounded, |v| {
            Bound::Included(Term::from_field_u64(f.amount, v))
        });
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    for (value, field) in [
        (&fl.party, f.parties),
        (&fl.signatory, f.signatories),
        (&fl.place, f.place),
    ] {
        if let Some(v) = value {
            let mut p = QueryParser::for_index(&index.index, vec![field]);
            p.set_conjunction_by_default();
            let (q, _) = p.parse_query_lenient(v);
            clauses.push((Occur::Must, q));
        }
    }
    if let Some(c) = &fl.cites {
        let key = parse_cites(c).map_err(|message| Error::Index {
            path: "index".into(),
            message,
        })?;
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(f.cites, &key),
                IndexRecordOption::Basic,
            )),
        ));
    }
    if let Some(c) = &fl.classification {
        let term = Term::from_field_text(f.classification, c.trim());
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    Ok(BuiltQuery {
        query: BooleanQuery::new(clauses),
        text,
    })
}

/// Whether the query is one quoted phrase and nothing else.
fn is_one_phrase(q: &str) -> bool {
    q.len() >= 2 && q.starts_with('"') && q.ends_with('"') && q.matches('"').count() == 2
}

/// Document numbers and other slash-separated codes are searched as phrases.
fn prepare_query(q: &str) -> String {
    let trimmed = q.trim();
    if !trimmed.contains('"') && trimmed.contains('/') && !trimmed.contains(' ') {
        format!("\"{trimmed}\"")
    } else {
        trimmed.to_string()
    }
}

/// The snippet as plain text with match ranges; the start of the text when nothing matched.
fn plain(
    snippet: &Snippet,
    doc: &TantivyDocument,
    text: tantivy::schema::Field,
) -> (String, Vec<(usize, usize)>) {
    if snippet.is_empty() {
        let body = doc.get_first(text).and_then(|v| v.as_str()).unwrap_or("");
        let head = head_of(body);
        return (head, Vec::new());
    }
    let ranges = snippet
        .highlighted()
        .iter()
        .map(|r| (r.start, r.end))
        .collect();
    (snippet.fragment().to_string(), ranges)
}

/// The start of `body`, whitespace folded, `SNIPPET_CHARS` characters at most. Only the
/// words needed are read (fuzzy-only hits, with nothing to highlight, are common).
fn head_of(body: &str) -> String {
    let mut head = String::new();
    let mut chars = 0;
    for word in body.split_whitespace() {
        if chars >= SNIPPET_CHARS {
            break;
        }
        if !head.is_empty() {
            head.push(' ');
            chars += 1;
        }
        head.push_str(word);
        chars += word.chars().count();
    }
    head.chars().take(SNIPPET_CHARS).collect()
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The snippet for a terminal: whitespace folded, matches marked with `mark(start, end)`.
pub fn render_snippet(hit: &Hit, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    let text = &hit.snippet_text;
    for &(s, e) in &hit.highlights {
        if s < last || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(&text[last..s]);
        out.push_str(open);
        out.push_str(&text[s..e]);
        out.push_str(close);
        last = e;
    }
    out.push_str(&text[last..]);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;

    #[test]
    fn document_numbers_become_phrases() {
        assert_eq!(
            prepare_query("800/458-PPPK.2/BKDPSDM"),
            "\"800/458-PPPK.2/BKDPSDM\""
        );
        assert_eq!(prepare_query("netralitas ASN"), "netralitas ASN");
    }

    /// Pseudo-random texts over a few words, so that phrases occur whole, in part, out of
    /// order, across a stop word, once or often, in documents of many lengths.
    fn phrase_corpus(dir: &std::path::Path) -> SearchIndex {
        use crate::index::IndexEntry;
        use crate::model::Record;
        const WORDS: &[&str] = &[
            "rekening", "kas", "umum", "daerah", "bantuan", "hukum", "dan", "kas",
        ];
        let index = SearchIndex::open_or_create(dir).expect("index");
        let mut writer = index.writer().expect("writer");
        let mut seed: u64 = 7;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut words = |n: usize| {
            (0..n)
                .map(|_| WORDS[next(WORDS.len())])
                .collect::<Vec<_>>()
                .join(" ")
        };
        for id in 1..=400u64 {
            let len = 2 + (id as usize * 7) % 60;
            let mut text = words(len);
            if id % 37 == 0 {
                // Rare misspellings alone: found only within one edit of the common words.
                text = "hukun rekenig kaz".to_string();
            }
            let record = Record {
                title: (id % 3 == 0).then(|| words(4)),
                parties: if id % 4 == 0 {
                    vec![words(3), words(5)]
                } else {
                    vec![]
                },
                ..Record::default()
            };
            let entry = IndexEntry {
                id,
                sha256: "x",
                source: "x",
                record: &record,
                text: &text,
            };
            index.add(&writer, &entry).expect("add");
        }
        writer.commit().expect("commit");
        index
    }

    #[test]
    fn phrases_through_word_pairs_match_and_rank_as_phrases_over_words() {
        let dir = tempfile::tempdir().expect("temp dir");
        let index = phrase_corpus(dir.path());
        let searcher = index.searcher().expect("searcher");
        let over_words = reference_parser(&index, false);
        let all = TopDocs::with_limit(1_000).order_by_score();
        for phrase in [
            "\"kas umum\"",
            "\"rekening kas\"",
            "\"kas kas\"",
            "\"rekening kas umum\"",
            "\"rekening kas umum daerah\"",
            "\"kas umum daerah bantuan hukum\"",
            "\"umum kas umum kas\"",
            "\"bantuan dan hukum\"",
        ] {
            let req = SearchRequest {
                query: phrase.into(),
                limit: 10,
                ..SearchRequest::default()
            };
            let built = build_query(&index, &req).expect("query");
            let through_pairs = format!("{:?}", built.text).contains("PairPhraseQuery");
            // Words around a stop word are no pairs: that phrase keeps the query over words.
            assert_eq!(through_pairs, !phrase.contains(" dan "), "{phrase}");
            let (expected_query, _) = over_words.parse_query_lenient(phrase);
            let mut expected = searcher.search(&expected_query, &all).expect("search");
            let mut got = searcher.search(&*built.text, &all).expect("search");
            assert!(
                !expected.is_empty(),
                "{phrase} matches nothing in the test corpus"
            );
            let key =
                |v: &mut Vec<(f32, DocAddress)>| v.sort_by_key(|(_, a)| (a.segment_ord, a.doc_id));
            key(&mut expected);
            key(&mut got);
            assert_eq!(got.len(), expected.len(), "{phrase}");
            for ((gs, ga), (es, ea)) in got.iter().zip(&expected) {
                assert_eq!(ga, ea, "{phrase}");
                assert!((gs - es).abs() <= 1e-5 * es.abs(), "{phrase}: {gs} != {es}");
            }
        }
    }

    /// tantivy's own parser over the searched fields, with the boosts (and, if `fuzzy`, the
    /// one-letter fuzziness) the search gives them: what the search's flat queries are
    /// checked against. The values are written out here, not taken from the code under test.
    fn reference_parser(index: &SearchIndex, fuzzy: bool) -> QueryParser {
        let f = index.fields;
        let mut p = QueryParser::for_index(
            &index.index,
            vec![
                f.title,
                f.text,
                f.numbers,
                f.parties,
                f.signatories,
                f.place,
                f.references,
            ],
        );
        p.set_field_boost(f.title, 2.0);
        p.set_field_boost(f.numbers, 3.0);
        if fuzzy {
            for field in [f.title, f.text, f.parties, f.signatories, f.place] {
                p.set_field_fuzzy(field, false, 1, true);
            }
        }
        p
    }

    /// The query as the parser alone builds it: exact words ×4 plus fuzzy words, over all
    /// fields, and the exact number; what `words_query` must match and score the same.
    fn parser_query(index: &SearchIndex, q: &str) -> Box<dyn Query> {
        let f = index.fields;
        let parser = |fuzzy: bool| reference_parser(index, fuzzy);
        let q = prepare_query(q);
        let exact = parser(false).parse_query_lenient(&q).0;
        let words: Box<dyn Query> = if is_one_phrase(&q) {
            exact
        } else {
            Box::new(BooleanQuery::new(vec![
                (
                    Occur::Should,
                    Box::new(tantivy::query::BoostQuery::new(exact, 4.0)),
                ),
                (Occur::Should, parser(true).parse_query_lenient(&q).0),
            ]))
        };
        let number = Term::from_field_text(f.numbers_exact, &number_key(&q));
        Box::new(BooleanQuery::new(vec![
            (Occur::Should, words),
            (
                Occur::Should,
                Box::new(TermQuery::new(number, IndexRecordOption::Basic)),
            ),
        ]))
    }

    /// Every match of both queries, by address, with its score, sorted by address.
    fn all_matches(searcher: &tantivy::Searcher, q: &dyn Query) -> Vec<(DocAddress, f32)> {
        let mut v: Vec<(DocAddress, f32)> = searcher
            .search(q, &TopDocs::with_limit(10_000).order_by_score())
            .expect("search")
            .into_iter()
            .map(|(s, a)| (a, s))
            .collect();
        v.sort_by_key(|(a, _)| (a.segment_ord, a.doc_id));
        v
    }

    #[test]
    fn word_queries_match_and_score_as_the_parsers_queries() {
        let dir = tempfile::tempdir().expect("temp dir");
        let index = phrase_corpus(dir.path());
        let searcher = index.searcher().expect("searcher");
        for q in [
            "kas",
            "rekening umum",
            // Misspelt: found within one edit only.
            "rekenin",
            "hukum kas",
            "kass umun daerah",
            "hukum \"kas umum\" bantuan",
            "\"rekening dan kas\" daerah",
            "kas \"kas kas\" \"umum daerah kas\"",
            // The parser's own syntax keeps the parser's tree.
            "+kas -hukum",
            "title:kas umum",
            "kas^2 umum",
            "\"rekening kas\"~1 hukum",
            "kas dan",
        ] {
            let req = SearchRequest {
                query: q.into(),
                limit: 10,
                ..SearchRequest::default()
            };
            let built = build_query(&index, &req).expect("query");
            let got = all_matches(&searcher, &built.query);
            let expected = all_matches(&searcher, parser_query(&index, q).as_ref());
            assert!(
                !expected.is_empty(),
                "{q} matches nothing in the test corpus"
            );
            assert_eq!(got.len(), expected.len(), "{q}");
            for ((ga, gs), (ea, es)) in got.iter().zip(&expected) {
                assert_eq!(ga, ea, "{q}");
                assert!((gs - es).abs() <= 1e-4 * es.abs(), "{q}: {gs} != {es}");
            }
        }
    }

    #[test]
    fn heads_fold_whitespace_and_stop_at_the_snippet_length() {
        let folded = |body: &str| -> String {
            let all = body.split_whitespace().collect::<Vec<_>>().join(" ");
            all.chars().take(SNIPPET_CHARS).collect()
        };
        let long = "Kepala  Dinas\n\u{c}Pendidikan ".repeat(40) + "é".repeat(300).as_str();
        for body in ["", "  hibah ", "satu\tdua\n\ntiga", &long, &"é".repeat(500)] {
            assert_eq!(head_of(body), folded(body), "{body:?}");
        }
    }

    #[test]
    fn single_phrases_are_recognised() {
        assert!(is_one_phrase("\"aparatur sipil negara\""));
        assert!(!is_one_phrase("\"protokol kesehatan\" pilkada"));
        assert!(!is_one_phrase("\"a\" \"b\""));
        assert!(!is_one_phrase("\""));
        assert!(!is_one_phrase("hibah"));
    }
}
#[cfg(test)]
mod cite_tests {
    #[test]
    fn cites_keys() {
        assert_eq!(
            super::parse_cites("UU 10/2016").as_deref(),
            Ok("UU:10:2016")
        );
        assert_eq!(
            super::parse_cites("Permendagri 77/2020").as_deref(),
            Ok("PERMEN:77:2020")
        );
        assert_eq!(
            super::parse_cites("PP Nomor 12 Tahun 2019").as_deref(),
            Ok("PP:12:2019")
        );
    }
}
