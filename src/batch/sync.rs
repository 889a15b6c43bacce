//! The index follows the catalog: filling it, re-extracting into it, and checking that the
//! two (and the import queue) agree.

use std::collections::{HashMap, HashSet};

use crate::error::Error;
use crate::extract::extract;
use crate::extract::rules::Rules;
use crate::index::{IndexEntry, SearchIndex};
use crate::model::join_pages;
use crate::store::Catalog;

/// Index commits happen at least this often, so an interrupted batch keeps its progress.
const COMMIT_EVERY: usize = 50;

fn index_err(e: tantivy::TantivyError) -> Error {
    Error::Index {
        path: "index".into(),
        message: e.to_string(),
    }
}

/// Adds to the index every catalogued document it lacks (after a crash, or with indexing
/// turned off earlier), and moves their import jobs to `indexed`. Returns how many were added.
pub async fn sync_index(catalog: &Catalog, index: &SearchIndex) -> Result<usize, Error> {
    let have = index.indexed_ids()?;
    let missing: Vec<i64> = catalog
        .ids()
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| !have.contains(&(*id as u64)))
        .collect();
    if !missing.is_empty() {
        let mut writer = index.writer()?;
        for (i, id) in missing.iter().enumerate() {
            add_to_index(catalog, index, &writer, *id).await?;
            if (i + 1) % COMMIT_EVERY == 0 {
                writer.commit().map_err(index_err)?;
            }
        }
        writer.commit().map_err(index_err)?;
        writer.wait_merging_threads().map_err(index_err)?;
    }
    // Only jobs whose document is now known to be in the index: another worker may have
    // catalogued more since the list above was taken.
    let indexed: Vec<i64> = catalog
        .catalogued_document_ids()
        .await?
        .into_iter()
        .filter(|id| have.contains(&(*id as u64)) || missing.contains(id))
        .collect();
    catalog.mark_indexed(&indexed).await?;
    Ok(missing.len())
}

async fn add_to_index(
    catalog: &Catalog,
    index: &SearchIndex,
    writer: &tantivy::IndexWriter,
    id: i64,
) -> Result<(), Error> {
    let Some(doc) = catalog.get(id).await? else {
        return Ok(());
    };
    let text = join_pages(doc.pages.iter().map(|p| p.text.as_str()));
    index.add(
        writer,
        &IndexEntry {
            id: doc.id as u64,
            sha256: &doc.sha256,
            source: &doc.source,
            record: &doc.record,
            text: &text,
        },
    )
}

/// Runs extraction again over the catalogued text of every document (after the rules
/// changed) and refreshes the index. No file is read and nothing is OCRed again.
pub async fn reextract(
    catalog: &Catalog,
    index: Option<&SearchIndex>,
    rules: &Rules,
) -> Result<usize, Error> {
    let ids = catalog.ids().await?;
    let mut writer = index.map(SearchIndex::writer).transpose()?;
    for (id, _) in &ids {
        let Some(doc) = catalog.get(*id).await? else {
            continue;
        };
        let texts: Vec<&str> = doc.pages.iter().map(|p| p.text.as_str()).collect();
        let extraction = extract(&texts, rules);
        let record = extraction.record;
        catalog
            .update_record(*id, &record, &extraction.evidence)
            .await?;
        if let (Some(index), Some(writer)) = (index, writer.as_ref()) {
            let text = join_pages(texts.into_iter());
            index.add(
                writer,
                &IndexEntry {
                    id: *id as u64,
                    sha256: &doc.sha256,
                    source: &doc.source,
                    record: &record,
                    text: &text,
                },
            )?;
        }
    }
    if let Some(mut w) = writer.take() {
        w.commit().map_err(index_err)?;
        w.wait_merging_threads().map_err(index_err)?;
    }
    Ok(ids.len())
}

/// What `naskah check` found (and, when repairing, fixed).
#[derive(Debug, Default)]
pub struct CheckReport {
    /// Catalogued documents the index lacked.
    pub missing_from_index: Vec<i64>,
    /// Index entries with no catalogued document behind them.
    pub orphans_in_index: Vec<u64>,
    /// Index entries whose content (SHA-256) differs from the catalog's document of that id.
    pub stale_in_index: Vec<u64>,
    /// Documents indexed more than once.
    pub duplicated_in_index: Vec<u64>,
    /// Import jobs counted as done whose document is missing from the catalog (queued again).
    pub lost_documents: u64,
    /// Files a stopped worker left half-done (resumed by the next `ingest` or `worker`).
    pub interrupted: Vec<(std::path::PathBuf, crate::store::JobState)>,
    /// Whether the problems found were repaired.
    pub repaired: bool,
}

impl CheckReport {
    /// Whether catalog and index agree (interrupted files are work to resume, not damage).
    pub fn agrees(&self) -> bool {
        self.missing_from_index.is_empty()
            && self.orphans_in_index.is_empty()
            && self.stale_in_index.is_empty()
            && self.duplicated_in_index.is_empty()
            && self.lost_documents == 0
    }
}

/// Compares the catalog, the index and the import queue; with `repair`, makes the index
/// agree with the catalog (the catalog is the truth) and queues lost documents again.
pub async fn check(
    catalog: &Catalog,
    index: &SearchIndex,
    repair: bool,
) -> Result<CheckReport, Error> {
    let catalogued: HashMap<u64, String> = catalog
        .ids()
        .await?
        .into_iter()
        .map(|(id, sha)| (id as u64, sha))
        .collect();
    let mut seen: HashMap<u64, Vec<String>> = HashMap::new();
    for (id, sha) in index.indexed_entries()? {
        seen.entry(id).or_default().push(sha);
    }
    let mut report = CheckReport::default();
    for (id, shas) in &seen {
        match catalogued.get(id) {
            None => report.orphans_in_index.push(*id),
            Some(sha) if shas.iter().any(|s| s != sha) => report.stale_in_index.push(*id),
            Some(_) if shas.len() > 1 => report.duplicated_in_index.push(*id),
            Some(_) => {}
        }
    }
    let indexed: HashSet<u64> = seen.keys().copied().collect();
    report.missing_from_index = catalogued
        .keys()
        .filter(|id| !indexed.contains(id))
        .map(|id| *id as i64)
        .collect();
    report.missing_from_index.sort_unstable();
    report.orphans_in_index.sort_unstable();
    report.stale_in_index.sort_unstable();
    report.duplicated_in_index.sort_unstable();
    report.interrupted = catalog.interrupted_jobs().await?;
    if !repair {
        report.lost_documents = catalog.count_lost().await?;
        return Ok(report);
    }
    report.lost_documents = catalog.requeue_lost().await?;
    let mut writer = index.writer()?;
    for id in &report.orphans_in_index {
        index.delete(&writer, *id);
    }
    // `add` replaces every entry under the id, so stale and duplicated entries go too.
    let rewrite = report
        .stale_in_index
        .iter()
        .chain(&report.duplicated_in_index)
        .map(|id| *id as i64)
        .chain(report.missing_from_index.iter().copied());
    for id in rewrite {
        add_to_index(catalog, index, &writer, id).await?;
    }
    writer.commit().map_err(index_err)?;
    writer.wait_merging_threads().map_err(index_err)?;
    let waiting: Vec<i64> = catalog.catalogued_document_ids().await?;
    catalog.mark_indexed(&waiting).await?;
    report.repaired = true;
    Ok(report)
}
