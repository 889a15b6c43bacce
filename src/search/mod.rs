//! Search stage: queries over the tantivy index, ranked hits with highlighted snippets.

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::{TantivyDocument, Term};

use crate::error::Error;
use crate::index::{number_key, SearchIndex};
use crate::model::DocType;

/// Characters of context in a snippet.
const SNIPPET_CHARS: usize = 220;

/// A search request.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    pub limit: usize,
    pub doc_type: Option<DocType>,
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
}

/// Runs a query and returns the best `limit` documents.
pub fn search(index: &SearchIndex, req: &SearchRequest) -> Result<Vec<Hit>, Error> {
    let f = index.fields;
    let err = |e: tantivy::TantivyError| Error::Index {
        path: "index".into(),
        message: e.to_string(),
    };
    let reader = index.index.reader().map_err(err)?;
    let searcher = reader.searcher();

    let mut parser = QueryParser::for_index(
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
    parser.set_conjunction_by_default();
    parser.set_field_boost(f.title, 2.0);
    parser.set_field_boost(f.numbers, 3.0);
    let text_query = prepare_query(&req.query);
    // Lenient parsing: stray quotes or colons in a pasted query never fail the search.
    let (parsed, _errors) = parser.parse_query_lenient(&text_query);

    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    // A query that is a whole document number also matches the untokenised number exactly.
    let exact = Term::from_field_text(f.numbers_exact, &number_key(&req.query));
    let exact_q: Box<dyn Query> = Box::new(TermQuery::new(exact, IndexRecordOption::Basic));
    let matcher: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
        (Occur::Should, parsed.box_clone()),
        (Occur::Should, exact_q),
    ]));
    clauses.push((Occur::Must, matcher));
    if let Some(t) = req.doc_type {
        let term = Term::from_field_text(f.doc_type, t.as_str());
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
    }
    let query = BooleanQuery::new(clauses);

    let top = searcher
        .search(
            &query,
            &TopDocs::with_limit(req.limit.max(1)).order_by_score(),
        )
        .map_err(err)?;
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
        });
    }
    Ok(hits)
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
        let head: String = body
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(SNIPPET_CHARS)
            .collect();
        return (head, Vec::new());
    }
    let ranges = snippet
        .highlighted()
        .iter()
        .map(|r| (r.start, r.end))
        .collect();
    (snippet.fragment().to_string(), ranges)
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

    #[test]
    fn document_numbers_become_phrases() {
        assert_eq!(
            prepare_query("800/458-PPPK.2/BKDPSDM"),
            "\"800/458-PPPK.2/BKDPSDM\""
        );
        assert_eq!(prepare_query("netralitas ASN"), "netralitas ASN");
    }
}
