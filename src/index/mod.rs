//! Index stage: the tantivy full-text index, derived from the catalog.
//!
//! The catalog is the source of truth; the index can always be rebuilt from it. Each
//! catalogued document is one tantivy document keyed by the catalog id.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::error::Error;
use crate::model::Record;

pub mod analyzer;
pub mod pairs;
pub mod stemmer;

pub use analyzer::ANALYZER;

/// Name the word-pair analyzer ([`pairs`]) is registered under: the text analyzer's name with
/// a suffix, so a new text analysis renames (and so rebuilds) the pairs too.
pub fn pairs_analyzer() -> String {
    format!("{ANALYZER}_pairs")
}
/// Memory budget of the index writer.
const WRITER_HEAP: usize = 100_000_000;

/// Handles to the schema's fields.
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    pub id: Field,
    pub sha256: Field,
    pub source: Field,
    pub doc_type: Field,
    pub title: Field,
    pub text: Field,
    pub numbers: Field,
    pub numbers_exact: Field,
    pub date: Field,
    pub year: Field,
    pub place: Field,
    pub parties: Field,
    pub signatories: Field,
    pub references: Field,
    /// Date of the document as yyyymmdd, for ranges and sorting.
    pub date_num: Field,
    /// Every amount stated, in rupiah.
    pub amount: Field,
    /// Cited instruments as `TYPE:number:year` keys (see [`cite_key`]).
    pub cites: Field,
    /// Classification codes and their top-level subject codes.
    pub classification: Field,
    /// The adjacent word pairs of each field of words, for phrases.
    pub pairs: PairFields,
}

/// For each field of words, its twin holding the field's adjacent word pairs (see [`pairs`]):
/// indexed with positions, not stored, without field norms (scores use the words' own).
#[derive(Clone, Copy, Debug)]
pub struct PairFields {
    pub title: Field,
    pub text: Field,
    pub numbers: Field,
    pub place: Field,
    pub parties: Field,
    pub signatories: Field,
    pub references: Field,
}

impl Fields {
    /// The fields a query's words are looked for in.
    pub fn searched(&self) -> Vec<Field> {
        vec![
            self.title,
            self.text,
            self.numbers,
            self.parties,
            self.signatories,
            self.place,
            self.references,
        ]
    }

    /// How much a match in `field` weighs against one in the text: a title or document
    /// number naming the query is the document asked for.
    pub fn boost(&self, field: Field) -> f32 {
        if field == self.title {
            2.0
        } else if field == self.numbers {
            3.0
        } else {
            1.0
        }
    }

    /// The fields where a word may be misspelt by one letter (OCR slips): numbers and
    /// citations are matched exactly.
    pub fn fuzzy(&self) -> [Field; 5] {
        [
            self.title,
            self.text,
            self.parties,
            self.signatories,
            self.place,
        ]
    }

    /// The pairs twin of a field of words.
    pub fn pairs_of(&self, field: Field) -> Option<Field> {
        let p = self.pairs;
        [
            (self.title, p.title),
            (self.text, p.text),
            (self.numbers, p.numbers),
            (self.place, p.place),
            (self.parties, p.parties),
            (self.signatories, p.signatories),
            (self.references, p.references),
        ]
        .into_iter()
        .find_map(|(words, pairs)| (words == field).then_some(pairs))
    }
}

/// The full-text index under the data folder.
pub struct SearchIndex {
    pub index: Index,
    pub fields: Fields,
    path: PathBuf,
    /// Opened on first use and kept: opening one costs as much as a small query.
    reader: OnceLock<IndexReader>,
    /// Opstamp of the commit the reader shows.
    reader_opstamp: Mutex<Option<u64>>,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let analyzed = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    // Scored with their words' field norms (`search::pairs`), so they keep none.
    let pairs = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(&pairs_analyzer())
            .set_fieldnorms(false)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: b.add_u64_field("id", INDEXED | STORED | FAST),
        sha256: b.add_text_field("sha256", STRING | STORED),
        source: b.add_text_field("source", STRING | STORED),
        doc_type: b.add_text_field("doc_type", STRING | STORED | FAST),
        title: b.add_text_field("title", analyzed.clone()),
        text: b.add_text_field("text", analyzed.clone()),
        numbers: b.add_text_field("numbers", analyzed.clone()),
        numbers_exact: b.add_text_field("numbers_exact", STRING),
        date: b.add_text_field("date", STRING | STORED),
        year: b.add_u64_field("year", INDEXED | STORED | FAST),
        place: b.add_text_field("place", analyzed.clone()),
        parties: b.add_text_field("parties", analyzed.clone()),
        signatories: b.add_text_field("signatories", analyzed.clone()),
        references: b.add_text_field("references", analyzed),
        date_num: b.add_u64_field("date_num", INDEXED | FAST),
        amount: b.add_u64_field("amount", INDEXED | FAST),
        cites: b.add_text_field("cites", STRING | STORED),
        classification: b.add_text_field("classification", STRING),
        pairs: PairFields {
            title: b.add_text_field("title_pairs", pairs.clone()),
            text: b.add_text_field("text_pairs", pairs.clone()),
            numbers: b.add_text_field("numbers_pairs", pairs.clone()),
            place: b.add_text_field("place_pairs", pairs.clone()),
            parties: b.add_text_field("parties_pairs", pairs.clone()),
            signatories: b.add_text_field("signatories_pairs", pairs.clone()),
            references: b.add_text_field("references_pairs", pairs),
        },
    };
    (b.build(), fields)
}

/// The key a cited instrument is indexed and filtered by: type, number without leading
/// zeros, year (`UU:10:2016`).
pub fn cite_key(r: &crate::model::Reference) -> String {
    let number: String = r
        .number
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    let number = if number.chars().all(|c| c.is_ascii_digit()) {
        number.trim_start_matches('0').to_string()
    } else {
        number
    };
    format!(
        "{}:{}:{}",
        r.kind.as_str(),
        number,
        r.year.map(|y| y.to_string()).unwrap_or_default()
    )
}

/// Canonical form of a document number for exact lookups: no spaces, upper case.
pub fn number_key(number: &str) -> String {
    number
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if the folder holds none.
    pub fn open_or_create(dir: &Path) -> Result<SearchIndex, Error> {
        let err = |message: String| Error::Index {
            path: dir.to_owned(),
            message,
        };
        std::fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
        let (schema, fields) = schema();
        let index = if dir.join("meta.json").exists() {
            let index = Index::open_in_dir(dir).map_err(|e| err(e.to_string()))?;
            if index.schema() == schema {
                index
            } else {
                // Built by another version (another analysis): the index is derived data,
                // so start it afresh; the catalog refills it.
                drop(index);
                tracing::warn!(
                    "{}: index from another naskah version; rebuilding it from the catalog",
                    dir.display()
                );
                std::fs::remove_dir_all(dir).map_err(|e| err(e.to_string()))?;
                std::fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
                Index::create_in_dir(dir, schema).map_err(|e| err(e.to_string()))?
            }
        } else {
            Index::create_in_dir(dir, schema).map_err(|e| err(e.to_string()))?
        };
        // Custom tokenizers are not persisted in the index; register them on every open.
        index
            .tokenizers()
            .register(ANALYZER, analyzer::indonesian());
        index
            .tokenizers()
            .register(&pairs_analyzer(), pairs::analyzer(analyzer::indonesian()));
        Ok(SearchIndex {
            index,
            fields,
            path: dir.to_owned(),
            reader: OnceLock::new(),
            reader_opstamp: Mutex::new(None),
        })
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::Index {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }

    /// A writer; only one may exist at a time (tantivy holds a lock file).
    pub fn writer(&self) -> Result<IndexWriter, Error> {
        self.index.writer(WRITER_HEAP).map_err(|e| {
            self.err(format!(
                "{e} (is another naskah process writing to this data folder?)"
            ))
        })
    }

    /// A searcher over the latest commit. The reader is kept between calls and reloaded
    /// only when a commit (of this process or another) has happened since.
    pub fn searcher(&self) -> Result<Searcher, Error> {
        if self.reader.get().is_none() {
            let reader = self
                .index
                .reader_builder()
                .reload_policy(ReloadPolicy::Manual)
                .try_into()
                .map_err(|e| self.err(e))?;
            let _ = self.reader.set(reader);
        }
        let reader = self
            .reader
            .get()
            .ok_or_else(|| self.err("the index reader could not be opened"))?;
        let opstamp = self.index.load_metas().map_err(|e| self.err(e))?.opstamp;
        let mut seen = self
            .reader_opstamp
            .lock()
            .map_err(|_| self.err("the index reader lock is poisoned"))?;
        if *seen != Some(opstamp) {
            reader.reload().map_err(|e| self.err(e))?;
            *seen = Some(opstamp);
        }
        Ok(reader.searcher())
    }

    /// Catalog ids of the documents the index holds (read from the `id` fast field, so no
    /// stored document is decompressed).
    pub fn indexed_ids(&self) -> Result<HashSet<u64>, Error> {
        let searcher = self.searcher()?;
        let mut ids = HashSet::with_capacity(searcher.num_docs() as usize);
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().u64("id").map_err(|e| self.err(e))?;
            let alive = segment.alive_bitset();
            for doc in 0..segment.max_doc() {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    if let Some(id) = column.first(doc) {
                        ids.insert(id);
                    }
                }
            }
        }
        Ok(ids)
    }

    /// (catalog id, SHA-256) of every document the index holds, duplicates included.
    pub fn indexed_entries(&self) -> Result<Vec<(u64, String)>, Error> {
        use tantivy::schema::Value;
        let searcher = self.searcher()?;
        let addrs = searcher
            .search(
                &tantivy::query::AllQuery,
                &tantivy::collector::DocSetCollector,
            )
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(addrs.len());
        for addr in addrs {
            let doc: TantivyDocument = searcher.doc(addr).map_err(|e| self.err(e))?;
            let id = doc.get_first(self.fields.id).and_then(|v| v.as_u64());
            let sha = doc.get_first(self.fields.sha256).and_then(|v| v.as_str());
            if let Some(id) = id {
                out.push((id, sha.unwrap_or_default().to_string()));
            }
        }
        Ok(out)
    }

    /// Removes a document (every entry under its catalog id).
    pub fn delete(&self, writer: &IndexWriter, id: u64) {
        writer.delete_term(Term::from_field_u64(self.fields.id, id));
    }

    /// Adds (or replaces) one catalogued document.
    pub fn add(&self, writer: &IndexWriter, entry: &IndexEntry) -> Result<(), Error> {
        let f = &self.fields;
        writer.delete_term(Term::from_field_u64(f.id, entry.id));
        let r = entry.record;
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, entry.id);
        doc.add_text(f.sha256, entry.sha256);
        doc.add_text(f.source, entry.source);
        doc.add_text(f.doc_type, r.doc_type.as_str());
        // A field of words and its pairs twin get the same values.
        fn words(doc: &mut TantivyDocument, field: Field, pairs: Field, value: &str) {
            doc.add_text(field, value);
            doc.add_text(pairs, value);
        }
        if let Some(title) = &r.title {
            words(&mut doc, f.title, f.pairs.title, title);
        }
        words(&mut doc, f.text, f.pairs.text, entry.text);
        for n in &r.numbers {
            words(&mut doc, f.numbers, f.pairs.numbers, n);
            doc.add_text(f.numbers_exact, number_key(n));
        }
        if let Some(date) = r.date {
            use chrono::Datelike;
            doc.add_text(f.date, date.to_string());
            doc.add_u64(f.year, date.year().max(0) as u64);
            doc.add_u64(
                f.date_num,
                date.year().max(0) as u64 * 10_000 + u64::from(date.month() * 100 + date.day()),
            );
        }
        for a in &r.amounts {
            doc.add_u64(f.amount, a.value.0.max(0) as u64);
        }
        for c in &r.classification {
            doc.add_text(f.classification, &c.code);
            doc.add_text(f.classification, &c.subject_code);
        }
        if let Some(place) = &r.place {
            words(&mut doc, f.place, f.pairs.place, place);
        }
        for p in &r.parties {
            words(&mut doc, f.parties, f.pairs.parties, p);
        }
        for s in &r.signatories {
            words(&mut doc, f.signatories, f.pairs.signatories, &s.name);
            if let Some(pos) = &s.position {
                words(&mut doc, f.signatories, f.pairs.signatories, pos);
            }
        }
        for reference in &r.references {
            let year = reference.year.map(|y| y.to_string()).unwrap_or_default();
            let text = format!("{} {} {}", reference.kind.as_str(), reference.number, year);
            words(&mut doc, f.references, f.pairs.references, &text);
            doc.add_text(f.cites, cite_key(reference));
        }
        writer.add_document(doc).map_err(|e| self.err(e))?;
        Ok(())
    }
}

/// What the index needs of one catalogued document.
pub struct IndexEntry<'a> {
    pub id: u64,
    pub sha256: &'a str,
    pub source: &'a str,
    pub record: &'a Record,
    pub text: &'a str,
}
