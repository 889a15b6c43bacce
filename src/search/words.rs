//! One query word in one field, matched exactly and within one edit in a single pass.
//!
//! The query parser makes two queries of a word: the exact term (BM25, boosted so exact
//! matches rank first) and a fuzzy term (a constant for any index word within one edit of
//! it, so `Kejaksan Negri` finds `Kejaksaan Negeri`). Tantivy's fuzzy query gathers every
//! document of every matching word into a bitset of the whole segment before the search
//! starts, even when filters leave a few hundred documents to look at, and the two queries
//! read the word's own list twice. Here the word's list is read once, with frequencies,
//! beside the lists of its neighbours (the other index words within one edit: usually none
//! or a few), all lazily, so an intersection with filters skips what it does not need.
//! A word with many neighbours (a two-letter code) keeps the bitset for them.
//!
//! Scores are those of the two queries added up: BM25 times the exact boost, plus the fuzzy
//! boost, where the word itself occurs; the fuzzy boost alone where only a neighbour does.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::TermInfo;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{
    AutomatonWeight, BitSetDocSet, Bm25Weight, DfaWrapper, EnableScoring, Explanation,
    FuzzyTermQuery, Query, Scorer, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{BitSet, DocId, DocSet, InvertedIndexReader, Score, SegmentReader, Term, TERMINATED};

/// Neighbours holding more than this share of a segment's documents go into a bitset; fewer
/// into a sorted list.
const SPARSE_NEIGHBOURS: u32 = 32;

/// A word in one field: exact (BM25 × `exact_boost`) or within one edit (`fuzzy_boost`).
#[derive(Clone, Debug)]
pub struct WordQuery {
    term: Term,
    exact_boost: Score,
    fuzzy_boost: Score,
}

impl WordQuery {
    /// The query for `term`; edits are counted as the query parser's fuzzy words count them
    /// (distance 1, a transposition is one edit, no prefix match).
    pub fn new(term: Term, exact_boost: Score, fuzzy_boost: Score) -> WordQuery {
        WordQuery {
            term,
            exact_boost,
            fuzzy_boost,
        }
    }
}

impl Query for WordQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let bm25 = match enable_scoring {
            EnableScoring::Enabled {
                statistics_provider,
                ..
            } => Some(Bm25Weight::for_terms(
                statistics_provider,
                std::slice::from_ref(&self.term),
            )?),
            EnableScoring::Disabled { .. } => None,
        };
        let fuzzy = FuzzyTermQuery::new(self.term.clone(), 1, true);
        Ok(Box::new(WordWeight {
            term: self.term.clone(),
            bm25,
            exact_boost: self.exact_boost,
            fuzzy_boost: self.fuzzy_boost,
            neighbours: AutomatonWeight::new(self.term.field(), fuzzy.automaton()?),
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        // As the exact term query does (the fuzzy one reports nothing): snippets highlight it.
        visitor(&self.term, false);
    }
}

/// [`WordQuery`] prepared for a searcher.
struct WordWeight {
    term: Term,
    bm25: Option<Bm25Weight>,
    exact_boost: Score,
    fuzzy_boost: Score,
    /// Every index word within one edit, the word itself included.
    neighbours: AutomatonWeight<DfaWrapper>,
}

impl WordWeight {
    fn word_scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<WordScorer> {
        let field = self.term.field();
        let inverted = reader.inverted_index(field)?;
        let own = inverted.get_term_info(&self.term)?;
        let exact = match &own {
            Some(info) => {
                Some(inverted.read_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?)
            }
            None => None,
        };
        let mut infos = self.neighbours.get_match_term_infos(reader)?;
        infos.retain(|info| Some(info) != own.as_ref());
        let others = if infos.is_empty() {
            None
        } else {
            Some(Neighbours::read(&inverted, &infos, reader.max_doc())?)
        };
        let norms = match &self.bm25 {
            Some(_) => reader.fieldnorms_readers().get_field(field)?,
            None => None,
        }
        .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
        let mut scorer = WordScorer {
            exact,
            others,
            norms,
            bm25: self
                .bm25
                .as_ref()
                .map(|w| w.boost_by(boost * self.exact_boost)),
            fuzzy: boost * self.fuzzy_boost,
            doc: TERMINATED,
        };
        scorer.doc = scorer.lowest();
        Ok(scorer)
    }
}

impl Weight for WordWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(self.word_scorer(reader, boost)?))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.word_scorer(reader, 1.0)?;
        if doc == TERMINATED || scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "Document #({doc}) does not match"
            )));
        }
        Ok(Explanation::new(
            "word, exact or within one edit",
            scorer.score(),
        ))
    }
}

/// Documents holding the word or a neighbour, in order.
struct WordScorer {
    exact: Option<SegmentPostings>,
    others: Option<Neighbours>,
    norms: FieldNormReader,
    /// BM25 of the exact word, boosted; `None` when the search does not score.
    bm25: Option<Bm25Weight>,
    fuzzy: Score,
    doc: DocId,
}

impl WordScorer {
    fn lowest(&self) -> DocId {
        let exact = self.exact.as_ref().map_or(TERMINATED, |p| p.doc());
        let others = self.others.as_ref().map_or(TERMINATED, |o| o.doc());
        exact.min(others)
    }
}

impl DocSet for WordScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let doc = self.doc;
        if let Some(p) = self.exact.as_mut().filter(|p| p.doc() == doc) {
            p.advance();
        }
        if let Some(o) = self.others.as_mut().filter(|o| o.doc() == doc) {
            o.advance();
        }
        self.doc = self.lowest();
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        if let Some(p) = self.exact.as_mut().filter(|p| p.doc() < target) {
            p.seek(target);
        }
        if let Some(o) = self.others.as_mut().filter(|o| o.doc() < target) {
            o.seek(target);
        }
        self.doc = self.lowest();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        let exact = self.exact.as_ref().map_or(0, |p| p.size_hint());
        let others = self.others.as_ref().map_or(0, |o| o.size_hint());
        exact.saturating_add(others)
    }
}

impl Scorer for WordScorer {
    fn score(&mut self) -> Score {
        let exact = match (&self.bm25, &self.exact) {
            (Some(bm25), Some(p)) if p.doc() == self.doc => {
                bm25.score(self.norms.fieldnorm_id(self.doc), p.term_freq())
            }
            _ => 0.0,
        };
        exact + self.fuzzy
    }
}

/// The documents holding any neighbour of a word (not the word itself), each once.
enum Neighbours {
    /// Few: sorted, with the index of the current one.
    Sparse(Vec<DocId>, usize),
    Dense(BitSetDocSet),
}

impl Neighbours {
    fn read(
        inverted: &InvertedIndexReader,
        infos: &[TermInfo],
        max_doc: u32,
    ) -> tantivy::Result<Neighbours> {
        let total: u64 = infos.iter().map(|i| u64::from(i.doc_freq)).sum();
        let sparse = total <= u64::from(max_doc / SPARSE_NEIGHBOURS);
        let mut docs = Vec::new();
        let mut bits = BitSet::with_max_value(if sparse { 0 } else { max_doc });
        for info in infos {
            let mut block =
                inverted.read_block_postings_from_terminfo(info, IndexRecordOption::Basic)?;
            while !block.docs().is_empty() {
                if sparse {
                    docs.extend_from_slice(block.docs());
                } else {
                    for &doc in block.docs() {
                        bits.insert(doc);
                    }
                }
                block.advance();
            }
        }
        Ok(if sparse {
            docs.sort_unstable();
            docs.dedup();
            Neighbours::Sparse(docs, 0)
        } else {
            Neighbours::Dense(BitSetDocSet::from(bits))
        })
    }
}

impl DocSet for Neighbours {
    fn advance(&mut self) -> DocId {
        match self {
            Neighbours::Sparse(docs, at) => {
                *at = (*at + 1).min(docs.len());
                docs.get(*at).copied().unwrap_or(TERMINATED)
            }
            Neighbours::Dense(bits) => bits.advance(),
        }
    }

    fn seek(&mut self, target: DocId) -> DocId {
        match self {
            Neighbours::Sparse(docs, at) => {
                *at += docs[*at..].partition_point(|&d| d < target);
                docs.get(*at).copied().unwrap_or(TERMINATED)
            }
            Neighbours::Dense(bits) => bits.seek(target),
        }
    }

    fn doc(&self) -> DocId {
        match self {
            Neighbours::Sparse(docs, at) => docs.get(*at).copied().unwrap_or(TERMINATED),
            Neighbours::Dense(bits) => bits.doc(),
        }
    }

    fn size_hint(&self) -> u32 {
        match self {
            Neighbours::Sparse(docs, _) => docs.len() as u32,
            Neighbours::Dense(bits) => bits.size_hint(),
        }
    }
}
