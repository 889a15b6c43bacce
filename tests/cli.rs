//! End-to-end tests of the `naskah` binary on real files: real PDF parsing, real tesseract
//! OCR, a real SQLite catalog and a real tantivy index. Nothing is mocked.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn naskah(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_naskah"))
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("OMP_THREAD_LIMIT")
        .output()
        .expect("run naskah")
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn export_records(data: &Path) -> Vec<serde_json::Value> {
    let out = naskah(data, &["export", "--format", "jsonl"]);
    assert!(out.status.success(), "export failed: {}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each export line is JSON"))
        .collect()
}

fn copy_samples_to(dir: &Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(samples()).expect("samples folder") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, dir.join(path.file_name().expect("name"))).expect("copy sample");
            n += 1;
        }
    }
    n
}

/// A PNG that declares 100000 x 100000 pixels in a few hundred bytes.
fn bomb_png() -> Vec<u8> {
    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
        out
    }
    let mut ihdr = 100_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut z, &[0u8; 4096]).expect("compress");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(b"IDAT", &z.finish().expect("compress")));
    png.extend(chunk(b"IEND", b""));
    png
}

/// The sample PDF with a standard-security /Encrypt entry whose password is not empty.
fn encrypted_pdf() -> Vec<u8> {
    let pdf =
        std::fs::read(samples().join("surat-edaran-banjarbaru-2024.pdf")).expect("sample pdf");
    let trailer = pdf
        .windows(7)
        .rposition(|w| w == b"trailer")
        .expect("trailer");
    let open = trailer
        + pdf[trailer..]
            .windows(2)
            .position(|w| w == b"<<")
            .expect("dict")
        + 2;
    let entry = format!(
        " /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{}> /U <{}> /P -4 >> /ID [<{id}> <{id}>] ",
        "11".repeat(32),
        "22".repeat(32),
        id = "33".repeat(16)
    );
    let mut out = pdf[..open].to_vec();
    out.extend_from_slice(entry.as_bytes());
    out.extend_from_slice(&pdf[open..]);
    out
}

#[test]
fn bad_files_are_reported_and_the_good_ones_ingested() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("batch");
    std::fs::create_dir(&input).expect("mkdir");
    let good = copy_samples_to(&input);
    assert!(good >= 3, "samples/ should hold at least three documents");

    std::fs::write(
        input.join("rusak.pdf"),
        b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 9 0 R>>\ngarbage\x00\x01",
    )
    .expect("write");
    std::fs::write(input.join("kosong.pdf"), b"").expect("write");
    std::fs::write(
        input.join("halaman.pdf"),
        b"<!DOCTYPE html>\n<html><body>Not found</body></html>\n",
    )
    .expect("write");
    // Latin-1 text: read, with the invalid bytes replaced and a warning.
    std::fs::write(
        input.join("surat-latin1.txt"),
        b"SURAT EDARAN\nNomor : 800/12/BKD/2024\nPerihal: Kegiatan \xe9dukasi pegawai di Kabupaten Banjar tahun 2024 bagi seluruh aparatur sipil negara dan tenaga kontrak di lingkungan pemerintah daerah, dilaksanakan pada tanggal 5 Maret 2024 bertempat di aula kantor bupati.\n",
    )
    .expect("write");
    let good = good + 1;
    std::fs::write(input.join("bom-dekompresi.png"), bomb_png()).expect("write");
    std::fs::write(input.join("terkunci.pdf"), encrypted_pdf()).expect("write");
    // A folder named like a file is walked as a folder.
    std::fs::create_dir(input.join("arsip.pdf")).expect("mkdir");
    std::fs::write(input.join("arsip.pdf/catatan.txt"), "NOTA DINAS\nNomor : 900/5/BPKAD/2024\nTanggal : 5 Agustus 2024\nHal : Laporan realisasi belanja hibah triwulan kedua untuk pemilihan kepala daerah tahun 2024 yang disampaikan kepada Bupati sebagai bahan evaluasi pelaksanaan anggaran.\n").expect("write");
    let good = good + 1;
    let jpeg = std::fs::read(samples().join("undangan-rapat-scan.jpg")).expect("sample jpeg");
    std::fs::write(input.join("terpotong.jpg"), &jpeg[..jpeg.len() / 2]).expect("write");

    let data = tmp.path().join("data");
    let out = naskah(&data, &["ingest", input.to_str().expect("utf-8 path")]);
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(2),
        "some files failed, so the exit status is 2; stderr:\n{err}"
    );
    for (name, reason) in [
        ("rusak.pdf", "damaged PDF"),
        ("kosong.pdf", "empty file"),
        ("halaman.pdf", "HTML"),
        ("terpotong.jpg", "truncated JPEG"),
        ("bom-dekompresi.png", "over the limit"),
        ("terkunci.pdf", "encrypted PDF"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(name) && l.contains(reason)),
            "{name} should be reported with '{reason}'; stderr:\n{err}"
        );
    }
    assert!(
        err.contains(&format!("ingested {good}, already present 0, failed 6")),
        "{err}"
    );

    let records = export_records(&data);
    assert_eq!(records.len(), good);
    for r in &records {
        let text = r["text"].as_str().unwrap_or("");
        assert!(
            text.split_whitespace().count() > 30,
            "{} has too little text: {text:?}",
            r["source"]
        );
    }
}

#[test]
fn ingesting_again_adds_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let dir = samples();
    let first = naskah(&data, &["ingest", dir.to_str().expect("utf-8 path")]);
    assert!(first.status.success(), "{}", stderr(&first));
    let n = export_records(&data).len();
    let second = naskah(&data, &["ingest", dir.to_str().expect("utf-8 path")]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stderr(&second).contains(&format!("ingested 0, already present {n}, failed 0")),
        "{}",
        stderr(&second)
    );
    assert_eq!(export_records(&data).len(), n);
}

#[test]
fn extracted_fields_and_search_work_on_the_samples() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let out = naskah(&data, &["ingest", samples().to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let records = export_records(&data);
    let by_source = |s: &str| {
        records
            .iter()
            .find(|r| r["source"] == s)
            .unwrap_or_else(|| panic!("no record for {s}"))
    };

    let se = by_source("surat-edaran-banjarbaru-2024.pdf");
    assert_eq!(se["doc_type"], "surat_edaran");
    assert_eq!(se["numbers"][0], "800/112-BKPSDM/2024");
    assert_eq!(se["date"], "2024-09-02");
    assert_eq!(se["place"], "Banjarbaru");

    let nphd = by_source("nphd-contoh-halaman-1.png");
    assert_eq!(nphd["doc_type"], "nphd");
    assert!(
        nphd["amounts"]
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x["value"] == 27_500_000_000_i64)),
        "OCR of the NPHD page should yield Rp27.500.000.000,00: {}",
        nphd["amounts"]
    );

    let search = naskah(&data, &["search", "perjanjian hibah", "--json"]);
    assert!(search.status.success(), "{}", stderr(&search));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&search)).expect("search --json prints JSON");
    let hits = v["hits"].as_array().expect("hits array");
    assert_eq!(
        hits.first().map(|h| h["source"].clone()),
        Some("nphd-contoh-halaman-1.png".into())
    );
    for key in [
        "source", "score", "doc_type", "date", "numbers", "snippet", "page",
    ] {
        assert!(hits[0].get(key).is_some(), "hit lacks {key}: {}", hits[0]);
    }
    assert!(
        hits[0]["snippet"]
            .as_str()
            .is_some_and(|s| s.contains("<b>")),
        "{}",
        hits[0]["snippet"]
    );

    // Every value keeps where it was read: page and byte span of the stored page text.
    let show = naskah(&data, &["show", "nphd-contoh-halaman-1.png", "--json"]);
    assert!(show.status.success(), "{}", stderr(&show));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&show)).expect("show --json prints JSON");
    let evidence = v["evidence"].as_array().expect("evidence");
    let amount = evidence
        .iter()
        .find(|e| e["field"] == "amounts")
        .expect("evidence of the amount");
    let page = &v["pages"][amount["page"].as_u64().expect("page") as usize - 1]["text"];
    let (s, e) = (
        amount["start"].as_u64().expect("start") as usize,
        amount["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&page.as_str().expect("text")[s..e], "Rp27.500.000.000,00");
    assert_eq!(v["record"]["classification"][0]["subject"], "Keuangan");

    let by_number = naskah(&data, &["search", "800/112-BKPSDM/2024", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&by_number)).expect("JSON");
    assert_eq!(v["hits"][0]["source"], "surat-edaran-banjarbaru-2024.pdf");
}

#[test]
fn csv_export_has_one_row_per_document() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let out = naskah(
        &data,
        &[
            "ingest",
            samples()
                .join("nota-dinas-hibah.txt")
                .to_str()
                .expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = naskah(&data, &["export", "--format", "csv"]);
    assert!(csv.status.success());
    let text = stdout(&csv);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("header").clone();
    assert_eq!(&headers[0], "source");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "nota-dinas-hibah.txt");
    assert_eq!(&rows[0][1], "nota_dinas");
}

#[test]
fn tesseract_runs_single_threaded() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = naskah(tmp.path(), &["info"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("omp_thread_limit: 1"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_pipeline_file_with_a_typo_is_refused_with_its_name() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pipeline = tmp.path().join("bad.toml");
    std::fs::write(&pipeline, "[ocr]\nlanguage = \"ind\"\n").expect("write");
    let out = naskah(
        &tmp.path().join("data"),
        &[
            "ingest",
            samples().to_str().expect("utf-8"),
            "--pipeline",
            pipeline.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("bad.toml") && err.contains("language"),
        "{err}"
    );
}

/// The catalog on a real PostgreSQL server, when `NASKAH_TEST_POSTGRES_URL` names one
/// (`tools/test.sh` starts a local server and sets it).
#[test]
fn postgres_catalog_round_trip() {
    let Ok(url) = std::env::var("NASKAH_TEST_POSTGRES_URL") else {
        eprintln!("NASKAH_TEST_POSTGRES_URL is not set; PostgreSQL test not run");
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let dir = samples();
    let args = |cmd: &[&str]| {
        let mut v = vec!["--db", url.as_str()];
        v.extend_from_slice(cmd);
        v.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let run = |cmd: &[&str]| {
        let a = args(cmd);
        naskah(&data, &a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let first = run(&["ingest", dir.to_str().expect("utf-8")]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = run(&["ingest", dir.to_str().expect("utf-8")]);
    let n = std::fs::read_dir(&dir).expect("samples").count();
    assert!(
        stderr(&second).contains(&format!("ingested 0, already present {n}, failed 0")),
        "{}",
        stderr(&second)
    );
    let export = run(&["export", "--format", "jsonl"]);
    let text = stdout(&export);
    assert!(
        text.contains("\"source\":\"nphd-contoh-halaman-1.png\""),
        "{text}"
    );
    let search = run(&["search", "perjanjian hibah", "--json"]);
    assert!(
        stdout(&search).contains("nphd-contoh-halaman-1.png"),
        "{}",
        stdout(&search)
    );
}

/// An agency's own patterns, added as a rule pack in `pipelines/`, apply without recompiling.
#[test]
fn rule_packs_add_patterns_without_recompiling() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let doc = tmp.path().join("spt.txt");
    std::fs::write(
        &doc,
        "PEMERINTAH KABUPATEN TAPIN\nDINAS KOMUNIKASI DAN INFORMATIKA\nSURAT PERINTAH TUGAS\n\
         Reg. No. 12/SPT/DISKOMINFO/2024\nBerdasarkan Perkadis 3/2023 tentang Tata Kerja, Kepala Dinas \
         menugaskan staf untuk meliput kegiatan pada tanggal 4 Maret 2024 di Rantau.\n",
    )
    .expect("write");
    let data = tmp.path().join("data");
    let pipeline =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/with-contoh-instansi.toml");
    let out = naskah(
        &data,
        &[
            "ingest",
            doc.to_str().expect("utf-8"),
            "--pipeline",
            pipeline.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let r = &export_records(&data)[0];
    assert_eq!(r["doc_type"], "surat_dinas");
    assert_eq!(r["numbers"][0], "12/SPT/DISKOMINFO/2024");
    assert_eq!(r["references"][0]["number"], "3");
    assert_eq!(r["references"][0]["year"], 2023);

    // Without the pack, the same text yields none of them.
    let plain = tmp.path().join("plain");
    let out = naskah(&plain, &["ingest", doc.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = &export_records(&plain)[0];
    assert_eq!(r["numbers"].as_array().map(Vec::len), Some(0));
}

/// `naskah analyze` prints, line by line, the terms the index stores: word families of
/// Indonesian meet, document numbers keep their parts.
#[test]
fn analyze_prints_the_index_terms_of_each_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_naskah"))
        .arg("--data")
        .arg(tmp.path())
        .arg("analyze")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run naskah analyze");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all("Penandatanganan naskah hibah\nditandatangani dan menandatangani\n\nNomor 800/458-PPPK.2/BKDPSDM\n".as_bytes())
            .expect("write");
    }
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        lines,
        [
            "tandatangan naskah hibah",
            "tandatangan tandatangan",
            "",
            "nomor 800 458 pppk 2 bkdpsdm"
        ]
    );
}
