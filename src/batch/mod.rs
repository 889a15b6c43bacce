//! A batch import: files through ingest → OCR → extract → catalog → index.
//!
//! Every file is a row of the import queue ([`crate::store::queue`]) that records the state
//! it reached, so a batch stopped by a crash resumes where it stopped. Files are read several
//! at a time; their page images go to one shared OCR pool, so all cores stay busy whether the
//! batch is one 300-page scan or a thousand letters. A document and its job's new state are
//! written in one transaction, and the index is fed from the catalog afterwards: the catalog
//! is always the source of truth.

mod process;
mod sync;
pub mod watch;
pub mod worker_id;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use futures::stream::{self, BoxStream, StreamExt};
use tokio::sync::OnceCell;

use crate::error::Error;
use crate::extract::rules::Rules;
use crate::index::SearchIndex;
use crate::ingest;
use crate::model::TextOrigin;
use crate::ocr::OcrPool;
use crate::pipeline::Pipeline;
use crate::progress::{Counters, Progress};
use crate::store::queue::FileToQueue;
use crate::store::{Added, Catalog, Job};

pub use sync::{check, reextract, sync_index, CheckReport};

/// How long a worker's hold on a file lasts without a heartbeat. A worker renews its leases
/// every third of this; a dead worker's files go to another worker when it runs out.
pub const DEFAULT_LEASE_SECS: i64 = 120;

/// A file that could not be ingested.
#[derive(Debug, Clone)]
pub struct Failure {
    pub path: PathBuf,
    pub source: String,
    /// A short name of the kind of problem (`damaged PDF`, `empty file`), for summaries.
    pub kind: &'static str,
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
    /// Files resumed from an interrupted import.
    pub resumed: usize,
}

impl Report {
    /// Failures counted by kind, most frequent first.
    pub fn failures_by_kind(&self) -> Vec<(&'static str, usize)> {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for f in &self.failed {
            *counts.entry(f.kind).or_default() += 1;
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }

    /// The one-paragraph summary printed at the end of an import.
    pub fn summary(&self, elapsed: Duration) -> String {
        let mut s = format!(
            "ingested {}, already present {}, failed {} ({} pages, {} by OCR, {:.1} s)",
            self.ingested,
            self.already_present,
            self.failed.len(),
            self.pages,
            self.ocr_pages,
            elapsed.as_secs_f64()
        );
        if self.resumed > 0 {
            s.push_str(&format!(
                "\nresumed {} files left by an interrupted import",
                self.resumed
            ));
        }
        if !self.failed.is_empty() {
            let kinds: Vec<String> = self
                .failures_by_kind()
                .into_iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect();
            s.push_str(&format!("\nfailed by reason: {}", kinds.join(", ")));
        }
        s
    }
}

/// How a batch runs.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// OCR engines (default: the pipeline's `workers.ocr_threads`).
    pub jobs: Option<usize>,
    /// Seconds a hold on a file lasts without renewal.
    pub lease_secs: i64,
    /// Show a progress bar or periodic progress lines on standard error.
    pub progress: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            jobs: None,
            lease_secs: DEFAULT_LEASE_SECS,
            progress: true,
        }
    }
}

/// Shared state of a running batch.
struct Ctx {
    pipeline: Pipeline,
    rules: Arc<Rules>,
    catalog: Catalog,
    ocr_threads: usize,
    ocr: OnceCell<Arc<OcrPool>>,
    worker: String,
    lease_secs: i64,
    counters: Arc<Counters>,
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
    let options = RunOptions {
        jobs,
        ..RunOptions::default()
    };
    ingest_with(paths, pipeline, catalog, index, &options).await
}

/// Ingests `paths` with explicit options: queues their files, reads those not imported
/// before (resuming interrupted ones), then brings the index up to date.
pub async fn ingest_with(
    paths: &[PathBuf],
    pipeline: &Pipeline,
    catalog: &Catalog,
    index: Option<&SearchIndex>,
    options: &RunOptions,
) -> Result<Report, Error> {
    let mut report = Report::default();
    let files = list_files(paths, catalog, &mut report).await?;
    let queued = catalog.enqueue(&files).await?;
    let mut todo = Vec::new();
    for q in &queued {
        if q.state.is_pending() {
            todo.push(q.id);
        } else {
            // Imported before and unchanged since: not even read again.
            report.already_present += 1;
        }
    }
    free_dead_workers(catalog).await?;
    let ctx = context(pipeline, catalog, options)?;
    ctx.counters
        .files_total
        .store(todo.len() as u64, Ordering::Relaxed);
    let feed = stream::iter(todo)
        .then({
            let catalog = catalog.clone();
            let (worker, lease) = (ctx.worker.clone(), options.lease_secs);
            move |id| {
                let catalog = catalog.clone();
                let worker = worker.clone();
                async move { catalog.claim(&worker, lease, Some(id)).await }
            }
        })
        .filter_map(|claimed| async move { claimed.transpose() })
        .boxed();
    run(&ctx, feed, options, &mut report).await?;
    if let Some(index) = index {
        sync_index(catalog, index).await?;
    }
    Ok(report)
}

/// Runs as a worker on a shared queue: takes files queued by `naskah enqueue` (or left by
/// an interrupted import) until none is left when `until_empty`, else forever.
pub async fn work(
    pipeline: &Pipeline,
    catalog: &Catalog,
    options: &RunOptions,
    until_empty: bool,
) -> Result<Report, Error> {
    let mut report = Report::default();
    let ctx = context(pipeline, catalog, options)?;
    ctx.counters.files_total.store(
        catalog.pending_jobs().await?.max(0) as u64,
        Ordering::Relaxed,
    );
    let feed = stream::unfold(
        (catalog.clone(), ctx.worker.clone(), options.lease_secs),
        move |(catalog, worker, lease)| async move {
            loop {
                if let Err(e) = free_dead_workers(&catalog).await {
                    return Some((Err(e), (catalog, worker, lease)));
                }
                match catalog.claim(&worker, lease, None).await {
                    Ok(Some(job)) => return Some((Ok(job), (catalog, worker, lease))),
                    Ok(None) => {}
                    Err(e) => return Some((Err(e), (catalog, worker, lease))),
                }
                // Nothing free. Files other workers hold may still come back to the queue
                // if those workers die, so only stop once nothing at all is pending.
                match catalog.pending_jobs().await {
                    Ok(0) if until_empty => return None,
                    Ok(_) => tokio::time::sleep(Duration::from_secs(1)).await,
                    Err(e) => return Some((Err(e), (catalog, worker, lease))),
                }
            }
        },
    )
    .boxed();
    run(&ctx, feed, options, &mut report).await?;
    Ok(report)
}

/// Queues files for workers without reading them; returns how many are new or changed.
pub async fn enqueue(
    paths: &[PathBuf],
    catalog: &Catalog,
) -> Result<(usize, usize, Report), Error> {
    let mut report = Report::default();
    let files = list_files(paths, catalog, &mut report).await?;
    let queued = catalog.enqueue(&files).await?;
    let pending = queued.iter().filter(|q| q.state.is_pending()).count();
    Ok((pending, queued.len() - pending, report))
}

/// Expands paths into files; paths that cannot be listed are recorded as failures.
async fn list_files(
    paths: &[PathBuf],
    catalog: &Catalog,
    report: &mut Report,
) -> Result<Vec<FileToQueue>, Error> {
    let (files, problems) = ingest::expand(paths);
    for p in problems {
        let failure = Failure {
            source: p.path.display().to_string(),
            path: p.path,
            kind: "cannot list",
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
    Ok(files
        .into_iter()
        .map(|f| FileToQueue {
            // One file, one queue row, however the folder was named on the command line.
            path: std::fs::canonicalize(&f.path).unwrap_or(f.path),
            source: f.source,
        })
        .collect())
}

/// Frees the files held by crashed workers of this machine, so they are taken up at once.
async fn free_dead_workers(catalog: &Catalog) -> Result<(), Error> {
    for worker in catalog.lease_holders().await? {
        if worker_id::is_dead_local(&worker) {
            catalog.release_leases(&worker).await?;
        }
    }
    Ok(())
}

fn context(
    pipeline: &Pipeline,
    catalog: &Catalog,
    options: &RunOptions,
) -> Result<Arc<Ctx>, Error> {
    Ok(Arc::new(Ctx {
        pipeline: pipeline.clone(),
        rules: Arc::new(pipeline.rules()?),
        catalog: catalog.clone(),
        ocr_threads: options
            .jobs
            .unwrap_or_else(|| pipeline.ocr_threads())
            .max(1),
        ocr: OnceCell::new(),
        worker: worker_id::this_worker(),
        lease_secs: options.lease_secs.max(3),
        counters: Arc::new(Counters::default()),
    }))
}

/// Processes the jobs of `feed`, several files at a time, and catalogues what they yield.
async fn run(
    ctx: &Arc<Ctx>,
    feed: BoxStream<'static, Result<Job, Error>>,
    options: &RunOptions,
    report: &mut Report,
) -> Result<(), Error> {
    let progress = options
        .progress
        .then(|| Progress::start_with(Arc::clone(&ctx.counters)));
    let counters = Arc::clone(&ctx.counters);
    // A heartbeat renews this worker's leases while long files (a 500-page scan) are read.
    let heartbeat = {
        let (catalog, worker, lease) = (ctx.catalog.clone(), ctx.worker.clone(), ctx.lease_secs);
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs((lease / 3).max(1) as u64)).await;
                if let Err(e) = catalog.renew_leases(&worker, lease).await {
                    tracing::warn!("cannot renew import leases: {e}");
                }
            }
        })
    };
    let in_flight = ctx.pipeline.workers.files_in_flight.max(1);
    let outcomes = feed
        .map({
            let ctx = Arc::clone(ctx);
            move |claimed| {
                let ctx = Arc::clone(&ctx);
                async move {
                    let job = claimed?;
                    let resumed = job.interrupted_at.is_some();
                    let crashed = job.clone();
                    // A task of its own: a panic in a reader becomes this file's failure.
                    let outcome = tokio::spawn(async move { process::process(&ctx, job).await })
                        .await
                        .unwrap_or_else(|e| {
                            process::Outcome::Failed(
                                crashed.clone(),
                                Failure {
                                    path: crashed.path,
                                    source: crashed.source,
                                    kind: "crash",
                                    reason: format!("processing crashed: {e}"),
                                },
                            )
                        });
                    Ok::<_, Error>((outcome, resumed))
                }
            }
        })
        .buffer_unordered(in_flight);
    // Claims and reads run in a task of their own, handing outcomes over a channel: this
    // loop, waiting on the catalog to record one, must never stop a claim that holds the
    // catalog's connection from finishing (SQLite has one; the two would deadlock).
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let producer = tokio::spawn(async move {
        let mut outcomes = outcomes;
        while let Some(next) = outcomes.next().await {
            if tx.send(next).is_err() {
                break;
            }
        }
    });
    let result = async {
        while let Some(next) = rx.recv().await {
            let (outcome, resumed) = next?;
            if resumed {
                report.resumed += 1;
            }
            record(ctx, outcome, report, progress.as_ref()).await?;
            counters.files_done.fetch_add(1, Ordering::Relaxed);
        }
        Ok::<(), Error>(())
    }
    .await;
    producer.abort();
    heartbeat.abort();
    if result.is_err() {
        // Let the next import take these files at once instead of waiting for the lease.
        let _ = ctx.catalog.release_leases(&ctx.worker).await;
    }
    result
}

/// Writes one file's outcome to the catalog and the report.
async fn record(
    ctx: &Ctx,
    outcome: process::Outcome,
    report: &mut Report,
    progress: Option<&Progress>,
) -> Result<(), Error> {
    use process::Outcome;
    match outcome {
        Outcome::Ready(job, doc) => match ctx.catalog.add_for_job(&doc, Some(&job.job)).await? {
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
            Added::LeaseLost => {}
        },
        Outcome::Present(job, sha) => {
            ctx.catalog.finish_present(&job.job, &sha).await?;
            report.already_present += 1;
        }
        Outcome::Failed(job, f) => {
            ctx.counters.failed.fetch_add(1, Ordering::Relaxed);
            let line = format!("error: {}: {}", f.path.display(), f.reason);
            match progress {
                Some(p) => p.println(&line),
                None => eprintln!("{line}"),
            }
            if ctx
                .catalog
                .fail_job(&job.job, &f.path, &f.source, &f.reason)
                .await?
            {
                report.failed.push(f);
            }
        }
        Outcome::Abandoned => {}
    }
    Ok(())
}
