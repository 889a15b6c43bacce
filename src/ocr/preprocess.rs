//! Page preparation before tesseract: grey conversion, upscaling, deskew, despeckle.

use crate::ocr::image::PageImage;
use crate::ocr::pix::Pix;
use crate::pipeline::{Limits, OcrSettings};

/// Channel spread (max - min, 0-255) from which a pixel counts as coloured ink: blue pen
/// and purple or red stamps are above it, black print and grey paper below. At 60 the pale,
/// JPEG-washed stamps of the dev scans stayed; at 30 they go and print is unchanged.
const COLOUR_SPREAD: u32 = 30;

/// Largest upscale applied to a low-resolution scan.
const MAX_UPSCALE: f32 = 2.5;

/// A page ready for recognition and the resolution it now has.
pub struct Prepared {
    pub pix: Pix,
    pub dpi: u32,
}

/// Decodes and prepares one page image according to the OCR settings.
pub fn prepare(page: &PageImage, ocr: &OcrSettings, limits: &Limits) -> Result<Prepared, String> {
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
    let mut pix = match dropped {
        Some(p) => p,
        None => decoded
            .to_grey8()
            .ok_or("cannot convert the image to greyscale")?,
    };
    drop(decoded);
    if dpi * 10 < ocr.target_dpi * 9 {
        let factor = (ocr.target_dpi as f32 / dpi as f32).min(MAX_UPSCALE);
        if let Some(scaled) = pix.scale(factor) {
            pix = scaled;
            dpi = (dpi as f32 * factor).round() as u32;
        }
    }
    // Even out uneven light and grey paper first: tesseract's global Otsu threshold fails
    // on a photographed page once deskewing brings in white corners.
    if ocr.normalize_background {
        if let Some(even) = pix.normalize_background() {
            pix = even;
        }
    }
    if ocr.whiten_above > 0 {
        pix.whiten_above(ocr.whiten_above);
    }
    if ocr.deskew {
        if let Some(straight) = pix.deskew() {
            pix = straight;
        }
    }
    if ocr.remove_lines {
        // A third of an inch: table borders are longer, letter strokes much shorter.
        let _ = pix.remove_lines(dpi / 3);
    }
    // The median filter costs a fifth of a page's time; spend it only on noisy pages.
    if ocr.despeckle
        && pix
            .speck_count()
            .is_none_or(|n| n >= ocr.despeckle_min_specks)
    {
        if let Some(clean) = pix.median3() {
            pix = clean;
        }
    }
    pix.set_resolution(dpi);
    Ok(Prepared { pix, dpi })
}
