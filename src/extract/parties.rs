//! The institutions a document binds: both sides of an agreement (`ANTARA X DENGAN Y`,
//! `bertindak untuk dan atas nama X`), or the issuer of a letter or decree (its letterhead,
//! or the official its heading names).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::header;
use crate::extract::lines::{squash, upper_ratio};
use crate::model::DocType;

/// Words that open an institution's name.
const INSTITUTION: &str = r"(?:pemerintah|komisi|badan|kantor|kepolisian|kejaksaan|pengadilan|mahkamah|universitas|fakultas|institut|sekolah|politeknik|akademi|madrasah|dinas|inspektorat|sekretariat|rumah\s+sakit|rsud|puskesmas|dewan|majelis|lembaga|yayasan|perkumpulan|koperasi|pt\.?|cv\.?|bank|perusahaan|perseroan|kementerian|kementrian|departemen|direktorat|balai|biro|satuan|markas|komando|kodim|korem|polres|polda|polsek|kecamatan|kelurahan|desa|gampong|nagari|partai|organisasi|ikatan|persatuan|himpunan|asosiasi|palang\s+merah|kwartir|gerakan|unit|forum|panitia|tentara|pusat|perum|perumda|komite|korps|paguyuban|karang\s+taruna|distrik|kampung)";

static INSTITUTION_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^{INSTITUTION}\b")).expect("valid regex"));

/// `bertindak untuk dan atas nama [serta sah mewakili] X, selanjutnya disebut PIHAK ...`.
static ON_BEHALF_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)atas\s+nama\s+(?:serta\s+(?:sah\s+)?mewakili\s+|dan\s+(?:sah\s+)?mewakili\s+)?((?:[^,;.]|\.\s?[A-Z])+?)\s*(?:,|\s+berdasarkan\b|\s+berkedudukan\b|\s+untuk\s+selanjutnya\b|\s+selanjutnya\b|\s+yang\b|\s+dalam\s+hal\b)")
        .expect("valid regex")
});

/// Lines that end a letterhead: address, contacts, the heading of the document.
static LETTERHEAD_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:jalan|jl\.?|telepon|telp|laman|website|pos-el|email|e-mail|faks|kode\s+pos|alamat|yth|kepada|nomor|surat|keputusan|peraturan|nota|berita|undangan|instruksi|\S+,\s*\d)|\b\d{5}\b")
        .expect("valid regex")
});

/// `BUPATI BANJAR`, `GUBERNUR KALIMANTAN SELATAN`, `WALI KOTA BANJARMASIN`.
static HEAD_OF_REGION: LazyLock<Regex> = LazyLock::new(|| {
    // Before 1999 a head was `BUPATI KEPALA DAERAH TINGKAT II X` of a `KABUPATEN DAERAH
    // TINGKAT II X`, a mayor `WALIKOTAMADYA KEPALA DAERAH TINGKAT II X`.
    Regex::new(r"(?i)^(?:plt\.?\s+|pj\.?\s+)?(bupati|gubernur|wali\s*kota\s*madya|wali\s*kota)\s+(?:kepala\s+(daerah\s+tingkat\s+i{1,2})\s+)?([a-z][a-z '\-]+?)\s*,?$").expect("valid regex")
});

/// `MENTERI DALAM NEGERI` (`REPUBLIK INDONESIA` follows on its own line).
static MINISTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^menteri\s+([a-z ,]+?)(?:\s+republik\s+indonesia)?\s*,?$")
        .expect("valid regex")
});

/// The head of a village (`KEPALA DESA X`, `KEUCHIK GAMPONG X`, `WALI NAGARI X`) stands for
/// its government; a district head (`CAMAT X`) for the district.
static VILLAGE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:plt\.?\s+|pj\.?\s+)?(?:kepala|keuchik|geuchik|wali|kuwu|perbekel|petinggi)\s+(desa|gampong|nagari|kampung)\s+([a-z][a-z '\-]*?)\s*,?$|^(?:plt\.?\s+)?camat\s+([a-z][a-z '\-]*?)\s*,?$")
        .expect("valid regex")
});

/// An official named by the body he heads: `KEPALA KEPOLISIAN RESOR KULON PROGO`, `REKTOR
/// UNIVERSITAS AIRLANGGA`, `DIREKTUR RUMAH SAKIT UMUM DAERAH ...`.
static HEAD_OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:plt\.?\s+|pj\.?\s+|plh\.?\s+)?(?:kepala|ketua|direktur(?:\s+utama)?|rektor|dekan|komandan|pimpinan|kapolres|kapolda)\s+({INSTITUTION}\b.*?)\s*,?$"))
        .expect("valid regex")
});

/// `DESA SIDERA` under a district in a village's letterhead.
static VILLAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(desa|gampong|nagari|kampung|kelurahan)\s+([a-z '\-]+)$")
        .expect("valid regex")
});

/// `PEMERINTAH KABUPATEN TANAH BUMBU` → `Kabupaten`, `TANAH BUMBU`.
static GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^pemerintah\s+(provinsi|propinsi|kabupaten|kotamadya|kota)\s+(.+)$")
        .expect("valid regex")
});

/// An agency that names its own region (`DINAS KESEHATAN KOTA MALANG`) or is known by its
/// own name (`RUMAH SAKIT UMUM DAERAH TEMBILAHAN`, `KECAMATAN WONOSARI`): it is not
/// suffixed with the region.
static NAMES_ITSELF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:provinsi|propinsi|kabupaten|kota|kotamadya)\b|^(?:rumah\s+sakit|rsud|puskesmas|sekolah|sma|smp|smk|sd|madrasah|universitas|politeknik|institut|akademi|kecamatan|distrik)\b")
        .expect("valid regex")
});

/// `PEMERINTAH DESA SUKA MAJU`, `PEMERINTAH GAMPONG LAMREH`.
static VILLAGE_GOVERNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^pemerintah\s+(?:desa|gampong|nagari|kampung|kelurahan)\b")
        .expect("valid regex")
});

/// A body's unit under a national force: `RESOR KULON PROGO` under `KEPOLISIAN NEGARA ...`.
static POLICE_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:daerah|resor|sektor)\b").expect("valid regex"));

/// A unit of a university that is named with it (`FAKULTAS HUKUM` under `UNIVERSITAS X`).
static ACADEMIC_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:fakultas|lembaga|pusat|biro|sekolah\s+pascasarjana|program)\b")
        .expect("valid regex")
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
        "walikotamadya" => "Kotamadya",
        _ => "Kota",
    };
    let tier = c
        .get(2)
        .map(|t| format!("{} ", title_case(t.as_str())))
        .unwrap_or_default();
    Some(format!("Pemerintah {level} {tier}{}", title_case(&c[3])))
}

/// The body an official stands for: a regional head's government, a minister's ministry, a
/// village head's village, the institution a `KEPALA`/`KETUA`/`REKTOR`/... heads. A bare
/// title (`REKTOR`) names none.
fn body_of_official(line: &str) -> Option<String> {
    let line = line.trim().trim_end_matches(',').trim();
    if let Some(gov) = government_of_head(line) {
        return Some(gov);
    }
    if let Some(c) = MINISTER.captures(line) {
        return Some(format!("Kementerian {}", title_case(&c[1])));
    }
    if let Some(c) = VILLAGE_HEAD.captures(line) {
        if let (Some(kind), Some(name)) = (c.get(1), c.get(2)) {
            let kind = title_case(kind.as_str());
            return Some(format!("Pemerintah {kind} {}", title_case(name.as_str())));
        }
        return c
            .get(3)
            .map(|name| format!("Kecamatan {}", title_case(name.as_str())));
    }
    HEAD_OF_BODY.captures(line).map(|c| c[1].trim().to_string())
}

/// Whether a side of an agreement opens like an institution's name or a regional head.
pub(crate) fn opens_name(s: &str) -> bool {
    INSTITUTION_START.is_match(s) || HEAD_OF_REGION.is_match(s) || MINISTER.is_match(s)
}

/// The sides of an agreement written on one line: `X DENGAN Y`, or `X DAN Y` where `Y`
/// opens an institution's name (`BADAN KESATUAN BANGSA DAN POLITIK` is one name).
pub fn sides_in_line(line: &str) -> Option<Vec<String>> {
    static WITH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\s+dengan\s+").expect("valid regex"));
    static AND: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i),?\s+dan\s+").expect("valid regex"));
    let line = line.trim();
    let split = WITH.find(line).or_else(|| {
        AND.find_iter(line)
            .find(|m| opens_name(&line[m.end()..]) && opens_name(line))
    })?;
    let (a, b) = (&line[..split.start()], &line[split.end()..]);
    let mut sides = listed(a);
    sides.push(clean_side(b));
    valid_sides(sides)
}

/// `A, B,` before the last side: a comma parts two sides only where the next opens a name
/// (`KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI` is one).
fn listed(group: &str) -> Vec<String> {
    let mut sides: Vec<String> = Vec::new();
    let mut current = String::new();
    for chunk in group.split(',') {
        let chunk = chunk.trim();
        if chunk.is_empty() {
            continue;
        }
        if !current.is_empty() && opens_name(chunk) {
            sides.push(clean_side(&current));
            current.clear();
        }
        if !current.is_empty() {
            current.push_str(", ");
        }
        current.push_str(chunk);
    }
    if !current.is_empty() {
        sides.push(clean_side(&current));
    }
    sides
}

/// A side's name without OCR debris and the role label printed with it (`SELAKU PIHAK
/// PERTAMA`, `(PIHAK KEDUA)`).
fn clean_side(raw: &str) -> String {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[\s(]*(?:selaku|sebagai|yang\s+selanjutnya\s+disebut)?\s*pihak\s+(?:pertama|kesatu|kedua|ketiga|keempat)\b.*$")
            .expect("valid regex")
    });
    let name = ROLE.replace(raw, "");
    clean_name(name.trim().trim_end_matches([',', ';', ':']))
}

/// Two or more sides, each a heading's capitals or an institution's name.
fn valid_sides(sides: Vec<String>) -> Option<Vec<String>> {
    let ok = sides.len() >= 2
        && sides
            .iter()
            .all(|s| s.split_whitespace().count() >= 2 && (upper_ratio(s) > 0.8 || opens_name(s)));
    ok.then_some(sides)
}

/// The sides of the lines of a heading between `ANTARA` and its number, subject or body: the
/// lines `DENGAN`/`DAN` part them; without such a line they are parted within the text.
fn sides_of(lines: &[String]) -> Option<Vec<String>> {
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    for line in lines {
        if header::is_with_mark(line) {
            groups.push(Vec::new());
        } else if let Some(last) = groups.last_mut() {
            last.push(line);
        }
    }
    let groups: Vec<String> = groups
        .iter()
        .map(|g| g.join(" "))
        .filter(|g| !g.trim().is_empty())
        .collect();
    match groups.as_slice() {
        [] => None,
        [one] => sides_in_line(one),
        [before @ .., last] => {
            let mut sides: Vec<String> = before.iter().flat_map(|g| listed(g)).collect();
            sides.push(clean_side(last));
            valid_sides(sides)
        }
    }
}

/// The words after `ANTARA` inside a heading's line of capitals (`TENTANG PELAYANAN DARAH
/// ANTARA RSUD X DENGAN PMI Y`).
fn between_inside(line: &str) -> Option<&str> {
    if upper_ratio(line) < 0.8 {
        return None;
    }
    line.find(" ANTARA ").map(|i| &line[i + " ANTARA ".len()..])
}

/// How many lines from the top an agreement's heading is looked for.
const HEADING_LINES: usize = 60;

/// The sides an agreement's heading names: `ANTARA` then the sides over one or several lines
/// (before or after its number and subject), or, in an agreement, `X` / `DENGAN` / `Y`
/// without `ANTARA`.
pub fn heading_sides(text: &str, agreement: bool) -> Option<Vec<String>> {
    let lines: Vec<String> = text
        .lines()
        .take(HEADING_LINES)
        .map(squash)
        .filter(|l| !l.is_empty())
        .collect();
    // The heading ends where the body opens (`Pada hari ini ...`, `Menimbang`).
    let end = lines
        .iter()
        .position(|l| header::opens_body(l))
        .unwrap_or(lines.len());
    let lines = &lines[..end];
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = header::between_mark(line).or_else(|| between_inside(line)) else {
            continue;
        };
        let mut segment: Vec<String> = Vec::new();
        if !rest.is_empty() {
            segment.push(rest.to_string());
        }
        segment.extend(
            lines[i + 1..]
                .iter()
                .take_while(|l| !header::ends_sides(l))
                .take(12)
                .cloned(),
        );
        if let Some(sides) = sides_of(&segment) {
            return Some(sides);
        }
    }
    if !agreement {
        return None;
    }
    for (i, line) in lines.iter().enumerate() {
        if !header::is_with_mark(line) {
            continue;
        }
        // The first side starts at the nearest line above that opens a name (a heading's
        // second line, `DALAM BENTUK UANG`, may stand between the kind and the side).
        let start = (i.saturating_sub(4)..i).rev().find(|&j| {
            opens_name(&clean_name(&lines[j]))
                && lines[j..i]
                    .iter()
                    .all(|l| upper_ratio(l) >= 0.8 && !header::ends_sides(l))
        });
        let Some(start) = start else { continue };
        let segment: Vec<String> = lines[start..]
            .iter()
            .take_while(|l| !header::ends_sides(l))
            .take(12)
            .cloned()
            .collect();
        if let Some(sides) = sides_of(&segment) {
            return Some(sides);
        }
    }
    None
}

/// The institutions party to the document.
pub fn find_parties(text: &str, kind: DocType) -> Vec<String> {
    let agreement = matches!(
        kind,
        DocType::Nphd | DocType::Mou | DocType::PerjanjianKerjaSama | DocType::BeritaAcara
    );
    if let Some(sides) = heading_sides(text, agreement) {
        return sides;
    }
    if agreement {
        let mut parties: Vec<String> = Vec::new();
        for c in ON_BEHALF_OF.captures_iter(text) {
            let name = squash(&c[1]);
            // What follows the name (not consumed, so the next clause still matches).
            let end = c.get(0).map_or(0, |m| m.end());
            let tail = squash(&text[end..text.ceil_char_boundary((end + 160).min(text.len()))])
                .to_lowercase();
            // The words may sit on two lines (`selanjutnya disebut` / `PIHAK KEDUA`).
            let named_party = tail.contains("disebut pihak")
                || tail.contains("sebagai pihak")
                || tail.contains("disebut sebagai pihak");
            let party = body_of_official(&name)
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
    let head: Vec<String> = text
        .lines()
        .take(30)
        .map(squash)
        .filter(|l| !l.is_empty())
        .collect();
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

/// The units a letterhead lists from the widest body down: a line that opens an
/// institution's name starts a unit, other lines go on with the one above (`KOMISI
/// PEMILIHAN UMUM` / `KABUPATEN MANOKWARI`). A national police letterhead names its units
/// `DAERAH X`, `RESOR Y`, `SEKTOR Z` under `KEPOLISIAN NEGARA REPUBLIK INDONESIA`.
fn units(lines: &[&str]) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    for line in lines {
        let police = units
            .first()
            .is_some_and(|u| u.to_uppercase().starts_with("KEPOLISIAN"));
        if police && POLICE_UNIT.is_match(line) {
            units.push(format!("KEPOLISIAN {line}"));
        } else if INSTITUTION_START.is_match(line) || units.is_empty() {
            units.push(line.to_string());
        } else if let Some(last) = units.last_mut() {
            last.push(' ');
            last.push_str(line);
        }
    }
    units
}

/// The issuing institution from the letterhead (or a decree's heading).
fn letterhead_party(head: &[String]) -> Option<String> {
    // OCR of an emblem leaves debris above the letterhead and at the start of its lines
    // (`seh\tSEKRETARIAT DAERAH`); skip it.
    let head: Vec<String> = head
        .iter()
        .map(|l| {
            let clean = clean_name(l);
            // An address (`Jalan H.R. Rasuna Said`) is no heading with debris.
            if clean.is_empty() || upper_ratio(l) < 0.5 {
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
    // Debris of an emblem read as a word of capitals (`ATAP`) above the issuer: the
    // letterhead starts at the first line that names a body or an official.
    let names = |l: &str| opens_name(l) || body_of_official(l).is_some() || official_only(l);
    let first = if head.get(first).is_some_and(|l| !names(l)) {
        (first + 1..(first + 3).min(head.len()))
            .find(|&i| names(&head[i]) && !header::is_kind_heading(&head[i]))
            .unwrap_or(first)
    } else {
        first
    };
    let head = &head[first..];
    let mut lines: Vec<&str> = Vec::new();
    for line in head {
        if LETTERHEAD_END.is_match(line) || upper_ratio(line) < 0.8 || header::is_kind_heading(line)
        {
            break;
        }
        lines.push(line);
    }
    // `PEMERINTAH` / `PROVINSI JAWA TENGAH`: a government's name wrapped after its first word.
    let joined;
    if lines.len() >= 2 && lines[0].eq_ignore_ascii_case("pemerintah") {
        joined = format!("{} {}", lines[0], lines[1]);
        lines.splice(..2, [joined.as_str()]);
    }
    if let Some(first) = lines.first() {
        // An official's letterhead (`BUPATI BANJAR`, `KEPALA DESA X`) stands for the body
        // he heads; a bare title (`REKTOR`) leaves it to the decree's heading.
        if let Some(body) = body_of_official(first) {
            return Some(body);
        }
        if !official_only(first) {
            return Some(issuer_of(&lines));
        }
    }
    // No letterhead: a decree's heading names its issuer (`KEPUTUSAN BUPATI BANJAR`,
    // `PERATURAN REKTOR UNIVERSITAS AIRLANGGA`), possibly over two lines.
    static DECREE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:SALINAN\s+)?(?:KEPUTUSAN|PERATURAN|SURAT\s+EDARAN|INSTRUKSI)\s+(.+)$")
            .expect("valid regex")
    });
    for (i, line) in head.iter().enumerate().take(8) {
        if let Some(c) = DECREE.captures(line) {
            let mut issuer = c[1].trim().to_string();
            if let Some(next) = head.get(i + 1) {
                if upper_ratio(next) >= 0.8 && !header::ends_sides(next) {
                    issuer = format!("{issuer} {next}");
                }
            }
            // `PERATURAN DAERAH KABUPATEN X` is the regional government's.
            if let Some(g) = issuer.strip_prefix("DAERAH ").and_then(|r| {
                GOVERNMENT
                    .captures(&format!("PEMERINTAH {r}"))
                    .map(|g| format!("Pemerintah {} {}", title_case(&g[1]), title_case(&g[2])))
            }) {
                return Some(g);
            }
            // `PERATURAN DESA X` is the village government's.
            if let Some(v) = VILLAGE.captures(&issuer) {
                return Some(format!(
                    "Pemerintah {} {}",
                    title_case(&v[1]),
                    title_case(&v[2])
                ));
            }
            return body_of_official(&issuer).or(Some(issuer));
        }
    }
    lines.first().map(|l| l.to_string())
}

/// A title without the body it heads (`REKTOR`, `KEPALA`), or a government's first word
/// left alone when OCR lost the rest of the line.
fn official_only(line: &str) -> bool {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:rektor|kepala|ketua|direktur|dekan|bupati|gubernur|wali\s*kota|walikota|menteri|pemerintah)\s*,?$")
            .expect("valid regex")
    });
    TITLE.is_match(line)
}

/// The issuer among a letterhead's lines: a regional government's agency with its region,
/// or the lowest unit of a hierarchy of bodies.
fn issuer_of(lines: &[&str]) -> String {
    let Some(c) = lines.first().and_then(|l| GOVERNMENT.captures(l)) else {
        let units = units(lines);
        // A village government is the narrowest there is: the district and regency printed
        // under it are its address.
        if let Some(village) = units.iter().find(|u| VILLAGE_GOVERNMENT.is_match(u)) {
            return village.clone();
        }
        let n = units.len();
        // A faculty is named with its university.
        if n >= 2 && ACADEMIC_UNIT.is_match(&units[n - 1]) {
            return format!("{} {}", units[n - 1], units[n - 2]);
        }
        return units.last().cloned().unwrap_or_default();
    };
    let region = format!("{} {}", title_case(&c[1]), title_case(&c[2]));
    let agencies = units(&lines[1..]);
    let Some(agency) = agencies.last() else {
        return format!("Pemerintah {region}");
    };
    // The regional secretariat writes for the government itself.
    if agency.to_uppercase().starts_with("SEKRETARIAT DAERAH") {
        return format!("Pemerintah {region}");
    }
    // A village's letterhead lists the district above it; the village issues.
    if let Some(v) = VILLAGE.captures(agency) {
        return format!("Pemerintah {} {}", title_case(&v[1]), title_case(&v[2]));
    }
    if NAMES_ITSELF.is_match(agency) || VILLAGE_GOVERNMENT.is_match(agency) {
        return agency.clone();
    }
    format!("{} {region}", title_case(agency))
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
            // A district is known by its own name, as written under its regency.
            (
                "PEMERINTAH KABUPATEN GUNUNGKIDUL\nKECAMATAN WONOSARI\nJalan Kolonel Sugiyono",
                DocType::SuratDinas,
                &["KECAMATAN WONOSARI"],
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

    /// Agreement headings in their several orders: sides after the subject, before the
    /// number, over several lines, with `DAN`/`DENGAN` on a line of its own or inline.
    #[test]
    fn agreement_headings() {
        let cases: &[(&str, &[&str])] = &[
            (
                "NOTA KESEPAHAMAN\nNOMOR : 050/610/Pem/2014\nNOMOR : 1182/UN13/PT.01.00/2014\nTENTANG\nPENINGKATAN KUALITAS SUMBER DAYA MANUSIA\nANTARA\nPEMERINTAH PROVINSI MALUKU UTARA\nDENGAN\nUNIVERSITAS KHAIRUN\nPada hari ini Senin",
                &["PEMERINTAH PROVINSI MALUKU UTARA", "UNIVERSITAS KHAIRUN"],
            ),
            (
                "PERJANJIAN KERJA SAMA (PKS)\nNOMOR 027/786-BPBD/V/2016\nTENTANG\nPENDAMPINGAN PENYUSUNAN RENCANA\nANTARA\nBADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN LAMPUNG\nSELATAN\nDENGAN\nKEJAKSAAN NEGERI LAMPUNG SELATAN\nPada hari ini",
                &["BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN LAMPUNG SELATAN", "KEJAKSAAN NEGERI LAMPUNG SELATAN"],
            ),
            // Sides first, `DAN` alone, a name that holds `DAN` itself.
            (
                "MEMORANDUM OF UNDERSTANDING (MoU)\nANTARA\nPEMERINTAH KOTA CIREBON\nDAN\nBADAN KESATUAN BANGSA DAN POLITIK PROVINSI JAWA BARAT\nNOMOR 000/811/Bag.Hukum\nTENTANG",
                &["PEMERINTAH KOTA CIREBON", "BADAN KESATUAN BANGSA DAN POLITIK PROVINSI JAWA BARAT"],
            ),
            // All on one line, parted by `DAN` before a name.
            (
                "KESEPAKATAN BERSAMA\nANTARA PEMERINTAH KABUPATEN SLEMAN DAN UNIVERSITAS GADJAH MADA\nNOMOR 12/KB/2019",
                &["PEMERINTAH KABUPATEN SLEMAN", "UNIVERSITAS GADJAH MADA"],
            ),
            (
                "PERJANJIAN KERJA SAMA\nTENTANG PELAYANAN DARAH ANTARA RUMAH SAKIT UMUM DAERAH SEKAYU DENGAN PALANG MERAH INDONESIA KABUPATEN MUSI BANYUASIN\nPada hari ini",
                &["RUMAH SAKIT UMUM DAERAH SEKAYU", "PALANG MERAH INDONESIA KABUPATEN MUSI BANYUASIN"],
            ),
            // A letterhead above the heading is not a side; a title-case heading.
            (
                "PEMERINTAH KABUPATEN TANGERANG\nJalan Basuki Rahmat No. 90 Tigaraksa\nNASKAH PERJANJIAN HIBAH DAERAH (NPHD)\nNomor: 910/2183/Set/2014\nTENTANG\nHIBAH DANA PENYELENGGARAAN KEGIATAN\nANTARA\nPEMERINTAH KABUPATEN TANGERANG\nDENGAN\nLEMBAGA PENGEMBANGAN TILAWATIL QUR'AN KABUPATEN TANGERANG\nPada hari SELASA tanggal",
                &["PEMERINTAH KABUPATEN TANGERANG", "LEMBAGA PENGEMBANGAN TILAWATIL QUR'AN KABUPATEN TANGERANG"],
            ),
            (
                "Perjanjian Kerja Sama\nAntara\nPemerintah Kota Bandung\nDengan\nInstitut Teknologi Bandung\nTentang\nPengembangan Kota Cerdas",
                &["Pemerintah Kota Bandung", "Institut Teknologi Bandung"],
            ),
            (
                "Kesepakatan Bersama\nAntara Pemerintah Kabupaten Sleman dan Universitas Gadjah Mada\nNomor 12/KB/2019",
                &["Pemerintah Kabupaten Sleman", "Universitas Gadjah Mada"],
            ),
            // The role label printed beside a side.
            (
                "PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN SIAK (PIHAK PERTAMA)\nDENGAN\nYAYASAN PENDIDIKAN SIAK (PIHAK KEDUA)\nNOMOR",
                &["DINAS KESEHATAN KABUPATEN SIAK", "YAYASAN PENDIDIKAN SIAK"],
            ),
            // No sides in the heading: the clauses that name them (`serta sah mewakili`,
            // `untuk selanjutnya`, a title in the name).
            (
                "PERJANJIAN KERJA SAMA\nNOMOR 1/2020\nTENTANG\nPELAYANAN DARAH\nPada hari ini Rabu\n1. A, dalam hal ini bertindak untuk dan atas nama\nRumah Sakit Umum Daerah dr. Soedarso, untuk selanjutnya dalam Perjanjian ini\ndisebut PIHAK PERTAMA.\n2. B, bertindak untuk dan atas nama serta sah mewakili Kejaksaan Negeri\nPontianak, untuk selanjutnya dalam Perjanjian ini disebut PIHAK KEDUA.",
                &["Rumah Sakit Umum Daerah dr. Soedarso", "Kejaksaan Negeri Pontianak"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(find_parties(text, DocType::Mou), *want, "{text}");
        }
    }

    /// Sides named by the clauses of minutes: any body, named in words.
    #[test]
    fn clauses_of_minutes() {
        let text = "BERITA ACARA\nNOMOR : 010/1490/Bappeda/I/1999\nTENTANG\nPENYERAHAN DANA HIBAH\nPada hari ini Selasa\nNama : A\ndalam jabatannya tersebut bertindak untuk dan atas nama Badan\nPerencanaan Pembangunan Daerah Kabupaten Banyuwangi, untuk\nselanjutnya dalam Perjanjian ini disebut PIHAK PERTAMA.\nNama : B\ndalam jabatannya tersebut bertindak untuk dan atas nama Komite Olahraga\nNasional Indonesia Kabupaten Banyuwangi, selanjutnya disebut PIHAK\nKEDUA.";
        assert_eq!(
            find_parties(text, DocType::BeritaAcara),
            [
                "Badan Perencanaan Pembangunan Daerah Kabupaten Banyuwangi",
                "Komite Olahraga Nasional Indonesia Kabupaten Banyuwangi"
            ]
        );
    }

    /// Headings that are not sides, and `antara` in prose.
    #[test]
    fn headings_are_not_sides() {
        let cases: &[(&str, DocType, &[&str])] = &[
            (
                "PERJANJIAN HIBAH DAERAH\nNomor: 900.2.4.2/1433/Um/2025\nTENTANG\nPEMBERIAN HIBAH\nPada hari ini\nbertindak untuk dan atas nama Pemerintah Kota Depok, selanjutnya disebut PIHAK PERTAMA.\nbertindak untuk dan atas nama Forum Kerukunan Umat Beragama Kota Depok, untuk\nselanjutnya dalam Perjanjian ini disebut PIHAK KEDUA.",
                DocType::Nphd,
                &["Pemerintah Kota Depok", "Forum Kerukunan Umat Beragama Kota Depok"],
            ),
            (
                "PEMERINTAH KABUPATEN BANJAR\nDINAS PENDIDIKAN\nJalan A. Yani\nNomor : 421/55/Disdik\nHal : Rapat\nkoordinasi antara sekolah dan komite dilaksanakan",
                DocType::SuratDinas,
                &["Dinas Pendidikan Kabupaten Banjar"],
            ),
        ];
        for (text, kind, want) in cases {
            assert_eq!(find_parties(text, *kind), *want, "{text}");
        }
    }

    /// Letterheads of every kind of issuer, and the issuer a decree's heading names.
    #[test]
    fn issuers() {
        let cases: &[(&str, &str)] = &[
            ("KEMENTERIAN KESEHATAN\nREPUBLIK INDONESIA\nJalan H.R. Rasuna Said", "KEMENTERIAN KESEHATAN REPUBLIK INDONESIA"),
            ("PEMERINTAH PROVINSI JAWA TENGAH\nDINAS PENDIDIKAN DAN KEBUDAYAAN\nJalan Pemuda", "Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah"),
            ("PEMERINTAH PROVINSI KALIMANTAN SELATAN\nBADAN PENGELOLAAN KEUANGAN\nDAN ASET DAERAH\nJalan Pangeran", "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Kalimantan Selatan"),
            ("PEMERINTAH KABUPATEN SLEMAN\nJalan Parasamya Beran", "Pemerintah Kabupaten Sleman"),
            ("PEMERINTAH KOTA MALANG\nDINAS KESEHATAN KOTA MALANG\nJalan Ahmad Yani", "DINAS KESEHATAN KOTA MALANG"),
            ("PEMERINTAH KABUPATEN INDRAGIRI HILIR\nRUMAH SAKIT UMUM DAERAH TEMBILAHAN\nJalan Pattimura", "RUMAH SAKIT UMUM DAERAH TEMBILAHAN"),
            ("PEMERINTAH KABUPATEN DAERAH TINGKAT II SIKKA\nNOTA DINAS", "Pemerintah Kabupaten Daerah Tingkat Ii Sikka"),
            ("PEMERINTAH PROPINSI DAERAH TINGKAT I RIAU\nJalan Gajah Mada", "Pemerintah Propinsi Daerah Tingkat I Riau"),
            ("KOMISI PEMILIHAN UMUM\nKABUPATEN LAHAT\nJalan Mayor Ruslan", "KOMISI PEMILIHAN UMUM KABUPATEN LAHAT"),
            ("KOMISI INDEPENDEN PEMILIHAN\nKABUPATEN ACEH BESAR\nJalan Banda Aceh", "KOMISI INDEPENDEN PEMILIHAN KABUPATEN ACEH BESAR"),
            ("BADAN PENGAWAS PEMILIHAN UMUM\nKABUPATEN KARIMUN\nJalan Poros", "BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN KARIMUN"),
            ("PANITIA PENGAWAS PEMILIHAN UMUM\nKABUPATEN LUWU UTARA\nJalan Simpurusiang", "PANITIA PENGAWAS PEMILIHAN UMUM KABUPATEN LUWU UTARA"),
            ("DEWAN PERWAKILAN RAKYAT DAERAH\nKABUPATEN AGAM\nJalan Sudirman", "DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN AGAM"),
            ("KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI\nUNIVERSITAS PAPUA\nJalan Gunung Salju", "UNIVERSITAS PAPUA"),
            ("KEMENTERIAN AGAMA\nUNIVERSITAS ISLAM NEGERI ANTASARI\nFAKULTAS SYARIAH\nJalan A. Yani", "FAKULTAS SYARIAH UNIVERSITAS ISLAM NEGERI ANTASARI"),
            ("KEPOLISIAN NEGARA REPUBLIK INDONESIA\nDAERAH ISTIMEWA YOGYAKARTA\nRESOR SLEMAN\nJalan Magelang", "KEPOLISIAN RESOR SLEMAN"),
            ("KEPOLISIAN NEGARA REPUBLIK INDONESIA\nDAERAH JAWA TIMUR\nJalan Ahmad Yani", "KEPOLISIAN DAERAH JAWA TIMUR"),
            ("KOMANDO DAERAH MILITER XII/TANJUNGPURA\nKOMANDO RESOR MILITER 121/ALAMBHANA WANAWAI\nKOMANDO DISTRIK MILITER 1207/PONTIANAK\nJalan Rahadi Usman", "KOMANDO DISTRIK MILITER 1207/PONTIANAK"),
            ("KEJAKSAAN REPUBLIK INDONESIA\nKEJAKSAAN TINGGI KALIMANTAN SELATAN\nKEJAKSAAN NEGERI BANJARBARU\nJalan Trikora", "KEJAKSAAN NEGERI BANJARBARU"),
            ("MAHKAMAH AGUNG REPUBLIK INDONESIA\nDIREKTORAT JENDERAL BADAN PERADILAN UMUM\nPENGADILAN NEGERI PURWODADI\nJalan Gajah Mada", "PENGADILAN NEGERI PURWODADI"),
            ("MAHKAMAH AGUNG REPUBLIK INDONESIA\nDIREKTORAT JENDERAL BADAN PERADILAN AGAMA\nPENGADILAN AGAMA MARTAPURA\nJalan A. Yani", "PENGADILAN AGAMA MARTAPURA"),
            ("PEMERINTAH KABUPATEN ACEH BESAR\nKECAMATAN DARUSSALAM\nGAMPONG LAMREH\nJalan Lamreh", "Pemerintah Gampong Lamreh"),
            ("PEMERINTAH DESA SUKA MAJU\nKECAMATAN BATU AMPAR KABUPATEN TANAH LAUT\nJalan Desa", "PEMERINTAH DESA SUKA MAJU"),
            ("PEMERINTAH KABUPATEN TANAH LAUT\nKECAMATAN KOYA BARAT\nDESA SUKA DAMAI\nAlamat: Jalan", "Pemerintah Desa Suka Damai"),
            ("PEMERINTAH\nPROVINSI JAWA TENGAH\nJalan Ahmad Yani No. 40", "Pemerintah Provinsi Jawa Tengah"),
            ("PEMERINTAH\nKABUPATEN BANJAR\nDINAS PENDIDIKAN\nJalan A. Yani", "Dinas Pendidikan Kabupaten Banjar"),
            ("PEMERINTAH KABUPATEN MERAUKE\nDISTRIK MERAUKE RAYA\nKAMPUNG SUKAMAJU\nAlamat: Jalan Pattimura", "Pemerintah Kampung Sukamaju"),
            ("PEMERINTAH KOTA TARAKAN\nKECAMATAN BATU AMPAR\nKELURAHAN SUKAMAJU\nAlamat: Jalan Perintis", "Pemerintah Kelurahan Sukamaju"),
            // Heads of regions before 1999.
            ("GUBERNUR KEPALA DAERAH TINGKAT I BALI\nKEPUTUSAN GUBERNUR", "Pemerintah Provinsi Daerah Tingkat I Bali"),
            ("WALIKOTAMADYA KEPALA DAERAH TINGKAT II KEDIRI\nPROVINSI JAWA TIMUR\nPERATURAN", "Pemerintah Kotamadya Daerah Tingkat Ii Kediri"),
            ("BUPATI KEPALA DAERAH TINGKAT II SIKKA\nSURAT EDARAN", "Pemerintah Kabupaten Daerah Tingkat Ii Sikka"),
            // OCR kept the letterhead's first word only: the regulation's heading names it.
            ("SALINAN\nPEMERINTAH\nJalan Trikora No. 77 Wonosobo\nPERATURAN DAERAH KABUPATEN WONOSOBO\nNOMOR 49 TAHUN 2023", "Pemerintah Kabupaten Wonosobo"),
            // An official's letterhead stands for the body; a bare title leaves it to the
            // decree's heading.
            ("WALI KOTA DEPOK\nKEPUTUSAN WALI KOTA DEPOK\nNOMOR : 180/501/Setda/VII/2017", "Pemerintah Kota Depok"),
            ("GUBERNUR JAWA TIMUR\nSURAT EDARAN", "Pemerintah Provinsi Jawa Timur"),
            ("ATAP\nGUBERNUR KEPULAUAN BANGKA BELITUNG\nNomor : 005/1449/Um/III/2007", "Pemerintah Provinsi Kepulauan Bangka Belitung"),
            ("SUN, MAHKAMAH AGUNG REPUBLIK INDONESIA\nDIREKTORAT JENDERAL BADAN PERADILAN UMUM\nPENGADILAN NEGERI PURWODADI\nJalan Frans Kaisiepo", "PENGADILAN NEGERI PURWODADI"),
            ("KEPALA DESA LEMBAH HIJAU\nPERATURAN DESA LEMBAH HIJAU\nNOMOR 31 TAHUN 2011", "Pemerintah Desa Lembah Hijau"),
            ("SALINAN\nREKTOR\nPERATURAN REKTOR UNIVERSITAS AIRLANGGA\nNOMOR 58 TAHUN 2019", "UNIVERSITAS AIRLANGGA"),
            ("PERATURAN DESA MEKAR SARI\nNOMOR 2 TAHUN 2019\nTENTANG", "Pemerintah Desa Mekar Sari"),
            ("KEPUTUSAN KEPALA KEPOLISIAN RESOR KULON PROGO\nNOMOR : Kep/266/V/2012", "KEPOLISIAN RESOR KULON PROGO"),
            ("KEPUTUSAN DIREKTUR RUMAH SAKIT UMUM DAERAH dr. SOEDARSO\nNOMOR 188.4/881/RSUD/2018", "RUMAH SAKIT UMUM DAERAH dr. SOEDARSO"),
            ("KEPUTUSAN KETUA KOMISI PEMILIHAN UMUM\nKABUPATEN BANJAR\nNOMOR 12/2024", "KOMISI PEMILIHAN UMUM KABUPATEN BANJAR"),
        ];
        for (text, want) in cases {
            assert_eq!(find_parties(text, DocType::SuratDinas), [*want], "{text}");
        }
    }

    /// The heading rules on text cut at every character: markers at the very end of the
    /// text, before multi-byte letters, wrapped numbers without a next line.
    #[test]
    fn cut_headings_do_not_panic() {
        let text = "PEMERINTAH\nKEPALA DESA É\nANTARA\nPEMERINTAH KOTA Ü DAN UNIVERSITAS Ö\nDENGAN\nNomor : 12/ÄB/\n3/2020\nTENTANG\nT E N T A N G\nHal\tÜ\nTanggal\t117 Mei 2020\nPada hari Senin tanggal 5 Mei 2014 bertempat di Gedung É. Ä, Ö, kami yang bertanda tangan\nPasarwajö. 06 Maret 2007\nKEPUTUSAN DAERAH KABUPATEN ß\nNOMOR 0.1/XI1//2020";
        let rules = crate::extract::rules::Rules::default();
        for (i, _) in text.char_indices() {
            let cut = &text[..i];
            let _ = crate::extract::extract(&[cut], &rules);
            let _ = crate::extract::extract(&[&text[i..]], &rules);
        }
    }
}
