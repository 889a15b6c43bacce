//! Profiler: where the CPU time of OCR goes, page by page, and the measures that decide
//! which preprocessing steps run. `cargo run --release --example ocr_profile -- FILE...`
//! prints one JSON line per OCRed page (file, page, CPU ms of each step, recognition and
//! orientation check, the page's signals, confidence and text). `NASKAH_PIPELINE=FILE`
//! picks a pipeline. Run it with `OMP_THREAD_LIMIT=1`, as naskah runs tesseract.
//! `tools/profile_ocr.py` runs it over the dev corpus scans and adds per-page CER.

use std::sync::Arc;

use naskah::ingest::{read_file, PageSource};
use naskah::ocr::pool::read_page;
use naskah::ocr::tess::Tesseract;
use naskah::pipeline::Pipeline;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        return Err("usage: ocr_profile FILE...".into());
    }
    let pipeline = match std::env::var("NASKAH_PIPELINE") {
        Ok(p) => Pipeline::load(std::path::Path::new(&p))?,
        Err(_) => Pipeline::default(),
    };
    naskah::ocr::pix::silence_leptonica();
    let mut engine = Tesseract::for_settings(&pipeline.ocr)?;
    let mut osd = None;
    for file in files {
        let bytes: Arc<[u8]> = Arc::from(std::fs::read(&file)?);
        let t0 = naskah::ocr::trace::thread_cpu_ms();
        let read = read_file(&bytes, &pipeline).map_err(|e| format!("{file}: {e}"))?;
        let read_ms = naskah::ocr::trace::thread_cpu_ms() - t0;
        for (i, page) in read.pages.iter().enumerate() {
            let PageSource::Image(image) = page else {
                continue;
            };
            let (r, cost) = read_page(&mut engine, &mut osd, image, &pipeline)
                .map_err(|e| format!("{file} page {}: {e}", i + 1))?;
            let line = serde_json::json!({
                "file": file,
                "page": i,
                "read_file_ms": read_ms,
                "cost": cost,
                "confidence": r.confidence,
                "text": r.text,
            });
            println!("{line}");
        }
    }
    Ok(())
}
