//! Word pairs: a field of words again (the text, the title, the parties, ...), each word
//! joined to the one after it, so that a phrase is found by reading a few short posting lists
//! instead of the positions of every word.
//!
//! A phrase of common words (`"rekening kas umum daerah"`: each word in a quarter to all of
//! the documents) costs, as a phrase over words, the positions of every word in every document
//! holding all of them. As pairs (`rekening kas` at 0, `umum daerah` at 2) it reads two lists
//! that hold only the documents with those exact neighbours. A pair is indexed at the position
//! of its first word, and only where its two words are adjacent in the analysed text (no stop
//! word or over-long word removed between them), so a phrase over pairs matches exactly the
//! documents and occurrences the phrase over words does (`search::pairs` builds the query).

use tantivy::tokenizer::{BoxTokenStream, TextAnalyzer, Token, TokenStream, Tokenizer};

/// The term of two adjacent words. Words never hold a space (the tokenizer splits on it).
pub fn pair_text(first: &str, second: &str) -> String {
    let mut out = String::with_capacity(first.len() + 1 + second.len());
    push_pair(&mut out, first, second);
    out
}

fn push_pair(out: &mut String, first: &str, second: &str) {
    out.push_str(first);
    out.push(' ');
    out.push_str(second);
}

/// The pair analyzer: the words of `words` (the text analyzer), paired.
pub fn analyzer(words: TextAnalyzer) -> TextAnalyzer {
    TextAnalyzer::from(PairTokenizer { words })
}

/// Tokenizer of word pairs over another analyzer's words.
#[derive(Clone)]
pub struct PairTokenizer {
    words: TextAnalyzer,
}

impl Tokenizer for PairTokenizer {
    type TokenStream<'a> = PairStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PairStream<'a> {
        PairStream {
            words: self.words.token_stream(text),
            previous: Token::default(),
            has_previous: false,
            done: false,
            pair: Token::default(),
        }
    }
}

/// Token stream of a [`PairTokenizer`].
pub struct PairStream<'a> {
    words: BoxTokenStream<'a>,
    previous: Token,
    has_previous: bool,
    done: bool,
    pair: Token,
}

impl PairStream<'_> {
    fn next_word(&mut self) -> bool {
        if !self.done && !self.words.advance() {
            self.done = true;
        }
        !self.done
    }
}

impl TokenStream for PairStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            if !self.has_previous {
                if !self.next_word() {
                    return false;
                }
                copy_token(&mut self.previous, self.words.token());
                self.has_previous = true;
            }
            if !self.next_word() {
                return false;
            }
            let word = self.words.token();
            let adjacent = word.position == self.previous.position + 1;
            if adjacent {
                self.pair.text.clear();
                push_pair(&mut self.pair.text, &self.previous.text, &word.text);
                self.pair.position = self.previous.position;
                self.pair.offset_from = self.previous.offset_from;
                self.pair.offset_to = word.offset_to;
                self.pair.position_length = 2;
            }
            copy_token(&mut self.previous, word);
            if adjacent {
                return true;
            }
        }
    }

    fn token(&self) -> &Token {
        &self.pair
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.pair
    }
}

/// `to = from`, reusing `to`'s text buffer (one pair per word: no allocation per word).
fn copy_token(to: &mut Token, from: &Token) {
    to.text.clear();
    to.text.push_str(&from.text);
    to.position = from.position;
    to.offset_from = from.offset_from;
    to.offset_to = from.offset_to;
    to.position_length = from.position_length;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(usize, String)> {
        let mut analyzer = analyzer(crate::index::analyzer::indonesian());
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.position, t.text.clone()));
        }
        out
    }

    #[test]
    fn adjacent_words_pair_at_the_first_position() {
        // Expected pairs from the analyzer's own words, whatever the stemmer makes of them.
        let w = crate::index::analyzer::terms("Rekening Kas Umum Daerah");
        assert_eq!(w.len(), 4);
        assert_eq!(
            pairs("Rekening Kas Umum Daerah"),
            vec![
                (0, pair_text(&w[0], &w[1])),
                (1, pair_text(&w[1], &w[2])),
                (2, pair_text(&w[2], &w[3])),
            ]
        );
    }

    #[test]
    fn no_pair_across_a_removed_stop_word() {
        // `dan` is a stop word: `hibah` and `bantuan` are not neighbours.
        let w = crate::index::analyzer::terms("hibah dan bantuan sosial");
        assert_eq!(w.len(), 3);
        assert_eq!(
            pairs("hibah dan bantuan sosial"),
            vec![(2, pair_text(&w[1], &w[2]))]
        );
    }

    #[test]
    fn short_texts_have_no_pairs() {
        assert!(pairs("hibah").is_empty());
        assert!(pairs("").is_empty());
    }
}
