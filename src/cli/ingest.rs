//! `naskah ingest`: read, OCR, extract, catalogue and index files and folders.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;

use super::args::IngestArgs;
use super::common::{exit_for, print_report, until_interrupted};
use super::settings::{pipeline, Settings};

/// Runs the command.
pub async fn run(settings: &Settings, args: IngestArgs) -> Result<ExitCode> {
    let pipeline = pipeline(args.pipeline.as_deref())?;
    let catalog = settings.catalog().await?;
    let index = if pipeline.stages.index {
        Some(settings.index()?)
    } else {
        None
    };
    let started = std::time::Instant::now();
    let options = batch::RunOptions {
        jobs: args.jobs,
        ..batch::RunOptions::default()
    };
    let report = until_interrupted(
        &catalog,
        batch::ingest_with(&args.paths, &pipeline, &catalog, index.as_ref(), &options),
    )
    .await??;
    print_report(&report, started.elapsed());
    Ok(exit_for(&report))
}
