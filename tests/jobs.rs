//! Imports as persistent jobs, on the real binary: an import killed with SIGKILL resumes
//! without losing or duplicating a document, `check` finds and repairs a damaged index, an
//! index made by another analyzer version is rebuilt from the catalog, `watch` reads files
//! only once they are complete, and two workers on PostgreSQL share a queue with one of them
//! killed midway.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_naskah"));
    c.env_remove("OMP_THREAD_LIMIT")
        .env("NASKAH_PROGRESS_SECS", "0");
    c
}

fn naskah(data: &Path, args: &[&str]) -> Output {
    bin()
        .arg("--data")
        .arg(data)
        .args(args)
        .output()
        .expect("run naskah")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Sources of the exported records.
fn exported_sources(data: &Path, db: &[&str]) -> Vec<String> {
    let mut args = db.to_vec();
    args.extend(["export", "--format", "jsonl"]);
    let out = naskah(data, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut sources: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["source"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    sources.sort();
    sources
}

/// A folder of distinct documents, scans among them so an import takes a while: the
/// samples and a few documents of the shared dev corpus. Returns the file names, sorted.
fn make_batch(dir: &Path) -> Vec<String> {
    std::fs::create_dir_all(dir).expect("mkdir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("samples"))
        .expect("samples")
        .map(|e| e.expect("entry").path())
        .collect();
    let dev = root.join("../shared/corpus/dev/docs");
    for name in [
        "se-banjar-2020-netralitas.pdf",
        "nphd-kalsel-kpu-2023.pdf",
        "se-tanbu-2021-gratifikasi-idul-fitri.jpg",
        "und-kesbangpol-kalsel-2020-rakor-netralitas.png",
        "pks-hss-kejari-2021-datun.pdf",
    ] {
        if dev.join(name).exists() {
            files.push(dev.join(name));
        }
    }
    let mut names = Vec::new();
    for f in files {
        let name = f.file_name().expect("name").to_string_lossy().into_owned();
        std::fs::copy(&f, dir.join(&name)).expect("copy");
        names.push(name);
    }
    names.sort();
    names
}

/// Polls until `cond` holds (then true) or the time runs out (then false).
fn wait_for(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    false
}

/// The counts of the `import queue:` line of `naskah status`.
fn queue_counts(data: &Path) -> std::collections::HashMap<String, u64> {
    let out = naskah(data, &["status"]);
    let status = text(&out.stdout);
    let mut counts = std::collections::HashMap::new();
    if let Some(line) = status
        .lines()
        .find_map(|l| l.strip_prefix("import queue: "))
    {
        for part in line.split(", ") {
            if let Some((n, state)) = part.split_once(' ') {
                counts.insert(state.to_string(), n.parse().unwrap_or(0));
            }
        }
    }
    counts
}

fn kill_hard(child: &mut Child) {
    // SIGKILL: no destructor, no flush, no lease handed back: as a crash or power cut.
    child.kill().expect("kill -9");
    child.wait().expect("reap");
}

#[test]
fn an_import_killed_midway_resumes_without_loss_or_duplicates() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("masuk");
    let names = make_batch(&input);
    let data = tmp.path().join("data");
    // One file at a time, so the import is midway (some files done, some not) for most of
    // its run whatever the machine's speed.
    let pipeline = tmp.path().join("one-at-a-time.toml");
    std::fs::write(&pipeline, "[workers]\nfiles_in_flight = 1\n").expect("write pipeline");
    let mut first = bin()
        .arg("--data")
        .arg(&data)
        .args(["ingest", "--jobs", "1", "--pipeline"])
        .arg(&pipeline)
        .arg(&input)
        .stderr(Stdio::null())
        .spawn()
        .expect("start ingest");
    let midway = wait_for(Duration::from_secs(240), || {
        let q = queue_counts(&data);
        let done = q.get("catalogued").copied().unwrap_or(0);
        let pending: u64 = ["found", "read", "ocred", "extracted"]
            .iter()
            .filter_map(|s| q.get(*s))
            .sum();
        done >= 1 && pending >= 1
    });
    kill_hard(&mut first);
    assert!(
        midway,
        "the import never reached a state with work both done and pending: {:?}",
        queue_counts(&data)
    );

    // Killed before indexing: the catalog holds documents the index lacks.
    let check = naskah(&data, &["check", "--no-repair"]);
    assert_eq!(check.status.code(), Some(3), "{}", text(&check.stdout));
    assert!(text(&check.stdout).contains("missing from the index"));

    let second = naskah(&data, &["ingest", input.to_str().expect("utf-8")]);
    let err = text(&second.stderr);
    assert!(second.status.success(), "{err}");
    assert_eq!(
        exported_sources(&data, &[]),
        names,
        "each file exactly once"
    );
    let q = queue_counts(&data);
    assert_eq!(q.get("indexed").copied(), Some(names.len() as u64), "{q:?}");
    let check = naskah(&data, &["check", "--no-repair"]);
    assert!(check.status.success(), "{}", text(&check.stdout));

    // A third run reads nothing again.
    let third = naskah(&data, &["ingest", input.to_str().expect("utf-8")]);
    assert!(
        text(&third.stderr).contains(&format!(
            "ingested 0, already present {}, failed 0",
            names.len()
        )),
        "{}",
        text(&third.stderr)
    );
}

#[test]
fn check_repairs_a_damaged_index_from_the_catalog() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    for (name, body) in [
        ("a.txt", "SURAT EDARAN\nNomor : 800/1/BKD/2024\nTentang netralitas aparatur sipil negara dalam pemilihan kepala daerah serentak tahun 2024 di lingkungan pemerintah provinsi.\n"),
        ("b.txt", "NOTA DINAS\nNomor : 900/2/BPKAD/2024\nHal : Pencairan belanja hibah tahap kedua kepada Komisi Pemilihan Umum Provinsi sebesar Rp 65.000.000.000,00.\n"),
    ] {
        std::fs::write(input.join(name), body).expect("write");
    }
    let data = tmp.path().join("data");
    let out = naskah(&data, &["ingest", input.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    std::fs::remove_dir_all(data.join("tantivy")).expect("remove index");

    let found = naskah(&data, &["check", "--no-repair"]);
    assert_eq!(found.status.code(), Some(3));
    assert!(
        text(&found.stdout).contains("found: 2 documents missing from the index"),
        "{}",
        text(&found.stdout)
    );
    let repaired = naskah(&data, &["check"]);
    assert!(repaired.status.success());
    assert!(
        text(&repaired.stdout).contains("repaired: 2 documents missing from the index"),
        "{}",
        text(&repaired.stdout)
    );
    let again = naskah(&data, &["check", "--no-repair"]);
    assert!(again.status.success(), "{}", text(&again.stdout));
    assert!(text(&again.stdout).contains("ok: catalog and index agree"));
    let hits = naskah(&data, &["search", "hibah", "--json"]);
    assert!(
        text(&hits.stdout).contains("b.txt"),
        "{}",
        text(&hits.stdout)
    );
}

#[test]
fn an_index_of_another_analyzer_is_rebuilt_from_the_catalog() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::write(
        input.join("c.txt"),
        "SURAT EDARAN\nNomor : 800/3/BKD/2024\nTentang penegakan disiplin pegawai negeri sipil.\n",
    )
    .expect("write");
    let data = tmp.path().join("data");
    let out = naskah(&data, &["ingest", input.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The index as an older naskah left it: the same fields analysed by another analyzer.
    let meta = data.join("tantivy").join("meta.json");
    let current = std::fs::read_to_string(&meta).expect("meta.json");
    assert!(current.contains(naskah::index::ANALYZER), "{current}");
    std::fs::write(
        &meta,
        current.replace(naskah::index::ANALYZER, "naskah_id_v0"),
    )
    .expect("write meta.json");

    let hits = naskah(&data, &["search", "ditegakkan", "--json"]);
    assert!(hits.status.success(), "{}", text(&hits.stderr));
    assert!(
        text(&hits.stdout).contains("c.txt"),
        "{}",
        text(&hits.stdout)
    );
    let rebuilt = std::fs::read_to_string(&meta).expect("meta.json");
    assert!(
        rebuilt.contains(naskah::index::ANALYZER) && !rebuilt.contains("naskah_id_v0"),
        "{rebuilt}"
    );
}

#[test]
fn watch_reads_a_file_only_once_it_is_complete() {
    use std::io::Write;
    let tmp = tempfile::tempdir().expect("tempdir");
    let inbox = tmp.path().join("masuk");
    std::fs::create_dir(&inbox).expect("mkdir");
    let data = tmp.path().join("data");
    let mut watcher = bin()
        .arg("--data")
        .arg(&data)
        .args(["watch", "--settle", "2", "--interval", "1"])
        .arg(&inbox)
        .stderr(Stdio::null())
        .spawn()
        .expect("start watch");

    // A slow writer: the first half now, the rest after the watcher has looked twice.
    let path = inbox.join("surat-masuk.txt");
    let mut f = std::fs::File::create(&path).expect("create");
    f.write_all(b"SURAT EDARAN\nNomor : 800/7/BKD/2024\nTentang jam kerja aparatur sipil negara selama bulan Ramadan tahun 2024 di lingkungan pemerintah provinsi Kalimantan Selatan.\n")
        .expect("write");
    f.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(1500));
    f.write_all(b"Ditetapkan di Banjarbaru pada tanggal 8 Maret 2024 BAGIAN-AKHIR\n")
        .expect("write");
    drop(f);
    // Still being downloaded: never read.
    std::fs::write(inbox.join("unduhan.pdf.part"), b"%PDF-1.4 half").expect("write");

    let arrived = wait_for(Duration::from_secs(60), || {
        exported_sources(&data, &[]).len() == 1
    });
    std::thread::sleep(Duration::from_secs(3));
    let out = naskah(&data, &["export", "--format", "jsonl"]);
    kill_hard(&mut watcher);
    assert!(arrived, "the file was never imported");
    let export = text(&out.stdout);
    assert_eq!(
        export.lines().count(),
        1,
        "imported once, not twice: {export}"
    );
    assert!(
        export.contains("BAGIAN-AKHIR"),
        "imported before it was complete: {export}"
    );
}

/// `psql` against `url`, returning its unaligned output.
fn psql(url: &str, sql: &str) -> String {
    let out = Command::new("psql")
        .args([url, "-v", "ON_ERROR_STOP=1", "-tAc", sql])
        .output()
        .expect("run psql");
    assert!(out.status.success(), "psql {sql}: {}", text(&out.stderr));
    text(&out.stdout).trim().to_string()
}

/// Two workers share a PostgreSQL queue; one is killed while it holds a file, and its file
/// goes to the other when the lease runs out. Every file ends catalogued exactly once.
#[test]
fn two_workers_share_a_postgres_queue_and_survive_one_killed() {
    let Ok(url) = std::env::var("NASKAH_TEST_POSTGRES_WORKERS_URL") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the PostgreSQL worker test: tools/test.sh sets NASKAH_TEST_POSTGRES_WORKERS_URL"
        );
        eprintln!("NASKAH_TEST_POSTGRES_WORKERS_URL is not set; PostgreSQL worker test not run");
        return;
    };
    psql(&url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("arsip");
    let names = make_batch(&input);
    let data = tmp.path().join("data");
    let db = ["--db", url.as_str()];
    let mut args = db.to_vec();
    args.extend(["enqueue", input.to_str().expect("utf-8")]);
    let out = naskah(&data, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains(&format!("queued {} files", names.len())));

    // Named workers, as on two machines: a dead one is noticed only by its lease running out.
    let worker = |name: &str| {
        bin()
            .arg("--data")
            .arg(&data)
            .args([
                "--db",
                url.as_str(),
                "worker",
                "--until-empty",
                "--lease",
                "6",
                "--jobs",
                "1",
            ])
            .env("NASKAH_WORKER_NAME", name)
            .stderr(Stdio::piped())
            .spawn()
            .expect("start worker")
    };
    let mut a = worker("machine-a");
    let b = worker("machine-b");
    let holding = wait_for(Duration::from_secs(120), || {
        psql(
            &url,
            "SELECT COUNT(*) FROM imports WHERE worker = 'machine-a' \
             AND state IN ('read', 'ocred', 'extracted')",
        ) != "0"
    });
    kill_hard(&mut a);
    assert!(holding, "worker a never held a file");
    let b = b.wait_with_output().expect("worker b");
    assert!(b.status.success(), "{}", text(&b.stderr));

    let states = psql(
        &url,
        "SELECT state, COUNT(*) FROM imports GROUP BY state ORDER BY state",
    );
    assert_eq!(states, format!("catalogued|{}", names.len()), "{states}");
    let taken_over = psql(&url, "SELECT COUNT(*) FROM imports WHERE attempts >= 2");
    assert_ne!(
        taken_over, "0",
        "no file went from the killed worker to the other"
    );
    let documents = psql(
        &url,
        "SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents",
    );
    assert_eq!(documents, format!("{0}|{0}", names.len()));

    // The one indexing process, then the agreement check.
    let mut args = db.to_vec();
    args.push("index");
    assert!(naskah(&data, &args).status.success());
    let mut args = db.to_vec();
    args.extend(["check", "--no-repair"]);
    let check = naskah(&data, &args);
    assert!(check.status.success(), "{}", text(&check.stdout));
    assert_eq!(exported_sources(&data, &db), names);
}
