//! The Enhanced Confix Stripping process over one word, as Sastrawi runs it
//! (`Sastrawi/Stemmer/Context/Context.php`, PySastrawi's `Context.py`): a dictionary lookup
//! after every removal, prefix-first precedence for the confixes of Asian (2007), up to three
//! prefixes, and the "loop pengembalian akhiran" that puts suffixes back one by one.

use std::cell::Cell;

use super::prefix::{self, Family, Visitor};
use super::suffix::{self, Suffix};

/// The kind of affix a removal took off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Affix {
    /// A suffix, and its letters.
    Suffix(Suffix, &'static str),
    /// A prefix (or infix) of a family.
    Prefix(Family),
}

/// One affix removal: the word before and after it.
#[derive(Clone, Debug)]
pub(super) struct Removal {
    pub subject: String,
    pub result: String,
    pub affix: Affix,
}

/// What stemming a word gave: the stem and the removals that led to it.
pub(super) struct Outcome {
    /// The root found, or the word itself if none was.
    pub stem: String,
    /// The removals made, in order (the last attempt's, if the process backtracked).
    pub removals: Vec<Removal>,
}

/// Confixes whose prefix comes off before the suffix (Asian 2007, pp. 78-79): a prefix and
/// the suffix the word ends with.
const PREFIX_FIRST: &[(&str, &str)] = &[
    ("be", "lah"),
    ("be", "an"),
    ("me", "i"),
    ("di", "i"),
    ("pe", "i"),
    ("ter", "i"),
];

fn prefix_first(word: &str) -> bool {
    PREFIX_FIRST
        .iter()
        .any(|(p, s)| word.len() >= p.len() + s.len() && word.starts_with(p) && word.ends_with(s))
}

/// The state of stemming one word.
pub(super) struct Context<'a> {
    original: String,
    current: String,
    /// Whether `current` is a root, once looked up: the process asks after every visitor,
    /// mostly of a word no visitor changed.
    current_is_root: Cell<Option<bool>>,
    removals: Vec<Removal>,
    /// Set for words of three letters or fewer: after it, each pass of visitors stops after
    /// its first visitor (Sastrawi's `DontStemShortWord`).
    stopped: bool,
    is_root: &'a dyn Fn(&str) -> bool,
}

impl<'a> Context<'a> {
    /// A context for the lower-case ASCII `word`, looking roots up with `is_root`.
    pub fn new(word: &str, is_root: &'a dyn Fn(&str) -> bool) -> Context<'a> {
        Context {
            original: word.to_string(),
            current: word.to_string(),
            current_is_root: Cell::new(None),
            removals: Vec::new(),
            stopped: false,
            is_root,
        }
    }

    fn root(&self, word: &str) -> bool {
        !word.is_empty() && (self.is_root)(word)
    }

    /// Whether the word as it stands now is a root.
    pub fn at_root(&self) -> bool {
        if let Some(known) = self.current_is_root.get() {
            return known;
        }
        let known = self.root(&self.current);
        self.current_is_root.set(Some(known));
        known
    }

    /// The word as it stands now.
    pub fn current(&self) -> &str {
        &self.current
    }

    fn set_current(&mut self, word: String) {
        self.current = word;
        self.current_is_root.set(None);
    }

    /// Runs the whole process.
    pub fn execute(mut self) -> Outcome {
        self.run();
        let stem = if self.at_root() {
            self.current
        } else {
            self.original
        };
        Outcome {
            stem,
            removals: self.removals,
        }
    }

    fn run(&mut self) {
        if self.at_root() {
            return;
        }
        if self.current.len() <= 3 {
            self.stopped = true;
        }
        if prefix_first(&self.original) {
            self.remove_prefixes();
            if self.at_root() {
                return;
            }
            self.remove_suffixes();
            if self.at_root() {
                return;
            }
            // The confix reading failed: start again, suffixes first.
            self.set_current(self.original.clone());
            self.removals.clear();
        }
        self.remove_suffixes();
        if self.at_root() {
            return;
        }
        self.remove_prefixes();
        if self.at_root() {
            return;
        }
        self.put_suffixes_back();
    }

    fn remove_suffixes(&mut self) {
        for kind in suffix::VISITORS {
            if let Some((rest, removed)) = kind.split(&self.current) {
                let rest = rest.to_string();
                self.record(rest, Affix::Suffix(kind, removed));
            }
            if self.at_root() || self.stopped {
                return;
            }
        }
    }

    /// Up to three prefixes, outermost first; each pass stops at the first visitor that
    /// removes something.
    pub fn remove_prefixes(&mut self) {
        for _ in 0..3 {
            self.prefix_pass();
            if self.at_root() {
                return;
            }
        }
    }

    fn prefix_pass(&mut self) {
        let before = self.removals.len();
        let plain = prefix::remove_plain(&self.current);
        if plain.len() != self.current.len() {
            let plain = plain.to_string();
            self.record(plain, Affix::Prefix(Family::Plain));
        }
        if self.pass_done(before) {
            return;
        }
        for visitor in prefix::VISITORS {
            self.visit(visitor);
            if self.pass_done(before) {
                return;
            }
        }
    }

    fn pass_done(&self, removals_before: usize) -> bool {
        self.at_root() || self.stopped || self.removals.len() > removals_before
    }

    /// Tries the visitor's readings in order, stopping at one that is a root. Otherwise
    /// the last reading stands, even when an earlier one applied and the last did not: a
    /// quirk of Sastrawi (`AbstractDisambiguatePrefixRule`) kept so the stems are the same.
    fn visit(&mut self, visitor: &Visitor) {
        let mut result = None;
        for rule in visitor.rules {
            result = rule(&self.current);
            if result.as_deref().is_some_and(|r| self.root(r)) {
                break;
            }
        }
        if let Some(result) = result {
            self.record(result, Affix::Prefix(visitor.family));
        }
    }

    fn record(&mut self, result: String, affix: Affix) {
        let subject = std::mem::replace(&mut self.current, result.clone());
        self.current_is_root.set(None);
        self.removals.push(Removal {
            subject,
            result,
            affix,
        });
    }

    /// ECS "loop pengembalian akhiran": with the prefixes back on, put the suffixes back
    /// one at a time, innermost first, and strip prefixes again; `-kan` is first tried as
    /// `-an` after a root ending in `k`.
    fn put_suffixes_back(&mut self) {
        // PySastrawi restores the subject of the first removal; Sastrawi (PHP) that of the
        // first prefix removal. The process below sets the word before each try, and neither
        // is a root, so both give the same stems.
        if let Some(first) = self.removals.first() {
            self.set_current(first.subject.clone());
        }
        self.removals
            .retain(|r| matches!(r.affix, Affix::Suffix(..)));
        let removals = self.removals.clone();
        let restored = self.current.clone();
        for removal in removals.iter().rev() {
            if removal.affix == Affix::Suffix(Suffix::Derivational, "kan") {
                self.set_current(format!("{}k", removal.result));
                self.remove_prefixes();
                if self.at_root() {
                    return;
                }
                self.set_current(format!("{}kan", removal.result));
            } else {
                self.set_current(removal.subject.clone());
            }
            self.remove_prefixes();
            if self.at_root() {
                return;
            }
            self.removals.clone_from(&removals);
            self.set_current(restored.clone());
        }
    }
}
