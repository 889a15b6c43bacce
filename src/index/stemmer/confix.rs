//! naskah's one departure from Sastrawi: nouns made with `pe(N)-`, `per-` or `ke-` take the
//! suffix `-an`, not the verbal `-kan`.
//!
//! ECS reads a final `-kan` as the suffix `-kan` and stops at the first root it reaches, so
//! where a root ending in `k` meets `-an` and the word without `kan` is also a root, it takes
//! the wrong one: `penegakan` (law enforcement) -> `tega` (to have the heart to), not
//! `tegak`; `kerusakan` -> `rusa` (deer), not `rusak`; `penyidikan` -> `sidi`, `penarikan`
//! -> `tari`, `pemasukan` -> `pasu`, `penculikan` -> `culi`. Its own backtracking tries
//! `-an` after a `k` only when no reading reached a root. When the outermost prefix ECS took
//! off is a noun-making one, the `-an` reading is tried first here, and wins when it reaches
//! a root. `per-` also makes verbs with `-kan` (`perhatikan`), and `ke-` a few
//! (`kemukakan`); those keep their ECS stem because their `-an` reading reaches no root.

use super::context::{Affix, Context, Outcome};
use super::prefix::Family;
use super::suffix::Suffix;

/// The stem read with `-an` instead of `-kan`, when ECS read a noun-making prefix with
/// `-kan` and the `-an` reading reaches a root.
pub(super) fn noun_reading(outcome: &Outcome, is_root: &dyn Fn(&str) -> bool) -> Option<String> {
    let kan = outcome
        .removals
        .iter()
        .find(|r| r.affix == Affix::Suffix(Suffix::Derivational, "kan"))?;
    let outer = outcome
        .removals
        .iter()
        .find(|r| matches!(r.affix, Affix::Prefix(_)))?;
    let nominal = match outer.affix {
        Affix::Prefix(Family::Pe) => true,
        Affix::Prefix(Family::Plain) => outer.subject.starts_with("ke"),
        _ => false,
    };
    if !nominal {
        return None;
    }
    let mut context = Context::new(&format!("{}k", kan.result), is_root);
    context.remove_prefixes();
    (context.at_root() && context.current() != outcome.stem).then(|| context.current().to_string())
}
