//! Suffixes, removed from the end in this order: inflectional particles, possessive
//! pronouns, derivational suffixes (Asian 2007, pp. 60-61; Sastrawi's `Remove*` visitors).

/// What a suffix removal took off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Suffix {
    /// `-lah`, `-kah`, `-tah`, `-pun`.
    Particle,
    /// `-ku`, `-mu`, `-nya`.
    Possessive,
    /// `-i`, `-kan`, `-an`, and the loan suffixes `-is`, `-isme`, `-isasi`.
    Derivational,
}

/// The suffixes of each kind, longest first: Sastrawi's regex takes the leftmost match that
/// runs to the end of the word, which is the longest (`-kan` before `-an`, `-isasi` before `-i`).
const PARTICLES: &[&str] = &["lah", "kah", "tah", "pun"];
const POSSESSIVES: &[&str] = &["nya", "ku", "mu"];
const DERIVATIONAL: &[&str] = &["isasi", "isme", "kan", "is", "an", "i"];

/// The suffix visitors in Sastrawi's order.
pub(super) const VISITORS: [Suffix; 3] =
    [Suffix::Particle, Suffix::Possessive, Suffix::Derivational];

impl Suffix {
    /// `word` split into what is left and the suffix of this kind it ends with, if any.
    pub fn split(self, word: &str) -> Option<(&str, &'static str)> {
        let list = match self {
            Suffix::Particle => PARTICLES,
            Suffix::Possessive => POSSESSIVES,
            Suffix::Derivational => DERIVATIONAL,
        };
        list.iter()
            .find_map(|s| word.strip_suffix(s).map(|rest| (rest, *s)))
    }
}
