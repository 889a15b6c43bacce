//! `naskah check`: do the catalog, the search index and the import queue agree?

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;

use super::args::CheckArgs;
use super::common::{write_stdout, EXIT_DISAGREE};
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: CheckArgs) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
    let index = settings.index()?;
    let report = batch::check(&catalog, &index, !args.no_repair).await?;
    write_stdout(render_check(&report).as_bytes())?;
    Ok(if report.agrees() || report.repaired {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_DISAGREE)
    })
}

/// The check's findings, one line per kind of disagreement.
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
