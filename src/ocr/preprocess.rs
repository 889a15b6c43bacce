//! Page preparation before tesseract: grey conversion, upscaling, background, deskew,
//! line removal, despeckle.

use crate::ocr::image::PageImage;
use crate::ocr::pix::Pix;
use crate::ocr::trace::Trace;
use crate::pipeline::{Limits, OcrSettings};

/// Channel spread (max - min, 0-255) from which a pixel counts as coloured ink: blue pen
/// and purple or red stamps are above it, black print and grey paper below. At 60 the pale,
/// JPEG-washed stamps of the dev scans stayed; at 30 they go and print is unchanged.
const COLOUR_SPREAD: u32 = 30;

/// Largest upscale applied to a low-resolution scan.
const MAX_UPSCALE: f32 = 2.5;

/// Tiles per side over which the paper level is measured (about an inch each on A4).
const PAPER_GRID: u32 = 8;

/// Grey level below which a pixel counts as ink for the skew measure (leptonica's deskew
/// threshold) and for finding lines and specks.
const SKEW_INK_BELOW: u32 = 130;
const INK_BELOW: u32 = 128;

/// A page ready for recognition, the resolution it now has, and what was done to it.
pub struct Prepared {
    pub pix: Pix,
    pub dpi: u32,
    pub trace: Trace,
}

/// Decodes and prepares one page image according to the OCR settings. Each optional step
/// runs only where a measure of the page says it is needed (see pipelines/default.toml).
pub fn prepare(page: &PageImage, ocr: &OcrSettings, limits: &Limits) -> Result<Prepared, String> {
    let mut trace = Trace::start();
    if let crate::ocr::image::ImageData::Encoded { bytes, .. } = &page.image {
        if let Some((w, h)) = Pix::header_dimensions(bytes) {
            if w * h > limits.max_image_pixels {
                return Err(format!(
                    "image of {w}x{h} pixels is over the limit of {} pixels (limits.max_image_pixels)",
                    limits.max_image_pixels
                ));
            }
        }
    }
    let decoded = page.image.decode()?;
    trace.step("decode");
    let mut dpi = page
        .dpi
        .or_else(|| decoded.x_resolution())
        .filter(|d| (50..=2400).contains(d))
        .unwrap_or(ocr.assumed_dpi);
    let dropped = if ocr.colour_dropout {
        decoded.to_grey8_dropping_colour(COLOUR_SPREAD)
    } else {
        None
    };
    trace.signals.colour = dropped.is_some();
    let mut pix = match dropped {
        Some(p) => p,
        None => decoded
            .to_grey8()
            .ok_or("cannot convert the image to greyscale")?,
    };
    drop(decoded);
    trace.step("grey");
    if dpi * 10 < ocr.target_dpi * 9 {
        let factor = (ocr.target_dpi as f32 / dpi as f32).min(MAX_UPSCALE);
        if let Some(scaled) = pix.scale(factor) {
            pix = scaled;
            dpi = (dpi as f32 * factor).round() as u32;
        }
        trace.step("upscale");
    } else if ocr.max_dpi > 0 && dpi * 10 > ocr.max_dpi * 11 {
        // Tesseract scales every text line to a fixed height anyway; fewer pixels make
        // every later step, and tesseract's own layout pass, cheaper.
        let factor = ocr.max_dpi as f32 / dpi as f32;
        if let Some(scaled) = pix.scale(factor) {
            pix = scaled;
            dpi = ocr.max_dpi;
        }
        trace.step("downscale");
    }
    // Even out uneven light and grey paper first: tesseract's global Otsu threshold fails
    // on a photographed page once deskewing brings in white corners. Clean white paper
    // needs nothing.
    if ocr.normalize_background {
        let paper = pix.darkest_paper(PAPER_GRID);
        trace.signals.darkest_paper = paper;
        trace.step("measure_paper");
        if paper.is_none_or(|p| u32::from(p) < ocr.normalize_background_below) {
            if let Some(even) = pix.normalize_background() {
                pix = even;
            }
            trace.step("normalize_background");
        }
    }
    if ocr.whiten_above > 0 {
        pix.whiten_above(ocr.whiten_above);
        trace.step("whiten");
    }
    if ocr.deskew {
        let skew = pix
            .threshold(SKEW_INK_BELOW)
            .as_ref()
            .and_then(Pix::find_skew);
        trace.signals.skew_degrees = skew.map(|s| s.0);
        trace.signals.skew_confidence = skew.map(|s| s.1);
        trace.step("measure_skew");
        // leptonica's own rule: turn only for a trusted angle (confidence >= 3) of at
        // least 0.1 degree.
        if let Some((angle, conf)) = skew {
            if conf >= 3.0 && angle.abs() >= ocr.deskew_min_degrees.max(0.1) {
                if let Some(straight) = pix.rotate_degrees(angle) {
                    pix = straight;
                }
                trace.step("deskew");
            }
        }
    }
    // One 1-bit copy serves the line and speck measures; it is made again for the specks
    // only if lines were whitened.
    let count_specks = ocr.despeckle && ocr.despeckle_min_specks > 0;
    let mut ink = if ocr.remove_lines || count_specks {
        pix.threshold(INK_BELOW)
    } else {
        None
    };
    if ocr.remove_lines {
        // A third of an inch: table borders are longer, letter strokes much shorter.
        let mask = ink.as_ref().and_then(|b| b.line_mask(dpi / 3));
        trace.signals.lines = Some(mask.is_some());
        trace.step("find_lines");
        if let Some(mask) = mask {
            pix.whiten_masked(&mask);
            if count_specks {
                ink = pix.threshold(INK_BELOW);
            }
            trace.step("remove_lines");
        }
    }
    // The median filter costs a fifth of a page's time; spend it only on noisy pages.
    if ocr.despeckle {
        // Near a letter means within about a millimetre (a twentieth of an inch).
        let specks = if count_specks {
            ink.as_ref().and_then(|b| b.speck_count((dpi / 20).max(2)))
        } else {
            None
        };
        trace.signals.specks = specks.map(|s| s.all);
        trace.signals.isolated_specks = specks.map(|s| s.isolated);
        trace.step("count_specks");
        if specks.is_none_or(|s| s.isolated >= ocr.despeckle_min_specks) {
            if let Some(clean) = pix.median3() {
                pix = clean;
            }
            trace.step("despeckle");
        }
    }
    pix.set_resolution(dpi);
    trace.signals.width = pix.width();
    trace.signals.height = pix.height();
    trace.signals.dpi = dpi;
    Ok(Prepared { pix, dpi, trace })
}
