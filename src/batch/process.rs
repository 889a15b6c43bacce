//! One file through read → OCR → extract, recording each state it reaches in the queue.
//! Nothing here fails the batch: every problem becomes this file's outcome.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::{Ctx, Failure};
use crate::error::ReadError;
use crate::extract::{extract, Extraction};
use crate::ingest::{self, PageSource};
use crate::model::{Document, Page, Record, TextOrigin};
use crate::store::queue::MAX_ATTEMPTS;
use crate::store::{Job, JobState};

/// What became of one file.
pub(super) enum Outcome {
    /// Read and extracted; to be catalogued.
    Ready(Job, Box<Document>),
    /// Its content is already catalogued.
    Present(Job, String),
    /// Could not be read.
    Failed(Job, Failure),
    /// Another worker took the file over (this worker's lease ran out); it is theirs now.
    Abandoned,
}

/// Reads one file through OCR and extraction.
pub(super) async fn process(ctx: &Ctx, job: Job) -> Outcome {
    let fail = |job: Job, kind: &'static str, reason: String| {
        let failure = Failure {
            path: job.path.clone(),
            source: job.source.clone(),
            kind,
            reason,
        };
        Outcome::Failed(job, failure)
    };
    let read_fail = |job: Job, e: ReadError| fail(job, e.kind(), e.to_string());
    if job.attempts > MAX_ATTEMPTS {
        let at = job.interrupted_at.unwrap_or(JobState::Found).as_str();
        return fail(
            job,
            "stopped the importer",
            format!(
                "naskah stopped {MAX_ATTEMPTS} times while importing this file (last at state \
                 '{at}'), so it was set aside; ingest it alone to see what happens, and report it"
            ),
        );
    }
    let meta = match tokio::fs::metadata(&job.path).await {
        Ok(m) => m,
        Err(e) => return read_fail(job, ReadError::Io(e.to_string())),
    };
    if meta.is_dir() {
        return read_fail(job, ReadError::Io("is a folder, not a file".into()));
    }
    if meta.len() == 0 {
        return read_fail(job, ReadError::Empty);
    }
    let limit = ctx.pipeline.limits.max_file_bytes;
    if meta.len() > limit {
        return read_fail(
            job,
            ReadError::TooLarge {
                size: meta.len(),
                limit,
            },
        );
    }
    let bytes: Arc<[u8]> = match tokio::fs::read(&job.path).await {
        Ok(b) => Arc::from(b),
        Err(e) => return read_fail(job, ReadError::Io(e.to_string())),
    };
    let sha256 = {
        let bytes = Arc::clone(&bytes);
        match tokio::task::spawn_blocking(move || hex::encode(Sha256::digest(&bytes))).await {
            Ok(h) => h,
            Err(e) => return fail(job, "crash", format!("hashing failed: {e}")),
        }
    };
    match ctx.catalog.contains(&sha256).await {
        Ok(true) => return Outcome::Present(job, sha256),
        Ok(false) => {}
        Err(e) => return fail(job, "catalog error", e.to_string()),
    }
    if !advance(ctx, &job, JobState::Read, Some(&sha256)).await {
        return Outcome::Abandoned;
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
        Ok(Err(e)) => return read_fail(job, e),
        Err(e) => {
            return fail(
                job,
                "crash",
                format!("the reader crashed on this file ({e}); please report it"),
            )
        }
    };
    let mut warnings = read.warnings;
    let pages = match read_pages(ctx, read.pages, &mut warnings).await {
        Ok(p) => p,
        Err(e) => return read_fail(job, e),
    };
    // A file read without OCR takes a moment from here to its catalogue transaction; only
    // a slow one records its progress on the way (each state is a synchronous commit, and
    // for text-layer PDFs those commits took half the import's time).
    let slow = pages.iter().any(|p| p.origin == TextOrigin::Ocr);
    if slow && !advance(ctx, &job, JobState::Ocred, None).await {
        return Outcome::Abandoned;
    }
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
    if slow && !advance(ctx, &job, JobState::Extracted, None).await {
        return Outcome::Abandoned;
    }
    let Extraction { record, evidence } = extraction;
    let doc = Document {
        sha256,
        source: job.source.clone(),
        path: job.path.display().to_string(),
        format: read.format.as_str().to_string(),
        size_bytes: meta.len(),
        pages,
        record,
        evidence,
        warnings,
    };
    Outcome::Ready(job, Box::new(doc))
}

/// Records a state; false when the file now belongs to another worker (or the catalog
/// cannot be written, in which case the lease runs out and the file is taken up again).
async fn advance(ctx: &Ctx, job: &Job, state: JobState, sha256: Option<&str>) -> bool {
    match ctx
        .catalog
        .advance(&job.job, state, sha256, ctx.lease_secs)
        .await
    {
        Ok(held) => held,
        Err(e) => {
            tracing::warn!(
                "{}: cannot record state {}: {e}",
                job.path.display(),
                state.as_str()
            );
            false
        }
    }
}

/// Turns page sources into pages with text, OCRing images on the shared pool.
async fn read_pages(
    ctx: &Ctx,
    sources: Vec<PageSource>,
    warnings: &mut Vec<String>,
) -> Result<Vec<Page>, ReadError> {
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
            let done = match source {
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
                PageSource::Image(image) => match ctx.ocr().await {
                    Err(e) => Err(e),
                    Ok(pool) => match pool.recognise(image).await {
                        Ok(r) => Ok(page(r.text, TextOrigin::Ocr, Some(r.confidence), None)),
                        Err(reason) => {
                            Ok(page(String::new(), TextOrigin::None, None, Some(reason)))
                        }
                    },
                },
            };
            ctx.counters.pages_done.fetch_add(1, Ordering::Relaxed);
            done
        });
    }
    // Pages of one document are OCRed concurrently; the pool bounds the real parallelism.
    let pages: Vec<Page> = futures::future::join_all(tasks)
        .await
        .into_iter()
        .collect::<Result<_, String>>()
        .map_err(ReadError::Io)?;
    let errors: Vec<String> = pages
        .iter()
        .filter_map(|p| p.error.as_ref().map(|e| format!("page {}: {e}", p.number)))
        .collect();
    if !errors.is_empty() && pages.iter().all(|p| p.text.trim().is_empty()) {
        return Err(ReadError::NoReadablePage(errors.join("; ")));
    }
    warnings.extend(errors);
    Ok(pages)
}
