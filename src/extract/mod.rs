//! Extract stage: the record's fields from a document's text. Pure functions, no I/O.
//!
//! Each field has its own module of rules with tests made of real sentence shapes; this
//! module only joins the pages and assembles the [`Record`].

pub mod amounts;
pub mod dates;
pub mod header;
pub mod issued;
pub mod lines;
pub mod numbers;
pub mod numwords;
pub mod parties;
pub mod references;
pub mod signatories;

use crate::model::Record;

/// Extracts every field of the record from the pages of one document.
pub fn extract(pages: &[&str]) -> Record {
    let text = lines::clean_ocr_text(&pages.join("\n"));
    let doc_type = header::doc_type(&text);
    let found_dates = dates::find_dates(&text);
    let own = numbers::find_own_numbers(&text);
    let own_spans: Vec<(usize, usize)> = own.iter().map(|n| (n.start, n.end)).collect();
    let mut refs = references::find_references(&text, &own_spans);
    // The document's own number repeated in its attachment ("LAMPIRAN KEPUTUSAN BUPATI ...
    // NOMOR ...") is not a citation.
    refs.retain(|r| {
        !own.iter()
            .any(|n| numbers::same_number(&n.number, &r.reference.number))
    });
    let issued = issued::find_issued(&text, &found_dates);
    Record {
        doc_type,
        title: header::title(&text),
        numbers: own.into_iter().map(|n| n.number).collect(),
        date: issued.date,
        place: issued.place,
        parties: parties::find_parties(&text, doc_type),
        signatories: signatories::find_signatories(&text),
        amounts: amounts::distinct(&amounts::find_amounts(&text)),
        dates: dates::distinct(&found_dates),
        references: references::distinct(&refs),
    }
}
