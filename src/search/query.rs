//! The words of a search as one tantivy query: fields, weights, exact and fuzzy matches.
//!
//! What a query means is the query parser's: words OR-ed over the fields below, each field's
//! weight, `"quoted phrases"`, and lenient parsing (stray quotes or colons in a pasted query
//! never fail the search). Exact matches weigh four times the fuzzy ones (one edit per word:
//! `Kejaksan Negri` finds `Kejaksaan Negeri`), so they rank first; a document holding more of
//! the words ranks higher, and one missing word (a synonym, an OCR slip) does not hide it.
//!
//! How it runs is ours, for speed, with the same matches and scores: the parser's tree of
//! unions (exact words, fuzzy words, per word, per field) becomes one flat union of one
//! query per word and field ([`WordQuery`]: exact and fuzzy in one pass), a phrase runs once
//! instead of once per parse, and phrases go through word pairs ([`PairPhraseQuery`]). Queries using more of the parser's syntax (`+`, `-`, `field:`,
//! ranges, `^`) keep the parser's own tree. Under filters the union is ours ([`SumQuery`]),
//! which seeks to the documents the filters let through instead of reading every match.

use std::collections::HashMap;

use tantivy::query::{
    BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, QueryParser, TermQuery,
};
use tantivy::schema::Field;
use tantivy::Score;

use super::pairs::PairPhraseQuery;
use super::union::SumQuery;
use super::words::WordQuery;
use crate::index::SearchIndex;

/// How much more an exact match weighs than a fuzzy one.
const EXACT_BOOST: Score = 4.0;

/// The query for the words of `query` (already through `prepare_query`), or `also`.
/// `filtered`: filters will pick the documents, and the words only score those (see
/// [`union`]).
pub(super) fn words_query(
    index: &SearchIndex,
    query: &str,
    also: Box<dyn Query>,
    filtered: bool,
) -> Box<dyn Query> {
    // Tantivy's union is the faster one to read every match; ours to visit a few.
    let any_of = |clauses: Vec<Box<dyn Query>>| -> Box<dyn Query> {
        if filtered {
            Box::new(SumQuery::new(clauses))
        } else {
            Box::new(BooleanQuery::new(
                clauses.into_iter().map(|c| (Occur::Should, c)).collect(),
            ))
        }
    };
    let f = index.fields;
    let fields = f.searched();
    let fuzzy_fields = f.fuzzy();
    let parser = |fields: Vec<Field>, boosted: bool, fuzzy: bool| {
        let mut parser = QueryParser::for_index(&index.index, fields.clone());
        if boosted {
            for &field in &fields {
                parser.set_field_boost(field, f.boost(field));
            }
        }
        if fuzzy {
            for field in fuzzy_fields {
                parser.set_field_fuzzy(field, false, 1, true);
            }
        }
        parser
    };
    let phrases = phrase_chunks(index, query);
    // A lone phrase's fuzzy parse is the same phrase (fuzziness applies to single words):
    // it runs once, without the exact boost, as it always has.
    let one_phrase = super::is_one_phrase(query);

    // The unboosted, exact parse is the skeleton of both the exact and the fuzzy parse: the
    // fuzzy one differs only in its words of fuzzy fields (and the boosts go on each leaf).
    let (plain, _errors) = parser(fields.clone(), false, false).parse_query_lenient(query);
    let mut leaves = Vec::new();
    if flatten(plain.as_ref(), &mut leaves) {
        // Weight of a leaf both parses hold alike.
        let both = |field: Field| {
            if one_phrase {
                f.boost(field)
            } else {
                (EXACT_BOOST + 1.0) * f.boost(field)
            }
        };
        let mut clauses = leaves
            .into_iter()
            .filter_map(|leaf| {
                if let Some(t) = leaf.downcast_ref::<TermQuery>() {
                    let field = t.term().field();
                    let b = f.boost(field);
                    if !one_phrase && fuzzy_fields.contains(&field) {
                        let word = WordQuery::new(t.term().clone(), EXACT_BOOST * b, b);
                        Some(Box::new(word) as Box<dyn Query>)
                    } else {
                        Some(boosted(leaf.box_clone(), both(field)))
                    }
                } else if let Some(p) = leaf.downcast_ref::<PhraseQuery>() {
                    let weight = both(p.field());
                    Some(match pair_phrase(p, &phrases, f.pairs_of(p.field())) {
                        Some(pairs) => boosted(Box::new(pairs), weight),
                        None => boosted(leaf.box_clone(), weight),
                    })
                } else {
                    None
                }
            })
            .collect::<Vec<_>>();
        clauses.push(also);
        return any_of(clauses);
    }

    if one_phrase {
        let (parsed, _errors) = parser(fields, true, false).parse_query_lenient(query);
        return any_of(vec![parsed, also]);
    }
    let (exact, _errors) = parser(fields.clone(), true, false).parse_query_lenient(query);
    let (fuzzy, _errors) = parser(fields, true, true).parse_query_lenient(query);
    any_of(vec![
        Box::new(BoostQuery::new(exact, EXACT_BOOST)),
        fuzzy,
        also,
    ])
}

/// Collects the leaves of a tree of unions (term and phrase queries); false when the tree
/// holds anything else (a required or excluded clause, a range, a boost).
fn flatten<'a>(query: &'a dyn Query, leaves: &mut Vec<&'a dyn Query>) -> bool {
    if let Some(b) = query.downcast_ref::<BooleanQuery>() {
        b.get_minimum_number_should_match() <= 1
            && b.clauses()
                .iter()
                .all(|(occur, sub)| *occur == Occur::Should && flatten(sub.as_ref(), leaves))
    } else if query.is::<TermQuery>() || query.is::<PhraseQuery>() {
        leaves.push(query);
        true
    } else {
        query.is::<EmptyQuery>()
    }
}

/// The phrases a query may hold, as analysed words, each with whether its words are
/// adjacent in the text (no stop word dropped between them, which a phrase over the words
/// skips over but pairs cannot): its quoted phrases, and its other words that split into
/// several (`800/458`). None when the query has escapes or a slop (`"a b"~2`).
fn phrase_chunks(index: &SearchIndex, query: &str) -> Vec<(Vec<String>, bool)> {
    if query.contains('\\') || query.contains('~') {
        return Vec::new();
    }
    let Ok(mut analyzer) = index.index.tokenizer_for_field(index.fields.text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Quoted text is between the 1st and 2nd quote, the 3rd and 4th, ...
    for (i, part) in query.split('"').enumerate() {
        let chunks: Vec<&str> = if i % 2 == 1 {
            vec![part]
        } else {
            part.split_whitespace().collect()
        };
        for chunk in chunks {
            let mut stream = analyzer.token_stream(chunk);
            let mut words = Vec::new();
            let mut adjacent = true;
            let mut next = None;
            while stream.advance() {
                let token = stream.token();
                adjacent &= next.is_none_or(|p| p == token.position);
                next = Some(token.position + 1);
                words.push(token.text.clone());
            }
            if words.len() >= 2 {
                out.push((words, adjacent));
            }
        }
    }
    out
}

/// `query` weighted by `weight`.
fn boosted(query: Box<dyn Query>, weight: Score) -> Box<dyn Query> {
    if weight == 1.0 {
        query
    } else {
        Box::new(BoostQuery::new(query, weight))
    }
}

/// The pair query of a phrase, when its field has pairs and every phrase of the query with
/// its words has them adjacent.
fn pair_phrase(
    phrase: &PhraseQuery,
    phrases: &[(Vec<String>, bool)],
    pairs: Option<Field>,
) -> Option<PairPhraseQuery> {
    let pairs = pairs?;
    let terms = phrase.phrase_terms();
    let words: Vec<String> = terms
        .iter()
        .map(|t| t.value().as_str().map(str::to_owned))
        .collect::<Option<_>>()?;
    let mut adjacent: HashMap<&[String], bool> = HashMap::new();
    for (w, a) in phrases {
        *adjacent.entry(w.as_slice()).or_insert(true) &= *a;
    }
    if adjacent.get(words.as_slice()) != Some(&true) {
        return None;
    }
    PairPhraseQuery::new(phrase.field(), pairs, &words)
}
