//! The catalog database (SQLite by default, PostgreSQL with a `postgres://` URL) via sqlx.
//!
//! One SQL dialect serves both through sqlx's `Any` driver: `$N` placeholders and
//! `ON CONFLICT ... DO NOTHING RETURNING` work in SQLite 3.35+ and PostgreSQL alike.

use std::path::Path;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};

use crate::error::Error;
use crate::model::{Document, Evidence, Page, Record, TextOrigin};
use crate::store::queue::{JobRef, JobState};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Connection to the catalog.
#[derive(Clone)]
pub struct Catalog {
    pub(super) pool: AnyPool,
    pub(super) url: String,
}

/// A catalogued document as read back: record, pages and identity.
#[derive(Debug, Clone)]
pub struct StoredDocument {
    pub id: i64,
    pub sha256: String,
    pub source: String,
    pub path: String,
    pub format: String,
    pub record: Record,
    pub pages: Vec<Page>,
}

/// Result of trying to add a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New(i64),
    AlreadyPresent,
    /// The import job now belongs to another worker; nothing was written.
    LeaseLost,
}

/// The SQLite URL of the default catalog file under a data folder.
pub fn default_url(data_dir: &Path) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("catalog.sqlite").display()
    )
}

impl Catalog {
    /// Opens (creating if needed) the catalog at `url` and applies migrations.
    pub async fn open(url: &str) -> Result<Catalog, Error> {
        sqlx::any::install_default_drivers();
        let err = |message: String| Error::Catalog {
            url: redact(url),
            message,
        };
        let is_sqlite = url.starts_with("sqlite:");
        if !is_sqlite && !url.starts_with("postgres://") && !url.starts_with("postgresql://") {
            return Err(err(
                "unsupported database URL; use sqlite://FILE or postgres://...".into(),
            ));
        }
        // Two processes opening a new catalog at once (an import and a `status`, say) would
        // both switch it to WAL and create its tables; a lock file beside it serialises that.
        let _setup = if is_sqlite {
            migration_lock(url).map_err(|e| err(format!("cannot lock the catalog: {e}")))?
        } else {
            None
        };
        let pool = AnyPoolOptions::new()
            // SQLite has one writer; a single connection avoids lock contention.
            .max_connections(if is_sqlite { 1 } else { 8 })
            .connect(url)
            .await
            .map_err(|e| err(format!("cannot connect: {e}")))?;
        if is_sqlite {
            for pragma in [
                "PRAGMA journal_mode = WAL",
                "PRAGMA foreign_keys = ON",
                // FULL: a power cut must not lose a document the import queue already counts as done.
                "PRAGMA synchronous = FULL",
                "PRAGMA busy_timeout = 10000",
            ] {
                sqlx::query(sqlx::AssertSqlSafe(pragma))
                    .execute(&pool)
                    .await
                    .map_err(|e| err(e.to_string()))?;
            }
            SQLITE_MIGRATIONS.run(&pool).await
        } else {
            POSTGRES_MIGRATIONS.run(&pool).await
        }
        .map_err(|e| err(format!("migration failed: {e}")))?;
        Ok(Catalog {
            pool,
            url: redact(url),
        })
    }

    pub(super) fn err(&self, e: sqlx::Error) -> Error {
        Error::Catalog {
            url: self.url.clone(),
            message: e.to_string(),
        }
    }

    /// Whether a document with this SHA-256 is catalogued.
    pub async fn contains(&self, sha256: &str) -> Result<bool, Error> {
        let row = sqlx::query("SELECT 1 FROM documents WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        Ok(row.is_some())
    }

    /// Adds a document and its pages in one transaction; a known SHA-256 adds nothing.
    pub async fn add(&self, doc: &Document) -> Result<Added, Error> {
        self.add_for_job(doc, None).await
    }

    /// Adds a document and, in the same transaction, moves its import job to `catalogued`
    /// (or `present`). If the job's lease went to another worker meanwhile, nothing is
    /// written and [`Added::LeaseLost`] is returned: that worker owns the file now.
    pub async fn add_for_job(&self, doc: &Document, job: Option<&JobRef>) -> Result<Added, Error> {
        let record = serde_json::to_string(&doc.record).map_err(|e| Error::Catalog {
            url: self.url.clone(),
            message: format!("cannot encode record: {e}"),
        })?;
        let mut tx = self.pool.begin().await.map_err(|e| self.err(e))?;
        let row = sqlx::query(
            "INSERT INTO documents (sha256, source, path, format, size_bytes, page_count, doc_type, \
             title, doc_date, place, record, warnings, ingested_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             ON CONFLICT (sha256) DO NOTHING RETURNING id",
        )
        .bind(&doc.sha256)
        .bind(&doc.source)
        .bind(&doc.path)
        .bind(&doc.format)
        .bind(i64::try_from(doc.size_bytes).unwrap_or(i64::MAX))
        .bind(doc.pages.len() as i64)
        .bind(doc.record.doc_type.as_str())
        .bind(doc.record.title.clone())
        .bind(doc.record.date.map(|d| d.to_string()))
        .bind(doc.record.place.clone())
        .bind(record)
        .bind(doc.warnings.join("\n"))
        .bind(chrono::Utc::now().to_rfc3339())
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| self.err(e))?;
        let Some(row) = row else {
            if let Some(job) = job {
                let existing: i64 = sqlx::query("SELECT id FROM documents WHERE sha256 = $1")
                    .bind(&doc.sha256)
                    .fetch_one(&mut *tx)
                    .await
                    .and_then(|r| r.try_get(0))
                    .map_err(|e| self.err(e))?;
                if !Self::finish_job(
                    &mut tx,
                    job,
                    JobState::Present,
                    &doc.sha256,
                    existing,
                    doc.pages.len(),
                )
                .await
                .map_err(|e| self.err(e))?
                {
                    return Ok(Added::LeaseLost);
                }
                tx.commit().await.map_err(|e| self.err(e))?;
            }
            return Ok(Added::AlreadyPresent);
        };
        let id: i64 = row.try_get(0).map_err(|e| self.err(e))?;
        if let Some(job) = job {
            if !Self::finish_job(
                &mut tx,
                job,
                JobState::Catalogued,
                &doc.sha256,
                id,
                doc.pages.len(),
            )
            .await
            .map_err(|e| self.err(e))?
            {
                // Dropping the transaction rolls the document back.
                return Ok(Added::LeaseLost);
            }
        }
        for page in &doc.pages {
            sqlx::query(
                "INSERT INTO pages (document_id, page_no, text, origin, confidence, error) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(i64::from(page.number))
            .bind(&page.text)
            .bind(page.origin.as_str())
            .bind(page.confidence.map(f64::from))
            .bind(page.error.clone())
            // sqlx 0.9's Any driver binds a NULL f64 as float4 but a value as float8; a
            // cached statement prepared with the NULL then rejects the value on PostgreSQL.
            .persistent(false)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        }
        Self::insert_evidence(&mut tx, id, &doc.evidence)
            .await
            .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(Added::New(id))
    }

    async fn insert_evidence(
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        id: i64,
        evidence: &[Evidence],
    ) -> Result<(), sqlx::Error> {
        for e in evidence {
            sqlx::query(
                "INSERT INTO evidence (document_id, field, value, page_no, start_byte, end_byte) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(&e.field)
            .bind(&e.value)
            .bind(i64::from(e.page))
            .bind(e.start as i64)
            .bind(e.end as i64)
            .execute(&mut **tx)
            .await?;
        }
        Ok(())
    }

    /// The evidence of a document's extracted values.
    pub async fn evidence(&self, id: i64) -> Result<Vec<Evidence>, Error> {
        let query = sqlx::query(
            "SELECT field, value, page_no, start_byte, end_byte FROM evidence WHERE document_id = $1 \
             ORDER BY page_no, start_byte",
        )
        .bind(id);
        self.rows(query, |r| {
            let page: i64 = r.try_get(2)?;
            let start: i64 = r.try_get(3)?;
            let end: i64 = r.try_get(4)?;
            Ok(Evidence {
                field: r.try_get(0)?,
                value: r.try_get(1)?,
                page: page as u32,
                start: start as usize,
                end: end as usize,
            })
        })
        .await
    }

    /// Replaces a document's extracted record and its evidence (after the rules changed).
    pub async fn update_record(
        &self,
        id: i64,
        record: &Record,
        evidence: &[Evidence],
    ) -> Result<(), Error> {
        let json = serde_json::to_string(record).map_err(|e| Error::Catalog {
            url: self.url.clone(),
            message: format!("cannot encode record: {e}"),
        })?;
        let mut tx = self.pool.begin().await.map_err(|e| self.err(e))?;
        sqlx::query("UPDATE documents SET record = $1, doc_type = $2, title = $3, doc_date = $4, place = $5 WHERE id = $6")
            .bind(json)
            .bind(record.doc_type.as_str())
            .bind(record.title.clone())
            .bind(record.date.map(|d| d.to_string()))
            .bind(record.place.clone())
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        sqlx::query("DELETE FROM evidence WHERE document_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(|e| self.err(e))?;
        Self::insert_evidence(&mut tx, id, evidence)
            .await
            .map_err(|e| self.err(e))?;
        tx.commit().await.map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Records a file that could not be read.
    pub async fn add_failure(
        &self,
        path: &str,
        source: &str,
        sha256: Option<&str>,
        reason: &str,
    ) -> Result<(), Error> {
        sqlx::query("INSERT INTO failures (path, source, sha256, reason, failed_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(path)
            .bind(source)
            .bind(sha256.map(str::to_owned))
            .bind(reason)
            .bind(chrono::Utc::now().to_rfc3339())
            .execute(&self.pool)
            .await
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Ids and SHA-256 of all documents.
    pub async fn ids(&self) -> Result<Vec<(i64, String)>, Error> {
        let query = sqlx::query("SELECT id, sha256 FROM documents ORDER BY id");
        self.rows(query, |r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .await
    }

    /// Ids of all documents ordered by source.
    pub async fn ids_by_source(&self) -> Result<Vec<i64>, Error> {
        let query = sqlx::query("SELECT id FROM documents ORDER BY source, id");
        self.rows(query, |r| r.try_get(0)).await
    }

    /// OCR pages whose mean word confidence is below `threshold`, worst first:
    /// (source, path, page number, confidence).
    pub async fn low_confidence_pages(
        &self,
        threshold: f64,
    ) -> Result<Vec<(String, String, u32, f64)>, Error> {
        let query = sqlx::query(
            "SELECT d.source, d.path, p.page_no, p.confidence FROM pages p JOIN documents d ON d.id = p.document_id \
             WHERE p.origin = 'ocr' AND p.confidence < $1 ORDER BY p.confidence, d.source, p.page_no",
        )
        .bind(threshold);
        self.rows(query, |r| {
            let page: i64 = r.try_get(2)?;
            Ok((r.try_get(0)?, r.try_get(1)?, page as u32, r.try_get(3)?))
        })
        .await
    }

    /// Counts for `naskah status`: documents, pages, OCR pages, failures recorded.
    pub async fn totals(&self) -> Result<(i64, i64, i64, i64), Error> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM pages), \
             (SELECT COUNT(*) FROM pages WHERE origin = 'ocr'), (SELECT COUNT(*) FROM failures)",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        Ok((
            row.try_get(0).map_err(|e| self.err(e))?,
            row.try_get(1).map_err(|e| self.err(e))?,
            row.try_get(2).map_err(|e| self.err(e))?,
            row.try_get(3).map_err(|e| self.err(e))?,
        ))
    }

    /// Ids of documents whose source is `source` (or ends with `/source`), newest first.
    pub async fn find_source(&self, source: &str) -> Result<Vec<i64>, Error> {
        // The exact name uses the index; the suffix match scans, so it only runs when needed
        // (0.6 s instead of 0.05 s at a million documents).
        let exact =
            sqlx::query("SELECT id FROM documents WHERE source = $1 ORDER BY id DESC").bind(source);
        let ids: Vec<i64> = self.rows(exact, |r| r.try_get(0)).await?;
        if !ids.is_empty() {
            return Ok(ids);
        }
        let suffix = sqlx::query("SELECT id FROM documents WHERE source LIKE $1 ORDER BY id DESC")
            .bind(format!("%/{source}"));
        self.rows(suffix, |r| r.try_get(0)).await
    }

    /// One document with its pages.
    pub async fn get(&self, id: i64) -> Result<Option<StoredDocument>, Error> {
        let row = sqlx::query(
            "SELECT id, sha256, source, path, format, record FROM documents WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        let Some(row) = row else { return Ok(None) };
        let mut doc = self.decode_document(&row)?;
        doc.pages = self.pages(id).await?;
        Ok(Some(doc))
    }

    async fn pages(&self, id: i64) -> Result<Vec<Page>, Error> {
        let query = sqlx::query(
            "SELECT page_no, text, origin, confidence, error FROM pages WHERE document_id = $1 ORDER BY page_no",
        )
        .bind(id);
        self.rows(query, |r| {
            let number: i64 = r.try_get(0)?;
            let origin: String = r.try_get(2)?;
            let confidence: Option<f64> = r.try_get(3)?;
            Ok(Page {
                number: number as u32,
                text: r.try_get(1)?,
                origin: TextOrigin::parse(&origin),
                confidence: confidence.map(|c| c as f32),
                error: r.try_get(4)?,
            })
        })
        .await
    }

    /// Runs a query and decodes every row; errors of either step name the catalog.
    pub(super) async fn rows<T>(
        &self,
        query: sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
        decode: impl Fn(&AnyRow) -> Result<T, sqlx::Error>,
    ) -> Result<Vec<T>, Error> {
        let rows = query.fetch_all(&self.pool).await.map_err(|e| self.err(e))?;
        rows.iter()
            .map(decode)
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))
    }

    fn decode_document(&self, row: &AnyRow) -> Result<StoredDocument, Error> {
        let get = |i: usize| -> Result<String, Error> {
            row.try_get::<String, _>(i).map_err(|e| self.err(e))
        };
        let record_json = get(5)?;
        let record: Record = serde_json::from_str(&record_json).map_err(|e| Error::Catalog {
            url: self.url.clone(),
            message: format!("stored record cannot be decoded: {e}"),
        })?;
        Ok(StoredDocument {
            id: row.try_get(0).map_err(|e| self.err(e))?,
            sha256: get(1)?,
            source: get(2)?,
            path: get(3)?,
            format: get(4)?,
            record,
            pages: Vec::new(),
        })
    }

    /// Every document's identity and record, without pages (for summaries such as the
    /// web app's grants table and facets), ordered by source.
    pub async fn records(&self) -> Result<Vec<StoredDocument>, Error> {
        let rows = sqlx::query(
            "SELECT id, sha256, source, path, format, record FROM documents ORDER BY source, id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(|e| self.err(e))?;
        rows.iter().map(|r| self.decode_document(r)).collect()
    }

    /// The most recent `limit` failed files, newest first: (path, source, reason, failed_at).
    pub async fn failures(
        &self,
        limit: i64,
    ) -> Result<Vec<(String, String, String, String)>, Error> {
        let query = sqlx::query(
            "SELECT path, source, reason, failed_at FROM failures ORDER BY id DESC LIMIT $1",
        )
        .bind(limit);
        self.rows(query, |r| {
            Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?))
        })
        .await
    }
}

/// An exclusive lock on `<database file>.lock`, held while migrations run; none for an
/// in-memory database.
fn migration_lock(url: &str) -> std::io::Result<Option<std::fs::File>> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path.starts_with(":memory:") {
        return Ok(None);
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(format!("{path}.lock"))?;
    file.lock()?;
    Ok(Some(file))
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme + 3],
                    &creds[..colon],
                    &url[at..]
                ),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://naskah:secret@db/naskah"),
            "postgres://naskah:***@db/naskah"
        );
        assert_eq!(
            redact("sqlite://index/catalog.sqlite?mode=rwc"),
            "sqlite://index/catalog.sqlite?mode=rwc"
        );
    }
}
