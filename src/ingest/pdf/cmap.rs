//! CMaps: how a font's byte codes split into character codes, and what each code means.
//!
//! Two kinds are read from the same PostScript-like syntax: `ToUnicode` maps (`bfchar`,
//! `bfrange`: code → Unicode text) and embedded encoding CMaps of composite fonts
//! (`cidchar`, `cidrange`: code → CID). Both carry `codespacerange`s, which say how many
//! bytes a code takes; without them a composite font's codes are two bytes.

use std::collections::HashMap;

/// A parsed CMap: code lengths, Unicode text and CIDs of codes.
#[derive(Debug, Default, Clone)]
pub struct CMap {
    /// `(low, high, bytes)` of each code space range.
    spaces: Vec<(u32, u32, u8)>,
    /// Unicode text of single codes (`bfchar`, and `bfrange` entries expanded lazily).
    unicode: HashMap<u32, String>,
    /// `bfrange`s with a start string: `(low, high, first text)`; the last UTF-16 unit counts up.
    unicode_ranges: Vec<(u32, u32, Vec<u16>)>,
    /// `cidrange`s: `(low, high, first cid)`.
    cid_ranges: Vec<(u32, u32, u32)>,
    cid_chars: HashMap<u32, u32>,
}

/// One token of CMap syntax.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Hex(Vec<u8>),
    Int(i64),
    Word(&'a [u8]),
    Open,
    Close,
}

struct Lexer<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let s = self.s;
        loop {
            while self.i < s.len() && s[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
            if self.i < s.len() && s[self.i] == b'%' {
                while self.i < s.len() && s[self.i] != b'\n' && s[self.i] != b'\r' {
                    self.i += 1;
                }
                continue;
            }
            break;
        }
        let c = *s.get(self.i)?;
        match c {
            b'<' if s.get(self.i + 1) == Some(&b'<') => {
                self.i += 2;
                Some(Token::Word(b"<<"))
            }
            b'>' if s.get(self.i + 1) == Some(&b'>') => {
                self.i += 2;
                Some(Token::Word(b">>"))
            }
            b'<' => {
                let start = self.i + 1;
                let end = s[start..]
                    .iter()
                    .position(|&b| b == b'>')
                    .map_or(s.len(), |p| start + p);
                self.i = (end + 1).min(s.len());
                Some(Token::Hex(hex_bytes(&s[start..end])))
            }
            b'[' => {
                self.i += 1;
                Some(Token::Open)
            }
            b']' => {
                self.i += 1;
                Some(Token::Close)
            }
            b'(' => {
                // Literal strings appear only in header entries we do not need.
                let mut depth = 0usize;
                while self.i < s.len() {
                    match s[self.i] {
                        b'\\' => self.i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                self.i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
                Some(Token::Word(b"()"))
            }
            _ => {
                let start = self.i;
                self.i += 1;
                while self.i < s.len()
                    && !s[self.i].is_ascii_whitespace()
                    && !b"<>[]()/%".contains(&s[self.i])
                {
                    self.i += 1;
                }
                let word = &s[start..self.i];
                match std::str::from_utf8(word).ok().and_then(|w| w.parse().ok()) {
                    Some(n) => Some(Token::Int(n)),
                    None => Some(Token::Word(word)),
                }
            }
        }
    }
}

fn hex_bytes(s: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = s
        .iter()
        .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
        .collect()
}

fn code_of(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0u32, |acc, &b| (acc << 8) | u32::from(b))
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|p| (u16::from(p[0]) << 8) | u16::from(p.get(1).copied().unwrap_or(0)))
        .collect()
}

/// Ranges larger than this are kept as ranges, never expanded.
const MAX_RANGE: u32 = 0x1_0000;

impl CMap {
    /// Parses a CMap stream; what it cannot understand is skipped.
    pub fn parse(data: &[u8]) -> CMap {
        let mut map = CMap::default();
        let tokens: Vec<Token> = Lexer { s: data, i: 0 }.collect();
        let mut i = 0;
        while i < tokens.len() {
            let Token::Word(word) = &tokens[i] else {
                i += 1;
                continue;
            };
            i += 1;
            match *word {
                b"begincodespacerange" => {
                    while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) =
                        (tokens.get(i), tokens.get(i + 1))
                    {
                        let len = lo.len().clamp(1, 4) as u8;
                        map.spaces.push((code_of(lo), code_of(hi), len));
                        i += 2;
                    }
                }
                b"beginbfchar" => {
                    while let (Some(Token::Hex(src)), Some(dst)) =
                        (tokens.get(i), tokens.get(i + 1))
                    {
                        let text = match dst {
                            Token::Hex(d) => String::from_utf16_lossy(&utf16_units(d)),
                            // A glyph name instead of a string: rare, and never a letter we need.
                            _ => String::new(),
                        };
                        map.unicode.insert(code_of(src), text);
                        i += 2;
                    }
                }
                b"beginbfrange" => {
                    while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) =
                        (tokens.get(i), tokens.get(i + 1))
                    {
                        let (lo, hi) = (code_of(lo), code_of(hi));
                        i += 2;
                        match tokens.get(i) {
                            Some(Token::Hex(start)) => {
                                map.unicode_ranges.push((lo, hi, utf16_units(start)));
                                i += 1;
                            }
                            Some(Token::Open) => {
                                i += 1;
                                let mut code = lo;
                                while let Some(Token::Hex(d)) = tokens.get(i) {
                                    if code <= hi {
                                        map.unicode.insert(
                                            code,
                                            String::from_utf16_lossy(&utf16_units(d)),
                                        );
                                    }
                                    code = code.saturating_add(1);
                                    i += 1;
                                }
                                if tokens.get(i) == Some(&Token::Close) {
                                    i += 1;
                                }
                            }
                            _ => break,
                        }
                    }
                }
                b"begincidchar" => {
                    while let (Some(Token::Hex(src)), Some(Token::Int(cid))) =
                        (tokens.get(i), tokens.get(i + 1))
                    {
                        map.cid_chars
                            .insert(code_of(src), (*cid).clamp(0, 0xFFFF) as u32);
                        i += 2;
                    }
                }
                b"begincidrange" => {
                    while let (Some(Token::Hex(lo)), Some(Token::Hex(hi)), Some(Token::Int(cid))) =
                        (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))
                    {
                        map.cid_ranges.push((
                            code_of(lo),
                            code_of(hi),
                            (*cid).clamp(0, 0xFFFF) as u32,
                        ));
                        i += 3;
                    }
                }
                _ => {}
            }
        }
        // Later ranges are looked up last to first, so the first definition should win.
        map.unicode_ranges.reverse();
        map.cid_ranges.reverse();
        map
    }

    /// Whether the CMap says how codes are split.
    pub fn has_code_spaces(&self) -> bool {
        !self.spaces.is_empty()
    }

    /// Splits a shown string into `(code, byte length)` pairs by the code space ranges.
    /// A byte sequence in no range takes the shortest range's length, as the spec asks.
    pub fn split_codes(&self, bytes: &[u8], default_len: usize) -> Vec<(u32, usize)> {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let mut len = 0;
            for n in 1..=4usize {
                if i + n > bytes.len() {
                    break;
                }
                let code = code_of(&bytes[i..i + n]);
                if self
                    .spaces
                    .iter()
                    .any(|&(lo, hi, l)| usize::from(l) == n && (lo..=hi).contains(&code))
                {
                    len = n;
                    break;
                }
            }
            if len == 0 {
                len = self
                    .spaces
                    .iter()
                    .map(|&(_, _, l)| usize::from(l))
                    .min()
                    .unwrap_or(default_len)
                    .min(bytes.len() - i);
            }
            out.push((code_of(&bytes[i..i + len]), len));
            i += len;
        }
        out
    }

    /// The Unicode text of a code, if the map has it.
    pub fn unicode(&self, code: u32) -> Option<String> {
        if let Some(s) = self.unicode.get(&code) {
            return Some(s.clone());
        }
        for (lo, hi, start) in self.unicode_ranges.iter().rev() {
            if (*lo..=*hi).contains(&code) && hi - lo <= MAX_RANGE {
                let mut units = start.clone();
                if let Some(last) = units.last_mut() {
                    *last = last.wrapping_add((code - lo) as u16);
                }
                return Some(String::from_utf16_lossy(&units));
            }
        }
        None
    }

    /// Whether the map gives Unicode for any code at all.
    pub fn maps_unicode(&self) -> bool {
        !self.unicode.is_empty() || !self.unicode_ranges.is_empty()
    }

    /// The CID of a code under an encoding CMap.
    pub fn cid(&self, code: u32) -> Option<u32> {
        if let Some(c) = self.cid_chars.get(&code) {
            return Some(*c);
        }
        self.cid_ranges
            .iter()
            .rev()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&code))
            .map(|(lo, _, cid)| cid + (code - lo))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TO_UNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0003> <0020>
<0011> <0066006C>
endbfchar
2 beginbfrange
<0024> <0026> <0041>
<0030> <0031> [<0062> <00E9>]
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn to_unicode_chars_ranges_and_arrays() {
        let m = CMap::parse(TO_UNICODE);
        assert_eq!(m.unicode(3).as_deref(), Some(" "));
        assert_eq!(m.unicode(0x11).as_deref(), Some("fl"));
        assert_eq!(m.unicode(0x25).as_deref(), Some("B"));
        assert_eq!(m.unicode(0x31).as_deref(), Some("é"));
        assert_eq!(m.unicode(0x99), None);
        assert_eq!(m.split_codes(&[0, 3, 0, 0x24], 1), vec![(3, 2), (0x24, 2)]);
    }

    #[test]
    fn mixed_code_lengths_follow_the_code_spaces() {
        let m = CMap::parse(
            b"2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange
              1 begincidrange <8140> <817E> 633 endcidrange 1 begincidchar <41> 34 endcidchar",
        );
        assert_eq!(
            m.split_codes(&[0x41, 0x81, 0x41], 2),
            vec![(0x41, 1), (0x8141, 2)]
        );
        assert_eq!(m.cid(0x8141), Some(634));
        assert_eq!(m.cid(0x41), Some(34));
    }
}
