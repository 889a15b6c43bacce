//! Store stage: the catalog of documents, pages and failures.

pub mod catalog;

pub use catalog::{Added, Catalog, StoredDocument};
