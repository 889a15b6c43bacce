//! `naskah info`: versions, languages and settings of this installation.

use std::process::ExitCode;

use anyhow::Result;

use naskah::pipeline::Pipeline;

use super::common::write_stdout;
use super::settings::Settings;

/// Runs the command.
pub fn run(settings: &Settings) -> Result<ExitCode> {
    let pipeline = Pipeline::default();
    let info = format!(
        "naskah {}\ntesseract {}\nocr languages: {}\nocr engines: {}\nomp_thread_limit: {}\ndata: {}\n",
        env!("CARGO_PKG_VERSION"),
        naskah::ocr::tess::version(),
        pipeline.ocr.languages,
        pipeline.ocr_threads(),
        std::env::var("OMP_THREAD_LIMIT").unwrap_or_else(|_| "unset".into()),
        settings.data.display()
    );
    write_stdout(info.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
