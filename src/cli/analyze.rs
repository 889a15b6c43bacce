//! `naskah analyze`: the terms the index stores for each line of standard input.

use std::io::BufRead;
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::common::write_stdout;

/// Runs the command.
pub fn run() -> Result<ExitCode> {
    let mut out = String::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.context("cannot read standard input")?;
        out.push_str(&naskah::index::analyzer::terms(&line).join(" "));
        out.push('\n');
    }
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
