//! A batch import: files through ingest → OCR → extract → catalog → index.
//!
//! Files are read several at a time; their page images go to one shared OCR pool, so all
//! cores stay busy whether the batch is one 300-page scan or a thousand letters. Catalog
//! writes happen one document at a time in a transaction, and the index is fed from the
//! catalog afterwards, so the catalog is always the source of truth.

use std::path::PathBuf;
use std::sync::Arc;

use futures::stream::{self, StreamExt};
use indicatif::{ProgressBar, ProgressStyle};
use sha2::{Digest, Sha256};
use tokio::sync::OnceCell;

use crate::error::{Error, ReadError};
use crate::extract::rules::Rules;
use crate::extract::{extract, Extraction};
use crate::index::{IndexEntry, SearchIndex};
use crate::ingest::{self, InputFile, PageSource};
use crate::model::{join_pages, Document, Page, Record, TextOrigin};
use crate::ocr::OcrPool;
use crate::pipeline::Pipeline;
use crate::store::{Added, Catalog};

/// Index commits happen at least this often, so an interrupted batch keeps its progress.
const COMMIT_EVERY: usize = 50;

/// A file that could not be ingested.
#[derive(Debug, Clone)]
pub struct Failure {
    pub path: PathBuf,
    pub source: String,
    pub reason: String,
}

/// What a batch did.
#[derive(Debug, Default)]
pub struct Report {
    pub ingested: usize,
    pub already_present: usize,
    pub failed: Vec<Failure>,
    pub pages: usize,
    pub ocr_pages: usize,
    pub warnings: Vec<String>,
}

enum Outcome {
    Ready(Box<Document>),
    AlreadyPresent,
    Failed(Failure),
}

/// Shared state of a running batch.
struct Ctx {
    pipeline: Pipeline,
    rules: Arc<Rules>,
    catalog: Catalog,
    ocr_threads: usize,
    ocr: OnceCell<Arc<OcrPool>>,
}

impl Ctx {
    /// The OCR pool, started on first need so a batch of known files starts no engine.
    async fn ocr(&self) -> Result<Arc<OcrPool>, String> {
        self.ocr
            .get_or_try_init(|| async {
                let pipeline = self.pipeline.clone();
                let threads = self.ocr_threads;
                tokio::task::spawn_blocking(move || OcrPool::start(&pipeline, threads))
                    .await
                    .map_err(|e| e.to_string())?
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            })
            .await
            .cloned()
    }
}

/// Ingests `paths` (files and folders) into the catalog and index.
pub async fn ingest(
    paths: &[PathBuf],
    pipeline: &Pipeline,
    catalog: &Catalog,
    index: Option<&SearchIndex>,
    jobs: Option<usize>,
) -> Result<Report, Error> {
    let (files, problems) = ingest::expand(paths);
    let mut report = Report::default();
    for p in problems {
        let failure = Failure {
            source: p.path.display().to_string(),
            path: p.path,
            reason: p.reason,
        };
        catalog
            .add_failure(
                &failure.path.display().to_string(),
                &failure.source,
                None,
                &failure.reason,
            )
            .await?;
        report.failed.push(failure);
    }
    let ctx = Arc::new(Ctx {
        pipeline: pipeline.clone(),
        rules: Arc::new(pipeline.rules()?),
        catalog: catalog.clone(),
        ocr_threads: jobs.unwrap_or_else(|| pipeline.ocr_threads()).max(1),
        ocr: OnceCell::new(),
    });
    let bar = progress_bar(files.len() as u64);
    let in_flight = pipeline.workers.files_in_flight.max(1);
    let mut outcomes = stream::iter(files)
        .map(|file| {
            let ctx = Arc::clone(&ctx);
            // A task of its own, so a file holding a catalog connection keeps running while
            // this loop waits on the catalog (polled in place, the two would deadlock).
            let (path, source) = (file.path.clone(), file.source.clone());
            async move {
                tokio::spawn(async move { process(&ctx, file).await })
                    .await
                    .unwrap_or_else(|e| {
                        Outcome::Failed(Failure {
                            path,
                            source,
                            reason: format!("processing crashed: {e}"),
                        })
                    })
            }
        })
        .buffer_unordered(in_flight);

    while let Some(outcome) = outcomes.next().await {
        match outcome {
            Outcome::Ready(doc) => {
                bar.set_message(doc.source.clone());
                match catalog.add(&doc).await? {
                    Added::New(_) => {
                        report.ingested += 1;
                        report.pages += doc.pages.len();
                        report.ocr_pages += doc
                            .pages
                            .iter()
                            .filter(|p| p.origin == TextOrigin::Ocr)
                            .count();
                        for w in &doc.warnings {
                            report.warnings.push(format!("{}: {w}", doc.path));
                        }
                    }
                    // Two copies of one file in the same batch: the second adds nothing.
                    Added::AlreadyPresent => report.already_present += 1,
                }
            }
            Outcome::AlreadyPresent => report.already_present += 1,
            Outcome::Failed(f) => {
                bar.println(format!("error: {}: {}", f.path.display(), f.reason));
                catalog
                    .add_failure(&f.path.display().to_string(), &f.source, None, &f.reason)
                    .await?;
                report.failed.push(f);
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    drop(outcomes);
    if let Some(index) = index {
        sync_index(catalog, index).await?;
    }
    Ok(report)
}

/// Adds to the index every catalogued document it lacks (after a crash, or with indexing
/// turned off earlier). Returns how many were added.
pub async fn sync_index(catalog: &Catalog, index: &SearchIndex) -> Result<usize, Error> {
    let have = index.indexed_ids()?;
    let missing: Vec<i64> = catalog
        .ids()
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| !have.contains(&(*id as u64)))
        .collect();
    if missing.is_empty() {
        return Ok(0);
    }
    let mut writer = index.writer()?;
    let index_err = |e: tantivy::TantivyError| Error::Index {
        path: "index".into(),
        message: e.to_string(),
    };
    for (i, id) in missing.iter().enumerate() {
        let Some(doc) = catalog.get(*id).await? else {
            continue;
        };
        let text = join_pages(doc.pages.iter().map(|p| p.text.as_str()));
        index.add(
            &writer,
            &IndexEntry {
                id: doc.id as u64,
                sha256: &doc.sha256,
                source: &doc.source,
                record: &doc.record,
                text: &text,
            },
        )?;
        if (i + 1) % COMMIT_EVERY == 0 {
            writer.commit().map_err(index_err)?;
        }
    }
    writer.commit().map_err(index_err)?;
    writer.wait_merging_threads().map_err(index_err)?;
    Ok(missing.len())
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
    let index_err = |e: tantivy::TantivyError| Error::Index {
        path: "index".into(),
        message: e.to_string(),
    };
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

fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} files  ETA {eta}  {wide_msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Reads one file through OCR and extraction; never fails the batch.
async fn process(ctx: &Ctx, file: InputFile) -> Outcome {
    let fail = |reason: String| {
        Outcome::Failed(Failure {
            path: file.path.clone(),
            source: file.source.clone(),
            reason,
        })
    };
    let meta = match tokio::fs::metadata(&file.path).await {
        Ok(m) => m,
        Err(e) => return fail(ReadError::Io(e.to_string()).to_string()),
    };
    if meta.len() == 0 {
        return fail(ReadError::Empty.to_string());
    }
    let limit = ctx.pipeline.limits.max_file_bytes;
    if meta.len() > limit {
        return fail(
            ReadError::TooLarge {
                size: meta.len(),
                limit,
            }
            .to_string(),
        );
    }
    let bytes: Arc<[u8]> = match tokio::fs::read(&file.path).await {
        Ok(b) => Arc::from(b),
        Err(e) => return fail(ReadError::Io(e.to_string()).to_string()),
    };
    let sha256 = {
        let bytes = Arc::clone(&bytes);
        match tokio::task::spawn_blocking(move || hex::encode(Sha256::digest(&bytes))).await {
            Ok(h) => h,
            Err(e) => return fail(format!("hashing failed: {e}")),
        }
    };
    match ctx.catalog.contains(&sha256).await {
        Ok(true) => return Outcome::AlreadyPresent,
        Ok(false) => {}
        Err(e) => return fail(e.to_string()),
    }
    let read = {
        let bytes = Arc::clone(&bytes);
        let pipeline = ctx.pipeline.clone();
        // PDF parsing is CPU work; keep it off the async threads. A panic in a parser on
        // hostile input becomes this file's error, not the batch's.
        tokio::task::spawn_blocking(move || ingest::read_file(&bytes, &pipeline)).await
    };
    drop(bytes);
    let read = match read {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return fail(e.to_string()),
        Err(e) => {
            return fail(format!(
                "the reader crashed on this file ({e}); please report it"
            ))
        }
    };
    let mut warnings = read.warnings;
    let pages = match read_pages(ctx, read.pages, &mut warnings).await {
        Ok(p) => p,
        Err(reason) => return fail(reason),
    };
    let extraction = if ctx.pipeline.stages.extract {
        let texts: Vec<String> = pages.iter().map(|p| p.text.clone()).collect();
        let rules = Arc::clone(&ctx.rules);
        match tokio::task::spawn_blocking(move || {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            extract(&refs, &rules)
        })
        .await
        {
            Ok(x) => x,
            Err(e) => {
                warnings.push(format!("extraction failed ({e}); record has text only"));
                Extraction {
                    record: Record::default(),
                    evidence: Vec::new(),
                }
            }
        }
    } else {
        Extraction {
            record: Record::default(),
            evidence: Vec::new(),
        }
    };
    // Budget officers check these first: digits and words that disagree.
    for a in extraction
        .record
        .amounts
        .iter()
        .filter(|a| a.words_agree == Some(false))
    {
        let words = a.words_value.map(|v| v.0.to_string()).unwrap_or_default();
        warnings.push(format!(
            "amount {} disagrees with its words, which say {words}",
            a.text
        ));
    }
    let Extraction { record, evidence } = extraction;
    Outcome::Ready(Box::new(Document {
        sha256,
        source: file.source.clone(),
        path: file.path.display().to_string(),
        format: read.format.as_str().to_string(),
        size_bytes: meta.len(),
        pages,
        record,
        evidence,
        warnings,
    }))
}

/// Turns page sources into pages with text, OCRing images on the shared pool.
async fn read_pages(
    ctx: &Ctx,
    sources: Vec<PageSource>,
    warnings: &mut Vec<String>,
) -> Result<Vec<Page>, String> {
    let total = sources.len();
    let mut tasks = Vec::with_capacity(total);
    for (i, source) in sources.into_iter().enumerate() {
        let number = i as u32 + 1;
        tasks.push(async move {
            let page = |text: String, origin, confidence, error| Page {
                number,
                text,
                origin,
                confidence,
                error,
            };
            match source {
                PageSource::TextLayer(t) => Ok(page(t, TextOrigin::TextLayer, None, None)),
                PageSource::Plain(t) => Ok(page(t, TextOrigin::Plain, None, None)),
                PageSource::Blank => Ok(page(String::new(), TextOrigin::None, None, None)),
                PageSource::Unreadable(reason) => {
                    Ok(page(String::new(), TextOrigin::None, None, Some(reason)))
                }
                PageSource::Image(_) if !ctx.pipeline.stages.ocr => Ok(page(
                    String::new(),
                    TextOrigin::None,
                    None,
                    Some("OCR is turned off in the pipeline".into()),
                )),
                PageSource::Image(image) => {
                    let pool = ctx.ocr().await?;
                    match pool.recognise(image).await {
                        Ok(r) => Ok(page(r.text, TextOrigin::Ocr, Some(r.confidence), None)),
                        Err(reason) => {
                            Ok(page(String::new(), TextOrigin::None, None, Some(reason)))
                        }
                    }
                }
            }
        });
    }
    // Pages of one document are OCRed concurrently; the pool bounds the real parallelism.
    let pages: Vec<Page> = futures::future::join_all(tasks)
        .await
        .into_iter()
        .collect::<Result<_, String>>()?;
    let errors: Vec<String> = pages
        .iter()
        .filter_map(|p| p.error.as_ref().map(|e| format!("page {}: {e}", p.number)))
        .collect();
    if !errors.is_empty() && pages.iter().all(|p| p.text.trim().is_empty()) {
        return Err(ReadError::NoReadablePage(errors.join("; ")).to_string());
    }
    warnings.extend(errors);
    Ok(pages)
}
