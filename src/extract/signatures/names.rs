//! A person's name as a signature block prints it: titles before it (`Dr. H.`, `dr.`),
//! the name in capitals or Title Case, degrees after a comma (`S.H., M.H.`, also without
//! dots: `SH, MKn`, `MARS`). How name-like a line is, how to clean it, and whether two
//! spellings name one person.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::lines::{squash, upper_ratio};

/// Titles printed before a name; `dr.`, `drg.`, `drh.` in lower case.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Dr|DR|Drs|DRS|Dra|DRA|Ir|IR|H|Hj|HJ|Prof|PROF|KH|K\.H|Tgh|TGH|dr|drg|drh|Hajjah|Haji|R|Rr|Ny|Tn|St)\.$")
        .expect("valid regex")
});

/// A degree token after a name's comma: dotted (`S.H.`, `M.T`, `LL.M.`, `Sp.A.`) or a
/// short capitalised abbreviation (`SH`, `MKn`, `MARS`, `SIP`, `MEcDev`, `SFarm`).
static DEGREE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[A-Z][A-Za-z]{0,3}\.)+(?:[A-Za-z]{1,4}\.?)?|[A-Z][A-Za-z]{1,3}|[A-Z][a-z]{0,3}[A-Z][a-z]{1,3}(?:[A-Z][a-z]{0,3})?)$")
        .expect("valid regex")
});

/// Words of offices and institutions: never part of a person's name.
static INSTITUTION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:badan|komisi|pemilihan|umum|keuangan|pengelolaan|daerah|kabupaten|provinsi|kota|kotamadya|dinas|kantor|sekretariat|pemerintah|kepolisian|kejaksaan|negeri|universitas|fakultas|pt|cv|politeknik|institut|akademi|sekolah|rumah\s+sakit|kementerian|direktorat|kecamatan|kelurahan|desa|bidang|pengembangan|pembangunan|republik|indonesia|tingkat|resor|bagian|biro|seksi|perencanaan|pengawas|dewan|perwakilan|rakyat|pengadilan|kepala|ketua|sekretaris|direktur|bupati|gubernur|walikota|camat|lurah|rektor|dekan|menteri|anggota|wakil|komandan|pimpinan|koordinator|jenderal|kesatuan|bangsa|politik|pelayanan|pendidikan|kesehatan|sosial|hukum|yayasan|koperasi|perusahaan|lembaga|pusat|balai|unit|kelompok|panitia|tim|satuan|komite|majelis|organisasi|peraturan|perundang|kementerian|sumber|daya)\b")
        .expect("valid regex")
});

/// Words that never start a name line.
static NOT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nip|nrp|nik|tembusan|yth|kepada|pihak|para|mengetahui|lampiran|catatan|ditetapkan|dikeluarkan|diundangkan|pada|paraf|demikian|materai|meterai|cap|ttd|tanda|pasal|bab|jalan|jl|telepon|telp|email|website|hari|tanggal|pukul|waktu|tempat|acara|nomor|perihal|hal|sifat|di|dan|dengan|atau|yang|untuk|atas|dalam|serta|oleh|dari|ke|selaku|sebagai|saudara|bapak|ibu|terima|hormat|salinan|sesuai|kami|kepala|ketua|nama|jabatan|alamat|pangkat|golongan|instansi|arsip|pertinggal)\b")
        .expect("valid regex")
});

/// Lower-case words a name may hold: particles of names, not words of a sentence.
const NAME_PARTICLES: &[&str] = &["bin", "binti", "van", "der", "de", "da", "dos", "la", "le"];

/// Splits `Dr. H. AHMAD FAUZI, S.H., M.H.` into the part before the first comma and the
/// comma-separated rest.
fn head_and_tail(name: &str) -> (&str, Vec<&str>) {
    let mut parts = name.split(',');
    let head = parts.next().unwrap_or("").trim();
    (
        head,
        parts.map(str::trim).filter(|p| !p.is_empty()).collect(),
    )
}

/// Whether a token is an academic degree as printed after a name.
pub(crate) fn is_degree(token: &str) -> bool {
    let t = token.trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
    // OCR doubles a degree's last dot (`M.A..`).
    let t = t
        .strip_suffix('.')
        .filter(|r| r.ends_with('.'))
        .unwrap_or(t);
    !t.is_empty() && t.len() <= 9 && DEGREE_TOKEN.is_match(t)
}

/// Whether what follows a name's comma is its degrees: degrees, perhaps with a speck or
/// two of OCR among them (`Jai. yng M.H. :`); words that are no degree (`Bupati
/// Kotabaru`) make the line a clause.
pub(super) fn degree_tail(tail: &str) -> bool {
    let tokens: Vec<&str> = tail
        .split([',', ' '])
        .filter(|t| !t.trim().is_empty())
        .collect();
    let degrees = tokens.iter().filter(|t| is_degree(t)).count();
    let specks = tokens
        .iter()
        .filter(|t| !is_degree(t))
        .filter(|t| {
            t.chars().filter(|c| c.is_alphabetic()).count() <= 3
                && !t.chars().any(char::is_uppercase)
        })
        .count();
    degrees >= 1 && tokens.len() == degrees + specks && specks <= 2
}

/// Whether a line holds degrees only: `S.I.K., M.H.`, `M.Eng.` (a name's wrapped tail).
pub(super) fn is_degree_line(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let tokens: Vec<&str> = line
        .split([',', ' '])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    !tokens.is_empty() && tokens.len() <= 4 && tokens.iter().all(|t| is_degree(t) && t.len() >= 2)
        // A lone short word (`NYA`, `Mana.`) is stamp debris or a word: a wrapped line of
        // degrees has one with a dot inside (`M.T.`, `S.Sos.`, `M.Eng.`), and starts with a
        // dotted one (`EBED BORO, S.AP.` is a name).
        && tokens.iter().any(|t| t.trim_end_matches('.').contains('.'))
        && tokens[0].contains('.')
        // A title opens a name, not a line of degrees (`H. WIJI, S.IP.`); a word of four
        // capitals is a name's (`WIJI`), not an abbreviation.
        && !is_title(tokens[0])
        && !tokens
            .iter()
            .any(|t| !t.contains('.') && t.len() >= 4 && t.chars().all(char::is_uppercase))
}

/// Whether a word is a title printed before a name (`H.`, `Drs.`, `dr.`).
pub(super) fn is_title(word: &str) -> bool {
    TITLE.is_match(word)
}

/// Whether a line names an office or institution (`KEPALA DINAS`, `KABUPATEN AGAM`).
pub(super) fn has_institution_word(line: &str) -> bool {
    INSTITUTION_WORD.is_match(line)
}

/// How much a line looks like a person's name, `None` when it cannot be one. Titles,
/// degrees, capitals and two or more words add; what the rest of the block says (a rank or
/// NIP under it) is added by the block reader.
pub(super) fn name_score(line: &str) -> Option<i32> {
    if is_degree_line(line) {
        return None;
    }
    let line = clean_name(line);
    if line.is_empty() || line.ends_with(':') || NOT_NAME.is_match(&line) {
        return None;
    }
    let (head, tail) = head_and_tail(&line);
    if head.chars().any(|c| c.is_ascii_digit()) || INSTITUTION_WORD.is_match(head) {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let titles = words.iter().take_while(|w| is_title(w)).count();
    let proper: Vec<&str> = words[titles..].to_vec();
    if proper.is_empty() || proper.len() > 6 {
        return None;
    }
    let longest = proper
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .max()
        .unwrap_or(0);
    if longest < 3 {
        return None;
    }
    // A name's words are capitalised; a lower-case word (`ee`) is OCR debris or a sentence.
    let lower = proper
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
        .count();
    if lower * 2 > proper.len() {
        return None;
    }
    let degrees = tail
        .iter()
        .flat_map(|t| t.split_whitespace())
        .filter(|t| is_degree(t))
        .count();
    if !tail.is_empty() && !degree_tail(&tail.join(", ")) {
        return None;
    }
    let proper_text = proper.join(" ");
    let capitals = upper_ratio(&proper_text) >= 0.8;
    let mut score = 0;
    if titles > 0 {
        score += 3;
    }
    if degrees > 0 {
        score += 2;
    }
    if capitals {
        score += if proper.len() >= 2 { 2 } else { 1 };
    } else if proper.len() >= 2 {
        score += 1;
    }
    // One short word without a title or degree is what stamps leave (`Pala`, `NYA`).
    if proper.len() == 1 && titles == 0 && degrees == 0 && longest < 5 {
        score -= 2;
    }
    // Words of two letters or fewer among the name's words are debris (`Lah SANA`, `N N`).
    // Balinese names open with `I` or `Ni` (`I GEDE SUARDANA`).
    let short = proper
        .iter()
        .enumerate()
        .filter(|(k, w)| {
            w.chars().filter(|c| c.is_alphabetic()).count() <= 2
                && !w.ends_with('.')
                && !(*k == 0 && matches!(**w, "I" | "Ni" | "NI"))
        })
        .count();
    score -= 2 * short as i32;
    score -= 2 * lower as i32;
    Some(score)
}

/// A name as printed, without what OCR and layout put around it: specks and quotes before
/// it (`“Prof.`, `| H.`), bars and parentheses (`( NAME )`), underscores; a title's dot
/// read as a colon (`Drs: SUPIAN`); commas before degrees read as full stops.
pub(super) fn clean_name(line: &str) -> String {
    static TITLE_MISREAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(Drs|Dra|Dr|Ir|Hj|Prof)[:;,]\s").expect("valid regex"));
    static TITLE_START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?:^|[\s(\[“"'/|>\-—])((?:(?:Dr|Drs|Dra|Ir|H|Hj|Prof|KH|dr|drg)\.\s*)+[A-Z].*)$"#,
        )
        .expect("valid regex")
    });
    static HJ_MISREAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|\s)(?:Hi|HI|Hl)\.(\s+[A-Z])").expect("valid regex"));
    // A title's dot read as a hyphen (`Prof-Dr-`) or an `i` (`Dri`).
    static TITLE_SLIP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|\s)(Prof|Dr|Drs|Ir)(?:-\s?|i\s+)([A-Z])").expect("valid regex")
    });
    // `dr.` with a speck run into its front (`Sdr.`).
    static SPECKED_TITLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^S(dr|drg)\.\s").expect("valid regex"));
    let line = TITLE_MISREAD.replace_all(line, "$1. ");
    // Twice: `Prof-Dr-` overlaps.
    let line = TITLE_SLIP.replace_all(&line, "$1$2. $3");
    let line = TITLE_SLIP.replace_all(&line, "$1$2. $3");
    let line = SPECKED_TITLE.replace(&line, "$1. ");
    // OCR reads the `j` of `Hj.` as an `i` or `l`.
    let line = HJ_MISREAD.replace_all(&line, "${1}Hj.$2");
    // Debris before a title: the name starts at the title.
    let line = match TITLE_START.captures(&line) {
        Some(c)
            if c.get(1).is_some_and(|m| {
                // A title without its dot (`Drs H. ACHMAD`) is no debris.
                let before = line[..m.start()].trim();
                m.start() <= 8 && !is_title(&format!("{before}."))
            }) =>
        {
            c[1].to_string()
        }
        _ => line.to_string(),
    };
    let trimmed = line
        .trim_matches(|c: char| c.is_whitespace() || "()[]|_“”\"'‘’`~*•»«-—–:;/\\>".contains(c));
    let trimmed = trimmed.trim_end_matches(',').trim_end();
    // A speck before a name in capitals or Title Case: marks in it (`tar!” PRIYO`), or a
    // short lower-case one (`tar PRIYO UTOMO`).
    let trimmed = match trimmed.split_once(' ') {
        Some((first, rest))
            if first.chars().filter(|c| c.is_alphabetic()).count() <= 4
                && !is_title(first)
                && (first
                    .chars()
                    .any(|c| !c.is_alphanumeric() && !matches!(c, '.' | '\'' | '-' | ','))
                    || (first.chars().all(char::is_lowercase)
                        && first.len() <= 3
                        && !NAME_PARTICLES.contains(&first)))
                && rest
                    .split_whitespace()
                    .take(2)
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase)) =>
        {
            rest
        }
        _ => trimmed,
    };
    // A speck without a vowel before the name (`Spg Achmad Muzakki`), no title.
    let trimmed = match trimmed.split_once(' ') {
        Some((first, rest))
            if (2..=4).contains(&first.chars().count())
                && first.chars().all(char::is_alphabetic)
                && !has_vowel(first)
                && !is_title(&format!("{first}."))
                && rest.chars().next().is_some_and(char::is_uppercase) =>
        {
            rest
        }
        _ => trimmed,
    };
    // OCR doubles dots (`S.E.. M.A..`): one is the comma before the next degree, which
    // `degree_commas` puts back.
    static STOP_COMMA: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|\s)([A-Za-z'\-]{3,})\.,").expect("valid regex"));
    let single = squash(trimmed).replace("..", ".");
    // A full stop and the comma after a name's last word (`FANGGIDAE.,`): the comma.
    let single = STOP_COMMA.replace_all(&single, "$1$2,");
    degree_commas(&split_glued(&single))
}

/// Splits two words of a Title Case name OCR ran together (`SyarifahNadia` → `Syarifah
/// Nadia`), where a capital follows a small letter.
fn split_glued(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (k, word) in name.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let chars: Vec<char> = word.chars().collect();
        let cut = (3..chars.len().saturating_sub(2)).find(|&i| {
            chars[i].is_uppercase()
                && chars[i - 1].is_lowercase()
                && chars[..i].iter().all(|c| c.is_alphabetic())
                && chars[i..].iter().filter(|c| c.is_alphabetic()).count() >= 3
                && chars[i + 1..].iter().take(2).all(|c| c.is_lowercase())
        });
        match cut {
            Some(i) => {
                out.extend(&chars[..i]);
                out.push(' ');
                out.extend(&chars[i..]);
            }
            None => out.push_str(word),
        }
    }
    out
}

/// Puts back the commas before degrees that OCR read as full stops:
/// `YOHANES WANIMBO. S.E.. M.Si.` → `YOHANES WANIMBO, S.E., M.Si.`.
fn degree_commas(name: &str) -> String {
    static AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b([A-Z][A-Z'\-]{2,})[.:;]\s+([A-Z][A-Za-z]{0,3}\.[A-Za-z]{1,4}\.?)")
            .expect("valid regex")
    });
    static AFTER_DEGREE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"([A-Z]\.[A-Za-z]{1,4}\.)[.:;]\s+([A-Z][A-Za-z]{0,4}\.)").expect("valid regex")
    });
    let once = AFTER_NAME.replace_all(name, "$1, $2");
    let twice = AFTER_DEGREE.replace_all(&once, "$1, $2").into_owned();
    // The same in any case, when all that follows are degrees: `Yulizar Nasrul. SE`,
    // `Rospita Panjaitan. Lc.. M.A`.
    let mut tokens: Vec<String> = twice.split(' ').map(str::to_string).collect();
    for i in 1..tokens.len() {
        let t = &tokens[i - 1];
        let word = t.trim_end_matches(['.', ':', ';']);
        let ends = t.len() > word.len();
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        // Or no mark at all before dotted degrees (`Andi Ramli S.Si. M.Sc.`).
        let dotted_next = tokens[i].trim_end_matches('.').contains('.');
        if !(ends || dotted_next)
            || t.ends_with(',')
            || letters < 3
            || word.contains('.')
            || is_title(t)
        {
            continue;
        }
        let rest: Vec<String> = tokens[i..]
            .iter()
            .map(|d| {
                let core = d.trim_end_matches(['.', ',', ';']);
                let dotted = d.len() > core.len() && d[core.len()..].starts_with('.');
                format!("{core}{}", if dotted { "." } else { "" })
            })
            .collect();
        if rest.iter().all(|d| is_degree(d)) {
            tokens[i - 1] = format!("{word},");
            let last = tokens.len() - 1;
            for (k, d) in rest.into_iter().enumerate() {
                tokens[i + k] = if i + k < last { format!("{d},") } else { d };
            }
            break;
        }
    }
    let joined = tokens.join(" ");
    // Degrees after the name's comma with no commas between them (`S.E. M.Si.`).
    match joined.split_once(", ") {
        Some((head, tail)) => {
            let degrees: Vec<&str> = tail.split([' ', ',']).filter(|t| !t.is_empty()).collect();
            if degrees.len() >= 2 && degrees.iter().all(|d| is_degree(d)) {
                format!("{head}, {}", degrees.join(", "))
            } else {
                joined
            }
        }
        None => joined,
    }
}

/// The name without titles and degrees, upper-cased: what OCR slips are measured on.
pub(super) fn core_name(name: &str) -> String {
    let (head, _) = head_and_tail(name);
    let mut words: Vec<&str> = head
        .split_whitespace()
        // Titles and degrees: `H.`, `Drs.`, `S.Sos.`; OCR may read their dot as a colon.
        .filter(|w| {
            !((w.ends_with(['.', ':']) && w.len() <= 5)
                || w.trim_end_matches(['.', ':']).contains('.'))
        })
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // Degrees whose punctuation OCR lost (`S SIT M H`) trail the name as short tokens.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() <= 3)
    {
        words.pop();
    }
    words.join(" ").to_uppercase()
}

/// Levenshtein distance over characters.
pub(super) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push(
                (prev[j + 1] + 1)
                    .min(cur[j] + 1)
                    .min(prev[j] + usize::from(ca != *cb)),
            );
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Whether two spellings name the same person: close once titles are set aside, or
/// sharing a long word (OCR rarely garbles a whole name: `NYAMAN SYAHPUTRA`).
pub(super) fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (core_name(a), core_name(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if edit_distance(&a, &b) * 10 <= 3 * b.chars().count().max(1) {
        return true;
    }
    let long = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_string)
            .collect()
    };
    let wa = long(&a);
    long(&b).iter().any(|w| wa.contains(w))
}

/// How many words of a name OCR garbled: marks inside a word, specks of one or two
/// letters, lower-case words that are no titles. Used to keep the better of two readings
/// of one signer.
pub(super) fn name_flaws(name: &str) -> usize {
    let (head, _) = head_and_tail(name);
    head.split_whitespace()
        .filter(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let odd = w
                .chars()
                .any(|c| !c.is_alphabetic() && !matches!(c, '.' | '\'' | '-'));
            odd || (letters <= 2 && !w.ends_with('.'))
                || (w.chars().next().is_some_and(char::is_lowercase) && !is_title(w))
                || (letters >= 3 && (!has_vowel(w) || consonant_run(w) >= 4))
        })
        .count()
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

fn has_vowel(w: &str) -> bool {
    w.chars().any(is_vowel)
}

/// The longest run of consonants in a word: four or more is OCR's (`Rchyhrad`).
fn consonant_run(w: &str) -> usize {
    let mut run = 0;
    let mut longest = 0;
    for c in w.chars() {
        if c.is_alphabetic() && !is_vowel(c) {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees() {
        let yes = [
            "S.H.", "M.Si.", "S.Pd.I.", "S.I.K.", "M.T", "S.KM", "LL.M.", "Sp.A.", "SH", "MKn",
            "MARS", "SIP", "SAP", "M.Eng.", "Ph.D.", "MEcDev", "SFarm", "M.A..",
        ];
        let no = [
            "Bupati",
            "Rektor",
            "KOTABARU",
            "ABDUL",
            "Kepala Dinas",
            "s.h.",
            "1998",
        ];
        for d in yes {
            assert!(is_degree(d), "{d}");
        }
        for d in no {
            assert!(!is_degree(d), "{d}");
        }
        let lines = [
            ("S.I.K., M.H.", true),
            ("M.T.", true),
            ("-M.Eng.", true),
            ("S.IP, M.AP", true),
            ("Ph.D.", true),
            ("SH, MKn", false),
            ("NYA", false),
            ("Mana.", false),
            ("EBED BORO, S.AP., M.AP.", false),
            ("H. WIJI, S.IP.", false),
            ("KEUANGAN,", false),
            ("TIMUR,", false),
            ("Daniel", false),
        ];
        for (l, want) in lines {
            assert_eq!(is_degree_line(l), want, "{l}");
        }
    }

    #[test]
    fn name_scores() {
        // (line, Some(least score) or None when it cannot be a name)
        let cases: &[(&str, Option<i32>)] = &[
            ("H. KHALILLURAHMAN", Some(4)),
            ("Drs. H. RAHMAT HIDAYAT NOOR, M.Si.", Some(7)),
            ("Daniel Wetipo", Some(1)),
            ("Ir. Ratna Kusumawati, M.T", Some(6)),
            ("NOVITA LEIMENA, SAP, MAP", Some(4)),
            ("dr. TATI SUKMANA, MARS", Some(7)),
            ("ELFI YUNUS", Some(2)),
            ("I GEDE SUARDANA, SKom, MEng", Some(4)),
            ("“Prof. Dr. Engkos Hidayat", Some(4)),
            ("( MERRY TUMBELAKA )", Some(2)),
            ("Mikhael Wangge, Jai. yng M.H. :", Some(3)),
            ("KEPALA DINAS SOSIAL", None),
            ("KABUPATEN BOVEN DIGOEL,", None),
            ("Tembusan Yth.:", None),
            ("NIP. 19680312 199303 1 007", None),
            ("Demikian untuk menjadi perhatian.", None),
            ("Bupati Kotabaru, dalam hal ini", None),
            ("DAN", None),
        ];
        for (line, want) in cases {
            let got = name_score(line);
            match want {
                None => assert_eq!(got, None, "{line}"),
                Some(least) => assert!(got.is_some_and(|g| g >= *least), "{line}: {got:?}"),
            }
        }
        // Stamp debris scores below a plain name.
        for debris in ["Pala", "Lah SANA", "N N", "Yak", "Porn"] {
            assert!(name_score(debris).is_none_or(|s| s < 2), "{debris}");
        }
    }

    #[test]
    fn cleaning() {
        let cases = [
            ("“Prof. Dr. Engkos Hidayat", "Prof. Dr. Engkos Hidayat"),
            ("| H. KHALILLURAHMAN |", "H. KHALILLURAHMAN"),
            ("( MERRY TUMBELAKA )", "MERRY TUMBELAKA"),
            ("Bey Drs: SUPIAN NOOR, M.Si.", "Drs. SUPIAN NOOR, M.Si."),
            (
                "Dr. YOHANES WANIMBO. S.E.. M.Si.",
                "Dr. YOHANES WANIMBO, S.E., M.Si.",
            ),
            ("MUHAMMAD GANDHI RAHMAN,", "MUHAMMAD GANDHI RAHMAN"),
            (
                "Hi. Mariani Hasan, S.E., M.Ak.",
                "Hj. Mariani Hasan, S.E., M.Ak.",
            ),
            (
                "Prof. Dr. Ir. Hi. Baiq Nurul",
                "Prof. Dr. Ir. Hj. Baiq Nurul",
            ),
            ("H. Yulizar Nasrul. SE", "H. Yulizar Nasrul, SE"),
            ("Rospita Panjaitan. Lc.. M.A", "Rospita Panjaitan, Lc., M.A"),
            ("Frankv Supit. S.IP.", "Frankv Supit, S.IP."),
            ("ABDUL M. SALEH", "ABDUL M. SALEH"),
            (
                "-SyarifahNadia Alkaff, S.E, M.E",
                "Syarifah Nadia Alkaff, S.E, M.E",
            ),
            ("Dr. H. SAIFUL, M.Kn.", "Dr. H. SAIFUL, M.Kn."),
            (
                "Spg Achmad Muzakki, S.H., LL.M.",
                "Achmad Muzakki, S.H., LL.M.",
            ),
            ("Drs H. ACHMAD", "Drs H. ACHMAD"),
            ("tar!” PRIYO UTOMO, S.I.K.", "PRIYO UTOMO, S.I.K."),
            ("dr. AMIR HAKIM", "dr. AMIR HAKIM"),
            ("HERU, S.Kom.", "HERU, S.Kom."),
            ("Andi Ramli S.Si.. M.Sc.", "Andi Ramli, S.Si., M.Sc."),
            (
                "MARIA GORETI FANGGIDAE., S.Pd.. M.A.",
                "MARIA GORETI FANGGIDAE, S.Pd., M.A.",
            ),
            ("van DIJK MARTEN", "van DIJK MARTEN"),
            (
                "Prof-Dr- Muhammad Baharuddin",
                "Prof. Dr. Muhammad Baharuddin",
            ),
            ("Dri Hadi Haryanto, M.PA.", "Dr. Hadi Haryanto, M.PA."),
            ("Sdr. NATALIA JALUNG, MARS", "dr. NATALIA JALUNG, MARS"),
            (
                "Prof. Dr. WULAN DEWI RAHARJO. S.E.. M.A..",
                "Prof. Dr. WULAN DEWI RAHARJO, S.E., M.A.",
            ),
        ];
        for (raw, want) in cases {
            assert_eq!(clean_name(raw), want, "{raw}");
        }
    }

    #[test]
    fn one_person() {
        let same = [
            (
                "WAN SYAHPUTRA, S.SIT., M.H.",
                "IRWAN SYAHPUTRA, S.SiT., M.H.",
            ),
            ("Rustan ee Arsyad, SLAP.", "Rustan Arsyad, S.AP."),
            ("RAFMADI NOOR, S.Pd.", "RAHMADI NOOR, S.Pd."),
        ];
        for (a, b) in same {
            assert!(same_person(a, b), "{a} / {b}");
        }
        assert!(!same_person(
            "H. ABDUL GHAFUR, S.Sos.",
            "Hj. RUSDIANA, S.E., M.Si."
        ));
        assert!(name_flaws("Rustan Arsyad, S.AP.") < name_flaws("Rustan ee Arsyad, SLAP."));
        assert!(name_flaws("Achmad Muzakki") < name_flaws("Rchyhrad Muzakki"));
        assert_eq!(name_flaws("Christiany Sriyanto Ngatijo"), 0);
    }
}
