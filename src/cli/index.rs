//! `naskah index`: feed the search index from the catalog, once or following it.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;

use super::args::IndexArgs;
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: IndexArgs) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
    let index = settings.index()?;
    loop {
        let n = batch::sync_index(&catalog, &index).await?;
        if n > 0 || !args.follow {
            eprintln!("indexed {n} documents");
        }
        if !args.follow {
            return Ok(ExitCode::SUCCESS);
        }
        tokio::time::sleep(std::time::Duration::from_secs(args.every)).await;
    }
}
