//! Where and when the document was issued or signed.
//!
//! Cues, strongest first: `Ditetapkan di X / pada tanggal D`, `Dikeluarkan di X ...`, the
//! place-and-date line of a letter (`Banjarbaru, 7 November 2023`), the opening of an
//! agreement (`Pada hari ini ... tanggal ..., bertempat di ..., Banjarbaru`), a `Tanggal :`
//! field.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::extract::dates::FoundDate;

/// `Ditetapkan di Martapura`, `Dikeluarkan di Banjarbaru` (OCR may misread the last letter:
/// `Dikeluarkah di Lamongan`).
static ISSUED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ditetapka[nhm]|dikeluarka[nhm]|dibuat|ditandatangani)\s+di\s*:?\s*([A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){0,2})")
        .expect("valid regex")
});

/// `Banjarbaru, 7 November 2023` at the start of a line (or of a column); OCR may read the
/// comma as a full stop (`Pasarwajo. 06 Maret 2007`).
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // The town's words are one line's: a table's header row (`Tempat\tAcara`) over a date
    // cell (`Rabu, 13 Maret 2024`) is no place-and-date line.
    Regex::new(r"(?m)(?:^|\t)[ \t]*([A-Z][A-Za-z'\-]+(?: +[A-Z][A-Za-z'\-]+){0,2})[,.][ \t\-–]*(?:tanggal[ \t]+)?(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})")
        .expect("valid regex")
});

/// `bertempat di Gedung X, Kawasan Y, Banjarbaru, ...`: the venue's parts follow.
static HELD_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bbertempat\s+di\s+").expect("valid regex"));

/// The town of the venue an opening names: the venue is the run of comma-separated parts
/// after `bertempat di` that read as names (capitalised words; `dr.`, `dan`, `di` between
/// them); the first part that reads as a clause (`yang bertanda tangan`, `berdasarkan
/// ...`, `Komisi ... telah melaksanakan`) ends it.
fn held_at(text: &str) -> Option<String> {
    let m = HELD_AT.find(text)?;
    let rest = &text[m.end()..text.floor_char_boundary((m.end() + 300).min(text.len()))];
    let rest = rest.split([';', ':']).next().unwrap_or(rest);
    let mut venue: Vec<&str> = Vec::new();
    for part in rest.split(',') {
        // A full stop that ends a sentence ends the venue too.
        let end = sentence_end(part);
        let part = part[..end.unwrap_or(part.len())].trim();
        if part.is_empty() || !names_only(part) {
            break;
        }
        venue.push(part);
        if end.is_some() {
            break;
        }
    }
    town_of(&venue.join(", "))
}

/// Where a full stop ends a sentence in `s` (not the dot of a title or an abbreviation:
/// `dr. Soedarso`, `Jl. Ahmad Yani`, `No. 5`).
fn sentence_end(s: &str) -> Option<usize> {
    const ABBREVIATIONS: &[&str] = &["dr", "drg", "no", "h", "hj", "ir", "prof", "st", "jl", "kh"];
    s.match_indices('.').map(|(i, _)| i).find(|&i| {
        let after = s[i + 1..].chars().next();
        let word = s[..i]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        after.is_none_or(char::is_whitespace) && !ABBREVIATIONS.contains(&word.as_str())
    })
}

/// Whether a venue part is names only: every word capitalised, but for titles and the
/// small words names take (`Rumah Sakit Umum Daerah dr. Soedarso`, `Kantor Camat di X`).
fn names_only(part: &str) -> bool {
    const SMALL: &[&str] = &[
        "dr.", "drg.", "dan", "di", "ke", "dari", "untuk", "no.", "nomor", "rt", "rw", "&",
    ];
    part.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "(\"'/".contains(c))
            || SMALL.contains(&w.to_lowercase().as_str())
    })
}

/// Agreement openings: `Pada hari ini Selasa tanggal ...`.
static OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bpada\s+hari\s+ini\b").expect("valid regex"));

/// An opening that names the day without `ini` (`Pada hari Jumat tanggal dua belas ...`):
/// it opens a line, and the signers or the venue follow (`bertempat di`, `yang bertanda
/// tangan`), unlike a meeting a letter announces (`pada hari Senin, 4 Maret 2024`).
static OPENING_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*pada\s+hari\s*,?\s*(?:senin|selasa|rabu|kamis|jum.?at|sabtu|minggu|ahad)\b[^\n]*(?:\n[^\n]*){0,3}?\b(?:bertempat|bertanda\s+tangan)")
        .expect("valid regex")
});

/// A `Tanggal : 2 September 2024` field of a nota dinas or form (OCR may read the colon as
/// `1` or `;`: `Tanggal\t1 18 Juli 2025`), or a decree's attachment heading restating its
/// number and date (`NOMOR 188.45/612/KUM/2020` / `TANGGAL 5 OKTOBER 2020`). A wrapped
/// citation's `tanggal 28 September 2020 tentang ...` is no field.
static DATE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:(?:Tanggal|TANGGAL)[ \t]*[.,]?[ \t]*(?:[:;]|\t|[1l|][ \t])|TANGGAL[ \t]+\d)[ \t]*")
        .expect("valid regex")
});

/// `Tanggal 21 April 2016`: a date field whose colon OCR lost.
static BARE_DATE_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[ \t]*Tanggal[ \t]+").expect("valid regex"));

/// Whether the line at `pos` stands among a letter's fields: the line above or below is
/// `Nomor :`, `Sifat :`, `Dari :` ...
fn beside_fields(text: &str, pos: usize) -> bool {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^[ \t]*(?:nomor|sifat|lampiran|dari|kepada|yth\.?|tembusan|hal|perihal)[ \t]*:",
        )
        .expect("valid regex")
    });
    let before = text[..pos].trim_end_matches([' ', '\t']);
    let above = before
        .strip_suffix('\n')
        .and_then(|b| b.rsplit('\n').next());
    let below = text[pos..].split('\n').nth(1);
    above.is_some_and(|l| FIELD.is_match(l)) || below.is_some_and(|l| FIELD.is_match(l))
}

/// Words that are not towns even when capitalised before a date.
const NOT_PLACES: &[&str] = &[
    "Tanggal",
    "Pada",
    "Hari",
    "Nomor",
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
    "Tahun",
    "Bulan",
    "Sejak",
    "Mulai",
    "Sampai",
    "Jakarta Pusat",
];

/// Place and date of issue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Issued {
    pub place: Option<String>,
    pub date: Option<NaiveDate>,
}

fn first_date_after(dates: &[FoundDate], pos: usize, within: usize) -> Option<NaiveDate> {
    dates
        .iter()
        .find(|d| d.start >= pos && d.start <= pos + within)
        .map(|d| d.date)
}

/// `Diundangkan di Bitung`: where a regulation was promulgated, the place of issue when OCR
/// lost its `Ditetapkan di` (the date differs, so only the place is taken).
static PROMULGATED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bdiundangkan\s+di\s*:?\s*([A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){0,2})")
        .expect("valid regex")
});

fn clean_place(p: &str) -> Option<String> {
    // A heading in capitals runs on: `DITETAPKAN DI MARTAPURA PADA TANGGAL ...`.
    let words: Vec<&str> = p
        .split_whitespace()
        .take_while(|w| !matches!(w.to_lowercase().as_str(), "pada" | "tanggal" | "tgl."))
        .collect();
    let p = words.join(" ");
    let p = p.trim().trim_end_matches([',', '.']).trim();
    // No town is called `Kabupaten X`; `Kota Agung` and `Kota Jantho` are towns, `Kota
    // Banjarmasin` a city (see `find_issued`).
    let p = p.strip_prefix("Kabupaten ").unwrap_or(p);
    if p.len() < 3 || NOT_PLACES.iter().any(|n| n.eq_ignore_ascii_case(p)) {
        return None;
    }
    Some(p.to_string())
}

/// Finds the place and date of issue from the text and the dates already found in it.
pub fn find_issued(text: &str, dates: &[FoundDate]) -> Issued {
    let mut issued = issued_from(text, dates);
    issued.place = issued
        .place
        .map(|p| as_spelled_elsewhere(&city_name(&p, text), text));
    if issued.place.is_none() {
        issued.place = PROMULGATED_AT
            .captures_iter(text)
            .last()
            .and_then(|c| c.get(1))
            .and_then(|m| clean_place(first_line(m.as_str())));
    }
    issued
}

/// `Kota X` is the city `X` when the document names the city's government or mayor
/// (`Pemerintah Kota Banjarmasin`, `Wali Kota Banjarmasin`); otherwise `Kota` is part of a
/// town's name (`Kota Agung` in Kabupaten Tanggamus).
fn city_name(place: &str, text: &str) -> String {
    let Some(city) = place.strip_prefix("Kota ") else {
        return place.to_string();
    };
    let lower = squash_lower(text);
    let city = city.to_lowercase();
    let named = [
        "pemerintah kota",
        "wali kota",
        "walikota",
        "kpu kota",
        "dprd kota",
    ]
    .iter()
    .any(|g| lower.contains(&format!("{g} {city}")));
    if named {
        place["Kota ".len()..].to_string()
    } else {
        place.to_string()
    }
}

/// Runs of whitespace as one space, trimmed.
fn squash_words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text in lower case with runs of whitespace as one space.
fn squash_lower(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Levenshtein distance of two short words, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A town read once, with one letter off the name the document prints elsewhere (its
/// letterhead's address, `di Pasarwajo`), is an OCR slip (`Pasarwayo. 06 Maret 2007`): the
/// document's own spelling is kept.
fn as_spelled_elsewhere(place: &str, text: &str) -> String {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| w.len() >= 5 && w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    let count = |w: &str| words.iter().filter(|x| x.eq_ignore_ascii_case(w)).count();
    place
        .split(' ')
        .map(|word| {
            if word.len() < 5 || count(word) > 1 {
                return word.to_string();
            }
            let lower = word.to_lowercase();
            words
                .iter()
                .filter(|w| edit_distance(&w.to_lowercase(), &lower) == 1)
                // A town is a name, not a word of the language (`Barang` is no `Batang`).
                .filter(|w| !crate::lang::is_word(w))
                .max_by_key(|w| count(w))
                .map_or_else(|| word.to_string(), |w| w.to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn issued_from(text: &str, dates: &[FoundDate]) -> Issued {
    // 1. Ditetapkan/Dikeluarkan di X, pada tanggal D (the last such block is the signing).
    // Its place stands even when OCR lost the date under a stamp.
    let mut issued_at = None;
    if let Some(c) = ISSUED_AT.captures_iter(text).last() {
        let place = c.get(1).and_then(|m| clean_place(first_line(m.as_str())));
        let date = first_date_after(dates, c.get(0).map_or(0, |m| m.end()), 120);
        if date.is_some() {
            return Issued { place, date };
        }
        issued_at = place;
    }
    // 2. The place-and-date line of a letter (the last one: earlier ones may be quoted).
    let place_dates: Vec<_> = PLACE_DATE
        .captures_iter(text)
        .filter_map(|c| {
            let place = clean_place(c.get(1)?.as_str())?;
            let date = first_date_after(dates, c.get(2)?.start(), 5)?;
            Some((place, date))
        })
        .collect();
    // 3. The opening of an agreement, unless a letter's place-and-date line comes before
    // it (then `pada hari ini` is a meeting the letter announces).
    let opening = OPENING
        .find(text)
        .filter(|m| {
            !PLACE_DATE
                .find_iter(&text[..m.start()])
                .any(|pd| first_date_after(dates, pd.start(), 60).is_some())
        })
        .or_else(|| OPENING_DAY.find(text));
    if let Some(m) = opening {
        if let Some(date) = first_date_after(dates, m.start(), 250) {
            let place =
                held_at(&text[m.start()..]).or_else(|| place_dates.last().map(|(p, _)| p.clone()));
            return Issued {
                place,
                date: Some(date),
            };
        }
    }
    if let Some((place, date)) = place_dates.last() {
        return Issued {
            place: Some(place.clone()),
            date: Some(*date),
        };
    }
    // 4. A Tanggal field (nota dinas): a date but no place. The date follows the label
    // (a day's name may come between); a label that lost its colon counts among the
    // letter's other fields.
    let field = DATE_FIELD.find(text).or_else(|| {
        BARE_DATE_FIELD
            .find_iter(text)
            .find(|m| beside_fields(text, m.start()))
    });
    if let Some(m) = field {
        let date = first_date_after(dates, m.start(), m.len() + 16)
            .or_else(|| colon_read_as_one(&text[m.end()..]));
        if let Some(date) = date {
            return Issued {
                place: issued_at,
                date: Some(date),
            };
        }
    }
    Issued {
        place: issued_at,
        date: None,
    }
}

/// A field's date whose colon OCR read as a `1` glued to the day (`Tanggal\t117 Juli
/// 2023`): three digits where a day has two.
fn colon_read_as_one(after: &str) -> Option<NaiveDate> {
    static GLUED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^1(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\b").expect("valid regex")
    });
    let c = GLUED.captures(after)?;
    let month = crate::extract::dates::month_number(&c[2])?;
    NaiveDate::from_ymd_opt(c[3].parse().ok()?, month, c[1].parse().ok()?)
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

/// The town in a venue description: its last comma-separated capitalised part. An address
/// runs from the building to ever wider regions, so a district or regency
/// (`Kecamatan Sembalun, Kabupaten Lombok Timur`) gives way to the village or town named
/// before it (`Kantor Desa Sembalun Bumbung`).
fn town_of(venue: &str) -> Option<String> {
    static REGION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:kecamatan|kabupaten|provinsi|distrik)\s").expect("valid regex")
    });
    static SETTLEMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:Desa|Kelurahan|Gampong|Nagari|Kampung)\s+([A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,2})$")
            .expect("valid regex")
    });
    // A town's name may wrap onto the next line (`Sumbawa` / `Besar`).
    let parts: Vec<String> = venue.split(',').map(squash_words).collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let specific = parts
        .iter()
        .rposition(|p| !p.is_empty() && !REGION.is_match(p));
    if let Some(i) = specific {
        if i + 1 < parts.len() {
            if let Some(c) = SETTLEMENT.captures(parts[i]) {
                return clean_place(&c[1]);
            }
        }
    }
    // A venue that is a settlement's office only (`Ruang Rapat Pemerintah Kelurahan
    // Sukamaju`) is held in that settlement.
    town_in(&parts).or_else(|| {
        parts
            .iter()
            .rev()
            .find_map(|p| SETTLEMENT.captures(p))
            .and_then(|c| clean_place(&c[1]))
    })
}

/// The last part of an address that is a town's name (no building, street or room).
fn town_in(parts: &[&str]) -> Option<String> {
    parts
        .iter()
        .copied()
        .rev()
        .find(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            !words.is_empty()
                && words.len() <= 3
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !crate::extract::parties::opens_name(part)
                && !part.to_lowercase().starts_with("gedung")
                && !part.to_lowercase().starts_with("kantor")
                && !part.to_lowercase().starts_with("ruang")
                && !part.to_lowercase().starts_with("aula")
                && !part.to_lowercase().starts_with("jalan")
                && !part.to_lowercase().starts_with("jl")
        })
        .and_then(clean_place)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::find_dates;

    fn issued(text: &str) -> (Option<String>, Option<String>) {
        let i = find_issued(text, &find_dates(text));
        (i.place, i.date.map(|d| d.to_string()))
    }

    fn want(place: Option<&str>, date: &str) -> (Option<String>, Option<String>) {
        (place.map(str::to_string), Some(date.to_string()))
    }

    #[test]
    fn promulgation_place_when_the_line_of_issue_is_illegible() {
        let text = "Djsetapkamdi Bitung\n(pada tenggar 1DYuli 2023\n\tWALI KOTA BITUNG,\nDiundangkan di Bitung\npada tanggal 11 Juli 2023\nSEKRETARIS DAERAH";
        assert_eq!(issued(text).0.as_deref(), Some("Bitung"));
    }

    #[test]
    fn place_without_a_legible_date() {
        let text = "Demikian untuk menjadi perhatian.\n\tDitetapkan di Jakarta\n\tpadart\tDesember 2022\n\tALAM NEGERI,";
        assert_eq!(issued(text), (Some("Jakarta".to_string()), None));
    }

    #[test]
    fn sentence_shapes() {
        let cases: &[(&str, (Option<&str>, &str))] = &[
            (
                "paling lambat tanggal 15 Desember 2020.\nDikeluarkan di Martapura\npada tanggal 28 September 2020\nBUPATI BANJAR,",
                (Some("Martapura"), "2020-09-28"),
            ),
            ("Ditetapkan di Batulicin\npada tanggal 6 November 2023", (Some("Batulicin"), "2023-11-06")),
            ("Demikian disampaikan.\nBanjarbaru, 3 Juni 2024\nKEPALA BADAN,", (Some("Banjarbaru"), "2024-06-03")),
            (
                "Pada hari ini Selasa tanggal tujuh bulan November tahun dua ribu dua puluh tiga, bertempat di Gedung Idham Chalid, Kawasan Perkantoran Pemerintah Provinsi Kalimantan Selatan, Banjarbaru, yang bertanda tangan di bawah ini:",
                (Some("Banjarbaru"), "2023-11-07"),
            ),
            (
                "Pada hari ini Selasa tanggal tujuh bulan November tahun dua ribu dua puluh tiga, bertempat di Gedung Idham Chalid, Kawasan Perkantoran\nPemerintah Provinsi Kalimantan Selatan, Banjarbaru, yang bertanda tangan",
                (Some("Banjarbaru"), "2023-11-07"),
            ),
            // A letter announcing a meeting: its own date line comes first.
            (
                "Rantau, 3 Okt 2024\nNomor : 005/12/2024\nHal : Undangan\nRapat dilaksanakan pada hari ini Selasa tanggal tujuh bulan November tahun dua ribu dua puluh tiga.",
                (Some("Rantau"), "2024-10-03"),
            ),
            ("NOTA DINAS\nKepada : Bupati\nTanggal : 2 September 2024\nNomor : 000.1.5/412/Pem/2024", (None, "2024-09-02")),
            // OCR's speck between the label and its colon.
            ("NOTA DINAS\nTanggal . : 14 Maret 2022\nNomor : 050/1187/Bappeda/2022", (None, "2022-03-14")),
            // A table's header row over a date cell is no place-and-date line.
            (
                "\tKlaten, 8 Maret 2024\nNomor : 400.7.22.1/0457/2024\nHari/Tanggal\tWaktu\tTempat\tAcara\nRabu, 13 Maret 2024 09.00 WIB",
                (Some("Klaten"), "2024-03-08"),
            ),
            // The village before the district and regency that follow it.
            (
                "Pada hari ini Senin tanggal sepuluh bulan Desember tahun dua ribu delapan belas, bertempat di Kantor Desa Sembalun Bumbung, Kecamatan Sembalun, Kabupaten Lombok Timur, kami yang bertanda tangan",
                (Some("Sembalun Bumbung"), "2018-12-10"),
            ),
        ];
        for (text, (place, date)) in cases {
            assert_eq!(issued(text), want(*place, date), "{text}");
        }
    }

    /// Openings of agreements and minutes, in their wordings: with or without `ini`, the
    /// day's name in capitals, the venue followed by a clause rather than `yang`.
    #[test]
    fn openings() {
        let cases: &[(&str, (Option<&str>, &str))] = &[
            (
                "Pada hari Jumat tanggal dua belas bulan Oktober tahun dua ribu satu bertempat di Ruang Rapat\nPemerintah Kota Cirebon, Cirebon, kami yang bertanda tangan di bawah ini masing-masing:",
                (Some("Cirebon"), "2001-10-12"),
            ),
            (
                "Pada hari SELASA tanggal DUA PULUH TIGA BULAN DESEMBER TAHUN DUA RIBU\nEMPAT BELAS bertempat di Aula Pemerintah Kabupaten Serang, Serang, kami yang\nbertanda tangan di bawah ini masing-masing:",
                (Some("Serang"), "2014-12-23"),
            ),
            (
                "Pada hari ini Kamis tanggal 26 Oktober 2006, bertempat di Kantor Komisi Pemilihan Umum\nKabupaten Sorong, Sorong, Komisi Pemilihan Umum Kabupaten Sorong telah\nmelaksanakan Rapat Pleno",
                (Some("Sorong"), "2006-10-26"),
            ),
            (
                "Pada hari ini Selasa tanggal 3 November 2026, bertempat di Aula Badan Pengawas Pemilihan\nUmum Kabupaten Bitung, Bitung, berdasarkan Peraturan KPU Nomor 8 Tahun 2022",
                (Some("Bitung"), "2026-11-03"),
            ),
            // A title in the venue's name.
            (
                "Pada hari ini Rabu tanggal sembilan belas bulan Agustus tahun dua ribu dua puluh (19/08/2020),\nbertempat di Kantor Rumah Sakit Umum Daerah dr. Soedarso, Pontianak, yang bertanda\ntangan di bawah ini:",
                (Some("Pontianak"), "2020-08-19"),
            ),
            (
                "Pada hari ini Rabu tanggal 16 November 2016, bertempat di Ruang Rapat\nPemerintah Kelurahan Sukamaju. Sukamaju, telah dilaksanakan Musyawarah",
                (Some("Sukamaju"), "2016-11-16"),
            ),
            (
                "Pada hari ini Senin tanggal 20 Oktober 2014, bertempat di Ruang Rapat Pemerintah Kabupaten Sumbawa, Sumbawa\nBesar, yang bertanda tangan di bawah ini:",
                (Some("Sumbawa Besar"), "2014-10-20"),
            ),
            (
                "Pada hari ini Senin tanggal 5 Mei 2014 bertempat di Kantor Bupati Bantul. Kami yang bertanda tangan",
                (None, "2014-05-05"),
            ),
            (
                "Pada hari ini Senin tanggal 5 Mei 2014 bertempat di Gedung Serbaguna, Bantul. Kami yang bertanda tangan",
                (Some("Bantul"), "2014-05-05"),
            ),
        ];
        for (text, (place, date)) in cases {
            assert_eq!(issued(text), want(*place, date), "{text}");
        }
    }

    /// A meeting a letter announces is not its date of issue; the letter's own line is.
    #[test]
    fn announced_meetings() {
        let cases: &[(&str, (Option<&str>, &str))] = &[
            (
                "Dengan hormat, kami mengundang Bapak/Ibu pada:\nHari/Tanggal : Senin, 4 Maret 2024\nPada hari Senin tersebut rapat bertempat di Aula.\n\tBanjarbaru, 26 Februari 2024",
                (Some("Banjarbaru"), "2024-02-26"),
            ),
            (
                "Nomor : 005/12\nHal : Undangan\nTanggal : 18 Oktober 2018\nJam : 08.00\n\tPelaihari, 16 Oktober 2018",
                (Some("Pelaihari"), "2018-10-16"),
            ),
        ];
        for (text, (place, date)) in cases {
            assert_eq!(issued(text), want(*place, date), "{text}");
        }
    }

    /// Lines of issue in their wordings and as OCR reads them.
    #[test]
    fn lines_of_issue() {
        let cases: &[(&str, (Option<&str>, &str))] = &[
            ("Ditetapkan di Martapura pada tanggal 28 September 2020", (Some("Martapura"), "2020-09-28")),
            ("DITETAPKAN DI MARTAPURA PADA TANGGAL 12 MEI 1998", (Some("MARTAPURA"), "1998-05-12")),
            ("Dikeluarkan di : Wates\nPada tanggal : 15 Mei 2012\nKEPALA", (Some("Wates"), "2012-05-15")),
            ("Ditetapkan di Tanjung Selor\npada tanggal 3 Maret 2017", (Some("Tanjung Selor"), "2017-03-03")),
            ("Demikian.\n\tTanjung Balai Karimun, 5 Mei 2021\n\tKETUA,", (Some("Tanjung Balai Karimun"), "2021-05-05")),
            ("Demikian.\nBanjarmasin, tanggal 7 Juni 1999\nKEPALA,", (Some("Banjarmasin"), "1999-06-07")),
            ("Demikian.\nBanjarbaru, 07-11-2023\nKEPALA,", (Some("Banjarbaru"), "2023-11-07")),
            // OCR: a full stop for the comma, one letter off the town the letterhead prints.
            (
                "PENGADILAN NEGERI PASARWAJO\nJalan Sultan Hasanuddin Pasarwajo\ndi\nPasarwajo\nAtas perhatian Saudara, diucapkan terima kasih.\nPasarwayo. 06 Maret 2007\n\tKetua,",
                (Some("Pasarwajo"), "2007-03-06"),
            ),
            ("Dikeluarkah di Lamongan\npada tanggal 6 Juli 2016\n\tBUPATI LAMONGAN,", (Some("Lamongan"), "2016-07-06")),
            // A town called `Kota ...`, and a city written with its kind.
            (
                "Pada hari ini Senin tanggal 23 April 2018, bertempat di Ruang Rapat Pemerintah Kabupaten Tanggamus, Kota Agung,\nyang bertanda tangan di bawah ini:",
                (Some("Kota Agung"), "2018-04-23"),
            ),
            (
                "PEMERINTAH KOTA BANJARMASIN\nDemikian.\nKota Banjarmasin, 5 Mei 2021\nWALI KOTA BANJARMASIN,",
                (Some("Banjarmasin"), "2021-05-05"),
            ),
            // OCR read a nota dinas's colon as `1`.
            ("NOTA DINAS\nNomor\t: 000/1172-Prog/Setda\nTanggal\t1 18 Juli 2025\nSifat\t: Penting", (None, "2025-07-18")),
            ("NOTA DINAS\nTanggal : Kamis, 3 Juli 2025\nNomor : 1/2025", (None, "2025-07-03")),
            ("NOTA DINAS\nNomor : 027/2385/2016/Dinkes\nTanggal 21 April 2016\nSifat\t: Penting", (None, "2016-04-21")),
            ("NOTA DINAS\nNomor\t: 024/PL.02.1-SD/6517/2023\nTanggal\t117 Juli 2023\nSifat\t: Biasa", (None, "2023-07-17")),
            ("Demikian untuk menjadi perhatian.\nDenpasar,-22 Oktober 1998\n\tREKTOR,", (Some("Denpasar"), "1998-10-22")),
            // The date under the signature unreadable: the attachment's heading restates it;
            // a citation wrapped onto a line of its own does not date the decree.
            (
                "Memperhatikan : Surat Edaran Bupati Nomor 800/458\ntanggal 28 September 2020 tentang Netralitas\n\tDitetapkan di Martapura\n\tpada tangual Onisher 2020\n\tBUPATI BANJAR,\nLAMPIRAN : KEPUTUSAN BUPATI BANJAR\nNOMOR\t188.45/612/KUM/2020\nTANGGAL 5 OKTOBER 2020",
                (Some("Martapura"), "2020-10-05"),
            ),
        ];
        for (text, (place, date)) in cases {
            assert_eq!(issued(text), want(*place, date), "{text}");
        }
    }
}
