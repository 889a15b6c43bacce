//! Derivational prefixes: the plain ones (`di-`, `ke-`, `se-`) and the disambiguation rules
//! of Nazief-Adriani, CS and ECS for `be(r)-`, `te(r)-`, `me(N)-`, `pe(N)-`, the infixes and
//! `ku-`/`kau-`, in the order and with the exact patterns of Sastrawi
//! (`Sastrawi/Morphology/Disambiguator/DisambiguatorPrefixRule*.php`; PySastrawi is a line for
//! line port). Where a pattern's comment and its character class disagree (rule 2 says
//! `C != 'r'` but its class holds `r`), the class wins: the port reproduces Sastrawi's stems.

/// One reading of a prefixed word: the root it would leave, or `None` if it does not apply.
pub(super) type Rule = fn(&str) -> Option<String>;

/// The family of prefix a visitor strips: what the word was before, as morphology sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    /// `di-`, `ke-`, `se-`.
    Plain,
    /// `ber-`, `be-`.
    Ber,
    /// `ter-`, `te-`.
    Ter,
    /// `me-`, `mem-`, `men-`, `meng-`, `meny-`.
    Me,
    /// `pe-`, `per-`, `pem-`, `pen-`, `peng-`, `peny-`, `pel-`: nouns, and `per-` verbs.
    Pe,
    /// The infixes `-er-`, `-el-`, `-em-`, `-in-`.
    Infix,
    /// The proclitics `ku-`, `kau-`.
    Pronoun,
}

/// A prefix visitor after the plain one: its family and its readings, tried in order until
/// one gives a dictionary root (Sastrawi's `PrefixDisambiguator`).
pub(super) struct Visitor {
    pub family: Family,
    pub rules: &'static [Rule],
}

/// Removes a plain prefix `di-`, `ke-` or `se-`.
pub(super) fn remove_plain(word: &str) -> &str {
    ["di", "ke", "se"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word)
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'i' | b'u' | b'e' | b'o')
}

/// `[bcdfghjklmnpqrstvwxyz]`.
fn is_consonant(b: u8) -> bool {
    b.is_ascii_lowercase() && !is_vowel(b)
}

/// `[bcdfghjklmnpqstvwxyz]`: a consonant other than `r`.
fn is_consonant_not_r(b: u8) -> bool {
    is_consonant(b) && b != b'r'
}

/// `[bcdfghjkpqstvxz]`: a consonant other than `l m n r w y`.
fn is_stop_like(b: u8) -> bool {
    is_consonant(b) && !matches!(b, b'l' | b'm' | b'n' | b'r' | b'w' | b'y')
}

/// The byte at `i`, if any.
fn at(s: &str, i: usize) -> Option<u8> {
    s.as_bytes().get(i).copied()
}

/// `s[i..]` when the byte at `i` satisfies `test`.
fn rest_if(s: &str, i: usize, test: fn(u8) -> bool) -> Option<&str> {
    at(s, i).filter(|b| test(*b)).map(|_| &s[i..])
}

/// `prefix + rest`.
fn join(prefix: &str, rest: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + rest.len());
    s.push_str(prefix);
    s.push_str(rest);
    s
}

// Rule 1: berV -> ber-V | be-rV.
fn rule_1a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("ber")?, 0, is_vowel).map(str::to_string)
}
fn rule_1b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("ber")?, 0, is_vowel).map(|r| join("r", r))
}
// Rule 2: berCAP -> ber-CAP where P != 'er'.
fn rule_2(w: &str) -> Option<String> {
    let r = w.strip_prefix("ber")?;
    (at(r, 0).is_some_and(is_consonant)
        && at(r, 1).is_some_and(|b| b.is_ascii_lowercase())
        && !r[2..].starts_with("er"))
    .then(|| r.to_string())
}
// Rule 3: berCAerV -> ber-CAerV where C != 'r'.
fn rule_3(w: &str) -> Option<String> {
    let r = w.strip_prefix("ber")?;
    (at(r, 0).is_some_and(is_consonant)
        && at(r, 1).is_some_and(|b| b.is_ascii_lowercase())
        && r[2..].starts_with("er")
        && at(r, 4).is_some_and(is_vowel)
        && at(r, 0) != Some(b'r'))
    .then(|| r.to_string())
}
// Rule 4: belajar -> bel-ajar.
fn rule_4(w: &str) -> Option<String> {
    (w == "belajar").then(|| "ajar".to_string())
}
// Rule 5: beC1erC2 -> be-C1erC2 where C1 != 'r'.
fn rule_5(w: &str) -> Option<String> {
    let r = w.strip_prefix("be")?;
    (at(r, 0).is_some_and(is_consonant_not_r)
        && r[1..].starts_with("er")
        && at(r, 3).is_some_and(is_consonant))
    .then(|| r.to_string())
}
// Rule 6: terV -> ter-V | te-rV.
fn rule_6a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("ter")?, 0, is_vowel).map(str::to_string)
}
fn rule_6b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("ter")?, 0, is_vowel).map(|r| join("r", r))
}
// Rule 7: terCerV -> ter-CerV where C != 'r'.
fn rule_7(w: &str) -> Option<String> {
    let r = w.strip_prefix("ter")?;
    (at(r, 0).is_some_and(is_consonant_not_r)
        && r[1..].starts_with("er")
        && at(r, 3).is_some_and(is_vowel))
    .then(|| r.to_string())
}
// Rule 8: terCP -> ter-CP where C != 'r' and P != 'er'.
fn rule_8(w: &str) -> Option<String> {
    let r = w.strip_prefix("ter")?;
    (at(r, 0).is_some_and(is_consonant_not_r) && !r[1..].starts_with("er")).then(|| r.to_string())
}
// Rule 9: teC1erC2 -> te-C1erC2 where C1 != 'r'.
fn rule_9(w: &str) -> Option<String> {
    let r = w.strip_prefix("te")?;
    (at(r, 0).is_some_and(is_consonant_not_r)
        && r[1..].starts_with("er")
        && at(r, 3).is_some_and(is_consonant))
    .then(|| r.to_string())
}
// Rule 10: me{l|r|w|y}V -> me-{l|r|w|y}V.
fn rule_10(w: &str) -> Option<String> {
    let r = w.strip_prefix("me")?;
    (matches!(at(r, 0), Some(b'l' | b'r' | b'w' | b'y')) && at(r, 1).is_some_and(is_vowel))
        .then(|| r.to_string())
}
// Rule 11: mem{b|f|v} -> mem-{b|f|v}.
fn rule_11(w: &str) -> Option<String> {
    let r = w.strip_prefix("mem")?;
    matches!(at(r, 0), Some(b'b' | b'f' | b'v')).then(|| r.to_string())
}
// Rule 12 (CS): mempe -> mem-pe, to stem mempengaruhi.
fn rule_12(w: &str) -> Option<String> {
    w.strip_prefix("mempe").map(|r| join("pe", r))
}
// Rule 13: mem{rV|V} -> me-m{rV|V} | me-p{rV|V}.
fn rule_13a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("mem")?, 0, is_vowel).map(|r| join("m", r))
}
fn rule_13b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("mem")?, 0, is_vowel).map(|r| join("p", r))
}
// Rule 14 (modified by Andy Librian and ECS): men{c|d|j|s|t|z} -> men-{c|d|j|s|t|z}.
fn rule_14(w: &str) -> Option<String> {
    let r = w.strip_prefix("men")?;
    matches!(at(r, 0), Some(b'c' | b'd' | b'j' | b's' | b't' | b'z')).then(|| r.to_string())
}
// Rule 15: menV -> me-nV | me-tV.
fn rule_15a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("men")?, 0, is_vowel).map(|r| join("n", r))
}
fn rule_15b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("men")?, 0, is_vowel).map(|r| join("t", r))
}
// Rule 16 (CS): meng{g|h|q|k} -> meng-{g|h|q|k}.
fn rule_16(w: &str) -> Option<String> {
    let r = w.strip_prefix("meng")?;
    matches!(at(r, 0), Some(b'g' | b'h' | b'q' | b'k')).then(|| r.to_string())
}
// Rule 17: mengV -> meng-V | meng-kV | meng-e (monosyllables) | me-ngV.
fn rule_17a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("meng")?, 0, is_vowel).map(str::to_string)
}
fn rule_17b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("meng")?, 0, is_vowel).map(|r| join("k", r))
}
fn rule_17c(w: &str) -> Option<String> {
    w.strip_prefix("menge").map(str::to_string)
}
fn rule_17d(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("meng")?, 0, is_vowel).map(|r| join("ng", r))
}
// Rule 18: menyV -> me-nyV | meny-sV.
fn rule_18a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("meny")?, 0, is_vowel).map(|r| join("ny", r))
}
fn rule_18b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("meny")?, 0, is_vowel).map(|r| join("s", r))
}
// Rule 19 (ECS): mempA -> mem-pA where A != 'e' (nor 'n').
fn rule_19(w: &str) -> Option<String> {
    let r = w.strip_prefix("memp")?;
    at(r, 0)
        .filter(|b| b.is_ascii_lowercase() && !matches!(b, b'e' | b'n'))
        .map(|_| join("p", r))
}
// Rule 20: pe{w|y}V -> pe-{w|y}V.
fn rule_20(w: &str) -> Option<String> {
    let r = w.strip_prefix("pe")?;
    (matches!(at(r, 0), Some(b'w' | b'y')) && at(r, 1).is_some_and(is_vowel)).then(|| r.to_string())
}
// Rule 21: perV -> per-V | pe-rV.
fn rule_21a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("per")?, 0, is_vowel).map(str::to_string)
}
fn rule_21b(w: &str) -> Option<String> {
    let r = w.strip_prefix("pe")?;
    (at(r, 0) == Some(b'r') && at(r, 1).is_some_and(is_vowel)).then(|| r.to_string())
}
// Rule 23: perCAP -> per-CAP where P != 'er'.
fn rule_23(w: &str) -> Option<String> {
    let r = w.strip_prefix("per")?;
    (at(r, 0).is_some_and(is_consonant)
        && at(r, 1).is_some_and(|b| b.is_ascii_lowercase())
        && !r[2..].starts_with("er"))
    .then(|| r.to_string())
}
// Rule 24: perCAerV -> per-CAerV where C != 'r'.
fn rule_24(w: &str) -> Option<String> {
    let r = w.strip_prefix("per")?;
    (at(r, 0).is_some_and(is_consonant_not_r)
        && at(r, 1).is_some_and(|b| b.is_ascii_lowercase())
        && r[2..].starts_with("er")
        && at(r, 4).is_some_and(is_vowel))
    .then(|| r.to_string())
}
// Rule 25: pem{b|f|v} -> pem-{b|f|v}.
fn rule_25(w: &str) -> Option<String> {
    let r = w.strip_prefix("pem")?;
    matches!(at(r, 0), Some(b'b' | b'f' | b'v')).then(|| r.to_string())
}
// Rule 26: pem{rV|V} -> pe-m{rV|V} | pe-p{rV|V}.
fn rule_26a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("pem")?, 0, is_vowel).map(|r| join("m", r))
}
fn rule_26b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("pem")?, 0, is_vowel).map(|r| join("p", r))
}
// Rule 27 (modified by Prasasto Adi): pen{c|d|j|s|t|z} -> pen-{c|d|j|s|t|z}.
fn rule_27(w: &str) -> Option<String> {
    let r = w.strip_prefix("pen")?;
    matches!(at(r, 0), Some(b'c' | b'd' | b'j' | b's' | b't' | b'z')).then(|| r.to_string())
}
// Rule 28: penV -> pe-nV | pe-tV.
fn rule_28a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("pen")?, 0, is_vowel).map(|r| join("n", r))
}
fn rule_28b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("pen")?, 0, is_vowel).map(|r| join("t", r))
}
// Rule 29 (ECS): pengC -> peng-C.
fn rule_29(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("peng")?, 0, is_consonant).map(str::to_string)
}
// Rule 30: pengV -> peng-V | peng-kV | peng-e (monosyllables).
fn rule_30a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("peng")?, 0, is_vowel).map(str::to_string)
}
fn rule_30b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("peng")?, 0, is_vowel).map(|r| join("k", r))
}
fn rule_30c(w: &str) -> Option<String> {
    w.strip_prefix("penge").map(str::to_string)
}
// Rule 31: penyV -> pe-nyV | peny-sV.
fn rule_31a(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("peny")?, 0, is_vowel).map(|r| join("ny", r))
}
fn rule_31b(w: &str) -> Option<String> {
    rest_if(w.strip_prefix("peny")?, 0, is_vowel).map(|r| join("s", r))
}
// Rule 32: pelV -> pe-lV, except pelajar -> ajar.
fn rule_32(w: &str) -> Option<String> {
    if w == "pelajar" {
        return Some("ajar".to_string());
    }
    let r = w.strip_prefix("pe")?;
    (at(r, 0) == Some(b'l') && at(r, 1).is_some_and(is_vowel)).then(|| r.to_string())
}
// Rule 34: peCP -> pe-CP where P != 'er'.
fn rule_34(w: &str) -> Option<String> {
    let r = w.strip_prefix("pe")?;
    (at(r, 0).is_some_and(is_consonant) && !r[1..].starts_with("er")).then(|| r.to_string())
}
// Rule 35 (CS): terC1erC2 -> ter-C1erC2 where C1 is not r, w, y, l, m, n.
fn rule_35(w: &str) -> Option<String> {
    let r = w.strip_prefix("ter")?;
    (at(r, 0).is_some_and(is_stop_like)
        && r[1..].starts_with("er")
        && at(r, 3).is_some_and(is_consonant))
    .then(|| r.to_string())
}
// Rule 36 (CS): peC1erC2 -> pe-C1erC2 where C1 is not r, w, y, l, m, n.
fn rule_36(w: &str) -> Option<String> {
    let r = w.strip_prefix("pe")?;
    (at(r, 0).is_some_and(is_stop_like)
        && r[1..].starts_with("er")
        && at(r, 3).is_some_and(is_consonant))
    .then(|| r.to_string())
}

/// `CxV...`, with `x` an infix: the word as it is (first reading) when it matches.
fn infix_kept(w: &str, infix: &str) -> Option<String> {
    (at(w, 0).is_some_and(is_consonant)
        && w[1..].starts_with(infix)
        && at(w, 1 + infix.len()).is_some_and(is_vowel))
    .then(|| w.to_string())
}
/// `CxV...` -> `CV...`: the infix taken out.
fn infix_removed(w: &str, infix: &str) -> Option<String> {
    infix_kept(w, infix).map(|_| join(&w[..1], &w[1 + infix.len()..]))
}
// Rules 37-40 (CS infixes): CerV, CelV, CemV, CinV -> as is | CV.
fn rule_37a(w: &str) -> Option<String> {
    infix_kept(w, "er")
}
fn rule_37b(w: &str) -> Option<String> {
    infix_removed(w, "er")
}
fn rule_38a(w: &str) -> Option<String> {
    infix_kept(w, "el")
}
fn rule_38b(w: &str) -> Option<String> {
    infix_removed(w, "el")
}
fn rule_39a(w: &str) -> Option<String> {
    infix_kept(w, "em")
}
fn rule_39b(w: &str) -> Option<String> {
    infix_removed(w, "em")
}
fn rule_40a(w: &str) -> Option<String> {
    infix_kept(w, "in")
}
fn rule_40b(w: &str) -> Option<String> {
    infix_removed(w, "in")
}
// Rules 41-42 (Sastrawi): kuA -> ku-A, kauA -> kau-A.
fn rule_41(w: &str) -> Option<String> {
    w.strip_prefix("ku").map(str::to_string)
}
fn rule_42(w: &str) -> Option<String> {
    w.strip_prefix("kau").map(str::to_string)
}

const fn v(family: Family, rules: &'static [Rule]) -> Visitor {
    Visitor { family, rules }
}

/// The prefix visitors after the plain one, in Sastrawi's order (`VisitorProvider`).
pub(super) const VISITORS: &[Visitor] = &[
    v(Family::Ber, &[rule_1a, rule_1b]),
    v(Family::Ber, &[rule_2]),
    v(Family::Ber, &[rule_3]),
    v(Family::Ber, &[rule_4]),
    v(Family::Ber, &[rule_5]),
    v(Family::Ter, &[rule_6a, rule_6b]),
    v(Family::Ter, &[rule_7]),
    v(Family::Ter, &[rule_8]),
    v(Family::Ter, &[rule_9]),
    v(Family::Me, &[rule_10]),
    v(Family::Me, &[rule_11]),
    v(Family::Me, &[rule_12]),
    v(Family::Me, &[rule_13a, rule_13b]),
    v(Family::Me, &[rule_14]),
    v(Family::Me, &[rule_15a, rule_15b]),
    v(Family::Me, &[rule_16]),
    v(Family::Me, &[rule_17a, rule_17b, rule_17c, rule_17d]),
    v(Family::Me, &[rule_18a, rule_18b]),
    v(Family::Me, &[rule_19]),
    v(Family::Pe, &[rule_20]),
    v(Family::Pe, &[rule_21a, rule_21b]),
    v(Family::Pe, &[rule_23]),
    v(Family::Pe, &[rule_24]),
    v(Family::Pe, &[rule_25]),
    v(Family::Pe, &[rule_26a, rule_26b]),
    v(Family::Pe, &[rule_27]),
    v(Family::Pe, &[rule_28a, rule_28b]),
    v(Family::Pe, &[rule_29]),
    v(Family::Pe, &[rule_30a, rule_30b, rule_30c]),
    v(Family::Pe, &[rule_31a, rule_31b]),
    v(Family::Pe, &[rule_32]),
    v(Family::Pe, &[rule_34]),
    v(Family::Ter, &[rule_35]),
    v(Family::Pe, &[rule_36]),
    v(Family::Infix, &[rule_37a, rule_37b]),
    v(Family::Infix, &[rule_38a, rule_38b]),
    v(Family::Infix, &[rule_39a, rule_39b]),
    v(Family::Infix, &[rule_40a, rule_40b]),
    v(Family::Pronoun, &[rule_41]),
    v(Family::Pronoun, &[rule_42]),
];
