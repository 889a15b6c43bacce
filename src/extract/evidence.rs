//! Where each extracted value was read, as page and byte span in that page's text.

use std::sync::LazyLock;

use regex::Regex;

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

/// The first (or last) place `value` is written in `text`, tolerant of line breaks and
/// punctuation between its words. Long values are located by their first eight words.
pub fn locate(text: &str, value: &str, last: bool) -> Option<(usize, usize)> {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid regex"));
    let words: Vec<String> = WORD
        .find_iter(value)
        .take(8)
        .map(|m| regex::escape(m.as_str()))
        .collect();
    if words.is_empty() {
        return None;
    }
    let re = Regex::new(&format!(r"(?i){}", words.join(r"\W+"))).ok()?;
    let m = if last {
        re.find_iter(text).last()
    } else {
        re.find(text)
    }?;
    Some((m.start(), m.end()))
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
    }
}
