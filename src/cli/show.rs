//! `naskah show`: one document's record and where each value was read.

use std::process::ExitCode;

use anyhow::Result;

use super::args::ShowArgs;
use super::common::write_stdout;
use super::settings::Settings;

/// Runs the command.
pub async fn run(settings: &Settings, args: ShowArgs) -> Result<ExitCode> {
    let catalog = settings.catalog().await?;
    let id = match args.document.parse::<i64>() {
        Ok(id) => Some(id),
        Err(_) => catalog.find_source(&args.document).await?.first().copied(),
    };
    let Some(doc) = (match id {
        Some(id) => catalog.get(id).await?,
        None => None,
    }) else {
        anyhow::bail!(
            "no document '{}' in the catalog; `naskah export --format csv` lists the sources",
            args.document
        );
    };
    let evidence = catalog.evidence(doc.id).await?;
    let out = if args.json {
        serde_json::to_string_pretty(&serde_json::json!({
            "id": doc.id, "source": doc.source, "sha256": doc.sha256, "path": doc.path,
            "format": doc.format, "record": doc.record, "evidence": evidence, "pages": doc.pages,
        }))? + "\n"
    } else {
        render_document(&doc, &evidence)
    };
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// A document's record for the terminal: each value with the passage it was read from.
fn render_document(
    doc: &naskah::store::StoredDocument,
    evidence: &[naskah::model::Evidence],
) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  (id {}, {}, {} pages, sha256 {})",
        doc.source,
        doc.id,
        doc.format,
        doc.pages.len(),
        &doc.sha256[..12]
    );
    for (i, p) in doc.pages.iter().enumerate() {
        let conf = p
            .confidence
            .map(|c| format!(", confidence {c:.0}"))
            .unwrap_or_default();
        let err = p
            .error
            .as_deref()
            .map(|e| format!(", {e}"))
            .unwrap_or_default();
        let _ = writeln!(out, "  page {}: {}{conf}{err}", i + 1, p.origin.as_str());
    }
    let r = &doc.record;
    let _ = writeln!(out, "type: {}", r.doc_type.as_str());
    for c in &r.classification {
        let _ = writeln!(
            out,
            "classification: {} ({} {}) of {}",
            c.code, c.subject_code, c.subject, c.number
        );
    }
    for a in r.amounts.iter().filter(|a| a.words_agree == Some(false)) {
        let words = a.words_value.map(|v| v.0.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "WARNING: amount {} disagrees with its words ({words})",
            a.text
        );
    }
    for e in evidence {
        let passage = doc
            .pages
            .get(e.page.saturating_sub(1) as usize)
            .and_then(|p| p.text.get(e.start..e.end))
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:22} {}  [p.{} \"{}\"]",
            e.field, e.value, e.page, passage
        );
    }
    out
}
