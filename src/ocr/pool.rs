//! A fixed pool of OCR engines, one per thread, fed pages from all documents in flight.
//!
//! Tesseract is CPU-bound and its engines are not thread-safe, so each worker thread owns
//! one engine for its whole life (loading `ind` takes ~0.3 s) and pages from any document
//! go to whichever engine is free. The async side awaits a oneshot reply and never blocks.

use std::thread::JoinHandle;

use crossbeam_channel::{Receiver, Sender};
use tokio::sync::oneshot;

use crate::error::Error;
use crate::ocr::image::PageImage;
use crate::ocr::pix::Pix;
use crate::ocr::preprocess::prepare;
use crate::ocr::tess::{Recognised, Tesseract};
use crate::ocr::trace::{thread_cpu_ms, Trace};
use crate::pipeline::Pipeline;

struct Job {
    page: PageImage,
    reply: oneshot::Sender<Result<Recognised, String>>,
}

/// Handle to the running OCR workers.
pub struct OcrPool {
    tx: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl OcrPool {
    /// Starts `threads` engines; fails at once if tesseract or its languages are missing.
    pub fn start(pipeline: &Pipeline, threads: usize) -> Result<OcrPool, Error> {
        let threads = threads.max(1);
        crate::ocr::pix::silence_leptonica();
        // A short queue keeps decoded-page memory bounded: producers wait for free engines.
        let (tx, rx) = crossbeam_channel::bounded::<Job>(threads * 2);
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<(), String>>();
        let mut workers = Vec::with_capacity(threads);
        for i in 0..threads {
            let rx = rx.clone();
            let ready = ready_tx.clone();
            let pipeline = pipeline.clone();
            let handle = std::thread::Builder::new()
                .name(format!("ocr-{i}"))
                .spawn(move || worker(rx, ready, pipeline))
                .map_err(|e| Error::Ocr(format!("cannot start OCR thread: {e}")))?;
            workers.push(handle);
        }
        drop(ready_tx);
        for _ in 0..threads {
            match ready_rx.recv() {
                Ok(Ok(())) => {}
                Ok(Err(e)) => return Err(Error::Ocr(e)),
                Err(_) => return Err(Error::Ocr("an OCR thread stopped while starting".into())),
            }
        }
        Ok(OcrPool {
            tx: Some(tx),
            workers,
        })
    }

    /// Number of engines.
    pub fn size(&self) -> usize {
        self.workers.len()
    }

    /// Recognises one page on the next free engine.
    pub async fn recognise(&self, page: PageImage) -> Result<Recognised, String> {
        let (reply, rx) = oneshot::channel();
        let tx = self.tx.clone().ok_or("OCR pool is shut down")?;
        // The queue is bounded; wait for room off the async threads.
        tokio::task::spawn_blocking(move || {
            tx.send(Job { page, reply })
                .map_err(|_| "OCR workers have stopped")
        })
        .await
        .map_err(|e| format!("OCR queue: {e}"))??;
        rx.await
            .map_err(|_| "an OCR worker stopped while reading this page".to_string())?
    }
}

impl Drop for OcrPool {
    fn drop(&mut self) {
        self.tx = None;
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
    }
}

/// A page read with little confidence may be sideways or upside down: ask OSD which way
/// it faces, read the page turned that way, and keep whichever reading is surer.
fn reorient(
    engine: &mut Tesseract,
    osd: Option<&mut Tesseract>,
    pix: &Pix,
    dpi: u32,
    first: Recognised,
) -> Recognised {
    // OSD reports the page's orientation; the turn that undoes it is its complement. Both
    // are tried for 90/270 since conventions differ between tesseract versions.
    let candidates: Vec<i32> = match osd.and_then(|o| o.detect_orientation(pix, dpi)) {
        Some((0, _)) => Vec::new(),
        Some((deg, _)) => {
            let q = deg / 90;
            if q == 2 {
                vec![2]
            } else {
                vec![q, 4 - q]
            }
        }
        // Without OSD data, test the turns directly.
        None => vec![2, 1, 3],
    };
    let mut best = first;
    for quads in candidates {
        let Some(turned) = pix.rotate_quarters(quads) else {
            continue;
        };
        if let Ok(r) = engine.recognise(&turned, dpi) {
            if r.confidence > best.confidence + 5.0 {
                best = r;
            }
        }
    }
    best
}

/// CPU time of a page's recognition, beside its preprocessing trace.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PageCost {
    pub prepare: Trace,
    /// First recognition (ms of CPU).
    pub recognise_ms: f64,
    /// Orientation check and re-reads, when the first reading was unsure (ms of CPU).
    pub orientation_ms: Option<f64>,
}

/// Prepares and recognises one page on `engine`; a page read with little confidence is
/// checked for orientation with the OSD engine in `osd` (started on first use).
pub fn read_page(
    engine: &mut Tesseract,
    osd: &mut Option<Option<Tesseract>>,
    page: &PageImage,
    pipeline: &Pipeline,
) -> Result<(Recognised, PageCost), String> {
    let prepared = prepare(page, &pipeline.ocr, &pipeline.limits)?;
    let t0 = thread_cpu_ms();
    let first = engine.recognise(&prepared.pix, prepared.dpi)?;
    let t1 = thread_cpu_ms();
    let mut cost = PageCost {
        prepare: prepared.trace,
        recognise_ms: t1 - t0,
        orientation_ms: None,
    };
    if first.confidence >= pipeline.ocr.orientation_check_below {
        tracing::debug!(
            "page prepared ({}), recognised in {:.0} ms",
            cost.prepare.summary(),
            cost.recognise_ms
        );
        return Ok((first, cost));
    }
    let osd = osd.get_or_insert_with(|| Tesseract::new(&pipeline.ocr.tessdata, "osd").ok());
    let best = reorient(engine, osd.as_mut(), &prepared.pix, prepared.dpi, first);
    cost.orientation_ms = Some(thread_cpu_ms() - t1);
    tracing::debug!(
        "page prepared ({}), recognised in {:.0} ms, orientation checked in {:.0} ms",
        cost.prepare.summary(),
        cost.recognise_ms,
        cost.orientation_ms.unwrap_or(0.0)
    );
    Ok((best, cost))
}

fn worker(
    rx: Receiver<Job>,
    ready: std::sync::mpsc::Sender<Result<(), String>>,
    pipeline: Pipeline,
) {
    let mut engine = match Tesseract::for_settings(&pipeline.ocr) {
        Ok(engine) => {
            let _ = ready.send(Ok(()));
            engine
        }
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    drop(ready);
    // Started on the first page that needs it: most batches have no sideways page.
    let mut osd: Option<Option<Tesseract>> = None;
    for job in rx {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            read_page(&mut engine, &mut osd, &job.page, &pipeline).map(|(r, _)| r)
        }))
        .unwrap_or_else(|_| Err("the OCR engine panicked on this page".into()));
        let _ = job.reply.send(result);
    }
}
