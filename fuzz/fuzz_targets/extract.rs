//! Record extraction over arbitrary text, pages split on form feed as in a text file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskah::extract::{extract, lines, rules::Rules};

fuzz_target!(|text: &str| {
    let pages: Vec<&str> = text.split('\u{c}').collect();
    // Spans are byte offsets into the page text only if cleaning keeps every offset.
    let joined = pages.join("\n");
    assert_eq!(lines::clean_ocr_text(&joined).len(), joined.len());
    let found = extract(&pages, &Rules::default());
    for e in &found.evidence {
        assert!(e.page >= 1 && (e.page as usize) <= pages.len(), "{e:?}");
        let page = pages[e.page as usize - 1];
        assert!(e.start <= e.end, "{e:?}");
        assert!(page.is_char_boundary(e.start.min(page.len())), "{e:?}");
        assert!(e.start <= page.len(), "{e:?}");
    }
});
