//! The PDF page reader on arbitrary bytes, then decoding of the page images it returns.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use naskah::pipeline::Pipeline;
use naskah_fuzz::{decode_images, default_pipeline};

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let pipeline = PIPELINE.get_or_init(|| {
        naskah::ocr::pix::silence_leptonica();
        default_pipeline()
    });
    if let Ok(pages) = naskah::ingest::pdf::read_pdf(data, pipeline) {
        decode_images(&pages, pipeline);
    }
});
