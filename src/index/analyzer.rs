//! The Indonesian analyzer: how text becomes index terms, for documents and queries alike.
//!
//! Words are split on non-alphanumerics (a document number `800/458-PPPK.2/BKDPSDM` becomes
//! `800 458 pppk 2 bkdpsdm`, findable by its parts and, as a phrase, whole), lower-cased,
//! accent-folded, stripped of the commonest function words, and stemmed to their roots
//! (`super::stemmer`: Sastrawi's Enhanced Confix Stripping over its dictionary of roots), so
//! that `penandatanganan`, `ditandatangani` and `menandatangani` meet. The rule-only Snowball
//! Indonesian stemmer cannot: it cuts `menandatangani` to `andatangan`, unable to tell the
//! `t` that the nasal prefix swallowed from a `n` of the root.

use std::cell::RefCell;
use std::collections::HashMap;
use std::mem;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Name the analyzer is registered under; part of the schema, so changing the analysis
/// changes the name and an old index is rebuilt from the catalog.
pub const ANALYZER: &str = "naskah_id_v5";

/// Function words too common to help a search. Short on purpose: negations and
/// prepositions that carry legal meaning (`tidak`, `tanpa`, `atas`) stay.
const STOPWORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu", "atau",
    "oleh", "sebagai", "adalah", "akan", "juga", "tersebut", "bahwa", "agar", "serta", "para",
    "se", "nya", "pun", "lah", "kah",
];

/// The analyzer for Indonesian text.
pub fn indonesian() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::remove(
            STOPWORDS.iter().map(|s| s.to_string()),
        ))
        .filter(IndonesianStemmer)
        .build()
}

/// The index terms of `text`, in order (what `naskah analyze` prints).
pub fn terms(text: &str) -> Vec<String> {
    let mut analyzer = indonesian();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Spelling variants folded to one form before stemming: older and newer official
/// spellings, and common misspellings, meet (`Ramadhan`/`Ramadan`, `milyar`/`miliar`).
const VARIANTS: &[(&str, &str)] = &[
    ("ramadhan", "ramadan"),
    ("milyar", "miliar"),
    ("milliar", "miliar"),
    ("trilyun", "triliun"),
    ("nopember", "november"),
    ("pebruari", "februari"),
    ("propinsi", "provinsi"),
    ("sertipikat", "sertifikat"),
    ("sertipikasi", "sertifikasi"),
    ("ijin", "izin"),
    ("hutang", "utang"),
    ("jaman", "zaman"),
    ("nasehat", "nasihat"),
    ("praktek", "praktik"),
    ("resiko", "risiko"),
    ("sekedar", "sekadar"),
    ("silahkan", "silakan"),
    ("tehnik", "teknik"),
    ("kwitansi", "kuitansi"),
    ("apotik", "apotek"),
    ("antri", "antre"),
];

/// Compound roots written solid once affixed (`tanda tangan` → `ditandatangani`), which
/// Sastrawi's dictionary of single roots does not hold: a word containing one stems to it.
const COMPOUND_ROOTS: &[&str] = &[
    "tandatangan",
    "tanggungjawab",
    "kerjasama",
    "sebarluas",
    "beritahu",
    "lipatganda",
    "ikutserta",
    "alihfungsi",
    "sertamerta",
    "salahguna",
];

/// Words whose root ECS cannot tell from another root, found by tools/bench_stemmer.py on
/// the dev corpus and checked against KBBI: `gerakan` (a movement) reads as `gera` + `-kan`,
/// and with no prefix to show it is a noun, `-an` after `gerak` cannot be preferred in
/// general (`katakan` is `kata` + `-kan`, not `katak`, a frog). A trailing `-nya` is dropped
/// before the lookup.
const STEM_FIXES: &[(&str, &str)] = &[("gerakan", "gerak")];

/// Whether `word` holds `root`, also with the root's first consonant merged into a nasal
/// prefix (`me-`/`pe-` + `tandatangan` → `menandatangan`, `penandatangan`).
fn contains_root(word: &str, root: &str) -> bool {
    if word.contains(root) {
        return true;
    }
    let nasal = match root.as_bytes().first() {
        Some(b't') => "n",
        Some(b'p') => "m",
        Some(b'k') => "ng",
        Some(b's') => "ny",
        _ => return false,
    };
    let merged = format!("{nasal}{}", &root[1..]);
    ["me", "pe"]
        .iter()
        .any(|prefix| word.contains(&format!("{prefix}{merged}")))
}

/// Most words a cache holds per thread before it starts afresh (a few MB).
const TERM_CACHE_LIMIT: usize = 100_000;

thread_local! {
    /// Terms already worked out on this thread. An archive repeats a few thousand words,
    /// and stemming one through the dictionary costs microseconds; a search that
    /// highlights ten documents re-analyses several thousand words.
    static TERM_CACHE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Replaces the lower-cased word in `text` with its index term (spelling variant folded,
/// compound root found, stemmed); `scratch` is reusable working space.
fn term_of(text: &mut String, scratch: &mut String) {
    TERM_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(term) = cache.get(text.as_str()) {
            text.clear();
            text.push_str(term);
            return;
        }
        scratch.clear();
        scratch.push_str(text);
        let term = analyse_word(text);
        if cache.len() >= TERM_CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(mem::take(scratch), term.clone());
        *text = term;
    });
}

/// The index term of one lower-cased word, uncached.
fn analyse_word(word: &str) -> String {
    let word = VARIANTS
        .iter()
        .find(|(from, _)| word == *from)
        .map_or(word, |(_, to)| to);
    if let Some(root) = COMPOUND_ROOTS.iter().find(|r| contains_root(word, r)) {
        return (*root).to_string();
    }
    let bare = word.strip_suffix("nya").unwrap_or(word);
    if let Some((_, stem)) = STEM_FIXES.iter().find(|(from, _)| bare == *from) {
        return (*stem).to_string();
    }
    super::stemmer::stem(word)
}

/// Indonesian stemming as a tantivy token filter.
#[derive(Clone, Copy, Default)]
pub struct IndonesianStemmer;

impl TokenFilter for IndonesianStemmer {
    type Tokenizer<T: Tokenizer> = StemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemmerFilter<T> {
        StemmerFilter { inner: tokenizer }
    }
}

/// The tokenizer an [`IndonesianStemmer`] wraps around another.
#[derive(Clone)]
pub struct StemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemmerFilter<T> {
    type TokenStream<'a> = StemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemmerStream {
            tail: self.inner.token_stream(text),
            buffer: String::new(),
        }
    }
}

/// Token stream of a [`StemmerFilter`].
pub struct StemmerStream<T> {
    tail: T,
    buffer: String,
}

impl<T: TokenStream> TokenStream for StemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        // Numbers and codes pass through untouched.
        if token.text.chars().any(|c| c.is_ascii_digit()) {
            return true;
        }
        term_of(&mut token.text, &mut self.buffer);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_families_meet() {
        let stems = |words: &str| terms(words);
        let signing = stems("penandatanganan ditandatangani menandatangani");
        assert!(signing.windows(2).all(|w| w[0] == w[1]), "{signing:?}");
        let grant = stems("hibah penghibahan dihibahkan");
        assert!(grant.windows(2).all(|w| w[0] == w[1]), "{grant:?}");
        assert_eq!(
            terms("Kepala Daerah dan Wakil Kepala Daerah"),
            ["kepala", "daerah", "wakil", "kepala", "daerah"]
        );
    }

    #[test]
    fn families_of_official_words_meet() {
        assert_eq!(terms("pengawasan mengawasi"), ["awas", "awas"]);
        assert_eq!(
            terms("perubahannya diubah berubah"),
            ["ubah", "ubah", "ubah"]
        );
        assert_eq!(terms("pemeriksaan diperiksa"), ["periksa", "periksa"]);
        assert_eq!(
            terms("penegakan ditegakkan menegakkan"),
            ["tegak", "tegak", "tegak"]
        );
        assert_eq!(
            terms("gerakannya pergerakan bergerak"),
            ["gerak", "gerak", "gerak"]
        );
        assert_eq!(
            terms("penyalahgunaan disalahgunakan"),
            ["salahguna", "salahguna"]
        );
    }

    #[test]
    fn spelling_variants_meet() {
        assert_eq!(
            terms("Ramadhan milyar Nopember"),
            terms("Ramadan miliar November")
        );
    }

    #[test]
    fn document_numbers_keep_their_parts() {
        assert_eq!(
            terms("800/458-PPPK.2/BKDPSDM"),
            ["800", "458", "pppk", "2", "bkdpsdm"]
        );
    }
}
