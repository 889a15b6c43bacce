//! Archive-scale bad input, made by the test itself: each file is reported with its reason
//! or read correctly, and none stops the batch (cases beside those of `cli.rs`).

use std::path::Path;
use std::process::{Command, Output};

fn naskah(data: &Path, args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_naskah"))
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("OMP_THREAD_LIMIT")
        .env("NASKAH_PROGRESS_SECS", "0")
        .output()
        .expect("run naskah")
}

/// Deterministic noise (a linear congruential generator; no crate needed for this).
fn random_bytes(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (x >> 56) as u8
        })
        .collect()
}

/// A born-digital PDF of `pages` pages, each a sentence of an Indonesian letter.
fn long_pdf(pages: usize) -> Vec<u8> {
    use lopdf::dictionary;
    use lopdf::{Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let mut kids = Vec::with_capacity(pages);
    for n in 1..=pages {
        let content = format!(
            "BT /F1 11 Tf 60 760 Td (Halaman {n}: Lampiran daftar penerima hibah daerah tahun anggaran 2024 beserta rincian penggunaan dana oleh lembaga penerima.) Tj ET"
        );
        let stream = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => stream,
            "Resources" => resources, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(Object::Reference(page));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => pages as i64 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("write pdf");
    out
}

#[test]
fn odd_and_hostile_files_are_isolated() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("kiriman");
    std::fs::create_dir(&input).expect("mkdir");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");

    std::fs::write(input.join("acak.pdf"), random_bytes(64 * 1024)).expect("write");
    // A scan saved with the wrong extension is read by its content.
    std::fs::copy(
        samples.join("nphd-contoh-halaman-1.png"),
        input.join("gambar.pdf"),
    )
    .expect("copy");
    std::fs::write(input.join("lampiran-500-halaman.pdf"), long_pdf(500)).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        // A Latin-1 file name from an old Windows share.
        let name = std::ffi::OsStr::from_bytes(b"nota-\xe9dukasi.txt");
        std::fs::write(
            input.join(name),
            "NOTA DINAS\nNomor : 800/9/BKD/2024\nHal : Pelaksanaan edukasi pegawai negeri sipil tentang netralitas dalam pemilihan umum tahun 2024 di seluruh perangkat daerah.\n",
        )
        .expect("write");
        std::fs::create_dir(input.join("sub")).expect("mkdir");
        std::os::unix::fs::symlink(&input, input.join("sub/putaran")).expect("symlink");
    }

    let data = tmp.path().join("data");
    let out = naskah(&data, &["ingest".as_ref(), input.as_os_str()]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("acak.pdf") && l.contains("unsupported format")),
        "{err}"
    );
    if cfg!(unix) {
        assert!(
            err.lines()
                .any(|l| l.contains("putaran") && l.contains("symlink loop")),
            "{err}"
        );
    }
    assert!(err.contains("failed by reason:"), "{err}");

    let export = naskah(
        &data,
        &["export".as_ref(), "--format".as_ref(), "jsonl".as_ref()],
    );
    let records: Vec<serde_json::Value> = String::from_utf8_lossy(&export.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let by_source = |s: &str| {
        records
            .iter()
            .find(|r| r["source"].as_str().unwrap_or("").contains(s))
            .unwrap_or_else(|| panic!("{s} not ingested: {err}"))
    };
    let long = by_source("lampiran-500-halaman.pdf");
    let text = long["text"].as_str().unwrap_or("");
    assert_eq!(text.split('\u{c}').count(), 500);
    assert!(text.contains("Halaman 500:"));
    let image = by_source("gambar.pdf");
    assert!(image["text"]
        .as_str()
        .unwrap_or("")
        .to_lowercase()
        .contains("hibah"));
    if cfg!(unix) {
        by_source("dukasi.txt");
    }

    // The odd name is stored so that it can be found again: nothing is read twice.
    let again = naskah(&data, &["ingest".as_ref(), input.as_os_str()]);
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains(&format!("ingested 0, already present {}", records.len())),
        "{err}"
    );
}
