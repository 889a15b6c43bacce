//! `naskah reextract`: extraction again over the catalogued text, no file read again.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;

use super::args::PipelineArg;
use super::settings::{pipeline, Settings};

/// Runs the command.
pub async fn run(settings: &Settings, args: PipelineArg) -> Result<ExitCode> {
    let rules = pipeline(args.pipeline.as_deref())?.rules()?;
    let catalog = settings.catalog().await?;
    let index = settings.index()?;
    let n = batch::reextract(&catalog, Some(&index), &rules).await?;
    eprintln!("re-extracted {n} documents");
    Ok(ExitCode::SUCCESS)
}
