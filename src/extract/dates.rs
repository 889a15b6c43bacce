//! Calendar dates in Indonesian text: long form, numeric, abbreviated months, words.
//!
//! Day always comes before month. A date must stand alone: digits glued to it (NIPs such
//! as `19650101 199003 1 010`, numbers such as `900/11/2023`) never count.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::extract::numwords;

/// A date found in the text, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub date: NaiveDate,
    pub start: usize,
    pub end: usize,
}

/// Month number of an Indonesian (or English) month name or abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    Some(match n {
        "januari" | "jan" | "january" => 1,
        "februari" | "pebruari" | "feb" | "peb" | "february" => 2,
        "maret" | "mar" | "march" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "jun" | "june" => 6,
        "juli" | "jul" | "july" => 7,
        "agustus" | "agt" | "agust" | "agu" | "ags" | "aug" | "august" => 8,
        "september" | "sept" | "sep" | "spt" => 9,
        "oktober" | "okt" | "oct" | "october" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "des" | "dec" | "december" => 12,
        _ => return None,
    })
}

const MONTHS: &str = r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|jan|feb|peb|mar|apr|jun|jul|agt|agust|agu|ags|aug|sept|sep|okt|oct|nov|nop|des|dec)";

static LONG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^\w/.-]|,[-–])([\dOlI]{{1,2}})(?:\s*(?:-|–|s\.?d\.?|sampai dengan|hingga|dan)\s*(\d{{1,2}}))?\s+({MONTHS})\.?,?\s+([\dOlI]{{4}})(?:[^\w/]|$)"
    ))
    .expect("valid regex")
});

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\w/.\-])(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})(?:[^\w/.\-]|[.\-](?:\s|$)|$)")
        .expect("valid regex")
});

static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)tanggal[\s:.,]+((?:[a-z]+\s+){{0,3}}?)bulan[\s:.,]+({MONTHS})[\s:.,]+tahun[\s:.,]+((?:[a-z]+\s*){{1,6}})"
    ))
    .expect("valid regex")
});

/// A day or year as OCR reads a typed or handwritten one, letters for look-alike digits
/// (`O1 Oktober 2O24`): the number, if enough of it is digits to be one (a day needs one
/// digit, a year two).
fn ocr_number(s: &str, min_digits: usize) -> Option<i32> {
    if s.chars().filter(char::is_ascii_digit).count() < min_digits {
        return None;
    }
    s.chars()
        .map(|c| match c {
            'O' => Some('0'),
            'l' | 'I' => Some('1'),
            c if c.is_ascii_digit() => Some(c),
            _ => None,
        })
        .collect::<Option<String>>()?
        .parse()
        .ok()
}

fn make(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

fn two_digit_year(y: i32) -> i32 {
    if y < 70 {
        2000 + y
    } else {
        1900 + y
    }
}

/// Every date in `text`, in order of appearance (duplicates kept).
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for c in LONG.captures_iter(text) {
        let (Some(d1), Some(m), Some(y)) = (c.get(1), c.get(3), c.get(4)) else {
            continue;
        };
        let Some(month) = month_number(m.as_str()) else {
            continue;
        };
        let Some(year) = ocr_number(y.as_str(), 2) else {
            continue;
        };
        let day = ocr_number(d1.as_str(), 1).and_then(|d| u32::try_from(d).ok());
        if let Some(date) = day.and_then(|d| make(year, month, d)) {
            out.push(FoundDate {
                date,
                start: d1.start(),
                end: y.end(),
            });
        }
        if let Some(d2) = c.get(2) {
            if let Some(date) = d2.as_str().parse().ok().and_then(|d| make(year, month, d)) {
                out.push(FoundDate {
                    date,
                    start: d2.start(),
                    end: y.end(),
                });
            }
        }
    }
    for c in NUMERIC.captures_iter(text) {
        let (Some(d), Some(s1), Some(m), Some(s2), Some(y)) =
            (c.get(1), c.get(2), c.get(3), c.get(4), c.get(5))
        else {
            continue;
        };
        // The two separators must agree: 7/11/23 or 07-11-2023, never 7/11-23.
        if s1.as_str() != s2.as_str() {
            continue;
        }
        let Ok(mut year) = y.as_str().parse::<i32>() else {
            continue;
        };
        if y.as_str().len() == 2 {
            year = two_digit_year(year);
        }
        let (Ok(day), Ok(month)) = (d.as_str().parse(), m.as_str().parse()) else {
            continue;
        };
        if let Some(date) = make(year, month, day) {
            out.push(FoundDate {
                date,
                start: d.start(),
                end: y.end(),
            });
        }
    }
    for c in WORDS.captures_iter(text) {
        let (Some(day_words), Some(m), Some(year_words)) = (c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let day_tokens: Vec<&str> = day_words.as_str().split_whitespace().collect();
        let Some(day) = numwords::parse_words(&day_tokens) else {
            continue;
        };
        let year_tokens: Vec<&str> = year_words
            .as_str()
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .take_while(|w| numwords::is_number_word(w))
            .collect();
        let Some(year) = numwords::parse_words(&year_tokens) else {
            continue;
        };
        let Some(month) = month_number(m.as_str()) else {
            continue;
        };
        if let Some(date) = make(year as i32, month, day as u32) {
            out.push(FoundDate {
                date,
                start: c.get(0).map_or(0, |m| m.start()),
                end: year_words.end(),
            });
        }
    }
    out.sort_by_key(|f| f.start);
    out
}

/// Distinct dates, in order of first appearance.
pub fn distinct(found: &[FoundDate]) -> Vec<NaiveDate> {
    let mut seen = Vec::new();
    for f in found {
        if !seen.contains(&f.date) {
            seen.push(f.date);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<String> {
        find_dates(text)
            .iter()
            .map(|f| f.date.to_string())
            .collect()
    }

    #[test]
    fn sentence_shapes() {
        let cases: &[(&str, &[&str])] = &[
            ("Dikeluarkan di Martapura pada tanggal 28 September 2020", &["2020-09-28"]),
            ("Banjarbaru, 7 November 2023", &["2023-11-07"]),
            ("pada hari Senin, 12 Okt 2020 pukul 09.00", &["2020-10-12"]),
            ("tanggal 3 Sept. 2021", &["2021-09-03"]),
            ("Nop 2020", &[]),
            ("Selasa (7/11/23) di Banjarbaru", &["2023-11-07"]),
            ("Tanggal : 02/09/2024", &["2024-09-02"]),
            ("batas waktu 31-12-2020", &["2020-12-31"]),
            ("berlaku s.d. 31.12.2023.", &["2023-12-31"]),
            ("dilaksanakan 16-18 Juni 2020", &["2020-06-16", "2020-06-18"]),
            (
                "Pada hari ini Selasa tanggal tujuh bulan November tahun dua ribu dua puluh tiga, bertempat",
                &["2023-11-07"],
            ),
            ("tanggal tiga puluh satu bulan Maret tahun dua ribu dua puluh", &["2020-03-31"]),
            // OCR's stray colon after `bulan`.
            (
                "Pada hari ini Jumat tanggal sepuluh bulan: November tahun dua ribu dua puluh tiga, bertempat",
                &["2023-11-10"],
            ),
            ("Nomor 10 Tahun 2016", &[]),
            ("NIP. 19650101 199003 1 010", &[]),
            ("Nomor 900/11/2023/BPKAD", &[]),
            ("nomor 003/HK.01.00/K.KS/01/2020", &[]),
            ("31 Februari 2020", &[]),
            ("1 Agust 2022 dan 5 Des 2022", &["2022-08-01", "2022-12-05"]),
            // OCR's dash after a place-and-date line's comma.
            ("Denpasar,-22 Oktober 1998", &["1998-10-22"]),
            // Digits OCR read as look-alike letters, in a typed or handwritten day or year.
            ("Banjarbaru, O1 Oktober 2024", &["2024-10-01"]),
            ("Jakarta, l5 Maret 2O21", &["2021-03-15"]),
            ("tahun 2O2l pada l2 Mei 2O2l", &["2021-05-12"]),
            // A word is no day.
            ("Ol Oktober 2024 dan IO Mei 2020", &[]),
            // A year glued before the day is no date of this shape.
            ("periode 2021-22 Oktober 2023", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }
}
