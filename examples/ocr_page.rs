//! Debug aid: OCR one image file with the default pipeline and print text and confidence.
//! `cargo run --example ocr_page -- FILE [OUT.png]` (OUT receives the preprocessed page).
//! `NASKAH_PIPELINE=FILE` picks a pipeline, `NASKAH_PAGE=N` a TIFF page (from 0); the
//! preprocessing and recognition times go to stderr.

use std::sync::Arc;

use naskah::ocr::image::{ImageData, PageImage};
use naskah::ocr::preprocess::prepare;
use naskah::ocr::tess::Tesseract;
use naskah::pipeline::Pipeline;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: ocr_page FILE [OUT.png]")?;
    let bytes: Arc<[u8]> = Arc::from(std::fs::read(path)?);
    let pipeline = match std::env::var("NASKAH_PIPELINE") {
        Ok(p) => Pipeline::load(std::path::Path::new(&p))?,
        Err(_) => Pipeline::default(),
    };
    let page = PageImage {
        image: ImageData::Encoded {
            bytes,
            tiff_page: std::env::var("NASKAH_PAGE")
                .ok()
                .and_then(|p| p.parse().ok()),
        },
        dpi: None,
    };
    let t0 = std::time::Instant::now();
    let prepared = prepare(&page, &pipeline.ocr, &pipeline.limits)?;
    let t_prep = t0.elapsed();
    if let Some(out) = args.get(2) {
        prepared.pix.write_png(out)?;
    }
    let mut engine = Tesseract::for_settings(&pipeline.ocr)?;
    let t1 = std::time::Instant::now();
    let r = engine.recognise(&prepared.pix, prepared.dpi)?;
    eprintln!("preprocess {t_prep:?}, recognise {:?}", t1.elapsed());
    println!(
        "{}\n-- confidence {} dpi {}",
        r.text, r.confidence, prepared.dpi
    );
    Ok(())
}
