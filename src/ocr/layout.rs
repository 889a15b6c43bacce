//! Page text from tesseract's word boxes (its TSV output) instead of its plain text.
//!
//! Tesseract's plain text runs two side-by-side blocks into one line ("PIHAK KEDUA,
//! PIHAK PERTAMA,") and keeps the specks it reads in stamps and signatures. With the word
//! boxes, a wide horizontal gap inside a line becomes a tab (the same column convention as
//! the PDF text layer), and words tesseract itself barely believes are dropped.

use std::collections::HashMap;

/// One recognised word.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub block: u32,
    pub par: u32,
    pub line: u32,
    pub left: i32,
    pub top: i32,
    pub width: i32,
    pub height: i32,
    pub conf: f32,
    pub text: String,
}

/// Parses tesseract's TSV (level 5 rows are words).
pub fn parse_tsv(tsv: &str) -> Vec<Word> {
    tsv.lines()
        .filter_map(|row| {
            let f: Vec<&str> = row.split('\t').collect();
            if f.len() < 12 || f[0] != "5" {
                return None;
            }
            let text = f[11..].join("\t").trim().to_string();
            if text.is_empty() {
                return None;
            }
            Some(Word {
                block: f[2].parse().ok()?,
                par: f[3].parse().ok()?,
                line: f[4].parse().ok()?,
                left: f[6].parse().ok()?,
                top: f[7].parse().ok()?,
                width: f[8].parse().ok()?,
                height: f[9].parse().ok()?,
                conf: f[10].parse().ok()?,
                text,
            })
        })
        .collect()
}

/// Letters and digits in a word's text.
pub(crate) fn alnum_count(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// Whether a low-confidence word is debris rather than a misread real word: short, or
/// mostly symbols.
fn is_debris(w: &Word, min_conf: f32) -> bool {
    if w.conf >= min_conf {
        return false;
    }
    let letters = alnum_count(&w.text);
    letters <= 2 || letters * 2 < w.text.chars().count()
}

/// Which words to keep: debris goes, unless it sits between two confidently read words
/// of its line. Stamps and signatures leave their marks among other marks; a short word
/// tesseract doubts inside a clean line is a real one (`Nomor 23 Tahun`, `tanggal 5
/// Oktober`, `Menimbang : bahwa`), and dropping it loses the number.
fn kept_words(words: &[Word], min_conf: f32) -> Vec<&Word> {
    let same_line = |a: &Word, b: &Word| (a.block, a.par, a.line) == (b.block, b.par, b.line);
    let alnum = |w: &Word| alnum_count(&w.text);
    // A sure neighbour is a word, not a table rule or a dash.
    let sure = |w: Option<&Word>| w.is_some_and(|w| w.conf >= min_conf && alnum(w) >= 2);
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            if !is_debris(w, min_conf) {
                return true;
            }
            let prev = i
                .checked_sub(1)
                .map(|j| &words[j])
                .filter(|p| same_line(p, w));
            let next = words.get(i + 1).filter(|n| same_line(n, w));
            // A lone doubtful digit is as often a misread `:` or `|` as a number.
            let real = alnum(w) >= 2 || w.text == ":";
            real && sure(prev) && sure(next)
        })
        .map(|(_, w)| w)
        .collect()
}

/// Mean confidence of the words (0-100), as tesseract's MeanTextConf.
pub fn mean_confidence(words: &[Word]) -> f32 {
    if words.is_empty() {
        return 0.0;
    }
    words.iter().map(|w| w.conf.max(0.0)).sum::<f32>() / words.len() as f32
}

/// A tesseract line: block, paragraph and line number.
type LineKey = (u32, u32, u32);

/// Rebuilds the page text from the kept words through the shared page layout
/// ([`crate::layout`]), as for a PDF text layer: rows by baseline, columns read one after
/// the other, a tab where a row jumps across a gap wider than `gap_em` ems. Tesseract's own
/// lines only give each word its baseline and size (a word's box bottom moves with its
/// descenders; its line's does not); its blocks and reading order are not used, because
/// it runs two narrow columns into one line.
pub fn page_text(words: &[Word], min_conf: f32, gap_em: f32) -> String {
    let kept = kept_words(words, min_conf);
    // Per tesseract line: its words' box bottoms and heights.
    let mut lines: HashMap<LineKey, (Vec<i32>, Vec<i32>)> = HashMap::new();
    for w in &kept {
        let entry = lines.entry((w.block, w.par, w.line)).or_default();
        entry.0.push(w.top + w.height);
        entry.1.push(w.height);
    }
    let median = |v: &mut Vec<i32>| {
        v.sort_unstable();
        v.get(v.len() / 2).copied().unwrap_or(0)
    };
    let line_shape: HashMap<LineKey, (f64, f64)> = lines
        .into_iter()
        .map(|(k, (mut bottoms, mut heights))| {
            // Word boxes are about 0.8 em tall (capitals and ascenders); the em sets the gaps.
            let size = f64::from(median(&mut heights).max(1)) / 0.8;
            (k, (f64::from(median(&mut bottoms)), size))
        })
        .collect();
    let words: Vec<crate::layout::Word> = kept
        .iter()
        .map(|w| {
            let (y, size) = line_shape
                .get(&(w.block, w.par, w.line))
                .copied()
                .unwrap_or((f64::from(w.top + w.height), f64::from(w.height)));
            crate::layout::Word {
                x0: f64::from(w.left),
                x1: f64::from(w.left + w.width),
                y,
                size,
                text: w.text.clone(),
            }
        })
        .collect();
    crate::layout::page_text(words, &[], f64::from(gap_em) * 0.8)
}

/// A word of paragraph 1 for tests: lines are 50 pixels apart, words 30 high.
#[cfg(test)]
pub(crate) fn test_word(
    block: u32,
    line: u32,
    left: i32,
    width: i32,
    conf: f32,
    text: &str,
) -> Word {
    Word {
        block,
        par: 1,
        line,
        left,
        top: line as i32 * 50,
        width,
        height: 30,
        conf,
        text: text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_word as w;

    #[test]
    fn blocks_side_by_side_read_in_turn_and_debris_goes() {
        let words = vec![
            w(1, 1, 100, 120, 95.0, "PIHAK"),
            w(1, 1, 230, 120, 95.0, "KEDUA,"),
            w(1, 1, 900, 120, 93.0, "PIHAK"),
            w(1, 1, 1030, 160, 91.0, "PERTAMA,"),
            w(1, 2, 100, 20, 12.0, "~"),
            w(1, 2, 130, 200, 40.0, "KHALILLURAHMAN"),
            w(2, 4, 100, 200, 90.0, "Tembusan"),
        ];
        // The two blocks side by side are read one after the other.
        assert_eq!(
            page_text(&words, 30.0, 4.0),
            "PIHAK KEDUA,\nKHALILLURAHMAN\n\tPIHAK PERTAMA,\nTembusan\n"
        );
    }

    /// A doubtful short word stays only between two sure words of its line.
    #[test]
    fn doubtful_short_words_stay_inside_clean_lines() {
        // (words of one line as (text, confidence), the text kept)
        let cases: &[(&[(&str, f32)], &str)] = &[
            (
                &[("Nomor", 96.0), ("23", 41.0), ("Tahun", 95.0)],
                "Nomor 23 Tahun",
            ),
            (
                &[("Menimbang", 93.0), (":", 20.0), ("bahwa", 90.0)],
                "Menimbang : bahwa",
            ),
            // A lone digit is as often a misread colon.
            (
                &[("Jabatan", 92.0), ("1", 35.0), ("Kepala", 94.0)],
                "Jabatan Kepala",
            ),
            // Beside a table rule, or at the end of a line, it is debris.
            (&[("|", 95.0), (":", 30.0), ("TENTANG", 95.0)], "| TENTANG"),
            (&[("Bupati", 95.0), ("23", 30.0)], "Bupati"),
            (&[("~", 12.0), ("aa", 20.0), ("ee", 25.0)], ""),
        ];
        for (line, expected) in cases {
            let words: Vec<Word> = line
                .iter()
                .enumerate()
                .map(|(i, (text, conf))| w(1, 1, 100 + 60 * i as i32, 50, *conf, text))
                .collect();
            assert_eq!(
                page_text(&words, 70.0, 4.0).trim_end(),
                *expected,
                "{line:?}"
            );
        }
    }

    #[test]
    fn lines_in_the_right_part_start_with_a_tab() {
        let words = vec![
            w(1, 1, 100, 300, 95.0, "PIHAK"),
            w(1, 1, 1000, 300, 95.0, "BUPATI,"),
            w(1, 2, 1000, 300, 92.0, "GUSTI"),
            w(1, 3, 100, 300, 92.0, "IRWAN"),
        ];
        assert_eq!(
            page_text(&words, 30.0, 4.0),
            "PIHAK\tBUPATI,\n\tGUSTI\nIRWAN\n"
        );
    }

    #[test]
    fn parses_word_rows() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t96.5\tNOMOR\n\
                   4\t1\t1\t1\t1\t0\t10\t20\t300\t40\t-1\t\n";
        let words = parse_tsv(tsv);
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].text, "NOMOR");
        assert_eq!(words[0].conf, 96.5);
    }
}
