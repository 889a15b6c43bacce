//! The document's own registration numbers (`Nomor : 800/458-PPPK.2/BKDPSDM`), told apart
//! from the numbers of instruments it cites, with unambiguous OCR slips repaired.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::Classification;

/// A number found in the text, with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNumber {
    pub number: String,
    pub start: usize,
    pub end: usize,
}

/// A `Nomor` label at the start of a line (or of a column), then the number.
static OWN: LazyLock<Regex> = LazyLock::new(|| {
    // An agreement may label each side's number: `Nomor PIHAK PERTAMA : ...`.
    Regex::new(r"(?im)(?:^|\t)[ \t]*(?:NOMOR|NOMER|NO\.|NO)(?:[ \t]+PIHAK[ \t]+(?:PERTAMA|KESATU|KEDUA|KETIGA))?[ \t]*[:.;!|]?[ \t]*([A-Za-z0-9][^\t\n]*)")
        .expect("valid regex")
});

/// `12 TAHUN 2015` after a `Nomor` label: a number counted within its year.
static YEAR_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(\d{1,4})\s+tahun\s+((?:19|20)\d{2})").expect("valid regex")
});

/// Words after a number that show a sentence citing it, not a document's own label.
static CITATION_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:tentang|tanggal|tgl\.?|perihal|hal)$").expect("valid regex")
});

/// Repairs OCR slips that are unambiguous inside a document number.
pub fn repair(raw: &str) -> String {
    repair_dated(raw, None)
}

/// Roman months as numbers print them.
const ROMAN_MONTHS: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// Characters OCR reads for a Roman `I`.
fn reads_as_i(c: char) -> bool {
    matches!(c, 'I' | '1' | 'l' | '|' | '!' | 'i')
}

/// The month slot of a number (`.../III/2016`) read with OCR slips, put right with the
/// month the document is dated in: `111`, `!l1` → `III` in March; `XI1` → `XI` in
/// November (a slash read as `1`) but `XII` in December. A segment is the month's only
/// when it reads as that month's numeral; an all-digit one (`111`, a serial number too)
/// only in the slot just before the year, after two or more segments.
fn month_slot(segments: &[&str], k: usize, month: u32) -> Option<&'static str> {
    let seg = segments[k];
    let roman = *ROMAN_MONTHS.get(month.checked_sub(1)? as usize)?;
    if seg.is_empty()
        || seg.len() > 5
        || !seg.chars().all(|c| reads_as_i(c) || matches!(c, 'V' | 'X'))
    {
        return None;
    }
    if seg == roman || !seg.chars().any(|c| c != 'I' && c != 'V' && c != 'X') {
        // Already a clean numeral: nothing OCR may have changed.
        return None;
    }
    let all_digits = seg.chars().all(|c| c.is_ascii_digit());
    let before_year = segments
        .get(k + 1)
        .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()));
    if all_digits && !(before_year && k >= 2) {
        return None;
    }
    let as_i: String = seg
        .chars()
        .map(|c| if reads_as_i(c) { 'I' } else { c })
        .collect();
    let without_digits: String = seg.chars().filter(|c| !c.is_ascii_digit()).collect();
    (as_i == roman || (!all_digits && without_digits == roman)).then_some(roman)
}

/// [`repair`], knowing the month and year the document is dated in: its Roman month slot is
/// read against that month, and a slot OCR lost (`RSUD-TS//2019`) before the year of the
/// date is that month.
pub fn repair_dated(raw: &str, date: Option<(i32, u32)>) -> String {
    // Stray spaces around separators: `900 / 0871 /BPKAD` → `900/0871/BPKAD`.
    static SPACED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s*([/.\-])\s*").expect("valid regex"));
    let joined = SPACED.replace_all(raw.trim(), "$1").to_string();
    // A comma between digits is a misread dot: `KU.01,00` → `KU.01.00`.
    static DIGIT_COMMA: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\d),(\d)").expect("valid regex"));
    let joined = DIGIT_COMMA.replace_all(&joined, "$1.$2").to_string();
    // A `!` between two parts is a misread slash (`BAG.HUKUM!VI`); at a part's start it is
    // a misread `I` (`/!l1/`, see `month_slot`).
    static BANG: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([A-Za-z0-9])!([A-Za-z0-9])").expect("valid regex"));
    let joined = BANG.replace_all(&joined, "$1/$2").to_string();
    let segments: Vec<&str> = joined.split('/').collect();
    let parts: Vec<String> = segments
        .iter()
        .enumerate()
        .map(|(k, seg)| {
            if let Some((year, month)) = date {
                if let Some(roman) = month_slot(&segments, k, month) {
                    return roman.to_string();
                }
                let lost = seg.is_empty()
                    && k >= 2
                    && segments.get(k + 1) == Some(&year.to_string().as_str());
                let roman = month
                    .checked_sub(1)
                    .and_then(|m| ROMAN_MONTHS.get(m as usize));
                if let (true, Some(roman)) = (lost, roman) {
                    return roman.to_string();
                }
            }
            // A code segment after the first opens with the letter O, never a lone zero
            // (`B-412/O.3.14/Gs/03/2021`); OCR reads the letter as a digit.
            let seg = match seg.strip_prefix("0.") {
                Some(rest) if k >= 1 && rest.starts_with(|c: char| c.is_ascii_digit()) => {
                    format!("O.{rest}")
                }
                _ => seg.to_string(),
            };
            repair_segment(&seg)
        })
        .collect();
    parts.join("/")
}

/// Repairs one `/`-separated segment, part by part (parts split at `.` and `-`):
/// a part of two or more characters that is otherwise digits reads O as 0 and l/I as 1
/// (`9OO` → `900`, `2O23` → `2023`); a Roman month read with a 1 gets its I back
/// (`VII1` → `VIII`, `X1` → `XI`). A lone `O` stays: codes such as `O.3.14` use the letter.
fn repair_segment(segment: &str) -> String {
    static PART: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[^.\-]+|[.\-]").expect("valid regex"));
    PART.find_iter(segment)
        .map(|m| {
            let part = m.as_str();
            let digit_like =
                |c: char| c.is_ascii_digit() || matches!(c, 'O' | 'o' | 'l' | 'I' | '|');
            let roman_like = |c: char| matches!(c, 'I' | 'V' | 'X' | '1' | 'l' | '|');
            if part.len() >= 2
                && part.chars().any(|c| c.is_ascii_digit())
                && part.chars().all(digit_like)
            {
                part.chars()
                    .map(|c| match c {
                        'O' | 'o' => '0',
                        'l' | 'I' | '|' => '1',
                        other => other,
                    })
                    .collect()
            } else if part.len() <= 4
                && part.chars().all(roman_like)
                && part.chars().any(|c| matches!(c, 'V' | 'X'))
            {
                part.chars()
                    .map(|c| if matches!(c, '1' | 'l' | '|') { 'I' } else { c })
                    .collect()
            } else {
                part.to_string()
            }
        })
        .collect()
}

/// Cuts the candidate after the label down to the number itself.
fn number_token(rest: &str, date: Option<(i32, u32)>) -> Option<String> {
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
    Some(repair_dated(token, date))
}

/// A number whose slashes OCR read as spaces: three to five parts, each with a digit or
/// in capitals (`000.9.2.2 871-Kesra XII 2023`, `027 2392 BKPSDM`), the first with a
/// digit, the last a year or a code in capitals (a telephone number or NIP is neither).
fn slashless(value: &str) -> Option<String> {
    let parts: Vec<&str> = value.split_whitespace().collect();
    let part_ok = |p: &&str| {
        p.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
            && p.starts_with(|c: char| c.is_ascii_alphanumeric())
            && (p.chars().any(|c| c.is_ascii_digit())
                || (p.len() >= 2 && p.chars().all(|c| c.is_ascii_uppercase())))
    };
    let year = |p: &str| p.len() == 4 && (p.starts_with("19") || p.starts_with("20"));
    let last = *parts.last()?;
    let ok = (3..=5).contains(&parts.len())
        && parts.iter().all(part_ok)
        && parts[0].chars().any(|c| c.is_ascii_digit())
        && parts
            .iter()
            .filter(|p| p.chars().any(|c| c.is_ascii_digit()))
            .count()
            >= 2
        && (year(last) || (last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase())));
    ok.then(|| parts.join("/"))
}

/// The start of the next line that goes on with a number ending in a separator, and the
/// bytes between the two (the line break and indentation).
fn wrapped_rest<'a>(after: &str, following: &'a str) -> Option<(&'a str, usize)> {
    let mut words = after.split_whitespace();
    let token = words.next()?;
    if words.next().is_some() || !token.ends_with(['/', '-']) || !token.contains('/') {
        return None;
    }
    let next = following.strip_prefix('\n')?;
    let indent = next.len() - next.trim_start_matches([' ', '\t']).len();
    let cont = next[indent..].split_whitespace().next()?;
    let numberish = cont
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/.-".contains(c))
        && cont.chars().any(|c| c.is_ascii_digit())
        && !cont.chars().any(|c| c.is_lowercase());
    numberish.then_some((cont, 1 + indent))
}

/// Whether two numbers are the same up to case and one or two OCR slips.
pub fn same_number(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_uppercase(), b.to_uppercase());
    if a == b {
        return true;
    }
    let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    ac.len() == bc.len()
        && ac.len() >= 10
        && ac.iter().zip(&bc).filter(|(x, y)| x != y).count() <= 2
}

/// The document's own numbers, in order of appearance.
///
/// Only `Nomor` labels that open a line count: citations (`Undang-Undang Nomor 10 Tahun
/// 2016`) carry the label mid-sentence. `Nomor X Tahun YYYY` is a citation even at a line
/// start (a wrapped reference list).
pub fn find_own_numbers(text: &str) -> Vec<FoundNumber> {
    find_own_numbers_dated(text, None)
}

/// [`find_own_numbers`] of a document dated in the given month (year, month): OCR slips in
/// a number's Roman month are read against it.
pub fn find_own_numbers_dated(text: &str, date: Option<(i32, u32)>) -> Vec<FoundNumber> {
    let mut out: Vec<FoundNumber> = Vec::new();
    for c in OWN.captures_iter(text) {
        let Some(rest) = c.get(1) else { continue };
        let after = rest.as_str();
        if let Some(y) = YEAR_NUMBERED.captures(after) {
            // `NOMOR 12 TAHUN 2015` alone on its line, in capitals as a heading prints it,
            // is a decree's or regulation's own number; in a sentence it is a citation.
            let label = c.get(0).map_or("", |m| m.as_str());
            if y.get(0).is_some_and(|m| m.len() == after.trim_end().len())
                && label.contains("NOMOR")
                && after.contains("TAHUN")
            {
                let number = format!("{} TAHUN {}", &y[1], &y[2]);
                if !out.iter().any(|f| f.number == number) {
                    let lead = after.len() - after.trim_start().len();
                    out.push(FoundNumber {
                        number,
                        start: rest.start() + lead,
                        end: rest.start() + after.trim_end().len(),
                    });
                }
            }
            continue;
        }
        // A citation wrapped so that its `Nomor` opens a line: `Nomor 162/M/2021 tentang`.
        if after
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| CITATION_GOES_ON.is_match(w))
        {
            continue;
        }
        let lead = after.len() - after.trim_start().len();
        let mut token_len = after.split_whitespace().next().map_or(0, str::len);
        // A number wrapped at a separator goes on at the start of the next line
        // (`900/1187/BPKAD/` / `2023`).
        let wrapped = wrapped_rest(after, &text[rest.end()..]);
        let candidate = match wrapped {
            Some((cont, gap)) => {
                token_len += after.len() - lead - token_len + gap + cont.len();
                format!("{}{cont}", after.trim())
            }
            None => after.to_string(),
        };
        // A field's number whose slashes OCR read as spaces (`Nomor\t027 2392 BKPSDM`).
        let label = c
            .get(0)
            .map_or("", |m| &m.as_str()[..m.len() - after.len()]);
        let field = label.contains(':') || label.trim_start_matches('\t').contains('\t');
        let slashless = || {
            let n = slashless(after)?;
            token_len = after.trim().len();
            Some(repair_dated(&n, date))
        };
        let number = number_token(&candidate, date).or_else(|| field.then(slashless).flatten());
        if let Some(number) = number {
            // An attachment repeats the number (`LAMPIRAN : KEPUTUSAN ... NOMOR : ...`),
            // sometimes with an OCR slip: near-identical numbers are one.
            if !out.iter().any(|f| same_number(&f.number, &number)) {
                out.push(FoundNumber {
                    number,
                    start: rest.start() + lead,
                    end: rest.start() + lead + token_len,
                });
            }
        }
    }
    out
}

/// Top-level subjects of the archival classification (Permendagri 78/2012, kept by
/// Permendagri 83/2022).
const SUBJECTS: [&str; 10] = [
    "Umum",
    "Pemerintahan",
    "Politik",
    "Keamanan dan Ketertiban",
    "Kesejahteraan Rakyat",
    "Perekonomian",
    "Pekerjaan Umum dan Ketenagaan",
    "Pengawasan",
    "Kepegawaian",
    "Keuangan",
];

/// The classification code at the head of a number: `800` of `800/458-PPPK.2/BKDPSDM`,
/// `900.1.13.1` of `900.1.13.1/77/BPKAD/2024`. Numbers of bodies with their own schemes
/// (`45/HK.03.1-Kpt/...`, `SE-07/...`) have none.
pub fn classification(number: &str) -> Option<Classification> {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d)\d{2}(?:\.\d{1,3})*$").expect("valid regex"));
    let head = number.split('/').next()?;
    let c = CODE.captures(head)?;
    let digit: usize = c[1].parse().ok()?;
    Some(Classification {
        number: number.to_string(),
        code: head.to_string(),
        subject_code: format!("{digit}00"),
        subject: SUBJECTS[digit].to_string(),
    })
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
    fn classification_codes() {
        let code = |n: &str| classification(n).map(|c| (c.code, c.subject_code, c.subject));
        let s = |a: &str, b: &str, c: &str| Some((a.to_string(), b.to_string(), c.to_string()));
        assert_eq!(
            code("800/458-PPPK.2/BKDPSDM"),
            s("800", "800", "Kepegawaian")
        );
        assert_eq!(
            code("900.1.13.1/77/BPKAD/2024"),
            s("900.1.13.1", "900", "Keuangan")
        );
        assert_eq!(code("027/98/NPHD/BPKAD/2019"), s("027", "000", "Umum"));
        assert_eq!(
            code("188.45/612/KUM/2020"),
            s("188.45", "100", "Pemerintahan")
        );
        assert_eq!(code("45/HK.03.1-Kpt/6311/2024"), None);
        assert_eq!(code("SE-07/PM.00.02/K.KS/11/2023"), None);
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
            ("NOMOR : 12/KB-63.02/VII1/2022", &["12/KB-63.02/VIII/2022"]),
            ("NOMOR : B-412/O.3.14/Gs/03/2021", &["B-412/O.3.14/Gs/03/2021"]),
            ("NOMOR : 07/KU.01,00/K.KS-11/11/2023", &["07/KU.01.00/K.KS-11/11/2023"]),
            ("NOMOR 45/HK.03.1-Kpt/6311/2024\nLAMPIRAN : KEPUTUSAN\nNOMOR : 45/HK.03.1-KpU/6311/2024", &["45/HK.03.1-Kpt/6311/2024"]),
            (
                "a. Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan",
                &[],
            ),
            ("Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;", &[]),
            // A decree numbered within its year; the same shape wrapped in a list is not.
            (
                "KEPUTUSAN DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA\nNOMOR 12 TAHUN 2015\nTENTANG",
                &["12 TAHUN 2015"],
            ),
            ("Peraturan Daerah Kabupaten Lombok Timur\nNomor 3 Tahun 2008;", &[]),
            ("4. Peraturan DPRD Kabupaten Sumbawa\nNOMOR 1 TAHUN 2014 tentang Tata Tertib", &[]),
            // A citation wrapped so that its label opens a line.
            (
                "Keputusan Mendikbudristek\nNomor 162/M/2021 tentang Program Sekolah Penggerak",
                &[],
            ),
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

    /// Shapes of numbers: party labels, wrapped and typed numbers, OCR slips in the month
    /// slot read against the document's month, the letter O of a prosecutor's code.
    #[test]
    fn dated_shapes() {
        let cases: &[(&str, Option<(i32, u32)>, &[&str])] = &[
            ("Nomor : 821.2/.../1998", None, &["821.2/.../1998"]),
            // Slashes OCR read as spaces or as `!`; numbers that are none of a letter's.
            (
                "Nomor\t000.9.2.2 871-Kesra XII 2023\nSifat : Biasa",
                Some((2023, 12)),
                &["000.9.2.2/871-Kesra/XII/2023"],
            ),
            ("Nomor\t027 2392 BKPSDM", None, &["027/2392/BKPSDM"]),
            (
                "Nomor : 900/1535/Bag.Hukum!VI/2019",
                Some((2019, 6)),
                &["900/1535/Bag.Hukum/VI/2019"],
            ),
            ("Nomor : 0812 3456 7890", None, &[]),
            ("Nomor : 19650101 199003 1 010", None, &[]),
            ("Nomor : 12 Tahun 2020", None, &[]),
            ("Nomor Induk : 1234 5678 BKD", None, &[]),
            (
                "Nomor : 900/1187/BPKAD/\n2023\nSifat : Biasa",
                None,
                &["900/1187/BPKAD/2023"],
            ),
            (
                "Nomor : 900/1187/\nBPKAD/2023\nSifat : Biasa",
                None,
                &["900/1187/BPKAD/2023"],
            ),
            (
                "Nomor : 900/1187/BPKAD/2023\nSifat : Biasa",
                None,
                &["900/1187/BPKAD/2023"],
            ),
            (
                "Nomor PIHAK PERTAMA : 120/45/Pem/2022\nNomor PIHAK KEDUA : 07/UN3/HK/2022",
                None,
                &["120/45/Pem/2022", "07/UN3/HK/2022"],
            ),
            (
                "Nomor : 196/KPU-Kab-6410/111/2008",
                Some((2008, 3)),
                &["196/KPU-Kab-6410/III/2008"],
            ),
            (
                "Nomor : 005/1449/Um/!l1/2007",
                Some((2007, 3)),
                &["005/1449/Um/III/2007"],
            ),
            (
                "NOMOR: 445/820/RSUD-Ban/XI1/1994",
                Some((1994, 11)),
                &["445/820/RSUD-Ban/XI/1994"],
            ),
            (
                "NOMOR: 445/820/RSUD-Ban/XI1/1994",
                Some((1994, 12)),
                &["445/820/RSUD-Ban/XII/1994"],
            ),
            (
                "NOMOR : 12/KB-63.02/VII1/2022",
                Some((2022, 8)),
                &["12/KB-63.02/VIII/2022"],
            ),
            (
                "Nomor 440/1921/RSUD-TS//2019",
                Some((2019, 1)),
                &["440/1921/RSUD-TS/I/2019"],
            ),
            // A serial number is no month, nor is a clean numeral of another month.
            ("Nomor : 800/111/2008", Some((2008, 3)), &["800/111/2008"]),
            (
                "Nomor : 800/11/BKD/2008",
                Some((2008, 2)),
                &["800/11/BKD/2008"],
            ),
            (
                "Nomor : 800/45/BKD/XII/2023",
                Some((2024, 1)),
                &["800/45/BKD/XII/2023"],
            ),
            (
                "NOMOR : B-1204/0.15.11/Gp.1/05/2003",
                Some((2003, 5)),
                &["B-1204/O.15.11/Gp.1/05/2003"],
            ),
            (
                "Nomor : 045.2/1060/Um/V/2003",
                Some((2003, 5)),
                &["045.2/1060/Um/V/2003"],
            ),
        ];
        for (text, date, want) in cases {
            let got: Vec<String> = find_own_numbers_dated(text, *date)
                .into_iter()
                .map(|f| f.number)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
