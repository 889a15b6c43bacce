//! A phrase in a field of words answered from its pairs twin (`index::pairs`), ranked as the
//! phrase over the words would be.
//!
//! Matching: the phrase's words at consecutive positions are the pairs word 0-1, 2-3, ... (and
//! the last two words when their number is odd) at their offsets, so a document matches the
//! pairs exactly where it matches the words, as often. A two-word phrase is one pair term and
//! needs no positions at all.
//!
//! Scoring: BM25 with the idf of the phrase's words and the words field's norms, the weight
//! tantivy's `PhraseQuery` over the words computes, times the same phrase count: the scores
//! are the same, so ranking does not change.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use crate::index::pairs::pair_text;

/// A phrase of two or more adjacent words in a field of words, matched through its pairs.
#[derive(Clone, Debug)]
pub struct PairPhraseQuery {
    /// The phrase's words as terms of the words field: its idf, and what snippets highlight.
    words: Vec<Term>,
    /// Pair terms with their offsets in the phrase.
    pairs: Vec<(usize, Term)>,
}

impl PairPhraseQuery {
    /// The query for `words`, analysed words at consecutive positions in the field `words_in`,
    /// whose pairs are in `pairs`; `None` for fewer than two words.
    pub fn new(words_in: Field, pairs: Field, words: &[String]) -> Option<PairPhraseQuery> {
        if words.len() < 2 {
            return None;
        }
        let pair = |i: usize| {
            (
                i,
                Term::from_field_text(pairs, &pair_text(&words[i], &words[i + 1])),
            )
        };
        // Pairs 0-1, 2-3, ... cover every word; an odd last word pairs with the one before.
        let mut terms: Vec<(usize, Term)> = (0..words.len() - 1).step_by(2).map(pair).collect();
        if words.len() % 2 == 1 {
            terms.push(pair(words.len() - 2));
        }
        Some(PairPhraseQuery {
            words: words
                .iter()
                .map(|w| Term::from_field_text(words_in, w))
                .collect(),
            pairs: terms,
        })
    }
}

impl Query for PairPhraseQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let bm25 = match enable_scoring {
            EnableScoring::Enabled {
                statistics_provider,
                ..
            } => Some(Bm25Weight::for_terms(statistics_provider, &self.words)?),
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(PairPhraseWeight {
            words_in: self.words[0].field(),
            pairs: self.pairs.clone(),
            bm25,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        // The words, as the phrase over them reports them: snippets highlight these.
        for word in &self.words {
            visitor(word, true);
        }
    }
}

/// [`PairPhraseQuery`] prepared for a searcher.
struct PairPhraseWeight {
    words_in: Field,
    pairs: Vec<(usize, Term)>,
    bm25: Option<Bm25Weight>,
}

impl PairPhraseWeight {
    fn pair_scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<PairScorer> {
        let norms = match &self.bm25 {
            Some(_) => reader.fieldnorms_readers().get_field(self.words_in)?,
            None => None,
        }
        .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
        // Without scoring any weight does: the scores are not read.
        let bm25 = self.bm25.as_ref().map_or_else(
            || Bm25Weight::for_one_term(1, 1, 1.0),
            |w| w.boost_by(boost),
        );
        let option = if self.pairs.len() == 1 {
            IndexRecordOption::WithFreqs
        } else {
            IndexRecordOption::WithFreqsAndPositions
        };
        let mut pairs = Vec::with_capacity(self.pairs.len());
        for (offset, term) in &self.pairs {
            let inverted = reader.inverted_index(term.field())?;
            match inverted.read_postings(term, option)? {
                Some(postings) => pairs.push((*offset as u32, postings)),
                // A pair no document of this segment holds: nothing matches.
                None => pairs.clear(),
            }
            if pairs.is_empty() {
                break;
            }
        }
        // The rarest pair leads the intersection.
        pairs.sort_by_key(|(_, p)| p.size_hint());
        let mut scorer = PairScorer {
            pairs,
            norms,
            bm25,
            count: 0,
            doc: TERMINATED,
            starts: Vec::new(),
            positions: Vec::new(),
        };
        scorer.doc = match scorer.pairs.first() {
            Some((_, first)) => scorer.settle(first.doc()),
            None => TERMINATED,
        };
        Ok(scorer)
    }
}

impl Weight for PairPhraseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(self.pair_scorer(reader, boost)?))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.pair_scorer(reader, 1.0)?;
        if doc == TERMINATED || scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "Document #({doc}) does not match"
            )));
        }
        let mut e = Explanation::new("phrase through word pairs", scorer.score());
        e.add_const("phrase count", scorer.count as Score);
        Ok(e)
    }
}

/// Documents holding every pair at its offset from a common start, and how often.
struct PairScorer {
    /// Offset of each pair in the phrase, and its postings; rarest first.
    pairs: Vec<(u32, SegmentPostings)>,
    norms: FieldNormReader,
    bm25: Bm25Weight,
    /// Occurrences of the phrase in `doc`.
    count: u32,
    doc: DocId,
    /// Scratch: phrase starts that every pair seen so far agrees on.
    starts: Vec<u32>,
    positions: Vec<u32>,
}

impl PairScorer {
    /// The first document from `candidate` (where the rarest pair stands) that holds the
    /// phrase; sets `count`.
    fn settle(&mut self, mut candidate: DocId) -> DocId {
        loop {
            candidate = self.intersect(candidate);
            if candidate == TERMINATED {
                return TERMINATED;
            }
            self.count = self.phrase_count();
            if self.count > 0 {
                return candidate;
            }
            candidate = self.pairs[0].1.advance();
        }
    }

    /// The first document from `candidate` holding every pair (leapfrog over the lists).
    fn intersect(&mut self, mut candidate: DocId) -> DocId {
        'search: loop {
            if candidate == TERMINATED {
                return TERMINATED;
            }
            for (_, postings) in &mut self.pairs[1..] {
                // A list may already stand past the candidate (`seek` must not go back).
                let doc = if postings.doc() < candidate {
                    postings.seek(candidate)
                } else {
                    postings.doc()
                };
                if doc != candidate {
                    candidate = self.pairs[0].1.seek(doc);
                    continue 'search;
                }
            }
            return candidate;
        }
    }

    /// Occurrences of the phrase in the current document (every pair holds it).
    fn phrase_count(&mut self) -> u32 {
        if self.pairs.len() == 1 {
            return self.pairs[0].1.term_freq();
        }
        let (pairs, starts, positions) = (&mut self.pairs, &mut self.starts, &mut self.positions);
        for (i, (offset, postings)) in pairs.iter_mut().enumerate() {
            positions.clear();
            postings.positions(positions);
            let these = positions.iter().filter_map(|p| p.checked_sub(*offset));
            if i == 0 {
                starts.clear();
                starts.extend(these);
            } else {
                // Both lists are sorted: keep the starts this pair also has.
                let mut these = these.peekable();
                starts.retain(|s| {
                    while these.next_if(|p| p < s).is_some() {}
                    these.peek() == Some(s)
                });
            }
            if starts.is_empty() {
                return 0;
            }
        }
        starts.len() as u32
    }
}

impl DocSet for PairScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let next = self.pairs[0].1.advance();
        self.doc = self.settle(next);
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let next = self.pairs[0].1.seek(target);
        self.doc = self.settle(next);
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.pairs.first().map_or(0, |(_, p)| p.size_hint())
    }
}

impl Scorer for PairScorer {
    fn score(&mut self) -> Score {
        self.bm25
            .score(self.norms.fieldnorm_id(self.doc), self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_cover_every_word() {
        let text = Field::from_field_id(0);
        let pairs = Field::from_field_id(1);
        let words = |n: usize| (0..n).map(|i| format!("w{i}")).collect::<Vec<_>>();
        let offsets = |n: usize| {
            PairPhraseQuery::new(text, pairs, &words(n))
                .map(|q| q.pairs.iter().map(|(o, _)| *o).collect::<Vec<_>>())
        };
        assert_eq!(offsets(1), None);
        assert_eq!(offsets(2), Some(vec![0]));
        assert_eq!(offsets(3), Some(vec![0, 1]));
        assert_eq!(offsets(4), Some(vec![0, 2]));
        assert_eq!(offsets(5), Some(vec![0, 2, 3]));
    }
}
