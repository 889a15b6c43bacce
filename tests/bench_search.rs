//! Smoke run of the search benchmark (`src/bin/bench_search`) on 2,000 generated documents,
//! so it keeps building and its checks keep holding: every query finds documents in both
//! naskah and SQLite FTS5, and every filtered hit honours its filters. Timings are printed,
//! never asserted (targets live in the full run, see README).

use std::process::Command;

#[test]
fn search_benchmark_smoke_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_bench_search"))
        .args([
            "--docs",
            "2000",
            "--reps",
            "3",
            "--commit-every",
            "500",
            "--dir",
        ])
        .arg(dir.path().join("work"))
        .output()
        .expect("run bench_search");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "bench_search failed ({}):\n{stdout}\n{stderr}",
        out.status
    );
    assert!(stdout.contains("checks: ok"), "{stdout}");
    assert!(
        stdout.contains("input: 2000 generated documents"),
        "{stdout}"
    );
    for row in [
        "| naskah, as `naskah search`",
        "| naskah, same query, ranked top 10 only",
        "| SQLite FTS5 (top 10",
        "| SQLite FTS5, ranked top 10 only",
    ] {
        assert!(stdout.contains(row), "missing row {row:?}:\n{stdout}");
    }
    // The fuzzy queries reach misspelled words in both engines.
    assert!(
        stdout.contains("FTS5 fuzzy \"kejaksan negri\" -> MATCH")
            && stdout.contains("\"kejaksaan\""),
        "{stdout}"
    );
}

#[test]
fn generated_documents_are_stable() {
    // Same seed, same documents: the published figures can be rerun on the same input.
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_bench_search"))
            .args(["--sample", "--seed", "7"])
            .output()
            .expect("run bench_search --sample")
    };
    let (a, b) = (run(), run());
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
    let text = String::from_utf8_lossy(&a.stdout);
    assert!(text.contains("\"doc_type\""), "{text}");
}
