//! `naskah enqueue`: queue files for workers without reading them here.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;

use super::args::PathsArg;
use super::common::exit_for;
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: PathsArg) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
    let (queued, done, report) = batch::enqueue(&args.paths, &catalog).await?;
    for f in &report.failed {
        eprintln!("failed: {}: {}", f.path.display(), f.reason);
    }
    eprintln!("queued {queued} files for workers ({done} imported before and unchanged)");
    Ok(exit_for(&report))
}
