//! Helpers shared by the fuzz targets: the page-image step that follows reading a file.

use naskah::ingest::PageSource;
use naskah::ocr::image::ImageData;
use naskah::ocr::pix::Pix;
use naskah::pipeline::Pipeline;

/// The built-in default pipeline, as the binary loads it.
pub fn default_pipeline() -> Pipeline {
    toml::from_str(naskah::pipeline::DEFAULT_PIPELINE).expect("the default pipeline parses")
}

/// Decodes every page image the way the OCR worker does before preprocessing: the declared
/// size of an encoded image is checked against the limit first, then the image is decoded.
/// OCR itself is not run (it is tesseract's, and far too slow for fuzzing).
pub fn decode_images(pages: &[PageSource], pipeline: &Pipeline) {
    for page in pages {
        let PageSource::Image(image) = page else {
            continue;
        };
        if let ImageData::Encoded { bytes, .. } = &image.image {
            if let Some((w, h)) = Pix::header_dimensions(bytes) {
                if w * h > pipeline.limits.max_image_pixels {
                    continue;
                }
            }
        }
        if let Ok(pix) = image.image.decode() {
            // Touch the result so the decode is not optimised away.
            assert!(pix.width() > 0 && pix.height() > 0);
        }
    }
}
