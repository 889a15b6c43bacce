//! Layout-aware text from a PDF page's text layer.
//!
//! lopdf's own `extract_text` starts a new line at every positioning operator, which splits
//! `Nomor : 900/...` rows into pieces. Here each shown string is placed on the page with the
//! text and graphics matrices, then strings are grouped into lines by their baseline and
//! ordered left to right, so a printed line comes out as one line of text.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::Encoding;
use lopdf::{Dictionary, Document, Object, ObjectId};

/// Cap on the decompressed content of one page (bytes), against decompression bombs.
/// Parsed operators take about 15 times the stream's size in memory: a 1 KB file whose
/// page inflates to 60 MB took over 1 GB and 12 s in the fuzz harness (see
/// tests/fuzz-regressions). Real text pages are well under 1 MB.
const MAX_CONTENT_BYTES: usize = 16 << 20;
/// Gap, in multiples of the font size, above which two runs on one line are separate columns.
const COLUMN_GAP_EM: f64 = 4.0;

/// A 2-D affine matrix `[a b c d e f]` as in the PDF specification.
#[derive(Clone, Copy, Debug)]
struct Matrix([f64; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self × other` (apply self first, then other).
    fn then(&self, o: &Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = o.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn translate(tx: f64, ty: f64) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }
}

/// One string shown on the page, in page coordinates.
#[derive(Debug)]
struct Run {
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    text: String,
}

/// Font data needed to place glyphs: its encoding and glyph widths.
struct FontInfo<'a> {
    encoding: Option<Encoding<'a>>,
    first_char: i64,
    widths: Vec<f64>,
    two_byte: bool,
}

impl FontInfo<'_> {
    fn width_of(&self, code: u32) -> f64 {
        let idx = code as i64 - self.first_char;
        if idx >= 0 {
            if let Some(w) = self.widths.get(idx as usize) {
                return *w / 1000.0;
            }
        }
        0.5
    }
}

fn number(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn load_font<'a>(doc: &'a Document, dict: &'a Dictionary) -> FontInfo<'a> {
    let encoding = dict.get_font_encoding(doc).ok();
    let subtype = dict
        .get(b"Subtype")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    let first_char = dict.get(b"FirstChar").and_then(Object::as_i64).unwrap_or(0);
    let widths = dict
        .get(b"Widths")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_array().ok())
        .map(|arr| {
            arr.iter()
                .map(|o| {
                    doc.dereference(o)
                        .ok()
                        .and_then(|(_, o)| number(o))
                        .unwrap_or(500.0)
                })
                .collect()
        })
        .unwrap_or_default();
    FontInfo {
        encoding,
        first_char,
        widths,
        two_byte: subtype == b"Type0",
    }
}

/// Text state of the content-stream interpreter.
struct State {
    ctm: Matrix,
    tm: Matrix,
    tlm: Matrix,
    font: Option<Vec<u8>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

impl State {
    fn new() -> State {
        State {
            ctm: Matrix::IDENTITY,
            tm: Matrix::IDENTITY,
            tlm: Matrix::IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }

    fn next_line(&mut self, tx: f64, ty: f64) {
        self.tlm = Matrix::translate(tx, ty).then(&self.tlm);
        self.tm = self.tlm;
    }
}

/// Extracts the text layer of one page as lines, top to bottom.
///
/// Runs on the same line that are far apart (columns such as two signature blocks side by
/// side) are joined with a tab so later stages can tell the columns apart.
pub fn page_text(doc: &Document, page_id: ObjectId) -> Result<String, lopdf::Error> {
    let fonts: BTreeMap<Vec<u8>, FontInfo> = doc
        .get_page_fonts(page_id)?
        .into_iter()
        .map(|(name, dict)| (name, load_font(doc, dict)))
        .collect();
    let content = doc.get_page_content_with_limit(page_id, MAX_CONTENT_BYTES)?;
    let content = Content::decode(&content)?;
    let mut runs = Vec::new();
    interpret(&content, &fonts, &mut runs);
    Ok(layout(runs))
}

fn interpret(content: &Content, fonts: &BTreeMap<Vec<u8>, FontInfo>, runs: &mut Vec<Run>) {
    let mut st = State::new();
    let mut stack: Vec<Matrix> = Vec::new();
    for op in &content.operations {
        let nums: Vec<f64> = op.operands.iter().filter_map(number).collect();
        match op.operator.as_str() {
            "q" => stack.push(st.ctm),
            "Q" => st.ctm = stack.pop().unwrap_or(Matrix::IDENTITY),
            "cm" if nums.len() == 6 => {
                let m = Matrix([nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]]);
                st.ctm = m.then(&st.ctm);
            }
            "BT" => {
                st.tm = Matrix::IDENTITY;
                st.tlm = Matrix::IDENTITY;
            }
            "Tf" => {
                st.font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .map(<[u8]>::to_vec);
                st.size = op.operands.get(1).and_then(number).unwrap_or(st.size);
            }
            "Tc" if !nums.is_empty() => st.char_spacing = nums[0],
            "Tw" if !nums.is_empty() => st.word_spacing = nums[0],
            "Tz" if !nums.is_empty() => st.scale = nums[0] / 100.0,
            "TL" if !nums.is_empty() => st.leading = nums[0],
            "Ts" if !nums.is_empty() => st.rise = nums[0],
            "Td" if nums.len() == 2 => st.next_line(nums[0], nums[1]),
            "TD" if nums.len() == 2 => {
                st.leading = -nums[1];
                st.next_line(nums[0], nums[1]);
            }
            "Tm" if nums.len() == 6 => {
                st.tlm = Matrix([nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]]);
                st.tm = st.tlm;
            }
            "T*" => st.next_line(0.0, -st.leading),
            "Tj" | "TJ" => show(&mut st, fonts, &op.operands, runs),
            "'" => {
                st.next_line(0.0, -st.leading);
                show(&mut st, fonts, &op.operands, runs);
            }
            "\"" if op.operands.len() == 3 => {
                st.word_spacing = nums.first().copied().unwrap_or(st.word_spacing);
                st.char_spacing = nums.get(1).copied().unwrap_or(st.char_spacing);
                st.next_line(0.0, -st.leading);
                show(&mut st, fonts, &op.operands[2..], runs);
            }
            _ => {}
        }
    }
}

fn show(
    st: &mut State,
    fonts: &BTreeMap<Vec<u8>, FontInfo>,
    operands: &[Object],
    runs: &mut Vec<Run>,
) {
    let Some(font) = st.font.as_ref().and_then(|f| fonts.get(f)) else {
        return;
    };
    let mut items: Vec<&Object> = Vec::new();
    for o in operands {
        match o {
            Object::Array(a) => items.extend(a.iter()),
            other => items.push(other),
        }
    }
    let start = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, st.rise])
        .then(&st.tm)
        .then(&st.ctm);
    let x0 = start.0[4];
    let y = start.0[5];
    // Effective font size on the page: the vertical scale of the combined matrix.
    let eff = (st.size * (start.0[2].powi(2) + start.0[3].powi(2)).sqrt()).abs();
    let mut text = String::new();
    for item in items {
        match item {
            Object::String(bytes, _) => {
                let decoded = font
                    .encoding
                    .as_ref()
                    .and_then(|e| e.bytes_to_string(bytes).ok())
                    .unwrap_or_else(|| bytes.iter().map(|&b| b as char).collect());
                let mut advance = 0.0;
                if font.two_byte {
                    for _ in bytes.chunks(2) {
                        advance += 0.5 * st.size + st.char_spacing;
                    }
                } else {
                    for &b in bytes.iter() {
                        advance += font.width_of(u32::from(b)) * st.size + st.char_spacing;
                        if b == b' ' {
                            advance += st.word_spacing;
                        }
                    }
                }
                text.push_str(&decoded);
                st.tm = Matrix::translate(advance * st.scale, 0.0).then(&st.tm);
            }
            other => {
                if let Some(n) = number(other) {
                    let shift = -n / 1000.0 * st.size;
                    // A large negative kern is how some producers write a space.
                    if shift > 0.25 * st.size && !text.ends_with(' ') {
                        text.push(' ');
                    }
                    st.tm = Matrix::translate(shift * st.scale, 0.0).then(&st.tm);
                }
            }
        }
    }
    let end = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, st.rise])
        .then(&st.tm)
        .then(&st.ctm);
    if !text.trim().is_empty() {
        runs.push(Run {
            x0,
            x1: end.0[4].max(x0),
            y,
            size: eff.max(1.0),
            text,
        });
    }
}

/// Groups runs into lines by baseline and joins each line left to right.
fn layout(mut runs: Vec<Run>) -> String {
    runs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (line[0].y - run.y).abs() <= 0.35 * line[0].size.min(run.size) => {
                line.push(run)
            }
            _ => lines.push(vec![run]),
        }
    }
    // Lines that start right of this are right-column-only lines (a signature block
    // beside an empty left column); they get a leading tab.
    let left = lines
        .iter()
        .flatten()
        .map(|r| r.x0)
        .fold(f64::INFINITY, f64::min);
    let right = lines
        .iter()
        .flatten()
        .map(|r| r.x1)
        .fold(f64::NEG_INFINITY, f64::max);
    let right_half = left + 0.55 * (right - left);
    let mut out = String::new();
    for mut line in lines {
        line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut text = String::new();
        if line.first().is_some_and(|r| r.x0 > right_half) {
            text.push('\t');
        }
        let mut prev_end: Option<(f64, f64)> = None;
        for run in &line {
            if let Some((end, size)) = prev_end {
                let gap = run.x0 - end;
                if gap > COLUMN_GAP_EM * size {
                    text.truncate(text.trim_end().len());
                    text.push('\t');
                } else if gap > 0.15 * size && !text.ends_with(' ') && !run.text.starts_with(' ') {
                    text.push(' ');
                }
            }
            text.push_str(&run.text);
            prev_end = Some((run.x1, run.size));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(x0: f64, x1: f64, y: f64, text: &str) -> Run {
        Run {
            x0,
            x1,
            y,
            size: 10.0,
            text: text.into(),
        }
    }

    #[test]
    fn runs_on_one_baseline_form_one_line_in_x_order() {
        let text = layout(vec![
            run(110.0, 300.0, 700.0, "900/0871/BPKAD/2023"),
            run(50.0, 90.0, 700.0, "Nomor"),
            run(100.0, 104.0, 700.5, ":"),
            run(50.0, 120.0, 680.0, "Tanggal"),
        ]);
        assert_eq!(text, "Nomor : 900/0871/BPKAD/2023\nTanggal\n");
    }

    /// A one-page document whose content stream repeats one text operation `n` times.
    fn doc_with_content(n: usize) -> (Document, ObjectId) {
        use lopdf::{dictionary, Stream};
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let ops = b"BT /F1 9 Tf (abc) Tj ET\n".repeat(n);
        let content = doc.add_object(Stream::new(dictionary! {}, ops));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! {},
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        (doc, page)
    }

    #[test]
    fn page_content_over_the_cap_is_refused() {
        let (doc, page) = doc_with_content(10);
        assert!(page_text(&doc, page).is_ok());
        // 20 MB: under the old 64 MB cap that let a 1 KB file take over 1 GB.
        let (doc, page) = doc_with_content((20 << 20) / 24);
        assert!(page_text(&doc, page).is_err());
    }

    #[test]
    fn far_apart_runs_are_separated_by_a_tab() {
        let text = layout(vec![
            run(50.0, 150.0, 200.0, "PIHAK KEDUA,"),
            run(350.0, 450.0, 200.0, "PIHAK PERTAMA,"),
        ]);
        assert_eq!(text, "PIHAK KEDUA,\tPIHAK PERTAMA,\n");
    }
}
