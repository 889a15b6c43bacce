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

/// Letter fields that mark a `surat dinas` when no heading names the kind. OCR reads a
/// field's colon as `;`, `!` or `|` now and then, and `Lampiran` as `Lampran`.
static LETTER_FIELDS: LazyLock<Regex> = LazyLock::new(|| {
    // OCR cleaning drops a bare `: -` after `Lampiran`, so the label may end the line.
    Regex::new(r"(?im)^\s*(?:sifat|lampi?ran|hal|perihal)\s*(?:[:.;!|]|$)").expect("valid regex")
});

/// A letter's `Nomor :` field.
static NUMBER_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?im)^[ \t]*(?:nomor|no\.)[ \t]*[:;!|]").expect("valid regex"));

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
    let lines: Vec<&str> = text.lines().collect();
    let subject = subject_line(&lines);
    if subject.is_some_and(|(_, value)| value.trim().to_lowercase().starts_with("undangan")) {
        return DocType::Undangan;
    }
    // A subject field with a number is a letter even when OCR garbled its other fields
    // (`Lampiran Enak`).
    if LETTER_FIELDS.find_iter(text).count() >= 2
        || (subject.is_some() && NUMBER_FIELD.is_match(text))
    {
        return DocType::SuratDinas;
    }
    DocType::Lainnya
}

/// Lines after the subject that start the body rather than continue the subject.
static BODY_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:menimbang|mengingat|memperhatikan|dengan\s+rahmat|dengan\s+hormat|pada\s+hari|pada\s+tanggal|yth|dalam\s+rangka|sehubungan|berdasarkan|berkenaan|bersama\s+ini|menindaklanjuti|demikian|kami\s+yang|yang\s+bertanda|nomor|no\.|pasal|bab|para\s+pihak|\d+\.|[a-z]\.\s|i\.\s|memutuskan|menetapkan|lampiran|sifat|tanggal|di\s*-)")
        .expect("valid regex")
});

/// The first line of an agreement's or a decree's body: the opening that dates it, the
/// signers' introduction, a decree's considerations. The heading ends before it.
static OPENS_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:pada\s+(?:hari|tanggal)\b|kami\s+yang\s+bertanda|yang\s+bertanda|menimbang\b|dengan\s+rahmat|bahwa\b|(?:\d+|[ivx]+)\s*[.)]?\s*nama\s*:|nama\s*:)")
        .expect("valid regex")
});

/// The addressee block, which may follow a letter's subject line (`Kepada Yth. ...`). A
/// title after `TENTANG` may go on with `KEPADA ...`, so this ends subjects only.
static ADDRESSEE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:kepada|yth)\b").expect("valid regex"));

/// A `Nomor` label opening a line: the heading's number, never part of its subject.
static NUMBER_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:nomor|nomer|no\s*\.)(?:[\s:.]|$)").expect("valid regex"));

/// A place-and-date line (`Pelaihari, 16 Oktober 2018`): it may stand right under a subject.
static PLACE_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,2}\s*[,.]\s*(?:\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})")
        .expect("valid regex")
});

/// `ANTARA` (or `antara` inside a heading line) before the sides of an agreement.
static BETWEEN_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+antara\s+").expect("valid regex"));

/// A line without a first column of OCR specks (`1\tPerihal : Undangan`).
fn without_speck_column(line: &str) -> &str {
    match line.trim_start().split_once('\t') {
        Some((speck, rest))
            if !speck.trim().is_empty()
                && speck.chars().filter(|c| c.is_alphanumeric()).count() <= 2 =>
        {
            rest
        }
        _ => line,
    }
}

/// A line's words without OCR specks: a first column of a character or two before a tab
/// (`5\tTENTANG`), marks that hold no letter or digit (`Tata Tertib |\t|`), and symbols
/// before the first word (`“TENTANG`).
fn words_only(line: &str) -> String {
    let line = match line.trim_start().split_once('\t') {
        Some((speck, rest)) if speck.chars().filter(|c| c.is_alphanumeric()).count() <= 2 => rest,
        _ => line,
    };
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let joined = words.join(" ");
    joined
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// `T E N T A N G` typed with spaced letters reads `TENTANG`.
fn unspaced(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() >= 4 && words.iter().all(|w| w.chars().count() == 1 || *w == ":") {
        words.concat()
    } else {
        squash(line)
    }
}

/// The words after a `TENTANG` that opens a line (empty when it stands alone), or after one
/// inside a heading line (`SURAT EDARAN NOMOR 5 TAHUN 2020 TENTANG PEDOMAN ...`).
pub fn about_mark(line: &str) -> Option<String> {
    let line = unspaced(&words_only(line));
    let bare = line.trim_end_matches([':', ' ']);
    // A title-case heading may print `Tentang` alone on its line.
    if bare.eq_ignore_ascii_case("tentang") {
        return Some(String::new());
    }
    if let Some(rest) = line.strip_prefix("TENTANG") {
        if rest.starts_with([' ', ':']) {
            return Some(rest.trim_start_matches([' ', ':']).to_string());
        }
    }
    // A heading printed on one line: its kind or number, then the subject.
    if upper_ratio(&line) >= 0.8 && (is_kind_heading(&line) || NUMBER_LINE.is_match(&line)) {
        if let Some((_, rest)) = line.split_once(" TENTANG ") {
            return Some(rest.trim().to_string());
        }
    }
    None
}

/// The words after an `ANTARA` that opens a line (empty when it stands alone).
pub fn between_mark(line: &str) -> Option<&str> {
    let line = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end();
    let head = line.get(..6)?;
    if !head.eq_ignore_ascii_case("antara") {
        return None;
    }
    let rest = &line[6..];
    if rest.is_empty() || rest == ":" {
        return Some("");
    }
    // Inline sides open a heading's line (`ANTARA PEMERINTAH ...`, `Antara Pemerintah
    // ...`); `antara lain` in lower case is prose.
    (head != "antara" && rest.starts_with([' ', ':'])).then(|| rest.trim_start_matches([' ', ':']))
}

/// `DENGAN` or `DAN` alone on a line, between two sides of an agreement.
pub fn is_with_mark(line: &str) -> bool {
    let w = line
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_uppercase();
    w == "DENGAN" || w == "DAN"
}

/// A line that ends the sides of an agreement's heading: its number, subject, kind, body.
pub fn ends_sides(line: &str) -> bool {
    let bare = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    NUMBER_LINE.is_match(bare)
        || about_mark(bare).is_some()
        || OPENS_BODY.is_match(bare)
        || (upper_ratio(bare) >= 0.8 && is_kind_heading(&squash(bare)))
}

/// Whether a line opens the body (the head of the document ends before it).
pub fn opens_body(line: &str) -> bool {
    OPENS_BODY.is_match(line.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether a squashed capital line is a kind heading (`PERJANJIAN KERJA SAMA`, `NOTA DINAS`).
pub fn is_kind_heading(line: &str) -> bool {
    KIND_RE.iter().any(|(re, _)| re.is_match(line))
}

/// Whether most words that carry meaning start with a capital: a title-case line (`Logistik
/// Pemilihan Umum Tahun 2019`), not a sentence (`Berkenaan dengan laporan ..., kami`).
fn title_cased(line: &str) -> bool {
    const SMALL: &[&str] = &[
        "dan", "di", "ke", "dari", "untuk", "yang", "dalam", "pada", "atas", "serta", "bagi",
        "oleh", "terhadap", "dengan", "tentang", "atau", "antara", "sebagai", "melalui", "the",
        "of", "and",
    ];
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
        .filter(|w| !SMALL.contains(&w.to_lowercase().as_str()))
        .collect();
    let capital = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    !words.is_empty() && capital * 4 >= words.len() * 3
}

/// Whether the next line goes on with a mixed-case subject: a wrapped subject is title case
/// like its first line, or (a sentence-case subject) starts in lower case; the body's first
/// paragraph, a place-and-date line or an addressee printed in the right part of the page
/// (a line starting with a tab) does not.
fn continues_subject(raw: &str, line: &str) -> bool {
    if raw.trim_start_matches(' ').starts_with('\t') {
        return false;
    }
    // OCR specks before a line (`“Yth. Kepala`) do not hide where the body starts.
    let bare = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    if bare.is_empty()
        || BODY_START.is_match(bare)
        || ADDRESSEE.is_match(bare)
        || line.contains(':')
        || PLACE_DATE_LINE.is_match(bare)
    {
        return false;
    }
    title_cased(bare) || bare.starts_with(char::is_lowercase)
}

/// The subject cut before the sides it runs into (`PELAYANAN DARAH ANTARA RSUD X DENGAN
/// PMI Y` on one line).
fn without_sides(title: String) -> String {
    for m in BETWEEN_WORD.find_iter(&title) {
        if crate::extract::parties::sides_in_line(&title[m.end()..]).is_some() {
            return title[..m.start()].trim().to_string();
        }
    }
    title
}

/// `KEPUTUSAN BUPATI BANJAR`, `PERATURAN REKTOR UNIVERSITAS AIRLANGGA`: the official.
static DECREE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:SALINAN\s+)?(?:KEPUTUSAN|PERATURAN|INSTRUKSI)\s+(.+?)\s*$")
        .expect("valid regex")
});

/// The subject after `TENTANG` at line `i` (with `rest` after it on that line).
fn about_title(lines: &[&str], i: usize, rest: String) -> Option<String> {
    let mut parts = Vec::new();
    // Whether the subject is printed in capitals (then it goes on while lines are capitals).
    let mut caps = None;
    if !rest.is_empty() {
        caps = Some(upper_ratio(&rest) >= 0.7);
        parts.push(rest);
    }
    // The official a decree's heading names (`KEPUTUSAN BUPATI BANJAR`) opens its body,
    // with or without the comma OCR may lose (`BUPATI BANJAR,`).
    let official: Option<String> = lines[..i].iter().rev().take(6).find_map(|l| {
        DECREE_HEADING
            .captures(&words_only(l))
            .map(|c| c[1].to_uppercase())
    });
    let mut blanks = 0;
    for raw in lines.iter().skip(i + 1) {
        let next = words_only(raw);
        if official
            .as_deref()
            .is_some_and(|o| next.trim_end_matches([',', '.']).eq_ignore_ascii_case(o))
        {
            break;
        }
        if next.is_empty() {
            // OCR often leaves a blank line between the lines of one title.
            blanks += 1;
            if blanks > 1 && !parts.is_empty() {
                break;
            }
            continue;
        }
        blanks = 0;
        let upper = upper_ratio(&next) >= 0.7;
        // An amendment's subject names the instrument it amends, number and subject
        // included (`PERUBAHAN ATAS PERATURAN ... / NOMOR 77 TAHUN 2020 / TENTANG ...`).
        let amending = parts
            .first()
            .is_some_and(|p| p.trim_start().to_uppercase().starts_with("PERUBAHAN"));
        if amending
            && caps != Some(false)
            && upper
            && (NUMBER_LINE.is_match(&next) || next.to_uppercase().starts_with("TENTANG "))
            && parts.len() < 10
        {
            parts.push(next);
            continue;
        }
        // `ANTARA` opens the sides (alone, or before a name), not `ANTARA DAERAH`.
        let sides = between_mark(&next)
            .is_some_and(|rest| rest.is_empty() || crate::extract::parties::opens_name(rest));
        if sides
            || NUMBER_LINE.is_match(&next)
            || next.ends_with(',')
            || (BODY_START.is_match(&next) && (!parts.is_empty() || !upper))
        {
            break;
        }
        match caps {
            None => {
                if ADDRESSEE.is_match(&next) || PLACE_DATE_LINE.is_match(&next) {
                    break;
                }
                caps = Some(upper);
            }
            Some(true) if !upper => break,
            Some(false) if !continues_subject(raw, &next) => break,
            _ => {}
        }
        parts.push(next);
        let amending = parts[0]
            .trim_start()
            .to_uppercase()
            .starts_with("PERUBAHAN");
        if parts.len() >= if amending { 10 } else { 6 } {
            break;
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(without_sides(squash(&parts.join(" "))))
}

/// `Hal : Undangan`, `Perihal: Permohonan ...` on line `i`, and the lines it wraps onto.
fn subject_title(lines: &[&str], i: usize, value: &str) -> String {
    // A tab ends the subject's column (a place-and-date line may stand beside it).
    let mut title = squash(value.split('\t').next().unwrap_or(value));
    for raw in lines.iter().skip(i + 1).take(3) {
        let next = squash(raw);
        if !continues_subject(raw, &next) {
            break;
        }
        title.push(' ');
        title.push_str(&next);
    }
    title
}

/// `Hal : Undangan` on one line: the subject's value (OCR may lose the colon of a field
/// set off by a tab: `Hal\tUndangan Rapat`; `Hal tersebut ...` is prose).
static SUBJECT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:hal|perihal)(?:\s*[:.;!|]|\t)\s*(\S.*)$").expect("valid regex")
});

/// `Hal :` alone on its line.
static SUBJECT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:hal|perihal)\s*[:.;!|]\s*$").expect("valid regex"));

/// The line of a letter's subject and its value: `Hal : X`, or `Hal :` with the value on
/// the next line.
fn subject_line<'a>(lines: &[&'a str]) -> Option<(usize, &'a str)> {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:nomor|sifat|lampi?ran|tanggal)\s*[:;!|]").expect("valid regex")
    });
    // `Perihal Undangan`: OCR lost the colon; the label stands among the letter's fields
    // (`Hal tersebut ...` in the body does not).
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:Hal|Perihal|HAL|PERIHAL)\s+(\w.*)$").expect("valid regex")
    });
    let among_fields = |i: usize| {
        let near = |j: Option<usize>| {
            j.and_then(|j| lines.get(j))
                .is_some_and(|l| FIELD.is_match(l))
        };
        near(i.checked_sub(1)) || near(Some(i + 1))
    };
    lines.iter().enumerate().find_map(|(i, l)| {
        let l = without_speck_column(l);
        if let Some(m) = SUBJECT_LINE.captures(l).and_then(|c| c.get(1)) {
            return Some((i, m.as_str()));
        }
        if let Some(m) = BARE.captures(l).and_then(|c| c.get(1)) {
            if among_fields(i) {
                return Some((i, m.as_str()));
            }
        }
        let next = lines.get(i + 1)?;
        (SUBJECT_LABEL.is_match(l) && !next.trim().is_empty()).then_some((i + 1, *next))
    })
}

/// The subject: after `TENTANG` (a line of its own or the start of one), or a letter's
/// `Hal`/`Perihal`, whichever comes first.
pub fn title(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let about = lines
        .iter()
        .take(HEAD_LINES * 2)
        .enumerate()
        .find_map(|(i, l)| about_mark(l).map(|rest| (i, rest)));
    let subject = subject_line(&lines);
    let by_subject = |(i, value): (usize, &str)| Some(subject_title(&lines, i, value));
    match (about, subject) {
        (Some((a, _)), Some((s, value))) if s < a => by_subject((s, value)),
        (Some((a, rest)), subject) => {
            about_title(&lines, a, rest).or_else(|| subject.and_then(by_subject))
        }
        (None, subject) => subject.and_then(by_subject),
    }
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
            ("Nomor : 005/1/2020\nPerihal :\nUndangan Rapat", DocType::Undangan),
            (
                "UNIVERSITAS MATARAM\nNomor\t: 1332/UN18/TU.00.01/2017\nLampiran Enak\nHal\t: Permohonan Pencairan Dana",
                DocType::SuratDinas,
            ),
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

    /// Agreement headings: the subject after `TENTANG`, whether the sides come before it,
    /// after it on lines of their own, or on its own line.
    #[test]
    fn agreement_subjects() {
        let cases: &[(&str, &str)] = &[
            (
                "NASKAH PERJANJIAN HIBAH DAERAH (NPHD)\nNOMOR 900/324/Pem/XI/2012\nNOMOR 719/HK.01.00/K.JT-08/XI/2012\nTENTANG\nPEMBERIAN HIBAH DALAM BENTUK UANG UNTUK PENGAWASAN PEMILIHAN BUPATI DAN\nWAKIL BUPATI TAHUN 2012\nANTARA\nPEMERINTAH KABUPATEN SAMPANG\nDENGAN\nPANITIA PENGAWAS PEMILIHAN UMUM KABUPATEN SAMPANG\nPada hari ini, SELASA, tanggal DUA PULUH",
                "PEMBERIAN HIBAH DALAM BENTUK UANG UNTUK PENGAWASAN PEMILIHAN BUPATI DAN WAKIL BUPATI TAHUN 2012",
            ),
            (
                "MEMORANDUM OF UNDERSTANDING (MoU)\nANTARA\nPEMERINTAH KOTA CIREBON\nDAN\nUNIVERSITAS SWADAYA GUNUNG JATI\nNOMOR 000/811/Bag.Hukum\nNOMOR 1148/UN6/KP/2001\nTENTANG\nPENINGKATAN MUTU PELAYANAN PUBLIK\nPada hari Jumat tanggal dua belas",
                "PENINGKATAN MUTU PELAYANAN PUBLIK",
            ),
            // Subject and sides on one line.
            (
                "PERJANJIAN KERJA SAMA\nNOMOR : 420/743/RSUD/2020\nTENTANG PELAYANAN DARAH ANTARA RUMAH SAKIT UMUM DAERAH SEKAYU DENGAN PALANG MERAH INDONESIA KABUPATEN MUSI BANYUASIN\nPada hari ini",
                "PELAYANAN DARAH",
            ),
            (
                "KESEPAKATAN BERSAMA\nTENTANG\nKERJA SAMA PENYELENGGARAAN PENDIDIKAN ANTARA DAERAH\nNOMOR 5/2022",
                "KERJA SAMA PENYELENGGARAAN PENDIDIKAN ANTARA DAERAH",
            ),
            (
                "KESEPAKATAN BERSAMA\nTENTANG\nKERJA SAMA PENYELENGGARAAN PENDIDIKAN\nANTARA DAERAH\nNOMOR 5/2022",
                "KERJA SAMA PENYELENGGARAAN PENDIDIKAN ANTARA DAERAH",
            ),
            // A typed heading of the nineties, letters spaced and a colon after the label.
            (
                "NOTA KESEPAKATAN\nNomor: 000/149/1998/Pem\nT E N T A N G\nPENANGANAN MASALAH HUKUM DI BIDANG PERDATA\nDAN TATA USAHA NEGARA\nANTARA\nPEMERINTAH KABUPATEN DAERAH TINGKAT II REJANG LEBONG\nDENGAN\nKEJAKSAAN NEGERI CURUP",
                "PENANGANAN MASALAH HUKUM DI BIDANG PERDATA DAN TATA USAHA NEGARA",
            ),
            // The official under the subject, the comma after him lost.
            (
                "KEPUTUSAN BUPATI BANJAR\nNOMOR 188.45/612/KUM/2020\nTENTANG\nPEMBENTUKAN SATUAN TUGAS\nBUPATI BANJAR\nMenimbang : a. bahwa",
                "PEMBENTUKAN SATUAN TUGAS",
            ),
            (
                "KEPUTUSAN BUPATI KEPALA DAERAH TINGKAT II BARITO KUALA\nNOMOR : 188.45/12/1996\nTENTANG :\nPEMBENTUKAN PANITIA PENGADAAN TANAH\nBUPATI KEPALA DAERAH TINGKAT II BARITO KUALA,\nMenimbang",
                "PEMBENTUKAN PANITIA PENGADAAN TANAH",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title(text).as_deref(), Some(*want), "{text}");
        }
    }

    /// Mixed-case subjects: a circular's title after `TENTANG`, a letter's `Hal`, and what
    /// may follow them (an addressee, the body, a place-and-date line beside or under it).
    #[test]
    fn amendments_name_what_they_amend() {
        let cases: &[(&str, &str)] = &[
            (
                "PERATURAN MENTERI DALAM NEGERI\nNOMOR 7 TAHUN 2022\nTENTANG\nPERUBAHAN ATAS PERATURAN MENTERI DALAM NEGERI\nNOMOR 77 TAHUN 2020 TENTANG PEDOMAN TEKNIS\nPENGELOLAAN KEUANGAN DAERAH\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nMENTERI DALAM NEGERI,",
                "PERUBAHAN ATAS PERATURAN MENTERI DALAM NEGERI NOMOR 77 TAHUN 2020 TENTANG PEDOMAN TEKNIS PENGELOLAAN KEUANGAN DAERAH",
            ),
            (
                "KEPUTUSAN BUPATI SLEMAN\nNOMOR 12/Kep.KDH/A/2023\nTENTANG\nPERUBAHAN KEDUA ATAS KEPUTUSAN BUPATI SLEMAN\nNOMOR 5/Kep.KDH/A/2022\nTENTANG PEMBENTUKAN TIM PERCEPATAN\nBUPATI SLEMAN,\nMenimbang : a. bahwa",
                "PERUBAHAN KEDUA ATAS KEPUTUSAN BUPATI SLEMAN NOMOR 5/Kep.KDH/A/2022 TENTANG PEMBENTUKAN TIM PERCEPATAN",
            ),
            (
                "KEPUTUSAN BERSAMA\nNOMOR 1 TAHUN 2021\nTENTANG\nPERUBAHAN ATAS KEPUTUSAN BERSAMA MENTERI AGAMA, MENTERI KETENAGAKERJAAN, DAN\nMENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI\nNOMOR 642 TAHUN 2020, NOMOR 4 TAHUN 2020, NOMOR 4 TAHUN 2020\nTENTANG HARI LIBUR NASIONAL DAN CUTI BERSAMA TAHUN 2021\nDENGAN RAHMAT TUHAN YANG MAHA ESA",
                "PERUBAHAN ATAS KEPUTUSAN BERSAMA MENTERI AGAMA, MENTERI KETENAGAKERJAAN, DAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI NOMOR 642 TAHUN 2020, NOMOR 4 TAHUN 2020, NOMOR 4 TAHUN 2020 TENTANG HARI LIBUR NASIONAL DAN CUTI BERSAMA TAHUN 2021",
            ),
            // Not an amendment: a number line after the subject is the next thing.
            (
                "NOTA KESEPAKATAN\nTENTANG\nPEMBINAAN ARSIP DAERAH\nNOMOR 045/12/2023\nPada hari ini",
                "PEMBINAAN ARSIP DAERAH",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn ocr_marks_for_a_fields_colon() {
        let text = "DINAS KESEHATAN\n\tPangkalan Bun, 7 Desember 2015\nNomor ; 440/7181/KD.D\nLampran\nPerihal ! Pemberitahuan Pelayanan Kesehatan\nKepada Yth. Pimpinan Puskesmas\nSehubungan dengan ditetapkannya";
        assert_eq!(
            title(text).as_deref(),
            Some("Pemberitahuan Pelayanan Kesehatan")
        );
        assert_eq!(doc_type(text), DocType::SuratDinas);
    }

    #[test]
    fn mixed_case_subjects() {
        let cases: &[(&str, &str)] = &[
            (
                "SURAT EDARAN\nNOMOR 1978/KPN.W18-U11/KU.01/IX/2013\nTENTANG\nHari Libur Nasional dan Cuti Bersama Tahun 2013\nKepada Yth.\tSeluruh Pegawai\n1. Latar Belakang",
                "Hari Libur Nasional dan Cuti Bersama Tahun 2013",
            ),
            (
                "SURAT EDARAN\nNomor: W21-U12/2370/HM.02.3/3/2007\nTENTANG\nHari Libur Nasional Tahun 2007\nYth.\tKepala Sub Bagian Umum\n2. Para Kepala Seksi",
                "Hari Libur Nasional Tahun 2007",
            ),
            (
                "SURAT EDARAN\nNomor 5 Tahun 2021\nTentang\nPedoman Pelaksanaan Apel Pagi\ndan Presensi Elektronik Tahun 2021\nDalam rangka meningkatkan disiplin pegawai",
                "Pedoman Pelaksanaan Apel Pagi dan Presensi Elektronik Tahun 2021",
            ),
            (
                "SURAT EDARAN NOMOR 3 TAHUN 2021 TENTANG PENYESUAIAN JAM KERJA PADA BULAN RAMADHAN\nDalam rangka",
                "PENYESUAIAN JAM KERJA PADA BULAN RAMADHAN",
            ),
            // A nota dinas: the body follows the subject directly.
            (
                "NOTA DINAS\nKepada\t: Rektor\nNomor\t: 2020/UN42/KM/2024\nHal\t: Permohonan Disposisi Penerbitan Surat Keputusan\nBerkenaan dengan permohonan disposisi penerbitan surat keputusan, kami\nlaporkan bahwa rapat telah dilaksanakan",
                "Permohonan Disposisi Penerbitan Surat Keputusan",
            ),
            (
                "Hal\t: Laporan Pelaksanaan Kegiatan\nSehubungan dengan kegiatan tersebut kami laporkan hasilnya.",
                "Laporan Pelaksanaan Kegiatan",
            ),
            // The place-and-date line in the right part, under or beside the subject.
            (
                "Nomor : 005/134/Ds.SD\nSifat\t: Segera\nPerihal : Undangan\n\tPelaihari, 16 Oktober 2018\nYth. Ketua Karang Taruna",
                "Undangan",
            ),
            ("Hal : Undangan\tTahuna, 1 Juni 1998\nYth. Pimpinan", "Undangan"),
            ("Hal : Undangan\nTahuna, 1 Juni 1998\nYth. Pimpinan", "Undangan"),
            // A subject wrapped in sentence case, or in title case, onto the next line.
            (
                "Hal : Permohonan bantuan pengamanan\npelaksanaan pemilihan kepala desa\nYth. Kapolres",
                "Permohonan bantuan pengamanan pelaksanaan pemilihan kepala desa",
            ),
            (
                "Perihal : Penyampaian Jadwal Distribusi\nLogistik Pemilihan Umum Tahun 2019\nKepada Yth.\nPara Kepala Distrik",
                "Penyampaian Jadwal Distribusi Logistik Pemilihan Umum Tahun 2019",
            ),
            ("Perihal :\nUndangan Rapat Koordinasi\nKepada Yth.", "Undangan Rapat Koordinasi"),
            ("Nomor\t: 005.1/1518/Disdikbud\nLampiran\nHal\tUndangan Rapat\n\tTilamuta, 10 September 2004", "Undangan Rapat"),
            ("Hal tersebut sesuai dengan Peraturan\nPerihal : Laporan", "Laporan"),
            ("|\tLampiran : -\n1\tPerihal : Undangan\n\tBalige, 20 Juni 2005", "Undangan"),
            ("Nomor Tan LUKA\nSifat\t: Segera\nLampiran : 1 (satu) berkas\nPerihal Undangan\n\tJakarta, 26 Januari 2017", "Undangan"),
            // OCR specks beside the label and the subject.
            (
                "SURAT EDARAN |\nNomor: 445/2096/RSUD-Tah\t|\n“TENTANG\t|\t|\n\t|\nTata Tertib Pengunjung Rumah Sakit |\t|\nYth. 1. Seluruh Pegawai",
                "Tata Tertib Pengunjung Rumah Sakit",
            ),
            (
                "BERITA ACARA\nNomor: 050/2052/Distan/2008\n5\tTENTANG\nSERAH TERIMA BARANG MILIK DAERAH\nPada hari ini",
                "SERAH TERIMA BARANG MILIK DAERAH",
            ),
            // A letter's subject comes before a decree's title it quotes below.
            (
                "Nomor : 900/12/2024\nHal : Penyampaian Salinan Keputusan\nYth. Camat\nKEPUTUSAN BUPATI\nTENTANG\nPENETAPAN DESA WISATA",
                "Penyampaian Salinan Keputusan",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title(text).as_deref(), Some(*want), "{text}");
        }
    }
}
