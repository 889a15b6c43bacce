//! OCR stage: page images to text with tesseract, preprocessing with leptonica.

pub mod image;
pub mod layout;
pub mod line_images;
pub mod pix;
pub mod pool;
pub mod preprocess;
pub mod second_look;
pub mod tess;
pub mod trace;

pub use pool::OcrPool;
pub use tess::Recognised;
