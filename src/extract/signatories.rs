//! Signature blocks: the position printed above (ending with a comma), then the name,
//! then optionally rank and NIP. Handles `a.n.`/`Plt.` lines, `PIHAK PERTAMA,` and
//! `Mengetahui,` headings, and two blocks side by side (read as two columns).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lines::{column_streams, squash, upper_ratio};
use crate::model::Signatory;

/// Headings that open a block but are not part of the position.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:untuk\s+dan\s+atas\s+nama\s+)?(?:pihak\s+(?:pertama|kedua|kesatu|ketiga|i|ii|iii)|para\s+pihak|mengetahui|menyetujui|disetujui\s+oleh|saksi(?:[- ]saksi)?(?:\s*:)?|yang\s+menerima|yang\s+menyerahkan|yang\s+membuat\s+pernyataan)\s*[,:.]?$")
        .expect("valid regex")
});

/// `a.n. BUPATI BANJAR`, `u.b.`: on behalf of someone else, not the signer's office.
static ON_BEHALF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:a\.?\s?n\.?|u\.?\s?b\.?)\s+\S").expect("valid regex"));

/// What sits in the signature space: "ttd", a stamp's label, a duty stamp.
static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(\[]?\s*(?:ttd|t\.t\.d|dto|cap|stempel|materai|meterai|meterai\s+\d+|tte|ditandatangani\s+secara\s+elektronik)\b.*$").expect("valid regex")
});

/// A name that opens with an academic or religious title: `Ir. H. MUHAMMAD SYARIFUDDIN,`.
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Dr|Drs|Dra|Ir|H|Hj|Prof|KH|dr|drg|Tgh)\.\s*)+[A-Z][A-Za-z'.]+(?:\s+[A-Z][A-Za-z'.]*){0,6},?(?:\s+[A-Z][A-Za-z.]*\.,?)*$").expect("valid regex")
});

/// How many lines of signature or stamp noise may sit between a position and its name.
const MAX_SIGNATURE_NOISE: usize = 10;

/// Lines under a name: rank, NIP, NRP.
static BELOW_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nip|nrp|nik|pangkat|pembina|penata|nip\.)\b").expect("valid regex")
});

/// Words that never start a person's name line.
static NOT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nip|nrp|tembusan|yth|kepada|pihak|para|mengetahui|lampiran|catatan|ditetapkan|dikeluarkan|pada|paraf|demikian|materai|meterai|cap|ttd|tanda|pasal|bab)\b")
        .expect("valid regex")
});

fn is_position_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=14).contains(&words)
        && upper_ratio(line) >= 0.8
        && !line.chars().any(|c| c.is_ascii_digit())
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

fn looks_like_name(line: &str) -> bool {
    let line = line.trim_matches(|c: char| c == '(' || c == ')' || c == '_' || c.is_whitespace());
    if line.is_empty() || line.ends_with(',') || line.ends_with(':') || NOT_NAME.is_match(line) {
        return false;
    }
    if line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let head = line.split(',').next().unwrap_or(line);
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let first = head.chars().next().unwrap_or(' ');
    if !first.is_uppercase() {
        return false;
    }
    // A name has a word of four or more letters; stamp specks ("AS N") do not.
    let longest = words
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .max()
        .unwrap_or(0);
    longest >= 4
        && (upper_ratio(head) >= 0.6
            || words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
}

fn clean_name(line: &str) -> String {
    squash(line.trim_matches(|c: char| c == '(' || c == ')' || c == '_' || c.is_whitespace()))
}

fn clean_position(lines: &[String]) -> Option<String> {
    let joined = squash(&lines.join(" "));
    let joined = joined.trim_end_matches([',', ' ', ':']).trim().to_string();
    (!joined.is_empty()).then_some(joined)
}

/// Every signatory, in reading order (left column before right), each name once.
pub fn find_signatories(text: &str) -> Vec<Signatory> {
    let lines = column_streams(text);
    let mut out: Vec<Signatory> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut expecting_name = false;
    let mut blank_run = 0;
    let mut skipped = 0;
    for raw in &lines {
        // OCR puts specks of stamps and signatures in front of lines: "(5 BUPATI BANJAR,".
        let line = strip_leading_specks(raw.trim());
        if line.is_empty()
            || line.chars().filter(|c| c.is_alphanumeric()).count() <= 4 && !looks_like_name(line)
            || NOISE.is_match(line)
        {
            // Signature space (or OCR specks from a signature or stamp).
            blank_run += 1;
            if blank_run > 6 {
                pending.clear();
                expecting_name = false;
            }
            continue;
        }
        blank_run = 0;
        if ROLE.is_match(line) {
            pending.clear();
            expecting_name = false;
            continue;
        }
        if ON_BEHALF.is_match(line) {
            continue;
        }
        if expecting_name
            && (TITLED.is_match(line) || looks_like_name(line))
            && !is_position_continuation(line)
        {
            let name = clean_name(line.trim_end_matches(',').trim());
            if !out.iter().any(|s| s.name == name) {
                out.push(Signatory {
                    name,
                    position: clean_position(&pending),
                });
            }
            pending.clear();
            expecting_name = false;
            continue;
        }
        if is_position_line(line) {
            if expecting_name {
                // A second comma-ended line: the position goes on (or a new block starts).
                pending.clear();
            }
            pending.push(line.to_string());
            if pending.len() > 4 {
                pending.remove(0);
            }
            expecting_name = line.ends_with(',');
            skipped = 0;
            continue;
        }
        if BELOW_NAME.is_match(line) {
            continue;
        }
        if expecting_name && skipped < MAX_SIGNATURE_NOISE {
            // OCR of a signature or stamp between the position and the name.
            skipped += 1;
            continue;
        }
        pending.clear();
        expecting_name = false;
    }
    out
}

fn strip_leading_specks(line: &str) -> &str {
    let mut rest = line;
    while let Some((first, tail)) = rest.split_once(' ') {
        if first.chars().any(char::is_alphabetic) {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// Upper-case lines right after a comma-ended one that are themselves offices, not names.
fn is_position_continuation(line: &str) -> bool {
    static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:bupati|gubernur|wali\s*kota|walikota|ketua|sekretaris|kepala|direktur|rektor|dekan|camat|lurah|menteri|komisi|badan|dinas|pemerintah|kabupaten|kota|provinsi|plt|plh|pj)\b")
            .expect("valid regex")
    });
    OFFICE.is_match(line) && !line.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sigs(text: &str) -> Vec<(String, Option<String>)> {
        find_signatories(text)
            .into_iter()
            .map(|s| (s.name, s.position))
            .collect()
    }

    fn s(name: &str, pos: &str) -> (String, Option<String>) {
        (name.to_string(), Some(pos.to_string()))
    }

    #[test]
    fn one_block() {
        let text = "Dikeluarkan di Martapura\npada tanggal 28 September 2020\nBUPATI BANJAR,\n\n\nH. KHALILLURAHMAN\nTembusan Yth.:";
        assert_eq!(sigs(text), [s("H. KHALILLURAHMAN", "BUPATI BANJAR")]);
    }

    #[test]
    fn on_behalf_and_nip() {
        let text = "a.n. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\n\nDrs. H. RAHMAT HIDAYAT NOOR, M.Si.\nPembina Utama Muda\nNIP. 19680312 199303 1 007";
        assert_eq!(
            sigs(text),
            [s("Drs. H. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")]
        );
    }

    #[test]
    fn multi_line_positions_and_witness() {
        let text = "PIHAK KESATU,\nSEKRETARIS KOMISI PEMILIHAN UMUM\nKOTA BANJARBARU,\nH. ABDUL GHAFUR, S.Sos.\nNIP. 19700105 199203 1 008\nPIHAK KEDUA,\nKEPALA BADAN PENGELOLAAN KEUANGAN\nDAN ASET DAERAH,\nHj. RUSDIANA, S.E., M.Si.\nNIP. 19740321 199903 2 004\nMengetahui,\nKETUA KOMISI PEMILIHAN UMUM\nKOTA BANJARBARU,\nZAINAL ARIFIN, S.Ag.";
        assert_eq!(
            sigs(text),
            [
                s(
                    "H. ABDUL GHAFUR, S.Sos.",
                    "SEKRETARIS KOMISI PEMILIHAN UMUM KOTA BANJARBARU"
                ),
                s(
                    "Hj. RUSDIANA, S.E., M.Si.",
                    "KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"
                ),
                s(
                    "ZAINAL ARIFIN, S.Ag.",
                    "KETUA KOMISI PEMILIHAN UMUM KOTA BANJARBARU"
                ),
            ]
        );
    }

    #[test]
    fn stamp_noise_and_wrapped_titles() {
        let text = "Dikeluarkan di Martapura\npada tanggal 28 September 2020\n(5 BUPATI BANJAR,\n> 3 / AS N\n(af Ng 11\nVA N\\ dan\nKHALILLURAHMAN\nTembusan Yth.:";
        assert_eq!(sigs(text), [s("KHALILLURAHMAN", "BUPATI BANJAR")]);
        let text = "a.n. WALI KOTA BANJARMASIN\nSEKRETARIS DAERAH,\nIr. H. MUHAMMAD SYARIFUDDIN,\nM.T.\nPembina Utama Madya";
        assert_eq!(
            sigs(text),
            [s("Ir. H. MUHAMMAD SYARIFUDDIN", "SEKRETARIS DAERAH")]
        );
    }

    #[test]
    fn side_by_side_blocks() {
        let text = "PIHAK KEDUA,\tPIHAK PERTAMA,\nKETUA KOMISI PEMILIHAN UMUM\tSEKRETARIS DAERAH,\nPROVINSI KALIMANTAN SELATAN,\n\n\nFAHRIANNOR, S.Sos., M.AP.\tH. ROY RIZALI ANWAR";
        assert_eq!(
            sigs(text),
            [
                s(
                    "FAHRIANNOR, S.Sos., M.AP.",
                    "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"
                ),
                s("H. ROY RIZALI ANWAR", "SEKRETARIS DAERAH"),
            ]
        );
    }
}
