//! Page images waiting for OCR, kept compressed until a worker decodes them.

use std::sync::Arc;

use crate::ocr::pix::Pix;

/// Cap on a decoded raw PDF image (bytes), against decompression bombs.
const MAX_RAW_BYTES: usize = 600 << 20;

/// One page to OCR: its image data and the resolution it was scanned at, if known.
#[derive(Debug)]
pub struct PageImage {
    pub image: ImageData,
    pub dpi: Option<u32>,
}

/// Image data in the form it was found.
#[derive(Debug)]
pub enum ImageData {
    /// An image file leptonica decodes itself; for a TIFF, which page.
    Encoded {
        bytes: Arc<[u8]>,
        tiff_page: Option<usize>,
    },
    /// A raw-pixel PDF image stream (Flate, LZW, ... or uncompressed).
    Raw(RawImage),
}

/// A PDF image XObject with raw pixels, still compressed.
#[derive(Debug)]
pub struct RawImage {
    pub stream: lopdf::Stream,
    pub width: u32,
    pub height: u32,
    pub bits: u8,
    pub components: u8,
    /// Grey level of each palette index, for Indexed colour spaces.
    pub palette: Option<Vec<u8>>,
    /// `Decode [1 0]`: sample values are inverted.
    pub invert: bool,
}

/// Luma of one pixel given as 1 (grey), 3 (RGB) or 4 (CMYK) components.
pub fn to_grey(c: &[u8]) -> u8 {
    match c {
        [g] => *g,
        [r, g, b] => {
            ((299 * u32::from(*r) + 587 * u32::from(*g) + 114 * u32::from(*b)) / 1000) as u8
        }
        [c, m, y, k] => {
            let k = u32::from(*k);
            let ch = |v: u8| 255 - (u32::from(v) + k).min(255);
            ((299 * ch(*c) + 587 * ch(*m) + 114 * ch(*y)) / 1000) as u8
        }
        _ => c.first().copied().unwrap_or(255),
    }
}

impl ImageData {
    /// Decodes into a leptonica image.
    pub fn decode(&self) -> Result<Pix, String> {
        match self {
            ImageData::Encoded {
                bytes,
                tiff_page: Some(n),
            } => Pix::read_tiff_page(bytes, *n)
                .ok_or_else(|| format!("page {} of the TIFF cannot be decoded", n + 1)),
            ImageData::Encoded {
                bytes,
                tiff_page: None,
            } => Pix::read_mem(bytes).ok_or_else(|| {
                "the image data cannot be decoded (damaged or truncated)".to_string()
            }),
            ImageData::Raw(raw) => {
                let pgm = raw.to_pgm()?;
                Pix::read_mem(&pgm).ok_or_else(|| "raw image could not be converted".to_string())
            }
        }
    }
}

impl RawImage {
    /// Decompresses the stream and converts its samples to an 8-bit greyscale PGM file.
    fn to_pgm(&self) -> Result<Vec<u8>, String> {
        let (w, h) = (self.width as usize, self.height as usize);
        let comps = usize::from(self.components);
        let bits = usize::from(self.bits);
        let row_bytes = (w * comps * bits).div_ceil(8);
        // Inflate no further than the declared size needs (twice it, for predictor tag
        // bytes and padding): a tiny image must not be allowed to inflate to the global cap.
        let limit = (row_bytes * h)
            .saturating_mul(2)
            .saturating_add(1 << 16)
            .min(MAX_RAW_BYTES);
        let data = self
            .stream
            .decompressed_content_with_limit(limit)
            .map_err(|e| format!("image stream: {e}"))?;
        if data.len() < row_bytes * h {
            return Err(format!(
                "image stream holds {} bytes, {}x{} pixels need {}",
                data.len(),
                w,
                h,
                row_bytes * h
            ));
        }
        let header = format!("P5\n{w} {h}\n255\n");
        let mut out = Vec::with_capacity(header.len() + w * h);
        out.extend_from_slice(header.as_bytes());
        let max = ((1u32 << bits) - 1) as f32;
        let mut samples = Vec::with_capacity(comps);
        for row in data.chunks(row_bytes).take(h) {
            for x in 0..w {
                samples.clear();
                for c in 0..comps {
                    let idx = (x * comps + c) * bits;
                    let v = match bits {
                        8 => u32::from(row[idx / 8]),
                        16 => u32::from(row[idx / 8]),
                        _ => {
                            let byte = row[idx / 8];
                            let shift = 8 - bits - (idx % 8);
                            (u32::from(byte) >> shift) & ((1 << bits) - 1)
                        }
                    };
                    samples.push(v);
                }
                let grey = if let Some(palette) = &self.palette {
                    palette.get(samples[0] as usize).copied().unwrap_or(255)
                } else {
                    let scaled: Vec<u8> = samples
                        .iter()
                        .map(|&v| {
                            if bits == 16 {
                                v as u8
                            } else {
                                (v as f32 / max * 255.0).round() as u8
                            }
                        })
                        .collect();
                    to_grey(&scaled)
                };
                out.push(if self.invert { 255 - grey } else { grey });
            }
        }
        Ok(out)
    }
}

/// Wraps a raw CCITT fax stream in a one-page TIFF so leptonica (libtiff) decodes it.
pub fn ccitt_to_tiff(
    data: &[u8],
    columns: u32,
    rows: u32,
    k: i64,
    black_is_1: bool,
) -> Result<Vec<u8>, String> {
    if columns == 0 || rows == 0 {
        return Err("CCITT image without Columns/Rows".into());
    }
    // TIFF compression 4 = CCITT G4 (K < 0), 3 = G3 (K >= 0).
    let (compression, t_options): (u16, Option<(u16, u32)>) = if k < 0 {
        (4, None)
    } else {
        (3, Some((292, if k > 0 { 1 } else { 0 })))
    };
    // Photometric 0 = WhiteIsZero (PDF default: 0 bits are black), 1 = BlackIsZero.
    let photometric: u32 = if black_is_1 { 1 } else { 0 };
    let mut entries: Vec<(u16, u16, u32, u32)> = vec![
        (256, 4, 1, columns),
        (257, 4, 1, rows),
        (258, 3, 1, 1),
        (259, 3, 1, u32::from(compression)),
        (262, 3, 1, photometric),
        (273, 4, 1, 0), // strip offset, patched below
        (277, 3, 1, 1),
        (278, 4, 1, rows),
        (279, 4, 1, data.len() as u32),
    ];
    if let Some((tag, v)) = t_options {
        entries.push((tag, 4, 1, v));
        entries.sort_by_key(|e| e.0);
    }
    let ifd_len = 2 + entries.len() * 12 + 4;
    let data_offset = (8 + ifd_len) as u32;
    let mut out = Vec::with_capacity(data_offset as usize + data.len());
    out.extend_from_slice(b"II*\0");
    out.extend_from_slice(&8u32.to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for (tag, typ, count, mut value) in entries {
        if tag == 273 {
            value = data_offset;
        }
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&typ.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        if typ == 3 {
            out.extend_from_slice(&(value as u16).to_le_bytes());
            out.extend_from_slice(&[0, 0]);
        } else {
            out.extend_from_slice(&value.to_le_bytes());
        }
    }
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(data);
    Ok(out)
}

/// Number of pages (image file directories) in a TIFF file, or `None` if the header is bad.
pub fn tiff_page_count(bytes: &[u8]) -> Option<usize> {
    tiff_page_sizes(bytes).map(|pages| pages.len())
}

/// Width and height each page of a TIFF file declares (`None` for a page without both
/// tags), or `None` if the header is bad. Read from the directories without decoding, so
/// that a page can be refused before a decoder allocates what it declares: leptonica's own
/// header read looks at the first page only.
pub fn tiff_page_sizes(bytes: &[u8]) -> Option<Vec<Option<(u64, u64)>>> {
    let le = match bytes.get(0..4)? {
        b"II*\0" => true,
        b"MM\0*" => false,
        _ => return None,
    };
    let u16_at = |o: usize| -> Option<u16> {
        let b: [u8; 2] = bytes.get(o..o.checked_add(2)?)?.try_into().ok()?;
        Some(if le {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    };
    let u32_at = |o: usize| -> Option<u32> {
        let b: [u8; 4] = bytes.get(o..o.checked_add(4)?)?.try_into().ok()?;
        Some(if le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    };
    let mut offset = u32_at(4)? as usize;
    let mut pages = Vec::new();
    let mut seen = std::collections::HashSet::new();
    while offset != 0 {
        if !seen.insert(offset) || pages.len() > 100_000 {
            break; // a loop in the IFD chain
        }
        let n = u16_at(offset)? as usize;
        let (mut w, mut h) = (None, None);
        for i in 0..n {
            let e = offset + 2 + i * 12;
            let (Some(tag), Some(typ)) = (u16_at(e), u16_at(e + 2)) else {
                break;
            };
            let value = match typ {
                3 => u16_at(e + 8).map(u64::from),
                4 => u32_at(e + 8).map(u64::from),
                _ => None,
            };
            match tag {
                256 => w = value,
                257 => h = value,
                _ => {}
            }
        }
        pages.push(w.zip(h));
        offset = u32_at(offset + 2 + n * 12).unwrap_or(0) as usize;
    }
    Some(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grey_of_rgb_and_cmyk() {
        assert_eq!(to_grey(&[255, 255, 255]), 255);
        assert_eq!(to_grey(&[0, 0, 0, 255]), 0);
        assert_eq!(to_grey(&[0, 0, 0, 0]), 255);
    }

    #[test]
    fn a_small_image_may_not_inflate_far_past_its_declared_size() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(&vec![0u8; 4 << 20]).expect("deflate");
        let dict = lopdf::dictionary! { "Filter" => "FlateDecode" };
        let raw = RawImage {
            stream: lopdf::Stream::new(dict, z.finish().expect("deflate")),
            width: 8,
            height: 8,
            bits: 8,
            components: 1,
            palette: None,
            invert: false,
        };
        let err = raw.to_pgm().expect_err("4 MB for 64 pixels");
        assert!(err.starts_with("image stream"), "{err}");
    }

    #[test]
    fn counts_pages_of_a_synthetic_tiff() {
        let one = ccitt_to_tiff(&[0u8; 4], 8, 8, -1, false).expect("tiff");
        assert_eq!(tiff_page_count(&one), Some(1));
        assert_eq!(tiff_page_count(b"not a tiff"), None);
        assert_eq!(tiff_page_sizes(&one), Some(vec![Some((8, 8))]));
    }
}
