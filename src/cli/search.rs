//! `naskah search`: hits with their snippets, or JSON with totals and facets.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;
use naskah::search::{render_snippet, search, Filters, SearchRequest};

use super::args::{SearchArgs, SortOrder};
use super::common::write_stdout;
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: SearchArgs) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
    let index = settings.index()?;
    // An index deleted or left behind by a crash is refilled from the catalog first; if
    // another process is writing it (an import, `watch`), search what is there.
    if let Err(e) = batch::sync_index(&catalog, &index).await {
        tracing::warn!("search index not brought up to date: {e}");
    }
    let by_date = matches!(args.sort, SortOrder::Date);
    let f = args.filters;
    let amount = |r: Option<naskah::model::Rupiah>| r.map(|r| r.0.max(0) as u64);
    let found = search(
        &index,
        &SearchRequest {
            query: args.query.clone(),
            limit: args.limit,
            doc_type: args.doc_type,
            filters: Filters {
                from: f.from,
                to: f.to,
                min_amount: amount(f.min_amount),
                max_amount: amount(f.max_amount),
                party: f.party,
                signatory: f.signatory,
                place: f.place,
                cites: f.cites,
                classification: f.classification,
            },
            sort_by_date: by_date,
        },
    )?;
    let mut out = String::new();
    if args.json {
        out = serde_json::to_string_pretty(
            &serde_json::json!({ "total": found.total, "hits": found.hits, "facets": found.facets }),
        )? + "\n";
    } else if found.hits.is_empty() {
        out = format!("no documents match '{}'\n", args.query);
    } else {
        let tty = std::io::IsTerminal::is_terminal(&std::io::stdout());
        let (open, close) = if tty {
            ("\x1b[1;33m", "\x1b[0m")
        } else {
            ("[", "]")
        };
        for (i, h) in found.hits.iter().enumerate() {
            let numbers = if h.numbers.is_empty() {
                "-".to_string()
            } else {
                h.numbers.join(", ")
            };
            let score = if by_date {
                String::new()
            } else {
                format!("  (score {:.2})", h.score)
            };
            let date = h.date.as_deref().unwrap_or("-");
            let _ = writeln!(
                out,
                "{}. {}  [{}]  {date}  {numbers}{score}",
                i + 1,
                h.source,
                h.doc_type
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
