//! The command line as plain structs: what `clap` parses, nothing resolved yet.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};

use naskah::batch;
use naskah::model::{DocType, Rupiah};

/// naskah: a searchable archive of Indonesian government documents.
#[derive(Parser)]
#[command(version, about, long_about = None)]
pub struct Args {
    /// Data folder holding the catalog and the search index.
    #[arg(long, global = true, default_value = "index", env = "NASKAH_DATA")]
    pub data: PathBuf,
    /// Catalog database URL (default: SQLite file in the data folder; or postgres://...).
    #[arg(long, global = true, env = "NASKAH_DB")]
    pub db: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands; each has a module of its own under `src/cli/`.
#[derive(Subcommand)]
pub enum Command {
    /// Ingest files and folders: read, OCR, extract, catalog and index them.
    ///
    /// Exit status: 0 when every file was ingested or already present, 2 when some
    /// files failed (each is listed on stderr with its reason), 1 on a fatal error.
    Ingest(IngestArgs),
    /// Search the archive.
    Search(SearchArgs),
    /// Print every record (jsonl: the corpus schema plus `text`; csv: a flat table).
    Export(ExportArgs),
    /// Print, for each line of standard input, the terms the index stores for it.
    Analyze,
    /// Summarise the archive; with --low-confidence, list the OCR pages to rescan.
    Status(StatusArgs),
    /// Show one document's record and where each value was read (page and passage).
    Show(ShowArgs),
    /// Run extraction again over the catalogued text (after upgrading naskah or changing
    /// rules); no file is read or OCRed again.
    Reextract(PipelineArg),
    /// Show versions, languages and settings this installation runs with.
    Info,
    /// Queue files for `naskah worker` processes without reading them here.
    Enqueue(PathsArg),
    /// Take files from the shared import queue and import them (start one per machine on a
    /// PostgreSQL catalog; `naskah index --follow` keeps the search index up to date).
    Worker(WorkerArgs),
    /// Feed the search index from the catalog (the one indexing process beside workers).
    Index(IndexArgs),
    /// Verify that the catalog, the search index and the import queue agree, and repair
    /// the index and queue from the catalog if not.
    ///
    /// Exit status: 0 when they agree (or were repaired), 3 with --no-repair when they
    /// disagree.
    Check(CheckArgs),
    /// Watch a consume folder: ingest each file that arrives once it has been fully written.
    Watch(WatchArgs),
    /// Serve the web app and JSON API (search, documents, grants, import) over HTTP.
    Serve(ServeArgs),
}

/// `naskah ingest`.
#[derive(ClapArgs)]
pub struct IngestArgs {
    /// Files or folders (searched recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Pipeline definition (default: the built-in pipelines/default.toml).
    #[arg(long)]
    pub pipeline: Option<PathBuf>,
    /// Number of OCR engines (default: one per CPU core).
    #[arg(long)]
    pub jobs: Option<usize>,
}

/// `naskah search`.
#[derive(ClapArgs)]
pub struct SearchArgs {
    /// Query: words, "a phrase", or a document number.
    pub query: String,
    /// Only documents of this kind.
    #[arg(long = "type")]
    pub doc_type: Option<DocType>,
    /// Number of hits.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Print JSON instead of text (hits, total and facet counts per type and year).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub filters: SearchFilters,
    /// Order: by relevance (default) or by date, newest first.
    #[arg(long, value_enum, default_value = "relevance")]
    pub sort: SortOrder,
}

/// The filters of `naskah search`.
#[derive(ClapArgs, Clone, Default)]
pub struct SearchFilters {
    /// Documents dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<chrono::NaiveDate>,
    /// Documents dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<chrono::NaiveDate>,
    /// Documents stating an amount of at least this many rupiah (`20000000000`, `20 miliar`,
    /// `5 M`).
    #[arg(long)]
    pub min_amount: Option<Rupiah>,
    /// Documents stating an amount of at most this many rupiah.
    #[arg(long)]
    pub max_amount: Option<Rupiah>,
    /// A party's name, or words of it (`"KPU Kalimantan Selatan"`).
    #[arg(long)]
    pub party: Option<String>,
    /// A signatory's name or position, or words of them.
    #[arg(long)]
    pub signatory: Option<String>,
    /// Where the document was issued or signed.
    #[arg(long)]
    pub place: Option<String>,
    /// A cited regulation: `"UU 10/2016"`, `"Permendagri 77/2020"`, `"PP Nomor 12 Tahun 2019"`.
    #[arg(long)]
    pub cites: Option<String>,
    /// A classification code or its top-level subject (`900`, `900.1.13.1`).
    #[arg(long)]
    pub classification: Option<String>,
}

/// How search hits are ordered.
#[derive(Clone, Copy, ValueEnum)]
pub enum SortOrder {
    Relevance,
    Date,
}

/// `naskah export`.
#[derive(ClapArgs)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: Format,
}

/// Export formats.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
}

/// `naskah status`.
#[derive(ClapArgs)]
pub struct StatusArgs {
    /// List OCR pages whose mean word confidence (0-100) is below this.
    #[arg(long, value_name = "CONFIDENCE", num_args = 0..=1, default_missing_value = "60")]
    pub low_confidence: Option<f64>,
}

/// `naskah show`.
#[derive(ClapArgs)]
pub struct ShowArgs {
    /// The document's source (as in `export`), or its catalog id.
    pub document: String,
    /// Print JSON: the record, its evidence and its pages.
    #[arg(long)]
    pub json: bool,
}

/// A command whose only argument is a pipeline file.
#[derive(ClapArgs)]
pub struct PipelineArg {
    /// Pipeline definition whose rule packs to apply (default: the built-in one).
    #[arg(long)]
    pub pipeline: Option<PathBuf>,
}

/// A command whose only arguments are paths.
#[derive(ClapArgs)]
pub struct PathsArg {
    /// Files or folders (searched recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// `naskah worker`.
#[derive(ClapArgs)]
pub struct WorkerArgs {
    /// Pipeline definition (default: the built-in pipelines/default.toml).
    #[arg(long)]
    pub pipeline: Option<PathBuf>,
    /// Number of OCR engines (default: one per CPU core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Seconds a file stays with this worker without a heartbeat; after that, another
    /// worker takes it over.
    #[arg(long, default_value_t = batch::DEFAULT_LEASE_SECS)]
    pub lease: i64,
    /// Stop when the queue is empty instead of waiting for more files.
    #[arg(long)]
    pub until_empty: bool,
}

/// `naskah index`.
#[derive(ClapArgs)]
pub struct IndexArgs {
    /// Keep following the catalog, every few seconds, until stopped.
    #[arg(long)]
    pub follow: bool,
    /// Seconds between rounds with --follow.
    #[arg(long, default_value_t = 5)]
    pub every: u64,
}

/// `naskah check`.
#[derive(ClapArgs)]
pub struct CheckArgs {
    /// Only report; change nothing.
    #[arg(long)]
    pub no_repair: bool,
}

/// `naskah watch`.
#[derive(ClapArgs)]
pub struct WatchArgs {
    /// The folder to watch (searched recursively).
    pub dir: PathBuf,
    /// Pipeline definition (default: the built-in pipelines/default.toml).
    #[arg(long)]
    pub pipeline: Option<PathBuf>,
    /// Number of OCR engines (default: one per CPU core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Seconds a file's size and time must stay unchanged before it is read.
    #[arg(long, default_value_t = 5)]
    pub settle: u64,
    /// Seconds between looks at the folder.
    #[arg(long, default_value_t = 2)]
    pub interval: u64,
}

/// `naskah serve`.
#[derive(ClapArgs)]
pub struct ServeArgs {
    /// Address to listen on; beyond loopback a write token is required.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Token that uploads and re-indexing must carry (required off loopback).
    #[arg(long, env = "NASKAH_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Largest upload accepted, in megabytes.
    #[arg(long, default_value_t = 200)]
    pub max_upload_mb: usize,
}
