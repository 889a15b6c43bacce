//! Search benchmark: naskah's index and search beside SQLite FTS5 on the same documents.
//!
//! `cargo run --release --bin bench_search -- --docs 100000`
//!
//! Generates documents from the dev corpus's sentence shapes (see `gen.rs`), indexes them
//! with naskah's own index code (`naskah::index`, the analyzer and schema `naskah ingest`
//! uses) and into an SQLite FTS5 table through sqlx (see `fts5.rs`), then times term,
//! phrase, filtered and fuzzy queries on both, warm, many times each. naskah's queries go
//! through `naskah::search::search`, the function `naskah search` calls: one row is that
//! whole path (top 10 with snippets, total and facets), another only the ranked top 10 of
//! the same query (`build_query`), next to the FTS5 equivalents of each. Exits non-zero if
//! a query finds nothing or a filtered hit breaks its filters.

mod fts5;
mod gen;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::Parser;
use naskah::index::{IndexEntry, SearchIndex};
use naskah::model::DocType;
use naskah::search::{build_query, search, Filters, SearchRequest};
use tantivy::collector::TopDocs;

/// Benchmark naskah search beside SQLite FTS5.
#[derive(Parser)]
struct Args {
    /// Number of generated documents.
    #[arg(long, default_value_t = 100_000)]
    docs: usize,
    /// Timed runs of each query (after one warm-up run).
    #[arg(long, default_value_t = 40)]
    reps: usize,
    /// Seed of the document generator.
    #[arg(long, default_value_t = 2024)]
    seed: u64,
    /// Commit both indexes every this many documents.
    #[arg(long, default_value_t = 10_000)]
    commit_every: usize,
    /// Working folder (default: a new folder under the system's temp folder, removed after).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Also print the median of each query on each engine.
    #[arg(long)]
    per_query: bool,
    /// Print one sample document and exit.
    #[arg(long)]
    sample: bool,
}

/// What a query exercises.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum QueryKind {
    Term,
    Phrase,
    Filtered,
    Fuzzy,
}

const KINDS: [QueryKind; 4] = [
    QueryKind::Term,
    QueryKind::Phrase,
    QueryKind::Filtered,
    QueryKind::Fuzzy,
];

/// One benchmark query with its filters.
#[derive(Clone, Debug)]
pub struct Query {
    pub kind: QueryKind,
    pub text: &'static str,
    pub doc_type: Option<DocType>,
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
    pub min_amount: Option<u64>,
    pub cites: Option<&'static str>,
}

fn day(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

fn queries() -> Vec<Query> {
    let q = |kind, text| Query {
        kind,
        text,
        doc_type: None,
        from: None,
        to: None,
        min_amount: None,
        cites: None,
    };
    use QueryKind::*;
    vec![
        q(Term, "hibah"),
        q(Term, "netralitas"),
        q(Term, "gratifikasi"),
        q(Term, "honorarium"),
        q(Term, "stunting"),
        q(Phrase, "\"aparatur sipil negara\""),
        q(Phrase, "\"protokol kesehatan\""),
        q(Phrase, "\"rekening kas umum daerah\""),
        q(Phrase, "\"pengelolaan keuangan daerah\""),
        q(Phrase, "\"bantuan hukum\""),
        Query {
            doc_type: Some(DocType::Nphd),
            from: day(2020, 1, 1),
            to: day(2022, 12, 31),
            min_amount: Some(1_000_000_000),
            ..q(Filtered, "hibah")
        },
        Query {
            doc_type: Some(DocType::SuratEdaran),
            from: day(2019, 1, 1),
            to: day(2020, 12, 31),
            ..q(Filtered, "netralitas")
        },
        Query {
            doc_type: Some(DocType::Undangan),
            from: day(2023, 1, 1),
            to: day(2024, 12, 31),
            ..q(Filtered, "rapat koordinasi")
        },
        Query {
            doc_type: Some(DocType::Keputusan),
            from: day(2021, 1, 1),
            to: day(2024, 12, 31),
            min_amount: Some(100_000_000),
            ..q(Filtered, "honorarium")
        },
        Query {
            from: day(2018, 1, 1),
            min_amount: Some(5_000_000_000),
            cites: Some("UU 10/2016"),
            ..q(Filtered, "hibah")
        },
        q(Fuzzy, "kejaksan negri"),
        q(Fuzzy, "gratifkasi"),
        q(Fuzzy, "netralitsa"),
        q(Fuzzy, "honorarim"),
        q(Fuzzy, "protokol kesehtan"),
    ]
}

/// yyyymmdd, as both indexes store dates for ranges.
pub fn date_num(d: chrono::NaiveDate) -> u64 {
    use chrono::Datelike;
    d.year().max(0) as u64 * 10_000 + u64::from(d.month() * 100 + d.day())
}

fn request(q: &Query) -> SearchRequest {
    SearchRequest {
        query: q.text.to_string(),
        limit: 10,
        doc_type: q.doc_type,
        filters: Filters {
            from: q.from,
            to: q.to,
            min_amount: q.min_amount,
            cites: q.cites.map(str::to_string),
            ..Filters::default()
        },
        sort_by_date: false,
    }
}

/// Whether a generated document satisfies a query's filters.
fn satisfies(doc: &gen::GenDoc, q: &Query) -> bool {
    let r = &doc.record;
    let dn = r.date.map(date_num);
    q.doc_type.is_none_or(|t| r.doc_type == t)
        && q.from.is_none_or(|f| dn.is_some_and(|d| d >= date_num(f)))
        && q.to.is_none_or(|t| dn.is_some_and(|d| d <= date_num(t)))
        && q.min_amount
            .is_none_or(|m| r.amounts.iter().any(|a| a.value.0 as u64 >= m))
        && q.cites.is_none_or(|c| {
            let key = naskah::search::parse_cites(c).unwrap_or_default();
            r.references
                .iter()
                .any(|x| naskah::index::cite_key(x) == key)
        })
}

fn dir_size(path: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// Latencies of one engine/mode per query kind.
#[derive(Default)]
struct Timings {
    by_kind: [Vec<Duration>; 4],
    totals: [Vec<usize>; 4],
}

impl Timings {
    fn add(&mut self, kind: QueryKind, d: Duration) {
        self.by_kind[kind as usize].push(d);
    }

    fn cell(&self, kind: QueryKind) -> String {
        let mut v = self.by_kind[kind as usize].clone();
        if v.is_empty() {
            return "-".into();
        }
        v.sort();
        let p = |q: f64| {
            let i = ((v.len() as f64 * q).ceil() as usize).clamp(1, v.len()) - 1;
            v[i].as_secs_f64() * 1_000.0
        };
        format!("{:.2} / {:.2}", p(0.50), p(0.99))
    }
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => std::process::ExitCode::from(3),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<bool, Box<dyn std::error::Error>> {
    if args.sample {
        let d = gen::document(args.seed, 1);
        println!("{}\n\n{}", d.text, serde_json::to_string_pretty(&d.record)?);
        return Ok(true);
    }
    let (dir, remove) = match &args.dir {
        Some(d) => (d.clone(), false),
        None => (
            std::env::temp_dir().join(format!("naskah-bench-search-{}", std::process::id())),
            true,
        ),
    };
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot clear the working folder {}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("cannot create the working folder {}: {e}", dir.display()))?;
    let result = bench(&args, &dir).await;
    if remove {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result
}

async fn bench(args: &Args, dir: &Path) -> Result<bool, Box<dyn std::error::Error>> {
    let t = Instant::now();
    let docs: Vec<gen::GenDoc> = (1..=args.docs as u64)
        .map(|id| gen::document(args.seed, id))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!(
        "input: {} generated documents (seed {}), {:.1} MB of text, {:.0} bytes per document on average; generated in {:.1} s",
        docs.len(),
        args.seed,
        bytes as f64 / 1e6,
        bytes as f64 / docs.len().max(1) as f64,
        t.elapsed().as_secs_f64()
    );
    println!(
        "machine: {} cores visible; commits every {} documents; {} timed runs per query after one warm-up",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.commit_every,
        args.reps
    );

    // naskah: the index code `naskah ingest` uses.
    let tantivy_dir = dir.join("tantivy");
    let index = SearchIndex::open_or_create(&tantivy_dir)?;
    let t = Instant::now();
    {
        let mut writer = index.writer()?;
        for (i, d) in docs.iter().enumerate() {
            index.add(
                &writer,
                &IndexEntry {
                    id: d.id,
                    sha256: &d.sha256,
                    source: &d.source,
                    record: &d.record,
                    text: &d.text,
                },
            )?;
            if (i + 1) % args.commit_every == 0 {
                writer.commit()?;
            }
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
    }
    let naskah_secs = t.elapsed().as_secs_f64();
    let naskah_size = dir_size(&tantivy_dir);
    // What `naskah search` does before its query: open the index and check that it holds
    // every catalogued document (`batch::sync_index` reads the indexed ids).
    let t = Instant::now();
    let reopened = SearchIndex::open_or_create(&tantivy_dir)?;
    let held = reopened.indexed_ids()?.len();
    println!(
        "naskah search start-up: index opened and its {held} document ids read in {:.1} ms (once per command, not counted below)",
        t.elapsed().as_secs_f64() * 1_000.0
    );
    drop(reopened);

    // FTS5 through sqlx.
    let db = dir.join("fts5.sqlite");
    let t = Instant::now();
    let mut fts = fts5::Fts5::build(&db, &docs, args.commit_every).await?;
    let fts_secs = t.elapsed().as_secs_f64();
    let fts_size = ["", "-wal", "-shm"]
        .iter()
        .map(|s| {
            std::fs::metadata(format!("{}{s}", db.display()))
                .map(|m| m.len())
                .unwrap_or(0)
        })
        .sum::<u64>();
    let t = Instant::now();
    let vocab = fts.load_vocab().await?;
    println!(
        "FTS5 vocabulary for fuzzy expansion: {vocab} terms, loaded in {:.2} s (not counted below)",
        t.elapsed().as_secs_f64()
    );

    let queries = queries();
    let mut ok = true;
    let mut naskah_full = Timings::default();
    let mut naskah_top = Timings::default();
    let mut fts_full = Timings::default();
    let mut fts_top = Timings::default();
    for q in &queries {
        let req = request(q);
        // Warm-up and checks.
        let res = search(&index, &req)?;
        let fts_answer = fts.run(q, true).await?;
        let fts_total = fts_answer.total.unwrap_or(0);
        if res.total == 0 || fts_total == 0 {
            println!(
                "check failed: {:?} {:?} matches nothing (naskah {}, FTS5 {})",
                q.kind, q.text, res.total, fts_total
            );
            ok = false;
        }
        for (engine, ids) in [
            ("naskah", res.hits.iter().map(|h| h.id).collect::<Vec<_>>()),
            ("FTS5", fts_answer.ids.clone()),
        ] {
            for id in ids {
                let doc = id
                    .checked_sub(1)
                    .and_then(|i| docs.get(i as usize))
                    .filter(|d| d.id == id);
                if !doc.is_some_and(|d| satisfies(d, q)) {
                    println!(
                        "check failed: {engine} hit {id} of {:?} breaks its filters",
                        q.text
                    );
                    ok = false;
                }
            }
        }
        naskah_full.totals[q.kind as usize].push(res.total);
        fts_full.totals[q.kind as usize].push(fts_total);
        if q.kind == QueryKind::Fuzzy {
            println!("FTS5 fuzzy {:?} -> MATCH {}", q.text, fts.describe(q));
        }

        let marks = [
            naskah_full.by_kind[q.kind as usize].len(),
            naskah_top.by_kind[q.kind as usize].len(),
            fts_full.by_kind[q.kind as usize].len(),
            fts_top.by_kind[q.kind as usize].len(),
        ];
        for _ in 0..args.reps {
            let t = Instant::now();
            let res = search(&index, &req)?;
            naskah_full.add(q.kind, t.elapsed());
            std::hint::black_box(res);

            let t = Instant::now();
            let built = build_query(&index, &req)?;
            let searcher = index.searcher()?;
            let top = searcher.search(&built.query, &TopDocs::with_limit(10).order_by_score())?;
            naskah_top.add(q.kind, t.elapsed());
            std::hint::black_box(top);

            let t = Instant::now();
            let a = fts.run(q, true).await?;
            fts_full.add(q.kind, t.elapsed());
            std::hint::black_box(a.ids);

            let t = Instant::now();
            let a = fts.run(q, false).await?;
            fts_top.add(q.kind, t.elapsed());
            std::hint::black_box(a.ids);
        }
        if args.per_query {
            let median = |t: &Timings, from: usize| {
                let mut v = t.by_kind[q.kind as usize][from..].to_vec();
                v.sort();
                v.get(v.len() / 2)
                    .map_or(0.0, |d| d.as_secs_f64() * 1_000.0)
            };
            println!(
                "{:?} {:?}: p50 ms naskah {:.2} (top 10 {:.2}), FTS5 {:.2} (top 10 {:.2}); matches naskah {}, FTS5 {}",
                q.kind,
                q.text,
                median(&naskah_full, marks[0]),
                median(&naskah_top, marks[1]),
                median(&fts_full, marks[2]),
                median(&fts_top, marks[3]),
                res.total,
                fts_total
            );
        }
    }

    println!();
    println!(
        "| engine | indexing docs/s | index size | term p50 / p99 ms | phrase p50 / p99 ms | filtered p50 / p99 ms | fuzzy p50 / p99 ms |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let rows = [
        (
            "naskah, as `naskah search` (top 10, snippets, total, facets)",
            &naskah_full,
            Some((naskah_secs, naskah_size)),
        ),
        ("naskah, same query, ranked top 10 only", &naskah_top, None),
        (
            "SQLite FTS5 (top 10, snippet(), total, facets)",
            &fts_full,
            Some((fts_secs, fts_size)),
        ),
        ("SQLite FTS5, ranked top 10 only", &fts_top, None),
    ];
    for (name, timings, build) in rows {
        let (rate, size) = match build {
            Some((secs, size)) => (
                format!("{:.0}", docs.len() as f64 / secs),
                format!("{:.1} MB", size as f64 / 1e6),
            ),
            None => ("".into(), "".into()),
        };
        println!(
            "| {name} | {rate} | {size} | {} | {} | {} | {} |",
            timings.cell(QueryKind::Term),
            timings.cell(QueryKind::Phrase),
            timings.cell(QueryKind::Filtered),
            timings.cell(QueryKind::Fuzzy),
        );
    }
    println!();
    for kind in KINDS {
        let mean = |t: &Timings| {
            let v = &t.totals[kind as usize];
            v.iter().sum::<usize>() as f64 / v.len().max(1) as f64
        };
        println!(
            "{kind:?}: mean matches per query: naskah {:.0}, FTS5 {:.0}",
            mean(&naskah_full),
            mean(&fts_full)
        );
    }
    let p50 = |t: &Timings| {
        let mut v = t.by_kind[QueryKind::Filtered as usize].clone();
        v.sort();
        v.get(v.len() / 2).map_or(0.0, |d| d.as_secs_f64())
    };
    println!(
        "filtered p50: FTS5 / naskah = {:.1}x as the CLI runs it, {:.1}x top 10 only",
        p50(&fts_full) / p50(&naskah_full).max(1e-9),
        p50(&fts_top) / p50(&naskah_top).max(1e-9)
    );
    println!("checks: {}", if ok { "ok" } else { "FAILED" });
    Ok(ok)
}
