//! `naskah status`: totals, the import queue, and OCR pages worth rescanning.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;

use super::args::StatusArgs;
use super::common::write_stdout;
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: StatusArgs) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
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
        let _ = writeln!(out, "import queue: {}", parts.join(", "));
    }
    if let Some(threshold) = args.low_confidence {
        let low = catalog.low_confidence_pages(threshold).await?;
        let _ = writeln!(
            out,
            "{} OCR pages below confidence {threshold} (rescan these):",
            low.len()
        );
        for (source, path, page, conf) in low {
            let _ = writeln!(out, "{conf:5.1}  {source}  page {page}  ({path})");
        }
    }
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
