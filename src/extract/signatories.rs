//! Signature blocks: the position printed above (ending with a comma), then the name,
//! then optionally rank and NIP. Handles `a.n.`/`Plt.` lines, `PIHAK PERTAMA,` and
//! `Mengetahui,` headings, and two blocks side by side (read as two columns).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lines::{column_streams, squash, upper_ratio};
use crate::extract::undersigned::{find_undersigned, Side, Undersigned};
use crate::model::Signatory;

/// Headings that open a block but are not part of the position.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:untuk\s+dan\s+atas\s+nama\s+)?(?:pihak\s+(?:pertama|kedua|kesatu|ketiga|i|ii|iii)|para\s+pihak|mengetahui|menyetujui|disetujui\s+oleh|saksi(?:[- ]saksi)?(?:\s*:)?|yang\s+menerima|yang\s+menyerahkan|yang\s+membuat\s+pernyataan)\s*[,:.]?$")
        .expect("valid regex")
});

/// `a.n. BUPATI BANJAR`, `u.b.`: on behalf of someone else, not the signer's office.
static ON_BEHALF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:a\.?\s?n\.?|a\.\s?m\.|u\.?\s?b\.?)\s+\S").expect("valid regex")
});

/// What sits in the signature space: "ttd", a stamp's label, a duty stamp.
static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(\[]?\s*(?:ttd|t\.t\.d|dto|cap|stempel|materai|meterai|meterai\s+\d+|tte|ditandatangani\s+secara\s+elektronik)\b.*$").expect("valid regex")
});

/// A name that opens with an academic or religious title: `Ir. H. MUHAMMAD SYARIFUDDIN,`.
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Dr|Drs|Dra|Ir|H|Hj|Prof|KH|dr|drg|Tgh)\.\s*)+[A-Z][A-Za-z'.]+(?:\s+[A-Z][A-Za-z'.]*){0,6},?(?:\s+[A-Z][A-Za-z.]*\.,?)*$").expect("valid regex")
});

/// A line of degrees only: `S.I.K., M.H.`, `M.T.`.
static DEGREES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{DEGREE},?\s*)+$")).expect("valid regex"));

/// One academic degree: `S.H.`, `M.AP.`, `S.Pd.I.`, `S.I.K.`.
pub(crate) const DEGREE: &str = r"[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.)*";

/// Words of offices and institutions, never part of a person's name.
static INSTITUTION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:badan|komisi|pemilihan|umum|keuangan|pengelolaan|daerah|kabupaten|provinsi|kota|dinas|kantor|sekretariat|pemerintah|kepolisian|kejaksaan|negeri|universitas|fakultas|pt|cv|politeknik|institut|akademi|sekolah|rumah\s+sakit|kementerian|direktorat|kecamatan|kelurahan|desa|bidang|pengembangan|pembangunan)\b")
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

/// Titles written in lower case before a name: `dr.`, `drg.`, `drh.`.
static LOWER_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(?:dr|drg|drh)\.\s*)+").expect("valid regex"));

/// An office printed in Title Case (`Wakil Dekan Bidang Akademik,`): it opens a block only
/// when a name that is plainly one follows (titled, with its NIP under it). `next` is the
/// index of the line after it.
fn is_titled_office(lines: &[&str], next: usize, line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    line.ends_with(',')
        && (1..=10).contains(&words.len())
        && HEAD_OF_OFFICE.is_match(line)
        && !line.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "dan" | "di" | "dari" | "untuk" | "pada")
        })
        && best_name(lines, next).is_some_and(|(_, _, score)| score >= STRONG_NAME)
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
    // Medical titles are written in lower case (`dr. RETNO`, `drg. MARIA`): the name
    // proper starts after them.
    let first = LOWER_TITLE.replace(head, "").chars().next().unwrap_or(' ');
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
    let joined = joined
        .trim_end_matches([',', ' ', ':', '.'])
        .trim()
        .to_string();
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
    let mut blocks = find_in_lines(&lines);
    let undersigned = find_undersigned(text);
    vouch_with_undersigned(&mut blocks, &undersigned);
    let mut found: Vec<Signatory> = blocks
        .into_iter()
        .filter_map(|b| {
            Some(Signatory {
                name: b.name?,
                position: b.position,
            })
        })
        .collect();
    repair_with_body(&mut found, text);
    repair_positions(&mut found, text);
    complete_positions(&mut found, &undersigned);
    complete_from_heading(&mut found, text);
    found
}

/// How many lines of the head of a document are searched for the issuer's office.
const HEADING_LINES: usize = 25;

/// The offices a document's head names in capitals: its letterhead (`BUPATI HULU SUNGAI
/// SELATAN`) or its heading (`SURAT EDARAN` / `KETUA BADAN PENGAWAS ...`, `KEPUTUSAN
/// BUPATI BANJAR`), a line or a line and the next.
fn heading_offices(text: &str) -> Vec<String> {
    static KIND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:SURAT\s+EDARAN|KEPUTUSAN|PERATURAN|INSTRUKSI|PENGUMUMAN)\s+")
            .expect("valid regex")
    });
    static NOT_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:nomor|no\.|tentang|yth|kepada|lampiran|perihal|hal|sifat|jalan|jl)\b")
            .expect("valid regex")
    });
    let lines: Vec<String> = text
        .lines()
        .take(HEADING_LINES)
        .map(|l| squash(crate::extract::lines::clean_ocr_line(l)))
        .collect();
    let capital = |l: &str| {
        upper_ratio(l) >= 0.8 && !NOT_OFFICE.is_match(l) && !l.chars().any(|c| c.is_ascii_digit())
    };
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let line = KIND.replace(line, "").trim_end_matches(',').to_string();
        if !HEAD_OF_OFFICE.is_match(&line) || !capital(&line) {
            continue;
        }
        if let Some(next) = lines.get(i + 1).filter(|n| capital(n) && !n.is_empty()) {
            out.push(format!("{line} {}", next.trim_end_matches(',')));
        }
        out.push(line);
    }
    out
}

/// A position that lost its head to a stamp (`PEN SUNGAI SELATAN`) becomes the office the
/// document's head names, when that office holds most of the words OCR did read. The
/// issuer of a letter or decree signs it; one acting for them (`a.n.`) keeps their own,
/// intact, office.
fn complete_from_heading(found: &mut [Signatory], text: &str) {
    let offices = heading_offices(text);
    if offices.is_empty() {
        return;
    }
    for s in found.iter_mut() {
        let Some(position) = &s.position else {
            continue;
        };
        if HEAD_OF_OFFICE.is_match(position) {
            continue;
        }
        let read: Vec<String> = position
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_uppercase())
            // Fragments of three letters or fewer are what OCR makes of stamped words.
            .filter(|w| w.chars().count() >= 4)
            .collect();
        if read.is_empty() {
            continue;
        }
        let best = offices
            .iter()
            .map(|office| {
                let words: Vec<String> = office.split_whitespace().map(str::to_uppercase).collect();
                let hits = read
                    .iter()
                    .filter(|r| words.iter().any(|w| *w == **r || edit_distance(r, w) <= 1))
                    .count();
                (hits, office)
            })
            .max_by_key(|(hits, office)| (*hits, std::cmp::Reverse(office.len())));
        if let Some((hits, office)) = best {
            if hits >= 1 && hits * 10 >= read.len() * 6 {
                s.position = Some(office.to_uppercase());
            }
        }
    }
}

/// A signature block as read: the side it is labelled with (`PIHAK KEDUA,`), its position
/// and the name under it, either of which OCR may have lost to a stamp.
#[derive(Debug)]
struct Block {
    side: Option<Side>,
    name: Option<String>,
    position: Option<String>,
}

/// Whether two spellings name the same person: close after titles are set aside, or
/// sharing a long word (OCR rarely garbles a whole name: `NYAMAN SYAHPUTRA`).
fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (core_name(a), core_name(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if edit_distance(&a, &b) * 10 <= 3 * b.chars().count().max(1) {
        return true;
    }
    let long = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_string)
            .collect()
    };
    let wa = long(&a);
    long(&b).iter().any(|w| wa.contains(w))
}

/// Checks the signature blocks against the signers the agreement's opening names, which
/// stamps do not reach. A block takes the matching signer's name as the body prints it; a
/// block whose name is missing or matches no signer takes the signer of its side; signers
/// no block shows (their blocks lost to OCR) are added, since the document itself says
/// they sign below.
fn vouch_with_undersigned(blocks: &mut Vec<Block>, undersigned: &[Undersigned]) {
    if undersigned.is_empty() {
        return;
    }
    let mut used = vec![false; undersigned.len()];
    let mut unmatched = Vec::new();
    for (i, b) in blocks.iter_mut().enumerate() {
        let by_name = b.name.as_deref().and_then(|n| {
            undersigned
                .iter()
                .enumerate()
                .position(|(k, u)| !used[k] && same_person(n, &u.name))
        });
        match by_name {
            Some(k) => {
                used[k] = true;
                b.name = Some(undersigned[k].name.clone());
                b.side = b.side.or(undersigned[k].side);
            }
            None => unmatched.push(i),
        }
    }
    for i in unmatched {
        let b = &mut blocks[i];
        let Some(side) = b.side else { continue };
        let Some(k) = undersigned
            .iter()
            .enumerate()
            .position(|(k, u)| !used[k] && u.side == Some(side))
        else {
            continue;
        };
        used[k] = true;
        b.name = Some(undersigned[k].name.clone());
    }
    for (k, u) in undersigned.iter().enumerate() {
        if !used[k] && !blocks.iter().any(|b| b.name.as_deref() == Some(&u.name)) {
            blocks.push(Block {
                side: u.side,
                name: Some(u.name.clone()),
                position: u.position.clone(),
            });
        }
    }
}

/// A position that does not open with an office word lost its head to OCR (`TANAH BUMBU`
/// for `BUPATI TANAH BUMBU`): the signer's office as the agreement's opening states it
/// replaces it.
fn complete_positions(found: &mut [Signatory], undersigned: &[Undersigned]) {
    for s in found.iter_mut() {
        let intact = s
            .position
            .as_deref()
            .is_some_and(|p| HEAD_OF_OFFICE.is_match(p));
        if intact {
            continue;
        }
        let Some(full) = undersigned
            .iter()
            .find(|u| u.name == s.name)
            .and_then(|u| u.position.as_deref())
        else {
            continue;
        };
        // The block may print a shorter office than the clause (`SEKRETARIS DAERAH`
        // under `a.n. BUPATI SLEMAN`, the clause adding `KABUPATEN SLEMAN`): what OCR
        // kept of its end says where it stopped.
        let last_read = s
            .position
            .as_deref()
            .and_then(|p| p.split_whitespace().last())
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_uppercase())
            .filter(|w| w.chars().count() >= 4);
        let words: Vec<&str> = full.split_whitespace().collect();
        let end = last_read
            .and_then(|w| words.iter().position(|x| *x == w))
            .map_or(words.len(), |i| i + 1);
        s.position = Some(words[..end].join(" "));
    }
}
/// Repairs words of a position that OCR garbled (not Indonesian words, and found nowhere
/// else in the document)
/// with the closest word the document does print elsewhere (`PROVINGI` → `PROVINSI`);
/// debris with no close word is dropped. Only for documents long enough to have a
/// vocabulary: offices and regions in a signature block are printed in the body too. Positions repeat words of the body (offices and
/// regions), which stamps do not reach.
fn repair_positions(found: &mut [Signatory], text: &str) {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[A-Za-z]+").expect("valid regex"));
    // A short document has too little vocabulary to call a word debris: its positions are
    // only mended towards the words offices are made of (`KERALA` → `KEPALA`).
    let long = WORD.find_iter(text).count() >= MIN_VOCABULARY_WORDS;
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for w in WORD.find_iter(text) {
        *counts.entry(w.as_str().to_uppercase()).or_default() += 1;
    }
    let office_words: Vec<String> = OFFICE_WORDS.iter().map(|w| (*w).to_string()).collect();
    let vocabulary: Vec<&String> = counts
        .iter()
        .filter(|(w, n)| long && **n >= 2 && w.len() >= 3)
        .map(|(w, _)| w)
        .chain(office_words.iter())
        .collect();
    for s in found.iter_mut() {
        let Some(position) = &s.position else {
            continue;
        };
        let mut words = Vec::new();
        let mut changed = false;
        for raw in position.split_whitespace() {
            let word: String = raw
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_uppercase();
            if word.is_empty() {
                changed = true;
                continue;
            }
            if counts.get(&word).copied().unwrap_or(0) >= 2
                || word.len() < 3
                || crate::lang::is_word(&word)
                || KNOWN_IN_POSITIONS.contains(&word.as_str())
            {
                words.push(word);
                continue;
            }
            changed = true;
            let limit = (word.len() / 4).max(1);
            let best = vocabulary
                .iter()
                .map(|v| (edit_distance(&word, v), *v))
                .filter(|(d, _)| *d <= limit)
                .min_by_key(|(d, v)| (*d, std::cmp::Reverse(counts.get(*v).copied().unwrap_or(0))));
            match best {
                Some((_, v)) => words.push(v.clone()),
                None if !long => words.push(word),
                None => {}
            }
        }
        // A position read whole is kept as printed (`Plh. SEKRETARIS`).
        if changed && !words.is_empty() {
            s.position = Some(words.join(" "));
        }
    }
}

/// Words offices are made of, the targets of repairs in any document.
const OFFICE_WORDS: &[&str] = &[
    "KEPALA",
    "KETUA",
    "WAKIL",
    "SEKRETARIS",
    "CAMAT",
    "LURAH",
    "BUPATI",
    "GUBERNUR",
    "DIREKTUR",
    "REKTOR",
    "DEKAN",
    "MENTERI",
    "INSPEKTUR",
    "ASISTEN",
    "KOMANDAN",
    "PELAKSANA",
    "DESA",
    "DINAS",
    "BADAN",
    "DAERAH",
    "KABUPATEN",
    "PROVINSI",
    "KOTA",
];

/// Words of positions that no dictionary holds but that are no OCR debris: acting-office
/// prefixes and the acronyms of institutions (`Plh. SEKRETARIS`, `KETUA BAWASLU ...`).
const KNOWN_IN_POSITIONS: &[&str] = &[
    "PLT",
    "PLH",
    "PJS",
    "BAWASLU",
    "PANWASLU",
    "PANWASLIH",
    "KPU",
    "KPUD",
    "KIP",
    "DPRD",
    "DPR",
    "DPD",
    "MPR",
    "BPBD",
    "BNPB",
    "BPKAD",
    "BKAD",
    "BPKD",
    "BPKPD",
    "BAPPEDA",
    "BAPPEDALITBANG",
    "BAPPENAS",
    "BKD",
    "BKPSDM",
    "BKPP",
    "BKPPD",
    "BKN",
    "BPN",
    "ATR",
    "RSUD",
    "RSUP",
    "PUSKESMAS",
    "POLRES",
    "POLRESTA",
    "POLDA",
    "POLSEK",
    "KODIM",
    "KOREM",
    "KODAM",
    "KUA",
    "UPT",
    "UPTD",
    "SKPD",
    "OPD",
    "PMI",
    "KONI",
    "PKK",
    "BUMD",
    "PDAM",
    "TNI",
    "POLRI",
    "SATPOL",
    "DISDIK",
    "DINKES",
    "DISDUKCAPIL",
    "SETDA",
    "SETWAN",
    "KESBANGPOL",
    "BPS",
    "BPOM",
    "BMKG",
    "BPJS",
    "KEMENAG",
    "KEMENKES",
    "KEMENDAGRI",
    "POLTEKKES",
    "SMA",
    "SMK",
    "SMP",
    "SLB",
    "PAUD",
    "UIN",
    "IAIN",
    "STAIN",
    "STIKES",
    "LPPM",
];

/// Names printed in the body, where stamps do not reach: `Nama : H. ABDUL GHAFUR, S.Sos.`
/// and the party clauses of an agreement (`1. H. ROY RIZALI ANWAR, Sekretaris Daerah ...`).
fn body_names(text: &str) -> Vec<String> {
    static NAME_FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^\s*(?:(?:\d+|[IVX]{1,4}|[a-z])[.)]\s*)?Nama\s*:\s*(.+?)\s*$")
            .expect("valid regex")
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
        // Titles and degrees: `H.`, `Drs.`, `S.Sos.`; OCR may read their dot as a colon.
        .filter(|w| {
            !((w.ends_with(['.', ':']) && w.len() <= 5)
                || w.trim_end_matches(['.', ':']).contains('.'))
        })
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
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

fn find_in_lines(lines: &[&str]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    // The side the block under way is labelled with (`PIHAK KEDUA,`).
    let mut side: Option<Side> = None;
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
        if ROLE.is_match(line) || side_label(line).is_some() {
            pending.clear();
            on_behalf = false;
            side = side_label(line);
            continue;
        }
        if ON_BEHALF.is_match(line) {
            on_behalf = true;
            continue;
        }
        if is_position_line(line) || is_titled_office(lines, i, line) {
            // The signer's own office ends with a comma, also when OCR garbled its head.
            if on_behalf && !OFFICE.is_match(line) && !line.ends_with(',') {
                continue;
            }
            on_behalf = false;
            pending.push(line.to_string());
            if pending.len() > 4 {
                pending.remove(0);
            }
            // OCR reads the comma that ends a position as a full stop; then only a
            // name that is plainly one (titled, with its NIP under it) opens a block.
            let strong = || {
                line.ends_with('.')
                    && best_name(lines, i).is_some_and(|(_, _, score)| score >= STRONG_NAME)
            };
            if line.ends_with(',') || strong() {
                if let Some((j, name, _)) = best_name(lines, i) {
                    let core = core_name(&name);
                    let seen = out.iter().filter_map(|b| b.name.as_deref()).any(|n| {
                        let other = core_name(n);
                        edit_distance(&core, &other) * 10 <= 3 * other.chars().count().max(1)
                    });
                    if !seen {
                        out.push(Block {
                            side: side.take(),
                            name: Some(name),
                            position: clean_position(&pending),
                        });
                    }
                    i = j + 1;
                } else if side.is_some() {
                    // A labelled block whose name OCR lost: the agreement's opening may
                    // say who signs for that side.
                    out.push(Block {
                        side: side.take(),
                        name: None,
                        position: clean_position(&pending),
                    });
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

/// The side a block heading names, also when OCR garbled `PIHAK` (`YAN BIAKK KESATU,`,
/// `ATTY. PERTAMA,`): a short capital line ending in the ordinal and a comma.
fn side_label(line: &str) -> Option<Side> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:untuk\s+dan\s+atas\s+nama\s+)?pihak\s+(pertama|kesatu|kedua|ketiga|iii|ii|i)\s*[,:.]?$")
            .expect("valid regex")
    });
    static GARBLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\S+\s+){0,2}(PERTAMA|KESATU|KEDUA|KETIGA),$").expect("valid regex")
    });
    let line = line.trim();
    if let Some(c) = LABEL.captures(line) {
        return Side::parse(&c[1]);
    }
    let c = GARBLED.captures(line)?;
    (upper_ratio(line) >= 0.6)
        .then(|| Side::parse(&c[1]))
        .flatten()
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
fn best_name(lines: &[&str], from: usize) -> Option<(usize, String, u32)> {
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
            || DECREE_BODY.is_match(line)
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
    best.map(|(score, j, name)| (j, name, score))
}

/// The body of a decree, which follows the issuer's line (`BUPATI BANJAR,`) in its head,
/// and the subject heading of an agreement (`ANTARA A, B, DAN C` / `TENTANG`): no name
/// comes after these.
static DECREE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:menimbang|mengingat|memperhatikan|membaca|memutuskan|menetapkan|m\s*e\s*m\s*u\s*t\s*u\s*s\s*k\s*a\s*n|tentang\s*:?$|antara\s*:?$)")
        .expect("valid regex")
});

/// The least score of a name that lets a position ending in a full stop (OCR's reading of
/// its comma) open a block: a title and a rank or NIP line under it.
const STRONG_NAME: u32 = 6;

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
    static TITLE_MISREAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(Drs|Dra|Dr|Ir|Hj|Prof)[:;,]\s").expect("valid regex"));
    // OCR reads a title's dot as a colon or comma: `Bey Drs: SUPIAN NOOR`.
    let line = TITLE_MISREAD.replace_all(line, "$1. ");
    let line = line.trim_end_matches([',', ' ']);
    let candidate = if let Some(c) = TITLE_START.captures(line) {
        c[1].to_string()
    } else if looks_like_name(line) {
        line.to_string()
    } else if line.split_whitespace().count() <= MAX_DEBRIS_WORDS {
        CAPS_RUN.find_iter(line).last()?.as_str().to_string()
    } else {
        // A sentence: its acronyms (`Peraturan DPRD Kabupaten`) are no names.
        return None;
    };
    let candidate = degree_commas(&candidate);
    let candidate = clean_name(candidate.trim_end_matches(',').trim());
    // People's names do not hold the words of offices and institutions.
    if INSTITUTION_WORD.is_match(&candidate) {
        return None;
    }
    (looks_like_name(&candidate) && !is_position_continuation(&candidate)).then_some(candidate)
}

/// Words a line of stamp or signature debris around a name has at most.
const MAX_DEBRIS_WORDS: usize = 8;

/// Puts back the commas before degrees that OCR read as full stops:
/// `YOHANES WANIMBO. S.E.. M.Si.` → `YOHANES WANIMBO, S.E., M.Si.`.
fn degree_commas(name: &str) -> String {
    static AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b([A-Z][A-Z'\-]{2,})[.:;]\s+([A-Z][A-Za-z]{0,3}\.[A-Za-z]{1,4}\.?)")
            .expect("valid regex")
    });
    static AFTER_DEGREE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([A-Z]\.[A-Za-z]{1,4}\.)[.:;]\s+([A-Z][A-Za-z]{0,4}\.)").expect("valid regex")
    });
    let once = AFTER_NAME.replace_all(name, "$1, $2");
    AFTER_DEGREE.replace_all(&once, "$1, $2").into_owned()
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

/// Words a person's office opens with (`KETUA KOMISI ...`, not `KOMISI ...`).
static HEAD_OF_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:bupati|wakil|gubernur|wali\s*kota|walikota|ketua|sekretaris|kepala|direktur|rektor|dekan|camat|lurah|menteri|inspektur|asisten|komandan|kapolres|kapolda|panglima|pimpinan|pemimpin|koordinator|anggota|presiden|plt|plh|pj)\b")
        .expect("valid regex")
});

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

    #[test]
    fn agreement_opening_vouches_for_garbled_blocks() {
        // Invented agreement: the blocks at its end came through a stamp as debris.
        let opening = "Pada hari ini Rabu tanggal lima bulan Juni tahun dua ribu dua puluh empat, kami yang bertanda tangan di bawah ini:\n1. Ir. H. SAIFULLAH TAMLIHA, M.T., Wali Kota Banjarbaru, dalam hal ini bertindak untuk dan atas nama\nPemerintah Kota Banjarbaru, selanjutnya disebut PIHAK KESATU;\n2. Nama : Dra. HJ. NURUL FADILAH, M.Pd.\nJabatan : Kepala Dinas Pendidikan Provinsi Kalimantan Tengah, selanjutnya disebut PIHAK KEDUA.\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A side label garbled, a name misread, a position without its head.
            (
                "PAK KEDUA,\tYAN BIHAK KESATU,\nDINAS PENDIDIKAN PROVINSI\tWALI KOTA BANJARBARU,\nKALIMANTAN TENGAH,\n\tSAIFULLAH TAMLIHA, M.T.\nNURUL FADLAH, M.Pd.",
                &[
                    ("Dra. HJ. NURUL FADILAH, M.Pd.", "KEPALA DINAS PENDIDIKAN PROVINSI KALIMANTAN TENGAH"),
                    ("Ir. H. SAIFULLAH TAMLIHA, M.T.", "WALI KOTA BANJARBARU"),
                ],
            ),
            // A name lost entirely: the side's signer fills the block, its office kept.
            (
                "PIHAK KEDUA,\tPIHAK KESATU,\nKEPALA DINAS PENDIDIKAN,\tWALI KOTA BANJARBARU,\n\tSAIFULLAH TAMLIHA, M.T.\n",
                &[
                    ("Dra. HJ. NURUL FADILAH, M.Pd.", "KEPALA DINAS PENDIDIKAN"),
                    ("Ir. H. SAIFULLAH TAMLIHA, M.T.", "WALI KOTA BANJARBARU"),
                ],
            ),
            // Nothing legible at the end: the opening's signers, with its offices.
            (
                "Pasal 9\nPENUTUP\nAan ng3 At\nani nan aga yee\n",
                &[
                    ("Ir. H. SAIFULLAH TAMLIHA, M.T.", "WALI KOTA BANJARBARU"),
                    ("Dra. HJ. NURUL FADILAH, M.Pd.", "KEPALA DINAS PENDIDIKAN PROVINSI KALIMANTAN TENGAH"),
                ],
            ),
        ];
        for (end, expected) in cases {
            let text = format!("{opening}{end}");
            let got = sigs(&text);
            let want: Vec<_> = expected.iter().map(|(n, p)| s(n, p)).collect();
            assert_eq!(got, want, "{end}");
        }
    }

    #[test]
    fn headless_positions_take_the_issuers_office() {
        let cases: &[(&str, &str)] = &[
            // The letterhead names the issuer.
            (
                "BUPATI TAPIN\nYth. Para Camat se-Kabupaten Tapin\nSURAT EDARAN\nNOMOR 100.3/12/2024\nTENTANG\nLIBUR\n...\nDikeluarkan di Rantau\npada tanggal 2 Mei 2024\n(PAT TAPIN,\n\nMUHAMMAD ARIFIN ILHAM\n",
                "BUPATI TAPIN",
            ),
            // The heading names it over two lines.
            (
                "SURAT EDARAN\nKETUA KOMISI PEMILIHAN UMUM\nKABUPATEN TABALONG\nNOMOR 5 TAHUN 2024\n...\nDikeluarkan di Tanjung\nOMISI PEMILIHAN UMUM\nKABUPATEN TABALONG,\n\nAGUS SALIM\n",
                "KETUA KOMISI PEMILIHAN UMUM KABUPATEN TABALONG",
            ),
            // A headless position unlike the heading is left as read.
            (
                "BUPATI TAPIN\nSURAT EDARAN\n...\nDikeluarkan di Rantau\nSEKOLAH DASAR NEGERI RANTAU,\n\nSITI AMINAH\n",
                "SEKOLAH DASAR NEGERI RANTAU",
            ),
        ];
        for (text, position) in cases {
            let got = sigs(text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].1.as_deref(), Some(*position), "{text}");
        }
    }

    #[test]
    fn held_out_shapes() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A garbled block's office is completed from the clause only as far as it went.
            (
                "yang bertanda tangan di bawah ini:\nI. Nama : Dra. SRI MURYANINGSIH, M.M.\nJabatan : Sekretaris Daerah Kabupaten Sleman\ndalam hal ini bertindak untuk dan atas nama Bupati Sleman, selanjutnya disebut PIHAK PERTAMA.\nPIHAK PERTAMA,\na.n. BUPATI SLEMAN\nths ETARIS DAERAH,\nra.. MURYANINGSIH, M.M.\nNIP. 19660719 199203 2 004",
                &[("Dra. SRI MURYANINGSIH, M.M.", "SEKRETARIS DAERAH")],
            ),
            // A lower-case medical title and an acting head (`Plt.`) kept in the position.
            (
                "Saudara, kami sampaikan terima kasih.\n\tPlt. DIREKTUR,\n\tdr. RETNO WULANDARI, M.Kes.\n\tPembina Tk. I\n\tNIP. 19760611 200604 2 015",
                &[("dr. RETNO WULANDARI, M.Kes.", "Plt. DIREKTUR")],
            ),
            (
                "a.n. KETUA KPU KABUPATEN JAYAPURA\nPlh. SEKRETARIS,\nFRANSISKUS X. WAROPEN, S.Sos.\nNIP. 19750309 200212 1 004",
                &[("FRANSISKUS X. WAROPEN, S.Sos.", "Plh. SEKRETARIS")],
            ),
            // The issuer's line of a decree's head is followed by its body, not a name.
            (
                "DENGAN RAHMAT TUHAN YANG MAHA ESA\nDEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA,\nMenimbang : a. bahwa untuk membahas Rancangan Peraturan Daerah perlu dibentuk Panitia Khusus;\n4. Peraturan DPRD Kabupaten Sumbawa Nomor 1 Tahun 2014 tentang Tata Tertib\nKETUA DEWAN PERWAKILAN RAKYAT DAERAH\n\tKABUPATEN SUMBAWA,\n\tABDUL RAFIQ, S.E.",
                &[("ABDUL RAFIQ, S.E.", "KETUA DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SUMBAWA")],
            ),
            // OCR read the commas after the position and the name as full stops.
            (
                "mohon petunjuk Bapak lebih lanjut.\nKEPALA BADAN PERENCANAAN\n\tPEMBANGUNAN DAERAH.\n\tPorn\n\n\tLON\nDr. YOHANES WANIMBO. S.E.. M.Si.\n\tPembina Utama Madya\nNIP. 19700221 199603 1 002",
                &[("Dr. YOHANES WANIMBO, S.E., M.Si.", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH")],
            ),
            // OCR slips in a short document's offices, mended towards office words.
            ("Demikian.\nKERALA DESA SIDERA,\n\nARIFIN LAMASITUDJU", &[("ARIFIN LAMASITUDJU", "KEPALA DESA SIDERA")]),
            (
                "Demikian.\n#WCAMAT WONOSARI,\nDrs. SUKARDI WIDODO\nNIP. 19631112 198603 1 008",
                &[("Drs. SUKARDI WIDODO", "CAMAT WONOSARI")],
            ),
            // Title Case offices and names, acting for the dean.
            (
                "Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.\n\ta.n. Dekan\n\tWakil Dekan Bidang Akademik,\n\tDr. Elsa Rina Maya Toule, S.H., M.H.\n\tNIP 197605182002122001",
                &[("Dr. Elsa Rina Maya Toule, S.H., M.H.", "Wakil Dekan Bidang Akademik")],
            ),
            // A Title Case sentence ending in a comma opens no block.
            ("Kepala Dinas Pendidikan Kota Makassar,\nbersama Rektor Universitas Negeri Makassar", &[]),
            // An agreement's heading names sides, not signers.
            (
                "KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA BITUNG,\nPOLITEKNIK NEGERI MANADO,\nDAN\nPT SAMUDERA BITUNG LOGISTIK\nTENTANG\nPENGEMBANGAN SUMBER DAYA MANUSIA BIDANG KEPELABUHANAN",
                &[],
            ),
            // A capital sentence ending in a full stop opens no block without a plain name.
            ("MENETAPKAN PANITIA KHUSUS DPRD.\nSURYA ABADI\nselesai", &[]),
            // Clauses numbered with Roman numerals vouch for garbled blocks.
            (
                "yang bertanda tangan di bawah ini:\nI. Nama : Dra. SRI MURYANINGSIH, M.M.\nJabatan : Sekretaris Daerah Kabupaten Sleman\ndalam hal ini bertindak untuk dan atas nama Bupati Sleman, selanjutnya disebut PIHAK PERTAMA.\nPIHAK PERTAMA,\nSEKRETARIS DAERAH,\nra.. MURYANINGSIH, M.M.\nNIP. 19660719 199203 2 004",
                &[("Dra. SRI MURYANINGSIH, M.M.", "SEKRETARIS DAERAH")],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<_> = want.iter().map(|(n, p)| s(n, p)).collect();
            assert_eq!(sigs(text), want, "{text}");
        }
    }

    #[test]
    fn title_dot_read_as_colon() {
        let text = "KEPALA BADAN KESATUAN BANGSA\nDAN POLITIK,\n> \\\nBey Drs: SUPIAN NOOR, M.Si.\nPembina Utama Muda\nNIP. 19660412 198603 1 011";
        assert_eq!(
            sigs(text),
            [s(
                "Drs. SUPIAN NOOR, M.Si.",
                "KEPALA BADAN KESATUAN BANGSA DAN POLITIK"
            )]
        );
        let text = "Dikeluarkan di Batulicin\na.m. BUPATI TANAH BUMBU\nSEKRETARIS DAERAH,\nDrs. H. RAHMAT HIDAYAT NOOR, M.Si.\nNIP. 19680822 199403 1 006";
        assert_eq!(
            sigs(text),
            [s("Drs. H. RAHMAT HIDAYAT NOOR, M.Si.", "SEKRETARIS DAERAH")]
        );
    }
}
