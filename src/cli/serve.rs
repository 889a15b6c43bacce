//! `naskah serve`: the web app and JSON API.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;
use naskah::pipeline::Pipeline;

use super::args::ServeArgs;
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: ServeArgs) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
    let index = settings.index()?;
    if let Err(e) = batch::sync_index(&catalog, &index).await {
        tracing::warn!("search index not brought up to date: {e}");
    }
    naskah::serve::serve(naskah::serve::ServeOptions {
        addr: args.addr,
        data: settings.data.clone(),
        catalog,
        index,
        pipeline: Pipeline::default(),
        token: args.token,
        max_upload_bytes: args.max_upload_mb.saturating_mul(1 << 20),
    })
    .await?;
    Ok(ExitCode::SUCCESS)
}
