//! The document's own registration numbers (`Nomor : 800/458-PPPK.2/BKDPSDM`), told apart
//! from the numbers of instruments it cites, with unambiguous OCR slips repaired.

use std::sync::LazyLock;

use regex::Regex;

/// A number found in the text, with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNumber {
    pub number: String,
    pub start: usize,
    pub end: usize,
}

/// A `Nomor` label at the start of a line (or of a column), then the number.
static OWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)(?:^|\t)[ \t]*(?:NOMOR|NOMER|NO\.|NO)[ \t]*[:.]?[ \t]*([A-Za-z0-9][^\t\n]*)")
        .expect("valid regex")
});

/// Repairs OCR slips that are unambiguous inside a document number.
pub fn repair(raw: &str) -> String {
    // Stray spaces around separators: `900 / 0871 /BPKAD` → `900/0871/BPKAD`.
    static SPACED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s*([/.\-])\s*").expect("valid regex"));
    let joined = SPACED.replace_all(raw.trim(), "$1").to_string();
    let parts: Vec<String> = joined.split('/').map(repair_segment).collect();
    parts.join("/")
}

/// Reads O as 0 and l/I as 1 in the parts of a segment that are otherwise digits
/// (`9OO` → `900`, `2O23` → `2023`); parts with real letters (`BPKAD`, `Kpt`) stay.
fn repair_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for (i, part) in segment.split(['.', '-']).enumerate() {
        if i > 0 {
            // Put back the separator that split() consumed.
            let consumed: usize = segment.split(['.', '-']).take(i).map(|p| p.len() + 1).sum();
            out.push(segment.as_bytes()[consumed - 1] as char);
        }
        let digit_like = |c: char| c.is_ascii_digit() || matches!(c, 'O' | 'o' | 'l' | 'I' | '|');
        if part.chars().any(|c| c.is_ascii_digit()) && part.chars().all(digit_like) {
            out.extend(part.chars().map(|c| match c {
                'O' | 'o' => '0',
                'l' | 'I' | '|' => '1',
                other => other,
            }));
        } else {
            out.push_str(part);
        }
    }
    out
}

/// Cuts the candidate after the label down to the number itself.
fn number_token(rest: &str) -> Option<String> {
    // OCR may put spaces around slashes; rejoin them before taking the first token.
    static SPACED_SLASH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s*/\s*").expect("valid regex"));
    let rest = SPACED_SLASH.replace_all(rest.trim(), "/");
    let token = rest.split_whitespace().next()?;
    let token = token.trim_end_matches([',', ';', ':', ')']);
    let token = token.strip_suffix('.').unwrap_or(token);
    if !token.chars().any(|c| c.is_ascii_digit()) || token.len() < 3 {
        return None;
    }
    // A registration number has a separator; a bare `10` is a cited instrument or an item.
    if !token.contains('/') {
        return None;
    }
    Some(repair(token))
}

/// The document's own numbers, in order of appearance.
///
/// Only `Nomor` labels that open a line count: citations (`Undang-Undang Nomor 10 Tahun
/// 2016`) carry the label mid-sentence. `Nomor X Tahun YYYY` is a citation even at a line
/// start (a wrapped reference list).
pub fn find_own_numbers(text: &str) -> Vec<FoundNumber> {
    let mut out: Vec<FoundNumber> = Vec::new();
    for c in OWN.captures_iter(text) {
        let Some(rest) = c.get(1) else { continue };
        let after = rest.as_str();
        if after
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("tahun"))
        {
            continue;
        }
        if let Some(number) = number_token(after) {
            if !out.iter().any(|f| f.number == number) {
                out.push(FoundNumber {
                    number,
                    start: rest.start(),
                    end: rest.end(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(text: &str) -> Vec<String> {
        find_own_numbers(text)
            .into_iter()
            .map(|f| f.number)
            .collect()
    }

    #[test]
    fn sentence_shapes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "SURAT EDARAN\nNOMOR 800/458-PPPK.2/BKDPSDM\nTENTANG",
                &["800/458-PPPK.2/BKDPSDM"],
            ),
            (
                "NOMOR : 900/0871/BPKAD/2023\nNOMOR : 01/NPHD/KPU-Prov-022/XI/2023\nTENTANG",
                &["900/0871/BPKAD/2023", "01/NPHD/KPU-Prov-022/XI/2023"],
            ),
            (
                "Nomor\t: 900/2217/BPKAD/2024\nSifat : Biasa",
                &["900/2217/BPKAD/2024"],
            ),
            (
                "No. : 45/HK.03.1-Kpt/6311/2024",
                &["45/HK.03.1-Kpt/6311/2024"],
            ),
            ("Nomor : 9OO / O871 /BPKAD/2O23", &["900/0871/BPKAD/2023"]),
            (
                "a. Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan",
                &[],
            ),
            ("Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;", &[]),
            (
                "berdasarkan Keputusan Gubernur Nomor 188.44/0776/KUM/2023",
                &[],
            ),
            (
                "NOMOR: 900/1187/BPKAD/2023\tNOMOR: 07/KU.01.00/K.KS-11/11/2023",
                &["900/1187/BPKAD/2023", "07/KU.01.00/K.KS-11/11/2023"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(own(text), *want, "{text}");
        }
    }
}
