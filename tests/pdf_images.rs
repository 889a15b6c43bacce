//! Scanned PDFs whose page images use the codecs archives hold: Flate with PNG predictors
//! (8-bit grey), Flate 1-bit with `Decode [1 0]`, and CCITT G4. The test builds a three-page
//! PDF from a sample scan (leptonica encodes, lopdf writes), ingests it with the real binary
//! and checks that every page was OCRed into real text.

use std::path::Path;

mod common;

use leptess::capi;
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

/// A4 in points; the sample scan is A4 at 200 dpi.
const PAGE: (i64, i64) = (595, 842);

struct Image {
    dict: lopdf::Dictionary,
    data: Vec<u8>,
}

fn sample_png() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/nphd-contoh-halaman-1.png"))
        .expect("sample")
}

/// The zlib stream and size of an 8-bit grey, non-interlaced PNG: PDF's Flate filter with
/// predictor 15 reads PNG's IDAT data as it is.
fn png_as_flate(png: &[u8]) -> Image {
    let mut pos = 8;
    let (mut w, mut h) = (0u32, 0u32);
    let mut idat = Vec::new();
    while pos + 8 <= png.len() {
        let len = u32::from_be_bytes(png[pos..pos + 4].try_into().expect("4 bytes")) as usize;
        let kind = &png[pos + 4..pos + 8];
        let body = &png[pos + 8..pos + 8 + len];
        match kind {
            b"IHDR" => {
                w = u32::from_be_bytes(body[0..4].try_into().expect("4 bytes"));
                h = u32::from_be_bytes(body[4..8].try_into().expect("4 bytes"));
                assert_eq!(
                    (body[8], body[9], body[12]),
                    (8, 0, 0),
                    "sample must be 8-bit grey, not interlaced"
                );
            }
            b"IDAT" => idat.extend_from_slice(body),
            _ => {}
        }
        pos += 12 + len;
    }
    Image {
        dict: dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => w as i64, "Height" => h as i64,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "FlateDecode",
            "DecodeParms" => dictionary! { "Predictor" => 15, "Colors" => 1, "BitsPerComponent" => 8, "Columns" => w as i64 },
        },
        data: idat,
    }
}

/// Owned leptonica memory from a `pixWrite*Mem` call.
fn take(ptr: *mut u8, size: usize) -> Vec<u8> {
    // SAFETY: leptonica returned `size` bytes at `ptr`; copied, then freed once.
    unsafe {
        let v = std::slice::from_raw_parts(ptr, size).to_vec();
        capi::lept_free(ptr.cast());
        v
    }
}

/// The sample binarised, as (PBM bytes, G4 TIFF bytes).
fn one_bit_encodings(png: &[u8]) -> (Vec<u8>, Vec<u8>) {
    // SAFETY: plain leptonica calls on images we own; each is destroyed once.
    unsafe {
        let mut grey = capi::pixReadMem(png.as_ptr(), png.len());
        assert!(!grey.is_null());
        let mut bin = capi::pixConvertTo1(grey, 160);
        assert!(!bin.is_null());
        let (mut p, mut n) = (std::ptr::null_mut(), 0usize);
        assert_eq!(capi::pixWriteMemPnm(&mut p, &mut n, bin), 0);
        let pbm = take(p, n);
        assert_eq!(
            capi::pixWriteMemTiff(&mut p, &mut n, bin, capi::IFF_TIFF_G4 as i32),
            0
        );
        let tiff = take(p, n);
        capi::pixDestroy(&mut bin);
        capi::pixDestroy(&mut grey);
        (pbm, tiff)
    }
}

/// Raw packed rows of a binary PBM (1 = black), as a Flate image with `Decode [1 0]`.
fn pbm_as_flate(pbm: &[u8]) -> Image {
    // Header: "P4", width, height (comment lines allowed), then one whitespace byte.
    let mut fields = Vec::new();
    let mut pos = 0;
    while fields.len() < 3 {
        while pbm[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if pbm[pos] == b'#' {
            while pbm[pos] != b'\n' {
                pos += 1;
            }
            continue;
        }
        let start = pos;
        while !pbm[pos].is_ascii_whitespace() {
            pos += 1;
        }
        fields.push(String::from_utf8_lossy(&pbm[start..pos]).into_owned());
    }
    assert_eq!(fields[0], "P4");
    let (w, h): (i64, i64) = (
        fields[1].parse().expect("width"),
        fields[2].parse().expect("height"),
    );
    let raw = &pbm[pos + 1..];
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut z, raw).expect("compress");
    Image {
        dict: dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => w, "Height" => h,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "FlateDecode",
            "Decode" => vec![1.into(), 0.into()],
        },
        data: z.finish().expect("compress"),
    }
}

/// The single strip of a G4 TIFF written by leptonica, as a CCITTFaxDecode image.
fn tiff_as_ccitt(tiff: &[u8]) -> Image {
    assert_eq!(
        &tiff[0..4],
        b"II*\0",
        "leptonica writes little-endian TIFF here"
    );
    let u16_at = |o: usize| u16::from_le_bytes([tiff[o], tiff[o + 1]]);
    let u32_at = |o: usize| u32::from_le_bytes(tiff[o..o + 4].try_into().expect("4 bytes"));
    let ifd = u32_at(4) as usize;
    let (mut w, mut h, mut offset, mut count, mut photometric, mut strips) = (0, 0, 0, 0, 0, 0);
    for i in 0..u16_at(ifd) as usize {
        let e = ifd + 2 + i * 12;
        let typ = u16_at(e + 2);
        let n = u32_at(e + 4);
        let value = if typ == 3 {
            u32::from(u16_at(e + 8))
        } else {
            u32_at(e + 8)
        };
        match u16_at(e) {
            256 => w = value,
            257 => h = value,
            262 => photometric = value,
            273 => (offset, strips) = (value, n),
            279 => count = value,
            _ => {}
        }
    }
    assert_eq!(strips, 1, "expected one G4 strip");
    Image {
        dict: dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => w as i64, "Height" => h as i64,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 1, "Filter" => "CCITTFaxDecode",
            "DecodeParms" => dictionary! { "K" => -1, "Columns" => w as i64, "Rows" => h as i64, "BlackIs1" => photometric == 1 },
        },
        data: tiff[offset as usize..(offset + count) as usize].to_vec(),
    }
}

fn pdf_of(images: Vec<Image>) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
    for image in images {
        let img = doc.add_object(Stream::new(image.dict, image.data));
        let content = Content {
            operations: vec![
                Operation::new("q", vec![]),
                Operation::new(
                    "cm",
                    vec![
                        PAGE.0.into(),
                        0.into(),
                        0.into(),
                        PAGE.1.into(),
                        0.into(),
                        0.into(),
                    ],
                ),
                Operation::new("Do", vec![Object::Name(b"Im1".to_vec())]),
                Operation::new("Q", vec![]),
            ],
        };
        let contents = doc.add_object(Stream::new(
            dictionary! {},
            content.encode().expect("content"),
        ));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => contents,
            "MediaBox" => vec![0.into(), 0.into(), PAGE.0.into(), PAGE.1.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => img } },
        });
        kids.push(page.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("write PDF");
    out
}

#[test]
fn flate_grey_flate_one_bit_and_ccitt_g4_pages_are_ocred() {
    let png = sample_png();
    let (pbm, tiff) = one_bit_encodings(&png);
    let pdf = pdf_of(vec![
        png_as_flate(&png),
        pbm_as_flate(&pbm),
        tiff_as_ccitt(&tiff),
    ]);
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("scan-codecs.pdf");
    std::fs::write(&file, pdf).expect("write");
    let records = common::ingest_and_export(tmp.path(), &file);
    let record = &records[0];
    let text = record["text"].as_str().expect("text");
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert_eq!(pages.len(), 3);
    for (page, codec) in pages.iter().zip(["Flate grey", "Flate 1-bit", "CCITT G4"]) {
        assert!(
            page.contains("PERJANJIAN HIBAH") && page.contains("900/215/BPKAD/2024"),
            "{codec} page was not read: {page:?}"
        );
    }
}
