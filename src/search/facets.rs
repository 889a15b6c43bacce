//! Counting the matching documents per type and per year, in the same pass that ranks them.
//!
//! Counts are kept per term ordinal and resolved to names once per segment, so a query that
//! matches most of the archive costs a counter increment per document, not a dictionary
//! lookup and a string per document.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::Facets;

/// Collector of the number of matches and their counts per document type and year.
pub struct FacetCounts;

/// [`FacetCounts`] on one segment.
pub struct SegmentFacetCounts {
    years: Column<u64>,
    types: Option<StrColumn>,
    total: usize,
    by_year: HashMap<u64, u64>,
    by_type: HashMap<u64, u64>,
}

impl Collector for FacetCounts {
    type Fruit = (usize, Facets);
    type Child = SegmentFacetCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounts> {
        let fast = reader.fast_fields();
        Ok(SegmentFacetCounts {
            years: fast.u64("year")?,
            types: fast.str("doc_type")?,
            total: 0,
            by_year: HashMap::new(),
            by_type: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(usize, Facets)>) -> tantivy::Result<(usize, Facets)> {
        let mut total = 0;
        let mut out = Facets::default();
        for (n, facets) in fruits {
            total += n;
            for (name, count) in facets.doc_type {
                *out.doc_type.entry(name).or_default() += count;
            }
            for (year, count) in facets.year {
                *out.year.entry(year).or_default() += count;
            }
        }
        Ok((total, out))
    }
}

impl SegmentCollector for SegmentFacetCounts {
    type Fruit = (usize, Facets);

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.total += 1;
        if let Some(year) = self.years.first(doc) {
            *self.by_year.entry(year).or_default() += 1;
        }
        if let Some(ord) = self.types.as_ref().and_then(|t| t.term_ords(doc).next()) {
            *self.by_type.entry(ord).or_default() += 1;
        }
    }

    fn harvest(self) -> (usize, Facets) {
        let mut out = Facets::default();
        for (year, count) in self.by_year {
            out.year.insert(year.to_string(), count);
        }
        if let Some(types) = &self.types {
            let mut name = String::new();
            for (ord, count) in self.by_type {
                name.clear();
                // An unreadable dictionary entry loses one facet count, not the search.
                if types.ord_to_str(ord, &mut name).unwrap_or(false) {
                    *out.doc_type.entry(name.clone()).or_default() += count;
                }
            }
        }
        (self.total, out)
    }
}
