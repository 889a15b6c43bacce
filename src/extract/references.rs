//! Cited legal instruments: `Undang-Undang Nomor 10 Tahun 2016`, `UU No. 10/2016`,
//! `Permendagri 77/2020`, `Keputusan Bersama ... Nomor 05 Tahun 2020`, ...
//!
//! Each `Nomor` (or a short form's number) is paired with the nearest instrument name
//! before it, within the same clause (never across `tentang`, `;` or another number).

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{RefType, Reference};

/// A citation found in the text, with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundReference {
    pub reference: Reference,
    pub start: usize,
    pub end: usize,
}

/// Instrument names, most specific first (the regex takes the first alternative that fits).
const KINDS: &[(&str, RefType)] = &[
    (
        r"peraturan\s+pemerintah\s+pengganti\s+undang[\s-]*undang",
        RefType::Perpu,
    ),
    (r"perppu|perpu", RefType::Perpu),
    (
        r"undang[\s-]*undang(?:\s+republik\s+indonesia)?|\buu\b",
        RefType::Uu,
    ),
    (r"peraturan\s+pemerintah|\bpp\b", RefType::Pp),
    (r"peraturan\s+presiden|\bperpres\b", RefType::Perpres),
    (r"keputusan\s+presiden|\bkeppres\b", RefType::Keppres),
    (r"instruksi\s+presiden|\binpres\b", RefType::Lainnya),
    (
        r"peraturan\s+menteri|\bpermen[a-z]*\b|\bpmk\b|peraturan\s+men(?:dagri|keu|kes|dikbud[a-z]*|diknas|pan[a-z]*|kumham|ag|sos|hub|kominfo|aker|naker|desa[a-z]*|pupr|lhk|pora|pppa|dag|perin|esdm|ristek[a-z]*|atr)\b",
        RefType::Permen,
    ),
    (r"keputusan\s+bersama|\bskb\b", RefType::Skb),
    (
        r"keputusan\s+menteri|\bkepmen[a-z]*\b|\bkmk\b|keputusan\s+men(?:dagri|keu|kes|dikbud[a-z]*|diknas|pan[a-z]*|kumham|ag|sos|hub|kominfo|aker|naker|desa[a-z]*|pupr|lhk|pora|pppa|dag|perin|esdm|ristek[a-z]*|atr)\b",
        RefType::Kepmen,
    ),
    // Aceh's regional regulations are called qanun.
    (r"peraturan\s+daerah|\bperda\b|\bqanun\b", RefType::Perda),
    (r"peraturan\s+gubernur|\bpergub\b", RefType::Pergub),
    (r"peraturan\s+bupati|\bperbup\b", RefType::Perbup),
    (
        r"peraturan\s+wali\s*kota|\bperwali\b|\bperwalkot\b",
        RefType::Perwali,
    ),
    (r"keputusan\s+gubernur|\bkepgub\b", RefType::Kepgub),
    (r"keputusan\s+bupati|\bkepbup\b", RefType::Kepbup),
    (r"keputusan\s+wali\s*kota", RefType::Lainnya),
    (r"surat\s+edaran", RefType::Se),
    (
        r"peraturan\s+komisi\s+pemilihan\s+umum|peraturan\s+kpu|\bpkpu\b",
        RefType::Pkpu,
    ),
    (
        r"peraturan\s+badan\s+pengawas\s+pemilihan\s+umum|peraturan\s+bawaslu|\bperbawaslu\b",
        RefType::Perbawaslu,
    ),
    (
        r"keputusan\s+(?:komisi\s+pemilihan\s+umum|kpu|badan\s+pengawas|bawaslu)|peraturan\s+(?:komisi\s+pemberantasan|kpk|jaksa\s+agung|lembaga|badan|kepala)|naskah\s+perjanjian\s+hibah(?:\s+daerah)?|\bnphd\b|perjanjian|nota\s+kesepakatan|kesepakatan\s+bersama|keputusan|surat|peraturan",
        RefType::Lainnya,
    ),
];

static KIND_RE: LazyLock<Vec<(Regex, RefType)>> = LazyLock::new(|| {
    KINDS
        .iter()
        .map(|(p, t)| (Regex::new(&format!("(?i){p}")).expect("valid regex"), *t))
        .collect()
});

/// `Nomor 10 Tahun 2016`, `No. 10/2016`, `Nomor 188.44/0776/KUM/2023`.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:nomor|nomer|no\.?)\s*:?\s*[‘’'"“]?([0-9](?:[0-9A-Za-z.\-/]*[0-9A-Za-z])?|[A-Z]{1,5}[-/.]?[0-9][0-9A-Za-z.\-/]*/[0-9A-Za-z.\-/]*[0-9A-Za-z])(?:[\s,]+tahun\s*[:.,]?\s*(\d{4}))?"#).expect("valid regex")
});

/// A number that ran into `Tahun`: `8-Tahun`.
static GLUED_TAHUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(\d{1,4})-tahun$").expect("valid regex"));
static GLUED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[:.,]?\s*(\d{4})\b").expect("valid regex"));

/// What separates the numbers of one joint instrument.
static LIST_JOIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s,]*(?:dan\s*)?$").expect("valid regex"));

/// Short forms with no `Nomor`: `UU 10/2016`, `Permendagri 77/2020`, `PP 12 Tahun 2019`.
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(uu|perppu|perpu|pp|perpres|keppres|inpres|permen[a-z]*|pmk|kepmen[a-z]*|perda|pergub|perbup|perwali|pkpu|perbawaslu|skb|se)\s+(\d{1,4})(?:/(\d{4})|\s+tahun\s+(\d{4}))\b")
        .expect("valid regex")
});

/// Words that end a clause: a citation never reaches back across them.
static BARRIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\btentang\b|;|\n\s*\d+\.|\n\s*[a-z]\.\s").expect("valid regex")
});

/// How far before `Nomor` an instrument's name may start (a Keputusan Bersama lists its signers).
const MAX_REACH: usize = 400;

fn split_year(number: &str) -> (String, Option<i32>) {
    static SHORT_NUM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,4})/((?:19|20)\d{2})$").expect("valid regex"));
    static TRAILING_YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})$").expect("valid regex"));
    if let Some(c) = SHORT_NUM.captures(number) {
        return (c[1].to_string(), c[2].parse().ok());
    }
    let year = TRAILING_YEAR
        .captures(number)
        .and_then(|c| c[1].parse().ok());
    (number.to_string(), year)
}

/// The instrument kind named closest before `pos`, if within reach and in the same clause.
fn kind_before(text: &str, pos: usize) -> Option<RefType> {
    let from = text.floor_char_boundary(pos.saturating_sub(MAX_REACH));
    let window = &text[from..pos];
    // Cut the window at the last clause barrier.
    let cut = BARRIER.find_iter(window).last().map_or(0, |m| m.end());
    let window = &window[cut..];
    // The name that ends closest to the number wins; among names ending together (e.g.
    // "Peraturan Pemerintah Pengganti Undang-Undang" and "Undang-Undang") the longest.
    let mut best: Option<(usize, usize, RefType)> = None;
    for (re, kind) in KIND_RE.iter() {
        for m in re.find_iter(window) {
            let better = match best {
                None => true,
                Some((s, e, _)) => m.end() > e || (m.end() == e && m.start() < s),
            };
            if better {
                best = Some((m.start(), m.end(), *kind));
            }
        }
    }
    best.map(|(_, _, kind)| kind)
}

/// Every cited instrument, in order of appearance. `exclude` holds byte ranges of the
/// document's own number labels, which are not citations.
pub fn find_references(text: &str, exclude: &[(usize, usize)]) -> Vec<FoundReference> {
    let mut out: Vec<FoundReference> = Vec::new();
    for c in NUMBER.captures_iter(text) {
        let (Some(m), Some(num)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if exclude
            .iter()
            .any(|&(s, e)| num.start() < e && s < num.end())
        {
            continue;
        }
        let Some(kind) = kind_before(text, m.start()) else {
            continue;
        };
        // OCR may join the number to `Tahun` with a hyphen: `Nomor 8-Tahun 2016`.
        let (num_text, glued_year) = match GLUED_TAHUN.captures(num.as_str()) {
            Some(g) => {
                let year = GLUED_YEAR
                    .captures(&text[m.end()..])
                    .and_then(|y| y[1].parse().ok());
                (g[1].to_string(), year)
            }
            None => (num.as_str().to_string(), None),
        };
        let (number, trailing_year) = split_year(&num_text);
        let year = c
            .get(2)
            .and_then(|y| y.as_str().parse().ok())
            .or(glued_year)
            .or(trailing_year);
        // A joint decision lists one number per signer (`Nomor 855 Tahun 2023, Nomor 3
        // Tahun 2023, ...`): the numbers after the first are the same instrument.
        if kind == RefType::Skb
            && out.last().is_some_and(|prev| {
                prev.reference.kind == RefType::Skb
                    && LIST_JOIN.is_match(&text[prev.end.min(m.start())..m.start()])
            })
        {
            if let Some(prev) = out.last_mut() {
                prev.end = m.end();
            }
            continue;
        }
        // A generic "surat ... nomor 3" is only a citation when the number looks registered.
        if kind == RefType::Lainnya && year.is_none() && !number.contains('/') {
            continue;
        }
        out.push(FoundReference {
            reference: Reference { kind, number, year },
            start: m.start(),
            end: m.end(),
        });
    }
    for c in SHORT.captures_iter(text) {
        let (Some(m), Some(kind), Some(num)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if out.iter().any(|f| f.start < m.end() && m.start() < f.end) {
            continue;
        }
        let kind = KIND_RE
            .iter()
            .find(|(re, _)| {
                re.find(kind.as_str())
                    .is_some_and(|k| k.len() == kind.len())
            })
            .map_or(RefType::Lainnya, |(_, k)| *k);
        let year = c.get(3).or(c.get(4)).and_then(|y| y.as_str().parse().ok());
        out.push(FoundReference {
            reference: Reference {
                kind,
                number: num.as_str().to_string(),
                year,
            },
            start: m.start(),
            end: m.end(),
        });
    }
    out.sort_by_key(|f| f.start);
    out
}

/// Distinct references (by type, number without leading zeros, and year), first form kept.
pub fn distinct(found: &[FoundReference]) -> Vec<Reference> {
    let key = |r: &Reference| {
        (
            r.kind,
            r.number.trim_start_matches('0').to_uppercase(),
            r.year,
        )
    };
    let mut out: Vec<Reference> = Vec::new();
    for f in found {
        if !out.iter().any(|r| key(r) == key(&f.reference)) {
            out.push(f.reference.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str) -> Vec<(String, String, Option<i32>)> {
        distinct(&find_references(text, &[]))
            .into_iter()
            .map(|r| (r.kind.as_str().to_string(), r.number, r.year))
            .collect()
    }

    fn r(t: &str, n: &str, y: Option<i32>) -> (String, String, Option<i32>) {
        (t.to_string(), n.to_string(), y)
    }

    #[test]
    fn sentence_shapes() {
        assert_eq!(
            refs("Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan"),
            [r("UU", "10", Some(2016))]
        );
        assert_eq!(
            refs("sesuai UU No. 10/2016 tentang Pilkada"),
            [r("UU", "10", Some(2016))]
        );
        assert_eq!(
            refs("Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman"),
            [r("PERMEN", "77", Some(2020))]
        );
        assert_eq!(
            refs("mengacu pada Permendagri 77/2020 dan PP 12/2019"),
            [r("PERMEN", "77", Some(2020)), r("PP", "12", Some(2019))]
        );
        assert_eq!(
            refs("Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan"),
            [r("UU", "10", Some(2016)), r("UU", "1", Some(2015)), r("PERPU", "1", Some(2014))]
        );
        assert_eq!(
            refs("f. Keputusan Bersama Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, Menteri Dalam Negeri, Kepala Badan Kepegawaian Negara, Ketua Komisi Aparatur Sipil Negara, dan Ketua Badan Pengawas Pemilihan Umum Nomor 05 Tahun 2020 tentang Pedoman"),
            [r("SKB", "05", Some(2020))]
        );
        assert_eq!(
            refs("Keputusan Gubernur Kalimantan Selatan Nomor 188.44/0776/KUM/2023 tentang Pelimpahan"),
            [r("KEPGUB", "188.44/0776/KUM/2023", Some(2023))]
        );
        assert_eq!(
            refs("Surat Ketua Komisi Pemilihan Umum Provinsi Kalimantan Selatan Nomor 512/PL.02-SD/63/2023 tanggal 14 Agustus 2023"),
            [r("LAINNYA", "512/PL.02-SD/63/2023", Some(2023))]
        );
        assert_eq!(
            refs("Peraturan KPU Nomor 8 Tahun 2022"),
            [r("PKPU", "8", Some(2022))]
        );
        assert_eq!(
            refs("Peraturan Jaksa Agung Nomor PER-025/A/JA/11/2015 tentang Tugas"),
            [r("LAINNYA", "PER-025/A/JA/11/2015", Some(2015))]
        );
        assert_eq!(
            refs("Melalui surat Nomor B/1187/VIII/2024/Res.Tnb tanggal 26 Agustus 2024"),
            [r("LAINNYA", "B/1187/VIII/2024/Res.Tnb", None)]
        );
        assert_eq!(
            refs("Peraturan Bupati Banjar Nomor 12 Tahun 2019"),
            [r("PERBUP", "12", Some(2019))]
        );
        assert_eq!(
            refs("Peraturan Daerah Provinsi Kalimantan Selatan Nomor 5 Tahun 2023"),
            [r("PERDA", "5", Some(2023))]
        );
        assert_eq!(refs("beralamat di Jalan Pramuka Nomor 3 Banjarmasin"), []);
        // Aceh's regional regulations, abbreviated ministers, a joint decision's numbers.
        assert_eq!(
            refs("Qanun Aceh Nomor 6 Tahun 2010 tentang Penanggulangan Bencana"),
            [r("PERDA", "6", Some(2010))]
        );
        assert_eq!(
            refs("Keputusan Mendikbudristek Nomor 162/M/2021 tentang Program Sekolah Penggerak"),
            [r("KEPMEN", "162/M/2021", Some(2021))]
        );
        assert_eq!(
            refs("berdasarkan Kepmendagri Nomor 900.1.13-3211 Tahun 2024 dan Peraturan Mendagri Nomor 77 Tahun 2020"),
            [r("KEPMEN", "900.1.13-3211", Some(2024)), r("PERMEN", "77", Some(2020))]
        );
        assert_eq!(
            refs("4. Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4\nTahun 2023 tentang Hari Libur Nasional; 5. Qanun Aceh Nomor 10 Tahun 2018"),
            [r("SKB", "855", Some(2023)), r("PERDA", "10", Some(2018))]
        );
        // OCR noise between the number and its year.
        assert_eq!(
            refs("Peraturan Menteri Nomor 63 Tahun,\n2022 tentang Juknis, UU Nomor ‘10 Tahun\n2016, Peraturan Bupati Aceh Besar Nomor 8-Tahun 2016 tentang Hibah, Undang-Undang Nomor 23\nTahun:2011"),
            [
                r("PERMEN", "63", Some(2022)),
                r("UU", "10", Some(2016)),
                r("PERBUP", "8", Some(2016)),
                r("UU", "23", Some(2011)),
            ]
        );
    }
}
