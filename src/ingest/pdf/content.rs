//! The content-stream interpreter: where each glyph and image of a page lands.
//!
//! It follows the graphics and text state the way a renderer does (`q`/`Q`, `cm`, the text
//! matrices, `Tc`/`Tw`/`Tz`/`Ts`, `TJ` adjustments) and descends into form XObjects (`Do`)
//! with their own resources, so text drawn inside a form (page templates, stamps) is read
//! and images are known by where the page actually draws them. Coordinates come out in the
//! page as displayed: origin top left, y down, `/Rotate` applied.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::font::Font;
use crate::layout::Rule;

/// Cap on the decompressed content of one page and the forms it draws (bytes), against
/// decompression bombs. Parsed operators take about 15 times the stream's size in memory: a
/// 1 KB file whose page inflated to 60 MB took over 1 GB and 12 s in the fuzz harness (see
/// tests/fuzz-regressions). Real text pages are well under 1 MB.
pub const MAX_CONTENT_BYTES: usize = 16 << 20;
/// How deep form XObjects are followed.
const MAX_FORM_DEPTH: usize = 8;

/// A 2-D affine matrix `[a b c d e f]` as in the PDF specification.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Matrix(pub [f64; 6]);

impl Matrix {
    /// The identity.
    pub const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self × other`: apply `self` first, then `other`.
    pub fn then(&self, o: &Matrix) -> Matrix {
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

    /// Where a point goes.
    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }

    /// Where a vector goes (no translation).
    fn apply_vec(&self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, _, _] = self.0;
        (a * x + c * y, b * x + d * y)
    }

    fn from_operands(nums: &[f64]) -> Option<Matrix> {
        let m: [f64; 6] = nums.get(..6)?.try_into().ok()?;
        m.iter().all(|v| v.is_finite()).then_some(Matrix(m))
    }
}

/// One glyph as displayed, in the frame of its own reading direction: `x` grows along the
/// line, `y` is the baseline and grows downward.
#[derive(Debug, Clone)]
pub struct Glyph {
    /// Start of the glyph along the line (points).
    pub x: f64,
    /// Advance (points, ≥ 0), character and word spacing included.
    pub adv: f64,
    /// Baseline (points).
    pub y: f64,
    /// Font size on the page (points).
    pub size: f64,
    /// Reading direction in quarter turns clockwise from upright.
    pub dir: u8,
    /// Unicode text (usually one character; ligatures and ToUnicode sequences give more).
    pub text: Box<str>,
}

impl Glyph {
    /// Whether the glyph is a blank (a space character or nothing mapped).
    pub fn is_blank(&self) -> bool {
        self.text.chars().all(char::is_whitespace)
    }
}

/// An image the page draws, and how much of the displayed page it covers.
#[derive(Debug, Clone)]
pub struct ImageDraw {
    /// The image object (`None` for an inline image, carried in `inline`).
    pub id: Option<ObjectId>,
    /// An inline image's stream.
    pub inline: Option<Rc<Stream>>,
    /// Area on the page (square points).
    pub area: f64,
    /// Drawn width of the image's rows (points), for its resolution.
    pub width: f64,
}

/// What a page shows.
#[derive(Debug, Default)]
pub struct PageContent {
    /// Straight horizontal and vertical lines drawn (strokes and thin filled boxes).
    pub rules: Vec<Rule>,
    /// Every glyph, in content order.
    pub glyphs: Vec<Glyph>,
    /// Every image drawn, in content order.
    pub images: Vec<ImageDraw>,
    /// Displayed page width and height (points).
    pub size: (f64, f64),
}

/// Fonts already read, by object, shared by the pages of one document.
#[derive(Default)]
pub struct FontCache {
    fonts: HashMap<ObjectId, Rc<Font>>,
}

/// Why a page's content could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The page or a form it draws is not a readable object.
    #[error("{0}")]
    Pdf(#[from] lopdf::Error),
    /// The content inflates past [`MAX_CONTENT_BYTES`].
    #[error("page content is over {} MB decompressed", MAX_CONTENT_BYTES >> 20)]
    TooLarge,
}

/// Graphics and text state saved by `q`.
#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

impl GState {
    fn new(ctm: Matrix) -> GState {
        GState {
            ctm,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

struct Interpreter<'a> {
    doc: &'a Document,
    cache: &'a mut FontCache,
    /// Device space → displayed page.
    display: Matrix,
    out: PageContent,
    budget: usize,
    forms: Vec<ObjectId>,
}

/// The page's box and rotation: `(MediaBox or CropBox, Rotate)`.
fn page_frame(doc: &Document, page_id: ObjectId) -> ([f64; 4], i64) {
    let mut bbox = None;
    let mut crop = None;
    let mut rotate = None;
    let mut node = doc.get_dictionary(page_id).ok();
    for _ in 0..32 {
        let Some(d) = node else { break };
        let rect = |key: &[u8]| -> Option<[f64; 4]> {
            let (_, o) = doc.dereference(d.get(key).ok()?).ok()?;
            let nums: Vec<f64> = o
                .as_array()
                .ok()?
                .iter()
                .filter_map(|o| doc.dereference(o).ok().and_then(|(_, o)| num(o)))
                .collect();
            let r: [f64; 4] = nums.get(..4)?.try_into().ok()?;
            let r = [
                r[0].min(r[2]),
                r[1].min(r[3]),
                r[0].max(r[2]),
                r[1].max(r[3]),
            ];
            (r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0).then_some(r)
        };
        crop = crop.or_else(|| rect(b"CropBox"));
        bbox = bbox.or_else(|| rect(b"MediaBox"));
        rotate = rotate.or_else(|| d.get(b"Rotate").ok().and_then(|o| o.as_i64().ok()));
        node = d
            .get(b"Parent")
            .ok()
            .and_then(|o| o.as_reference().ok())
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    let frame = crop.or(bbox).unwrap_or([0.0, 0.0, 612.0, 792.0]);
    (frame, rotate.unwrap_or(0).rem_euclid(360))
}

/// Device space → displayed page (origin top left, y down) for a box and rotation.
fn display_matrix(b: [f64; 4], rotate: i64) -> (Matrix, (f64, f64)) {
    let [x0, y0, x1, y1] = b;
    let (w, h) = (x1 - x0, y1 - y0);
    match rotate {
        90 => (Matrix([0.0, 1.0, 1.0, 0.0, -y0, -x0]), (h, w)),
        180 => (Matrix([-1.0, 0.0, 0.0, 1.0, x1, -y0]), (w, h)),
        270 => (Matrix([0.0, -1.0, -1.0, 0.0, y1, x1]), (h, w)),
        _ => (Matrix([1.0, 0.0, 0.0, -1.0, -x0, y1]), (w, h)),
    }
}

fn num(o: &Object) -> Option<f64> {
    match o {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// The resources of a page, inherited from its ancestors when it has none.
pub fn page_resources(doc: &Document, page_id: ObjectId) -> Option<&Dictionary> {
    let mut node = doc.get_dictionary(page_id).ok()?;
    for _ in 0..32 {
        if let Ok(res) = node.get(b"Resources") {
            return doc.dereference(res).ok()?.1.as_dict().ok();
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// Reads what one page shows.
pub fn read_page(
    doc: &Document,
    page_id: ObjectId,
    cache: &mut FontCache,
) -> Result<PageContent, ContentError> {
    let (frame, rotate) = page_frame(doc, page_id);
    let (display, size) = display_matrix(frame, rotate);
    let data = doc
        .get_page_content_with_limit(page_id, MAX_CONTENT_BYTES)
        .map_err(|e| match e {
            lopdf::Error::Decompress(_) => ContentError::TooLarge,
            other => ContentError::Pdf(other),
        })?;
    if data.len() > MAX_CONTENT_BYTES {
        return Err(ContentError::TooLarge);
    }
    let empty = Dictionary::new();
    let resources = page_resources(doc, page_id).unwrap_or(&empty);
    let mut it = Interpreter {
        doc,
        cache,
        display,
        out: PageContent {
            size,
            ..PageContent::default()
        },
        budget: MAX_CONTENT_BYTES - data.len(),
        forms: Vec::new(),
    };
    let content = Content::decode(&data)?;
    it.run(&content, resources, Matrix::IDENTITY);
    Ok(it.out)
}

impl Interpreter<'_> {
    fn font(&mut self, resources: &Dictionary, name: &[u8]) -> Option<Rc<Font>> {
        let doc = self.doc;
        let fonts = doc
            .dereference(resources.get(b"Font").ok()?)
            .ok()?
            .1
            .as_dict()
            .ok()?;
        let entry = fonts.get(name).ok()?;
        match entry {
            Object::Reference(id) => {
                if let Some(f) = self.cache.fonts.get(id) {
                    return Some(Rc::clone(f));
                }
                let dict = doc.get_dictionary(*id).ok()?;
                let font = Rc::new(Font::load(doc, dict));
                self.cache.fonts.insert(*id, Rc::clone(&font));
                Some(font)
            }
            Object::Dictionary(d) => Some(Rc::new(Font::load(doc, d))),
            _ => None,
        }
    }

    fn run(&mut self, content: &Content, resources: &Dictionary, ctm: Matrix) {
        let mut gs = GState::new(ctm);
        let mut stack: Vec<GState> = Vec::new();
        let mut tm = Matrix::IDENTITY;
        let mut tlm = Matrix::IDENTITY;
        let mut nums: Vec<f64> = Vec::with_capacity(6);
        // The path being built, in displayed coordinates: straight segments and boxes.
        let mut path: Vec<Segment> = Vec::new();
        let mut current: Option<(f64, f64)> = None;
        let mut start: Option<(f64, f64)> = None;
        for op in &content.operations {
            nums.clear();
            nums.extend(op.operands.iter().filter_map(num));
            match op.operator.as_str() {
                "q" if stack.len() < 256 => stack.push(gs.clone()),
                "Q" => {
                    if let Some(saved) = stack.pop() {
                        gs = saved;
                    }
                }
                "cm" => {
                    if let Some(m) = Matrix::from_operands(&nums) {
                        gs.ctm = m.then(&gs.ctm);
                    }
                }
                "BT" => {
                    tm = Matrix::IDENTITY;
                    tlm = Matrix::IDENTITY;
                }
                "Tf" => {
                    let name = op.operands.first().and_then(|o| o.as_name().ok());
                    gs.font = name.and_then(|n| self.font(resources, n));
                    if let Some(size) = op.operands.get(1).and_then(num) {
                        gs.size = size;
                    }
                }
                "Tc" if !nums.is_empty() => gs.char_spacing = nums[0],
                "Tw" if !nums.is_empty() => gs.word_spacing = nums[0],
                "Tz" if !nums.is_empty() => gs.scale = nums[0] / 100.0,
                "TL" if !nums.is_empty() => gs.leading = nums[0],
                "Ts" if !nums.is_empty() => gs.rise = nums[0],
                "Td" if nums.len() == 2 => {
                    tlm = Matrix::translate(nums[0], nums[1]).then(&tlm);
                    tm = tlm;
                }
                "TD" if nums.len() == 2 => {
                    gs.leading = -nums[1];
                    tlm = Matrix::translate(nums[0], nums[1]).then(&tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = Matrix::from_operands(&nums) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = Matrix::translate(0.0, -gs.leading).then(&tlm);
                    tm = tlm;
                }
                "Tj" | "TJ" => self.show(&gs, &mut tm, &op.operands),
                "'" => {
                    tlm = Matrix::translate(0.0, -gs.leading).then(&tlm);
                    tm = tlm;
                    self.show(&gs, &mut tm, &op.operands);
                }
                "\"" if op.operands.len() == 3 => {
                    gs.word_spacing = nums.first().copied().unwrap_or(gs.word_spacing);
                    gs.char_spacing = nums.get(1).copied().unwrap_or(gs.char_spacing);
                    tlm = Matrix::translate(0.0, -gs.leading).then(&tlm);
                    tm = tlm;
                    self.show(&gs, &mut tm, &op.operands[2..]);
                }
                "Do" => {
                    if let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) {
                        self.draw_xobject(resources, name, &gs.ctm);
                    }
                }
                "m" if nums.len() >= 2 => {
                    let (dx, dy) = gs.ctm.apply(nums[0], nums[1]);
                    let p = self.display.apply(dx, dy);
                    current = Some(p);
                    start = Some(p);
                }
                "l" if nums.len() >= 2 => {
                    let (dx, dy) = gs.ctm.apply(nums[0], nums[1]);
                    let p = self.display.apply(dx, dy);
                    if let Some(c) = current {
                        path.push(Segment::Line(c, p));
                    }
                    current = Some(p);
                }
                "c" | "v" | "y" => {
                    // Curves are no rules; keep the current point where the curve ends.
                    if let [.., x, y] = nums[..] {
                        let (dx, dy) = gs.ctm.apply(x, y);
                        current = Some(self.display.apply(dx, dy));
                    }
                }
                "h" => {
                    if let (Some(c), Some(s)) = (current, start) {
                        path.push(Segment::Line(c, s));
                        current = Some(s);
                    }
                }
                "re" if nums.len() >= 4 => {
                    let corners = [
                        (nums[0], nums[1]),
                        (nums[0] + nums[2], nums[1]),
                        (nums[0] + nums[2], nums[1] + nums[3]),
                        (nums[0], nums[1] + nums[3]),
                    ]
                    .map(|(x, y)| {
                        let (dx, dy) = gs.ctm.apply(x, y);
                        self.display.apply(dx, dy)
                    });
                    path.push(Segment::Box(corners));
                    current = Some(corners[0]);
                    start = current;
                }
                "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                    let stroke =
                        matches!(op.operator.as_str(), "S" | "s" | "B" | "B*" | "b" | "b*");
                    for seg in path.drain(..) {
                        seg.rules(stroke, &mut self.out.rules);
                    }
                    current = None;
                }
                "n" => {
                    path.clear();
                    current = None;
                }
                "BI" => {
                    if let Some(Object::Stream(s)) = op.operands.first() {
                        self.out.images.push(ImageDraw {
                            id: None,
                            inline: Some(Rc::new(s.clone())),
                            area: self.area(&gs.ctm),
                            width: gs.ctm.0[0].hypot(gs.ctm.0[1]),
                        });
                    }
                }
                _ => {}
            }
        }
    }

    /// Area on the displayed page of the unit square under `ctm` (where images are drawn).
    fn area(&self, ctm: &Matrix) -> f64 {
        let [a, b, c, d, _, _] = ctm.0;
        (a * d - b * c).abs()
    }

    fn draw_xobject(&mut self, resources: &Dictionary, name: &[u8], ctm: &Matrix) {
        let doc = self.doc;
        let Some(xobjects) = resources
            .get(b"XObject")
            .ok()
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok())
        else {
            return;
        };
        let Ok(entry) = xobjects.get(name) else {
            return;
        };
        let Ok((id, obj)) = doc.dereference(entry) else {
            return;
        };
        let Ok(stream) = obj.as_stream() else { return };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => {
                let area = self.area(ctm);
                self.out.images.push(ImageDraw {
                    id,
                    inline: id.is_none().then(|| Rc::new(stream.clone())),
                    area,
                    width: ctm.0[0].hypot(ctm.0[1]),
                });
            }
            Ok(b"Form") => {
                let Some(id) = id else { return };
                if self.forms.len() >= MAX_FORM_DEPTH || self.forms.contains(&id) {
                    return;
                }
                let matrix = stream
                    .dict
                    .get(b"Matrix")
                    .ok()
                    .and_then(|o| o.as_array().ok())
                    .and_then(|a| {
                        Matrix::from_operands(&a.iter().filter_map(num).collect::<Vec<_>>())
                    })
                    .unwrap_or(Matrix::IDENTITY);
                let data = if stream.dict.get(b"Filter").is_ok() {
                    match stream.decompressed_content_with_limit(self.budget) {
                        Ok(d) => d,
                        Err(_) => return,
                    }
                } else {
                    stream.content.clone()
                };
                if data.len() > self.budget {
                    return;
                }
                self.budget -= data.len();
                let Ok(content) = Content::decode(&data) else {
                    return;
                };
                let own = stream
                    .dict
                    .get(b"Resources")
                    .ok()
                    .and_then(|o| doc.dereference(o).ok())
                    .and_then(|(_, o)| o.as_dict().ok());
                self.forms.push(id);
                self.run(&content, own.unwrap_or(resources), matrix.then(ctm));
                self.forms.pop();
            }
            _ => {}
        }
    }

    fn show(&mut self, gs: &GState, tm: &mut Matrix, operands: &[Object]) {
        let Some(font) = gs.font.clone() else { return };
        let th = gs.scale;
        let fs = gs.size;
        for item in operands {
            let parts: &[Object] = match item {
                Object::Array(a) => a,
                other => std::slice::from_ref(other),
            };
            for part in parts {
                match part {
                    Object::String(bytes, _) => {
                        for (code, len) in font.codes(bytes) {
                            let w0 = font.width(code);
                            let mut tx = w0 * fs + gs.char_spacing;
                            if font.is_word_space(code, len) {
                                tx += gs.word_spacing;
                            }
                            tx *= th;
                            self.glyph(gs, tm, &font, code, tx);
                            *tm = Matrix::translate(tx, 0.0).then(tm);
                        }
                    }
                    other => {
                        if let Some(n) = num(other) {
                            *tm = Matrix::translate(-n / 1000.0 * fs * th, 0.0).then(tm);
                        }
                    }
                }
            }
        }
    }

    fn glyph(&mut self, gs: &GState, tm: &Matrix, font: &Font, code: u32, tx: f64) {
        let m = tm.then(&gs.ctm).then(&self.display);
        let (ox, oy) = m.apply(0.0, gs.rise);
        let (ax, ay) = m.apply_vec(tx, 0.0);
        let (ux, uy) = m.apply_vec(1.0, 0.0);
        let (vx, vy) = m.apply_vec(0.0, 1.0);
        let size = (gs.size * font.size_scale() * vx.hypot(vy)).abs();
        if !(ox.is_finite() && oy.is_finite() && (0.5..=2000.0).contains(&size)) {
            return;
        }
        let (w, h) = self.out.size;
        if ox < -size || oy < -size || ox > w + size || oy > h + size {
            return;
        }
        // Quantise the reading direction to quarter turns (display y points down).
        let dir = if ux.abs() >= uy.abs() {
            if ux >= 0.0 {
                0
            } else {
                2
            }
        } else if uy > 0.0 {
            1
        } else {
            3
        };
        let (x, y) = rotate_into(dir, ox, oy);
        let (dx, _) = rotate_into(dir, ax, ay);
        let (x, adv) = if dx < 0.0 { (x + dx, -dx) } else { (x, dx) };
        let text = font.text(code);
        self.out.glyphs.push(Glyph {
            x,
            adv,
            y,
            size,
            dir,
            text: text.into_boxed_str(),
        });
    }
}

/// A piece of a path: a straight segment or a box (`re`), in displayed coordinates.
enum Segment {
    Line((f64, f64), (f64, f64)),
    Box([(f64, f64); 4]),
}

/// Thicker than this (points), a filled box is an area, not a line.
const MAX_RULE_THICKNESS: f64 = 2.5;
/// Shorter than this (points), a line is a mark, not a rule.
const MIN_RULE_LENGTH: f64 = 4.0;

impl Segment {
    /// The horizontal and vertical rules this piece draws when painted.
    fn rules(&self, stroke: bool, out: &mut Vec<Rule>) {
        let mut line = |(ax, ay): (f64, f64), (bx, by): (f64, f64)| {
            let (x0, x1) = (ax.min(bx), ax.max(bx));
            let (y0, y1) = (ay.min(by), ay.max(by));
            if (y1 - y0) < 0.5 && x1 - x0 >= MIN_RULE_LENGTH {
                out.push(Rule {
                    x0,
                    y0: (y0 + y1) / 2.0,
                    x1,
                    y1: (y0 + y1) / 2.0,
                });
            } else if (x1 - x0) < 0.5 && y1 - y0 >= MIN_RULE_LENGTH {
                out.push(Rule {
                    x0: (x0 + x1) / 2.0,
                    y0,
                    x1: (x0 + x1) / 2.0,
                    y1,
                });
            }
        };
        match *self {
            Segment::Line(a, b) => {
                if stroke {
                    line(a, b);
                }
            }
            Segment::Box(c) => {
                let xs = c.map(|p| p.0);
                let ys = c.map(|p| p.1);
                let x0 = xs.iter().copied().fold(f64::INFINITY, f64::min);
                let x1 = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let y0 = ys.iter().copied().fold(f64::INFINITY, f64::min);
                let y1 = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                if stroke {
                    for k in 0..4 {
                        line(c[k], c[(k + 1) % 4]);
                    }
                } else if y1 - y0 <= MAX_RULE_THICKNESS && x1 - x0 >= MIN_RULE_LENGTH {
                    let y = (y0 + y1) / 2.0;
                    out.push(Rule {
                        x0,
                        y0: y,
                        x1,
                        y1: y,
                    });
                } else if x1 - x0 <= MAX_RULE_THICKNESS && y1 - y0 >= MIN_RULE_LENGTH {
                    let x = (x0 + x1) / 2.0;
                    out.push(Rule {
                        x0: x,
                        y0,
                        x1: x,
                        y1,
                    });
                }
            }
        }
    }
}

/// A displayed point in the frame of reading direction `dir` (that direction becomes +x).
pub fn rotate_into(dir: u8, x: f64, y: f64) -> (f64, f64) {
    match dir {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    /// A one-page document with `content`, a Helvetica font `F1` and `resources` merged in.
    pub(crate) fn one_page(content: &[u8], rotate: i64) -> (Document, ObjectId) {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        });
        let form = doc.add_object(Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 600.into(), 800.into()] },
            b"BT /F1 10 Tf 1 0 0 1 100 100 Tm (Formtext) Tj ET".to_vec(),
        ));
        let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => contents,
            "MediaBox" => vec![0.into(), 0.into(), 600.into(), 800.into()],
            "Rotate" => rotate,
            "Resources" => dictionary! {
                "Font" => dictionary! { "F1" => font },
                "XObject" => dictionary! { "Fm1" => form },
            },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        (doc, page)
    }

    fn read(content: &[u8], rotate: i64) -> PageContent {
        let (doc, page) = one_page(content, rotate);
        read_page(&doc, page, &mut FontCache::default()).expect("readable page")
    }

    #[test]
    fn glyphs_advance_by_their_widths_and_tj_adjustments() {
        let page = read(b"BT /F1 10 Tf 1 0 0 1 50 700 Tm [(Ab) -500 (c)] TJ ET", 0);
        let xs: Vec<(String, f64)> = page
            .glyphs
            .iter()
            .map(|g| (g.text.to_string(), g.x))
            .collect();
        // A = 6.67 pt, b = 5.56 pt, then 5 pt of adjustment.
        assert_eq!(xs[0], ("A".into(), 50.0));
        assert!((xs[1].1 - 56.67).abs() < 0.01, "{xs:?}");
        assert!((xs[2].1 - (56.67 + 5.56 + 5.0)).abs() < 0.01, "{xs:?}");
        assert!(
            (page.glyphs[0].y - 100.0).abs() < 1e-9,
            "y down from the top"
        );
        assert!((page.glyphs[0].size - 10.0).abs() < 1e-9);
    }

    #[test]
    fn text_inside_a_form_xobject_is_read() {
        let page = read(b"q 1 0 0 1 0 300 cm /Fm1 Do Q", 0);
        let text: String = page.glyphs.iter().map(|g| g.text.to_string()).collect();
        assert_eq!(text, "Formtext");
        assert!(
            (page.glyphs[0].y - 400.0).abs() < 1e-9,
            "form drawn 300 pt up"
        );
    }

    #[test]
    fn rotated_page_text_reads_upright() {
        // On a page shown turned 90°, text drawn bottom to top reads left to right.
        let page = read(b"BT /F1 10 Tf 0 1 -1 0 300 100 Tm (Hi) Tj ET", 90);
        assert!(page.glyphs.iter().all(|g| g.dir == 0), "{:?}", page.glyphs);
        assert!(page.glyphs[1].x > page.glyphs[0].x);
    }

    #[test]
    fn graphics_state_restores_the_font_size() {
        let page = read(
            b"BT /F1 10 Tf ET q BT /F1 20 Tf ET Q BT 1 0 0 1 50 50 Tm (x) Tj ET",
            0,
        );
        assert!((page.glyphs[0].size - 10.0).abs() < 1e-9);
    }
}
