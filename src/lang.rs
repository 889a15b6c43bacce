//! Indonesian language resources shared by extraction and search: Sastrawi's dictionary of
//! root words (MIT licence, bundled by `sastrawi-rs`) and that crate's stemmer, which
//! extraction uses to tell words from OCR debris (search stems with `index::stemmer`).

use std::sync::LazyLock;

/// Sastrawi's root-word dictionary (~26k words), loaded once from the binary.
static DICTIONARY: LazyLock<sastrawi::Dictionary> = LazyLock::new(sastrawi::Dictionary::new);

/// The dictionary-based stemmer over it.
pub static STEMMER: LazyLock<sastrawi::Stemmer<'static>> =
    LazyLock::new(|| sastrawi::Stemmer::new(&DICTIONARY));

/// Whether the lower-case `word` is a root of the dictionary.
pub fn is_root(word: &str) -> bool {
    DICTIONARY.find(word)
}

/// Whether `word` (any case) is an Indonesian word: a root in the dictionary, or a word
/// that stems to one.
pub fn is_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    DICTIONARY.find(&lower) || {
        let stem = STEMMER.stem_word(&lower);
        stem != lower && DICTIONARY.find(&stem)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_and_debris() {
        for w in ["SEKRETARIS", "ketua", "Kepolisian", "pemilihan", "daerah"] {
            assert!(super::is_word(w), "{w}");
        }
        for w in ["PROVINGI", "EPAEAK", "SINVAS"] {
            assert!(!super::is_word(w), "{w}");
        }
    }
}
