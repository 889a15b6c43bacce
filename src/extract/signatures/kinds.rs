//! What one line of a signature area can be, read on its own: a role label (`PIHAK
//! PERTAMA,`, `Mengetahui,`, `Salinan sesuai dengan aslinya`), the place and date of issue,
//! an electronic-signature note, an on-behalf line (`a.n.`, `u.b.`), the first line of an
//! office (`KEPALA DINAS ...`, `Plt. DIREKTUR,`, `Ketua,`), a rank (`Pembina Utama Muda`,
//! `AJUN KOMISARIS BESAR POLISI`, `MAYOR ARH`), a NIP or NRP, the noise of the space left
//! for the signature (`ttd`, `Materai`, stamp specks), a heading (`PERATURAN ...`,
//! `REPUBLIK INDONESIA`), body text, or other short text: a name, the rest of an office,
//! or debris, which only the block around it can tell apart.

use std::sync::LazyLock;

use regex::Regex;

use super::names::edit_distance;
use super::undersigned::Side;
use crate::extract::lines::upper_ratio;

/// What a line is, as far as the line alone tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A label above a block, not part of the position; with the side of an agreement it
    /// names, if any.
    Role(Option<Side>),
    /// `Ditetapkan di ...`, `pada tanggal ...`, `Bekasi, 12 Maret 2024`.
    Intro,
    /// `Ditandatangani secara elektronik oleh:`.
    Note,
    /// `a.n. BUPATI TANAH BUMBU`, `u.b.`: whom the signer acts for.
    Behalf,
    /// The first line of an office: an office word first, after `Plt.`/`Plh.`/`Pj.`.
    Office,
    /// A civil, police, military or prosecutor's rank, or a grade `(IV/d)`.
    Rank,
    /// `NIP. 19680312 199303 1 007`, `NRP 76050812`.
    Nip,
    /// What sits in the space for the signature: `ttd`, stamps, duty stamps, specks.
    Noise,
    /// A heading or end mark of the document. `soft` ones (`REPUBLIK INDONESIA`,
    /// `PERATURAN PERUNDANG-UNDANGAN`) may continue an office.
    Heading { soft: bool },
    /// A sentence, a list item, a table row: the signature area is over.
    Body,
    /// Anything else short: a name, the rest of an office, debris.
    Text,
}

/// Words an office opens with (`KETUA KOMISI ...`, not `KOMISI ...`).
const OFFICE_HEADS: &[&str] = &[
    "BUPATI",
    "WAKIL",
    "GUBERNUR",
    "WALIKOTA",
    "WALIKOTAMADYA",
    "WALI",
    "KETUA",
    "SEKRETARIS",
    "KEPALA",
    "DIREKTUR",
    "REKTOR",
    "DEKAN",
    "CAMAT",
    "LURAH",
    "MENTERI",
    "INSPEKTUR",
    "ASISTEN",
    "KOMANDAN",
    "KAPOLRES",
    "KAPOLRESTA",
    "KAPOLDA",
    "KAPOLSEK",
    "PANGLIMA",
    "PIMPINAN",
    "PEMIMPIN",
    "KOORDINATOR",
    "ANGGOTA",
    "PRESIDEN",
    "BENDAHARA",
    "KABAG",
    "KABID",
    "KASUBAG",
    "KASUBBAG",
    "KASI",
    "KADIS",
    "PEJABAT",
    "KAJARI",
    "KAJATI",
    "PANITERA",
    "SEKJEN",
    "DIRJEN",
    "DEPUTI",
    "PERBEKEL",
    "PENGHULU",
    "MANAJER",
    "MANAGER",
    "ADMINISTRATUR",
    "DANDIM",
    "DANREM",
    "DANRAMIL",
    "PANGDAM",
    "KAKANWIL",
    "PENJABAT",
    "PELAKSANA",
];

/// Ordinals and words one letter from an office word that are words of their own.
const NOT_HEADS: &[&str] = &["KEDUA", "KEPADA", "DEWAN", "KELAPA", "KEPALAN", "KETIGA"];

/// Acting and interim markers kept in front of an office: `Plt.`, `Plh.`, `Pj.`, `Pjs.`.
static ACTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:plt|plh|pjs|pj|pth)\s*\.?\s+|^(?i:pelaksana\s+(?:tugas|harian))\s+")
        .expect("valid regex")
});

static SIDE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:untuk\s+dan\s+atas\s+nama\s+)?pihak\s+(pertama|kesatu|kedua|ketiga|keempat|iv|iii|ii|i)\s*[,:.;]?$")
        .expect("valid regex")
});

/// `YAN BIHAK KESATU,`, `ATTY. PERTAMA,`: a side label OCR garbled in front.
static GARBLED_SIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\S+\s+){0,2}(PERTAMA|KESATU|KEDUA|KETIGA),$").expect("valid regex")
});

static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:mengetahui|menyetujui|diketahui(?:\s+oleh)?|disetujui(?:\s+oleh)?|disahkan\s+oleh|diperiksa\s+oleh|dibuat\s+oleh|menyaksikan|saksi(?:[- ]saksi)?|para\s+pihak|pemberi\s+(?:hibah|kuasa)|penerima\s+(?:hibah|kuasa)|pemohon|hormat\s+kami|salinan\s+sesuai\s+(?:dengan\s+)?(?:aslinya|yang\s+asli)|sesuai\s+dengan\s+aslinya|untuk\s+dan\s+atas\s+nama)\s*[,:.;]?$")
        .expect("valid regex")
});

/// `Yang Menerima,`, `Yang Melakukan Klarifikasi,`, `YANG MEMBUAT PERNYATAAN`; not a
/// sentence's `Yang bersangkutan untuk diketahui`.
static WHO_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Yang|YANG|Kami\s+yang|KAMI\s+YANG)(?:\s+[A-Z]\S*){1,3}\s*[,:]?$")
        .expect("valid regex")
});

static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:ditandatangani\s+secara\s+elektronik|tanda\s*tangan\s+elektronik|ttd\.?\s+elektronik|tte\b|telah\s+ditandatangani\s+secara\s+elektronik)")
        .expect("valid regex")
});

static BEHALF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:a\s?\.\s?n\s?\.|an\.|a\.\s?m\.|u\s?\.\s?b\s?\.|ub\.|atas\s+nama|untuk\s+beliau)(?:\s|$)|^(?:an|ub|a\.n|u\.b)\s+[A-Z]")
        .expect("valid regex")
});

static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:ditetapkan|dikeluarkan|diundangkan|dibuat|disahkan|ditandatangani)\s+di\b|pada\s+tanggal\b|tanggal\s*[:.]?\s*\d)")
        .expect("valid regex")
});

/// `Bekasi, 12 Maret 2024`, `Arga Makmur, 22 April 1998`, a date alone, or after a few
/// words OCR garbled (`Padartanggal 26 Oktober 2023`).
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[^\d\s][^\s,]*[\s,]+){0,4}?(?:\d{1,2}|\.{2,}|…)\s*(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)\s+\d{4}\s*$")
        .expect("valid regex")
});

static NIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nip|nrp|nik|nidn|nipppk|nuptk|npp|niy|nip/nrp)\b\s*\.?\s*[:.;,]?\s*(?:\d|$)|^\d{8}\s*\d{6}\s*\d\s*\d{3}$|^\d{18}$")
        .expect("valid regex")
});

static RANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:pangkat\s*[:.]?\s*)?(?:",
        // Civil service grades.
        r"(?:pembina|penata|pengatur|juru)(?:\s+(?:utama|madya|muda|tingkat|tk\.?)\b.*)?$",
        // Police ranks, in words or short.
        r"|(?:ajun\s+)?(?:komisaris|inspektur)(?:\s+besar)?\s+polisi\b.*",
        r"|(?:brigadir|inspektur|komisaris)\s+jenderal\s+polisi\b.*",
        r"|(?:akbp|kombes|kompol|akp|iptu|ipda|aiptu|aipda|bripka|briptu|bripda|brigpol|brigjen\s+pol|irjen\s+pol|komjen\s+pol)\b.*",
        // Military ranks with their corps.
        r"|(?:letnan\s+(?:kolonel|satu|dua|jenderal)|letkol|kolonel|mayor(?:\s+jenderal)?|kapten|lettu|letda|brigadir\s+jenderal|brigjen|mayjen|letjen|laksamana|marsekal|peltu|pelda|serma|serka|sertu|serda)\b(?:\s+(?:tni|inf|arh|arm|czi|cku|chb|cpm|cpl|cba|caj|ckm|chk|kav|psk|kes|lek|pnb|nav|tek|adm|sus|laut|mar|\([a-z]\)))*(?:\s+(?:nrp|nip)\b.*)?$",
        // Prosecutors and judges, academic ranks.
        r"|jaksa\s+(?:utama|madya|muda|pratama)\b.*|hakim\s+(?:utama|madya)\b.*|lektor(?:\s+kepala)?$|guru\s+besar$|asisten\s+ahli$",
        r")"
    ))
    .expect("valid regex")
});

/// A civil-service grade in parentheses, also when OCR lost the rank before it:
/// `ina Utama Madya (IV/d)`.
static GRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*(?:I{1,3}|IV|1V)\s*/\s*[a-eA-E]\s*\)").expect("valid regex")
});

static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(\[]?\s*(?:ttd|t\.t\.d|dto|cap(?:\s+dan\s+(?:ttd|tanda\s+tangan))?|stempel|materai|meterai|tempel|l\.\s?s\.?|paraf|tanda\s+tangan|\(?\s*tanda\s+tangan\s*\)?|rp\.?\s*\d{1,3}(?:\.\d{3})+,?-?)\b.*$|^[(\[]?\s*[.…_]{3,}\s*[)\]]?$|^\d{4,6}\s*$")
        .expect("valid regex")
});

/// `Nama : ...`, `Jabatan\t: ...`, `Alamat : ...`: a label, a colon, a value.
static FORM_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z][A-Za-z/ .]{1,24}?\s:\s*\S").expect("valid regex"));

/// Heading words that end the signature area.
static HARD_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:keputusan|instruksi|surat\s+(?:edaran|keputusan|perintah|tugas|kuasa)|pengumuman|berita\s+acara|perjanjian|nota\s+(?:kesepahaman|kesepakatan|dinas)|kesepakatan\s+bersama|memorandum|lampiran|salinan$|tentang\b|nomor\b|no\.\s|dengan\s+rahmat|bab\s+[ivxlc\d]+\b|pasal\s+\d+|berita\s+(?:daerah|negara)|lembaran\s+(?:daerah|negara)|tambahan\s+lembaran|noreg|penjelasan|daftar\s+(?:hadir|nama|lampiran)|menimbang|mengingat|memperhatikan|membaca|memutuskan|menetapkan|m\s?e\s?m\s?u\s?t\s?u\s?s\s?k\s?a\s?n|tembusan|kepada\b|yth\b|perihal|hal\s*:|sifat\s*:|catatan\s*:|antara\s*:?$|dokumen\s+ini|(?:kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)\s*:?\s*$)")
        .expect("valid regex")
});

/// Heading words that may also continue an office printed over several lines.
static SOFT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:peraturan\b|republik\s+indonesia\b|dan$|dengan$)").expect("valid regex")
});

/// A list item or numbered clause: `1. Gubernur ...`, `a. bahwa ...`, `(2) Hasil ...`.
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\))\s+\S").expect("valid regex")
});

/// The words of a line that are a sentence's: lower-case words other than `dan`, `di` and
/// the like that Title Case offices hold.
fn lower_words(line: &str) -> (usize, usize) {
    // The small words a Title Case office holds (`Kepala Bagian Hukum pada Sekretariat`).
    const TITLE_CASE_SMALL: &[&str] = &["dan", "di", "pada", "serta", "&"];
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !TITLE_CASE_SMALL.contains(w)
                && !matches!(**w, "dr." | "drg." | "drh." | "a.n." | "u.b." | "an.")
        })
        .count();
    (lower, words.len())
}

/// Whether the line reads as a sentence or part of one.
pub(super) fn is_sentence(line: &str) -> bool {
    let (lower, words) = lower_words(line);
    // Offices and names in Title Case hold no lower-case word but a few small ones; OCR
    // may add one speck (`ths ETARIS DAERAH,`).
    lower >= 2 || (lower == 1 && words >= 5) || (words >= 2 && lower * 10 >= words * 6)
}

/// The office words a line opens with, after an acting marker: `Some(rest)` holds the line
/// from the office word on (a glued word split: `KEPALAKEPOLISIAN` → `KEPALA KEPOLISIAN`).
pub(super) fn office_start(line: &str) -> Option<String> {
    // A speck or two before the office word (`YAN KEPALA KEJAKSAAN`, `Pig NP Bupati`) are
    // passed over.
    let mut line = line;
    if ACTING.find(line).is_none() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let head_at = (1..=2.min(words.len().saturating_sub(1))).find(|&k| {
            let specks = words[..k].iter().all(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() <= 3
                    && !matches!(w.to_uppercase().as_str(), "DAN" | "&")
            });
            let head: String = words[k]
                .split('-')
                .next()
                .unwrap_or("")
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect();
            specks && OFFICE_HEADS.contains(&head.to_uppercase().as_str())
        });
        if let Some(k) = head_at {
            if let Some(at) = line.find(words[k]) {
                line = &line[at..];
            }
        }
    }
    let rest = ACTING.find(line).map_or(line, |m| &line[m.end()..]);
    let first = rest.split([' ', '-']).next().unwrap_or("");
    let word: String = first
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_uppercase();
    if word.is_empty() {
        return None;
    }
    if OFFICE_HEADS.contains(&word.as_str()) {
        if word == "WALI" && !rest.to_uppercase().starts_with("WALI KOTA") {
            return None;
        }
        return Some(line.to_string());
    }
    if NOT_HEADS.contains(&word.as_str()) {
        return None;
    }
    // OCR slips in the office word (`KERALA`, `KEPAKA`) that make no word; a short office
    // word only with a speck run into its front (`WCAMAT`), as `KETUT` is a name.
    let slip = |h: &&str| {
        (h.len() >= 6 && edit_distance(&word, h) <= 1)
            || (h.len() == 5 && word.len() == 6 && word.ends_with(*h))
    };
    if word.chars().count() >= 5 && !crate::lang::is_word(&word) && OFFICE_HEADS.iter().any(slip) {
        return Some(line.to_string());
    }
    // An office word run into the next (`KEPALAKEPOLISIAN RESOR`).
    for head in OFFICE_HEADS.iter().filter(|h| h.len() >= 5) {
        if let Some(tail) = word.strip_prefix(head) {
            if tail.chars().count() >= 4 && crate::lang::is_word(tail) {
                let at = line.len() - rest.len();
                let split = at + first.find(|c: char| c.is_alphabetic()).unwrap_or(0) + head.len();
                if line.is_char_boundary(split) {
                    return Some(format!("{} {}", &line[..split], &line[split..]));
                }
            }
        }
    }
    None
}

/// Whether the line is a rank (or a grade) printed under a name.
pub(super) fn is_rank(line: &str) -> bool {
    RANK.is_match(line) || (GRADE.is_match(line) && line.split_whitespace().count() <= 6)
}

/// What the line is, on its own. `line` is one cell of a row, squashed and without the
/// specks OCR puts at its start.
pub(super) fn classify(line: &str) -> Kind {
    let t = line.trim();
    let alnum = t.chars().filter(|c| c.is_alphanumeric()).count();
    if alnum == 0 {
        return Kind::Noise;
    }
    if let Some(c) = SIDE_LABEL.captures(t) {
        return Kind::Role(Side::parse(&c[1]));
    }
    if let Some(c) = GARBLED_SIDE.captures(t) {
        if upper_ratio(t) >= 0.6 {
            return Kind::Role(Side::parse(&c[1]));
        }
    }
    // A label is printed with a capital (`Mengetahui,`); `disetujui.` ends a sentence.
    let capital = t.chars().next().is_some_and(char::is_uppercase);
    if (ROLE.is_match(t) && capital) || WHO_ROLE.is_match(t) {
        return Kind::Role(None);
    }
    if NIP.is_match(t) {
        return Kind::Nip;
    }
    if is_rank(t) {
        return Kind::Rank;
    }
    if NOTE.is_match(t) {
        return Kind::Note;
    }
    let words = t.split_whitespace().count();
    // A name with its degrees (`Bambang riyo Darmawan, S.IP, MPA`) is judged as prose by
    // the name alone: a speck OCR wrote in lower case makes no sentence of it.
    let prose = match t.split_once(',') {
        Some((head, tail)) if super::names::degree_tail(tail) => head,
        _ => t,
    };
    if (INTRO.is_match(t) && words <= 8 && lower_words(t).0 <= 1) || PLACE_DATE.is_match(t) {
        return Kind::Intro;
    }
    if BEHALF.is_match(t) {
        return Kind::Behalf;
    }
    if NOISE.is_match(t) {
        return Kind::Noise;
    }
    // A form's field (`Nama : ...`, `Jabatan : ...`) belongs to the body.
    if FORM_FIELD.is_match(t) {
        return Kind::Body;
    }
    if HARD_HEADING.is_match(t) {
        return Kind::Heading { soft: false };
    }
    if LIST_ITEM.is_match(t) && words >= 3 {
        return Kind::Body;
    }
    // A few words from the middle of a sentence, wrapped beside a block (`dalam rangkap 4
    // (empat) untuk`), end nothing; a sentence does.
    // A line ending in a comma is an office or a label, however OCR garbled its start.
    let fragment =
        words < 7 && t.chars().next().is_some_and(char::is_lowercase) && !t.ends_with(',');
    if fragment && is_sentence(prose) {
        return Kind::Noise;
    }
    if words >= 15 || (words >= 4 && is_sentence(prose)) || t.ends_with(';') {
        return Kind::Body;
    }
    // A short line that starts in the middle of a sentence (`untuk dipergunakan`).
    let first_lower = t.chars().next().is_some_and(char::is_lowercase)
        && !t
            .split_whitespace()
            .next()
            .is_some_and(|w| super::names::is_title(w) || BEHALF.is_match(w));
    if first_lower && words < 3 {
        return Kind::Noise;
    }
    if SOFT_HEADING.is_match(t) {
        return Kind::Heading { soft: true };
    }
    if office_start(t).is_some() && !is_sentence(prose) {
        return Kind::Office;
    }
    // Specks: a few letters and marks, nothing a name or office is made of; a wrapped
    // degree (`M.T.`) is short too.
    if alnum <= 3 && !super::names::is_degree_line(t) {
        return Kind::Noise;
    }
    if words >= 2 && is_sentence(prose) && !t.ends_with(',') {
        // A fragment of a sentence (`sebenarnya untuk dipergunakan`) printed beside a
        // block; it ends nothing.
        return Kind::Noise;
    }
    Kind::Text
}

#[cfg(test)]
mod tests {
    use super::Kind::*;
    use super::*;

    #[test]
    fn kinds_of_lines() {
        let cases: &[(&str, Kind)] = &[
            ("PIHAK PERTAMA,", Role(Some(Side(1)))),
            ("Untuk dan atas nama PIHAK KEDUA", Role(Some(Side(2)))),
            ("YAN BIHAK KESATU,", Role(Some(Side(1)))),
            ("Mengetahui,", Role(None)),
            ("MENGETAHUI,", Role(None)),
            ("Yang Menerima,", Role(None)),
            ("Yang Melakukan Klarifikasi,", Role(None)),
            ("Yang bersangkutan untuk diketahui", Body),
            ("SALINAN SESUAI DENGAN ASLINYA", Role(None)),
            ("Salinan sesuai dengan aslinya,", Role(None)),
            ("Saksi-saksi:", Role(None)),
            ("Ditetapkan di Tais", Intro),
            ("pada tanggal 10 Maret 2021", Intro),
            ("Pada tanggal 15 Mei 2012", Intro),
            ("Arga Makmur, 22 April 1998", Intro),
            ("Padartanggal 26 Oktober 2023", Intro),
            ("Ditandatangani secara elektronik oleh:", Note),
            ("a.n. BUPATI TANAH BUMBU", Behalf),
            ("a.n. Ketua Komisi Pemilihan Umum", Behalf),
            ("u.b.", Behalf),
            ("AN ASET/B AH KABUPATEN CIANJUR,", Text),
            ("disetujui.", Noise),
            ("a.m. BUPATI TANAH BUMBU", Behalf),
            ("BUPATI BANJAR,", Office),
            ("Plt. KEPALA DINAS KESEHATAN,", Office),
            ("Pj. Gubernur Maluku,", Office),
            ("Ketua,", Office),
            ("REKTOR,", Office),
            ("ANGGOTA.", Office),
            ("Kepala Bidang Pelayanan,", Office),
            ("WALI KOTA BANJARMASIN,", Office),
            ("KEPALAKEPOLISIAN RESOR KULON PROGO,", Office),
            ("KEPAKA BAGIAN SUMBER DAYA,", Office),
            ("KERALA DESA SIDERA,", Office),
            ("BUPATI-KEPALA DAERAH", Office),
            ("Pembina Utama Muda", Rank),
            ("Pembina Tk. I", Rank),
            ("Penata Tingkat I (III/d)", Rank),
            ("ina Utama Madya (IV/d)", Rank),
            ("AJUN KOMISARIS BESAR POLISI", Rank),
            ("KOMISARIS POLISI NRP 66065577", Rank),
            ("LETNAN KOLONEL INF NRP 11960022", Rank),
            ("MAYOR ARH", Rank),
            ("Jaksa Utama Pratama", Rank),
            ("NIP. 19680312 199303 1 007", Nip),
            ("NIP: 19620627 198804 1 008", Nip),
            ("NRP 76050812", Nip),
            ("NIP 196401141993032003", Nip),
            ("ttd", Noise),
            ("ttd.", Noise),
            ("Materai 10000", Noise),
            ("10000", Noise),
            ("1608/TIMOR TENGAH SELATAN,", Text),
            ("METERAI", Noise),
            ("( .......... )", Noise),
            ("| K |", Noise),
            ("sebenarnya untuk dipergunakan", Noise),
            ("untuk dipergunakan", Noise),
            ("gkret ris Daerah,", Text),
            ("M.T.", Text),
            ("PERATURAN PERUNDANG-UNDANGAN", Heading { soft: true }),
            ("REPUBLIK INDONESIA,", Heading { soft: true }),
            (
                "BERITA DAERAH KABUPATEN SELUMA TAHUN 2021 NOMOR 10",
                Heading { soft: false },
            ),
            ("Tembusan Yth.:", Heading { soft: false }),
            (
                "KEPUTUSAN BERSAMA MENTERI DALAM NEGERI",
                Heading { soft: false },
            ),
            (
                "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.",
                Body,
            ),
            ("1. Gubernur Kalimantan Selatan;", Body),
            ("bersama Rektor Universitas Negeri Makassar", Noise),
            ("dalam rangkap 4 (empat) untuk", Noise),
            (
                "Kepala Dinas wajib melaporkan hasil pelaksanaan kepada Bupati.",
                Body,
            ),
            ("H. KHALILLURAHMAN", Text),
            ("Daniel Wetipo", Text),
            ("KABUPATEN BOVEN DIGOEL,", Text),
            ("Sosial Kabupaten Bulungan,", Text),
            ("KELIMA", Heading { soft: false }),
            ("Bambang riyo Darmawan, S.IP, MPA", Text),
            ("Mikhael NON Wangge, Jai. yng M.H. :", Text),
            (
                "Bupati ini dibebankan pada Anggaran Pendapatan dan Belanja",
                Body,
            ),
            (
                "tanggal 28 September 2020 tentang Netralitas Aparatur Sipil",
                Body,
            ),
            ("Nama : DANIEL WETIPO", Body),
            ("Jabatan : Ketua Komisi Pemilihan Umum", Body),
        ];
        for (line, want) in cases {
            assert_eq!(classify(line), *want, "{line}");
        }
    }

    #[test]
    fn office_words_split_when_glued() {
        assert_eq!(
            office_start("KEPALAKEPOLISIAN RESOR KULON PROGO,").as_deref(),
            Some("KEPALA KEPOLISIAN RESOR KULON PROGO,")
        );
        assert_eq!(office_start("KEPADA YTH."), None);
        assert_eq!(
            office_start("YAN KEPALA KEJAKSAAN NEGERI").as_deref(),
            Some("KEPALA KEJAKSAAN NEGERI")
        );
        assert_eq!(
            office_start("Plt. BUPATI SULA,").as_deref(),
            Some("Plt. BUPATI SULA,")
        );
        assert_eq!(office_start("PEMERINTAH KOTA BITUNG,"), None);
    }
}
