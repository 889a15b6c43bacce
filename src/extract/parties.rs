//! The institutions a document binds: both sides of an agreement (`ANTARA X DENGAN Y`,
//! `bertindak untuk dan atas nama X`), or the issuer of a letter or decree (its letterhead).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lines::{squash, upper_ratio};
use crate::model::DocType;

/// Words that open an institution's name.
const INSTITUTION: &str = r"(?:pemerintah|komisi|badan|kantor|kepolisian|kejaksaan|pengadilan|universitas|fakultas|institut|sekolah|politeknik|dinas|inspektorat|sekretariat|rumah\s+sakit|rsud|dewan|majelis|lembaga|yayasan|perkumpulan|koperasi|pt|cv|bank|perusahaan|kementerian|direktorat|balai|biro|satuan|markas|komando|kodim|korem|polres|polda|polsek|kecamatan|kelurahan|desa|partai|organisasi|ikatan|persatuan|himpunan|asosiasi|palang\s+merah|kwartir|gerakan|unit)";

static INSTITUTION_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^{INSTITUTION}\b")).expect("valid regex"));

/// `X DENGAN Y` when OCR lost the `ANTARA` line: both sides must name institutions.
static BETWEEN_LOOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({INSTITUTION}\b[A-Z .,'\-]+?)\s+(?:DENGAN|DAN)\s+({INSTITUTION}\b[A-Z .,'\-]+?)\s+(?:NOMOR|NO\.|TENTANG)\b"
    ))
    .expect("valid regex")
});

/// `ANTARA X DENGAN Y` in an agreement's heading (on one squashed line).
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\bANTARA\s+(.+?)\s+(?:DENGAN|DAN)\s+(.+?)\s+[“"'(]?(?i:NOMOR|NO\.|TENTANG)\b"#)
        .expect("valid regex")
});

/// `bertindak untuk dan atas nama X, selanjutnya disebut PIHAK ...`.
static ON_BEHALF_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)atas\s+nama\s+([^,;.]+?)\s*(?:,|\s+berdasarkan\b|\s+berkedudukan\b|\s+selanjutnya\b|\s+yang\b)")
        .expect("valid regex")
});

/// Lines that end a letterhead: address, contacts, the heading of the document.
static LETTERHEAD_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:jalan|jl\.?|telepon|telp|laman|website|pos-el|email|e-mail|faks|kode\s+pos|alamat|yth|kepada|nomor|surat|keputusan|peraturan|nota|berita|undangan|instruksi|\S+,\s*\d)|\b\d{5}\b")
        .expect("valid regex")
});

/// `BUPATI BANJAR`, `GUBERNUR KALIMANTAN SELATAN`, `WALI KOTA BANJARMASIN`.
static HEAD_OF_REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:plt\.?\s+|pj\.?\s+)?(bupati|gubernur|wali\s*kota|walikota)\s+([a-z][a-z '\-]+?)\s*,?$").expect("valid regex")
});

/// `MENTERI DALAM NEGERI` (`REPUBLIK INDONESIA` follows on its own line).
static MINISTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^menteri\s+([a-z ,]+?)(?:\s+republik\s+indonesia)?\s*,?$")
        .expect("valid regex")
});

/// `DESA SIDERA` under a district in a village's letterhead.
static VILLAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^desa\s+([a-z '\-]+)$").expect("valid regex"));

/// The first letterhead line of a ministry or national body over one of its offices.
static PARENT_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:kementerian|kementrian|departemen|kepolisian\s+negara|kejaksaan\s+agung|mahkamah\s+agung)\b")
        .expect("valid regex")
});

/// `PEMERINTAH KABUPATEN TANAH BUMBU` → `Kabupaten`, `TANAH BUMBU`.
static GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^pemerintah\s+(provinsi|kabupaten|kota)\s+(.+)$").expect("valid regex")
});

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            if matches!(lower.as_str(), "dan" | "dari" | "di" | "ke" | "untuk") {
                return lower;
            }
            let mut c = lower.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The government a regional head stands for: `BUPATI BANJAR` → `Pemerintah Kabupaten Banjar`.
fn government_of_head(line: &str) -> Option<String> {
    let c = HEAD_OF_REGION.captures(line.trim())?;
    let level = match c[1].to_lowercase().replace(' ', "").as_str() {
        "bupati" => "Kabupaten",
        "gubernur" => "Provinsi",
        _ => "Kota",
    };
    Some(format!("Pemerintah {level} {}", title_case(&c[2])))
}

/// The institutions party to the document.
pub fn find_parties(text: &str, kind: DocType) -> Vec<String> {
    let head: Vec<String> = text
        .lines()
        .take(30)
        .map(squash)
        .filter(|l| !l.is_empty())
        .collect();
    let joined = head.join(" ");
    if let Some(c) = BETWEEN.captures(&joined) {
        // `ANTARA A, B, DAN C`: the sides before the last are listed with commas.
        let mut sides: Vec<String> = c[1]
            .split(',')
            .map(clean_name)
            .filter(|s| !s.is_empty())
            .collect();
        sides.push(clean_name(&c[2]));
        if sides.len() >= 2 && sides.iter().all(|s| upper_ratio(s) > 0.8) {
            return sides;
        }
    }
    if let Some(c) = BETWEEN_LOOSE.captures(&joined) {
        let a = clean_name(&c[1]);
        let b = clean_name(&c[2]);
        if upper_ratio(&a) > 0.8 && upper_ratio(&b) > 0.8 {
            return vec![a, b];
        }
    }
    let agreement = matches!(
        kind,
        DocType::Nphd | DocType::Mou | DocType::PerjanjianKerjaSama | DocType::BeritaAcara
    );
    if agreement {
        let mut parties: Vec<String> = Vec::new();
        for c in ON_BEHALF_OF.captures_iter(text) {
            let name = squash(&c[1]);
            // What follows the name (not consumed, so the next clause still matches).
            let end = c.get(0).map_or(0, |m| m.end());
            let tail = squash(&text[end..text.ceil_char_boundary((end + 160).min(text.len()))])
                .to_lowercase();
            // The words may sit on two lines (`selanjutnya disebut` / `PIHAK KEDUA`).
            let named_party = tail.contains("disebut pihak") || tail.contains("sebagai pihak");
            let party = government_of_head(&name)
                .or_else(|| INSTITUTION_START.is_match(&name).then(|| name.clone()));
            if let Some(party) = party {
                if named_party && !parties.iter().any(|p| p.eq_ignore_ascii_case(&party)) {
                    parties.push(party);
                }
            }
        }
        if parties.len() >= 2 {
            return parties;
        }
    }
    letterhead_party(&head).into_iter().collect()
}

/// An institution's name without OCR debris at either end (`; BADAN ... A`, `... h 1`).
fn clean_name(raw: &str) -> String {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let real =
        |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && upper_ratio(w) > 0.5;
    let start = words.iter().position(real).unwrap_or(0);
    let end = words.iter().rposition(real).map_or(words.len(), |i| i + 1);
    words
        .get(start..end)
        .map(|w| w.join(" "))
        .unwrap_or_default()
}

/// A heading line of a letterhead: capitals, with at least one real word.
fn is_heading(line: &str) -> bool {
    upper_ratio(line) >= 0.8
        && line
            .split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
}

/// The issuing institution from the letterhead (or a decree's heading).
fn letterhead_party(head: &[String]) -> Option<String> {
    // OCR of an emblem leaves debris above the letterhead and at the start of its lines
    // (`seh\tSEKRETARIAT DAERAH`); skip it.
    let head: Vec<String> = head
        .iter()
        .map(|l| {
            let clean = clean_name(l);
            if clean.is_empty() {
                l.clone()
            } else {
                clean
            }
        })
        .collect();
    // A certified copy is headed `SALINAN` above the issuer.
    let first = head
        .iter()
        .take(8)
        .position(|l| is_heading(l) && !l.eq_ignore_ascii_case("salinan"))
        .unwrap_or(0);
    let head = &head[first..];
    let mut lines: Vec<&str> = Vec::new();
    for line in head {
        if LETTERHEAD_END.is_match(line) || upper_ratio(line) < 0.8 {
            break;
        }
        lines.push(line);
    }
    // A ministry heads the letterhead of its own offices (`KEMENTERIAN AGAMA REPUBLIK
    // INDONESIA` / `KANTOR KEMENTERIAN AGAMA KABUPATEN PIDIE`, `KEMENTERIAN PENDIDIKAN
    // ...` / `UNIVERSITAS MATARAM`): the office under it issues the letter.
    if lines.len() >= 2 && PARENT_BODY.is_match(lines[0]) && INSTITUTION_START.is_match(lines[1]) {
        return Some(lines[1..].join(" "));
    }
    if let Some(first) = lines.first() {
        if let Some(gov) = government_of_head(first) {
            return Some(gov);
        }
        // A minister's letterhead (`MENTERI DALAM NEGERI`) stands for the ministry.
        if let Some(c) = MINISTER.captures(first) {
            return Some(format!("Kementerian {}", title_case(&c[1])));
        }
        if let Some(c) = GOVERNMENT.captures(first) {
            let region = format!("{} {}", title_case(&c[1]), title_case(&c[2]));
            let agency: Vec<&str> = lines[1..]
                .iter()
                .copied()
                .take_while(|l| !l.to_uppercase().starts_with("SEKRETARIAT DAERAH"))
                .collect();
            let secretariat = lines
                .get(1)
                .is_some_and(|l| l.to_uppercase().starts_with("SEKRETARIAT DAERAH"));
            // A village's letterhead lists the district above it; the village issues.
            if let Some(c) = agency.last().and_then(|l| VILLAGE.captures(l)) {
                return Some(format!("Pemerintah Desa {}", title_case(&c[1])));
            }
            if !agency.is_empty() && !secretariat {
                return Some(format!("{} {region}", title_case(&agency.join(" "))));
            }
            return Some(format!("Pemerintah {region}"));
        }
        return Some(lines.join(" "));
    }
    // No letterhead: a decree's heading names its issuer (`KEPUTUSAN BUPATI BANJAR`).
    static DECREE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:SALINAN\s+)?(?:KEPUTUSAN|PERATURAN|SURAT\s+EDARAN|INSTRUKSI)\s+(.+)$")
            .expect("valid regex")
    });
    for line in head.iter().take(6) {
        if let Some(c) = DECREE.captures(line) {
            let issuer = c[1].trim();
            return government_of_head(issuer).or_else(|| Some(issuer.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_shapes() {
        let cases: &[(&str, DocType, &[&str])] = &[
            (
                "NASKAH PERJANJIAN HIBAH DAERAH\nANTARA\nPEMERINTAH PROVINSI KALIMANTAN SELATAN\nDENGAN\nKOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN\nNOMOR : 900/0871/BPKAD/2023",
                DocType::Nphd,
                &["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN SELATAN"],
            ),
            ("BUPATI BANJAR\nYth. 1. Sekretaris Daerah", DocType::SuratEdaran, &["Pemerintah Kabupaten Banjar"]),
            (
                "PEMERINTAH PROVINSI KALIMANTAN SELATAN\nBADAN KEPEGAWAIAN DAERAH\nJalan Aneka Tambang",
                DocType::SuratEdaran,
                &["Badan Kepegawaian Daerah Provinsi Kalimantan Selatan"],
            ),
            (
                "PEMERINTAH KABUPATEN TANAH BUMBU\nSEKRETARIAT DAERAH\nJalan Dharma Praja",
                DocType::NotaDinas,
                &["Pemerintah Kabupaten Tanah Bumbu"],
            ),
            // OCR debris of the emblem at the start of a letterhead line.
            (
                "|\nPEMERINTAH KABUPATEN TANAH BUMBU\nseh\tSEKRETARIAT DAERAH\nJalan Dharma Praja",
                DocType::NotaDinas,
                &["Pemerintah Kabupaten Tanah Bumbu"],
            ),
            (
                "KOMISI PEMILIHAN UMUM\nKOTA BANJARBARU\nJalan Jenderal Ahmad Yani\nBERITA ACARA\n1. Nama : H. A\nJabatan : Sekretaris, bertindak untuk dan atas nama Komisi Pemilihan Umum Kota Banjarbaru, selanjutnya disebut PIHAK KESATU.\n2. Nama : B\nJabatan : Kepala, bertindak untuk dan atas nama Pemerintah Kota Banjarbaru, selanjutnya disebut PIHAK KEDUA.",
                DocType::BeritaAcara,
                &["Komisi Pemilihan Umum Kota Banjarbaru", "Pemerintah Kota Banjarbaru"],
            ),
            (
                "NASKAH PERJANJIAN HIBAH DAERAH\nDALAM BENTUK UANG_)\nPEMERINTAH KABUPATEN TANAH BUMBU\nDENGAN\nKOMISI PEMILIHAN UMUM KABUPATEN TANAH BUMBU\nNOMOR : 027/98",
                DocType::Nphd,
                &["PEMERINTAH KABUPATEN TANAH BUMBU", "KOMISI PEMILIHAN UMUM KABUPATEN TANAH BUMBU"],
            ),
            (
                "BERITA ACARA\n1. Nama : A\nJabatan : B, bertindak untuk dan atas nama Pemerintah Provinsi\nKalimantan Selatan\nselanjutnya disebut PIHAK PERTAMA.\n2. Nama : C\nJabatan : D, dalam hal ini bertindak untuk dan atas nama Komisi Pemilihan\nUmum Provinsi Kalimantan Selatan\nselanjutnya disebut PIHAK KEDUA.",
                DocType::BeritaAcara,
                &["Pemerintah Provinsi Kalimantan Selatan", "Komisi Pemilihan Umum Provinsi Kalimantan Selatan"],
            ),
            ("ATI.\n& Ay 3\nBUPATI HULU SUNGAI SELATAN\nYth. 1. Ketua", DocType::SuratEdaran, &["Pemerintah Kabupaten Hulu Sungai Selatan"]),
            (
                "NASKAH PERJANJIAN HIBAH DAERAH\nANTARA\nPEMERINTAH KABUPATEN BALANGAN h 1\nDENGAN\n; BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN BALANGAN A\nNOMOR : 900",
                DocType::Nphd,
                &["PEMERINTAH KABUPATEN BALANGAN", "BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN BALANGAN"],
            ),
            // `selanjutnya disebut` / `PIHAK KEDUA` over two lines.
            (
                "BERITA ACARA SERAH TERIMA BANTUAN\nNama : A\ndalam hal ini bertindak untuk dan atas nama Pemerintah Provinsi Nusa Tenggara Barat, selanjutnya\ndisebut PIHAK PERTAMA.\nNama : B\ndalam hal ini bertindak untuk dan atas nama Pemerintah Desa Sembalun Bumbung, selanjutnya disebut\nPIHAK KEDUA.",
                DocType::BeritaAcara,
                &["Pemerintah Provinsi Nusa Tenggara Barat", "Pemerintah Desa Sembalun Bumbung"],
            ),
            // Three sides, the first two listed with commas.
            (
                "KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA BITUNG,\nPOLITEKNIK NEGERI MANADO,\nDAN\nPT SAMUDERA BITUNG LOGISTIK\nTENTANG",
                DocType::Mou,
                &["PEMERINTAH KOTA BITUNG", "POLITEKNIK NEGERI MANADO", "PT SAMUDERA BITUNG LOGISTIK"],
            ),
            // A certified copy, a minister's letterhead, a village's.
            (
                "SALINAN\nBUPATI GOWA\nPROVINSI SULAWESI SELATAN\nPERATURAN BUPATI GOWA\nNOMOR 7 TAHUN 2021",
                DocType::Peraturan,
                &["Pemerintah Kabupaten Gowa"],
            ),
            (
                "MENTERI DALAM NEGERI\nREPUBLIK INDONESIA\nYth. 1. Gubernur;",
                DocType::SuratEdaran,
                &["Kementerian Dalam Negeri"],
            ),
            (
                "PEMERINTAH KABUPATEN DONGGALA\nKECAMATAN SIGI BIROMARU\nDESA SIDERA\nJalan Poros Palu-Palolo",
                DocType::Lainnya,
                &["Pemerintah Desa Sidera"],
            ),
            (
                "PEMERINTAH KABUPATEN GUNUNGKIDUL\nKECAMATAN WONOSARI\nJalan Kolonel Sugiyono",
                DocType::SuratDinas,
                &["Kecamatan Wonosari Kabupaten Gunungkidul"],
            ),
            // A ministry over one of its offices: the office issues.
            (
                "KEMENTERIAN AGAMA REPUBLIK INDONESIA\nKANTOR KEMENTERIAN AGAMA KABUPATEN PIDIE\nJalan Prof. A. Majid Ibrahim Sigli 24112",
                DocType::SuratEdaran,
                &["KANTOR KEMENTERIAN AGAMA KABUPATEN PIDIE"],
            ),
            (
                "KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN\nUNIVERSITAS MATARAM\nJalan Majapahit Nomor 62 Mataram 83125",
                DocType::Keputusan,
                &["UNIVERSITAS MATARAM"],
            ),
            // OCR's quote before the `Nomor` that ends the second side.
            (
                "NASKAH PERJANJIAN HIBAH DAERAH\nANTARA\nPEMERINTAH KABUPATEN ACEH BESAR\nDENGAN\nKOMISI INDEPENDEN PEMILIHAN KABUPATEN ACEH BESAR\n“Nomor: 900/172/2016\nTENTANG",
                DocType::Nphd,
                &["PEMERINTAH KABUPATEN ACEH BESAR", "KOMISI INDEPENDEN PEMILIHAN KABUPATEN ACEH BESAR"],
            ),
            (
                "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN BALANGAN\nNOMOR 45/HK.03.1-Kpt/6311/2024",
                DocType::Keputusan,
                &["KOMISI PEMILIHAN UMUM KABUPATEN BALANGAN"],
            ),
        ];
        for (text, kind, want) in cases {
            assert_eq!(find_parties(text, *kind), *want, "{text}");
        }
    }
}
