//! Format detection and page splitting of any file (PDF, PNG, JPEG, TIFF, text), then
//! decoding of the page images.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use naskah::pipeline::Pipeline;
use naskah_fuzz::{decode_images, default_pipeline};

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let pipeline = PIPELINE.get_or_init(|| {
        naskah::ocr::pix::silence_leptonica();
        default_pipeline()
    });
    let bytes: Arc<[u8]> = Arc::from(data);
    if let Ok(read) = naskah::ingest::read_file(&bytes, pipeline) {
        decode_images(&read.pages, pipeline);
    }
});
