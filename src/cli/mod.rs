//! The command line's work, in the manner of ripgrep's `crates/core`: arguments parsed
//! once into plain structs (`args`), global settings resolved once (`settings`), then one
//! module per command.

mod analyze;
mod args;
mod check;
mod common;
mod enqueue;
mod export;
mod index;
mod info;
mod ingest;
mod reextract;
mod search;
mod serve;
mod settings;
mod show;
mod status;
mod watch;
mod worker;

use std::process::ExitCode;

use anyhow::Result;

pub use args::Args;
use args::Command;
use settings::Settings;

/// Runs the command the arguments name.
pub async fn run(args: Args) -> Result<ExitCode> {
    let settings = Settings::resolve(&args);
    match args.command {
        Command::Ingest(a) => ingest::run(&settings, a).await,
        Command::Search(a) => search::run(&settings, a).await,
        Command::Export(a) => export::run(&settings, a).await,
        Command::Analyze => analyze::run(),
        Command::Status(a) => status::run(&settings, a).await,
        Command::Show(a) => show::run(&settings, a).await,
        Command::Reextract(a) => reextract::run(&settings, a).await,
        Command::Info => info::run(&settings),
        Command::Enqueue(a) => enqueue::run(&settings, a).await,
        Command::Worker(a) => worker::run(&settings, a).await,
        Command::Index(a) => index::run(&settings, a).await,
        Command::Check(a) => check::run(&settings, a).await,
        Command::Watch(a) => watch::run(&settings, a).await,
        Command::Serve(a) => serve::run(&settings, a).await,
    }
}
