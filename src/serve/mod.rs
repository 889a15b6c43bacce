//! `naskah serve`: a web app and JSON API over the catalog and the index.
//!
//! One job per file: [`router`] wires the routes, [`security`] decides who may write,
//! [`params`] validates query strings, [`find`] runs one search with its facets,
//! [`records`] caches record summaries, [`grants`]
//! derives the grants table, [`chart`] draws it, [`imports`] runs uploads, [`images`]
//! renders page images, [`html`] holds the page layout, the `*_page` modules render pages,
//! [`api`] answers JSON and [`openapi`] describes it.

pub mod api;
pub mod chart;
pub mod document_page;
pub mod error;
pub mod find;
pub mod grants;
pub mod grants_page;
pub mod html;
pub mod images;
pub mod import_page;
pub mod imports;
pub mod openapi;
pub mod params;
pub mod records;
pub mod router;
pub mod search_page;
pub mod security;
pub mod state;

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::error::Error;
use crate::index::SearchIndex;
use crate::pipeline::Pipeline;
use crate::store::Catalog;

pub use router::router;
pub use state::AppState;

/// How the server is started.
pub struct ServeOptions {
    pub addr: SocketAddr,
    pub data: PathBuf,
    pub catalog: Catalog,
    pub index: SearchIndex,
    pub pipeline: Pipeline,
    /// Token that writes must carry; required when `addr` is not a loopback address.
    pub token: Option<String>,
    /// Largest upload accepted in one request (all files together), in bytes.
    pub max_upload_bytes: usize,
}

/// Binds `opts.addr` and serves until the process is stopped.
pub async fn serve(opts: ServeOptions) -> Result<(), Error> {
    let addr = opts.addr;
    security::check_bind(addr, opts.token.as_deref()).map_err(|message| Error::Io {
        path: "serve".into(),
        source: std::io::Error::other(message),
    })?;
    let state = AppState::new(opts);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Error::Io {
            path: format!("address {addr}").into(),
            source: e,
        })?;
    let local = listener.local_addr().map_err(|e| Error::Io {
        path: format!("address {addr}").into(),
        source: e,
    })?;
    eprintln!("naskah serve: listening on http://{local}/");
    axum::serve(listener, router(state))
        .await
        .map_err(|e| Error::Io {
            path: format!("address {addr}").into(),
            source: e,
        })
}
