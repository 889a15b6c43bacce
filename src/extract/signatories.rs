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

/// A line of degrees only: `S.I.K., M.H.`, `M.T.`.
static DEGREES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.)*,?\s*)+$").expect("valid regex")
});

/// Words of offices and institutions, never part of a person's name.
static INSTITUTION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:badan|komisi|pemilihan|umum|keuangan|pengelolaan|daerah|kabupaten|provinsi|kota|dinas|kantor|sekretariat|pemerintah|kepolisian|kejaksaan|negeri|universitas|fakultas)\b")
        .expect("valid regex")
});

/// The copy list after the signature.
static TEMBUSAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^tembusan\b").expect("valid regex"));

/// Words a document needs before its own vocabulary is trusted to repair a position.
const MIN_VOCABULARY_WORDS: usize = 200;

/// How many lines of signature or stamp noise may sit between a position and its name.
const MAX_SIGNATURE_NOISE: usize = 10;

/// Lines under a name: rank, NIP, NRP.
static BELOW_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nip|nrp|nik|pangkat|pembina|penata|nip\.|akbp|kombes|kompol|akp|iptu|ipda|brigjen|kolonel|letkol|mayor|jaksa\s+utama|jaksa\s+madya)\b").expect("valid regex")
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
    let streams = column_streams(text);
    // OCR puts specks of stamps and signatures in front of lines: "(5 BUPATI BANJAR,".
    let lines: Vec<&str> = streams
        .iter()
        .map(|l| strip_leading_specks(l.trim()))
        .collect();
    let mut found = find_in_lines(&lines);
    repair_with_body(&mut found, text);
    repair_positions(&mut found, text);
    found
}
/// Repairs words of a position that OCR garbled (not Indonesian words, and found nowhere
/// else in the document)
/// with the closest word the document does print elsewhere (`PROVINGI` → `PROVINSI`);
/// debris with no close word is dropped. Only for documents long enough to have a
/// vocabulary: offices and regions in a signature block are printed in the body too. Positions repeat words of the body (offices and
/// regions), which stamps do not reach.
fn repair_positions(found: &mut [Signatory], text: &str) {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[A-Za-z]+").expect("valid regex"));
    if WORD.find_iter(text).count() < MIN_VOCABULARY_WORDS {
        return;
    }
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for w in WORD.find_iter(text) {
        *counts.entry(w.as_str().to_uppercase()).or_default() += 1;
    }
    let vocabulary: Vec<&String> = counts
        .iter()
        .filter(|(w, n)| **n >= 2 && w.len() >= 3)
        .map(|(w, _)| w)
        .collect();
    for s in found.iter_mut() {
        let Some(position) = &s.position else {
            continue;
        };
        let mut words = Vec::new();
        for raw in position.split_whitespace() {
            let word: String = raw
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_uppercase();
            if word.is_empty() {
                continue;
            }
            if counts.get(&word).copied().unwrap_or(0) >= 2
                || word.len() < 3
                || crate::lang::is_word(&word)
            {
                words.push(word);
                continue;
            }
            let limit = (word.len() / 4).max(1);
            let best = vocabulary
                .iter()
                .map(|v| (edit_distance(&word, v), *v))
                .filter(|(d, _)| *d <= limit)
                .min_by_key(|(d, v)| (*d, std::cmp::Reverse(counts.get(*v).copied().unwrap_or(0))));
            if let Some((_, v)) = best {
                words.push(v.clone());
            }
        }
        if !words.is_empty() {
            s.position = Some(words.join(" "));
        }
    }
}

/// Names printed in the body, where stamps do not reach: `Nama : H. ABDUL GHAFUR, S.Sos.`
/// and the party clauses of an agreement (`1. H. ROY RIZALI ANWAR, Sekretaris Daerah ...`).
fn body_names(text: &str) -> Vec<String> {
    static NAME_FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^\s*(?:\d+\.\s*)?Nama\s*:\s*(.+?)\s*$").expect("valid regex")
    });
    static PARTY_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^\s*\d+\.\s+((?:(?:Dr|Drs|Dra|Ir|H|Hj|Prof|KH)\.\s*)*[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'.\-]*)*(?:,\s*[A-Z][A-Za-z]*\.(?:[A-Za-z]+\.)*)*),\s+[A-Z][a-z]")
            .expect("valid regex")
    });
    NAME_FIELD
        .captures_iter(text)
        .chain(PARTY_CLAUSE.captures_iter(text))
        .filter_map(|c| c.get(1).map(|m| squash(m.as_str().trim_end_matches(','))))
        .filter(|n| looks_like_name(n))
        .collect()
}

/// The name without titles and degrees, upper-cased: what OCR slips are measured on.
fn core_name(name: &str) -> String {
    let head = name.split(',').next().unwrap_or(name);
    let mut words: Vec<&str> = head
        .split_whitespace()
        .filter(|w| !(w.ends_with('.') && w.len() <= 5))
        .collect();
    // Degrees whose punctuation OCR lost (`S SIT M H`) trail the name as short tokens.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() <= 3)
    {
        words.pop();
    }
    words.join(" ").to_uppercase()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push(
                (prev[j + 1] + 1)
                    .min(cur[j] + 1)
                    .min(prev[j] + usize::from(ca != *cb)),
            );
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Replaces a signature-block name with the same name as the body prints it, out of reach
/// of stamps and with its titles, when the two are close (`WAN SYAHPUTRA, S.SIT., M.H.` →
/// `IRWAN SYAHPUTRA, S.SiT., M.H.`).
fn repair_with_body(found: &mut [Signatory], text: &str) {
    let names = body_names(text);
    for s in found.iter_mut() {
        let core = core_name(&s.name);
        let best = names
            .iter()
            .map(|n| {
                let c = core_name(n);
                (
                    edit_distance(&core, &c) as f64 / c.chars().count().max(1) as f64,
                    n,
                )
            })
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((ratio, name)) = best {
            if ratio <= 0.3 {
                s.name = name.clone();
            }
        }
    }
}

fn find_in_lines(lines: &[&str]) -> Vec<Signatory> {
    let mut out: Vec<Signatory> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    // After `a.n. GUBERNUR`, capital lines continue whom the signer acts for until the
    // signer's own office begins.
    let mut on_behalf = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if is_blank_or_noise(line) {
            continue;
        }
        if ROLE.is_match(line) {
            pending.clear();
            on_behalf = false;
            continue;
        }
        if ON_BEHALF.is_match(line) {
            on_behalf = true;
            continue;
        }
        if is_position_line(line) {
            if on_behalf && !OFFICE.is_match(line) {
                continue;
            }
            on_behalf = false;
            pending.push(line.to_string());
            if pending.len() > 4 {
                pending.remove(0);
            }
            if line.ends_with(',') {
                if let Some((j, name)) = best_name(lines, i) {
                    let core = core_name(&name);
                    let seen = out.iter().any(|s| {
                        let other = core_name(&s.name);
                        edit_distance(&core, &other) * 10 <= 3 * other.chars().count().max(1)
                    });
                    if !seen {
                        out.push(Signatory {
                            name,
                            position: clean_position(&pending),
                        });
                    }
                    i = j + 1;
                }
                pending.clear();
            }
            continue;
        }
        if BELOW_NAME.is_match(line) {
            continue;
        }
        pending.clear();
        on_behalf = false;
    }
    out
}

fn is_blank_or_noise(line: &str) -> bool {
    line.is_empty()
        || (line.chars().filter(|c| c.is_alphanumeric()).count() <= 4 && !looks_like_name(line))
        || NOISE.is_match(line)
}

/// The most name-like line in the signature space after a position, and its index.
///
/// Stamps and signatures OCR into debris that can look like words, so candidates are
/// scored: a title (`Drs.`, `H.`), a rank or NIP line just below, capitals and a degree
/// after a comma all count; ties go to the later line (the name is printed last).
fn best_name(lines: &[&str], from: usize) -> Option<(usize, String)> {
    let mut best: Option<(u32, usize, String)> = None;
    for (j, line) in lines
        .iter()
        .enumerate()
        .skip(from)
        .take(MAX_SIGNATURE_NOISE + 2)
    {
        let wrapped_name = lines.get(j + 1).is_some_and(|n| DEGREES.is_match(n.trim()));
        if ROLE.is_match(line)
            || TEMBUSAN.is_match(line)
            || (is_position_line(line)
                && line.ends_with(',')
                && !TITLED.is_match(line)
                && !wrapped_name)
        {
            break;
        }
        if BELOW_NAME.is_match(line) {
            continue;
        }
        let Some(mut name) = name_in_line(line) else {
            continue;
        };
        // A name wrapped over two lines: `MUHAMMAD GANDHI RAHMAN,` + `S.I.K., M.H.`, or
        // `Prof. Dr. Ir. H. RAHMAT` + `NOORHIDAYAT, M.Sc.`.
        let mut last = j;
        if let Some(next) = lines.get(j + 1) {
            let next = next.trim();
            let wraps = DEGREES.is_match(next)
                || (!line.contains(',')
                    && line
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| upper_ratio(w) >= 0.8)
                    && !TITLED.is_match(next)
                    && looks_like_name(next)
                    && next.contains(',')
                    && upper_ratio(next.split(',').next().unwrap_or("")) >= 0.8);
            if wraps {
                name = format!(
                    "{}{} {}",
                    name.trim_end_matches(','),
                    if DEGREES.is_match(next) { "," } else { "" },
                    next
                );
                last = j + 1;
            }
        }
        let j = last;
        // The rank or NIP line comes right under the name.
        let below = lines
            .get(j + 1)
            .is_some_and(|l| BELOW_NAME.is_match(l.trim()));
        let mut score = 0;
        if TITLED.is_match(&name) {
            score += 3;
        }

        if below {
            score += 3;
        }
        let head = name.split(',').next().unwrap_or(&name);
        if upper_ratio(head) >= 0.8 {
            score += 2;
        }
        if head.split_whitespace().count() >= 2 {
            score += 1;
        }
        if name.contains(',') {
            score += 1;
        }
        if score >= 2 && best.as_ref().is_none_or(|(s, _, _)| score >= *s) {
            best = Some((score, j, name));
        }
        if below {
            // A name with its NIP under it ends the block.
            break;
        }
    }
    best.map(|(_, j, name)| (j, name))
}

/// The person's name in a line, without debris before it: from the first title
/// (`H.`, `Dr.`, ...) if there is one, else the run of capitalised words.
fn name_in_line(line: &str) -> Option<String> {
    static TITLE_START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:^|[\s(\[“"'/|>\-])((?:Dr|Drs|Dra|Ir|H|Hj|Prof|KH|dr|drg)\.\s*[A-Z].*)$"#)
            .expect("valid regex")
    });
    static CAPS_RUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[A-Z][A-Z'\-]{1,}(?:\s+[A-Z][A-Z'.\-]*)*(?:,\s*[A-Za-z][A-Za-z.]*\.?)*")
            .expect("valid regex")
    });
    let line = line.trim_end_matches([',', ' ']);
    let candidate = if let Some(c) = TITLE_START.captures(line) {
        c[1].to_string()
    } else if looks_like_name(line) {
        line.to_string()
    } else {
        CAPS_RUN.find_iter(line).last()?.as_str().to_string()
    };
    let candidate = clean_name(candidate.trim_end_matches(',').trim());
    // People's names do not hold the words of offices and institutions.
    if INSTITUTION_WORD.is_match(&candidate) {
        return None;
    }
    (looks_like_name(&candidate) && !is_position_continuation(&candidate)).then_some(candidate)
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
    OFFICE.is_match(line) && !line.contains('.')
}

/// Words that open an office: the signer's own position starts with one of them.
static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:bupati|gubernur|wali\s*kota|walikota|ketua|sekretaris|kepala|direktur|rektor|dekan|camat|lurah|menteri|komisi|badan|dinas|pemerintah|kabupaten|kota|provinsi|plt|plh|pj)\b")
            .expect("valid regex")
});

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
            [s("Ir. H. MUHAMMAD SYARIFUDDIN, M.T.", "SEKRETARIS DAERAH")]
        );
    }

    #[test]
    fn born_digital_two_column_blocks() {
        let text = "PIHAK PERTAMA,\tPIHAK KEDUA,\nKETUA BADAN PENGAWAS\tDEKAN FAKULTAS SYARIAH,\nPEMILIHAN UMUM\nKOTA BANJARMASIN,\n\tDr. H. FAHMI ANSHARI, M.H.I.\n\tNIP. 19760318 200312 1 001\nM. ZAINI, S.H.I., M.H.";
        assert_eq!(
            sigs(text),
            [
                s(
                    "M. ZAINI, S.H.I., M.H.",
                    "KETUA BADAN PENGAWAS PEMILIHAN UMUM KOTA BANJARMASIN"
                ),
                s("Dr. H. FAHMI ANSHARI, M.H.I.", "DEKAN FAKULTAS SYARIAH"),
            ]
        );
        let text = "PIHAK KEDUA,\tPIHAK PERTAMA,\nKEPALA KEPOLISIAN RESOR\tBUPATI KOTABARU,\nKOTABARU,\n\tIr. H. GUSTI ARSYAD, M.M.\nMUHAMMAD GANDHI RAHMAN,\nS.I.K., M.H.\nAKBP NRP 80091234";
        assert_eq!(
            sigs(text),
            [
                s(
                    "MUHAMMAD GANDHI RAHMAN, S.I.K., M.H.",
                    "KEPALA KEPOLISIAN RESOR KOTABARU"
                ),
                s("Ir. H. GUSTI ARSYAD, M.M.", "BUPATI KOTABARU"),
            ]
        );
        let text = "PIHAK KESATU,\tPIHAK KEDUA,\nKETUA KOMISI PEMILIHAN UMUM\tREKTOR,\nPROVINSI KALIMANTAN SELATAN,\n\tProf. Dr. Ir. H. RAHMAT\nH. MUHAMMAD RIFQI, S.Ag., M.H.\tNOORHIDAYAT, M.Sc.\n\tNIP. 19640517 198903 1 004";
        assert_eq!(
            sigs(text),
            [
                s(
                    "H. MUHAMMAD RIFQI, S.Ag., M.H.",
                    "KETUA KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"
                ),
                s("Prof. Dr. Ir. H. RAHMAT NOORHIDAYAT, M.Sc.", "REKTOR"),
            ]
        );
    }

    #[test]
    fn scribble_before_the_name_is_passed_over() {
        let text = "Dikeluarkan di Batulicin\npada tanggal 30 April 2021\na.n. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\n1\t= \\ %\nMoony\nDrs. RAHMAT HIDAYAT NOOR, M.Si.\nPembina Utama Madya\nNIP. 19680822 199403 1 006\nTembusan:";
        assert_eq!(
            sigs(text),
            [s("Drs. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")]
        );
    }

    #[test]
    fn garbled_names_are_repaired_from_the_body() {
        let text = "Pada hari ini ...\n1. Ir. H. GUSTI ARSYAD, M.M., Bupati Kotabaru, dalam hal ini\n2. IRWAN SYAHPUTRA, S.SiT., M.H., Kepala Kantor Pertanahan\n...\nPIHAK KESATU,\nBUPATI KOTABARU,\nGUSTI ARSYAD, M.M.\nPIHAK KEDUA,\nKEPALA KANTOR PERTANAHAN,\nWAN SYAHPUTRA, S.SIT., M.H.\nNIP. 19790902 200212 1 003";
        let names: Vec<String> = find_signatories(text).into_iter().map(|s| s.name).collect();
        assert_eq!(
            names,
            ["Ir. H. GUSTI ARSYAD, M.M.", "IRWAN SYAHPUTRA, S.SiT., M.H."]
        );
    }

    #[test]
    fn garbled_positions_are_repaired_from_the_document_vocabulary() {
        let body = "Ketua Badan Pengawas Pemilihan Umum Provinsi Kalimantan Selatan menyampaikan laporan pengawasan kepada Gubernur Kalimantan Selatan. ".repeat(15);
        let text = format!("{body}\nKETUA BADAN PENGAWAS IHAN UMUM SINVAS PROVINGI IMANTAN SELATAN,\nAHMAD FAUZAN NOOR, S.H., M.H.");
        assert_eq!(
            sigs(&text),
            [s(
                "AHMAD FAUZAN NOOR, S.H., M.H.",
                "KETUA BADAN PENGAWAS UMUM PROVINSI SELATAN"
            )]
        );
    }

    #[test]
    fn office_words_are_not_names_and_near_twins_are_one() {
        let text = "PIHAK KEDUA,\nKEPALA BADAN,\nKEP BADAN PENGELOLAAN KEUANGAN\nHj. RUSDIANA, S.E., M.Si.\nNIP. 19740321 199903 2 004\nKETUA KOMISI,\nRAFMADI NOOR, S.Pd.\nKETUA KOMISI,\nRAHMADI NOOR, S.Pd.";
        let names: Vec<String> = find_signatories(text).into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["Hj. RUSDIANA, S.E., M.Si.", "RAFMADI NOOR, S.Pd."]);
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
