//! Scans fed sideways or upside down are turned upright before their text is kept.

use std::path::Path;

mod common;

use leptess::capi;

/// The sample NPHD scan turned clockwise by `quads` quarter turns, as PNG bytes.
fn turned_sample(quads: i32) -> Vec<u8> {
    let png = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/nphd-contoh-halaman-1.png"),
    )
    .expect("sample");
    // SAFETY: leptonica calls on images we own, each destroyed once; the output buffer is
    // copied and freed with lept_free.
    unsafe {
        let mut pix = capi::pixReadMem(png.as_ptr(), png.len());
        assert!(!pix.is_null());
        let mut turned = capi::pixRotateOrth(pix, quads);
        assert!(!turned.is_null());
        let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
        assert_eq!(
            capi::pixWriteMem(&mut data, &mut size, turned, capi::IFF_PNG as i32),
            0
        );
        let out = std::slice::from_raw_parts(data, size).to_vec();
        capi::lept_free(data.cast());
        capi::pixDestroy(&mut turned);
        capi::pixDestroy(&mut pix);
        out
    }
}

#[test]
fn sideways_and_upside_down_pages_are_read_upright() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("scans");
    std::fs::create_dir(&input).expect("mkdir");
    for (name, quads) in [
        ("miring-90.png", 1),
        ("terbalik-180.png", 2),
        ("miring-270.png", 3),
    ] {
        std::fs::write(input.join(name), turned_sample(quads)).expect("write");
    }
    let records = common::ingest_and_export(tmp.path(), &input);
    assert_eq!(records.len(), 3);
    for r in records {
        let text = r["text"].as_str().unwrap_or("");
        assert!(
            text.contains("PERJANJIAN HIBAH") && text.contains("27.500.000.000"),
            "{} was not read upright: {text:.300}",
            r["source"]
        );
    }
}
