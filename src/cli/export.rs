//! `naskah export`: every record, as JSON lines (the corpus schema plus `text`) or CSV.

use std::process::ExitCode;

use anyhow::Result;

use naskah::export::{export, ExportFormat};

use super::args::{ExportArgs, Format};
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: ExportArgs) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
    let format = match args.format {
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Csv => ExportFormat::Csv,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    export(&catalog, format, &mut out).await?;
    Ok(ExitCode::SUCCESS)
}
