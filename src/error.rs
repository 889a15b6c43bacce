//! The library's error type: every variant names the file it concerns.

use std::path::PathBuf;

/// Errors of the naskah library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}: invalid pipeline definition: {message}", path.display())]
    Pipeline { path: PathBuf, message: String },

    #[error("catalog {url}: {message}")]
    Catalog { url: String, message: String },

    #[error("index {}: {message}", path.display())]
    Index { path: PathBuf, message: String },

    #[error("OCR engine: {0}")]
    Ocr(String),
}

/// Why one input file could not be read; stored in the catalog and shown to the user.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ReadError {
    #[error("empty file (0 bytes)")]
    Empty,
    #[error("file is {size} bytes, over the limit of {limit} bytes (limits.max_file_bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("unsupported format: {0}")]
    Unsupported(String),
    #[error("damaged PDF: {0}")]
    BadPdf(String),
    #[error("encrypted PDF: remove the password (e.g. `qpdf --decrypt`) and ingest again")]
    Encrypted,
    #[error("damaged image: {0}")]
    BadImage(String),
    #[error("image of {width}x{height} pixels is over the limit of {limit} pixels (limits.max_image_pixels)")]
    ImageTooLarge { width: u64, height: u64, limit: u64 },
    #[error("cannot read file: {0}")]
    Io(String),
    #[error("no page could be read: {0}")]
    NoReadablePage(String),
}

impl ReadError {
    /// A short name for the kind of problem, to count failures by reason in summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            ReadError::Empty => "empty file",
            ReadError::TooLarge { .. } => "file too large",
            ReadError::Unsupported(_) => "unsupported format",
            ReadError::BadPdf(_) => "damaged PDF",
            ReadError::Encrypted => "encrypted PDF",
            ReadError::BadImage(_) => "damaged image",
            ReadError::ImageTooLarge { .. } => "image too large",
            ReadError::Io(_) => "cannot read file",
            ReadError::NoReadablePage(_) => "no readable page",
        }
    }
}
