//! Uploads: each file is saved under the data folder in a folder named by its content
//! (`uploads/<sha256 prefix>/<name>`), then ingested by `batch::ingest` in a background
//! task, one file after the other so progress can be shown. Running and recent imports
//! are kept in memory; failures also go to the catalog's `failures` table (batch does that).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use axum::extract::Multipart;
use axum::http::HeaderMap;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::error::AppError;
use super::security::require_write;
use super::state::AppState;

/// Imports remembered for the import page (older finished ones are forgotten).
const KEEP_JOBS: usize = 50;
/// Longest file name kept from an upload.
const MAX_NAME_CHARS: usize = 120;

/// Where an import is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    Queued,
    Running,
    Finished,
}

/// One upload's import.
#[derive(Debug, Clone, Serialize)]
pub struct Job {
    pub id: u64,
    pub started_at: String,
    pub state: JobState,
    pub files: Vec<String>,
    pub done: usize,
    pub ingested: usize,
    pub already_present: usize,
    /// (file, reason) of each file that could not be ingested.
    pub failed: Vec<(String, String)>,
    /// Ids of the documents this import added or found.
    pub documents: Vec<i64>,
    /// An error that stopped the import (catalog unreachable, ...).
    pub error: Option<String>,
}

/// The registry of imports started by this server.
#[derive(Default)]
pub struct Imports {
    next: AtomicU64,
    jobs: Mutex<Vec<Job>>,
}

impl Imports {
    /// Every remembered import, newest first.
    pub fn list(&self) -> Vec<Job> {
        let jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        jobs.iter().rev().cloned().collect()
    }

    /// One import.
    pub fn get(&self, id: u64) -> Option<Job> {
        let jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        jobs.iter().find(|j| j.id == id).cloned()
    }

    fn start(&self, files: Vec<String>) -> u64 {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let mut jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        jobs.push(Job {
            id,
            started_at: chrono::Utc::now()
                .format("%Y-%m-%d %H:%M:%S UTC")
                .to_string(),
            state: JobState::Queued,
            files,
            done: 0,
            ingested: 0,
            already_present: 0,
            failed: Vec::new(),
            documents: Vec::new(),
            error: None,
        });
        while jobs.len() > KEEP_JOBS {
            match jobs.iter().position(|j| j.state == JobState::Finished) {
                Some(i) => {
                    jobs.remove(i);
                }
                None => break,
            }
        }
        id
    }

    fn update(&self, id: u64, f: impl FnOnce(&mut Job)) {
        let mut jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(j) = jobs.iter_mut().find(|j| j.id == id) {
            f(j);
        }
    }
}

/// A file name safe to create: the last path component, letters, digits and `.-_ ` only.
pub fn safe_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(MAX_NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        "upload".to_string()
    } else {
        cleaned
    }
}

/// Saves one uploaded file under `data/uploads/<first 16 hex of its SHA-256>/`.
fn save(data: &Path, name: &str, bytes: &[u8]) -> Result<(PathBuf, String), AppError> {
    let hash = hex::encode(Sha256::digest(bytes));
    let dir = data.join("uploads").join(&hash[..16]);
    std::fs::create_dir_all(&dir).map_err(|e| {
        AppError::internal(format!("cannot create the folder {}: {e}", dir.display()))
    })?;
    let path = dir.join(safe_name(name));
    std::fs::write(&path, bytes)
        .map_err(|e| AppError::internal(format!("cannot save {}: {e}", path.display())))?;
    Ok((path, hash))
}

/// Reads a multipart upload (`file` fields, optional `token` field), checks the right to
/// write, saves the files and starts their import. Returns the import's id.
pub async fn receive(
    state: &AppState,
    headers: &HeaderMap,
    mut form: Multipart,
) -> Result<u64, AppError> {
    // A declared size over the limit is refused before a byte of the body is read.
    let declared = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > state.max_upload_bytes as u64) {
        return Err(AppError::too_large(format!(
            "the upload is over the limit of {} MB",
            state.max_upload_bytes >> 20
        )));
    }
    let mut token = None;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let too_large = |e: axum::extract::multipart::MultipartError| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::too_large(format!(
                "the upload is over the limit of {} MB",
                state.max_upload_bytes >> 20
            ))
        } else {
            AppError::bad_request(format!("the upload cannot be read: {}", e.body_text()))
        }
    };
    while let Some(field) = form.next_field().await.map_err(too_large)? {
        let name = field.name().map(str::to_owned);
        match name.as_deref() {
            Some("token") => token = Some(field.text().await.map_err(too_large)?),
            Some("file") => {
                let name = field.file_name().unwrap_or("upload").to_string();
                let bytes = field.bytes().await.map_err(too_large)?;
                if !bytes.is_empty() {
                    files.push((name, bytes.to_vec()));
                }
            }
            Some(other) => {
                return Err(AppError::bad_request(format!(
                    "unknown form field '{other}'; send files as `file` (and `token`)"
                )))
            }
            None => {}
        }
    }
    require_write(state, headers, token.as_deref())?;
    if files.is_empty() {
        return Err(AppError::bad_request(
            "no file in the upload; send one or more non-empty `file` fields",
        ));
    }
    let mut saved = Vec::with_capacity(files.len());
    for (name, bytes) in &files {
        saved.push(save(&state.data, name, bytes)?);
    }
    let id = state
        .imports
        .start(files.iter().map(|(n, _)| safe_name(n)).collect());
    let state = state.clone();
    tokio::spawn(async move { run(state, id, saved).await });
    Ok(id)
}

/// Ingests the saved files one by one, recording progress.
async fn run(state: AppState, id: u64, paths: Vec<(PathBuf, String)>) {
    // One writer of the index at a time; the next upload waits here (state Queued).
    let _turn = state.write_lock.lock().await;
    state.imports.update(id, |j| j.state = JobState::Running);
    for (path, sha256) in paths {
        let result = crate::batch::ingest(
            std::slice::from_ref(&path),
            &state.pipeline,
            &state.catalog,
            Some(&state.index),
            None,
        )
        .await;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let found = match state.catalog.ids().await {
            Ok(ids) => ids.into_iter().find(|(_, h)| *h == sha256).map(|(i, _)| i),
            Err(_) => None,
        };
        state.imports.update(id, |j| {
            j.done += 1;
            match result {
                Ok(report) => {
                    j.ingested += report.ingested;
                    j.already_present += report.already_present;
                    j.failed
                        .extend(report.failed.into_iter().map(|f| (name.clone(), f.reason)));
                    if report.ingested + report.already_present > 0 {
                        j.documents.extend(found);
                    }
                }
                Err(e) => {
                    j.failed.push((name.clone(), e.to_string()));
                    j.error = Some(e.to_string());
                }
            }
        });
    }
    state.records.invalidate().await;
    state.imports.update(id, |j| j.state = JobState::Finished);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upload_names_cannot_leave_their_folder() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("C:\\Users\\x\\nphd 2023.pdf"), "nphd 2023.pdf");
        assert_eq!(safe_name(".."), "upload");
        assert_eq!(safe_name(".hidden"), "hidden");
        assert_eq!(safe_name("a<b>.pdf"), "a_b_.pdf");
    }
}
