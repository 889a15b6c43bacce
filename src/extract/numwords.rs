//! Indonesian numbers written in words (*terbilang*): `seratus tiga puluh satu miliar`.

/// Value of a single number word, or `None` if the word is not one.
fn unit(word: &str) -> Option<u64> {
    Some(match word {
        "nol" => 0,
        "satu" | "se" => 1,
        "dua" => 2,
        "tiga" => 3,
        "empat" => 4,
        "lima" => 5,
        "enam" => 6,
        "tujuh" => 7,
        "delapan" => 8,
        "sembilan" => 9,
        _ => return None,
    })
}

/// Multiplier words above a hundred.
fn scale(word: &str) -> Option<u64> {
    Some(match word {
        "ribu" => 1_000,
        "juta" => 1_000_000,
        "miliar" | "milyar" | "milliar" => 1_000_000_000,
        "triliun" | "trilyun" => 1_000_000_000_000,
        _ => return None,
    })
}

/// True if `word` can be part of a number in words.
pub fn is_number_word(word: &str) -> bool {
    let w = word.to_lowercase();
    unit(&w).is_some()
        || scale(&w).is_some()
        || matches!(
            w.as_str(),
            "sepuluh"
                | "sebelas"
                | "seratus"
                | "seribu"
                | "belas"
                | "puluh"
                | "ratus"
                | "sejuta"
                | "semiliar"
        )
}

/// Parses a sequence of number words (`dua ribu dua puluh tiga` → 2023).
///
/// Returns `None` if any word is not a number word or the sequence is empty.
pub fn parse_words(words: &[&str]) -> Option<u64> {
    if words.is_empty() {
        return None;
    }
    let mut total: u64 = 0; // completed groups (above a thousand)
    let mut group: u64 = 0; // value below the next scale word
    let mut current: u64 = 0; // value of the units being read
    for raw in words {
        let w = raw.to_lowercase();
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        match w {
            "sepuluh" => current += 10,
            "sebelas" => current += 11,
            "seratus" => group += 100,
            "seribu" => total += 1_000,
            "sejuta" => total += 1_000_000,
            "semiliar" => total += 1_000_000_000,
            "belas" => current += 10,
            "puluh" => current = current.max(1) * 10,
            "ratus" => {
                group += current.max(1) * 100;
                current = 0;
            }
            _ => {
                if let Some(u) = unit(w) {
                    current += u;
                } else if let Some(s) = scale(w) {
                    let value = (group + current).max(1);
                    total = total.checked_add(value.checked_mul(s)?)?;
                    group = 0;
                    current = 0;
                } else {
                    return None;
                }
            }
        }
        // "puluh" closes a tens value: move it into the group so "dua puluh tiga" adds up.
        if w == "puluh" || w == "sepuluh" || w == "belas" || w == "sebelas" {
            group += current;
            current = 0;
        }
    }
    Some(total + group + current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<u64> {
        parse_words(&s.split_whitespace().collect::<Vec<_>>())
    }

    #[test]
    fn terbilang_table() {
        let cases: &[(&str, u64)] = &[
            ("tujuh", 7),
            ("sebelas", 11),
            ("tujuh belas", 17),
            ("dua puluh", 20),
            ("dua puluh tiga", 23),
            ("seratus", 100),
            ("seratus tiga puluh satu", 131),
            ("dua ribu dua puluh tiga", 2023),
            ("dua ribu sembilan belas", 2019),
            ("seratus tiga puluh satu miliar", 131_000_000_000),
            ("enam puluh lima miliar", 65_000_000_000),
            ("dua ratus lima puluh juta", 250_000_000),
            ("tujuh ratus lima puluh ribu", 750_000),
            ("seribu sembilan ratus", 1_900),
            (
                "satu miliar empat ratus tiga puluh juta delapan ratus dua ribu seratus enam puluh tujuh",
                1_430_802_167,
            ),
            ("lima puluh dua miliar empat ratus juta", 52_400_000_000),
        ];
        for (words, want) in cases {
            assert_eq!(p(words), Some(*want), "{words}");
        }
        assert_eq!(p("tujuh bulan"), None);
        assert_eq!(p(""), None);
    }
}
