//! Rule packs: extra extraction patterns an archive adds for its own agencies, in TOML
//! files next to the pipeline, without recompiling naskah.
//!
//! ```toml
//! [[numbers]]          # group 1 is the document's own number
//! pattern = '(?m)^\s*Reg\.\s*No\.\s*(\S+)'
//!
//! [[doc_types]]        # a heading that names the kind of document
//! pattern = '(?m)^\s*SURAT PERINTAH TUGAS\b'
//! doc_type = "surat_dinas"
//!
//! [[references]]       # group 1 the number, group 2 (optional) the year
//! pattern = '(?i)Peraturan LKPP Nomor (\d+) Tahun (\d{4})'
//! type = "LAINNYA"
//! ```

use std::path::Path;

use regex::Regex;
use serde::Deserialize;

use crate::error::Error;
use crate::model::{DocType, RefType};

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PackFile {
    #[serde(default)]
    numbers: Vec<PatternEntry>,
    #[serde(default)]
    doc_types: Vec<DocTypeEntry>,
    #[serde(default)]
    references: Vec<ReferenceEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternEntry {
    pattern: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocTypeEntry {
    pattern: String,
    doc_type: DocType,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceEntry {
    pattern: String,
    #[serde(rename = "type")]
    kind: RefType,
}

/// Compiled extra rules; empty by default.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub numbers: Vec<Regex>,
    pub doc_types: Vec<(Regex, DocType)>,
    pub references: Vec<(Regex, RefType)>,
}

impl Rules {
    /// Loads and compiles rule packs; errors name the file and the bad pattern.
    pub fn load(paths: &[std::path::PathBuf]) -> Result<Rules, Error> {
        let mut rules = Rules::default();
        for path in paths {
            rules.add_file(path)?;
        }
        Ok(rules)
    }

    fn add_file(&mut self, path: &Path) -> Result<(), Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let bad = |message: String| Error::Pipeline {
            path: path.to_owned(),
            message,
        };
        let pack: PackFile = toml::from_str(&text).map_err(|e| bad(e.to_string()))?;
        let compile = |p: &str, groups: usize| -> Result<Regex, Error> {
            let re = Regex::new(p).map_err(|e| bad(format!("pattern {p:?}: {e}")))?;
            if re.captures_len() <= groups {
                return Err(bad(format!(
                    "pattern {p:?} needs {groups} capture group(s)"
                )));
            }
            Ok(re)
        };
        for e in pack.numbers {
            self.numbers.push(compile(&e.pattern, 1)?);
        }
        for e in pack.doc_types {
            self.doc_types.push((compile(&e.pattern, 0)?, e.doc_type));
        }
        for e in pack.references {
            self.references.push((compile(&e.pattern, 1)?, e.kind));
        }
        Ok(())
    }
}
