//! The record of one document, exactly as `../shared/corpus/SCHEMA.md` describes it.

mod rupiah;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use rupiah::RupiahError;

/// Kind of official document (naskah dinas).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    SuratEdaran,
    Nphd,
    Mou,
    PerjanjianKerjaSama,
    Keputusan,
    Peraturan,
    SuratDinas,
    NotaDinas,
    BeritaAcara,
    Undangan,
    #[default]
    Lainnya,
}

impl DocType {
    /// All kinds, for help texts and facets.
    pub const ALL: [DocType; 11] = [
        DocType::SuratEdaran,
        DocType::Nphd,
        DocType::Mou,
        DocType::PerjanjianKerjaSama,
        DocType::Keputusan,
        DocType::Peraturan,
        DocType::SuratDinas,
        DocType::NotaDinas,
        DocType::BeritaAcara,
        DocType::Undangan,
        DocType::Lainnya,
    ];

    /// The schema's snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            DocType::SuratEdaran => "surat_edaran",
            DocType::Nphd => "nphd",
            DocType::Mou => "mou",
            DocType::PerjanjianKerjaSama => "perjanjian_kerja_sama",
            DocType::Keputusan => "keputusan",
            DocType::Peraturan => "peraturan",
            DocType::SuratDinas => "surat_dinas",
            DocType::NotaDinas => "nota_dinas",
            DocType::BeritaAcara => "berita_acara",
            DocType::Undangan => "undangan",
            DocType::Lainnya => "lainnya",
        }
    }

    /// Parses the schema's name.
    pub fn parse(s: &str) -> Option<DocType> {
        DocType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A name that is none of the schema's document kinds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown document type '{0}'; one of: surat_edaran, nphd, mou, perjanjian_kerja_sama, keputusan, peraturan, surat_dinas, nota_dinas, berita_acara, undangan, lainnya")]
pub struct UnknownDocType(String);

impl std::str::FromStr for DocType {
    type Err = UnknownDocType;

    fn from_str(s: &str) -> Result<DocType, UnknownDocType> {
        DocType::parse(s).ok_or_else(|| UnknownDocType(s.to_string()))
    }
}

/// An amount of money in whole rupiah.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rupiah(pub i64);

/// A money amount stated in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    pub value: Rupiah,
    pub currency: String,
    pub text: String,
    /// Whether the amount in words (terbilang) agrees with the digits; absent when only one is given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub words_agree: Option<bool>,
    /// The value the words state, when they are given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub words_value: Option<Rupiah>,
}

/// Kind of legal instrument cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum RefType {
    Uu,
    Perpu,
    Pp,
    Perpres,
    Keppres,
    Permen,
    Kepmen,
    Perda,
    Pergub,
    Perbup,
    Perwali,
    Kepgub,
    Kepbup,
    Skb,
    Se,
    Pkpu,
    Perbawaslu,
    Lainnya,
}

impl RefType {
    /// The schema's upper-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            RefType::Uu => "UU",
            RefType::Perpu => "PERPU",
            RefType::Pp => "PP",
            RefType::Perpres => "PERPRES",
            RefType::Keppres => "KEPPRES",
            RefType::Permen => "PERMEN",
            RefType::Kepmen => "KEPMEN",
            RefType::Perda => "PERDA",
            RefType::Pergub => "PERGUB",
            RefType::Perbup => "PERBUP",
            RefType::Perwali => "PERWALI",
            RefType::Kepgub => "KEPGUB",
            RefType::Kepbup => "KEPBUP",
            RefType::Skb => "SKB",
            RefType::Se => "SE",
            RefType::Pkpu => "PKPU",
            RefType::Perbawaslu => "PERBAWASLU",
            RefType::Lainnya => "LAINNYA",
        }
    }
}

/// A cited legal instrument.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference {
    #[serde(rename = "type")]
    pub kind: RefType,
    pub number: String,
    pub year: Option<i32>,
}

/// A person who signs the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    pub name: String,
    pub position: Option<String>,
}

/// The archival classification code at the head of a document number (`900.1.13.1` of
/// `900.1.13.1/77/BPKAD/2024`) and its top-level subject (`900` Keuangan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Classification {
    pub number: String,
    pub code: String,
    pub subject_code: String,
    pub subject: String,
}

/// Where an extracted value was read: page (from 1) and byte span in that page's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub field: String,
    pub value: String,
    pub page: u32,
    pub start: usize,
    pub end: usize,
}

/// The extracted facts of one document (SCHEMA.md), without `source` and `text`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Record {
    pub doc_type: DocType,
    pub title: Option<String>,
    pub numbers: Vec<String>,
    pub date: Option<NaiveDate>,
    pub place: Option<String>,
    pub parties: Vec<String>,
    pub signatories: Vec<Signatory>,
    pub amounts: Vec<Amount>,
    pub dates: Vec<NaiveDate>,
    pub references: Vec<Reference>,
    /// Classification codes of the document's own numbers (beyond SCHEMA.md).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classification: Vec<Classification>,
}

/// Where a page's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextOrigin {
    /// The PDF's own text layer.
    TextLayer,
    /// Tesseract OCR of the page image.
    Ocr,
    /// A plain-text file.
    Plain,
    /// Nothing could be read (blank, OCR off, or an error).
    None,
}

impl TextOrigin {
    /// Name stored in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            TextOrigin::TextLayer => "text_layer",
            TextOrigin::Ocr => "ocr",
            TextOrigin::Plain => "plain",
            TextOrigin::None => "none",
        }
    }

    /// Parses the catalog name.
    pub fn parse(s: &str) -> TextOrigin {
        match s {
            "text_layer" => TextOrigin::TextLayer,
            "ocr" => TextOrigin::Ocr,
            "plain" => TextOrigin::Plain,
            _ => TextOrigin::None,
        }
    }
}

/// One page of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub number: u32,
    pub text: String,
    pub origin: TextOrigin,
    /// Mean OCR word confidence, 0-100 (OCR pages only).
    pub confidence: Option<f32>,
    /// Why the page has no text, if it could not be read.
    pub error: Option<String>,
}

/// A document ready for the catalog.
#[derive(Debug, Clone)]
pub struct Document {
    pub sha256: String,
    pub source: String,
    pub path: String,
    pub format: String,
    pub size_bytes: u64,
    pub pages: Vec<Page>,
    pub record: Record,
    pub evidence: Vec<Evidence>,
    pub warnings: Vec<String>,
}

impl Document {
    /// Full text, pages separated by form feeds.
    pub fn text(&self) -> String {
        join_pages(self.pages.iter().map(|p| p.text.as_str()))
    }
}

/// Joins page texts with form feeds, as the export schema wants.
pub fn join_pages<'a>(pages: impl Iterator<Item = &'a str>) -> String {
    pages.map(str::trim_end).collect::<Vec<_>>().join("\u{c}")
}

/// The months in Indonesian, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// A date as official documents write it: `7 November 2023`.
pub fn long_date(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {} {}",
        d.day(),
        MONTH_NAMES[d.month0() as usize],
        d.year()
    )
}
