//! Indonesian stemming: Enhanced Confix Stripping (Nazief-Adriani 1996, CS and ECS of
//! Asian 2007 and Arifin et al. 2009) over Sastrawi's dictionary of root words, ported from
//! Sastrawi (PHP, © 2014 Andy Librian, MIT licence; PySastrawi is its Python port) rule for
//! rule and in its order, so that naskah's stems are Sastrawi's: `tests.rs` checks them
//! against PySastrawi's on `tools/data/stemmer/pysastrawi_vectors.tsv`. One refinement on
//! top (`confix.rs`): nouns made with `pe(N)-`/`per-`/`ke-` take `-an`, not `-kan`
//! (`penegakan` -> `tegak`).
//!
//! The `sastrawi-rs` crate's own stemmer is not used here: where two roots fit it takes the
//! longer instead of following the rule order, it strips prefixes before the confix
//! precedence applies, and so `pengawasan` became `kawasan`, `perubahan` `rubah`, `berada`
//! `rada`. Its bundled dictionary is Sastrawi's (`crate::lang`).

mod confix;
mod context;
mod prefix;
mod suffix;
#[cfg(test)]
mod tests;

use context::Context;

/// The stem of a lower-case word: a root of Sastrawi's dictionary, or the word itself when
/// no affix reading reaches one.
pub fn stem(word: &str) -> String {
    stem_with(word, &crate::lang::is_root)
}

/// [`stem`] with roots looked up by `is_root`.
pub fn stem_with(word: &str, is_root: &dyn Fn(&str) -> bool) -> String {
    // The rules are about ASCII letters; a word with others is no Indonesian affixed word.
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let outcome = Context::new(word, is_root).execute();
    confix::noun_reading(&outcome, is_root).unwrap_or(outcome.stem)
}

/// Sastrawi's stem of a lower-case word, without naskah's refinement: PySastrawi's
/// `stem_word` for a word of letters a-z.
pub fn sastrawi_stem(word: &str, is_root: &dyn Fn(&str) -> bool) -> String {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    Context::new(word, is_root).execute().stem
}
