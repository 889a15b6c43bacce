//! The `naskah` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use naskah::batch;
use naskah::export::{export, ExportFormat};
use naskah::index::SearchIndex;
use naskah::model::DocType;
use naskah::pipeline::Pipeline;
use naskah::search::{render_snippet, search, Filters, SearchRequest};
use naskah::store::catalog::{default_url, Catalog};

/// Exit status when some input files could not be ingested (the others were).
const EXIT_SOME_FAILED: u8 = 2;
/// Exit status of `check --no-repair` when catalog and index disagree.
const EXIT_DISAGREE: u8 = 3;

/// naskah: a searchable archive of Indonesian government documents.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Data folder holding the catalog and the search index.
    #[arg(long, global = true, default_value = "index", env = "NASKAH_DATA")]
    data: PathBuf,
    /// Catalog database URL (default: SQLite file in the data folder; or postgres://...).
    #[arg(long, global = true, env = "NASKAH_DB")]
    db: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest files and folders: read, OCR, extract, catalog and index them.
    ///
    /// Exit status: 0 when every file was ingested or already present, 2 when some
    /// files failed (each is listed on stderr with its reason), 1 on a fatal error.
    Ingest {
        /// Files or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Pipeline definition (default: the built-in pipelines/default.toml).
        #[arg(long)]
        pipeline: Option<PathBuf>,
        /// Number of OCR engines (default: one per CPU core).
        #[arg(long)]
        jobs: Option<usize>,
    },
    /// Search the archive.
    Search {
        /// Query: words, "a phrase", or a document number.
        query: String,
        /// Only documents of this kind.
        #[arg(long = "type", value_parser = parse_doc_type)]
        doc_type: Option<DocType>,
        /// Number of hits.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print JSON instead of text (hits, total and facet counts per type and year).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        filters: SearchFilters,
        /// Order: by relevance (default) or by date, newest first.
        #[arg(long, value_enum, default_value = "relevance")]
        sort: SortOrder,
    },
    /// Print every record (jsonl: the corpus schema plus `text`; csv: a flat table).
    Export {
        #[arg(long, value_enum)]
        format: Format,
    },
    /// Print, for each line of standard input, the terms the index stores for it.
    Analyze,
    /// Summarise the archive; with --low-confidence, list the OCR pages to rescan.
    Status {
        /// List OCR pages whose mean word confidence (0-100) is below this.
        #[arg(long, value_name = "CONFIDENCE", num_args = 0..=1, default_missing_value = "60")]
        low_confidence: Option<f64>,
    },
    /// Show one document's record and where each value was read (page and passage).
    Show {
        /// The document's source (as in `export`), or its catalog id.
        document: String,
        /// Print JSON: the record, its evidence and its pages.
        #[arg(long)]
        json: bool,
    },
    /// Run extraction again over the catalogued text (after upgrading naskah or changing
    /// rules); no file is read or OCRed again.
    Reextract {
        /// Pipeline definition whose rule packs to apply (default: the built-in one).
        #[arg(long)]
        pipeline: Option<PathBuf>,
    },
    /// Show versions, languages and settings this installation runs with.
    Info,
    /// Queue files for `naskah worker` processes without reading them here.
    Enqueue {
        /// Files or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Take files from the shared import queue and import them (start one per machine on a
    /// PostgreSQL catalog; `naskah index --follow` keeps the search index up to date).
    Worker {
        /// Pipeline definition (default: the built-in pipelines/default.toml).
        #[arg(long)]
        pipeline: Option<PathBuf>,
        /// Number of OCR engines (default: one per CPU core).
        #[arg(long)]
        jobs: Option<usize>,
        /// Seconds a file stays with this worker without a heartbeat; after that, another
        /// worker takes it over.
        #[arg(long, default_value_t = batch::DEFAULT_LEASE_SECS)]
        lease: i64,
        /// Stop when the queue is empty instead of waiting for more files.
        #[arg(long)]
        until_empty: bool,
    },
    /// Feed the search index from the catalog (the one indexing process beside workers).
    Index {
        /// Keep following the catalog, every few seconds, until stopped.
        #[arg(long)]
        follow: bool,
        /// Seconds between rounds with --follow.
        #[arg(long, default_value_t = 5)]
        every: u64,
    },
    /// Verify that the catalog, the search index and the import queue agree, and repair
    /// the index and queue from the catalog if not.
    ///
    /// Exit status: 0 when they agree (or were repaired), 3 with --no-repair when they
    /// disagree.
    Check {
        /// Only report; change nothing.
        #[arg(long)]
        no_repair: bool,
    },
    /// Watch a consume folder: ingest each file that arrives once it has been fully written.
    Watch {
        /// The folder to watch (searched recursively).
        dir: PathBuf,
        /// Pipeline definition (default: the built-in pipelines/default.toml).
        #[arg(long)]
        pipeline: Option<PathBuf>,
        /// Number of OCR engines (default: one per CPU core).
        #[arg(long)]
        jobs: Option<usize>,
        /// Seconds a file's size and time must stay unchanged before it is read.
        #[arg(long, default_value_t = 5)]
        settle: u64,
        /// Seconds between looks at the folder.
        #[arg(long, default_value_t = 2)]
        interval: u64,
    },
    /// Serve the web app and JSON API (search, documents, grants, import) over HTTP.
    Serve {
        /// Address to listen on; beyond loopback a write token is required.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Token that uploads and re-indexing must carry (required off loopback).
        #[arg(long, env = "NASKAH_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Largest upload accepted, in megabytes.
        #[arg(long, default_value_t = 200)]
        max_upload_mb: usize,
    },
}

/// The filters of `naskah search`.
#[derive(clap::Args, Clone, Default)]
struct SearchFilters {
    /// Documents dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    from: Option<chrono::NaiveDate>,
    /// Documents dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    to: Option<chrono::NaiveDate>,
    /// Documents stating an amount of at least this many rupiah (`20000000000`, `20 miliar`).
    #[arg(long, value_parser = parse_rupiah)]
    min_amount: Option<u64>,
    /// Documents stating an amount of at most this many rupiah.
    #[arg(long, value_parser = parse_rupiah)]
    max_amount: Option<u64>,
    /// A party's name, or words of it (`"KPU Kalimantan Selatan"`).
    #[arg(long)]
    party: Option<String>,
    /// A signatory's name or position, or words of them.
    #[arg(long)]
    signatory: Option<String>,
    /// Where the document was issued or signed.
    #[arg(long)]
    place: Option<String>,
    /// A cited regulation: `"UU 10/2016"`, `"Permendagri 77/2020"`, `"PP Nomor 12 Tahun 2019"`.
    #[arg(long)]
    cites: Option<String>,
    /// A classification code or its top-level subject (`900`, `900.1.13.1`).
    #[arg(long)]
    classification: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum SortOrder {
    Relevance,
    Date,
}

/// Rupiah from digits (`20000000000`, `20.000.000.000`) or with a scale word (`20 miliar`).
fn parse_rupiah(s: &str) -> Result<u64, String> {
    let amounts = naskah::extract::amounts::find_amounts(&format!("Rp {s}"));
    match amounts.first() {
        Some(a) if a.amount.value.0 > 0 => Ok(a.amount.value.0 as u64),
        _ => s
            .chars()
            .filter(|c| c.is_ascii_digit())
            .collect::<String>()
            .parse()
            .map_err(|_| {
                format!(
                    "cannot read '{s}' as an amount of rupiah; write 20000000000 or \"20 miliar\""
                )
            }),
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Jsonl,
    Csv,
}

fn parse_doc_type(s: &str) -> Result<DocType, String> {
    DocType::parse(s).ok_or_else(|| {
        let all: Vec<&str> = DocType::ALL.iter().map(|t| t.as_str()).collect();
        format!("unknown document type '{s}'; one of: {}", all.join(", "))
    })
}

fn main() -> ExitCode {
    ensure_single_threaded_tesseract();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("NASKAH_LOG")
                // Libraries' own warnings (lopdf on every odd PDF) would drown the batch's
                // messages; naskah reports each file's problem itself.
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error,naskah=warn")),
        )
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(Box::pin(run(cli))) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Tesseract's OpenMP threads fight the one-engine-per-core pool (6-7 s a page instead of
/// 1.3 s). OpenMP reads `OMP_THREAD_LIMIT` once at load time, before `main`, so the only
/// reliable fix is to re-execute ourselves with the variable set.
fn ensure_single_threaded_tesseract() {
    if std::env::var_os("OMP_THREAD_LIMIT").is_some() {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        if let Ok(exe) = std::env::current_exe() {
            let err = std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .env("OMP_THREAD_LIMIT", "1")
                .exec();
            // exec only returns on failure; carry on with OpenMP's default threads.
            eprintln!(
                "warning: could not re-execute with OMP_THREAD_LIMIT=1 ({err}); OCR will be slower"
            );
        }
    }
}

/// A document's record for the terminal: each value with the passage it was read from.
fn render_document(
    doc: &naskah::store::StoredDocument,
    evidence: &[naskah::model::Evidence],
) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  (id {}, {}, {} pages, sha256 {})",
        doc.source,
        doc.id,
        doc.format,
        doc.pages.len(),
        &doc.sha256[..12]
    );
    for (i, p) in doc.pages.iter().enumerate() {
        let conf = p
            .confidence
            .map(|c| format!(", confidence {c:.0}"))
            .unwrap_or_default();
        let err = p
            .error
            .as_deref()
            .map(|e| format!(", {e}"))
            .unwrap_or_default();
        let _ = writeln!(out, "  page {}: {}{conf}{err}", i + 1, p.origin.as_str());
    }
    let r = &doc.record;
    let _ = writeln!(out, "type: {}", r.doc_type.as_str());
    for c in &r.classification {
        let _ = writeln!(
            out,
            "classification: {} ({} {}) of {}",
            c.code, c.subject_code, c.subject, c.number
        );
    }
    for a in r.amounts.iter().filter(|a| a.words_agree == Some(false)) {
        let words = a.words_value.map(|v| v.0.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "WARNING: amount {} disagrees with its words ({words})",
            a.text
        );
    }
    for e in evidence {
        let passage = doc
            .pages
            .get(e.page.saturating_sub(1) as usize)
            .and_then(|p| p.text.get(e.start..e.end))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:22} {}  [p.{} \"{}\"]",
            e.field, e.value, e.page, passage
        );
    }
    out
}

/// Writes to stdout; a reader that closed the pipe early (`| head`) is not an error.
fn write_stdout(bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

async fn open_catalog(cli: &Cli) -> Result<Catalog> {
    std::fs::create_dir_all(&cli.data)
        .with_context(|| format!("cannot create the data folder {}", cli.data.display()))?;
    let url = cli.db.clone().unwrap_or_else(|| default_url(&cli.data));
    Ok(Catalog::open(&url).await?)
}

fn open_index(data: &Path) -> Result<SearchIndex> {
    Ok(SearchIndex::open_or_create(&data.join("tantivy"))?)
}

fn load_pipeline(path: Option<&Path>) -> Result<Pipeline> {
    Ok(match path {
        Some(p) => Pipeline::load(p)?,
        None => Pipeline::default(),
    })
}

/// Runs an import until it ends or Ctrl-C; on Ctrl-C this process's files are handed back
/// to the queue at once (not when their lease runs out) and the exit status is 130.
async fn until_interrupted<T>(
    catalog: &Catalog,
    work: impl std::future::Future<Output = T>,
) -> Result<T> {
    tokio::select! {
        out = work => Ok(out),
        _ = tokio::signal::ctrl_c() => {
            let _ = catalog.release_leases(&batch::worker_id::this_worker()).await;
            eprintln!("interrupted; `naskah ingest` again (or `naskah worker`) resumes where this stopped");
            std::process::exit(130);
        }
    }
}

fn print_report(report: &batch::Report, elapsed: std::time::Duration) {
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    for f in &report.failed {
        eprintln!("failed: {}: {}", f.path.display(), f.reason);
    }
    eprintln!("{}", report.summary(elapsed));
}

fn exit_for(report: &batch::Report) -> ExitCode {
    if report.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_SOME_FAILED)
    }
}

fn render_check(r: &batch::CheckReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let verb = if r.repaired { "repaired" } else { "found" };
    let list = |ids: &mut dyn Iterator<Item = String>| ids.take(20).collect::<Vec<_>>().join(", ");
    let mut line = |what: &str, n: usize, ids: String| {
        if n > 0 {
            let _ = writeln!(out, "{verb}: {n} {what} (ids {ids})");
        }
    };
    line(
        "documents missing from the index",
        r.missing_from_index.len(),
        list(&mut r.missing_from_index.iter().map(i64::to_string)),
    );
    line(
        "index entries without a catalogued document",
        r.orphans_in_index.len(),
        list(&mut r.orphans_in_index.iter().map(u64::to_string)),
    );
    line(
        "index entries out of date",
        r.stale_in_index.len(),
        list(&mut r.stale_in_index.iter().map(u64::to_string)),
    );
    line(
        "documents indexed more than once",
        r.duplicated_in_index.len(),
        list(&mut r.duplicated_in_index.iter().map(u64::to_string)),
    );
    if r.lost_documents > 0 {
        let _ = writeln!(
            out,
            "{}: {} imported files whose document is missing from the catalog{}",
            verb,
            r.lost_documents,
            if r.repaired {
                " (queued again; run `naskah ingest` or `naskah worker`)"
            } else {
                ""
            }
        );
    }
    if !r.interrupted.is_empty() {
        let _ = writeln!(
            out,
            "{} files were left half-imported by a stopped import; `naskah ingest` (same paths) or `naskah worker` resumes them:",
            r.interrupted.len()
        );
        for (path, state) in r.interrupted.iter().take(20) {
            let _ = writeln!(out, "  {} (reached {})", path.display(), state.as_str());
        }
    }
    if r.agrees() {
        out.push_str("ok: catalog and index agree\n");
    } else if r.repaired {
        out.push_str("ok: catalog and index agree now\n");
    }
    out
}

async fn run(cli: Cli) -> Result<ExitCode> {
    match &cli.command {
        Command::Ingest {
            paths,
            pipeline,
            jobs,
        } => {
            let pipeline = match pipeline {
                Some(p) => Pipeline::load(p)?,
                None => Pipeline::default(),
            };
            let catalog = open_catalog(&cli).await?;
            let index = if pipeline.stages.index {
                Some(open_index(&cli.data)?)
            } else {
                None
            };
            let started = std::time::Instant::now();
            let options = batch::RunOptions {
                jobs: *jobs,
                ..batch::RunOptions::default()
            };
            let report = until_interrupted(
                &catalog,
                batch::ingest_with(paths, &pipeline, &catalog, index.as_ref(), &options),
            )
            .await??;
            print_report(&report, started.elapsed());
            Ok(exit_for(&report))
        }
        Command::Search {
            query,
            doc_type,
            limit,
            json,
            filters,
            sort,
        } => {
            let catalog = open_catalog(&cli).await?;
            let index = open_index(&cli.data)?;
            // An index deleted or left behind by a crash is refilled from the catalog first;
            // if another process is writing it (an import, `watch`), search what is there.
            if let Err(e) = batch::sync_index(&catalog, &index).await {
                tracing::warn!("search index not brought up to date: {e}");
            }
            let hits = search(
                &index,
                &SearchRequest {
                    query: query.clone(),
                    limit: *limit,
                    doc_type: *doc_type,
                    filters: Filters {
                        from: filters.from,
                        to: filters.to,
                        min_amount: filters.min_amount,
                        max_amount: filters.max_amount,
                        party: filters.party.clone(),
                        signatory: filters.signatory.clone(),
                        place: filters.place.clone(),
                        cites: filters.cites.clone(),
                        classification: filters.classification.clone(),
                    },
                    sort_by_date: matches!(sort, SortOrder::Date),
                },
            )?;
            let total = hits.total;
            let facets = hits.facets;
            let hits = hits.hits;
            let mut out = String::new();
            if *json {
                out = serde_json::to_string_pretty(
                    &serde_json::json!({ "total": total, "hits": hits, "facets": facets }),
                )? + "\n";
            } else if hits.is_empty() {
                out = format!("no documents match '{query}'\n");
            } else {
                let tty = std::io::IsTerminal::is_terminal(&std::io::stdout());
                let (open, close) = if tty {
                    ("\x1b[1;33m", "\x1b[0m")
                } else {
                    ("[", "]")
                };
                use std::fmt::Write as _;
                for (i, h) in hits.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "{}. {}  [{}]  {}  {}{}",
                        i + 1,
                        h.source,
                        h.doc_type,
                        h.date.as_deref().unwrap_or("-"),
                        if h.numbers.is_empty() {
                            "-".to_string()
                        } else {
                            h.numbers.join(", ")
                        },
                        if matches!(sort, SortOrder::Date) {
                            String::new()
                        } else {
                            format!("  (score {:.2})", h.score)
                        }
                    );
                    if let Some(t) = &h.title {
                        let _ = writeln!(out, "   {t}");
                    }
                    let _ = writeln!(out, "   p.{}: {}", h.page, render_snippet(h, open, close));
                }
            }
            write_stdout(out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { format } => {
            let catalog = open_catalog(&cli).await?;
            let format = match format {
                Format::Jsonl => ExportFormat::Jsonl,
                Format::Csv => ExportFormat::Csv,
            };
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            export(&catalog, format, &mut out).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Analyze => {
            use std::io::BufRead;
            let mut out = String::new();
            for line in std::io::stdin().lock().lines() {
                let line = line.context("cannot read standard input")?;
                out.push_str(&naskah::index::analyzer::terms(&line).join(" "));
                out.push('\n');
            }
            write_stdout(out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Status { low_confidence } => {
            let catalog = open_catalog(&cli).await?;
            let (docs, pages, ocr, failures) = catalog.totals().await?;
            let mut out = format!(
                "{docs} documents, {pages} pages ({ocr} OCRed), {failures} failed files recorded\n"
            );
            let queue = catalog.queue_counts().await?;
            if !queue.is_empty() {
                let parts: Vec<String> = queue
                    .iter()
                    .map(|(state, n)| format!("{n} {}", state.as_str()))
                    .collect();
                out.push_str(&format!("import queue: {}\n", parts.join(", ")));
            }
            if let Some(threshold) = low_confidence {
                let low = catalog.low_confidence_pages(*threshold).await?;
                out.push_str(&format!(
                    "{} OCR pages below confidence {threshold} (rescan these):\n",
                    low.len()
                ));
                for (source, path, page, conf) in low {
                    out.push_str(&format!("{conf:5.1}  {source}  page {page}  ({path})\n"));
                }
            }
            write_stdout(out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { document, json } => {
            let catalog = open_catalog(&cli).await?;
            let id = match document.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => catalog.find_source(document).await?.first().copied(),
            };
            let Some(doc) = (match id {
                Some(id) => catalog.get(id).await?,
                None => None,
            }) else {
                anyhow::bail!("no document '{document}' in the catalog; `naskah export --format csv` lists the sources");
            };
            let evidence = catalog.evidence(doc.id).await?;
            let out = if *json {
                serde_json::to_string_pretty(&serde_json::json!({
                    "id": doc.id, "source": doc.source, "sha256": doc.sha256, "path": doc.path,
                    "format": doc.format, "record": doc.record, "evidence": evidence, "pages": doc.pages,
                }))? + "\n"
            } else {
                render_document(&doc, &evidence)
            };
            write_stdout(out.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Reextract { pipeline } => {
            let pipeline = match pipeline {
                Some(p) => Pipeline::load(p)?,
                None => Pipeline::default(),
            };
            let rules = pipeline.rules()?;
            let catalog = open_catalog(&cli).await?;
            let index = open_index(&cli.data)?;
            let n = batch::reextract(&catalog, Some(&index), &rules).await?;
            eprintln!("re-extracted {n} documents");
            Ok(ExitCode::SUCCESS)
        }
        Command::Enqueue { paths } => {
            let catalog = open_catalog(&cli).await?;
            let (queued, done, report) = batch::enqueue(paths, &catalog).await?;
            for f in &report.failed {
                eprintln!("failed: {}: {}", f.path.display(), f.reason);
            }
            eprintln!("queued {queued} files for workers ({done} imported before and unchanged)");
            Ok(exit_for(&report))
        }
        Command::Worker {
            pipeline,
            jobs,
            lease,
            until_empty,
        } => {
            let pipeline = load_pipeline(pipeline.as_deref())?;
            let catalog = open_catalog(&cli).await?;
            let options = batch::RunOptions {
                jobs: *jobs,
                lease_secs: *lease,
                progress: true,
            };
            let started = std::time::Instant::now();
            let report = until_interrupted(
                &catalog,
                batch::work(&pipeline, &catalog, &options, *until_empty),
            )
            .await??;
            print_report(&report, started.elapsed());
            Ok(exit_for(&report))
        }
        Command::Index { follow, every } => {
            let catalog = open_catalog(&cli).await?;
            let index = open_index(&cli.data)?;
            loop {
                let n = batch::sync_index(&catalog, &index).await?;
                if n > 0 || !*follow {
                    eprintln!("indexed {n} documents");
                }
                if !*follow {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_secs(*every)).await;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { no_repair } => {
            let catalog = open_catalog(&cli).await?;
            let index = open_index(&cli.data)?;
            let report = batch::check(&catalog, &index, !*no_repair).await?;
            let out = render_check(&report);
            write_stdout(out.as_bytes())?;
            Ok(if report.agrees() || report.repaired {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_DISAGREE)
            })
        }
        Command::Watch {
            dir,
            pipeline,
            jobs,
            settle,
            interval,
        } => {
            let pipeline = load_pipeline(pipeline.as_deref())?;
            let catalog = open_catalog(&cli).await?;
            let index = pipeline
                .stages
                .index
                .then(|| open_index(&cli.data))
                .transpose()?;
            let options = batch::RunOptions {
                jobs: *jobs,
                ..batch::RunOptions::default()
            };
            let settings = batch::watch::WatchSettings {
                settle: std::time::Duration::from_secs(*settle),
                interval: std::time::Duration::from_secs((*interval).max(1)),
            };
            eprintln!(
                "watching {} (files are read once unchanged for {settle} s; Ctrl-C stops)",
                dir.display()
            );
            until_interrupted(
                &catalog,
                batch::watch::watch(
                    dir,
                    &pipeline,
                    &catalog,
                    index.as_ref(),
                    &options,
                    &settings,
                    |report| {
                        print_report(report, std::time::Duration::ZERO);
                    },
                ),
            )
            .await??;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            addr,
            token,
            max_upload_mb,
        } => {
            let catalog = open_catalog(&cli).await?;
            let index = open_index(&cli.data)?;
            if let Err(e) = batch::sync_index(&catalog, &index).await {
                tracing::warn!("search index not brought up to date: {e}");
            }
            naskah::serve::serve(naskah::serve::ServeOptions {
                addr: *addr,
                data: cli.data.clone(),
                catalog,
                index,
                pipeline: Pipeline::default(),
                token: token.clone(),
                max_upload_bytes: max_upload_mb.saturating_mul(1 << 20),
            })
            .await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Info => {
            let pipeline = Pipeline::default();
            let info = format!(
                "naskah {}\ntesseract {}\nocr languages: {}\nocr engines: {}\nomp_thread_limit: {}\ndata: {}\n",
                env!("CARGO_PKG_VERSION"),
                naskah::ocr::tess::version(),
                pipeline.ocr.languages,
                pipeline.ocr_threads(),
                std::env::var("OMP_THREAD_LIMIT").unwrap_or_else(|_| "unset".into()),
                cli.data.display()
            );
            write_stdout(info.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
