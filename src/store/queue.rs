//! The import queue: one row per input file recording the state it reached, so an import
//! stopped by a crash, `kill -9` or a power cut resumes where it stopped.
//!
//! Workers take rows with a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has a
//! single writer). Every state change is fenced by the lease: a worker whose lease went to
//! another worker can no longer write, so each file is catalogued exactly once.

use std::path::{Path, PathBuf};

use sqlx::Row;

use crate::error::Error;
use crate::store::Catalog;

/// How often a file may be taken up before it is given up as one that stops the importer.
pub const MAX_ATTEMPTS: i64 = 3;

/// The state a file reached on its way into the archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobState {
    /// Listed, not yet read.
    Found,
    /// Read and hashed; its pages are known.
    Read,
    /// Every page has text (from its text layer or OCR).
    Ocred,
    /// Fields extracted; not yet in the catalog.
    Extracted,
    /// In the catalog; not yet in the search index.
    Catalogued,
    /// In the catalog and the index: done.
    Indexed,
    /// Its content was already catalogued (the same file, or a copy of it): done.
    Present,
    /// Could not be read; the reason is recorded: done.
    Failed,
}

impl JobState {
    /// Every state, in pipeline order.
    pub const ALL: [JobState; 8] = [
        JobState::Found,
        JobState::Read,
        JobState::Ocred,
        JobState::Extracted,
        JobState::Catalogued,
        JobState::Indexed,
        JobState::Present,
        JobState::Failed,
    ];

    /// The name stored in the catalog.
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Found => "found",
            JobState::Read => "read",
            JobState::Ocred => "ocred",
            JobState::Extracted => "extracted",
            JobState::Catalogued => "catalogued",
            JobState::Indexed => "indexed",
            JobState::Present => "present",
            JobState::Failed => "failed",
        }
    }

    /// The state of a stored name.
    pub fn parse(s: &str) -> Option<JobState> {
        JobState::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Whether a worker still has to read the file.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            JobState::Found | JobState::Read | JobState::Ocred | JobState::Extracted
        )
    }
}

/// SQL list of the states a worker still has to process.
const PENDING: &str = "('found', 'read', 'ocred', 'extracted')";
/// SQL list of the states whose file is in the catalog.
const DONE: &str = "('catalogued', 'indexed', 'present')";

/// A file to put in the queue.
#[derive(Debug, Clone)]
pub struct FileToQueue {
    pub path: PathBuf,
    pub source: String,
}

/// A file's row after [`Catalog::enqueue`].
#[derive(Debug, Clone)]
pub struct QueuedFile {
    pub id: i64,
    pub state: JobState,
}

/// Who holds a job: the row and the worker whose lease fences every write to it.
#[derive(Debug, Clone)]
pub struct JobRef {
    pub id: i64,
    pub worker: String,
}

/// A file taken from the queue by a worker.
#[derive(Debug, Clone)]
pub struct Job {
    pub job: JobRef,
    pub path: PathBuf,
    pub source: String,
    /// How many times it has been taken up, this time included.
    pub attempts: i64,
    /// The state an earlier, interrupted attempt reached.
    pub interrupted_at: Option<JobState>,
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn stamp() -> String {
    chrono::Utc::now().to_rfc3339()
}

/// A path as stored: itself when it is UTF-8, else `hex:` and its bytes, so file names in
/// legacy encodings (common on old Windows shares) can still be opened again on resume.
pub fn encode_path(path: &Path) -> String {
    match path.to_str() {
        Some(s) => s.to_string(),
        None => {
            #[cfg(unix)]
            {
                use std::os::unix::ffi::OsStrExt;
                format!("hex:{}", hex::encode(path.as_os_str().as_bytes()))
            }
            #[cfg(not(unix))]
            {
                path.to_string_lossy().into_owned()
            }
        }
    }
}

/// The path of a stored name (see [`encode_path`]).
pub fn decode_path(stored: &str) -> PathBuf {
    #[cfg(unix)]
    if let Some(bytes) = stored
        .strip_prefix("hex:")
        .and_then(|h| hex::decode(h).ok())
    {
        use std::os::unix::ffi::OsStringExt;
        return PathBuf::from(std::ffi::OsString::from_vec(bytes));
    }
    PathBuf::from(stored)
}

/// Size and modification time, which tell a replaced file from the one imported before.
fn fingerprint(path: &Path) -> (i64, String) {
    match std::fs::metadata(path) {
        Ok(m) => {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| format!("{}.{:09}", d.as_secs(), d.subsec_nanos()))
                .unwrap_or_default();
            (i64::try_from(m.len()).unwrap_or(i64::MAX), modified)
        }
        Err(_) => (-1, String::new()),
    }
}

impl Catalog {
    /// Puts files in the queue. A file imported before and unchanged since keeps its state
    /// (so it is not read again); a changed or failed one is queued afresh.
    pub async fn enqueue(&self, files: &[FileToQueue]) -> Result<Vec<QueuedFile>, Error> {
        let mut out = Vec::with_capacity(files.len());
        // Batches of a few hundred rows per transaction: fast, and a crash loses little.
        for chunk in files.chunks(500) {
            let mut tx = self.pool.begin().await.map_err(|e| self.err(e))?;
            for f in chunk {
                let path = encode_path(&f.path);
                let (size, modified) = fingerprint(&f.path);
                sqlx::query(
                    "INSERT INTO imports (path, source, size_bytes, modified, state, attempts, updated_at) \
                     VALUES ($1, $2, $3, $4, 'found', 0, $5) \
                     ON CONFLICT (path) DO UPDATE SET source = excluded.source, \
                     size_bytes = excluded.size_bytes, modified = excluded.modified, state = 'found', \
                     attempts = 0, sha256 = NULL, document_id = NULL, pages = NULL, reason = NULL, \
                     worker = NULL, lease_until = NULL, updated_at = excluded.updated_at \
                     WHERE imports.state = 'failed' OR imports.size_bytes <> excluded.size_bytes \
                     OR imports.modified <> excluded.modified",
                )
                .bind(&path)
                .bind(&f.source)
                .bind(size)
                .bind(modified)
                .bind(stamp())
                .execute(&mut *tx)
                .await
                .map_err(|e| self.err(e))?;
                let row = sqlx::query("SELECT id, state FROM imports WHERE path = $1")
                    .bind(&path)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(|e| self.err(e))?;
                let state: String = row.try_get(1).map_err(|e| self.err(e))?;
                out.push(QueuedFile {
                    id: row.try_get(0).map_err(|e| self.err(e))?,
                    state: JobState::parse(&state).unwrap_or(JobState::Found),
                });
            }
            tx.commit().await.map_err(|e| self.err(e))?;
        }
        Ok(out)
    }

    /// Takes the next pending file (or the file `only`) whose lease is free, for `lease_secs`.
    pub async fn claim(
        &self,
        worker: &str,
        lease_secs: i64,
        only: Option<i64>,
    ) -> Result<Option<Job>, Error> {
        let postgres = !self.url.starts_with("sqlite:");
        let sql = format!(
            "UPDATE imports SET worker = $1, lease_until = $2, attempts = attempts + 1, updated_at = $3 \
             WHERE id IN (SELECT id FROM imports WHERE state IN {PENDING} \
             AND (lease_until IS NULL OR lease_until < $4){} ORDER BY id LIMIT 1{}) \
             RETURNING id, path, source, attempts, state",
            if only.is_some() { " AND id = $5" } else { "" },
            if postgres { " FOR UPDATE SKIP LOCKED" } else { "" },
        );
        let t = now();
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(worker.to_string())
            .bind(t + lease_secs)
            .bind(stamp())
            .bind(t);
        if let Some(id) = only {
            query = query.bind(id);
        }
        let row = query
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        let Some(row) = row else { return Ok(None) };
        let path: String = row.try_get(1).map_err(|e| self.err(e))?;
        let state: String = row.try_get(4).map_err(|e| self.err(e))?;
        let attempts: i64 = row.try_get(3).map_err(|e| self.err(e))?;
        Ok(Some(Job {
            job: JobRef {
                id: row.try_get(0).map_err(|e| self.err(e))?,
                worker: worker.to_string(),
            },
            path: decode_path(&path),
            source: row.try_get(2).map_err(|e| self.err(e))?,
            attempts,
            interrupted_at: JobState::parse(&state).filter(|_| attempts > 1),
        }))
    }

    /// Records that a held file reached `state`; false when the lease went to another worker.
    pub async fn advance(
        &self,
        job: &JobRef,
        state: JobState,
        sha256: Option<&str>,
        lease_secs: i64,
    ) -> Result<bool, Error> {
        let sql = format!(
            "UPDATE imports SET state = $1, lease_until = $2, updated_at = $3{} \
             WHERE id = $4 AND worker = $5 AND state IN {PENDING}",
            if sha256.is_some() {
                ", sha256 = $6"
            } else {
                ""
            }
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(state.as_str())
            .bind(now() + lease_secs)
            .bind(stamp())
            .bind(job.id)
            .bind(job.worker.clone());
        if let Some(sha) = sha256 {
            query = query.bind(sha.to_string());
        }
        let done = query.execute(&self.pool).await.map_err(|e| self.err(e))?;
        Ok(done.rows_affected() == 1)
    }

    /// Marks a held file failed with its reason, and records it among the failures.
    pub async fn fail_job(
        &self,
        job: &JobRef,
        path: &Path,
        source: &str,
        reason: &str,
    ) -> Result<bool, Error> {
        let mut tx = self.pool.begin().await.map_err(|e| self.err(e))?;
        let done = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE imports SET state = 'failed', reason = $1, lease_until = NULL, updated_at = $2 \
             WHERE id = $3 AND worker = $4 AND state IN {PENDING}"
        )))
        .bind(reason)
        .bind(stamp())
        .bind(job.id)
        .bind(job.worker.clone())
        .execute(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO failures (path, source, reason, failed_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(path.display().to_string())
        .bind(source)
        .bind(reason)
        .bind(stamp())
        .execute(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(true)
    }

    /// Ends a job inside the transaction that catalogued its document.
    pub(super) async fn finish_job(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        job: &JobRef,
        state: JobState,
        sha256: &str,
        document_id: i64,
        pages: usize,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE imports SET state = $1, sha256 = $2, document_id = $3, pages = $4, \
             lease_until = NULL, updated_at = $5 WHERE id = $6 AND worker = $7 AND state IN {PENDING}"
        )))
        .bind(state.as_str())
        .bind(sha256)
        .bind(document_id)
        .bind(pages as i64)
        .bind(stamp())
        .bind(job.id)
        .bind(job.worker.clone())
        .execute(&mut **tx)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Ends a held job whose content was already catalogued: it points at that document.
    pub async fn finish_present(&self, job: &JobRef, sha256: &str) -> Result<bool, Error> {
        let mut tx = self.pool.begin().await.map_err(|e| self.err(e))?;
        let row = sqlx::query("SELECT id, page_count FROM documents WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        let Some(row) = row else { return Ok(false) };
        let id: i64 = row.try_get(0).map_err(|e| self.err(e))?;
        let pages: i64 = row.try_get(1).map_err(|e| self.err(e))?;
        let held = Self::finish_job(&mut tx, job, JobState::Present, sha256, id, pages as usize)
            .await
            .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(held)
    }

    /// Workers holding a live lease on a pending file.
    pub async fn lease_holders(&self) -> Result<Vec<String>, Error> {
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT DISTINCT worker FROM imports WHERE state IN {PENDING} \
             AND worker IS NOT NULL AND lease_until >= $1"
        )))
        .bind(now());
        self.rows(query, |r| r.try_get(0)).await
    }

    /// Documents whose import job waits for the index.
    pub async fn catalogued_document_ids(&self) -> Result<Vec<i64>, Error> {
        let query = sqlx::query(
            "SELECT document_id FROM imports WHERE state = 'catalogued' AND document_id IS NOT NULL",
        );
        self.rows(query, |r| r.try_get(0)).await
    }

    /// Extends the leases of every file `worker` holds (its heartbeat).
    pub async fn renew_leases(&self, worker: &str, lease_secs: i64) -> Result<(), Error> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE imports SET lease_until = $1 WHERE worker = $2 AND state IN {PENDING}"
        )))
        .bind(now() + lease_secs)
        .bind(worker)
        .execute(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Frees the leases of `worker` (stopping cleanly), so others can take its files at once.
    pub async fn release_leases(&self, worker: &str) -> Result<(), Error> {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE imports SET lease_until = NULL WHERE worker = $1 AND state IN {PENDING}"
        )))
        .bind(worker)
        .execute(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Moves the jobs of these (now indexed) documents from `catalogued` to `indexed`.
    pub async fn mark_indexed(&self, document_ids: &[i64]) -> Result<(), Error> {
        for chunk in document_ids.chunks(500) {
            // Ids are integers from the catalog, so listing them inline is safe.
            let list = chunk
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(",");
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE imports SET state = 'indexed' WHERE state = 'catalogued' AND document_id IN ({list})"
            )))
            .execute(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        }
        Ok(())
    }

    /// Number of files per state.
    pub async fn queue_counts(&self) -> Result<Vec<(JobState, i64)>, Error> {
        let query = sqlx::query("SELECT state, COUNT(*) FROM imports GROUP BY state");
        let rows: Vec<(String, i64)> = self
            .rows(query, |r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .await?;
        let mut counts: Vec<(JobState, i64)> = rows
            .into_iter()
            .filter_map(|(s, n)| JobState::parse(&s).map(|s| (s, n)))
            .collect();
        counts.sort();
        Ok(counts)
    }

    /// Files still to be read by some worker (held or not).
    pub async fn pending_jobs(&self) -> Result<i64, Error> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM imports WHERE state IN {PENDING}"
        )))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        row.try_get(0).map_err(|e| self.err(e))
    }

    /// Queues again the files counted as done whose document is missing from the catalog
    /// (a catalog restored from an older backup, say). Returns how many.
    pub async fn requeue_lost(&self) -> Result<u64, Error> {
        let done = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE imports SET state = 'found', attempts = 0, document_id = NULL, worker = NULL, \
             lease_until = NULL, updated_at = $1 WHERE state IN {DONE} \
             AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = imports.document_id)"
        )))
        .bind(stamp())
        .execute(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok(done.rows_affected())
    }

    /// Files counted as done whose document is missing from the catalog.
    pub async fn count_lost(&self) -> Result<u64, Error> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM imports WHERE state IN {DONE} \
             AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = imports.document_id)"
        )))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        let n: i64 = row.try_get(0).map_err(|e| self.err(e))?;
        Ok(n as u64)
    }

    /// Files left half-done by a stopped worker whose lease has run out: (path, state).
    pub async fn interrupted_jobs(&self) -> Result<Vec<(PathBuf, JobState)>, Error> {
        let query = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT path, state FROM imports WHERE state IN {PENDING} AND attempts > 0 \
             AND (lease_until IS NULL OR lease_until < $1) ORDER BY id"
        )))
        .bind(now());
        let rows: Vec<(String, String)> = self
            .rows(query, |r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .await?;
        Ok(rows
            .into_iter()
            .map(|(p, s)| {
                (
                    decode_path(&p),
                    JobState::parse(&s).unwrap_or(JobState::Found),
                )
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip_and_only_unread_ones_are_pending() {
        for s in JobState::ALL {
            assert_eq!(JobState::parse(s.as_str()), Some(s));
        }
        let pending: Vec<_> = JobState::ALL
            .into_iter()
            .filter(|s| s.is_pending())
            .collect();
        assert_eq!(
            pending,
            [
                JobState::Found,
                JobState::Read,
                JobState::Ocred,
                JobState::Extracted
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_paths_survive_the_catalog() {
        use std::os::unix::ffi::OsStrExt;
        let raw = std::ffi::OsStr::from_bytes(b"/arsip/surat-\xe9dar.pdf");
        let stored = encode_path(Path::new(raw));
        assert!(stored.starts_with("hex:"), "{stored}");
        assert_eq!(decode_path(&stored).as_os_str(), raw);
        assert_eq!(encode_path(Path::new("/arsip/a.pdf")), "/arsip/a.pdf");
        assert_eq!(decode_path("/arsip/a.pdf"), PathBuf::from("/arsip/a.pdf"));
    }
}
