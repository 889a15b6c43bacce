//! Any of several queries, scored as the sum of those a document matches.
//!
//! What a `BooleanQuery` of `Should` clauses computes, but moved by seeking each clause to the
//! next document asked for. Tantivy's union fills a window of 4,096 documents from every
//! clause whenever it is asked for a document beyond its window, so under a filter that
//! leaves one document in thirty it reads and scores every match of every word anyway.

use tantivy::query::{EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

/// Documents matching any of `clauses`; the score is the sum of the matching clauses' scores.
#[derive(Debug)]
pub struct SumQuery {
    clauses: Vec<Box<dyn Query>>,
}

impl SumQuery {
    /// The union of `clauses`.
    pub fn new(clauses: Vec<Box<dyn Query>>) -> SumQuery {
        SumQuery { clauses }
    }
}

impl Clone for SumQuery {
    fn clone(&self) -> SumQuery {
        SumQuery {
            clauses: self.clauses.iter().map(|c| c.box_clone()).collect(),
        }
    }
}

impl Query for SumQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .clauses
            .iter()
            .map(|c| c.weight(enable_scoring))
            .collect::<tantivy::Result<_>>()?;
        Ok(Box::new(SumWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

/// [`SumQuery`] prepared for a searcher.
struct SumWeight {
    weights: Vec<Box<dyn Weight>>,
}

impl SumWeight {
    fn sum_scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<SumScorer> {
        let mut clauses = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            // Clauses with nothing in this segment (a word absent from a field) drop out.
            if scorer.doc() != TERMINATED {
                clauses.push(scorer);
            }
        }
        let mut scorer = SumScorer {
            clauses,
            doc: TERMINATED,
        };
        scorer.doc = scorer.lowest();
        Ok(scorer)
    }
}

impl Weight for SumWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let scorer = self.sum_scorer(reader, boost)?;
        if scorer.clauses.is_empty() {
            return Ok(Box::new(EmptyScorer));
        }
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.sum_scorer(reader, 1.0)?;
        if doc == TERMINATED || scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "Document #({doc}) does not match"
            )));
        }
        Ok(Explanation::new(
            "sum of the matching clauses",
            scorer.score(),
        ))
    }
}

/// [`SumQuery`] on one segment.
struct SumScorer {
    /// Clauses not yet exhausted, in the query's order (the order scores are added in).
    clauses: Vec<Box<dyn Scorer>>,
    doc: DocId,
}

impl SumScorer {
    fn lowest(&self) -> DocId {
        self.clauses
            .iter()
            .map(|c| c.doc())
            .min()
            .unwrap_or(TERMINATED)
    }

    /// Drops exhausted clauses (if any) and finds the next document.
    fn settle(&mut self, exhausted: bool) -> DocId {
        if exhausted {
            self.clauses.retain(|c| c.doc() != TERMINATED);
        }
        self.doc = self.lowest();
        self.doc
    }
}

impl DocSet for SumScorer {
    fn advance(&mut self) -> DocId {
        let doc = self.doc;
        if doc == TERMINATED {
            return TERMINATED;
        }
        let mut exhausted = false;
        for clause in &mut self.clauses {
            if clause.doc() == doc {
                exhausted |= clause.advance() == TERMINATED;
            }
        }
        self.settle(exhausted)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let mut exhausted = false;
        for clause in &mut self.clauses {
            if clause.doc() < target {
                exhausted |= clause.seek(target) == TERMINATED;
            }
        }
        self.settle(exhausted)
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.clauses
            .iter()
            .map(|c| c.size_hint())
            .fold(0, u32::saturating_add)
    }

    fn cost(&self) -> u64 {
        self.clauses.iter().map(|c| c.cost()).sum()
    }
}

impl Scorer for SumScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        let mut sum = 0.0;
        for clause in &mut self.clauses {
            if clause.doc() == doc {
                sum += clause.score();
            }
        }
        sum
    }
}
