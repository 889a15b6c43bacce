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

/// `Ditetapkan di Martapura`, `Dikeluarkan di Banjarbaru`.
static ISSUED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ditetapkan|dikeluarkan|dibuat|ditandatangani)\s+di\s*:?\s*([A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+){0,2})")
        .expect("valid regex")
});

/// `Banjarbaru, 7 November 2023` at the start of a line (or of a column).
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // The town's words are one line's: a table's header row (`Tempat\tAcara`) over a date
    // cell (`Rabu, 13 Maret 2024`) is no place-and-date line.
    Regex::new(r"(?m)(?:^|\t)[ \t]*([A-Z][A-Za-z'\-]+(?: +[A-Z][A-Za-z'\-]+){0,2}),\s*(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})")
        .expect("valid regex")
});

/// `bertempat di Gedung X, Kawasan Y, Banjarbaru,` — the town is the last capitalised part.
static HELD_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bbertempat\s+di\s+([^;]{2,240}?)(?:,\s*(?:yang|kami|para|telah|dengan)\b|\.\s|;)",
    )
    .expect("valid regex")
});

/// Agreement openings: `Pada hari ini Selasa tanggal ...`.
static OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bpada\s+hari\s+ini\b").expect("valid regex"));

/// A `Tanggal : 2 September 2024` field of a nota dinas or form.
static DATE_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?im)^\s*tanggal\s*[.,]?\s*:").expect("valid regex"));

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

fn clean_place(p: &str) -> Option<String> {
    let p = p.trim().trim_end_matches([',', '.']).trim();
    let p = p
        .strip_prefix("Kota ")
        .or_else(|| p.strip_prefix("Kabupaten "))
        .unwrap_or(p);
    if p.len() < 3 || NOT_PLACES.iter().any(|n| n.eq_ignore_ascii_case(p)) {
        return None;
    }
    Some(p.to_string())
}

/// Finds the place and date of issue from the text and the dates already found in it.
pub fn find_issued(text: &str, dates: &[FoundDate]) -> Issued {
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
    let opening = OPENING.find(text).filter(|m| {
        !PLACE_DATE
            .find_iter(&text[..m.start()])
            .any(|pd| first_date_after(dates, pd.start(), 60).is_some())
    });
    if let Some(m) = opening {
        if let Some(date) = first_date_after(dates, m.start(), 250) {
            let place = HELD_AT
                .captures(&text[m.start()..])
                .and_then(|c| c.get(1))
                .and_then(|m| town_of(m.as_str()))
                .or_else(|| place_dates.last().map(|(p, _)| p.clone()));
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
    // 4. A Tanggal field (nota dinas): a date but no place.
    if let Some(m) = DATE_FIELD.find(text) {
        if let Some(date) = first_date_after(dates, m.end(), 40) {
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
    let parts: Vec<&str> = venue.split([',', '\n']).map(str::trim).collect();
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
    town_in(&parts)
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
}
