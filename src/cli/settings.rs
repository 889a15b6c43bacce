//! Everything the commands share, resolved once before any work starts: the data folder,
//! the catalog's URL, and how to open the catalog, the index and a pipeline.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use naskah::index::SearchIndex;
use naskah::pipeline::Pipeline;
use naskah::store::catalog::{default_url, Catalog};

use super::args::Args;

/// The resolved global settings.
pub struct Settings {
    /// The data folder (catalog file, search index, page images).
    pub data: PathBuf,
    /// The catalog's URL: the SQLite file in the data folder unless `--db` says otherwise.
    pub db_url: String,
}

impl Settings {
    /// Resolves the global options.
    pub fn resolve(args: &Args) -> Settings {
        Settings {
            data: args.data.clone(),
            db_url: args.db.clone().unwrap_or_else(|| default_url(&args.data)),
        }
    }

    /// Opens the catalog, creating the data folder first.
    pub async fn catalog(&self) -> Result<Catalog> {
        std::fs::create_dir_all(&self.data)
            .with_context(|| format!("cannot create the data folder {}", self.data.display()))?;
        Ok(Catalog::open(&self.db_url).await?)
    }

    /// Opens (or creates) the search index in the data folder.
    pub fn index(&self) -> Result<SearchIndex> {
        Ok(SearchIndex::open_or_create(&self.data.join("tantivy"))?)
    }
}

/// The pipeline of a `--pipeline` option, or the built-in one.
pub fn pipeline(path: Option<&Path>) -> Result<Pipeline> {
    Ok(match path {
        Some(p) => Pipeline::load(p)?,
        None => Pipeline::default(),
    })
}
