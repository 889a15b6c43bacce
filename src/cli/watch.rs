//! `naskah watch`: a consume folder; each file is ingested once fully written.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;

use super::args::WatchArgs;
use super::common::{print_report, until_interrupted};
use super::settings::{pipeline, Settings};

/// Runs the command.
pub async fn run(settings: &Settings, args: WatchArgs) -> Result<ExitCode> {
    let pipeline = pipeline(args.pipeline.as_deref())?;
    let catalog = settings.catalog().await?;
    let index = pipeline
        .stages
        .index
        .then(|| settings.index())
        .transpose()?;
    let options = batch::RunOptions {
        jobs: args.jobs,
        ..batch::RunOptions::default()
    };
    let watch = batch::watch::WatchSettings {
        settle: std::time::Duration::from_secs(args.settle),
        interval: std::time::Duration::from_secs(args.interval.max(1)),
    };
    eprintln!(
        "watching {} (files are read once unchanged for {} s; Ctrl-C stops)",
        args.dir.display(),
        args.settle
    );
    until_interrupted(
        &catalog,
        batch::watch::watch(
            &args.dir,
            &pipeline,
            &catalog,
            index.as_ref(),
            &options,
            &watch,
            |report| {
                print_report(report, std::time::Duration::ZERO);
            },
        ),
    )
    .await??;
    Ok(ExitCode::SUCCESS)
}
