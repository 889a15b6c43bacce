//! Ingest stage: find files, detect their format, split them into pages.
//!
//! Reading never runs OCR: a page that needs it comes out as [`PageSource::Image`], still
//! compressed, and the OCR stage decodes it on a worker thread.

pub mod detect;
pub mod pdf;
pub mod walk;

use std::sync::Arc;

use crate::error::ReadError;
use crate::ocr::image::{tiff_page_sizes, ImageData, PageImage};
use crate::pipeline::{Pipeline, TextLayerSettings};

pub use detect::Format;
pub use walk::{expand, InputFile, WalkProblem};

/// Where one page's text will come from.
#[derive(Debug)]
pub enum PageSource {
    /// Text from a PDF text layer.
    TextLayer(String),
    /// Text of a plain-text file.
    Plain(String),
    /// An image to OCR.
    Image(PageImage),
    /// A page with neither text nor image.
    Blank,
    /// A page that could not be read, and why.
    Unreadable(String),
}

/// A file split into pages.
#[derive(Debug)]
pub struct ReadFile {
    pub format: Format,
    pub pages: Vec<PageSource>,
    pub warnings: Vec<String>,
}

/// Measures of a text layer, to tell real text from an empty or garbled layer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextQuality {
    pub letters: usize,
    pub word_ratio: f64,
    /// Tokens with digits in them (`2021`, `800/458`).
    pub numbers: usize,
    /// Of those, numbers an OCR engine garbled with look-alike letters (`2O2l`, `1l`, `2Ol7`):
    /// the mark of a scanner's own OCR layer that naskah's OCR would read better.
    pub confused_numbers: usize,
}

/// Whether a token is a number written partly with letters that look like digits.
fn confused_number(tok: &str) -> bool {
    let lookalike = |c: char| matches!(c, 'O' | 'o' | 'l' | 'I' | 'S');
    tok.chars().count() >= 2
        && tok.chars().all(|c| c.is_ascii_digit() || lookalike(c))
        && tok.chars().any(|c| c.is_ascii_digit())
        && tok.chars().any(lookalike)
}

impl TextQuality {
    /// Counts letters and the share of tokens that look like words of a Latin-script language.
    pub fn of(text: &str) -> TextQuality {
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let mut tokens = 0usize;
        let mut wordlike = 0usize;
        let (mut numbers, mut confused_numbers) = (0usize, 0usize);
        for tok in text.split_whitespace() {
            let tok = tok.trim_matches(|c: char| !c.is_alphanumeric());
            if tok.chars().any(|c| c.is_ascii_digit()) {
                numbers += 1;
                confused_numbers += usize::from(confused_number(tok));
            }
            if tok.chars().count() < 2 {
                continue;
            }
            tokens += 1;
            let ascii_alnum = tok.chars().filter(|c| c.is_ascii_alphanumeric()).count();
            let has_vowel = tok.chars().any(|c| "aeiouAEIOU".contains(c));
            let digits = tok
                .chars()
                .all(|c| c.is_ascii_digit() || ".,/-".contains(c));
            if digits || (ascii_alnum * 10 >= tok.chars().count() * 8 && has_vowel) {
                wordlike += 1;
            }
        }
        let word_ratio = if tokens == 0 {
            0.0
        } else {
            wordlike as f64 / tokens as f64
        };
        TextQuality {
            letters,
            word_ratio,
            numbers,
            confused_numbers,
        }
    }

    /// Whether the text is worth keeping instead of OCRing the page: enough letters, mostly
    /// words, and not a layer whose numbers are read with letters (one in twenty or more:
    /// dates and numbers are what records are made of).
    pub fn usable(&self, s: &TextLayerSettings) -> bool {
        let garbled_numbers =
            self.confused_numbers >= 2 && self.confused_numbers * 20 >= self.numbers;
        self.letters >= s.min_letters && self.word_ratio >= s.min_word_ratio && !garbled_numbers
    }
}

/// Splits a file's bytes into pages according to its detected format.
pub fn read_file(bytes: &Arc<[u8]>, pipeline: &Pipeline) -> Result<ReadFile, ReadError> {
    let format = detect::detect(bytes).map_err(|what| {
        if bytes.is_empty() {
            ReadError::Empty
        } else {
            ReadError::Unsupported(what)
        }
    })?;
    let mut warnings = Vec::new();
    let pages = match format {
        Format::Pdf => pdf::read_pdf(bytes, pipeline)?,
        Format::Png | Format::Jpeg => {
            check_complete(format, bytes)?;
            vec![PageSource::Image(PageImage {
                image: ImageData::Encoded {
                    bytes: Arc::clone(bytes),
                    tiff_page: None,
                },
                dpi: None,
            })]
        }
        Format::Tiff => {
            let sizes = tiff_page_sizes(bytes)
                .ok_or_else(|| ReadError::BadImage("unreadable TIFF header".into()))?;
            if sizes.is_empty() {
                return Err(ReadError::BadImage("TIFF without pages".into()));
            }
            let limit = pipeline.limits.max_image_pixels;
            sizes
                .into_iter()
                .enumerate()
                .map(|(i, size)| match size {
                    // The OCR stage checks only the first page's header before decoding.
                    Some((w, h)) if w.saturating_mul(h) > limit => PageSource::Unreadable(format!(
                        "image of {w}x{h} pixels is over the limit of {limit} pixels (limits.max_image_pixels)"
                    )),
                    _ => PageSource::Image(PageImage {
                        image: ImageData::Encoded {
                            bytes: Arc::clone(bytes),
                            tiff_page: Some(i),
                        },
                        dpi: None,
                    }),
                })
                .collect()
        }
        Format::Text => {
            let text = match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(_) => {
                    warnings.push(
                        "text is not valid UTF-8; invalid bytes were replaced with U+FFFD".into(),
                    );
                    String::from_utf8_lossy(bytes).into_owned()
                }
            };
            let text = text.trim_start_matches('\u{feff}');
            text.split('\u{c}')
                .map(|p| PageSource::Plain(p.to_string()))
                .collect()
        }
    };
    Ok(ReadFile {
        format,
        pages,
        warnings,
    })
}

/// Rejects PNG and JPEG files cut short, which decoders would otherwise pad with grey.
fn check_complete(format: Format, bytes: &[u8]) -> Result<(), ReadError> {
    // Trailing padding after the end marker is common and harmless.
    let tail_start = bytes.len().saturating_sub(4096);
    let tail = &bytes[tail_start..];
    let complete = match format {
        Format::Jpeg => tail.windows(2).any(|w| w == [0xFF, 0xD9]),
        Format::Png => tail.windows(4).any(|w| w == b"IEND"),
        _ => true,
    };
    if complete {
        Ok(())
    } else {
        Err(ReadError::BadImage(format!(
            "truncated {}: the end-of-image marker is missing (the file was cut short; copy it again)",
            format.as_str().to_uppercase()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_text_is_usable_and_garbage_is_not() {
        let s = TextLayerSettings {
            min_letters: 20,
            min_word_ratio: 0.5,
        };
        let good = TextQuality::of(
            "Dalam rangka memberikan kesempatan kepada Pegawai Aparatur Sipil Negara",
        );
        assert!(good.usable(&s), "{good:?}");
        let garbage = TextQuality::of("ÿþ ¤¤¤ ÐÐÑ ßßß ÆÆ Ø¥ ¶¶ ÷÷÷ þþ ±± ÐÐ ÞÞ ½½ ¼¼ ¾¾ ÷");
        assert!(!garbage.usable(&s), "{garbage:?}");
        assert!(!TextQuality::of("  \n 12 ").usable(&s));
        // A scanner's OCR layer that reads years and numbers with letters is redone.
        let ocr_layer = TextQuality::of(
            "bahwa dalam rangka melaksanakan cuti bersama tahun 2O2l sebagaimana diatur dalam \
             Peraturan Pemerintah Nomor 1l Tahun 2Ol7 tentang Manajemen Pegawai Negeri Sipil",
        );
        assert!(!ocr_layer.usable(&s), "{ocr_layer:?}");
        // A few codes with letters among a clean layer's many numbers are no sign of it.
        let mut table = String::from("Kode I111 dan I121 untuk transaksi:");
        for n in 0..60 {
            table.push_str(&format!(" {}", 1000 + n));
        }
        let codes = TextQuality::of(&table);
        assert!(codes.usable(&s), "{codes:?}");
    }

    #[test]
    fn tiff_page_declaring_too_many_pixels_is_unreadable_not_decoded() {
        let small = crate::ocr::image::ccitt_to_tiff(&[0; 4], 8, 8, -1, false).expect("tiff");
        let huge =
            crate::ocr::image::ccitt_to_tiff(&[0; 4], 40_000, 40_000, -1, false).expect("tiff");
        let pipeline = Pipeline::default();
        let read = read_file(&Arc::from(small), &pipeline).expect("small TIFF");
        assert!(matches!(read.pages[..], [PageSource::Image(_)]));
        let read = read_file(&Arc::from(huge), &pipeline).expect("huge TIFF");
        match &read.pages[..] {
            [PageSource::Unreadable(why)] => assert!(why.contains("40000x40000"), "{why}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn truncated_jpeg_is_refused() {
        let err = check_complete(Format::Jpeg, &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]).unwrap_err();
        assert!(err.to_string().contains("truncated JPEG"), "{err}");
        assert!(check_complete(Format::Jpeg, &[0xFF, 0xD8, 0xFF, 0xE0, 1, 0xFF, 0xD9]).is_ok());
    }
}
