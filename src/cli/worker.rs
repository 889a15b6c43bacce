//! `naskah worker`: take files from the shared import queue and import them.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;

use super::args::WorkerArgs;
use super::common::{exit_for, print_report, until_interrupted};
use super::settings::{pipeline, Settings};

/// Runs the command.
pub async fn run(settings: &Settings, args: WorkerArgs) -> Result<ExitCode> {
    let pipeline = pipeline(args.pipeline.as_deref())?;
    let catalog = settings.catalog().await?;
    let options = batch::RunOptions {
        jobs: args.jobs,
        lease_secs: args.lease,
        progress: true,
    };
    let started = std::time::Instant::now();
    let report = until_interrupted(
        &catalog,
        batch::work(&pipeline, &catalog, &options, args.until_empty),
    )
    .await??;
    print_report(&report, started.elapsed());
    Ok(exit_for(&report))
}
