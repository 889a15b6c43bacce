//! Reading one signature block, top to bottom: labels (`PIHAK PERTAMA,`, `Mengetahui,`)
//! and the place and date of issue, set aside; on-behalf lines (`a.n. BUPATI ...`, `u.b.`),
//! set aside, as the signer's own office is the one under them; the office, from its
//! office word (with `Plt.`/`Plh.`/`Pj.`) to the line ending in a comma; the space for the
//! signature (`ttd`, stamps, e-signature notes); the name, which may wrap onto a line of
//! degrees; the rank and the NIP under it. The name is the line under the office that most
//! looks like one: titles, degrees, capitals, and a rank or NIP right under it all count.

use std::sync::LazyLock;

use regex::Regex;

use super::kinds::{office_start, Kind};
use super::names::{clean_name, has_institution_word, is_degree_line, is_title, name_score};
use super::regions::{ends_office, Item, RawBlock};
use super::undersigned::Side;
use crate::extract::lines::{squash, upper_ratio};

/// One signer as the block prints them.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Signer {
    /// The side of the agreement the block's label names.
    pub side: Option<Side>,
    pub name: Option<String>,
    pub position: Option<String>,
}

/// The least score of a name in a block; a block opened by a headless office asks more.
const MIN_NAME: i32 = 2;
const MIN_NAME_WEAK: i32 = 3;
/// The least score of a name in a block with nothing else of one (no comma after the
/// office, no label, no NIP): a list of offices and people is no signature.
const MIN_NAME_BARE: i32 = 4;

/// Lines under an office among which its name is looked for; more is a list or table.
const MAX_TAIL: usize = 10;

/// A name scoring this much on its own is plainly one.
const PLAIN_NAME: i32 = 3;

/// A military or police unit's number in an office: `1608/TIMOR`, `0809/KEDIRI`.
static UNIT_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^\d]*\b\d{2,4}/[A-Za-z][^\d]*$").expect("valid regex"));

/// Lines under an office that may continue it before its comma.
const MAX_OFFICE_LINES: usize = 5;

/// Words an office line ends with when it goes on below (`KEPALA DINAS PENDIDIKAN DAN`,
/// `KETUA KPU KABUPATEN`).
const CONNECTORS: &[&str] = &[
    "DAN",
    "&",
    "SERTA",
    "KABUPATEN",
    "KOTA",
    "PROVINSI",
    "NEGERI",
    "TINGKAT",
    "RESOR",
    "DAERAH",
    "UMUM",
    "REPUBLIK",
    "BADAN",
    "DINAS",
    "KOMISI",
    "KANTOR",
    "BAGIAN",
    "BIRO",
    "BIDANG",
    "SEKSI",
    "PENGAWAS",
    "PEMILIHAN",
    "PERENCANAAN",
    "PEMBANGUNAN",
    "RUMAH",
    "SAKIT",
    "KEPOLISIAN",
    "KEJAKSAAN",
    "PENGADILAN",
    "II",
    "I",
];

#[derive(PartialEq)]
enum Mode {
    Head,
    Behalf,
    Position,
}

/// The signer a block shows; `None` when it shows neither a name nor an office.
pub(super) fn read(block: &RawBlock) -> Option<Signer> {
    let mut side = None;
    let mut position: Vec<String> = Vec::new();
    let mut ended = false;
    let mut mode = Mode::Head;
    let mut tail: Vec<&Item> = Vec::new();
    let items = &block.items;
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        i += 1;
        match item.kind {
            Kind::Role(s) => side = side.or(s),
            Kind::Intro | Kind::Note | Kind::Noise | Kind::Body | Kind::Heading { .. } => {}
            Kind::Behalf if tail.is_empty() || position.is_empty() => {
                mode = Mode::Behalf;
                position.clear();
                ended = false;
                tail.clear();
            }
            // An office right under one without its comma, itself ending in one: the
            // first was whom the signer acts for, its `a.n.` lost (`BUPATI TANAH BUMBU` /
            // `SEKRETARIS DAERAH,`).
            Kind::Office
                if !position.is_empty() && !ended && tail.is_empty() && ends_office(&item.text) =>
            {
                position.clear();
                let line = office_start(&item.text).unwrap_or_else(|| item.text.clone());
                position.push(line);
                ended = true;
            }
            Kind::Office if position.is_empty() => {
                let line = office_start(&item.text).unwrap_or_else(|| item.text.clone());
                ended = ends_office(&line);
                position.push(line);
                mode = Mode::Position;
            }
            Kind::Text if position.is_empty() && tail.is_empty() && mode != Mode::Position => {
                // An office whose first word OCR garbled, under a label or `a.n.`: the
                // lines down to one ending in its comma. After `a.n.`, the lines before
                // that one continue whom the signer acts for.
                let after_behalf = mode == Mode::Behalf
                    && ends_office(&item.text)
                    && !item.text.split_whitespace().next().is_some_and(is_title)
                    && name_score(&item.text).is_none_or(|s| s < PLAIN_NAME);
                let found = if after_behalf {
                    Some((0, 0))
                } else {
                    garbled_office(&items[i - 1..])
                };
                match found {
                    Some((_, k)) if mode == Mode::Behalf => {
                        position.push(items[i - 1 + k].text.clone());
                        ended = true;
                        mode = Mode::Position;
                        i += k;
                    }
                    Some((from, k)) => {
                        position.extend(items[i - 1 + from..i + k].iter().map(|x| x.text.clone()));
                        ended = true;
                        mode = Mode::Position;
                        i += k;
                    }
                    None if mode == Mode::Head => tail.push(item),
                    // A plain name after `a.n.`: the signer's office was lost.
                    None if name_score(&item.text).is_some_and(|s| s >= PLAIN_NAME) => {
                        tail.push(item)
                    }
                    None => {}
                }
            }
            _ => tail.push(item),
        }
    }
    if block.weak {
        ended = true;
    }
    if !ended && !position.is_empty() {
        extend_office(&mut position, &mut tail);
        ended = position.last().is_some_and(|l| ends_office(l));
    }
    // What makes lines a signature block and not a list of offices and people: an office
    // ending in its comma, a label or `a.n.` above it, the place and date of issue over
    // the office, or a rank or NIP under the name. Without any, only a plain name will do.
    let labelled = block
        .items
        .iter()
        .any(|i| matches!(i.kind, Kind::Role(_) | Kind::Note | Kind::Behalf));
    let introduced = block.items.iter().any(|i| i.kind == Kind::Intro) && !position.is_empty();
    let structured = (ended && !block.weak) || labelled || introduced;
    let position = clean_position(&position);
    tail.truncate(MAX_TAIL);
    let name = best_name(&tail).filter(|(_, score, below)| {
        let least = if block.weak {
            MIN_NAME_WEAK
        } else if position.is_none() && !*below {
            // A label alone over a name (a witness): a plain name only.
            MIN_NAME_BARE
        } else if structured || *below {
            MIN_NAME
        } else {
            MIN_NAME_BARE
        };
        *score >= least
    });
    let name = name.map(|(n, s, _)| (n, s));
    if name.is_none() && (block.weak || position.is_none()) {
        return None;
    }
    if name.is_none() && side.is_none() {
        // A block without a name or a side is an office the text names, not a signer.
        return None;
    }
    Some(Signer {
        side,
        name: name.map(|(n, _)| n),
        position,
    })
}

/// Where an office garbled at its head lies among the text lines from here: from the
/// first line that can be part of one (specks before it passed over) to the first line
/// ending in a comma, if no name comes first.
fn garbled_office(items: &[Item]) -> Option<(usize, usize)> {
    let mut start = None;
    for (k, item) in items.iter().enumerate().take(MAX_OFFICE_LINES + 1) {
        if item.kind != Kind::Text {
            return None;
        }
        let next = items.get(k + 1).map(|i| i.text.as_str());
        let titled = item.text.split_whitespace().next().is_some_and(is_title);
        if titled || is_degree_line(&item.text) || next.is_some_and(is_degree_line) {
            return None;
        }
        if continues_office(&item.text, next) {
            start.get_or_insert(k);
            if ends_office(&item.text) {
                return start.map(|s| (s, k));
            }
        } else if start.is_some() {
            return None;
        }
    }
    None
}

/// Moves the lines under an office that has no comma yet into it: up to the line that
/// ends with one, or, without such a line, those that plainly go on (a region after
/// `KABUPATEN`, a line of institution words).
fn extend_office(position: &mut Vec<String>, tail: &mut Vec<&Item>) {
    let prefix = tail.iter().take_while(|i| i.kind == Kind::Text).count();
    for k in 0..prefix.min(MAX_OFFICE_LINES) {
        let next = tail.get(k + 1).map(|i| i.text.as_str());
        if !continues_office(&tail[k].text, next) {
            break;
        }
        if ends_office(&tail[k].text) {
            position.extend(tail.drain(..=k).map(|i| i.text.clone()));
            return;
        }
    }
    while let Some(first) = tail.first() {
        if first.kind != Kind::Text {
            break;
        }
        let next = tail.get(1).map(|i| i.text.as_str());
        let last = position.last().map(String::as_str).unwrap_or("");
        let plainly = has_institution_word(&first.text)
            || ends_with_connector(last)
            || first
                .text
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w.to_uppercase().as_str(), "DAN" | "&" | "SERTA"));
        // The last line under the office is its name, not more of the office, unless
        // it cannot be a name.
        let more_text = tail.iter().skip(1).any(|i| i.kind == Kind::Text);
        let only_candidate = !more_text && name_score(&first.text).is_some_and(|s| s >= 2);
        if !plainly
            || !continues_office(&first.text, next)
            || (only_candidate && !has_institution_word(&first.text))
        {
            break;
        }
        position.push(first.text.clone());
        tail.remove(0);
    }
}

fn ends_with_connector(line: &str) -> bool {
    line.split_whitespace().last().is_some_and(|w| {
        CONNECTORS.contains(&w.trim_end_matches([',', '.']).to_uppercase().as_str())
    })
}

/// Whether a line under an office can be more of it: no title or degrees of a name, no
/// figures, not a sentence.
fn continues_office(line: &str, next: Option<&str>) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    !is_title(first)
        && !is_degree_line(line)
        // Figures only in a unit's number (`KOMANDAN KODIM` / `1608/TIMOR TENGAH SELATAN`).
        && (!line.chars().any(|c| c.is_ascii_digit()) || UNIT_NUMBER.is_match(line))
        && !next.is_some_and(is_degree_line)
        && !super::kinds::is_sentence(line)
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The office as one line, without its closing comma, and without the words of a label
/// that OCR ran into it (`KEPALA PIHAK KEJAKSAAN KEDUA, NEGERI`, `YANG MENYERAHKAN`).
fn clean_position(lines: &[String]) -> Option<String> {
    let joined = squash(&lines.join(" "));
    let label_words = [
        "PIHAK",
        "PERTAMA",
        "KESATU",
        "KEDUA",
        "KETIGA",
        "YANG",
        "MENYERAHKAN",
        "MENERIMA",
        "MENGETAHUI",
        "MENYETUJUI",
    ];
    let joined = joined
        .split_whitespace()
        .filter(|w| !label_words.contains(&w.trim_end_matches([',', '.']).to_uppercase().as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    let joined = joined
        .trim_end_matches(|c: char| matches!(c, ',' | '.' | ':' | ';' | '|') || c.is_whitespace())
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim()
        .to_string();
    (joined.chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some(joined)
}

/// The most name-like line under the office, with its score and whether a rank or NIP is
/// under it: a title, degrees, capitals,
/// a rank or NIP right under it, and being the last line before them all count; ties go
/// to the later line (the name is printed last).
fn best_name(tail: &[&Item]) -> Option<(String, i32, bool)> {
    let mut best: Option<(String, i32, bool)> = None;
    // The second line of a wrapped name is no name of its own.
    let mut consumed = None;
    for (i, item) in tail.iter().enumerate() {
        if item.kind != Kind::Text || consumed == Some(i) {
            continue;
        }
        let Some(mut score) = name_score(&item.text) else {
            continue;
        };
        let mut name = clean_name(&item.text);
        let mut j = i;
        if let Some(next) = tail.get(i + 1).filter(|n| n.kind == Kind::Text) {
            if is_degree_line(&next.text) {
                let degrees = next.text.trim_start_matches(|c: char| !c.is_alphanumeric());
                // `Baso.` / `S.IP, M.AP`: the full stop was the comma before the degrees.
                let head = name.trim_end_matches(',');
                let last = head.split_whitespace().last().unwrap_or("");
                let last_letters = last.chars().filter(|c| c.is_alphabetic()).count();
                let word = !last.trim_end_matches('.').contains('.');
                let head = if last_letters >= 3 && word && !head.ends_with("..") {
                    head.trim_end_matches('.')
                } else {
                    head
                };
                name = clean_name(&format!("{head}, {}", degrees.trim()));
                score += 2;
                j = i + 1;
            } else if wraps(&item.text, &next.text) {
                name = clean_name(&format!("{} {}", item.text.trim(), next.text.trim()));
                score += 1;
                j = i + 1;
                consumed = Some(j);
            }
        }
        let below = matches!(
            tail.get(j + 1).map(|n| n.kind),
            Some(Kind::Rank | Kind::Nip)
        );
        match tail.get(j + 1).map(|n| n.kind) {
            Some(Kind::Rank | Kind::Nip) => score += 3,
            None => score += 1,
            _ => {}
        }
        if !tail[j + 1..].iter().any(|n| n.kind == Kind::Text) {
            score += 1;
        }
        if best.as_ref().is_none_or(|(_, s, _)| score >= *s) {
            best = Some((name, score, below));
        }
    }
    best
}

/// A name wrapped over two lines: `Prof. Dr. Ir. H. RAHMAT` + `NOORHIDAYAT, M.Sc.`.
/// Or in Title Case: `Prof. Dr. Ir. Hj. Baiq Nurul Gita` + `Ariadi, Ph.D.`.
fn wraps(line: &str, next: &str) -> bool {
    let next = next.trim();
    let head = next.split(',').next().unwrap_or("");
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let same_case = |w: &str| {
        let caps = upper_ratio(w) >= 0.8;
        head.split_whitespace()
            .all(|h| capitalised(h) && (upper_ratio(h) >= 0.8) == caps)
    };
    !line.contains(',')
        && line.split_whitespace().last().is_some_and(|w| capitalised(w) && same_case(w))
        && !next.split_whitespace().next().is_some_and(is_title)
        && next.contains(',')
        && (1..=3).contains(&head.split_whitespace().count())
        // The first line plainly a name's start (titles), not debris over the name.
        && name_score(line).is_some_and(|s| s >= 3)
        && name_score(next).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::signatures::kinds::classify;

    fn block(lines: &[&str]) -> RawBlock {
        RawBlock {
            items: lines
                .iter()
                .map(|l| Item {
                    text: (*l).to_string(),
                    kind: classify(l),
                })
                .collect(),
            weak: false,
        }
    }

    #[test]
    fn parts_of_a_block() {
        // (lines, name, position)
        let cases: &[(&[&str], Option<&str>, Option<&str>)] = &[
            (
                &["PIHAK PERTAMA,", "BUPATI X,", "ttd", "AHMAD YANI"],
                Some("AHMAD YANI"),
                Some("BUPATI X"),
            ),
            (
                &[
                    "a.n. KETUA KPU",
                    "KABUPATEN JAYAPURA",
                    "Plh. SEKRETARIS,",
                    "FRANS WAROPEN, S.Sos.",
                ],
                Some("FRANS WAROPEN, S.Sos."),
                Some("Plh. SEKRETARIS"),
            ),
            (
                &[
                    "a.n. BUPATI SLEMAN",
                    "ths ETARIS DAERAH,",
                    "ra.. MURYANINGSIH, M.M.",
                ],
                Some("ra. MURYANINGSIH, M.M."),
                Some("ths ETARIS DAERAH"),
            ),
            (
                &[
                    "PIHAK PERTAMA",
                    "KETUA KOMISI PEMILIHAN UMUM",
                    "KABUPATEN BOVEN DIGOEL",
                    "Daniel Wetipo",
                ],
                Some("Daniel Wetipo"),
                Some("KETUA KOMISI PEMILIHAN UMUM KABUPATEN BOVEN DIGOEL"),
            ),
            (
                &["KETUA", "NENI HERAWATI"],
                Some("NENI HERAWATI"),
                Some("KETUA"),
            ),
            (
                &[
                    "Sekretaris Daerah Kabupaten",
                    "Timor Tengah Selatan,",
                    "Vivi Rumondor, S.Ag.",
                    "Pembina Utama",
                    "NIP. 196709201997122017",
                ],
                Some("Vivi Rumondor, S.Ag."),
                Some("Sekretaris Daerah Kabupaten Timor Tengah Selatan"),
            ),
            (
                &[
                    "KEPALAKEPOLISIAN RESOR KULON PROGO,",
                    "YEN KNNN",
                    "NYA",
                    "SEMUEL LEIMENA, S.I.K., M.Si.",
                    "AJUN KOMISARIS BESAR POLISI",
                    "NRP 62107545",
                ],
                Some("SEMUEL LEIMENA, S.I.K., M.Si."),
                Some("KEPALA KEPOLISIAN RESOR KULON PROGO"),
            ),
            (
                &[
                    "PIHAK PERTAMA,",
                    "REKTOR,",
                    "Prof. Dr. Deasy Rumengan,",
                    "-M.Eng.",
                    "NIP: 19460603 197203 2 014",
                ],
                Some("Prof. Dr. Deasy Rumengan, M.Eng."),
                Some("REKTOR"),
            ),
            (
                &["REKTOR,", "Prof. Dr. Ir. H. RAHMAT", "NOORHIDAYAT, M.Sc."],
                Some("Prof. Dr. Ir. H. RAHMAT NOORHIDAYAT, M.Sc."),
                Some("REKTOR"),
            ),
            // A label and an office whose name OCR lost: kept for the agreement's clause.
            (
                &["PIHAK KEDUA,", "KEPALA DINAS PENDIDIKAN,"],
                None,
                Some("KEPALA DINAS PENDIDIKAN"),
            ),
        ];
        for (lines, name, position) in cases {
            let got = read(&block(lines));
            let got = got.map(|s| (s.name, s.position));
            assert_eq!(
                got,
                Some((name.map(str::to_string), position.map(str::to_string))),
                "{lines:?}"
            );
        }
        // An office alone, with no name and no side, is no signer.
        assert_eq!(read(&block(&["BUPATI BANJAR,"])), None);
    }
}
