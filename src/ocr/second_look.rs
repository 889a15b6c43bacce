//! A second reading of the lines tesseract barely believed, with stamp ink whitened.
//!
//! Official stamps and signatures are printed over the signature block, exactly where the
//! name and office are. On a grey scan the stamp's ink is lighter than the print: within
//! the doubtful region, pixels split into paper, stamp and print, and a second Otsu split
//! among the inked pixels finds the level between stamp and print. Whitening everything
//! lighter than that leaves the print alone, and the region is read again. The new
//! reading replaces the old only if tesseract believes it clearly more and it keeps most
//! of the letters, so a region without a stamp comes out as it went in. Whitening the
//! whole page instead cost more in faint body text than it gained (see `whiten_above`).
//!
//! The unread space just above such a region is read the same way, on its own: a stamp
//! can hide a whole line (the place and date over a signature) of which the first reading
//! kept nothing.

use leptess::capi;

use crate::ocr::layout::{alnum_count, Word};
use crate::ocr::pix::Pix;
use crate::ocr::tess::Tesseract;

/// How many more confidently read letters the second reading must have to replace the
/// first: revealing a stamped word adds a whole word's letters.
const MIN_GAINED_LETTERS: usize = 3;

/// How far (0-100) the second reading's confidence in its words may fall below the first's.
const MAX_CONF_LOSS: f32 = 5.0;

/// Words at least this confident, of three letters or more, count as read.
const CONFIDENT: f32 = 80.0;

/// One OCR line: its box and mean confidence.
struct Line {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
    conf: f32,
    /// Letters and digits of its words: a line of specks and symbols bounds no region.
    alnums: usize,
}

/// A rectangle in page pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
}

impl Rect {
    fn contains_centre(&self, w: &Word) -> bool {
        let (x, y) = (w.left + w.width / 2, w.top + w.height / 2);
        x >= self.left && x < self.right && y >= self.top && y < self.bottom
    }
}

fn lines_of(words: &[Word]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0;
    for i in 1..=words.len() {
        let same = i < words.len()
            && (words[i].block, words[i].par, words[i].line)
                == (words[start].block, words[start].par, words[start].line);
        if same {
            continue;
        }
        let ws = &words[start..i];
        lines.push(Line {
            left: ws.iter().map(|w| w.left).min().unwrap_or(0),
            top: ws.iter().map(|w| w.top).min().unwrap_or(0),
            right: ws.iter().map(|w| w.left + w.width).max().unwrap_or(0),
            bottom: ws.iter().map(|w| w.top + w.height).max().unwrap_or(0),
            conf: letter_weighted_conf(ws.iter()),
            alnums: ws.iter().map(|w| alnum_count(&w.text)).sum(),
        });
        start = i;
    }
    lines
}

/// Mean confidence weighted by letters, so a long misread name counts more than a speck.
fn letter_weighted_conf<'a>(words: impl Iterator<Item = &'a Word>) -> f32 {
    let (mut sum, mut letters) = (0.0, 0usize);
    for w in words {
        let n = alnum_count(&w.text).max(1);
        sum += w.conf.max(0.0) * n as f32;
        letters += n;
    }
    if letters == 0 {
        0.0
    } else {
        sum / letters as f32
    }
}

fn letters(w: &Word) -> usize {
    w.text.chars().filter(|c| c.is_alphabetic()).count()
}

/// Letters in words tesseract is sure of: what a reading has actually read.
fn confident_letters<'a>(words: impl Iterator<Item = &'a Word>) -> usize {
    words
        .filter(|w| w.conf >= CONFIDENT && letters(w) >= 3)
        .map(letters)
        .sum()
}

/// Confidence in the words of three letters or more (signature strokes read as specks
/// are dropped from the page text anyway).
fn word_conf<'a>(words: impl Iterator<Item = &'a Word>) -> f32 {
    letter_weighted_conf(words.filter(|w| letters(w) >= 3))
}

/// Words with their confidences, for the debug log.
fn words_text<'a>(words: impl Iterator<Item = &'a Word>) -> String {
    words
        .map(|w| format!("{}({:.0})", w.text, w.conf))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Regions to read again: doubtful lines, merged with doubtful neighbours less than two
/// line heights away, padded by half a line.
fn doubtful_regions(lines: &[Line], below: f32, width: i32, height: i32) -> Vec<Rect> {
    let mut bad: Vec<&Line> = lines.iter().filter(|l| l.conf < below).collect();
    // Most of the page in doubt is a page problem (turned, blurred), not a stamp.
    if bad.is_empty() || bad.len() * 2 > lines.len() {
        return Vec::new();
    }
    bad.sort_by_key(|l| l.top);
    let mut regions: Vec<Rect> = Vec::new();
    for l in bad {
        let h = (l.bottom - l.top).max(10);
        if let Some(last) = regions.last_mut() {
            if l.top <= last.bottom + 2 * h {
                last.left = last.left.min(l.left);
                last.right = last.right.max(l.right);
                last.bottom = last.bottom.max(l.bottom);
                continue;
            }
        }
        regions.push(Rect {
            left: l.left,
            top: l.top,
            right: l.right,
            bottom: l.bottom,
        });
    }
    // Whole lines: a confident word beside the doubtful ones (`SELATAN,` after a stamped
    // `PROVINSI`) must not be cut in two at the region's edge.
    for r in &mut regions {
        for l in lines {
            if l.top < r.bottom && l.bottom > r.top {
                r.left = r.left.min(l.left);
                r.right = r.right.max(l.right);
            }
        }
    }
    for r in &mut regions {
        let pad = ((r.bottom - r.top) / 4).clamp(10, 60);
        r.left = (r.left - 2 * pad).max(0);
        r.top = (r.top - pad).max(0);
        r.right = (r.right + 2 * pad).min(width);
        r.bottom = (r.bottom + pad).min(height);
    }
    regions
}

/// The unread space above each doubtful region, up to five word heights (about three
/// lines) or the nearest line read with words: a stamp over a signature can hide whole
/// lines (`Sigli, 11 Maret 2024` and `Kepala,` above the name) of which tesseract reported
/// nothing. Read apart from the region, so that a failed reading of the gap cannot spoil
/// the region's. Below the name, a gap read the signature's strokes as junk, at a cost.
fn unread_gaps(lines: &[Line], regions: &[Rect]) -> Vec<Rect> {
    let mut heights: Vec<i32> = lines.iter().map(|l| l.bottom - l.top).collect();
    heights.sort_unstable();
    let line_h = heights
        .get(heights.len() / 2)
        .copied()
        .unwrap_or(30)
        .max(10);
    let mut gaps = Vec::new();
    for r in regions {
        let beside = |left: i32, right: i32| left < r.right && right > r.left;
        // What bounds a gap: lines with words in them, and the other regions; a line
        // reaching into the padded region bounds it at the region's edge.
        let top = lines
            .iter()
            .filter(|l| l.alnums >= 3 && beside(l.left, l.right))
            .map(|l| (l.top, l.bottom))
            .chain(
                regions
                    .iter()
                    .filter(|o| *o != r && beside(o.left, o.right))
                    .map(|o| (o.top, o.bottom)),
            )
            .filter(|b| b.0 < r.top)
            .map(|b| b.1.min(r.top))
            .fold(r.top - 5 * line_h, i32::max)
            .max(0);
        if r.top - top >= line_h {
            gaps.push(Rect {
                left: r.left,
                top,
                right: r.right,
                bottom: r.top,
            });
        }
    }
    gaps
}

/// Otsu's threshold over `hist[..end]`: the level that best splits it in two.
fn otsu(hist: &[u64; 256], end: usize) -> usize {
    let total: u64 = hist[..end].iter().sum();
    let sum: f64 = hist[..end]
        .iter()
        .enumerate()
        .map(|(i, n)| i as f64 * *n as f64)
        .sum();
    let (mut weight_b, mut sum_b, mut best, mut best_var) = (0u64, 0.0f64, 0usize, 0.0f64);
    for (t, n) in hist[..end].iter().enumerate() {
        weight_b += n;
        if weight_b == 0 {
            continue;
        }
        let weight_f = total - weight_b;
        if weight_f == 0 {
            break;
        }
        sum_b += t as f64 * *n as f64;
        let mean_b = sum_b / weight_b as f64;
        let mean_f = (sum - sum_b) / weight_f as f64;
        let var = weight_b as f64 * weight_f as f64 * (mean_b - mean_f).powi(2);
        if var > best_var {
            best_var = var;
            best = t;
        }
    }
    best
}

/// The region cut out of an 8-bit page, with stamp-light ink whitened; None for other
/// depths (a bilevel scan has no lighter stamp ink to tell apart).
fn whitened_region(pix: &Pix, r: Rect) -> Option<Pix> {
    if pix.depth() != 8 {
        return None;
    }
    // SAFETY: the box is created and destroyed here; pixClipRectangle returns a new PIX
    // (owned by the returned Pix) or null; pixel reads stay within the clipped image's
    // rows of `wpl` 32-bit words, and the in-place threshold writes only within it.
    unsafe {
        let mut b = capi::boxCreate(r.left, r.top, r.right - r.left, r.bottom - r.top);
        if b.is_null() {
            return None;
        }
        let clip = Pix::from_raw(capi::pixClipRectangle(
            pix.as_ptr(),
            b,
            std::ptr::null_mut(),
        ));
        capi::boxDestroy(&mut b);
        let clip = clip?;
        let (w, h) = (clip.width() as usize, clip.height() as usize);
        let wpl = capi::pixGetWpl(clip.as_ptr()) as usize;
        let data = capi::pixGetData(clip.as_ptr()) as *const u32;
        if data.is_null() {
            return None;
        }
        let mut hist = [0u64; 256];
        for y in 0..h {
            let row = data.add(y * wpl);
            for x in 0..w {
                // Leptonica packs 8-bit pixels big-end first in each 32-bit word.
                let word = *row.add(x / 4);
                let v = (word >> (24 - 8 * (x % 4))) & 0xff;
                hist[v as usize] += 1;
            }
        }
        let paper = otsu(&hist, 256);
        let print = otsu(&hist, paper + 1);
        if print == 0 {
            return None;
        }
        capi::pixThresholdToValue(clip.as_ptr(), clip.as_ptr(), print as i32 + 1, 255);
        Some(clip)
    }
}

/// The page's words with its doubtful regions read again where that reads clearly better.
pub fn improve(
    engine: &mut Tesseract,
    pix: &Pix,
    dpi: u32,
    words: Vec<Word>,
    below: f32,
) -> Vec<Word> {
    let lines = lines_of(&words);
    let regions = doubtful_regions(&lines, below, pix.width() as i32, pix.height() as i32);
    let gaps = unread_gaps(&lines, &regions);
    let mut replaced: Vec<(Rect, Vec<Word>)> = Vec::new();
    let mut accepted: Vec<Rect> = Vec::new();
    let mut unplaced: Vec<(Rect, Vec<Word>)> = Vec::new();
    for (n, r) in regions.into_iter().chain(gaps).enumerate() {
        let Some(clip) = whitened_region(pix, r) else {
            continue;
        };
        let Ok(mut second) = engine.read_words(&clip, dpi) else {
            continue;
        };
        let first: Vec<&Word> = words.iter().filter(|w| r.contains_centre(w)).collect();
        let gained = confident_letters(second.iter())
            >= confident_letters(first.iter().copied()) + MIN_GAINED_LETTERS;
        let conf_kept =
            word_conf(second.iter()) >= word_conf(first.iter().copied()) - MAX_CONF_LOSS;
        tracing::debug!(
            ?r,
            gained,
            conf_kept,
            first = %words_text(first.iter().copied()),
            second = %words_text(second.iter()),
            "second look"
        );
        if !gained || !conf_kept {
            continue;
        }
        for w in &mut second {
            w.left += r.left;
            w.top += r.top;
            // Their own blocks, apart from the page's.
            w.block += 10_000 * (n as u32 + 1);
        }
        if first.is_empty() {
            // Nothing of the first reading to take the place of: the lines go in before
            // the first word below the gap in its column.
            unplaced.push((r, second));
        } else {
            accepted.push(r);
            replaced.push((r, second));
        }
    }
    if replaced.is_empty() && unplaced.is_empty() {
        return words;
    }
    let second: Vec<Word> = replaced.into_iter().flat_map(|(_, ws)| ws).collect();
    let in_region = |w: &Word| accepted.iter().any(|r| r.contains_centre(w));
    let mut merged = merge_lines(words, &second, in_region, below);
    for (r, ws) in unplaced {
        insert_before_words_below(&mut merged, r, ws);
    }
    merged
}

/// Inserts the words read in `r` before the first word below `r` in its column, or at the
/// end: where reading order puts lines that no first-reading line stands for.
fn insert_before_words_below(words: &mut Vec<Word>, r: Rect, new: Vec<Word>) {
    let at = words
        .iter()
        .position(|w| w.top >= r.bottom && w.left < r.right && w.left + w.width > r.left)
        .unwrap_or(words.len());
    words.splice(at..at, new);
}

type LineKey = (u32, u32, u32);

fn key(w: &Word) -> LineKey {
    (w.block, w.par, w.line)
}

/// Puts the second reading's lines in place of the first's, keeping the page's reading
/// order: each second line joins the first line it overlaps most (two columns read as one
/// line stay one line), or follows the nearest one if it overlaps none (a line the stamp
/// hid). Doubtful first lines the second reading has nothing for were stamp debris and go;
/// confident ones stay.
fn merge_lines(
    words: Vec<Word>,
    second: &[Word],
    in_region: impl Fn(&Word) -> bool,
    below: f32,
) -> Vec<Word> {
    let replaced_keys: Vec<LineKey> = {
        let mut keys: Vec<LineKey> = words.iter().filter(|w| in_region(w)).map(key).collect();
        keys.dedup();
        keys
    };
    let first_lines: Vec<(LineKey, Line)> = lines_of(&words)
        .into_iter()
        .zip(line_keys(&words))
        .filter(|(_, k)| replaced_keys.contains(k))
        .map(|(l, k)| (k, l))
        .collect();
    let mut joined: Vec<(LineKey, Vec<Word>)> = Vec::new();
    // Second lines that overlap no first line go just before or after the nearest one.
    let mut preceding: Vec<(LineKey, Vec<Word>)> = Vec::new();
    let mut following: Vec<(LineKey, Vec<Word>)> = Vec::new();
    for (second_line, ws) in lines_of(second).into_iter().zip(line_groups(second)) {
        let overlap = |l: &Line| {
            let v = l.bottom.min(second_line.bottom) - l.top.max(second_line.top);
            let h = l.right.min(second_line.right) - l.left.max(second_line.left);
            if h > 0 {
                v
            } else {
                0
            }
        };
        let best = first_lines
            .iter()
            .map(|(k, l)| (overlap(l), *k, l))
            .max_by_key(|(v, _, _)| *v);
        match best {
            Some((v, k, _)) if v > 0 => match joined.iter_mut().find(|(jk, _)| *jk == k) {
                Some((_, list)) => list.extend(ws.iter().cloned()),
                None => joined.push((k, ws.to_vec())),
            },
            _ => {
                let centre = |top: i32, bottom: i32| (top + bottom) / 2;
                let mid = centre(second_line.top, second_line.bottom);
                let nearest = first_lines
                    .iter()
                    .min_by_key(|(_, l)| (centre(l.top, l.bottom) - mid).abs());
                if let Some((k, l)) = nearest {
                    let side = if mid < centre(l.top, l.bottom) {
                        &mut preceding
                    } else {
                        &mut following
                    };
                    side.push((*k, ws.to_vec()));
                }
            }
        }
    }
    let kept_keys: Vec<LineKey> = first_lines
        .iter()
        .filter(|(k, l)| l.conf >= below && !joined.iter().any(|(jk, _)| jk == k))
        .map(|(k, _)| *k)
        .collect();
    let mut out = Vec::with_capacity(words.len());
    let mut done: Vec<LineKey> = Vec::new();
    for w in words {
        let k = key(&w);
        if !replaced_keys.contains(&k) || kept_keys.contains(&k) {
            out.push(w);
            continue;
        }
        if done.contains(&k) {
            continue;
        }
        done.push(k);
        for (_, list) in preceding.iter().filter(|(pk, _)| *pk == k) {
            out.extend(list.iter().cloned());
        }
        if let Some((_, list)) = joined.iter().find(|(jk, _)| *jk == k) {
            let mut list = list.clone();
            list.sort_by_key(|w| w.left);
            out.extend(list.into_iter().map(|mut x| {
                (x.block, x.par, x.line) = k;
                x
            }));
        }
        for (_, list) in following.iter().filter(|(fk, _)| *fk == k) {
            out.extend(list.iter().cloned());
        }
    }
    out
}

/// The key of each line, in the order `lines_of` returns the lines.
fn line_keys(words: &[Word]) -> Vec<LineKey> {
    line_groups(words).iter().map(|g| key(&g[0])).collect()
}

/// The words of each line, in order.
fn line_groups(words: &[Word]) -> Vec<&[Word]> {
    words.chunk_by(|a, b| key(a) == key(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(line: u32, left: i32, conf: f32, text: &str) -> Word {
        crate::ocr::layout::test_word(1, line, left, 100, conf, text)
    }

    #[test]
    fn doubtful_lines_close_together_make_one_region() {
        let words = vec![
            w(1, 0, 95.0, "Demikian"),
            w(2, 0, 94.0, "disampaikan"),
            w(3, 0, 40.0, "KETu"),
            w(4, 0, 30.0, "BAM"),
            w(4, 110, 60.0, "NOOR,"),
            w(5, 0, 92.0, "Tembusan"),
            w(6, 0, 93.0, "Gubernur"),
        ];
        let lines = lines_of(&words);
        let regions = doubtful_regions(&lines, 70.0, 2000, 3000);
        assert_eq!(regions.len(), 1);
        let r = regions[0];
        assert!(r.contains_centre(&words[2]) && r.contains_centre(&words[3]));
        assert!(!r.contains_centre(&words[0]) && !r.contains_centre(&words[6]));
    }

    #[test]
    fn the_unread_space_above_a_doubtful_line_is_read_apart() {
        let words = vec![
            w(1, 0, 95.0, "Demikian"),
            // A stamp left only specks where `Sigli, 11 Maret 2024` stands.
            w(3, 0, 72.0, "$"),
            w(5, 0, 40.0, "MUSLlM"),
            w(9, 0, 95.0, "Tembusan"),
        ];
        let lines = lines_of(&words);
        let regions = doubtful_regions(&lines, 70.0, 2000, 3000);
        assert_eq!(regions.len(), 1);
        let gaps = unread_gaps(&lines, &regions);
        assert_eq!(gaps.len(), 1, "{gaps:?}");
        assert!(gaps[0].contains_centre(&words[1]));
        assert!(!gaps[0].contains_centre(&words[0]) && !gaps[0].contains_centre(&words[2]));
        assert_eq!(gaps[0].bottom, regions[0].top);
    }

    #[test]
    fn a_gap_read_where_nothing_was_goes_before_the_words_below_it() {
        let mut words = vec![
            w(1, 0, 95.0, "Demikian"),
            w(6, 900, 95.0, "H."),
            w(6, 1000, 95.0, "MUSLIM"),
        ];
        let gap = Rect {
            left: 800,
            top: 100,
            right: 1500,
            bottom: 290,
        };
        insert_before_words_below(&mut words, gap, vec![w(4, 900, 90.0, "Kepala,")]);
        let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["Demikian", "Kepala,", "H.", "MUSLIM"]);
    }

    #[test]
    fn a_page_mostly_in_doubt_is_left_alone() {
        let words = vec![
            w(1, 0, 30.0, "xx"),
            w(2, 0, 20.0, "yy"),
            w(3, 0, 90.0, "Pasal"),
        ];
        assert!(doubtful_regions(&lines_of(&words), 70.0, 2000, 3000).is_empty());
    }

    #[test]
    fn otsu_splits_print_from_stamp_ink() {
        let mut hist = [0u64; 256];
        hist[30] = 400; // print
        hist[130] = 600; // stamp
        hist[220] = 9000; // paper
        let paper = otsu(&hist, 256);
        assert!((130..220).contains(&paper), "{paper}");
        let print = otsu(&hist, paper + 1);
        assert!((30..130).contains(&print), "{print}");
    }

    #[test]
    fn second_lines_take_the_place_of_the_first_ones_they_overlap() {
        let words = vec![
            w(1, 0, 95.0, "Ditetapkan"),
            w(2, 0, 90.0, "KETUA"),
            w(3, 0, 30.0, "KETu"),
            w(4, 0, 10.0, "BAM"),
            w(4, 110, 10.0, "ADI"),
            w(5, 0, 92.0, "Tembusan"),
        ];
        let region = Rect {
            left: 0,
            top: 90,
            right: 400,
            bottom: 240,
        };
        let mut second = vec![w(4, 0, 93.0, "RAHMADI"), w(4, 120, 93.0, "NOOR,")];
        for x in &mut second {
            x.block = 10_001;
            x.top += 5;
        }
        let merged = merge_lines(words, &second, |x| region.contains_centre(x), 70.0);
        let text: Vec<&str> = merged.iter().map(|x| x.text.as_str()).collect();
        // The confident line stays, the stamp debris goes, the misread name is replaced
        // in its place.
        assert_eq!(
            text,
            ["Ditetapkan", "KETUA", "RAHMADI", "NOOR,", "Tembusan"]
        );
    }
}
