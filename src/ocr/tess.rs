//! A minimal owning wrapper over tesseract's C API (reached through `leptess::capi`).
//!
//! leptess's `TessApi` keeps its handle private, so it cannot take a leptonica image that
//! was preprocessed here; this wrapper takes our own [`Pix`] instead.

use std::ffi::{CStr, CString};

use leptess::capi;

use crate::ocr::layout::{self, Word};
use crate::ocr::line_images;
use crate::ocr::pix::Pix;
use crate::ocr::second_look;

/// One tesseract engine. `Send` but not `Sync`: one per worker thread.
pub struct Tesseract {
    api: *mut capi::TessBaseAPI,
    /// Words below this confidence that are mostly symbols are dropped as debris.
    pub min_word_conf: f32,
    /// A gap wider than this many word heights inside a line is a column break.
    pub column_gap_em: f32,
    /// Lines below this mean confidence are read again with stamp ink whitened (0: off).
    pub second_look_below: f32,
}

// SAFETY: a TessBaseAPI may be used from any thread as long as only one uses it at a
// time; `Tesseract` is not `Sync` and methods take `&mut self`.
unsafe impl Send for Tesseract {}

impl Drop for Tesseract {
    fn drop(&mut self) {
        // SAFETY: the handle came from TessBaseAPICreate and is deleted exactly once.
        unsafe {
            capi::TessBaseAPIEnd(self.api);
            capi::TessBaseAPIDelete(self.api);
        }
    }
}

/// Text and mean word confidence (0-100) of one recognised page.
#[derive(Debug, Clone)]
pub struct Recognised {
    pub text: String,
    pub confidence: f32,
}

impl Tesseract {
    /// Starts an engine for `languages` (e.g. `ind+eng`); `tessdata` empty means the default.
    pub fn new(tessdata: &str, languages: &str) -> Result<Tesseract, String> {
        let lang =
            CString::new(languages).map_err(|_| "language list contains a NUL byte".to_string())?;
        let path = if tessdata.is_empty() {
            None
        } else {
            Some(
                CString::new(tessdata)
                    .map_err(|_| "tessdata path contains a NUL byte".to_string())?,
            )
        };
        // SAFETY: plain constructor.
        let api = unsafe { capi::TessBaseAPICreate() };
        if api.is_null() {
            return Err("tesseract could not allocate an engine".into());
        }
        let engine = Tesseract {
            api,
            min_word_conf: 30.0,
            column_gap_em: 4.0,
            second_look_below: 0.0,
        };
        // SAFETY: api is valid; the C strings outlive the call.
        let rc = unsafe {
            capi::TessBaseAPIInit3(
                api,
                path.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
                lang.as_ptr(),
            )
        };
        if rc != 0 {
            return Err(format!(
                "tesseract could not load the languages '{languages}'; install them \
                 (Debian: apt-get install tesseract-ocr-ind tesseract-ocr-eng) or set ocr.tessdata"
            ));
        }
        Ok(engine)
    }

    /// An engine set up as the pipeline's OCR settings say.
    pub fn for_settings(ocr: &crate::pipeline::OcrSettings) -> Result<Tesseract, String> {
        let mut engine = Tesseract::new(&ocr.tessdata, &ocr.languages)?;
        // Tesseract's diagnostics ("Line cannot be recognized!!") would drown the
        // batch's own messages; page problems are reported through confidences instead.
        let _ = engine.set_variable("debug_file", "/dev/null");
        // Tesseract re-reads every doubtful line inverted, looking for white-on-black
        // text; letters and decrees rarely have any, and the second look costs time.
        let invert = if ocr.inverted_text { "1" } else { "0" };
        let _ = engine.set_variable("tessedit_do_invert", invert);
        for (name, value) in &ocr.tesseract_variables {
            engine
                .set_variable(name, value)
                .map_err(|e| format!("{e} (ocr.tesseract_variables in the pipeline)"))?;
        }
        engine.min_word_conf = ocr.min_word_confidence;
        engine.column_gap_em = ocr.column_gap;
        engine.second_look_below = ocr.second_look_below;
        Ok(engine)
    }

    /// Sets a tesseract parameter.
    pub fn set_variable(&mut self, name: &str, value: &str) -> Result<(), String> {
        let n = CString::new(name).map_err(|e| e.to_string())?;
        let v = CString::new(value).map_err(|e| e.to_string())?;
        // SAFETY: handle valid, strings live through the call.
        let ok = unsafe { capi::TessBaseAPISetVariable(self.api, n.as_ptr(), v.as_ptr()) };
        if ok == 1 {
            Ok(())
        } else {
            Err(format!("unknown tesseract variable {name}"))
        }
    }

    /// Recognises one page image at the given resolution.
    pub fn recognise(&mut self, pix: &Pix, dpi: u32) -> Result<Recognised, String> {
        let mut words = self.read_words(pix, dpi)?;
        if self.second_look_below > 0.0 {
            words = second_look::improve(self, pix, dpi, words, self.second_look_below);
        }
        Ok(Recognised {
            text: layout::page_text(&words, self.min_word_conf, self.column_gap_em),
            confidence: layout::mean_confidence(&words),
        })
    }

    /// The words tesseract reads in an image, with their boxes and confidences.
    pub fn read_words(&mut self, pix: &Pix, dpi: u32) -> Result<Vec<Word>, String> {
        // SAFETY: handle and image are valid; tesseract copies what it needs from the
        // image during SetImage/Recognize, and the image outlives both calls.
        unsafe {
            capi::TessBaseAPISetImage2(self.api, pix.as_ptr());
            capi::TessBaseAPISetSourceResolution(self.api, dpi.min(i32::MAX as u32) as i32);
            let recognised = {
                let _mark = line_images::Recognising::start();
                capi::TessBaseAPIRecognize(self.api, std::ptr::null_mut())
            };
            if recognised != 0 {
                capi::TessBaseAPIClear(self.api);
                return Err("tesseract failed to recognise the page".into());
            }
            let raw = capi::TessBaseAPIGetTsvText(self.api, 0);
            let tsv = if raw.is_null() {
                String::new()
            } else {
                let s = CStr::from_ptr(raw).to_string_lossy().into_owned();
                capi::TessDeleteText(raw);
                s
            };
            capi::TessBaseAPIClear(self.api);
            Ok(layout::parse_tsv(&tsv))
        }
    }
}

impl Tesseract {
    /// The page orientation tesseract's OSD sees, in degrees (0, 90, 180, 270), and its
    /// confidence. Only meaningful on an engine started with the `osd` language.
    pub fn detect_orientation(&mut self, pix: &Pix, dpi: u32) -> Option<(i32, f32)> {
        let (mut deg, mut conf, mut script_conf) = (0, 0.0f32, 0.0f32);
        let mut script: *const std::os::raw::c_char = std::ptr::null();
        // SAFETY: handle and image are valid; the out-pointers live through the call and
        // `script` points into tesseract's own storage (not freed by us).
        let ok = unsafe {
            capi::TessBaseAPISetImage2(self.api, pix.as_ptr());
            capi::TessBaseAPISetSourceResolution(self.api, dpi.min(i32::MAX as u32) as i32);
            let ok = capi::TessBaseAPIDetectOrientationScript(
                self.api,
                &mut deg,
                &mut conf,
                &mut script,
                &mut script_conf,
            );
            capi::TessBaseAPIClear(self.api);
            ok
        };
        (ok != 0).then_some((deg, conf))
    }
}

/// Version string of the linked tesseract library.
pub fn version() -> String {
    // SAFETY: returns a static C string.
    unsafe { CStr::from_ptr(capi::TessVersion()) }
        .to_string_lossy()
        .into_owned()
}
