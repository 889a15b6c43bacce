//! A small owning wrapper over leptonica's `PIX`, with the operations naskah uses.
//!
//! leptess exposes only reading; preprocessing needs leptonica's C API, reached through
//! `leptess::capi`. Every function that returns a new image returns an owned `Pix` that
//! frees itself, so no leptonica pointer escapes this module.

use leptess::capi;

/// Stops leptonica printing its own warnings to stderr (naskah reports errors itself).
pub fn silence_leptonica() {
    // SAFETY: sets a process-wide severity level; 6 is L_SEVERITY_NONE.
    unsafe { capi::setMsgSeverity(6) };
}

/// Speck counts of a page (see [`Pix::speck_count`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Specks {
    pub all: u32,
    pub isolated: u32,
}

/// An owned leptonica image.
pub struct Pix(*mut capi::Pix);

// SAFETY: a PIX is plain heap data with no thread affinity; `Pix` owns its pointer
// exclusively (no clones are handed out), so moving it to another thread is sound.
unsafe impl Send for Pix {}

impl Drop for Pix {
    fn drop(&mut self) {
        // SAFETY: self.0 came from leptonica and is freed exactly once here.
        unsafe { capi::pixDestroy(&mut self.0) }
    }
}

impl Pix {
    pub(crate) fn from_raw(ptr: *mut capi::Pix) -> Option<Pix> {
        (!ptr.is_null()).then_some(Pix(ptr))
    }

    /// Decodes an image file held in memory (PNG, JPEG, TIFF, PNM, JP2, ...).
    pub fn read_mem(bytes: &[u8]) -> Option<Pix> {
        // SAFETY: leptonica reads `len` bytes from the pointer and does not keep it.
        Pix::from_raw(unsafe { capi::pixReadMem(bytes.as_ptr(), bytes.len()) })
    }

    /// Decodes page `n` (from 0) of a TIFF held in memory.
    pub fn read_tiff_page(bytes: &[u8], n: usize) -> Option<Pix> {
        let n = i32::try_from(n).ok()?;
        // SAFETY: as in `read_mem`.
        Pix::from_raw(unsafe { capi::pixReadMemTiff(bytes.as_ptr(), bytes.len(), n) })
    }

    /// Width and height an encoded image declares, read from its header without decoding.
    pub fn header_dimensions(bytes: &[u8]) -> Option<(u64, u64)> {
        let (mut format, mut w, mut h, mut bps, mut spp, mut cmap) = (0, 0, 0, 0, 0, 0);
        // SAFETY: leptonica reads `len` bytes and writes only through the out-pointers.
        let rc = unsafe {
            capi::pixReadHeaderMem(
                bytes.as_ptr(),
                bytes.len(),
                &mut format,
                &mut w,
                &mut h,
                &mut bps,
                &mut spp,
                &mut cmap,
            )
        };
        (rc == 0 && w > 0 && h > 0).then_some((w as u64, h as u64))
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        // SAFETY: self.0 is a valid PIX.
        unsafe { capi::pixGetWidth(self.0) }.max(0) as u32
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        // SAFETY: self.0 is a valid PIX.
        unsafe { capi::pixGetHeight(self.0) }.max(0) as u32
    }

    /// Bits per pixel.
    pub fn depth(&self) -> u32 {
        // SAFETY: self.0 is a valid PIX.
        unsafe { capi::pixGetDepth(self.0) }.max(0) as u32
    }

    /// Horizontal resolution the file declares, if any.
    pub fn x_resolution(&self) -> Option<u32> {
        // SAFETY: self.0 is a valid PIX.
        let r = unsafe { capi::pixGetXRes(self.0) };
        (r > 0).then_some(r as u32)
    }

    /// Records the resolution (used by tesseract for font-size estimates).
    pub fn set_resolution(&mut self, dpi: u32) {
        let dpi = dpi.min(i32::MAX as u32) as i32;
        // SAFETY: self.0 is a valid PIX.
        unsafe { capi::pixSetResolution(self.0, dpi, dpi) };
    }

    /// Converts to 8-bit grey (colour maps removed, colour averaged).
    pub fn to_grey8(&self) -> Option<Pix> {
        if self.depth() == 8 {
            // SAFETY: pixConvertTo8 with an 8-bit input and no colormap returns a copy;
            // with a colormap, the map is removed.
            return Pix::from_raw(unsafe { capi::pixConvertTo8(self.0, 0) });
        }
        // SAFETY: self.0 is valid; the result is a new PIX or null.
        Pix::from_raw(unsafe { capi::pixConvertTo8(self.0, 0) })
    }

    /// Converts a colour page to 8-bit grey with coloured ink dropped: pixels whose channels
    /// differ by at least `min_saturation` (stamps, signatures, the meterai) take their
    /// brightest channel and fade towards paper; the others keep their luminance, so black
    /// print is rendered exactly as by a plain conversion. None unless the page is colour.
    pub fn to_grey8_dropping_colour(&self, min_saturation: u32) -> Option<Pix> {
        if self.depth() != 32 {
            return None;
        }
        // SAFETY: self.0 is a valid 32-bpp PIX; each call returns a new PIX or null, owned
        // by the wrapper that frees it.
        let grey = Pix::from_raw(unsafe { capi::pixConvertRGBToLuminance(self.0) })?;
        let bright = Pix::from_raw(unsafe {
            capi::pixConvertRGBToGrayMinMax(self.0, capi::L_CHOOSE_MAX as i32)
        })?;
        let spread = Pix::from_raw(unsafe {
            capi::pixConvertRGBToGrayMinMax(self.0, capi::L_CHOOSE_MAXDIFF as i32)
        })?;
        // 1 where the spread is below the threshold (neutral), then inverted: 1 = coloured.
        let neutral = Pix::from_raw(unsafe {
            capi::pixThresholdToBinary(spread.0, min_saturation.min(255) as i32)
        })?;
        let coloured = Pix::from_raw(unsafe { capi::pixInvert(std::ptr::null_mut(), neutral.0) })?;
        // SAFETY: all three are valid, the same size; grey (8 bpp) is modified in place.
        let ok = unsafe { capi::pixCombineMasked(grey.0, bright.0, coloured.0) };
        (ok == 0).then_some(grey)
    }

    /// Scales by `factor` with interpolation suited to grey images.
    pub fn scale(&self, factor: f32) -> Option<Pix> {
        // SAFETY: self.0 is valid; the result is a new PIX or null.
        Pix::from_raw(unsafe { capi::pixScale(self.0, factor, factor) })
    }

    /// Corrects skew of up to a few degrees (leptonica's default search).
    pub fn deskew(&self) -> Option<Pix> {
        // SAFETY: self.0 is valid; the result is a new PIX or null.
        Pix::from_raw(unsafe { capi::pixDeskew(self.0, 0) })
    }

    /// A 1-bit image: pixels darker than `level` (0-255) are on. Works on 8-bit images.
    pub fn threshold(&self, level: u32) -> Option<Pix> {
        // SAFETY: self.0 is valid; the result is a new PIX or null.
        Pix::from_raw(unsafe { capi::pixThresholdToBinary(self.0, level.min(256) as i32) })
    }

    /// The angle (degrees, clockwise positive) that would straighten the text lines of a
    /// 1-bit image, and leptonica's confidence in it (ratio of best to worst score; under 3
    /// is a guess). Found on 4x and 2x reduced copies, so it is cheap. None if the page has
    /// too little text to tell.
    pub fn find_skew(&self) -> Option<(f32, f32)> {
        let (mut angle, mut conf) = (0.0f32, 0.0f32);
        // SAFETY: self.0 is a valid 1-bit PIX; the out-pointers live through the call.
        let rc = unsafe { capi::pixFindSkew(self.0, &mut angle, &mut conf) };
        (rc == 0).then_some((angle, conf))
    }

    /// Rotated by `degrees` (clockwise positive) about the centre, white brought in: the
    /// same interpolated rotation leptonica's pixDeskew applies.
    pub fn rotate_degrees(&self, degrees: f32) -> Option<Pix> {
        let radians = degrees * std::f32::consts::PI / 180.0;
        // SAFETY: self.0 is valid; the result is a new PIX or null.
        Pix::from_raw(unsafe {
            capi::pixRotate(
                self.0,
                radians,
                capi::L_ROTATE_AREA_MAP as i32,
                capi::L_BRING_IN_WHITE as i32,
                0,
                0,
            )
        })
    }

    /// Row `y` of an 8-bit image as bytes in pixel order (leptonica packs them into
    /// big-endian 32-bit words), written into `out`.
    pub(crate) fn grey_row(&self, y: u32, out: &mut Vec<u8>) {
        out.clear();
        let w = self.width() as usize;
        // SAFETY: self.0 is a valid 8-bit PIX and y < height (callers iterate 0..height);
        // a row holds wpl words, at least w bytes.
        let words = unsafe {
            let wpl = capi::pixGetWpl(self.0).max(0) as usize;
            let data = capi::pixGetData(self.0);
            std::slice::from_raw_parts(data.add(y as usize * wpl), wpl)
        };
        for word in words {
            out.extend_from_slice(&word.to_be_bytes());
        }
        out.truncate(w);
    }

    /// Writes `row` (pixel order) as row `y` of an 8-bit image.
    pub(crate) fn set_grey_row(&mut self, y: u32, row: &[u8]) {
        // SAFETY: as in `grey_row`; we own the image and write within row y only.
        let words = unsafe {
            let wpl = capi::pixGetWpl(self.0).max(0) as usize;
            let data = capi::pixGetData(self.0);
            std::slice::from_raw_parts_mut(data.add(y as usize * wpl), wpl)
        };
        for (word, chunk) in words.iter_mut().zip(row.chunks(4)) {
            let mut b = word.to_be_bytes();
            b[..chunk.len()].copy_from_slice(chunk);
            *word = u32::from_be_bytes(b);
        }
    }

    /// How light the paper is where it is darkest: the page (8-bit) is cut into `grid` x
    /// `grid` tiles, the paper level of each is its 90th-percentile grey value (every
    /// fourth pixel of every fourth row sampled), and the lowest tile level is returned.
    /// Clean white paper gives 230-255; grey paper, show-through and uneven light less.
    pub fn darkest_paper(&self, grid: u32) -> Option<u8> {
        let (w, h) = (self.width(), self.height());
        if self.depth() != 8 || w < grid * 4 || h < grid * 4 {
            return None;
        }
        let grid = grid.max(1) as usize;
        let mut hist = vec![[0u32; 256]; grid * grid];
        let mut row = Vec::with_capacity(w as usize + 4);
        for y in (0..h).step_by(4) {
            self.grey_row(y, &mut row);
            let ty = y as usize * grid / h as usize;
            for x in (0..w as usize).step_by(4) {
                let tx = x * grid / w as usize;
                hist[ty * grid + tx][row[x] as usize] += 1;
            }
        }
        hist.iter()
            .map(|hst| {
                let total: u32 = hst.iter().sum();
                let mut below = 0;
                for (level, &n) in hst.iter().enumerate() {
                    below += n;
                    if below * 10 >= total * 9 {
                        return level as u8;
                    }
                }
                255
            })
            .min()
    }

    /// Flattens the background to white (leptonica's adaptive background normalisation).
    pub fn normalize_background(&self) -> Option<Pix> {
        // SAFETY: self.0 is valid (8 or 32 bpp); null image mask and grey map are allowed.
        Pix::from_raw(unsafe {
            capi::pixBackgroundNormSimple(self.0, std::ptr::null_mut(), std::ptr::null_mut())
        })
    }

    /// Specks in a 1-bit image: connected components (8-connected) of at most 3x3 pixels,
    /// all of them and those farther than about `near` pixels from any larger component.
    /// The dots of i and j and punctuation sit beside letters; scanner noise lies anywhere,
    /// so isolated specks tell a noisy page from a clean one whatever its amount of text.
    pub fn speck_count(&self, near: u32) -> Option<Specks> {
        let (w, h) = (self.width() as usize, self.height() as usize);
        let cell = near.max(1) as usize;
        let (cols, rows) = (w.div_ceil(cell), h.div_ceil(cell));
        let mut inked = vec![false; cols * rows];
        let mut small = Vec::new();
        // SAFETY: self.0 is valid; the BOXA is checked and destroyed once; the geometry
        // out-pointers live through each call.
        unsafe {
            let mut boxes = capi::pixConnCompBB(self.0, 8);
            if boxes.is_null() {
                return None;
            }
            for i in 0..capi::boxaGetCount(boxes) {
                let (mut x, mut y, mut bw, mut bh) = (0, 0, 0, 0);
                capi::boxaGetBoxGeometry(boxes, i, &mut x, &mut y, &mut bw, &mut bh);
                let (x, y) = (x.max(0) as usize, y.max(0) as usize);
                if bw <= 3 && bh <= 3 {
                    small.push((x / cell, y / cell));
                    continue;
                }
                // The cells the component covers, and one more all round.
                let (x0, y0) = ((x / cell).saturating_sub(1), (y / cell).saturating_sub(1));
                let x1 = ((x + bw.max(1) as usize - 1) / cell + 1).min(cols - 1);
                let y1 = ((y + bh.max(1) as usize - 1) / cell + 1).min(rows - 1);
                for cy in y0..=y1 {
                    inked[cy * cols + x0..=cy * cols + x1].fill(true);
                }
            }
            capi::boxaDestroy(&mut boxes);
        }
        let isolated = small
            .iter()
            .filter(|&&(cx, cy)| !inked.get(cy * cols + cx).copied().unwrap_or(false))
            .count();
        Some(Specks {
            all: small.len() as u32,
            isolated: isolated as u32,
        })
    }

    /// Whitens every pixel at least as light as `level` (0-255), in place: after background
    /// normalisation, stamps and show-through are lighter than printed text.
    pub fn whiten_above(&mut self, level: u32) {
        let level = level.min(255) as i32;
        // SAFETY: in-place operation on our own 8-bit image (pixd == pixs is allowed).
        unsafe { capi::pixThresholdToValue(self.0, self.0, level, 255) };
    }

    /// Rotated clockwise by `quads` quarter turns.
    pub fn rotate_quarters(&self, quads: i32) -> Option<Pix> {
        // SAFETY: self.0 is valid; the result is a new PIX or null.
        Pix::from_raw(unsafe { capi::pixRotateOrth(self.0, quads.rem_euclid(4)) })
    }

    /// 3x3 median filter, which removes isolated specks while keeping strokes. The same
    /// result as leptonica's pixMedianFilter (mirrored edges), several times faster: each
    /// column of three is sorted once and shared by the three windows that contain it.
    pub fn median3(&self) -> Option<Pix> {
        let (w, h) = (self.width(), self.height());
        if self.depth() != 8 || w < 3 || h < 3 {
            // SAFETY: self.0 is valid; the result is a new PIX or null.
            return Pix::from_raw(unsafe { capi::pixMedianFilter(self.0, 3, 3) });
        }
        // SAFETY: self.0 is valid; the result is a new PIX of the same size and depth.
        let mut out = Pix::from_raw(unsafe { capi::pixCreateTemplate(self.0) })?;
        let wu = w as usize;
        let mut rows = [Vec::new(), Vec::new(), Vec::new()];
        self.grey_row(0, &mut rows[0]);
        self.grey_row(0, &mut rows[1]);
        self.grey_row(1.min(h - 1), &mut rows[2]);
        let (mut lo, mut mid, mut hi) = (vec![0u8; wu + 2], vec![0u8; wu + 2], vec![0u8; wu + 2]);
        let mut result = vec![0u8; wu];
        for y in 0..h {
            // Sort each column of three: lo <= mid <= hi.
            for x in 0..wu {
                let (a, b, c) = (rows[0][x], rows[1][x], rows[2][x]);
                let (a, b) = (a.min(b), a.max(b));
                let (b, c) = (b.min(c), b.max(c));
                let (a, b) = (a.min(b), a.max(b));
                lo[x + 1] = a;
                mid[x + 1] = b;
                hi[x + 1] = c;
            }
            for v in [&mut lo, &mut mid, &mut hi] {
                v[0] = v[1];
                v[wu + 1] = v[wu];
            }
            // The median of nine is the median of: the largest low, the middle middle, the
            // smallest high of the three columns.
            for x in 0..wu {
                let max_lo = lo[x].max(lo[x + 1]).max(lo[x + 2]);
                let min_hi = hi[x].min(hi[x + 1]).min(hi[x + 2]);
                let (m0, m1, m2) = (mid[x], mid[x + 1], mid[x + 2]);
                let med_mid = m0.min(m1).max(m0.max(m1).min(m2));
                result[x] = max_lo.min(med_mid).max(max_lo.max(med_mid).min(min_hi));
            }
            out.set_grey_row(y, &result);
            rows.rotate_left(1);
            self.grey_row((y + 2).min(h - 1), &mut rows[2]);
        }
        Some(out)
    }

    /// Mask of straight ruling lines (table borders, underlines) at least `min_len` pixels
    /// long in a 1-bit image, grown by a pixel to cover their grey fringe. None when the
    /// page has none: they are looked for first on a half-size copy (where any such line
    /// still spans half the length), which costs a fraction of the full-size search.
    pub fn line_mask(&self, min_len: u32) -> Option<Pix> {
        let len = i32::try_from(min_len).ok()?.max(10);
        // SAFETY: every PIX created here is checked for null and destroyed once; self.0
        // is a valid 1-bit image.
        unsafe {
            let mut half = capi::pixReduceRankBinaryCascade(self.0, 1, 0, 0, 0);
            if half.is_null() {
                return None;
            }
            let mut count = 0;
            for (hs, vs) in [(len / 2, 1), (1, len / 2)] {
                let mut open = capi::pixOpenCompBrickDwa(std::ptr::null_mut(), half, hs, vs);
                if open.is_null() {
                    capi::pixDestroy(&mut half);
                    return None;
                }
                let mut n = 0;
                capi::pixCountPixels(open, &mut n, std::ptr::null_mut());
                capi::pixDestroy(&mut open);
                count += n;
            }
            capi::pixDestroy(&mut half);
            if count == 0 {
                return None;
            }
            let mut horizontal = capi::pixOpenCompBrickDwa(std::ptr::null_mut(), self.0, len, 1);
            let mut vertical = capi::pixOpenCompBrickDwa(std::ptr::null_mut(), self.0, 1, len);
            if horizontal.is_null() || vertical.is_null() {
                capi::pixDestroy(&mut horizontal);
                capi::pixDestroy(&mut vertical);
                return None;
            }
            let mut lines = capi::pixOr(std::ptr::null_mut(), horizontal, vertical);
            capi::pixDestroy(&mut horizontal);
            capi::pixDestroy(&mut vertical);
            if lines.is_null() {
                return None;
            }
            let grown = capi::pixDilateBrick(std::ptr::null_mut(), lines, 3, 3);
            capi::pixDestroy(&mut lines);
            Pix::from_raw(grown)
        }
    }

    /// Sets every pixel under `mask` (1-bit, same size) to white, in place (8-bit image).
    pub fn whiten_masked(&mut self, mask: &Pix) {
        // SAFETY: both images are valid; pixSetMasked writes only within self.
        unsafe { capi::pixSetMasked(self.0, mask.0, 255) };
    }

    /// Writes the image as PNG (for inspecting what OCR sees).
    pub fn write_png(&self, path: &str) -> Result<(), String> {
        let c = std::ffi::CString::new(path).map_err(|e| e.to_string())?;
        // SAFETY: valid image and NUL-terminated path; IFF_PNG = 3.
        let rc = unsafe { capi::pixWrite(c.as_ptr(), self.0, 3) };
        if rc == 0 {
            Ok(())
        } else {
            Err(format!("cannot write {path}"))
        }
    }

    /// The raw pointer, for handing the image to tesseract.
    pub fn as_ptr(&self) -> *mut capi::Pix {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An 8-bit image of pseudo-random grey values.
    fn noise(w: u32, h: u32) -> Pix {
        // SAFETY: a new image; rows are written through our own accessor.
        let mut pix =
            Pix::from_raw(unsafe { capi::pixCreate(w as i32, h as i32, 8) }).expect("pixCreate");
        let mut state = 12345u32;
        for y in 0..h {
            let row: Vec<u8> = (0..w)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    (state >> 16) as u8
                })
                .collect();
            pix.set_grey_row(y, &row);
        }
        pix
    }

    fn rows(pix: &Pix) -> Vec<Vec<u8>> {
        (0..pix.height())
            .map(|y| {
                let mut row = Vec::new();
                pix.grey_row(y, &mut row);
                row
            })
            .collect()
    }

    #[test]
    fn median_matches_leptonica() {
        for (w, h) in [(37, 23), (3, 3), (64, 5)] {
            let pix = noise(w, h);
            let ours = pix.median3().expect("median");
            // SAFETY: valid 8-bit image; the result is owned by the wrapper.
            let theirs =
                Pix::from_raw(unsafe { capi::pixMedianFilter(pix.0, 3, 3) }).expect("leptonica");
            assert_eq!(rows(&ours), rows(&theirs), "{w}x{h}");
        }
    }

    #[test]
    fn darkest_paper_finds_a_grey_corner() {
        let mut pix = noise(64, 64);
        let white = vec![250u8; 64];
        for y in 0..64 {
            pix.set_grey_row(y, &white);
        }
        assert_eq!(pix.darkest_paper(4), Some(250));
        let grey = [vec![120u8; 16], vec![250u8; 48]].concat();
        for y in 0..16 {
            pix.set_grey_row(y, &grey);
        }
        assert_eq!(pix.darkest_paper(4), Some(120));
    }
}
