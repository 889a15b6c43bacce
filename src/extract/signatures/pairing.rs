//! Pairing the blocks read with each other and with the signers an agreement's opening
//! lists (`yang bertanda tangan di bawah ini`): the same signer read twice (a decree's
//! block repeated under its attachment) becomes one, with the better reading of each
//! field; the clause, printed clear of stamps, confirms a block's name or repairs a garbled
//! one, fills a block whose name OCR lost, and adds a signer whose block is illegible. The
//! printed position stays the block's own: the clause only stands in where the block has
//! none.

use super::block::Signer;
use super::kinds::office_start;
use super::names::{core_name, edit_distance, name_flaws, same_person};
use super::undersigned::Undersigned;

/// Whether two readings are of one signer: close spellings; a garbled reading that shares
/// a long word with a clean one; or the same last words, as a stamp garbles a name's start
/// (`LAN AAMADI NOOR` for `RAHMADI NOOR`).
fn same_signer(a: &str, b: &str) -> bool {
    let (ca, cb) = (core_name(a), core_name(b));
    if ca.is_empty() || cb.is_empty() {
        return false;
    }
    if edit_distance(&ca, &cb) * 10 <= 3 * cb.chars().count().max(1) {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        ca.split_whitespace().collect(),
        cb.split_whitespace().collect(),
    );
    let n = wa.len().min(wb.len());
    if n >= 2 {
        let ta = wa[wa.len() - n..].join(" ");
        let tb = wb[wb.len() - n..].join(" ");
        let len = ta.chars().count().max(tb.chars().count());
        if len >= 8 && edit_distance(&ta, &tb) * 4 <= len {
            return true;
        }
    }
    same_person(a, b)
        && (name_flaws(a) > 0 || name_flaws(b) > 0 || ca.contains(&cb) || cb.contains(&ca))
}

/// How whole a position reads: an office word first, and the words it is made of.
fn position_quality(p: &str) -> i32 {
    let words: Vec<&str> = p.split_whitespace().collect();
    let good = words
        .iter()
        .filter(|w| {
            let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            letters.chars().count() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || ".,-/'()".contains(c))
                && (crate::lang::is_word(&letters) || letters.chars().all(char::is_uppercase))
        })
        .count() as i32;
    let bad = words.len() as i32 - good;
    let head = if office_start(p).is_some() { 3 } else { 0 };
    head + good - 2 * bad
}

/// Merges readings of the same signer into the first: the name read with fewer flaws, or
/// on a tie the one whose office reads better (a stamp garbles both); the better office.
pub(super) fn merge_repeats(signers: &mut Vec<Signer>) {
    let mut out: Vec<Signer> = Vec::new();
    for s in signers.drain(..) {
        let Some(name) = s.name.clone() else {
            out.push(s);
            continue;
        };
        let twin = out
            .iter_mut()
            .find(|o| o.name.as_deref().is_some_and(|n| same_signer(n, &name)));
        let Some(o) = twin else {
            out.push(s);
            continue;
        };
        let quality = |p: &Option<String>| p.as_deref().map_or(i32::MIN, position_quality);
        let (q_old, q_new) = (quality(&o.position), quality(&s.position));
        if let Some(old) = o.name.as_deref() {
            let (f_old, f_new) = (name_flaws(old), name_flaws(&name));
            if f_new < f_old || (f_new == f_old && q_new > q_old) {
                o.name = Some(name);
            }
        }
        if q_new > q_old {
            o.position = s.position;
        }
        o.side = o.side.or(s.side);
    }
    *signers = out;
}

/// Checks the blocks against the signers the agreement's opening names. A block takes
/// the matching signer's name as the clause prints it; a block whose name is missing or
/// matches no signer takes the signer of its side; signers no block shows are added.
pub(super) fn vouch(signers: &mut Vec<Signer>, undersigned: &[Undersigned]) {
    if undersigned.is_empty() {
        return;
    }
    let mut used = vec![false; undersigned.len()];
    let mut unmatched = Vec::new();
    for (i, b) in signers.iter_mut().enumerate() {
        let by_name = b.name.as_deref().and_then(|n| {
            undersigned
                .iter()
                .enumerate()
                .position(|(k, u)| !used[k] && same_person(n, &u.name))
        });
        match by_name {
            Some(k) => {
                used[k] = true;
                b.name = Some(undersigned[k].name.clone());
                b.side = b.side.or(undersigned[k].side);
            }
            None => unmatched.push(i),
        }
    }
    for i in unmatched {
        let b = &mut signers[i];
        let Some(side) = b.side else { continue };
        let Some(k) = undersigned
            .iter()
            .enumerate()
            .position(|(k, u)| !used[k] && u.side == Some(side))
        else {
            continue;
        };
        used[k] = true;
        b.name = Some(undersigned[k].name.clone());
    }
    for (k, u) in undersigned.iter().enumerate() {
        if !used[k] && !signers.iter().any(|b| b.name.as_deref() == Some(&u.name)) {
            signers.push(Signer {
                side: u.side,
                name: Some(u.name.clone()),
                position: u.position.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer(name: &str, position: &str) -> Signer {
        Signer {
            side: None,
            name: Some(name.into()),
            position: Some(position.into()),
        }
    }

    #[test]
    fn a_repeated_block_is_one_signer_read_at_its_best() {
        let mut s = vec![
            signer(
                "Rustan ee Arsyad, SLAP.",
                "Kepala Dinas Sosial Kabupaten Bulungan",
            ),
            signer(
                "Rustan Arsyad, S.AP.",
                "Kerta Dinas $ jal Kabupaten Bulungan",
            ),
        ];
        merge_repeats(&mut s);
        assert_eq!(
            s,
            [signer(
                "Rustan Arsyad, S.AP.",
                "Kepala Dinas Sosial Kabupaten Bulungan"
            )]
        );
        // Two people who share a family name stay two.
        let mut s = vec![
            signer("STEVEN MAMAHIT, S.AP.", "SEKRETARIS"),
            signer("DENNY MAMAHIT, S.KM.", "BENDAHARA"),
        ];
        merge_repeats(&mut s);
        assert_eq!(s.len(), 2);
    }
}
