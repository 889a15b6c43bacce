//! Repairs of what OCR garbled in a signature block, from parts of the document stamps do
//! not reach: a name from the same name in the body (`Nama : ...`, party clauses); a
//! position's words from the document's own vocabulary (`PROVINGI` → `PROVINSI`); a
//! position without its office word from the agreement's clause for that signer or from
//! the office the document's head names (`OMISI PEMILIHAN UMUM` → `KETUA KOMISI ...`).

use std::sync::LazyLock;

use regex::Regex;

use super::kinds::office_start;
use super::names::{core_name, edit_distance, name_score};
use super::undersigned::Undersigned;
use crate::extract::lines::{squash, upper_ratio};
use crate::model::Signatory;

/// Words a document needs before its own vocabulary is trusted to repair a position.
const MIN_VOCABULARY_WORDS: usize = 200;

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
        if office_start(&line).is_none() || !capital(&line) {
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
pub(super) fn complete_from_heading(found: &mut [Signatory], text: &str) {
    let offices = heading_offices(text);
    if offices.is_empty() {
        return;
    }
    for s in found.iter_mut() {
        let Some(position) = &s.position else {
            continue;
        };
        if office_start(position).is_some() {
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
                let matched = |r: &String| words.iter().any(|w| w == r || edit_distance(r, w) <= 1);
                let hits = read.iter().filter(|r| matched(r)).count();
                // A word of an office read whole that the heading's office lacks (`DAERAH`
                // under `WALI KOTA SURAKARTA`): another office.
                let other = read
                    .iter()
                    .any(|r| !matched(r) && OFFICE_WORDS.contains(&r.as_str()));
                (hits, other, office)
            })
            .filter(|(_, other, _)| !other)
            .map(|(hits, _, office)| (hits, office))
            .max_by_key(|(hits, office)| (*hits, std::cmp::Reverse(office.len())));
        if let Some((hits, office)) = best {
            if hits >= 1 && hits * 10 >= read.len() * 6 {
                s.position = Some(office.to_uppercase());
            }
        }
    }
}

/// A position that does not open with an office word lost its head to OCR (`TANAH BUMBU`
/// for `BUPATI TANAH BUMBU`): the signer's office as the agreement's opening states it
/// replaces it.
pub(super) fn complete_positions(found: &mut [Signatory], undersigned: &[Undersigned]) {
    for s in found.iter_mut() {
        let intact = s
            .position
            .as_deref()
            .is_some_and(|p| office_start(p).is_some());
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
pub(super) fn repair_positions(found: &mut [Signatory], text: &str) {
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
        // Words joined by a hyphen or slash (`BUPATI-KEPALA`) are judged one by one, unless
        // the whole is a word of the document.
        let tokens: Vec<&str> = position
            .split_whitespace()
            .flat_map(|t| {
                let whole: String = t.chars().filter(|c| c.is_alphabetic()).collect();
                let known = counts.get(&whole.to_uppercase()).copied().unwrap_or(0) >= 2
                    || crate::lang::is_word(&whole);
                if known || !t.contains(['-', '/']) {
                    vec![t]
                } else {
                    t.split(['-', '/']).filter(|p| !p.is_empty()).collect()
                }
            })
            .collect();
        for raw in tokens {
            let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
            // No letter, one that is no Roman numeral (`Plt B`), or two capitals that are no
            // numeral or abbreviation of offices (`SE YA DAERAH`): a speck.
            let bare = raw.trim_matches(|c: char| !c.is_alphabetic());
            let numeral = bare.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
            let short_speck = letters == 2
                && raw.len() <= 3
                && bare.chars().all(char::is_uppercase)
                && !SHORT_IN_POSITIONS.contains(&bare);
            if letters == 0
                || (letters == 1 && !numeral && raw.len() <= 2)
                || (short_speck && !numeral)
            {
                changed = true;
                continue;
            }
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
                // Kept as printed (`Pj.`, Title Case).
                words.push(raw.to_string());
                continue;
            }
            // What a stamp left of a word of the document: its end or start (`IMANTAN` of
            // `KALIMANTAN`), or the word with specks run into its front (`NGSULA`); the
            // most frequent such word.
            let part_of = vocabulary
                .iter()
                .filter(|v| {
                    (word.len() >= 4
                        && v.len() > word.len()
                        && (v.ends_with(word.as_str()) || v.starts_with(word.as_str())))
                        || (v.len() >= 4 && word.len() <= v.len() + 2 && word.ends_with(v.as_str()))
                })
                .max_by_key(|v| counts.get(**v).copied().unwrap_or(0));
            if let Some(v) = part_of {
                changed = true;
                words.push((*v).clone());
                continue;
            }
            let limit = (word.len() / 4).max(1);
            let best = vocabulary
                .iter()
                .map(|v| (edit_distance(&word, v), *v))
                .filter(|(d, _)| *d <= limit)
                .min_by_key(|(d, v)| (*d, std::cmp::Reverse(counts.get(*v).copied().unwrap_or(0))));
            match best {
                Some((_, v)) => {
                    changed = true;
                    words.push(v.clone());
                }
                None if !long => words.push(raw.to_string()),
                None => changed = true,
            }
        }
        // A word OCR read twice over itself (`DESA OELETS OELETSALA` → one `OELETSALA`).
        let before = words.len();
        words.dedup_by(|b, a| a.eq_ignore_ascii_case(b));
        changed |= words.len() != before;
        // A position read whole is kept as printed (`Plh. SEKRETARIS`).
        if changed && !words.is_empty() {
            s.position = Some(words.join(" "));
        }
        // Specks left before an office word the repair restored (`ths SEKRETARIS`).
        if let Some(p) = s.position.as_deref().and_then(office_start) {
            s.position = Some(p);
        }
    }
}

/// Two-letter abbreviations offices hold (`RI`, `PU`, `TK`, `DI Yogyakarta`).
const SHORT_IN_POSITIONS: &[&str] = &[
    "RI", "PU", "TK", "SD", "DI", "RT", "RW", "PT", "CV", "UD", "KB", "PD", "BI", "MA", "MK", "PJ",
];

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
        .filter(|n| name_score(n).is_some())
        .collect()
}

/// Replaces a signature-block name with the same name as the body prints it, out of reach
/// of stamps and with its titles, when the two are close (`WAN SYAHPUTRA, S.SIT., M.H.` →
/// `IRWAN SYAHPUTRA, S.SiT., M.H.`).
pub(super) fn repair_with_body(found: &mut [Signatory], text: &str) {
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
