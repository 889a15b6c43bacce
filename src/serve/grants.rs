//! The grants table for budget officers, derived from records: grant agreements (NPHD)
//! and letters or decisions that pledge or disburse a grant, with grantor, grantee,
//! amount, tranches and dates, flagged where a value needs a second look.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::model::{DocType, Record};
use crate::store::StoredDocument;

/// Whether the document is the agreement itself or a letter about a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantKind {
    /// An NPHD (Naskah Perjanjian Hibah Daerah): counted in the totals.
    Agreement,
    /// A letter, memo or decision pledging or disbursing a grant: listed, not counted, so
    /// a tranche letter does not count its agreement's money twice.
    Letter,
}

/// Something a budget officer should check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// `words_disagree`, `missing_signatory` or `tranches_mismatch`.
    pub code: &'static str,
    /// The problem in Indonesian, for the page and the CSV.
    pub message: String,
}

/// One row of the grants table.
#[derive(Debug, Clone, Serialize)]
pub struct Grant {
    pub id: i64,
    pub source: String,
    pub kind: GrantKind,
    pub doc_type: String,
    pub title: Option<String>,
    pub numbers: Vec<String>,
    pub date: Option<NaiveDate>,
    pub grantor: Option<String>,
    pub grantee: Option<String>,
    /// The grant's total: the largest amount the document states.
    pub amount: Option<i64>,
    /// The other amounts, in the order stated: the tranches (tahap) of the total.
    pub tranches: Vec<i64>,
    /// Every date the document mentions (signing, disbursement deadlines, ...).
    pub dates: Vec<NaiveDate>,
    pub signatories: usize,
    pub flags: Vec<Flag>,
}

/// Sums over agreements.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    /// Grantee → (agreements, rupiah).
    pub per_grantee: BTreeMap<String, (usize, i64)>,
    /// Year → (agreements, rupiah).
    pub per_year: BTreeMap<i32, (usize, i64)>,
    pub agreements: usize,
    pub amount: i64,
}

/// Signatories an agreement needs: one for each party.
const AGREEMENT_SIGNATORIES: usize = 2;

/// Whether a record is about a grant, and of which kind.
pub fn grant_kind(r: &Record) -> Option<GrantKind> {
    match r.doc_type {
        DocType::Nphd => Some(GrantKind::Agreement),
        DocType::SuratDinas | DocType::NotaDinas | DocType::Keputusan
            if !r.amounts.is_empty()
                && r.title
                    .as_deref()
                    .is_some_and(|t| t.to_lowercase().contains("hibah")) =>
        {
            Some(GrantKind::Letter)
        }
        _ => None,
    }
}

/// The grant read from one document, if it is about one.
pub fn grant_of(doc: &StoredDocument) -> Option<Grant> {
    let r = &doc.record;
    let kind = grant_kind(r)?;
    let amount = r.amounts.iter().map(|a| a.value.0).max();
    let mut tranches: Vec<i64> = Vec::new();
    if let Some(total) = amount {
        for a in &r.amounts {
            let v = a.value.0;
            if v < total && v > 0 && !tranches.contains(&v) {
                tranches.push(v);
            }
        }
    }
    let mut flags = Vec::new();
    for a in r.amounts.iter().filter(|a| a.words_agree == Some(false)) {
        let words = a
            .words_value
            .map(|w| super::html::rupiah(w.0))
            .unwrap_or_else(|| "tidak terbaca".into());
        flags.push(Flag {
            code: "words_disagree",
            message: format!(
                "angka {} berbeda dengan terbilangnya ({words})",
                a.text.trim()
            ),
        });
    }
    let needed = match kind {
        GrantKind::Agreement => AGREEMENT_SIGNATORIES,
        GrantKind::Letter => 1,
    };
    if r.signatories.len() < needed {
        flags.push(Flag {
            code: "missing_signatory",
            message: format!(
                "penandatangan kurang: {} dari {needed}",
                r.signatories.len()
            ),
        });
    }
    if let (Some(total), GrantKind::Agreement) = (amount, kind) {
        let sum: i64 = tranches.iter().sum();
        if tranches.len() >= 2 && sum != total {
            flags.push(Flag {
                code: "tranches_mismatch",
                message: format!(
                    "jumlah tahapan {} tidak sama dengan nilai hibah {}",
                    super::html::rupiah(sum),
                    super::html::rupiah(total)
                ),
            });
        }
    }
    let mut parties = r.parties.iter();
    let grantor = parties.next().cloned();
    let grantee = match kind {
        GrantKind::Agreement => parties.next().cloned(),
        GrantKind::Letter => None,
    };
    Some(Grant {
        id: doc.id,
        source: doc.source.clone(),
        kind,
        doc_type: r.doc_type.as_str().to_string(),
        title: r.title.clone(),
        numbers: r.numbers.clone(),
        date: r.date,
        grantor,
        grantee,
        amount,
        tranches,
        dates: r.dates.clone(),
        signatories: r.signatories.len(),
        flags,
    })
}

/// Every grant, agreements first, each group newest first.
pub fn grants(docs: &[StoredDocument]) -> Vec<Grant> {
    let mut out: Vec<Grant> = docs.iter().filter_map(grant_of).collect();
    out.sort_by(|a, b| {
        (a.kind != GrantKind::Agreement)
            .cmp(&(b.kind != GrantKind::Agreement))
            .then(b.date.cmp(&a.date))
            .then(a.source.cmp(&b.source))
    });
    out
}

/// Totals of the agreements per grantee and per year (undated ones under year 0).
pub fn totals(grants: &[Grant]) -> Totals {
    let mut t = Totals::default();
    for g in grants.iter().filter(|g| g.kind == GrantKind::Agreement) {
        let amount = g.amount.unwrap_or(0);
        let grantee = g
            .grantee
            .clone()
            .unwrap_or_else(|| "(penerima tidak terbaca)".into());
        let e = t.per_grantee.entry(grantee).or_default();
        e.0 += 1;
        e.1 += amount;
        let y = t
            .per_year
            .entry(g.date.map_or(0, |d| d.year()))
            .or_default();
        y.0 += 1;
        y.1 += amount;
        t.agreements += 1;
        t.amount += amount;
    }
    t
}

/// The table as CSV (Indonesian headers, amounts in plain rupiah digits).
pub fn csv(grants: &[Grant]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "sumber",
        "jenis",
        "nomor",
        "tanggal",
        "pemberi_hibah",
        "penerima_hibah",
        "nilai_rp",
        "tahapan_rp",
        "tanggal_lain",
        "catatan",
    ])?;
    for g in grants {
        w.write_record([
            g.id.to_string(),
            g.source.clone(),
            match g.kind {
                GrantKind::Agreement => "perjanjian".to_string(),
                GrantKind::Letter => "surat".to_string(),
            },
            g.numbers.join("; "),
            g.date.map(|d| d.to_string()).unwrap_or_default(),
            g.grantor.clone().unwrap_or_default(),
            g.grantee.clone().unwrap_or_default(),
            g.amount.map(|a| a.to_string()).unwrap_or_default(),
            g.tranches
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join("; "),
            g.dates
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("; "),
            g.flags
                .iter()
                .map(|f| f.message.clone())
                .collect::<Vec<_>>()
                .join("; "),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, Rupiah, Signatory};

    fn doc(id: i64, record: Record) -> StoredDocument {
        StoredDocument {
            id,
            sha256: format!("{id:064}"),
            source: format!("doc{id}.pdf"),
            path: format!("/x/doc{id}.pdf"),
            format: "pdf".into(),
            record,
            pages: Vec::new(),
        }
    }

    fn amount(v: i64, agree: Option<bool>) -> Amount {
        Amount {
            value: Rupiah(v),
            currency: "IDR".into(),
            text: format!("Rp{v}"),
            words_agree: agree,
            words_value: agree.map(|a| Rupiah(if a { v } else { v + 1 })),
        }
    }

    fn signer(name: &str) -> Signatory {
        Signatory {
            name: name.into(),
            position: None,
        }
    }

    #[test]
    fn agreement_with_tranches_and_flags() {
        let r = Record {
            doc_type: DocType::Nphd,
            parties: vec!["PEMPROV".into(), "KPU".into()],
            amounts: vec![
                amount(131, Some(true)),
                amount(52, None),
                amount(78, Some(false)),
            ],
            signatories: vec![signer("A")],
            date: NaiveDate::from_ymd_opt(2023, 11, 7),
            ..Record::default()
        };
        let g = grant_of(&doc(1, r)).expect("an NPHD is a grant");
        assert_eq!(g.kind, GrantKind::Agreement);
        assert_eq!(g.grantor.as_deref(), Some("PEMPROV"));
        assert_eq!(g.grantee.as_deref(), Some("KPU"));
        assert_eq!(g.amount, Some(131));
        assert_eq!(g.tranches, vec![52, 78]);
        let codes: Vec<&str> = g.flags.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            vec!["words_disagree", "missing_signatory", "tranches_mismatch"]
        );
    }

    #[test]
    fn letters_listed_but_not_totalled() {
        let nphd = Record {
            doc_type: DocType::Nphd,
            parties: vec!["PEMPROV".into(), "KPU".into()],
            amounts: vec![amount(100, None), amount(40, None), amount(60, None)],
            signatories: vec![signer("A"), signer("B")],
            date: NaiveDate::from_ymd_opt(2023, 11, 7),
            ..Record::default()
        };
        let letter = Record {
            doc_type: DocType::SuratDinas,
            title: Some("Penyaluran Dana Hibah Tahap II".into()),
            amounts: vec![amount(60, None)],
            signatories: vec![signer("C")],
            date: NaiveDate::from_ymd_opt(2024, 6, 3),
            ..Record::default()
        };
        let circular = Record {
            doc_type: DocType::SuratEdaran,
            title: Some("Tertib belanja hibah".into()),
            amounts: vec![amount(5, None)],
            ..Record::default()
        };
        let all = grants(&[doc(1, letter), doc(2, nphd), doc(3, circular)]);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].kind, GrantKind::Agreement);
        assert!(all[0].flags.is_empty(), "{:?}", all[0].flags);
        let t = totals(&all);
        assert_eq!(t.amount, 100);
        assert_eq!(t.per_grantee.get("KPU"), Some(&(1, 100)));
        assert_eq!(t.per_year.get(&2023), Some(&(1, 100)));
        let csv = String::from_utf8(csv(&all).expect("csv")).expect("utf8");
        assert!(csv.starts_with("id,sumber,jenis"));
        assert_eq!(csv.lines().count(), 3);
    }
}
