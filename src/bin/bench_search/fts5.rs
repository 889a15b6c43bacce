//! The peer: the same documents and queries on SQLite FTS5, through sqlx.
//!
//! FTS5 is compiled into the SQLite that `libsqlite3-sys` bundles (`SQLITE_ENABLE_FTS5`).
//! The full-text columns mirror naskah's searched fields, weighted like naskah's boosts
//! (title 2, numbers 3) in `bm25()`; the filter columns live in an ordinary table with
//! indexes, joined on the rowid (`CROSS JOIN`, so SQLite runs the full-text match first and
//! looks each match up by primary key: left to its own plan, it sometimes drove a filtered
//! query from the filter index and re-ran the match per row, taking seconds). Tokenizer: `unicode61 remove_diacritics 2` (FTS5 has no
//! Indonesian stemmer; `porter` is English-only).
//!
//! Fuzzy matching: FTS5 has none, and the `spellfix1` extension is not compiled into the
//! bundled SQLite. The fairest equivalent is what tantivy does, done by the application:
//! the index vocabulary (`fts5vocab`) is held in memory, bucketed by length, and each query
//! word expands to the terms within one edit (a transposition counting as one, as in
//! naskah); the expansion is part of the measured query time.

use std::collections::HashMap;
use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqliteSynchronous};
use sqlx::{AssertSqlSafe, Connection, Row};

use crate::gen::GenDoc;
use crate::{Query, QueryKind};

/// An FTS5 database and the vocabulary for fuzzy expansion.
pub struct Fts5 {
    conn: SqliteConnection,
    /// Index terms by length in characters.
    vocab: HashMap<usize, Vec<String>>,
}

/// One query's answer: ids of the top hits and, in full mode, the number of matches.
pub struct Answer {
    pub ids: Vec<u64>,
    pub total: Option<usize>,
}

const BM25: &str = "bm25(fts, 2.0, 1.0, 3.0, 1.0, 1.0, 1.0, 1.0)";

impl Fts5 {
    /// Creates the database at `path` and loads `docs`, committing every `batch` documents.
    pub async fn build(path: &Path, docs: &[GenDoc], batch: usize) -> sqlx::Result<Fts5> {
        let opts = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal);
        let mut conn = SqliteConnection::connect_with(&opts).await?;
        sqlx::query(
            "CREATE VIRTUAL TABLE fts USING fts5(title, text, numbers, parties, signatories, place, refs, tokenize = 'unicode61 remove_diacritics 2')",
        )
        .execute(&mut conn)
        .await?;
        sqlx::query(
            "CREATE TABLE docs (id INTEGER PRIMARY KEY, source TEXT NOT NULL, doc_type TEXT NOT NULL, date TEXT, year INTEGER, date_num INTEGER, min_amount INTEGER, max_amount INTEGER)",
        )
        .execute(&mut conn)
        .await?;
        sqlx::query("CREATE TABLE cites (key TEXT NOT NULL, doc_id INTEGER NOT NULL)")
            .execute(&mut conn)
            .await?;
        for chunk in docs.chunks(batch.max(1)) {
            let mut tx = conn.begin().await?;
            for d in chunk {
                let r = &d.record;
                let signatories: Vec<String> = r
                    .signatories
                    .iter()
                    .flat_map(|s| std::iter::once(s.name.clone()).chain(s.position.clone()))
                    .collect();
                let refs: Vec<String> = r
                    .references
                    .iter()
                    .map(|x| {
                        format!(
                            "{} {} {}",
                            x.kind.as_str(),
                            x.number,
                            x.year.map(|y| y.to_string()).unwrap_or_default()
                        )
                    })
                    .collect();
                sqlx::query(
                    "INSERT INTO fts (rowid, title, text, numbers, parties, signatories, place, refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(d.id as i64)
                .bind(r.title.as_deref())
                .bind(&d.text)
                .bind(r.numbers.join("\n"))
                .bind(r.parties.join("\n"))
                .bind(signatories.join("\n"))
                .bind(r.place.as_deref())
                .bind(refs.join("\n"))
                .execute(&mut *tx)
                .await?;
                let amounts = r.amounts.iter().map(|a| a.value.0);
                sqlx::query(
                    "INSERT INTO docs (id, source, doc_type, date, year, date_num, min_amount, max_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(d.id as i64)
                .bind(&d.source)
                .bind(r.doc_type.as_str())
                .bind(r.date.map(|x| x.to_string()))
                .bind(r.date.map(|x| chrono::Datelike::year(&x)))
                .bind(r.date.map(|x| crate::date_num(x) as i64))
                .bind(amounts.clone().min())
                .bind(amounts.max())
                .execute(&mut *tx)
                .await?;
                for reference in &r.references {
                    sqlx::query("INSERT INTO cites (key, doc_id) VALUES (?, ?)")
                        .bind(naskah::index::cite_key(reference))
                        .bind(d.id as i64)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
        }
        for sql in [
            "CREATE INDEX docs_type_date ON docs (doc_type, date_num)",
            "CREATE INDEX docs_date ON docs (date_num)",
            "CREATE INDEX docs_max_amount ON docs (max_amount)",
            "CREATE INDEX cites_key ON cites (key, doc_id)",
            "ANALYZE",
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ] {
            sqlx::query(AssertSqlSafe(sql)).execute(&mut conn).await?;
        }
        Ok(Fts5 {
            conn,
            vocab: HashMap::new(),
        })
    }

    /// Loads the index vocabulary for fuzzy expansion (once, like an application cache).
    pub async fn load_vocab(&mut self) -> sqlx::Result<usize> {
        sqlx::query("CREATE VIRTUAL TABLE IF NOT EXISTS fts_vocab USING fts5vocab(fts, 'row')")
            .execute(&mut self.conn)
            .await?;
        let rows = sqlx::query("SELECT term FROM fts_vocab")
            .fetch_all(&mut self.conn)
            .await?;
        let mut n = 0;
        for row in rows {
            let term: String = row.try_get(0)?;
            self.vocab
                .entry(term.chars().count())
                .or_default()
                .push(term);
            n += 1;
        }
        Ok(n)
    }

    /// The FTS5 MATCH expression of a query: words OR-ed (as naskah ranks them), phrases
    /// as phrases, fuzzy words expanded to their one-edit neighbours.
    fn match_expr(&self, q: &Query) -> String {
        let text = q.text.trim();
        if text.starts_with('"') {
            return text.to_lowercase();
        }
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut terms: Vec<String> = Vec::new();
        for w in words {
            if q.kind == QueryKind::Fuzzy {
                let len = w.chars().count();
                for l in len.saturating_sub(1)..=len + 1 {
                    for t in self.vocab.get(&l).into_iter().flatten() {
                        if within_one_edit(&w, t) {
                            terms.push(t.clone());
                        }
                    }
                }
                if terms.is_empty() {
                    terms.push(w);
                }
            } else {
                terms.push(w);
            }
        }
        terms.sort();
        terms.dedup();
        terms
            .iter()
            .map(|t| format!("\"{}\"", t.replace('"', "")))
            .collect::<Vec<_>>()
            .join(" OR ")
    }

    /// The SQL conditions of a query's filters, beyond MATCH.
    fn filter_sql(q: &Query) -> String {
        let mut sql = String::new();
        if q.doc_type.is_some() {
            sql.push_str(" AND docs.doc_type = ?2");
        }
        if q.from.is_some() {
            sql.push_str(" AND docs.date_num >= ?3");
        }
        if q.to.is_some() {
            sql.push_str(" AND docs.date_num <= ?4");
        }
        if q.min_amount.is_some() {
            sql.push_str(" AND docs.max_amount >= ?5");
        }
        if q.cites.is_some() {
            sql.push_str(" AND docs.id IN (SELECT doc_id FROM cites WHERE key = ?6)");
        }
        sql
    }

    /// Runs `q`: top 10 by bm25; `full` adds what `naskah search` shows (snippet, source,
    /// type, date, title) and the total and facet counts per type and year.
    pub async fn run(&mut self, q: &Query, full: bool) -> sqlx::Result<Answer> {
        let expr = self.match_expr(q);
        let filters = Self::filter_sql(q);
        let cites = q
            .cites
            .map(|c| naskah::search::parse_cites(c).unwrap_or_default());
        let select = if full {
            format!("SELECT docs.id, docs.source, docs.doc_type, docs.date, fts.title, snippet(fts, 1, '<b>', '</b>', '…', 32) AS snip, {BM25} AS score")
        } else {
            format!("SELECT docs.id, {BM25} AS score")
        };
        let sql = format!(
            "{select} FROM fts CROSS JOIN docs ON docs.id = fts.rowid WHERE fts MATCH ?1{filters} ORDER BY score LIMIT 10"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(&expr)
            .bind(q.doc_type.map(|t| t.as_str()))
            .bind(q.from.map(|d| crate::date_num(d) as i64))
            .bind(q.to.map(|d| crate::date_num(d) as i64))
            .bind(q.min_amount.map(|v| v as i64))
            .bind(cites.as_deref())
            .fetch_all(&mut self.conn)
            .await?;
        let mut ids = Vec::with_capacity(rows.len());
        for row in &rows {
            let id: i64 = row.try_get(0)?;
            if full {
                // Read what a results page shows, so the work is not optimised away.
                let _: String = row.try_get("source")?;
                let _: Option<String> = row.try_get("snip")?;
            }
            ids.push(id as u64);
        }
        let total = if full {
            let sql = format!(
                "SELECT docs.doc_type, docs.year, count(*) FROM fts CROSS JOIN docs ON docs.id = fts.rowid WHERE fts MATCH ?1{filters} GROUP BY 1, 2"
            );
            let facets = sqlx::query(AssertSqlSafe(sql))
                .bind(&expr)
                .bind(q.doc_type.map(|t| t.as_str()))
                .bind(q.from.map(|d| crate::date_num(d) as i64))
                .bind(q.to.map(|d| crate::date_num(d) as i64))
                .bind(q.min_amount.map(|v| v as i64))
                .bind(cites.as_deref())
                .fetch_all(&mut self.conn)
                .await?;
            let mut total = 0usize;
            for row in facets {
                let n: i64 = row.try_get(2)?;
                total += n as usize;
            }
            Some(total)
        } else {
            None
        };
        Ok(Answer { ids, total })
    }

    /// The MATCH expression used for `q` (printed for the record).
    pub fn describe(&self, q: &Query) -> String {
        self.match_expr(q)
    }
}

/// Whether `a` and `b` are at most one edit apart (insertion, deletion, substitution, or a
/// transposition of neighbours).
fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if prefix == la && prefix == lb {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_edit() {
        use super::within_one_edit as w;
        assert!(w("kejaksan", "kejaksaan"));
        assert!(w("netralitsa", "netralitas"));
        assert!(w("negri", "negeri"));
        assert!(w("hibah", "hibah"));
        assert!(w("hibah", "hibak"));
        assert!(!w("hibah", "habih"));
        assert!(!w("gratifkasi", "gratifikasinya"));
    }
}
