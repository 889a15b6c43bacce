//! Counting the matching documents per type and per year, in the same pass that ranks them.
//!
//! Counts are kept in flat arrays, per term ordinal and per year, and resolved to names once
//! per segment, so a query that matches most of the archive costs two array increments per
//! document, not a hash, a dictionary lookup and a string per document.

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
    /// Year counts indexed by `year - first_year` (years span a few decades at most).
    by_year: Vec<u64>,
    first_year: u64,
    /// Years out of the dense range above (a corrupt date): rare, so hashed.
    other_years: HashMap<u64, u64>,
    /// Type counts indexed by the term ordinal in the segment's `doc_type` dictionary.
    by_type: Vec<u64>,
}

/// Widest span of years counted in a flat array; wider ones spill into a map.
const DENSE_YEARS: u64 = 512;

impl Collector for FacetCounts {
    type Fruit = (usize, Facets);
    type Child = SegmentFacetCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounts> {
        let fast = reader.fast_fields();
        let years = fast.u64("year")?;
        let types = fast.str("doc_type")?;
        let first_year = years.min_value();
        let span = years
            .max_value()
            .saturating_sub(first_year)
            .saturating_add(1);
        Ok(SegmentFacetCounts {
            by_year: vec![0; span.min(DENSE_YEARS) as usize],
            first_year,
            other_years: HashMap::new(),
            by_type: vec![0; types.as_ref().map_or(0, |t| t.num_terms())],
            years,
            types,
            total: 0,
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
            match self
                .by_year
                .get_mut(year.wrapping_sub(self.first_year) as usize)
            {
                Some(n) => *n += 1,
                None => *self.other_years.entry(year).or_default() += 1,
            }
        }
        if let Some(ord) = self.types.as_ref().and_then(|t| t.ords().first(doc)) {
            if let Some(n) = self.by_type.get_mut(ord as usize) {
                *n += 1;
            }
        }
    }

    fn harvest(self) -> (usize, Facets) {
        let mut out = Facets::default();
        let dense = (self.first_year..).zip(self.by_year);
        for (year, count) in dense.chain(self.other_years) {
            if count > 0 {
                *out.year.entry(year.to_string()).or_default() += count;
            }
        }
        if let Some(types) = &self.types {
            let mut name = String::new();
            for (ord, &count) in self.by_type.iter().enumerate() {
                name.clear();
                // An unreadable dictionary entry loses one facet count, not the search.
                if count > 0 && types.ord_to_str(ord as u64, &mut name).unwrap_or(false) {
                    *out.doc_type.entry(name.clone()).or_default() += count;
                }
            }
        }
        (self.total, out)
    }
}
