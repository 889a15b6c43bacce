//! Turns the PATH arguments of `ingest` into the list of files to read.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// A file to ingest and its `source` name: the path relative to the folder given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    pub source: String,
}

/// A path that could not be walked, and why.
#[derive(Debug, Clone)]
pub struct WalkProblem {
    pub path: PathBuf,
    pub reason: String,
}

/// Expands files and folders (recursively, following symlinks but never around a loop).
/// Hidden files and folders (names starting with '.') inside a folder are skipped.
pub fn expand(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<WalkProblem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for root in paths {
        match std::fs::metadata(root) {
            Err(e) => problems.push(WalkProblem {
                path: root.clone(),
                reason: e.to_string(),
            }),
            Ok(meta) if meta.is_file() => files.push(InputFile {
                path: root.clone(),
                source: root.file_name().map_or_else(
                    || root.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                ),
            }),
            Ok(meta) if meta.is_dir() => walk_dir(root, &mut files, &mut problems),
            Ok(_) => problems.push(WalkProblem {
                path: root.clone(),
                reason: "not a regular file or folder".into(),
            }),
        }
    }
    (files, problems)
}

fn walk_dir(root: &Path, files: &mut Vec<InputFile>, problems: &mut Vec<WalkProblem>) {
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                let source = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                files.push(InputFile {
                    path: e.path().to_owned(),
                    source,
                });
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().map_or_else(|| root.to_owned(), Path::to_owned);
                let reason = if err.loop_ancestor().is_some() {
                    "symlink loop; skipped".to_string()
                } else {
                    err.to_string()
                };
                problems.push(WalkProblem { path, reason });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_relative_and_slash_separated() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("a/b")).expect("mkdir");
        std::fs::write(dir.path().join("a/b/x.txt"), "x").expect("write");
        std::fs::write(dir.path().join("top.txt"), "y").expect("write");
        std::fs::write(dir.path().join(".hidden"), "z").expect("write");
        let (files, problems) = expand(&[dir.path().to_owned()]);
        let sources: Vec<_> = files.iter().map(|f| f.source.as_str()).collect();
        assert_eq!(sources, ["a/b/x.txt", "top.txt"]);
        assert!(problems.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_not_followed_forever() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        std::fs::write(dir.path().join("sub/doc.txt"), "x").expect("write");
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).expect("symlink");
        let (files, problems) = expand(&[dir.path().to_owned()]);
        assert_eq!(files.len(), 1);
        assert!(
            problems.iter().any(|p| p.reason.contains("loop")),
            "{problems:?}"
        );
    }
}
