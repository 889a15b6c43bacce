//! Money amounts: `Rp131.000.000.000,00`, `Rp 65.000.000.000,-`, `Rp. 750 juta`,
//! `Rp 1,2 triliun`, `131 milyar rupiah`, table cells under an `(Rp)` header, and amounts
//! in words (*terbilang*), which are checked against the digits they accompany.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numwords;
use crate::model::{Amount, Rupiah};

/// An amount found in the text, with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundAmount {
    pub amount: Amount,
    pub start: usize,
    pub end: usize,
}

const SCALE: &str = r"(?:ribu|juta|miliar|milyar|milliar|triliun|trilyun)";

/// `Rp` followed by digits, optionally a scale word.
static RP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\bRp\.?\s*(\d{{1,3}}(?:[.,\s]\d{{3}})+|\d+)(?:,(\d{{1,2}})|,\s?-|\.-)?(?:\s*({SCALE})\b)?"
    ))
    .expect("valid regex")
});

/// `Rp 1,2 triliun`, `Rp78,6 miliar`: a decimal comma before a scale word.
static RP_DECIMAL_SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\bRp\.?\s*(\d+),(\d+)\s*({SCALE})\b")).expect("valid regex")
});

/// `131 miliar rupiah` without the `Rp` prefix.
static SCALE_RUPIAH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^\w.,])(\d+(?:,\d+)?)\s*({SCALE})\s+rupiah\b"
    ))
    .expect("valid regex")
});

/// Bare money-shaped numbers: thousands groups and a `,00` cents part (table cells).
/// (Boundaries are checked by hand: table cells sit one space apart, and a regex that
/// consumed the space after one cell would miss the next.)
static BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{1,3}(?:\.\d{3})+),(\d{2}|-)").expect("valid regex"));

/// Whether a match at `start..end` stands alone: not glued to digits, letters or a `/`.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let next = after.next();
    let ok_before = before.is_none_or(|c| !(c.is_alphanumeric() || ".,/".contains(c)));
    let ok_after = match next {
        None => true,
        Some('.') | Some(',') => after.next().is_none_or(char::is_whitespace),
        Some(c) => !(c.is_alphanumeric() || c == '/'),
    };
    ok_before && ok_after
}

/// Words in parentheses after an amount: `(seratus tiga puluh satu miliar rupiah)`.
static WORDS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*\(\s*([a-z ]+?)\s*rupiah\s*\)").expect("valid regex"));

/// Amounts written in words only: `sebesar dua ratus lima puluh juta rupiah`.
static WORDS_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b((?:[a-z]+\s+){{0,14}}?[a-z]*\s*{SCALE})\s+rupiah\b"
    ))
    .expect("valid regex")
});

fn scale_of(word: &str) -> i64 {
    match word.to_lowercase().as_str() {
        "ribu" => 1_000,
        "juta" => 1_000_000,
        "miliar" | "milyar" | "milliar" => 1_000_000_000,
        "triliun" | "trilyun" => 1_000_000_000_000,
        _ => 1,
    }
}

fn digits_value(s: &str) -> Option<i64> {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn overlaps(found: &[FoundAmount], start: usize, end: usize) -> bool {
    found.iter().any(|f| start < f.end && f.start < end)
}

/// Every amount in `text` in order of appearance (duplicates kept).
pub fn find_amounts(text: &str) -> Vec<FoundAmount> {
    let mut found: Vec<FoundAmount> = Vec::new();
    let push = |found: &mut Vec<FoundAmount>, value: i64, start: usize, end: usize| {
        if value <= 0 || overlaps(found, start, end) {
            return;
        }
        let words = words_after(&text[end..]);
        found.push(FoundAmount {
            amount: Amount {
                value: Rupiah(value),
                currency: "IDR".into(),
                text: text[start..end].trim().to_string(),
                words_agree: words.map(|w| w == value),
                words_value: words.map(Rupiah),
            },
            start,
            end,
        });
    };
    for c in RP_DECIMAL_SCALE.captures_iter(text) {
        let (Some(whole), Some(frac), Some(scale), Some(m)) =
            (c.get(1), c.get(2), c.get(3), c.get(0))
        else {
            continue;
        };
        let value: f64 = format!("{}.{}", whole.as_str(), frac.as_str())
            .parse()
            .unwrap_or(0.0);
        push(
            &mut found,
            (value * scale_of(scale.as_str()) as f64).round() as i64,
            m.start(),
            m.end(),
        );
    }
    for c in RP.captures_iter(text) {
        let (Some(num), Some(m)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let Some(mut value) = digits_value(num.as_str()) else {
            continue;
        };
        if let Some(scale) = c.get(3) {
            value = value.saturating_mul(scale_of(scale.as_str()));
        }
        push(&mut found, value, m.start(), m.end());
    }
    for c in SCALE_RUPIAH.captures_iter(text) {
        let (Some(num), Some(scale), Some(m)) = (c.get(1), c.get(2), c.get(0)) else {
            continue;
        };
        let value: f64 = num.as_str().replace(',', ".").parse().unwrap_or(0.0);
        push(
            &mut found,
            (value * scale_of(scale.as_str()) as f64).round() as i64,
            num.start(),
            m.end(),
        );
    }
    for c in BARE.captures_iter(text) {
        let (Some(num), Some(cents)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if !stands_alone(text, num.start(), cents.end()) {
            continue;
        }
        let Some(value) = digits_value(num.as_str()) else {
            continue;
        };
        push(&mut found, value, num.start(), cents.end());
    }
    for (start, end, value) in rupiah_column_cells(text) {
        push(&mut found, value, start, end);
    }
    // Words-only amounts, when not the spelled-out twin of digits already found.
    for c in WORDS_ONLY.captures_iter(text) {
        let Some(words) = c.get(1) else { continue };
        let tokens: Vec<&str> = words.as_str().split_whitespace().collect();
        // Keep the longest tail of number words.
        let start_idx = tokens
            .iter()
            .rposition(|w| !numwords::is_number_word(w))
            .map_or(0, |i| i + 1);
        let tail = &tokens[start_idx..];
        let Some(value) = numwords::parse_words(tail) else {
            continue;
        };
        let m = c.get(0).map_or(0..0, |m| m.range());
        let preceded_by_paren = text[..m.start].trim_end().ends_with('(')
            || text[..words.start()]
                .rfind('(')
                .is_some_and(|p| !text[p..words.start()].contains(')') && words.start() - p < 200);
        if preceded_by_paren || tail.is_empty() {
            continue;
        }
        let offset = words
            .as_str()
            .split_whitespace()
            .take(start_idx)
            .map(|w| w.len() + 1)
            .sum::<usize>();
        push(
            &mut found,
            value as i64,
            (words.start() + offset).min(m.end),
            m.end,
        );
    }
    found.sort_by_key(|f| f.start);
    found
}

/// A table header naming its unit: `Nilai (Rp)`, `Jumlah (Rp.)`.
static RP_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\(\s*rp\.?\s*\)").expect("valid regex"));

/// A thousands-grouped number without cents: `1.480.000.000`.
static GROUPED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,3}(?:\.\d{3})+").expect("valid regex"));

/// How many lines under an `(Rp)` header are read as the rows of its table.
const MAX_TABLE_LINES: usize = 40;

/// Words a line of prose has: the table under an `(Rp)` header ends at one.
const PROSE_WORDS: usize = 12;

/// Cells of a table whose header says its figures are rupiah (`Nilai (Rp)`): grouped
/// numbers without cents that end a cell (`40 unit\t1.480.000.000`), not those a unit
/// follows (`2.200 liter`). Returns each cell's span and value.
fn rupiah_column_cells(text: &str) -> Vec<(usize, usize, i64)> {
    let mut out = Vec::new();
    for header in RP_HEADER.find_iter(text) {
        let Some(line_end) = text[header.end()..]
            .find('\n')
            .map(|i| header.end() + i + 1)
        else {
            continue;
        };
        let mut pos = line_end;
        for line in text[line_end..].split('\n').take(MAX_TABLE_LINES) {
            let cells: Vec<_> = GROUPED.find_iter(line).collect();
            if cells.is_empty() && line.split_whitespace().count() > PROSE_WORDS {
                break;
            }
            for cell in cells {
                let (start, end) = (pos + cell.start(), pos + cell.end());
                let rest = &text[end..];
                let ends_cell = rest.is_empty()
                    || rest.starts_with(['\n', '\t'])
                    || rest
                        .trim_start_matches(' ')
                        .starts_with(|c: char| c.is_ascii_digit() || c == '\n')
                    || rest.starts_with("  ");
                if ends_cell && stands_alone(text, start, end) {
                    if let Some(value) = digits_value(cell.as_str()) {
                        out.push((start, end, value));
                    }
                }
            }
            pos += line.len() + 1;
        }
    }
    out
}

/// The terbilang right after an amount, parsed, if there is one.
fn words_after(rest: &str) -> Option<i64> {
    let c = WORDS_AFTER.captures(rest)?;
    let words: Vec<&str> = c.get(1)?.as_str().split_whitespace().collect();
    numwords::parse_words(&words).map(|v| v as i64)
}

/// Distinct amounts by value, keeping the first written form.
pub fn distinct(found: &[FoundAmount]) -> Vec<Amount> {
    let mut out: Vec<Amount> = Vec::new();
    for f in found {
        match out.iter_mut().find(|a| a.value == f.amount.value) {
            Some(existing) => {
                if existing.words_agree.is_none() {
                    existing.words_agree = f.amount.words_agree;
                    existing.words_value = f.amount.words_value;
                }
            }
            None => out.push(f.amount.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(i64, Option<bool>)> {
        find_amounts(text)
            .iter()
            .map(|f| (f.amount.value.0, f.amount.words_agree))
            .collect()
    }

    #[test]
    fn sentence_shapes() {
        type Case<'a> = (&'a str, &'a [(i64, Option<bool>)]);
        let cases: &[Case] = &[
            (
                "sebesar Rp131.000.000.000,00 (seratus tiga puluh satu miliar rupiah).",
                &[(131_000_000_000, Some(true))],
            ),
            (
                "sebesar Rp 65.000.000.000,- (enam puluh lima miliar rupiah)",
                &[(65_000_000_000, Some(true))],
            ),
            (
                "sebesar Rp 65.000.000.000,- (enam puluh miliar rupiah)",
                &[(65_000_000_000, Some(false))],
            ),
            ("anggaran Rp. 750 juta", &[(750_000_000, None)]),
            ("senilai Rp 1,2 triliun", &[(1_200_000_000_000, None)]),
            ("sisa Rp78,6 miliar", &[(78_600_000_000, None)]),
            ("hibah 131 milyar rupiah", &[(131_000_000_000, None)]),
            ("Rp 5.100.000.000 untuk tahap I", &[(5_100_000_000, None)]),
            ("Rp. 33.250.000.000,00", &[(33_250_000_000, None)]),
            (
                "1. Dana hibah yang diterima 23.815.000.000,00",
                &[(23_815_000_000, None)],
            ),
            (
                "1. Umum Kabupaten\t12.400.000.000,00 18.600.000.000,00 31.000.000.000,00",
                &[
                    (12_400_000_000, None),
                    (18_600_000_000, None),
                    (31_000_000_000, None),
                ],
            ),
            (
                "sebesar dua ratus lima puluh juta rupiah",
                &[(250_000_000, None)],
            ),
            ("Nomor 900/0871/BPKAD/2023 tanggal 7 November 2023", &[]),
            ("NIP. 19650101 199003 1 010", &[]),
            ("Rp300.000,00 per orang", &[(300_000, None)]),
            // Cells of a table whose header gives the unit; a quantity is no amount.
            (
                "No. Jenis Barang\tVolume\tNilai (Rp)\n1. Tangki air kapasitas 2.200 liter\t10 unit\t38.500.000\n2. Paket dapur 40 paket 26.000.000\nJumlah\t64.500.000\nNilai bantuan seluruhnya disalurkan melalui rekening kas desa sesuai ketentuan yang berlaku 2.200 orang",
                &[(38_500_000, None), (26_000_000, None), (64_500_000, None)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(values(text), *want, "{text}");
        }
    }
}
