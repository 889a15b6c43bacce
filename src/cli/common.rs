//! Output and exit statuses shared by the commands.

use std::process::ExitCode;

use anyhow::Result;

use naskah::batch;
use naskah::store::catalog::Catalog;

/// Exit status when some input files could not be ingested (the others were).
pub const EXIT_SOME_FAILED: u8 = 2;
/// Exit status of `check --no-repair` when catalog and index disagree.
pub const EXIT_DISAGREE: u8 = 3;

/// Writes to stdout; a reader that closed the pipe early (`| head`) is not an error.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Runs an import until it ends or Ctrl-C; on Ctrl-C this process's files are handed back
/// to the queue at once (not when their lease runs out) and the exit status is 130.
pub async fn until_interrupted<T>(
    catalog: &Catalog,
    work: impl std::future::Future<Output = T>,
) -> Result<T> {
    tokio::select! {
        out = work => Ok(out),
        _ = tokio::signal::ctrl_c() => {
            let _ = catalog.release_leases(&batch::worker_id::this_worker()).await;
            eprintln!("interrupted; `naskah ingest` again (or `naskah worker`) resumes where this stopped");
            std::process::exit(130);
        }
    }
}

/// Prints an import's warnings, failures and summary on stderr.
pub fn print_report(report: &batch::Report, elapsed: std::time::Duration) {
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    for f in &report.failed {
        eprintln!("failed: {}: {}", f.path.display(), f.reason);
    }
    eprintln!("{}", report.summary(elapsed));
}

/// 0 when every file was imported, [`EXIT_SOME_FAILED`] when some failed.
pub fn exit_for(report: &batch::Report) -> ExitCode {
    if report.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_SOME_FAILED)
    }
}
