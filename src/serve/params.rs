//! Query-string parameters of the search page and `/api/search`, checked up front so a bad
//! value is a 400 naming the parameter, never a failure deeper down.

use chrono::NaiveDate;

use crate::model::DocType;
use crate::search::{parse_cites, Filters, SearchRequest};

use super::error::AppError;

/// Parameters every search understands.
pub const SEARCH_KEYS: [&str; 15] = [
    "q",
    "type",
    "year",
    "from",
    "to",
    "min_amount",
    "max_amount",
    "party",
    "signatory",
    "cites",
    "place",
    "classification",
    "sort",
    "limit",
    "offset",
];

/// Most hits one request may ask for.
pub const MAX_LIMIT: usize = 100;
/// Deepest page one may ask for.
pub const MAX_OFFSET: usize = 10_000;

/// A validated search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchParams {
    pub q: String,
    pub doc_type: Option<DocType>,
    pub year: Option<i32>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub min_amount: Option<u64>,
    pub max_amount: Option<u64>,
    pub party: Option<String>,
    pub signatory: Option<String>,
    pub cites: Option<String>,
    pub place: Option<String>,
    pub classification: Option<String>,
    pub sort_by_date: bool,
    pub limit: usize,
    pub offset: usize,
}

impl SearchParams {
    /// Reads `pairs` (empty values count as absent); `default_limit` when none is given.
    pub fn parse(pairs: &[(String, String)], default_limit: usize) -> Result<Self, AppError> {
        let mut p = SearchParams {
            limit: default_limit,
            ..SearchParams::default()
        };
        for (key, value) in pairs {
            let v = value.trim();
            if !SEARCH_KEYS.contains(&key.as_str()) {
                return Err(AppError::bad_request(format!(
                    "unknown parameter '{key}'; known: {}",
                    SEARCH_KEYS.join(", ")
                )));
            }
            if v.is_empty() {
                continue;
            }
            if v.chars().count() > 500 {
                return Err(AppError::bad_request(format!(
                    "parameter '{key}' is longer than 500 characters"
                )));
            }
            match key.as_str() {
                "q" => p.q = v.to_string(),
                "type" => {
                    p.doc_type = Some(DocType::parse(v).ok_or_else(|| {
                        let all: Vec<&str> = DocType::ALL.iter().map(|t| t.as_str()).collect();
                        AppError::bad_request(format!(
                            "unknown type '{v}'; one of: {}",
                            all.join(", ")
                        ))
                    })?)
                }
                "year" => {
                    p.year = Some(
                        v.parse::<i32>()
                            .ok()
                            .filter(|y| (1900..=2100).contains(y))
                            .ok_or_else(|| {
                                AppError::bad_request(format!(
                                    "year '{v}' is not a year between 1900 and 2100"
                                ))
                            })?,
                    )
                }
                "from" => p.from = Some(date(key, v)?),
                "to" => p.to = Some(date(key, v)?),
                "min_amount" => p.min_amount = Some(rupiah(key, v)?),
                "max_amount" => p.max_amount = Some(rupiah(key, v)?),
                "party" => p.party = Some(v.to_string()),
                "signatory" => p.signatory = Some(v.to_string()),
                "place" => p.place = Some(v.to_string()),
                "classification" => p.classification = Some(v.to_string()),
                "cites" => {
                    parse_cites(v).map_err(AppError::bad_request)?;
                    p.cites = Some(v.to_string());
                }
                "sort" => {
                    p.sort_by_date = match v {
                        "relevance" => false,
                        "date" => true,
                        _ => {
                            return Err(AppError::bad_request(format!(
                                "sort '{v}' is not one of: relevance, date"
                            )))
                        }
                    }
                }
                "limit" => {
                    p.limit = number(key, v)?;
                    if !(1..=MAX_LIMIT).contains(&p.limit) {
                        return Err(AppError::bad_request(format!(
                            "limit must be between 1 and {MAX_LIMIT}, not {v}"
                        )));
                    }
                }
                "offset" => {
                    p.offset = number(key, v)?;
                    if p.offset > MAX_OFFSET {
                        return Err(AppError::bad_request(format!(
                            "offset must be at most {MAX_OFFSET}, not {v}"
                        )));
                    }
                }
                _ => {}
            }
        }
        if let (Some(f), Some(t)) = (p.from, p.to) {
            if f > t {
                return Err(AppError::bad_request(format!(
                    "from ({f}) is after to ({t})"
                )));
            }
        }
        if let (Some(lo), Some(hi)) = (p.min_amount, p.max_amount) {
            if lo > hi {
                return Err(AppError::bad_request(format!(
                    "min_amount ({lo}) is above max_amount ({hi})"
                )));
            }
        }
        Ok(p)
    }

    /// The library's request, asking for `window` hits from the top.
    pub fn request(&self, window: usize) -> SearchRequest {
        let mut from = self.from;
        let mut to = self.to;
        if let Some(y) = self.year {
            let first = NaiveDate::from_ymd_opt(y, 1, 1);
            let last = NaiveDate::from_ymd_opt(y, 12, 31);
            from = from.max(first);
            to = match (to, last) {
                (Some(t), Some(l)) => Some(t.min(l)),
                (t, l) => t.or(l),
            };
        }
        SearchRequest {
            query: self.q.clone(),
            limit: window,
            doc_type: self.doc_type,
            filters: Filters {
                from,
                to,
                min_amount: self.min_amount,
                max_amount: self.max_amount,
                party: self.party.clone(),
                signatory: self.signatory.clone(),
                place: self.place.clone(),
                cites: self.cites.clone(),
                classification: self.classification.clone(),
            },
            sort_by_date: self.sort_by_date,
        }
    }

    /// The parameters as `key=value` pairs, without paging (for links that change one).
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut push = |k: &'static str, v: Option<String>| {
            if let Some(v) = v {
                out.push((k, v));
            }
        };
        push("q", Some(self.q.clone()).filter(|q| !q.is_empty()));
        push("type", self.doc_type.map(|t| t.as_str().to_string()));
        push("year", self.year.map(|y| y.to_string()));
        push("from", self.from.map(|d| d.to_string()));
        push("to", self.to.map(|d| d.to_string()));
        push("min_amount", self.min_amount.map(|v| v.to_string()));
        push("max_amount", self.max_amount.map(|v| v.to_string()));
        push("party", self.party.clone());
        push("signatory", self.signatory.clone());
        push("cites", self.cites.clone());
        push("place", self.place.clone());
        push("classification", self.classification.clone());
        push("sort", self.sort_by_date.then(|| "date".to_string()));
        out
    }
}

/// `key=value&...`, percent-encoded.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn date(key: &str, v: &str) -> Result<NaiveDate, AppError> {
    v.parse().map_err(|_| {
        AppError::bad_request(format!(
            "{key} '{v}' is not a date; write it as YYYY-MM-DD (2023-11-07)"
        ))
    })
}

fn number(key: &str, v: &str) -> Result<usize, AppError> {
    v.parse()
        .map_err(|_| AppError::bad_request(format!("{key} '{v}' is not a whole number")))
}

/// Rupiah as a person types them (`20000000000`, `20.000.000.000`, `20 miliar`, `5 M`).
fn rupiah(key: &str, v: &str) -> Result<u64, AppError> {
    v.parse::<crate::model::Rupiah>()
        .map(|r| r.0.max(0) as u64)
        .map_err(|e| AppError::bad_request(format!("{key}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn good_parameters_are_read() {
        let p = SearchParams::parse(
            &pairs(&[
                ("q", "hibah"),
                ("type", "nphd"),
                ("year", "2023"),
                ("min_amount", "20 miliar"),
                ("cites", "UU 10/2016"),
                ("limit", "5"),
                ("party", ""),
            ]),
            10,
        )
        .expect("valid");
        assert_eq!(p.doc_type, Some(DocType::Nphd));
        assert_eq!(p.min_amount, Some(20_000_000_000));
        assert_eq!(p.limit, 5);
        assert_eq!(p.party, None);
        let r = p.request(50);
        assert_eq!(r.filters.from, NaiveDate::from_ymd_opt(2023, 1, 1));
        assert_eq!(r.filters.to, NaiveDate::from_ymd_opt(2023, 12, 31));
    }

    #[test]
    fn bad_parameters_say_which() {
        for (k, v, needle) in [
            ("type", "memo", "unknown type"),
            ("limit", "0", "limit"),
            ("limit", "abc", "whole number"),
            ("offset", "99999999", "offset"),
            ("from", "07/11/2023", "YYYY-MM-DD"),
            ("year", "20233", "year"),
            ("min_amount", "banyak", "rupiah"),
            ("cites", "sesuatu", "regulation"),
            ("sort", "random", "sort"),
            ("colour", "red", "unknown parameter"),
        ] {
            let e = SearchParams::parse(&pairs(&[(k, v)]), 10).expect_err(k);
            assert_eq!(e.status, axum::http::StatusCode::BAD_REQUEST);
            assert!(e.message.contains(needle), "{k}: {}", e.message);
        }
    }

    #[test]
    fn links_round_trip() {
        let p = SearchParams::parse(&pairs(&[("q", "a&b c"), ("type", "nphd")]), 10).expect("ok");
        assert_eq!(query_string(&p.pairs()), "q=a%26b%20c&type=nphd");
    }
}
