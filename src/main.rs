//! The `naskah` command line: parse the arguments, run the command (`src/cli/`), and turn
//! the outcome into an exit status and a message.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    ensure_single_threaded_tesseract();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("NASKAH_LOG")
                // Libraries' own warnings (lopdf on every odd PDF) would drown the batch's
                // messages; naskah reports each file's problem itself.
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error,naskah=warn")),
        )
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let args = cli::Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(Box::pin(cli::run(args))) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Tesseract's OpenMP threads fight the one-engine-per-core pool (6-7 s a page instead of
/// 1.3 s). OpenMP reads `OMP_THREAD_LIMIT` once at load time, before `main`, so the only
/// reliable fix is to re-execute ourselves with the variable set.
fn ensure_single_threaded_tesseract() {
    if std::env::var_os("OMP_THREAD_LIMIT").is_some() {
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        if let Ok(exe) = std::env::current_exe() {
            let err = std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .env("OMP_THREAD_LIMIT", "1")
                .exec();
            // exec only returns on failure; carry on with OpenMP's default threads.
            eprintln!(
                "warning: could not re-execute with OMP_THREAD_LIMIT=1 ({err}); OCR will be slower"
            );
        }
    }
}
