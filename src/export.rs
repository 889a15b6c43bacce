//! Export of catalogued records: JSON Lines in the corpus schema, or a flat CSV table.

use std::io::Write;

use serde::Serialize;

use crate::error::Error;
use crate::model::{join_pages, Record};
use crate::store::{Catalog, StoredDocument};

/// Output formats of `naskah export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Jsonl,
    Csv,
}

/// One exported record: `source`, the schema's fields, then `text`.
#[derive(Serialize)]
struct JsonRecord<'a> {
    source: &'a str,
    #[serde(flatten)]
    record: &'a Record,
    text: String,
}

fn io_err(e: impl std::fmt::Display) -> Error {
    Error::Io {
        path: "<stdout>".into(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// Writes every catalogued document, one at a time, ordered by source.
pub async fn export(
    catalog: &Catalog,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<usize, Error> {
    // Only ids are listed up front; each document's text is loaded when it is written.
    let docs = catalog.ids_by_source().await?;
    let mut n = 0;
    match format {
        ExportFormat::Jsonl => {
            for id in docs {
                let Some(doc) = catalog.get(id).await? else {
                    continue;
                };
                let line = serde_json::to_string(&JsonRecord {
                    source: &doc.source,
                    record: &doc.record,
                    text: join_pages(doc.pages.iter().map(|p| p.text.as_str())),
                })
                .map_err(io_err)?;
                writeln!(out, "{line}").map_err(io_err)?;
                n += 1;
            }
        }
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(CSV_HEADER).map_err(io_err)?;
            for id in docs {
                let Some(doc) = catalog.get(id).await? else {
                    continue;
                };
                w.write_record(csv_row(&doc)).map_err(io_err)?;
                n += 1;
            }
            w.flush().map_err(io_err)?;
        }
    }
    out.flush().map_err(io_err)?;
    Ok(n)
}

const CSV_HEADER: [&str; 13] = [
    "source",
    "doc_type",
    "title",
    "numbers",
    "date",
    "place",
    "parties",
    "signatories",
    "amounts",
    "dates",
    "references",
    "pages",
    "text",
];

fn csv_row(doc: &StoredDocument) -> Vec<String> {
    let r = &doc.record;
    let join = |v: Vec<String>| v.join("; ");
    vec![
        doc.source.clone(),
        r.doc_type.as_str().to_string(),
        r.title.clone().unwrap_or_default(),
        join(r.numbers.clone()),
        r.date.map(|d| d.to_string()).unwrap_or_default(),
        r.place.clone().unwrap_or_default(),
        join(r.parties.clone()),
        join(
            r.signatories
                .iter()
                .map(|s| match &s.position {
                    Some(p) => format!("{} ({p})", s.name),
                    None => s.name.clone(),
                })
                .collect(),
        ),
        join(r.amounts.iter().map(|a| a.value.0.to_string()).collect()),
        join(r.dates.iter().map(|d| d.to_string()).collect()),
        join(
            r.references
                .iter()
                .map(|x| match x.year {
                    Some(y) => format!("{} {}/{y}", x.kind.as_str(), x.number),
                    None => format!("{} {}", x.kind.as_str(), x.number),
                })
                .collect(),
        ),
        doc.pages.len().to_string(),
        join_pages(doc.pages.iter().map(|p| p.text.as_str())),
    ]
}
