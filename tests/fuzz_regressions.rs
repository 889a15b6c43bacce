//! Inputs the fuzz targets (fuzz/fuzz_targets, run by tools/fuzz.sh) once crashed, hung or
//! blew memory on, replayed through the same calls so `cargo test` guards the fixes without
//! cargo-fuzz. Each file in tests/fuzz-regressions/TARGET/ is one input of that target.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use naskah::extract::{amounts, dates, extract, lines, numbers, numwords, references, rules};
use naskah::ingest::{self, PageSource};
use naskah::ocr::image::ImageData;
use naskah::ocr::pix::Pix;
use naskah::pipeline::{Pipeline, DEFAULT_PIPELINE};

/// Far above what any of these small inputs needs once fixed; they used to take minutes.
const TIME_LIMIT: Duration = Duration::from_secs(10);

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, bytes)
        })
        .collect()
}

fn pipeline() -> Pipeline {
    naskah::ocr::pix::silence_leptonica();
    toml::from_str(DEFAULT_PIPELINE).expect("the default pipeline parses")
}

/// As fuzz/src/lib.rs: header size check, then decode, as the OCR worker does.
fn decode_images(pages: &[PageSource], pipeline: &Pipeline) {
    for page in pages {
        let PageSource::Image(image) = page else {
            continue;
        };
        if let ImageData::Encoded { bytes, .. } = &image.image {
            if let Some((w, h)) = Pix::header_dimensions(bytes) {
                if w * h > pipeline.limits.max_image_pixels {
                    continue;
                }
            }
        }
        if let Ok(pix) = image.image.decode() {
            assert!(pix.width() > 0 && pix.height() > 0);
        }
    }
}

fn timed(path: &Path, f: impl FnOnce()) {
    let start = Instant::now();
    f();
    let took = start.elapsed();
    assert!(took < TIME_LIMIT, "{}: took {took:?}", path.display());
}

#[test]
fn pdf_reader_inputs() {
    let pipeline = pipeline();
    for (path, bytes) in inputs("pdf_reader") {
        timed(&path, || {
            if let Ok(pages) = ingest::pdf::read_pdf(&bytes, &pipeline) {
                decode_images(&pages, &pipeline);
            }
        });
    }
}

#[test]
fn read_file_inputs() {
    let pipeline = pipeline();
    for (path, bytes) in inputs("read_file") {
        timed(&path, || {
            let bytes: Arc<[u8]> = Arc::from(bytes);
            if let Ok(read) = ingest::read_file(&bytes, &pipeline) {
                decode_images(&read.pages, &pipeline);
            }
        });
    }
}

#[test]
fn extract_inputs() {
    for (path, bytes) in inputs("extract") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        timed(&path, || {
            let pages: Vec<&str> = text.split('\u{c}').collect();
            let joined = pages.join("\n");
            assert_eq!(lines::clean_ocr_text(&joined).len(), joined.len());
            let found = extract(&pages, &rules::Rules::default());
            for e in &found.evidence {
                let page = pages[e.page as usize - 1];
                assert!(e.start <= e.end && e.start <= page.len(), "{e:?}");
            }
        });
    }
}

#[test]
fn parsers_inputs() {
    for (path, bytes) in inputs("parsers") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        timed(&path, || {
            let words: Vec<&str> = text.split_whitespace().collect();
            let _ = numwords::parse_words(&words);
            let _ = dates::find_dates(text);
            let _ = amounts::find_amounts(text);
            let own = numbers::find_own_numbers(text);
            for n in &own {
                let _ = numbers::classification(&n.number);
            }
            let spans: Vec<(usize, usize)> = own.iter().map(|n| (n.start, n.end)).collect();
            let _ = references::find_references(text, &spans);
            let _ = numbers::repair(text);
        });
    }
}
