//! naskah: turns scanned and born-digital Indonesian government documents into a
//! searchable, trustworthy archive.
//!
//! The pipeline runs in stages, one module each: [`ingest`] (find and split files into
//! pages) → [`ocr`] (page images to text) → [`extract`] (record fields from text) →
//! [`store`] (the catalog database) → [`index`] (tantivy) → [`search`]. [`batch`] drives a
//! whole import through them; [`export`] writes records out.

pub mod batch;
pub mod error;
pub mod export;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod lang;
pub mod layout;
pub mod model;
pub mod ocr;
pub mod pipeline;
pub mod progress;
pub mod search;
pub mod serve;
pub mod store;

pub use error::{Error, ReadError};
