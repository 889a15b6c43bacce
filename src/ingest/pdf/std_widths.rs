//! Advance widths of the standard fonts, for PDFs that name Helvetica, Times or Courier
//! without a `Widths` array (the PDF 1.x standard 14 fonts need none). Values are the
//! printable ASCII widths of Adobe's Core 14 AFM files (freely distributable metrics); bold
//! and italic faces use the regular face's, close enough to tell letter gaps from spaces.

/// Helvetica (and Arial) widths of ASCII 32..=126.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
    278, // space../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
    278, 278, 584, 584, 584, 556, 1015, // :..@
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
    611, 722, 667, 944, 667, 667, 611, // A-Z
    278, 278, 278, 469, 556, 333, // [..`
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, // a-z
    334, 260, 334, 584, // {..~
];

/// Times-Roman widths of ASCII 32..=126.
const TIMES: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250,
    278, // space../
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, // 0-9
    278, 278, 564, 564, 564, 444, 921, // :..@
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556,
    611, 722, 722, 944, 722, 722, 611, // A-Z
    333, 278, 333, 469, 500, 333, // [..`
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, // a-z
    480, 200, 480, 541, // {..~
];

/// Widths of codes 0..=255 (in 1/1000 em) for a standard font, given each code's character.
pub fn for_font(base_font: &[u8], chars: &[Option<char>; 256]) -> Vec<f64> {
    let name = String::from_utf8_lossy(base_font).to_ascii_lowercase();
    let table = if name.contains("courier") || name.contains("mono") {
        None
    } else if name.contains("times") || name.contains("serif") || name.contains("roman") {
        Some(&TIMES)
    } else {
        Some(&HELVETICA)
    };
    chars
        .iter()
        .map(|c| match (table, c) {
            (None, _) => 600.0,
            (Some(t), Some(c)) if (' '..='~').contains(c) => f64::from(t[*c as usize - 32]),
            (Some(t), Some(_)) => f64::from(t[(b'n' - 32) as usize]),
            (Some(t), None) => f64::from(t[0]),
        })
        .collect()
}
