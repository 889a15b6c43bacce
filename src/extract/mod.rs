//! Extract stage: the record's fields from a document's text. Pure functions, no I/O.
//!
//! Each field has its own module of rules with tests made of real sentence shapes; this
//! module only joins the pages and assembles the [`Record`].

pub mod amounts;
pub mod dates;
pub mod evidence;
pub mod header;
pub mod issued;
pub mod lines;
pub mod numbers;
pub mod numwords;
pub mod parties;
pub mod references;
pub mod rules;
pub mod signatures;

use chrono::Datelike;

use crate::model::{Evidence, Record};

use evidence::{locate, PageMap};

/// A record and the evidence of each of its values.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub record: Record,
    pub evidence: Vec<Evidence>,
}

/// Extracts every field of the record from the pages of one document, with the built-in
/// rules and those of the rule packs.
pub fn extract(pages: &[&str], rules: &rules::Rules) -> Extraction {
    // Cleaning keeps byte offsets, so spans found here point into the stored page text.
    let text = lines::clean_ocr_text(&pages.join("\n"));
    let map = PageMap::new(pages);
    let mut evidence = Vec::new();
    let mut cite = |field: &str, value: String, span: Option<(usize, usize)>| {
        if let Some((start, end)) = span {
            evidence.push(map.evidence(field, &value, start, end));
        }
    };

    let doc_type = rules
        .doc_types
        .iter()
        .find(|(re, _)| re.is_match(&text))
        .map_or_else(|| header::doc_type(&text), |(_, t)| *t);
    let title = header::title(&text);
    let found_dates = dates::find_dates(&text);
    let issued = issued::find_issued(&text, &found_dates);
    // A number's Roman month is read against the month the document is dated in.
    let dated = issued.date.map(|d| (d.year(), d.month()));
    let mut own = numbers::find_own_numbers_dated(&text, dated);
    for re in &rules.numbers {
        for c in re.captures_iter(&text) {
            let Some(m) = c.get(1) else { continue };
            let number = numbers::repair(m.as_str());
            if !own.iter().any(|n| numbers::same_number(&n.number, &number)) {
                own.push(numbers::FoundNumber {
                    number,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
    }
    own.sort_by_key(|n| n.start);
    let own_spans: Vec<(usize, usize)> = own.iter().map(|n| (n.start, n.end)).collect();
    let mut refs = references::find_references(&text, &own_spans);
    for (re, kind) in &rules.references {
        for c in re.captures_iter(&text) {
            let (Some(m), Some(num)) = (c.get(0), c.get(1)) else {
                continue;
            };
            if refs.iter().any(|f| f.start < m.end() && m.start() < f.end) {
                continue;
            }
            let year = c.get(2).and_then(|y| y.as_str().parse().ok());
            let reference = crate::model::Reference {
                kind: *kind,
                number: num.as_str().to_string(),
                year,
            };
            refs.push(references::FoundReference {
                reference,
                start: m.start(),
                end: m.end(),
            });
        }
    }
    refs.sort_by_key(|f| f.start);
    // The document's own number repeated in its attachment ("LAMPIRAN KEPUTUSAN BUPATI ...
    // NOMOR ...") is not a citation.
    refs.retain(|r| {
        !own.iter()
            .any(|n| numbers::same_number(&n.number, &r.reference.number))
    });
    let parties = parties::find_parties(&text, doc_type);
    let signatories = signatures::find_signatories(&text);
    let found_amounts = amounts::find_amounts(&text);
    let amounts = amounts::distinct(&found_amounts);
    let dates = dates::distinct(&found_dates);
    let references = references::distinct(&refs);

    if let Some(t) = &title {
        cite("title", t.clone(), locate(&text, t, false));
    }
    for n in &own {
        cite("numbers", n.number.clone(), Some((n.start, n.end)));
    }
    if let Some(d) = issued.date {
        let span = found_dates
            .iter()
            .rev()
            .find(|f| f.date == d)
            .map(|f| (f.start, f.end));
        cite("date", d.to_string(), span);
    }
    if let Some(p) = &issued.place {
        cite("place", p.clone(), locate(&text, p, true));
    }
    for p in &parties {
        cite("parties", p.clone(), locate(&text, p, false));
    }
    for s in &signatories {
        cite(
            "signatories.name",
            s.name.clone(),
            locate(&text, &s.name, true),
        );
        if let Some(pos) = &s.position {
            cite(
                "signatories.position",
                pos.clone(),
                locate(&text, pos, true),
            );
        }
    }
    for a in &amounts {
        let span = found_amounts
            .iter()
            .find(|f| f.amount.value == a.value)
            .map(|f| (f.start, f.end));
        cite("amounts", a.value.0.to_string(), span);
    }
    for d in &dates {
        let span = found_dates
            .iter()
            .find(|f| f.date == *d)
            .map(|f| (f.start, f.end));
        cite("dates", d.to_string(), span);
    }
    for r in &references {
        let span = refs
            .iter()
            .find(|f| f.reference == *r)
            .map(|f| (f.start, f.end));
        let year = r
            .year
            .map(|y| y.to_string())
            .filter(|y| !r.number.ends_with(y.as_str()));
        let year = year.map(|y| format!("/{y}")).unwrap_or_default();
        cite(
            "references",
            format!("{} {}{year}", r.kind.as_str(), r.number),
            span,
        );
    }

    let classification = own
        .iter()
        .filter_map(|n| numbers::classification(&n.number))
        .collect();
    let record = Record {
        doc_type,
        title,
        numbers: own.into_iter().map(|n| n.number).collect(),
        date: issued.date,
        place: issued.place,
        parties,
        signatories,
        amounts,
        dates,
        references,
        classification,
    };
    Extraction { record, evidence }
}
