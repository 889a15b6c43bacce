//! Advance widths of the standard fonts, for PDFs that name Times, Helvetica or Courier
//! without a `Widths` array (PDF 1.x allows it for the standard 14 fonts). The tables
//! (`std_widths/data.rs`, made by `tools/make_std_widths.py`) hold the printable ASCII
//! widths of each face; other characters take the width of `n`. Words are told apart by
//! the gaps between glyphs, so a bold face measured with the regular widths would move the
//! spaces of a line of capitals into the words.

#[rustfmt::skip]
mod data;

use data::*;

/// Widths of codes 0..=255 (in 1/1000 em) for a standard font, given each code's character.
pub fn for_font(base_font: &[u8], chars: &[Option<char>; 256]) -> Vec<f64> {
    let name = String::from_utf8_lossy(base_font).to_ascii_lowercase();
    let bold = name.contains("bold") || name.contains("black") || name.contains("heavy");
    let slanted = name.contains("italic") || name.contains("oblique");
    let table = if name.contains("courier") || name.contains("mono") {
        None
    } else if name.contains("times") || name.contains("serif") || name.contains("roman") {
        Some(match (bold, slanted) {
            (false, false) => &TIMES_ROMAN,
            (true, false) => &TIMES_BOLD,
            (false, true) => &TIMES_ITALIC,
            (true, true) => &TIMES_BOLD_ITALIC,
        })
    } else {
        Some(match (bold, slanted) {
            (false, false) => &HELVETICA,
            (true, false) => &HELVETICA_BOLD,
            (false, true) => &HELVETICA_OBLIQUE,
            (true, true) => &HELVETICA_BOLD_OBLIQUE,
        })
    };
    chars
        .iter()
        .map(|c| match (table, c) {
            (None, _) => 600.0,
            (Some(t), Some(c)) if (' '..='~').contains(c) => f64::from(t[*c as usize - 32]),
            (Some(t), Some(_)) => f64::from(t[usize::from(b'n' - 32)]),
            (Some(t), None) => f64::from(t[0]),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_capitals_are_wider_than_regular_ones() {
        let mut chars = [None; 256];
        chars[usize::from(b'H')] = Some('H');
        let regular = for_font(b"Times-Roman", &chars)[usize::from(b'H')];
        let bold = for_font(b"Times-Bold", &chars)[usize::from(b'H')];
        assert_eq!((regular, bold), (722.0, 778.0));
        assert_eq!(for_font(b"Courier", &chars)[usize::from(b'H')], 600.0);
    }
}
