//! Where each extracted value was read, as page and byte span in that page's text.

use crate::model::Evidence;

/// Maps offsets in the joined text (pages joined by `\n`) back to pages.
pub struct PageMap {
    starts: Vec<usize>,
}

impl PageMap {
    /// The page boundaries of `pages` joined with one `\n` between them.
    pub fn new(pages: &[&str]) -> PageMap {
        let mut starts = Vec::with_capacity(pages.len());
        let mut at = 0;
        for p in pages {
            starts.push(at);
            at += p.len() + 1;
        }
        PageMap { starts }
    }

    /// Evidence for `value` of `field` found at `start..end` of the joined text.
    pub fn evidence(&self, field: &str, value: &str, start: usize, end: usize) -> Evidence {
        let page = self.starts.partition_point(|&s| s <= start).max(1);
        let base = self.starts[page - 1];
        Evidence {
            field: field.to_string(),
            value: value.to_string(),
            page: page as u32,
            start: start - base,
            end: end.saturating_sub(base),
        }
    }
}

/// The word runs (`\w+`) of a text with their byte spans.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.by_ref().find(|&(_, c)| is_word(c))?;
        let mut end = text.len();
        while let Some(&(i, c)) = rest.peek() {
            if !is_word(c) {
                end = i;
                break;
            }
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

fn same_word(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || (!a.is_ascii() && a.to_lowercase() == b.to_lowercase())
}

/// The first (or last) place `value` is written in `text`, tolerant of line breaks and
/// punctuation between its words: its words, whole and in order, with only non-word
/// characters between them, case ignored. Long values are located by their first eight
/// words. (A regular expression per value cost a fifth of a text-layer import in
/// compiling alone.)
pub fn locate(text: &str, value: &str, last: bool) -> Option<(usize, usize)> {
    let wanted: Vec<&str> = words(value).map(|(_, w)| w).take(8).collect();
    if wanted.is_empty() {
        return None;
    }
    let found: Vec<(usize, &str)> = words(text).collect();
    let at = |k: usize| -> Option<(usize, usize)> {
        let run = found.get(k..k + wanted.len())?;
        run.iter()
            .zip(&wanted)
            .all(|((_, w), v)| same_word(w, v))
            .then(|| (run[0].0, run[run.len() - 1].0 + run[run.len() - 1].1.len()))
    };
    let n = found.len().checked_sub(wanted.len())? + 1;
    if last {
        (0..n).rev().find_map(at)
    } else {
        (0..n).find_map(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_pages() {
        let pages = ["first page", "second\npage"];
        let map = PageMap::new(&pages);
        let joined = pages.join("\n");
        let at = joined.find("second").expect("present");
        let e = map.evidence("title", "second", at, at + 6);
        assert_eq!((e.page, e.start, e.end), (2, 0, 6));
        assert_eq!(&pages[1][e.start..e.end], "second");
    }

    #[test]
    fn values_are_found_across_line_breaks() {
        let text = "TENTANG\nPEMBERIAN HIBAH\nDAERAH TAHUN 2024";
        let (s, e) = locate(text, "PEMBERIAN HIBAH DAERAH TAHUN 2024", false).expect("found");
        assert_eq!(&text[s..e], "PEMBERIAN HIBAH\nDAERAH TAHUN 2024");
        let text = "Nomor 800/4580 dan nomor 800/458, lagi 800/458.";
        assert_eq!(locate(text, "800/458", false), Some((25, 32)));
        assert_eq!(locate(text, "800/458", true), Some((39, 46)));
        assert_eq!(locate(text, "tidak ada", false), None);
    }
}
