//! Fonts of a PDF page: how shown bytes split into codes, each code's advance width and
//! its Unicode text.
//!
//! Word spaces are inferred from where glyphs land, so widths must be the font's own:
//! `Widths` of simple fonts, the `W` array of composite (CID) fonts, `FontMatrix` of Type 3
//! fonts, and the standard metrics when one of the 14 standard fonts comes without widths.
//! Text comes from `ToUnicode` first, then the encoding's glyph names.

use lopdf::{Dictionary, Document, Object};
use pdf_encoding::{ForwardMap, MACEXPERT, MACROMAN, STANDARD, SYMBOL, WINANSI};

use super::cmap::CMap;
use super::std_widths;

/// Cap on a font's embedded streams we decode (ToUnicode, CMaps).
const MAX_CMAP_BYTES: usize = 4 << 20;

/// What a font needs to place and read its glyphs.
#[derive(Debug)]
pub struct Font {
    kind: Kind,
    to_unicode: Option<CMap>,
    /// Text space units per glyph-width unit (1/1000, or Type 3's `FontMatrix`).
    width_scale: f64,
}

#[derive(Debug)]
enum Kind {
    /// One byte per code.
    Simple {
        first_char: u32,
        widths: Vec<f64>,
        missing_width: f64,
        /// Unicode of each code from the encoding and its differences.
        names: Box<[Option<char>; 256]>,
    },
    /// Codes split by a CMap (two bytes under `Identity-H`), widths by CID.
    Composite {
        encoding: Option<CMap>,
        /// The encoding is a predefined UCS-2 / UTF-16 CMap: codes are Unicode.
        unicode_codes: bool,
        /// `(first cid, last cid, width)`, sorted.
        widths: Vec<(u32, u32, f64)>,
        default_width: f64,
    },
}

fn num(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    doc.dereference(o).ok().map(|(_, o)| o)
}

fn get<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    d.get(key).ok().and_then(|o| deref(doc, o))
}

fn stream_data(doc: &Document, o: &Object) -> Option<Vec<u8>> {
    let s = deref(doc, o)?.as_stream().ok()?;
    if s.dict.get(b"Filter").is_ok() {
        s.decompressed_content_with_limit(MAX_CMAP_BYTES).ok()
    } else {
        Some(s.content.clone())
    }
}

impl Font {
    /// Reads a font dictionary. Never fails: what is missing gets a sensible default.
    pub fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = get(doc, dict, b"Subtype")
            .and_then(|o| o.as_name().ok())
            .unwrap_or(b"");
        let to_unicode = dict
            .get(b"ToUnicode")
            .ok()
            .and_then(|o| stream_data(doc, o))
            .map(|d| CMap::parse(&d))
            .filter(CMap::maps_unicode);
        if subtype == b"Type0" {
            return Font::composite(doc, dict, to_unicode);
        }
        let width_scale = if subtype == b"Type3" {
            get(doc, dict, b"FontMatrix")
                .and_then(|o| o.as_array().ok())
                .and_then(|a| a.first().and_then(num))
                .filter(|s| s.abs() > 1e-9)
                .map_or(0.001, f64::abs)
        } else {
            0.001
        };
        let base_font = get(doc, dict, b"BaseFont")
            .and_then(|o| o.as_name().ok())
            .unwrap_or(b"");
        let first_char = get(doc, dict, b"FirstChar")
            .and_then(|o| o.as_i64().ok())
            .unwrap_or(0)
            .clamp(0, 255) as u32;
        let widths: Vec<f64> = get(doc, dict, b"Widths")
            .and_then(|o| o.as_array().ok())
            .map(|a| {
                a.iter()
                    .map(|o| deref(doc, o).and_then(num).unwrap_or(0.0))
                    .collect()
            })
            .unwrap_or_default();
        let descriptor = get(doc, dict, b"FontDescriptor").and_then(|o| o.as_dict().ok());
        let missing_width = descriptor
            .and_then(|d| get(doc, d, b"MissingWidth"))
            .and_then(num)
            .unwrap_or(0.0);
        let symbolic = descriptor
            .and_then(|d| get(doc, d, b"Flags"))
            .and_then(|o| o.as_i64().ok())
            .is_some_and(|f| f & 4 != 0 && f & 32 == 0);
        let names = simple_encoding(doc, dict, subtype, base_font, symbolic);
        let (widths, first_char) = if widths.is_empty() && subtype != b"Type3" {
            // The 14 standard fonts may come without widths; their metrics are fixed.
            (std_widths::for_font(base_font, &names), 0)
        } else {
            (widths, first_char)
        };
        Font {
            kind: Kind::Simple {
                first_char,
                widths,
                missing_width,
                names,
            },
            to_unicode,
            width_scale,
        }
    }

    fn composite(doc: &Document, dict: &Dictionary, to_unicode: Option<CMap>) -> Font {
        let (encoding, unicode_codes) = match get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                let n = String::from_utf8_lossy(n);
                (None, n.contains("UCS2") || n.contains("UTF16"))
            }
            Some(o @ Object::Stream(_)) => (stream_data(doc, o).map(|d| CMap::parse(&d)), false),
            _ => (None, false),
        };
        let descendant = get(doc, dict, b"DescendantFonts")
            .and_then(|o| o.as_array().ok())
            .and_then(|a| a.first())
            .and_then(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok());
        let default_width = descendant
            .and_then(|d| get(doc, d, b"DW"))
            .and_then(num)
            .unwrap_or(1000.0);
        let mut widths = Vec::new();
        if let Some(w) = descendant
            .and_then(|d| get(doc, d, b"W"))
            .and_then(|o| o.as_array().ok())
        {
            let items: Vec<&Object> = w.iter().filter_map(|o| deref(doc, o)).collect();
            let mut i = 0;
            while i < items.len() {
                let Some(first) = num(items[i]) else {
                    i += 1;
                    continue;
                };
                let first = first.max(0.0) as u32;
                match items.get(i + 1) {
                    Some(Object::Array(list)) => {
                        for (k, o) in list.iter().enumerate() {
                            if let Some(w) = deref(doc, o).and_then(num) {
                                let cid = first.saturating_add(k as u32);
                                widths.push((cid, cid, w));
                            }
                        }
                        i += 2;
                    }
                    Some(last) => {
                        if let (Some(last), Some(w)) =
                            (num(last), items.get(i + 2).and_then(|o| num(o)))
                        {
                            widths.push((first, (last.max(0.0) as u32).max(first), w));
                        }
                        i += 3;
                    }
                    None => break,
                }
            }
        }
        widths.sort_by_key(|&(a, _, _)| a);
        Font {
            kind: Kind::Composite {
                encoding,
                unicode_codes,
                widths,
                default_width,
            },
            to_unicode,
            width_scale: 0.001,
        }
    }

    /// Splits shown bytes into `(code, byte length)`.
    pub fn codes(&self, bytes: &[u8]) -> Vec<(u32, usize)> {
        match &self.kind {
            Kind::Simple { .. } => bytes.iter().map(|&b| (u32::from(b), 1)).collect(),
            Kind::Composite { encoding, .. } => {
                if let Some(cmap) = encoding.as_ref().filter(|c| c.has_code_spaces()) {
                    cmap.split_codes(bytes, 2)
                } else if let Some(cmap) = self.to_unicode.as_ref().filter(|c| c.has_code_spaces())
                {
                    cmap.split_codes(bytes, 2)
                } else {
                    bytes
                        .chunks(2)
                        .map(|p| {
                            (
                                (u32::from(p[0]) << 8) | u32::from(p.get(1).copied().unwrap_or(0)),
                                p.len(),
                            )
                        })
                        .collect()
                }
            }
        }
    }

    /// Advance width of a code, in text space units (a fraction of the font size).
    pub fn width(&self, code: u32) -> f64 {
        let w = match &self.kind {
            Kind::Simple {
                first_char,
                widths,
                missing_width,
                ..
            } => code
                .checked_sub(*first_char)
                .and_then(|i| widths.get(i as usize))
                .copied()
                .unwrap_or(*missing_width),
            Kind::Composite {
                encoding,
                widths,
                default_width,
                ..
            } => {
                let cid = encoding.as_ref().and_then(|e| e.cid(code)).unwrap_or(code);
                let idx = widths.partition_point(|&(first, _, _)| first <= cid);
                widths[..idx]
                    .iter()
                    .rev()
                    .take(8)
                    .find(|&&(first, last, _)| (first..=last).contains(&cid))
                    .map_or(*default_width, |&(_, _, w)| w)
            }
        };
        w * self.width_scale
    }

    /// Font size units per text space unit: 1, except for Type 3 fonts whose `FontMatrix` is
    /// not the usual 1/1000.
    pub fn size_scale(&self) -> f64 {
        self.width_scale * 1000.0
    }

    /// Whether a code is the single-byte space that word spacing (`Tw`) applies to.
    pub fn is_word_space(&self, code: u32, len: usize) -> bool {
        len == 1 && code == 32
    }

    /// The Unicode text of a code; empty when the font does not say.
    pub fn text(&self, code: u32) -> String {
        if let Some(s) = self.to_unicode.as_ref().and_then(|m| m.unicode(code)) {
            return s;
        }
        match &self.kind {
            Kind::Simple { names, .. } => names
                .get(code as usize)
                .copied()
                .flatten()
                .map(String::from)
                .unwrap_or_default(),
            Kind::Composite { unicode_codes, .. } => {
                if *unicode_codes {
                    char::from_u32(code).map(String::from).unwrap_or_default()
                } else {
                    String::new()
                }
            }
        }
    }
}

/// Unicode of each code of a simple font: its base encoding with `Differences` applied.
fn simple_encoding(
    doc: &Document,
    dict: &Dictionary,
    subtype: &[u8],
    base_font: &[u8],
    symbolic: bool,
) -> Box<[Option<char>; 256]> {
    let base_name = String::from_utf8_lossy(base_font);
    let builtin: &ForwardMap = if base_name.contains("Symbol") {
        &SYMBOL
    } else if subtype == b"TrueType" || symbolic {
        // TrueType fonts without an encoding are mostly WinAnsi in practice.
        &WINANSI
    } else {
        &STANDARD
    };
    let mut base = builtin;
    let mut differences: Option<&Vec<Object>> = None;
    match get(doc, dict, b"Encoding") {
        Some(Object::Name(n)) => base = named_encoding(n).unwrap_or(builtin),
        Some(Object::Dictionary(d)) => {
            if let Some(n) = get(doc, d, b"BaseEncoding").and_then(|o| o.as_name().ok()) {
                base = named_encoding(n).unwrap_or(builtin);
            }
            differences = get(doc, d, b"Differences").and_then(|o| o.as_array().ok());
        }
        _ => {}
    }
    let mut out: Box<[Option<char>; 256]> = Box::new([None; 256]);
    for (code, slot) in out.iter_mut().enumerate() {
        *slot = base.get(code as u8);
    }
    if let Some(diffs) = differences {
        let mut code: i64 = 0;
        for o in diffs {
            match deref(doc, o) {
                Some(Object::Integer(i)) => code = *i,
                Some(Object::Name(name)) => {
                    if (0..256).contains(&code) {
                        out[code as usize] = glyph_char(name);
                    }
                    code += 1;
                }
                _ => {}
            }
        }
    }
    out
}

fn named_encoding(name: &[u8]) -> Option<&'static ForwardMap> {
    match name {
        b"WinAnsiEncoding" => Some(&WINANSI),
        b"MacRomanEncoding" => Some(&MACROMAN),
        b"StandardEncoding" => Some(&STANDARD),
        b"MacExpertEncoding" => Some(&MACEXPERT),
        _ => None,
    }
}

/// The character of a glyph name: the Adobe Glyph List, `uniXXXX`, `uXXXX`, and names with a
/// suffix (`a.sc`, `one.oldstyle`). A name for a ligature gives its ligature character.
pub fn glyph_char(name: &[u8]) -> Option<char> {
    let s = std::str::from_utf8(name).ok()?;
    if let Some(u) = pdf_encoding::glyphname_to_unicode(s) {
        let mut chars = u.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some(c);
        }
    }
    let hex = s
        .strip_prefix("uni")
        .filter(|h| h.len() == 4)
        .or_else(|| s.strip_prefix('u').filter(|h| (4..=6).contains(&h.len())));
    if let Some(h) = hex {
        if let Some(c) = u32::from_str_radix(h, 16).ok().and_then(char::from_u32) {
            return Some(c);
        }
    }
    match s.split_once('.') {
        Some((stem, _)) if !stem.is_empty() => glyph_char(stem.as_bytes()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn glyph_names_of_every_form() {
        assert_eq!(glyph_char(b"A"), Some('A'));
        assert_eq!(glyph_char(b"space"), Some(' '));
        assert_eq!(glyph_char(b"uni0041"), Some('A'));
        assert_eq!(glyph_char(b"u1F600"), Some('😀'));
        assert_eq!(glyph_char(b"a.sc"), Some('a'));
        assert_eq!(glyph_char(b"g123"), None);
    }

    #[test]
    fn cid_widths_from_both_w_forms() {
        let doc = Document::with_version("1.5");
        let font = dictionary! {
            "Subtype" => "Type0",
            "Encoding" => "Identity-H",
            "DescendantFonts" => vec![Object::Dictionary(dictionary! {
                "Subtype" => "CIDFontType2",
                "DW" => 1000,
                "W" => vec![3.into(), vec![250.into(), 333.into()].into(), 10.into(), 20.into(), 500.into()],
            })],
        };
        let f = Font::load(&doc, &font);
        assert_eq!(f.codes(&[0, 3, 0, 4]), vec![(3, 2), (4, 2)]);
        assert!((f.width(3) - 0.25).abs() < 1e-9);
        assert!((f.width(4) - 0.333).abs() < 1e-9);
        assert!((f.width(15) - 0.5).abs() < 1e-9);
        assert!((f.width(99) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn simple_font_differences_override_the_base_encoding() {
        let doc = Document::with_version("1.5");
        let font = dictionary! {
            "Subtype" => "Type1",
            "BaseFont" => "Helvetica",
            "Encoding" => dictionary! {
                "BaseEncoding" => "WinAnsiEncoding",
                "Differences" => vec![65.into(), Object::Name(b"uni00E9".to_vec())],
            },
        };
        let f = Font::load(&doc, &font);
        assert_eq!(f.text(65), "é");
        assert_eq!(f.text(66), "B");
        // Helvetica without Widths takes the standard metrics.
        assert!((f.width(u32::from(b' ')) - 0.278).abs() < 1e-9);
    }
}
