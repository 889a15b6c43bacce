//! The people an agreement names as its signers: `yang bertanda tangan di bawah ini:`
//! followed by one clause per party (`1. H. MAHYUDIN NOOR, S.H., Bupati Tanah Bumbu, dalam
//! hal ini bertindak ..., selanjutnya disebut PIHAK PERTAMA;`, or `Nama : ...` and
//! `Jabatan : ...` lines). The body is printed clear of stamps and signatures, so these
//! clauses vouch for the signature blocks at the end, which OCR often garbles.

use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_degree, name_score};
use crate::extract::lines::{squash, upper_ratio};

/// Which side of an agreement a person signs for: `PIHAK PERTAMA`/`KESATU`/`I` is 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side(pub u8);

impl Side {
    /// `PERTAMA`, `KESATU`, `I` → 1; `KEDUA`, `II` → 2; `KETIGA`, `III` → 3.
    pub fn parse(word: &str) -> Option<Side> {
        match word.to_uppercase().as_str() {
            "PERTAMA" | "KESATU" | "I" => Some(Side(1)),
            "KEDUA" | "II" => Some(Side(2)),
            "KETIGA" | "III" => Some(Side(3)),
            _ => None,
        }
    }
}

/// One signer as the body of the agreement introduces them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undersigned {
    /// The name with titles and degrees as printed: `H. MAHYUDIN NOOR, S.H.`.
    pub name: String,
    /// The office, upper-cased, without what the person acts for: `BUPATI TANAH BUMBU`.
    pub position: Option<String>,
    /// The side the clause names (`selanjutnya disebut PIHAK PERTAMA`).
    pub side: Option<Side>,
}

/// Where the list of signers opens.
static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:yang|kami\s+yang)\s+bertanda\s*tangan\s+di\s*bawah\s+ini(?:\s*,?\s*masing[- ]masing)?\s*:?")
        .expect("valid regex")
});

/// The end of one party clause: `selanjutnya disebut PIHAK KEDUA`, `sebagai PIHAK I`.
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:disebut|sebagai)\s+(?:sebagai\s+)?pihak\s+(pertama|kesatu|kedua|ketiga|iii|ii|i)\b")
        .expect("valid regex")
});

/// `Nama : X` (up to the next label) and `Jabatan : Y` in the tabular form of the clause.
static NAME_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:\d{1,2}|[ivxl1]{1,4}|[a-c])[.)]\s*)?Nama\b\s*[:;]?\s*(.+?)\s*(?:\bNIP\b|\bNRP\b|\bPangkat\b|\bJabatan\b|\bAlamat\b|$)")
        .expect("valid regex")
});
static POSITION_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bJabatan\b\s*[:;]?\s*(.+)$").expect("valid regex"));

/// What follows the office in a clause: whom the person acts for, where they sit, the
/// next field of the form (`Alamat :`).
static POSITION_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[,;]|\s(?:selaku|dalam\s+hal\s+ini|bertindak|berkedudukan|berdasarkan|selanjutnya|yang|untuk\s+dan\s+atas|alamat|nip|nrp|pangkat|instansi)\b")
        .expect("valid regex")
});

/// A leading item number, letter or Roman numeral: `1.`, `2)`, `a.`, `II.`.
static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\d{1,2}|[a-c]|[IVX]{1,4})[.)]\s*").expect("valid regex"));

/// Clauses are short; a list of signers longer than this is not one.
const MAX_CLAUSE_CHARS: usize = 900;

/// The signers an agreement's opening names, in order; empty when it has no such list.
pub fn find_undersigned(text: &str) -> Vec<Undersigned> {
    let Some(open) = OPENING.find(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = open.end();
    while let Some(end) = CLAUSE_END.captures(&text[from..]) {
        let whole = end.get(0).expect("match 0 exists");
        if whole.start() > MAX_CLAUSE_CHARS {
            break;
        }
        let clause = squash(&text[from..from + whole.start()]);
        let clause = clause.trim_start_matches([',', ';', '.', ':', ' ']);
        let side = Side::parse(&end[1]);
        from += whole.end();
        if let Some(mut person) = parse_clause(clause) {
            person.side = side;
            out.push(person);
        }
    }
    out
}

/// Name and office from one clause (its side is filled in by the caller).
fn parse_clause(clause: &str) -> Option<Undersigned> {
    if let Some(c) = NAME_FIELD.captures(clause) {
        let (name, _) = split_name(&c[1]);
        let position = POSITION_FIELD
            .captures(clause)
            .and_then(|p| cut_position(&p[1]));
        return plausible_name(&name).then_some(Undersigned {
            name,
            position,
            side: None,
        });
    }
    let clause = ITEM.replace(clause, "");
    let (name, rest) = split_name(&clause);
    plausible_name(&name).then(|| Undersigned {
        name,
        position: cut_position(&rest),
        side: None,
    })
}

/// `H. ROY RIZALI ANWAR, S.Sos., M.AP., Sekretaris ...` → the name with its degrees, and
/// what follows them.
fn split_name(text: &str) -> (String, String) {
    let mut parts = text.split(", ");
    let mut name = parts.next().unwrap_or("").trim().to_string();
    let mut rest = String::new();
    for part in parts.by_ref() {
        // OCR debris after the last degree: `S.Sos. é`.
        let degree = part.split_whitespace().next().unwrap_or("");
        let debris_after = part
            .split_whitespace()
            .skip(1)
            .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() < 3);
        if is_degree(degree) && debris_after {
            name.push_str(", ");
            name.push_str(degree.trim_end_matches(','));
        } else {
            rest = part.to_string();
            break;
        }
    }
    for part in parts {
        rest.push_str(", ");
        rest.push_str(part);
    }
    (name, rest)
}

/// The office at the start of `text`, up to whom the person acts for; upper-cased.
fn cut_position(text: &str) -> Option<String> {
    let end = POSITION_END.find(text).map_or(text.len(), |m| m.start());
    let position = squash(&text[..end])
        .trim_end_matches(['.', ':'])
        .to_uppercase();
    let words = position.split_whitespace().count();
    ((1..=12).contains(&words) && !position.chars().any(|c| c.is_ascii_digit())).then_some(position)
}

/// A person's name as clauses print it: a handful of words in capitals or Title Case, no
/// digits, no words of an office or institution.
fn plausible_name(name: &str) -> bool {
    let head = name.split(',').next().unwrap_or(name);
    let words = head.split_whitespace().count();
    let title_case = head
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || super::names::is_title(w));
    (1..=8).contains(&words)
        && !name.chars().any(|c| c.is_ascii_digit())
        && (upper_ratio(head) >= 0.6 || title_case)
        && head.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && name_score(head).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Name, position, side.
    type Person = (String, Option<String>, Option<u8>);

    fn people(text: &str) -> Vec<Person> {
        find_undersigned(text)
            .into_iter()
            .map(|u| (u.name, u.position, u.side.map(|s| s.0)))
            .collect()
    }

    fn p(name: &str, position: &str, side: u8) -> Person {
        (name.into(), Some(position.into()), Some(side))
    }

    #[test]
    fn clauses_of_the_signers() {
        let cases: &[(&str, Vec<Person>)] = &[
            (
                "Pada hari ini Selasa tanggal satu bulan Oktober tahun dua ribu sembilan belas, bertempat di Kantor Bupati Tanah Bumbu, yang bertanda tangan di bawah ini:\n1. H. MAHYUDIN NOOR, S.H., Bupati Tanah Bumbu, dalam hal ini bertindak untuk dan\natas nama Pemerintah Kabupaten Tanah Bumbu, berkedudukan di Batulicin, selanjutnya\ndisebut PIHAK PERTAMA,\n2. SYAHRIAL ANWAR, S.Pd.I., Ketua Komisi Pemilihan Umum Kabupaten Tanah\nBumbu, dalam hal ini bertindak untuk dan atas nama Komisi Pemilihan Umum Kabupaten\nTanah Bumbu, berkedudukan di Batulicin, selanjutnya disebut PIHAK KEDUA.\nDengan memperhatikan",
                vec![
                    p("H. MAHYUDIN NOOR, S.H.", "BUPATI TANAH BUMBU", 1),
                    p(
                        "SYAHRIAL ANWAR, S.Pd.I.",
                        "KETUA KOMISI PEMILIHAN UMUM KABUPATEN TANAH BUMBU",
                        2,
                    ),
                ],
            ),
            (
                "kami yang bertanda tangan di bawah ini:\n1. Nama : H. ABDUL GHAFUR, S.Sos.\nJabatan : Sekretaris Komisi Pemilihan Umum Kota Banjarbaru, bertindak untuk dan atas nama Komisi Pemilihan Umum Kota Banjarbaru, selanjutnya disebut PIHAK KESATU;\n2. Nama : Hj. RUSDIANA, S.E., M.Si.\nJabatan : Kepala Badan Pengelolaan Keuangan dan Aset Daerah\nKota Banjarbaru, bertindak untuk dan atas nama Pemerintah Kota Banjarbaru, selanjutnya disebut PIHAK KEDUA.",
                vec![
                    p(
                        "H. ABDUL GHAFUR, S.Sos.",
                        "SEKRETARIS KOMISI PEMILIHAN UMUM KOTA BANJARBARU",
                        1,
                    ),
                    p(
                        "Hj. RUSDIANA, S.E., M.Si.",
                        "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KOTA BANJARBARU",
                        2,
                    ),
                ],
            ),
            (
                "yang bertanda tangan di bawah ini:\n1. Nama : Dr. H. GUSTI RIZKY ANANDA, S.E., M.Si.\nJabatan : Kepala Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Kalimantan Selatan selaku Pejabat Pengelola Keuangan Daerah, dalam hal ini bertindak untuk dan atas nama Pemerintah Provinsi Kalimantan Selatan\nselanjutnya disebut PIHAK PERTAMA.",
                vec![p(
                    "Dr. H. GUSTI RIZKY ANANDA, S.E., M.Si.",
                    "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH PROVINSI KALIMANTAN SELATAN",
                    1,
                )],
            ),
            (
                "yang bertanda tangan di bawah ini:\n1. H. ROY RIZALI ANWAR, Sekretaris Daerah Provinsi Kalimantan Selatan,\ndalam hal ini bertindak untuk dan atas nama Gubernur Kalimantan Selatan\nberdasarkan Keputusan Gubernur Kalimantan Selatan Nomor\n188.44/0776/KUM/2023, berkedudukan di Banjarbaru, selanjutnya disebut\nPIHAK PERTAMA,",
                vec![p(
                    "H. ROY RIZALI ANWAR",
                    "SEKRETARIS DAERAH PROVINSI KALIMANTAN SELATAN",
                    1,
                )],
            ),
            // OCR lost the colons and ran the item number into the label.
            (
                "kami yang bertanda tangan di bawah ini:\n1.Nama : H. ABDUL GHAFUR, S.Sos.\t\u{e9}\nJabatan\tSekretaris Komisi Pemilihan Umum Kota Banjarbaru, bertindak untuk dan atas nama\nKomisi Pemilihan Umum Kota Banjarbaru, selanjutnya disebut PIHAK KESATU;\n2.Nama Hj. RUSDIANA, S.E., M.Si.\nJabatan : Kepala Badan Pengelolaan Keuangan dan Aset Daerah Kota Banjarbaru, bertindak\nuntuk dan atas nama Pemerintah Kota Banjarbaru, selanjutnya disebut PIHAK KEDUA.",
                vec![
                    p(
                        "H. ABDUL GHAFUR, S.Sos.",
                        "SEKRETARIS KOMISI PEMILIHAN UMUM KOTA BANJARBARU",
                        1,
                    ),
                    p(
                        "Hj. RUSDIANA, S.E., M.Si.",
                        "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KOTA BANJARBARU",
                        2,
                    ),
                ],
            ),
            // Clauses numbered with Roman numerals, the side on the next line.
            (
                "yang bertanda tangan di bawah ini:\nI. Nama : Dra. SRI MURYANINGSIH, M.M.\nJabatan : Sekretaris Daerah Kabupaten Sleman\nAlamat : Jalan Parasamya Nomor 1\ndalam hal ini bertindak untuk dan atas nama Bupati Sleman, selanjutnya\ndisebut PIHAK PERTAMA.\nII. Nama : MUHAMMAD ARDANI, S.H.I.\nJabatan : Ketua Badan Pengawas Pemilihan Umum Kabupaten Sleman\nselanjutnya disebut PIHAK KEDUA.",
                vec![
                    p("Dra. SRI MURYANINGSIH, M.M.", "SEKRETARIS DAERAH KABUPATEN SLEMAN", 1),
                    p(
                        "MUHAMMAD ARDANI, S.H.I.",
                        "KETUA BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SLEMAN",
                        2,
                    ),
                ],
            ),
            // `masing-masing:` after the opening; Title Case and dotless degrees.
            (
                "kami yang bertanda tangan di bawah ini masing-masing:\n1. H. Ir. BUDI SANTOSA, M.T, Walikota Bekasi, berkedudukan di Bekasi, selanjutnya disebut PIHAK\nPERTAMA.\n2. Prof. Dr. Ratna Dewi, S.H., LL.M., Rektor, berkedudukan di Sumedang, yang selanjutnya disebut sebagai PIHAK KEDUA.",
                vec![
                    p("H. Ir. BUDI SANTOSA, M.T", "WALIKOTA BEKASI", 1),
                    p("Prof. Dr. Ratna Dewi, S.H., LL.M.", "REKTOR", 2),
                ],
            ),
            // Parties that are institutions, not people, give no signer.
            (
                "yang bertanda tangan di bawah ini:\n1. Pemerintah Kabupaten Banjar, dalam hal ini diwakili oleh Bupati, selanjutnya disebut PIHAK PERTAMA;",
                vec![],
            ),
            // No list of signers.
            (
                "PIHAK PERTAMA memberikan hibah kepada PIHAK KEDUA sebesar Rp1.000.000,00.",
                vec![],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&people(text), expected, "{text}");
        }
    }
}
