//! Reading order of a page with a two-column list and two signature blocks side by side:
//! the PDF's text layer and an OCRed 300-dpi scan of the same page both read the list
//! column by column and each signature block whole, as printed.

use std::path::Path;
use std::process::Command;

mod common;

/// Page 2 of an fpdf2-made agreement: a list `a.`–`d.` in two columns, then two signature
/// blocks side by side.
const PDF: &str = "tests/data/born-digital/fpdf2/kb-kotabaru-bpn-2022-sertipikasi-aset.pdf";

/// The page text of the exported record's second page, whitespace collapsed.
fn page_two(records: &[serde_json::Value]) -> String {
    let text = records[0]["text"].as_str().expect("text");
    let page = text.split('\u{c}').nth(1).expect("a second page");
    page.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `parts` appear in `text` in this order, each whole.
fn in_order(text: &str, parts: &[&str]) {
    let mut at = 0;
    for p in parts {
        match text[at..].find(p) {
            Some(i) => at += i + p.len(),
            None => panic!("{p:?} not found (whole, after the previous part) in:\n{text}"),
        }
    }
}

fn check(text: &str) {
    in_order(
        text,
        &[
            // Punctuation left out: OCR reads `;` as `:` now and then.
            "a. inventarisasi dan identifikasi bidang tanah barang milik daerah",
            "b. pengukuran dan pemetaan bidang tanah",
            "c. penerbitan sertipikat hak pakai atas nama Pemerintah Kabupaten Kotabaru",
            "d. penyelesaian permasalahan tanah yang dikuasai pihak lain",
            "PIHAK KEDUA, KEPALA KANTOR PERTANAHAN KABUPATEN KOTABARU, IRWAN SYAHPUTRA",
            "PIHAK KESATU, BUPATI KOTABARU, Ir. H. GUSTI ARSYAD",
        ],
    );
}

#[test]
fn text_layer_reads_columns_and_blocks_in_order() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join(PDF);
    check(&page_two(&common::ingest_and_export(tmp.path(), &input)));
}

#[test]
fn scan_reads_columns_and_blocks_in_order() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let scans = tmp.path().join("scans");
    std::fs::create_dir(&scans).expect("mkdir");
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-gray", "-png"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(PDF))
        .arg(scans.join("page"))
        .status()
        .unwrap_or_else(|e| {
            panic!("pdftoppm could not run ({e}); install it: apt-get install poppler-utils")
        });
    assert!(status.success(), "pdftoppm failed");
    // Only the second page: one record whose text is that page.
    std::fs::remove_file(scans.join("page-1.png")).expect("page 1 rendered");
    let records = common::ingest_and_export(tmp.path(), &scans);
    let text = records[0]["text"].as_str().expect("text");
    check(&text.split_whitespace().collect::<Vec<_>>().join(" "));
}
