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

    /// Flattens the background to white (leptonica's adaptive background normalisation).
    pub fn normalize_background(&self) -> Option<Pix> {
        // SAFETY: self.0 is valid (8 or 32 bpp); null image mask and grey map are allowed.
        Pix::from_raw(unsafe {
            capi::pixBackgroundNormSimple(self.0, std::ptr::null_mut(), std::ptr::null_mut())
        })
    }

    /// Number of specks: dark connected components of at most 3x3 pixels once the page is
    /// thresholded. Clean scans have a few dozen; dusty or noisy ones thousands.
    pub fn speck_count(&self) -> Option<u32> {
        // SAFETY: every PIX created here is checked and destroyed once.
        unsafe {
            let mut bin = capi::pixThresholdToBinary(self.0, 128);
            if bin.is_null() {
                return None;
            }
            let mut changed = 0;
            let mut small = capi::pixSelectBySize(
                bin,
                3,
                3,
                8,
                capi::L_SELECT_IF_BOTH as i32,
                capi::L_SELECT_IF_LTE as i32,
                &mut changed,
            );
            capi::pixDestroy(&mut bin);
            if small.is_null() {
                return None;
            }
            let mut count = 0;
            let rc = capi::pixCountConnComp(small, 8, &mut count);
            capi::pixDestroy(&mut small);
            (rc == 0).then_some(count.max(0) as u32)
        }
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

    /// 3x3 median filter, which removes isolated specks while keeping strokes.
    pub fn median3(&self) -> Option<Pix> {
        // SAFETY: self.0 is valid (8-bit); the result is a new PIX or null.
        Pix::from_raw(unsafe { capi::pixMedianFilter(self.0, 3, 3) })
    }

    /// Whitens straight ruling lines (table borders, underlines) at least `min_len` pixels
    /// long, which make tesseract drop whole table rows. Works on an 8-bit image in place.
    pub fn remove_lines(&mut self, min_len: u32) -> Option<()> {
        let len = i32::try_from(min_len).ok()?.max(10);
        // SAFETY: every PIX created here is checked for null and destroyed once; self.0 is
        // a valid 8-bit image and pixSetMasked writes only within it.
        unsafe {
            let mut bin = capi::pixThresholdToBinary(self.0, 128);
            if bin.is_null() {
                return None;
            }
            let mut horizontal = capi::pixOpenBrick(std::ptr::null_mut(), bin, len, 1);
            let mut vertical = capi::pixOpenBrick(std::ptr::null_mut(), bin, 1, len);
            capi::pixDestroy(&mut bin);
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
            // Cover the grey fringe of each line too.
            let mut grown = capi::pixDilateBrick(std::ptr::null_mut(), lines, 3, 3);
            capi::pixDestroy(&mut lines);
            if grown.is_null() {
                return None;
            }
            capi::pixSetMasked(self.0, grown, 255);
            capi::pixDestroy(&mut grown);
        }
        Some(())
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
