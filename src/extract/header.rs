//! The document's head: its kind (`SURAT EDARAN`, `NASKAH PERJANJIAN HIBAH DAERAH`, ...)
//! and its subject (the text after `TENTANG`, or a letter's `Hal`/`Perihal`).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lines::{squash, upper_ratio};
use crate::model::DocType;

/// How many lines from the top the kind heading is looked for.
const HEAD_LINES: usize = 40;

/// Headings, checked in this order at each line (the first line that carries one decides).
const KINDS: &[(&str, DocType)] = &[
    (
        r"^(?:NASKAH\s+)?PERJANJIAN\s+HIBAH(?:\s+DAERAH)?\b|^NPHD\b",
        DocType::Nphd,
    ),
    (
        r"^(?:NOTA\s+KESEPAKATAN|NOTA\s+KESEPAHAMAN|KESEPAKATAN\s+BERSAMA|MEMORANDUM\s+OF\s+UNDERSTANDING|MEMORANDUM\s+SALING\s+PENGERTIAN)\b",
        DocType::Mou,
    ),
    (
        r"^PERJANJIAN\s+KERJA\s*SAMA\b|^PERJANJIAN\b",
        DocType::PerjanjianKerjaSama,
    ),
    (r"^BERITA\s+ACARA\b", DocType::BeritaAcara),
    // Typed headings space or hyphenate the words: `SURAT - EDARAN`.
    (r"^SURAT\s*[-–]?\s*EDARAN\b", DocType::SuratEdaran),
    (r"^NOTA\s+DINAS\b", DocType::NotaDinas),
    (r"^(?:SALINAN\s+)?KEPUTUSAN\b", DocType::Keputusan),
    (r"^(?:SALINAN\s+)?PERATURAN\b", DocType::Peraturan),
    (r"^UNDANGAN\b", DocType::Undangan),
];

static KIND_RE: LazyLock<Vec<(Regex, DocType)>> = LazyLock::new(|| {
    KINDS
        .iter()
        .map(|(p, t)| (Regex::new(p).expect("valid regex"), *t))
        .collect()
});

/// `Hal : Undangan`, `Perihal: Permohonan ...`.
static SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?im)^\s*(?:hal|perihal)\s*[:.]\s*(.+)$").expect("valid regex"));

/// Letter fields that mark a `surat dinas` when no heading names the kind.
static LETTER_FIELDS: LazyLock<Regex> = LazyLock::new(|| {
    // OCR cleaning drops a bare `: -` after `Lampiran`, so the label may end the line.
    Regex::new(r"(?im)^\s*(?:sifat|lampiran|hal|perihal)\s*(?:[:.]|$)").expect("valid regex")
});

/// The kind of document, from its heading or, failing that, its letter fields.
pub fn doc_type(text: &str) -> DocType {
    for line in text.lines().take(HEAD_LINES) {
        let line = line.trim();
        // Headings are printed in capitals; body sentences that mention a kind are not.
        if upper_ratio(line) < 0.8 {
            continue;
        }
        let line = squash(line);
        for (re, kind) in KIND_RE.iter() {
            if re.is_match(&line) {
                return *kind;
            }
        }
    }
    if let Some(c) = SUBJECT.captures(text) {
        if c[1].trim().to_lowercase().starts_with("undangan") {
            return DocType::Undangan;
        }
    }
    if LETTER_FIELDS.find_iter(text).count() >= 2 {
        return DocType::SuratDinas;
    }
    DocType::Lainnya
}

/// Lines after the subject that start the body rather than continue the subject.
static BODY_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:menimbang|mengingat|memperhatikan|dengan\s+rahmat|pada\s+hari|yth|dalam\s+rangka|sehubungan|berdasarkan|nomor|no\.|pasal|bab|yang\s+bertanda|para\s+pihak|\d+\.|[a-z]\.\s|i\.\s|memutuskan|menetapkan|lampiran|sifat|tanggal|di\s*-)")
        .expect("valid regex")
});

/// The addressee block, which may follow a letter's subject line (`Kepada Yth. ...`). A
/// title after `TENTANG` may go on with `KEPADA ...`, so this ends subjects only.
static ADDRESSEE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:kepada|yth)\b").expect("valid regex"));

/// The subject: after `TENTANG` (a line of its own or the start of one), else `Hal`/`Perihal`.
pub fn title(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for (i, line) in lines.iter().enumerate().take(HEAD_LINES * 2) {
        let squashed = squash(line);
        let rest = if squashed == "TENTANG" || squashed == "TENTANG:" {
            String::new()
        } else if let Some(r) = squashed.strip_prefix("TENTANG ") {
            r.to_string()
        } else {
            continue;
        };
        let mut parts = Vec::new();
        if !rest.is_empty() {
            parts.push(rest);
        }
        let mut blanks = 0;
        for next in lines.iter().skip(i + 1) {
            let next = squash(next);
            if next.is_empty() {
                // OCR often leaves a blank line between the lines of one title.
                blanks += 1;
                if blanks > 1 && !parts.is_empty() {
                    break;
                }
                continue;
            }
            blanks = 0;
            if upper_ratio(&next) < 0.7
                || (BODY_START.is_match(&next) && !parts.is_empty())
                || next.ends_with(',')
            {
                break;
            }
            parts.push(next);
            if parts.len() >= 6 {
                break;
            }
        }
        if !parts.is_empty() {
            return Some(squash(&parts.join(" ")));
        }
    }
    let c = SUBJECT.captures(text)?;
    let first = c.get(1)?;
    let mut title = squash(first.as_str());
    // A subject may wrap onto the next line(s), indented under the first.
    for next in text[first.end()..].lines().skip(1).take(3) {
        let next = squash(next);
        // OCR specks before a line (`“Yth. Kepala`) do not hide where the body starts.
        let bare = next.trim_start_matches(|c: char| !c.is_alphanumeric());
        if next.is_empty()
            || BODY_START.is_match(bare)
            || ADDRESSEE.is_match(bare)
            || next.contains(':')
        {
            break;
        }
        title.push(' ');
        title.push_str(&next);
    }
    Some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_headings() {
        let cases: &[(&str, DocType)] = &[
            (
                "BUPATI BANJAR\nYth. Sekretaris Daerah\nSURAT EDARAN\nNOMOR 800/458",
                DocType::SuratEdaran,
            ),
            ("NASKAH PERJANJIAN HIBAH DAERAH\nANTARA", DocType::Nphd),
            ("KESEPAKATAN BERSAMA\nANTARA", DocType::Mou),
            ("NOTA KESEPAKATAN\nANTARA", DocType::Mou),
            (
                "PERJANJIAN KERJA SAMA\nANTARA",
                DocType::PerjanjianKerjaSama,
            ),
            ("BERITA ACARA SERAH TERIMA", DocType::BeritaAcara),
            (
                "KEPUTUSAN BUPATI BANJAR\nNOMOR 188.45/612/KUM/2020",
                DocType::Keputusan,
            ),
            ("NOTA DINAS\nKepada : Bupati", DocType::NotaDinas),
            (
                "Nomor : 005/1/2020\nSifat : Biasa\nHal : Undangan Rapat Koordinasi",
                DocType::Undangan,
            ),
            (
                "Nomor : 900/1/2024\nSifat : Segera\nLampiran : 1 berkas\nHal : Pencairan Hibah",
                DocType::SuratDinas,
            ),
            // OCR cleaning leaves `Lampiran` bare when it was `Lampiran : -`.
            (
                "Nomor : 900.1.13.1/77/BPKAD/2024\nLampiran\nHal : Pencairan Hibah Tahap II",
                DocType::SuratDinas,
            ),
            ("Menindaklanjuti surat edaran Menteri", DocType::Lainnya),
            // A typed heading with a hyphen, under a letter's fields.
            (
                "Nomor : 800/1723/SET\nLampiran : -\nPerihal : Persiapan Otonomi Daerah\nSURAT - EDARAN",
                DocType::SuratEdaran,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(doc_type(text), *want, "{text}");
        }
    }

    #[test]
    fn titles() {
        assert_eq!(
            title("TENTANG\n\nPEMBERIAN HIBAH DAERAH UNTUK PEMILIHAN\n\nGUBERNUR DAN WAKIL GUBERNUR TAHUN 2024\n\nPada hari ini").as_deref(),
            Some("PEMBERIAN HIBAH DAERAH UNTUK PEMILIHAN GUBERNUR DAN WAKIL GUBERNUR TAHUN 2024")
        );
        assert_eq!(
            title("TENTANG\nKERJA SAMA PENDIDIKAN PEMILIH DAN PENGABDIAN\nKEPADA MASYARAKAT DI BIDANG KEPEMILUAN\nPada hari ini").as_deref(),
            Some("KERJA SAMA PENDIDIKAN PEMILIH DAN PENGABDIAN KEPADA MASYARAKAT DI BIDANG KEPEMILUAN")
        );
        assert_eq!(
            title("SURAT EDARAN\nNOMOR 800/458\nTENTANG\nNETRALITAS APARATUR SIPIL NEGARA\nDALAM PEMILIHAN 2020\n1. Latar Belakang").as_deref(),
            Some("NETRALITAS APARATUR SIPIL NEGARA DALAM PEMILIHAN 2020")
        );
        assert_eq!(
            title("Nomor : 900/2217/BPKAD/2024\nSifat : Segera\nHal : Pencairan Hibah Tahap II\nYth. Ketua").as_deref(),
            Some("Pencairan Hibah Tahap II")
        );
        // The addressee under a subject, also behind an OCR speck.
        assert_eq!(
            title("Perihal : Penyampaian Jadwal Distribusi\nLogistik Pemilihan Umum Tahun 2019\nKepada Yth.\nPara Kepala Distrik").as_deref(),
            Some("Penyampaian Jadwal Distribusi Logistik Pemilihan Umum Tahun 2019")
        );
        assert_eq!(
            title("Hal : Penyaluran Dana BOS Tahap II Tahun 2023\n\t“Yth. Kepala SD dan SMP Negeri/Swasta\nse-Kabupaten").as_deref(),
            Some("Penyaluran Dana BOS Tahap II Tahun 2023")
        );
        // A subject after TENTANG may go on with KEPADA.
        assert_eq!(
            title("TENTANG\nPEMBERIAN HIBAH DAERAH\nKEPADA BADAN PENGAWAS PEMILIHAN UMUM\nPada hari ini").as_deref(),
            Some("PEMBERIAN HIBAH DAERAH KEPADA BADAN PENGAWAS PEMILIHAN UMUM")
        );
        assert_eq!(
            title("KEPUTUSAN BUPATI\nTENTANG PEMBENTUKAN SATUAN TUGAS\nBUPATI BANJAR,\nMenimbang")
                .as_deref(),
            Some("PEMBENTUKAN SATUAN TUGAS")
        );
    }
}
