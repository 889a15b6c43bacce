//! Helpers shared by the integration tests: run the real binary.

use std::path::Path;
use std::process::Command;

/// Ingests `input` (a file or folder) into a fresh data folder under `tmp` and returns the
/// exported records; panics with naskah's stderr if the ingest fails.
pub fn ingest_and_export(tmp: &Path, input: &Path) -> Vec<serde_json::Value> {
    let data = tmp.join("data");
    let bin = env!("CARGO_BIN_EXE_naskah");
    let out = Command::new(bin)
        .arg("--data")
        .arg(&data)
        .arg("ingest")
        .arg(input)
        .output()
        .expect("run naskah ingest");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let export = Command::new(bin)
        .arg("--data")
        .arg(&data)
        .args(["export", "--format", "jsonl"])
        .output()
        .expect("run naskah export");
    String::from_utf8_lossy(&export.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each export line is JSON"))
        .collect()
}
