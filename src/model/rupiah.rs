//! Reading an amount of rupiah typed by a person (a search filter, an API parameter):
//! `20000000000`, `20.000.000.000,00`, `Rp 20 miliar`, `2,5 T`, `5 M`, `750 jt`.
//! Extraction reads amounts out of running text with its own rules (`extract::amounts`);
//! this is the one parser for input, and it refuses anything it cannot read whole.

use std::str::FromStr;

use super::Rupiah;

/// Why a typed amount is not an amount of rupiah.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{input}' is not an amount of rupiah ({why}); write 20000000000, 20.000.000.000 or \"20 miliar\"")]
pub struct RupiahError {
    input: String,
    why: &'static str,
}

/// The multiplier of a scale word or its abbreviation.
fn scale(word: &str) -> Option<i64> {
    Some(match word {
        "ribu" | "rb" | "k" => 1_000,
        "juta" | "jt" => 1_000_000,
        // `M` is miliar in Indonesian money talk (`Rp5 M`), not million.
        "miliar" | "milyar" | "milliar" | "m" | "b" => 1_000_000_000,
        "triliun" | "trilyun" | "t" => 1_000_000_000_000,
        _ => return None,
    })
}

impl FromStr for Rupiah {
    type Err = RupiahError;

    fn from_str(input: &str) -> Result<Rupiah, RupiahError> {
        let bad = |why| RupiahError {
            input: input.to_string(),
            why,
        };
        let lower = input.trim().to_lowercase();
        let body = lower
            .strip_prefix("rp.")
            .or_else(|| lower.strip_prefix("rp"))
            .unwrap_or(&lower)
            .trim();
        let split = body.find(|c: char| c.is_alphabetic()).unwrap_or(body.len());
        let (number, word) = (
            body[..split].trim(),
            body[split..].trim().trim_end_matches('.'),
        );
        if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(bad("no digits where the amount should start"));
        }
        if !number
            .chars()
            .all(|c| c.is_ascii_digit() || ".,- ".contains(c))
        {
            return Err(bad("characters that are neither digits nor separators"));
        }
        let multiplier = match word {
            "" | "rupiah" => 1,
            w => scale(w).ok_or_else(|| bad("an unknown word after the number"))?,
        };
        // Cents (`,00`) and the dash of `,-` end a full amount; they add nothing.
        let number = number
            .strip_suffix(",-")
            .or_else(|| number.strip_suffix(".-"))
            .unwrap_or(number)
            .trim();
        let (whole, fraction) = split_decimal(number, multiplier > 1);
        let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
        if !grouped(whole) {
            return Err(bad("digits grouped other than by thousands"));
        }
        let whole: i64 = digits.parse().map_err(|_| bad("too large"))?;
        let mut value = whole
            .checked_mul(multiplier)
            .ok_or_else(|| bad("too large"))?;
        if let Some(f) = fraction {
            // `2,5 T`: the fraction counts only as far as the scale reaches whole rupiah.
            let places = u32::try_from(f.len()).map_err(|_| bad("too many decimals"))?;
            let denominator = 10i64
                .checked_pow(places)
                .ok_or_else(|| bad("too many decimals"))?;
            let parsed: i64 = f.parse().map_err(|_| bad("too many decimals"))?;
            value = parsed
                .checked_mul(multiplier)
                .map(|v| v / denominator)
                .and_then(|v| value.checked_add(v))
                .ok_or_else(|| bad("too large"))?;
        }
        Ok(Rupiah(value))
    }
}

/// The whole part and the decimal part of a number. A comma or point followed by other
/// than three digits is a decimal sign (`2,5`, `20.000,00`); before a scale word, so is a
/// comma before three (`1,500 juta` is a million and a half; `1.500 juta` fifteen hundred).
fn split_decimal(number: &str, scaled: bool) -> (&str, Option<&str>) {
    if let Some(i) = number.rfind([',', '.']) {
        let tail = &number[i + 1..];
        let decimal = tail.len() != 3 || (scaled && number[i..].starts_with(','));
        if decimal && !tail.is_empty() && tail.chars().all(|c| c.is_ascii_digit()) {
            return (&number[..i], Some(tail));
        }
    }
    (number, None)
}

/// Whether separators in a whole number group its digits by thousands (or there are none).
fn grouped(whole: &str) -> bool {
    let groups: Vec<&str> = whole.split(['.', ',', ' ']).collect();
    if groups.len() == 1 {
        return !groups[0].is_empty() && groups[0].chars().all(|c| c.is_ascii_digit());
    }
    groups[0].len() <= 3
        && !groups[0].is_empty()
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_people_type_them() {
        let cases: &[(&str, i64)] = &[
            ("20000000000", 20_000_000_000),
            ("20.000.000.000", 20_000_000_000),
            ("20,000,000,000", 20_000_000_000),
            ("20.000.000.000,00", 20_000_000_000),
            ("Rp 1.125.000.000,-", 1_125_000_000),
            ("Rp5.000", 5_000),
            ("rp. 750.000", 750_000),
            ("20 miliar", 20_000_000_000),
            ("20 milyar", 20_000_000_000),
            ("5 M", 5_000_000_000),
            ("2,5 T", 2_500_000_000_000),
            ("2.5 triliun", 2_500_000_000_000),
            ("1,25 miliar", 1_250_000_000),
            ("750 jt", 750_000_000),
            ("750 juta", 750_000_000),
            ("15 ribu", 15_000),
            ("1.500 juta", 1_500_000_000),
            ("1,500 juta", 1_500_000),
            ("65000000000 rupiah", 65_000_000_000),
        ];
        for (input, want) in cases {
            assert_eq!(input.parse::<Rupiah>(), Ok(Rupiah(*want)), "{input}");
        }
    }

    #[test]
    fn junk_before_or_after_is_refused() {
        for input in [
            "",
            "abc12",
            "12abc",
            "banyak",
            "12 buah",
            "1.2.3",
            "12-3",
            "Rp",
            "99999999999999999999",
        ] {
            let err = input.parse::<Rupiah>().expect_err(input);
            assert!(err.to_string().contains("not an amount of rupiah"), "{err}");
        }
    }
}
