//! A consume folder: files are imported once they have finished being written.
//!
//! The folder is polled rather than watched through inotify: polling also works on the
//! network shares (SMB, NFS) scanners write to, where inotify sees nothing. A file is
//! ready once its size and modification time have not changed for the settle time.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::{ingest_with, Report, RunOptions};
use crate::error::Error;
use crate::index::SearchIndex;
use crate::ingest;
use crate::pipeline::Pipeline;
use crate::store::Catalog;

/// Timing of a watch.
#[derive(Debug, Clone)]
pub struct WatchSettings {
    /// How long a file must stay unchanged before it is read.
    pub settle: Duration,
    /// Time between looks at the folder.
    pub interval: Duration,
}

/// What a file looked like at the last look, and since when.
struct Seen {
    size: u64,
    modified: Option<SystemTime>,
    since: Instant,
    imported: bool,
}

/// Names that scanners, browsers and copy tools give files still being written.
fn is_partial(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name.starts_with("~$")
        || [".part", ".partial", ".tmp", ".crdownload", ".download", "~"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// Watches `dir` until stopped, importing each file once it is complete; `on_batch` is told
/// what each round imported.
pub async fn watch(
    dir: &Path,
    pipeline: &Pipeline,
    catalog: &Catalog,
    index: Option<&SearchIndex>,
    options: &RunOptions,
    settings: &WatchSettings,
    mut on_batch: impl FnMut(&Report),
) -> Result<(), Error> {
    if !dir.is_dir() {
        return Err(Error::Io {
            path: dir.to_owned(),
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "not a folder; create it or give the consume folder's path",
            ),
        });
    }
    let mut seen: HashMap<PathBuf, Seen> = HashMap::new();
    loop {
        let (files, _) = ingest::expand(&[dir.to_owned()]);
        let now = Instant::now();
        let mut ready = Vec::new();
        let mut present = std::collections::HashSet::new();
        for f in files {
            if is_partial(&f.path) {
                continue;
            }
            let Ok(meta) = std::fs::metadata(&f.path) else {
                continue;
            };
            present.insert(f.path.clone());
            let (size, modified) = (meta.len(), meta.modified().ok());
            let entry = seen.entry(f.path.clone()).or_insert(Seen {
                size,
                modified,
                since: now,
                imported: false,
            });
            if entry.size != size || entry.modified != modified {
                // Still being written (or replaced): wait for it to settle again.
                *entry = Seen {
                    size,
                    modified,
                    since: now,
                    imported: false,
                };
                continue;
            }
            let old_enough = modified
                .and_then(|m| m.elapsed().ok())
                .is_none_or(|age| age >= settings.settle);
            if !entry.imported && now.duration_since(entry.since) >= settings.settle && old_enough {
                ready.push(f.path.clone());
                entry.imported = true;
            }
        }
        seen.retain(|p, _| present.contains(p));
        if !ready.is_empty() {
            ready.sort();
            let report = ingest_with(&ready, pipeline, catalog, index, options).await?;
            on_batch(&report);
        }
        tokio::time::sleep(settings.interval).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_still_being_written_are_recognised_by_name() {
        assert!(is_partial(Path::new("/in/scan-0001.pdf.part")));
        assert!(is_partial(Path::new("/in/Surat.pdf.crdownload")));
        assert!(is_partial(Path::new("/in/~$nota.docx")));
        assert!(!is_partial(Path::new("/in/nphd-2024.pdf")));
    }
}
