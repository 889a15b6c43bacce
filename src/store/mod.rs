//! Store stage: the catalog of documents, pages and failures, and the import queue.

pub mod catalog;
pub mod queue;

pub use catalog::{Added, Catalog, StoredDocument};
pub use queue::{Job, JobRef, JobState, QueuedFile};
