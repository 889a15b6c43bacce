//! Glyphs to words: a word ends at a space character or where the next glyph starts
//! further away than a tenth of an em (poppler's `minWordBreakSpace`), so text written
//! without space characters (each word placed on its own, or spaces made by `TJ` offsets)
//! still comes out with its spaces, and letter-spaced headings stay whole.

use super::content::Glyph;
use crate::layout::Word;

/// A gap, in ems, that separates two words.
const WORD_GAP_EM: f64 = 0.1;
/// Glyphs on baselines closer than this, in ems, are on one line.
const SAME_LINE_EM: f64 = 0.35;

/// The words of glyphs of one reading direction.
pub fn words(glyphs: Vec<&Glyph>) -> Vec<Word> {
    let lines =
        crate::layout::group_lines(glyphs, |g| (g.x, g.x + g.adv, g.y, g.size), SAME_LINE_EM);
    let mut out = Vec::new();
    for mut line in lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut word: Option<Word> = None;
        let mut last: Option<&Glyph> = None;
        for g in line {
            if g.text.is_empty() {
                continue;
            }
            if g.is_blank() {
                out.extend(word.take());
                last = Some(g);
                continue;
            }
            if let (Some(w), Some(p)) = (word.as_mut(), last) {
                let gap = g.x - (p.x + p.adv);
                // Fake bold: the same glyph drawn again a hair to the side.
                if g.text == p.text && (g.x - p.x).abs() < 0.1 * g.size.max(p.size) && !p.is_blank()
                {
                    continue;
                }
                if gap <= WORD_GAP_EM * g.size.max(p.size) {
                    push_text(&mut w.text, &g.text);
                    w.x1 = w.x1.max(g.x + g.adv);
                    w.size = w.size.max(g.size);
                    last = Some(g);
                    continue;
                }
            }
            out.extend(word.take());
            let mut text = String::new();
            push_text(&mut text, &g.text);
            word = Some(Word {
                x0: g.x,
                x1: g.x + g.adv,
                y: g.y,
                size: g.size,
                text,
            });
            last = Some(g);
        }
        out.extend(word.take());
    }
    out.retain(|w| !w.text.is_empty());
    out
}

/// Appends a glyph's text: ligatures spelled out, no-break spaces and controls dropped.
fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            c if c.is_control() || c.is_whitespace() => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(x: f64, adv: f64, text: &str) -> Glyph {
        Glyph {
            x,
            adv,
            y: 100.0,
            size: 10.0,
            dir: 0,
            text: text.into(),
        }
    }

    fn texts(glyphs: &[Glyph]) -> Vec<String> {
        words(glyphs.iter().collect())
            .into_iter()
            .map(|w| w.text)
            .collect()
    }

    #[test]
    fn gaps_and_spaces_split_words() {
        // "ab" then a 3 pt gap without a space glyph, then "c", a space, "d".
        let gl = [
            g(0.0, 5.0, "a"),
            g(5.0, 5.0, "b"),
            g(13.0, 5.0, "c"),
            g(18.0, 2.5, " "),
            g(20.5, 5.0, "d"),
        ];
        assert_eq!(texts(&gl), ["ab", "c", "d"]);
    }

    #[test]
    fn kerning_and_fake_bold_stay_inside_a_word() {
        let gl = [
            g(0.0, 5.0, "A"),
            g(4.6, 5.0, "V"),
            g(4.7, 5.0, "V"),
            g(10.4, 5.0, "\u{fb01}"),
        ];
        assert_eq!(texts(&gl), ["AVfi"]);
    }
}
