//! The field parsers one by one (dates, amounts, numbers in words, document numbers,
//! references), which run faster than the whole extraction and so get more executions.
#![no_main]

use libfuzzer_sys::fuzz_target;
use naskah::extract::{amounts, dates, numbers, numwords, references};

fuzz_target!(|text: &str| {
    let words: Vec<&str> = text.split_whitespace().collect();
    let _ = numwords::parse_words(&words);
    for d in dates::find_dates(text) {
        assert!(d.start <= d.end && d.end <= text.len());
    }
    for a in amounts::find_amounts(text) {
        assert!(a.start <= a.end && a.end <= text.len());
    }
    let own = numbers::find_own_numbers(text);
    for n in &own {
        let _ = numbers::classification(&n.number);
    }
    let spans: Vec<(usize, usize)> = own.iter().map(|n| (n.start, n.end)).collect();
    let _ = references::find_references(text, &spans);
    let _ = numbers::repair(text);
});
