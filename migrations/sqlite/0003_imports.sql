-- The import queue: one row per input file (by path), with the state it reached.
-- found -> read -> ocred -> extracted -> catalogued -> indexed, or present (its content was
-- already catalogued) or failed (reason). A worker holds a row while its lease runs.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    modified TEXT NOT NULL,
    state TEXT NOT NULL,
    sha256 TEXT,
    document_id INTEGER,
    pages INTEGER,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    worker TEXT,
    lease_until INTEGER,
    updated_at TEXT NOT NULL
);
CREATE INDEX imports_state ON imports (state, id);
CREATE INDEX imports_document ON imports (document_id);
