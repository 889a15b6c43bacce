//! What every handler shares: catalog, index, data folder, settings and running imports.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::index::SearchIndex;
use crate::pipeline::Pipeline;
use crate::store::Catalog;

use super::imports::Imports;
use super::records::RecordCache;
use super::ServeOptions;

/// Shared state of the server (cheap to clone).
#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

/// The fields behind [`AppState`].
pub struct Inner {
    pub addr: SocketAddr,
    pub data: PathBuf,
    pub catalog: Catalog,
    pub index: SearchIndex,
    pub pipeline: Pipeline,
    pub token: Option<String>,
    pub max_upload_bytes: usize,
    pub records: RecordCache,
    pub imports: Imports,
    /// One index writer at a time: imports and re-indexing take turns.
    pub write_lock: tokio::sync::Mutex<()>,
}

impl AppState {
    /// State for a server started with `opts`.
    pub fn new(opts: ServeOptions) -> AppState {
        AppState(Arc::new(Inner {
            addr: opts.addr,
            data: opts.data,
            catalog: opts.catalog,
            index: opts.index,
            pipeline: opts.pipeline,
            token: opts.token,
            max_upload_bytes: opts.max_upload_bytes,
            records: RecordCache::default(),
            imports: Imports::default(),
            write_lock: tokio::sync::Mutex::new(()),
        }))
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
