//! Every document's record (no page text) held in memory, for facets and the grants
//! table: reloaded when the catalog's document count changes, or after a short while
//! (a `naskah reextract` elsewhere changes records without changing the count).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::store::{Catalog, StoredDocument};

/// How long a loaded set is trusted without looking at the catalog again.
const FRESH_FOR: Duration = Duration::from_secs(30);

/// The records and an index from catalog id to position.
pub struct Records {
    pub docs: Vec<StoredDocument>,
    by_id: HashMap<i64, usize>,
}

impl Records {
    /// The record with catalog id `id`.
    pub fn get(&self, id: i64) -> Option<&StoredDocument> {
        self.by_id.get(&id).and_then(|&i| self.docs.get(i))
    }
}

struct Loaded {
    at: Instant,
    count: i64,
    records: Arc<Records>,
}

/// The cache itself.
#[derive(Default)]
pub struct RecordCache(tokio::sync::Mutex<Option<Loaded>>);

impl RecordCache {
    /// The current records, reloading them if the catalog changed.
    pub async fn get(&self, catalog: &Catalog) -> Result<Arc<Records>, Error> {
        let mut guard = self.0.lock().await;
        if let Some(l) = guard.as_ref() {
            if l.at.elapsed() < FRESH_FOR {
                let (count, ..) = catalog.totals().await?;
                if count == l.count {
                    return Ok(Arc::clone(&l.records));
                }
            }
        }
        let (count, ..) = catalog.totals().await?;
        let docs = catalog.records().await?;
        let by_id = docs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
        let records = Arc::new(Records { docs, by_id });
        *guard = Some(Loaded {
            at: Instant::now(),
            count,
            records: Arc::clone(&records),
        });
        Ok(records)
    }

    /// Forgets the loaded set (after an import).
    pub async fn invalidate(&self) {
        *self.0.lock().await = None;
    }
}
