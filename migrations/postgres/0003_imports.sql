-- The import queue: one row per input file (by path), with the state it reached.
-- found -> read -> ocred -> extracted -> catalogued -> indexed, or present (its content was
-- already catalogued) or failed (reason). A worker holds a row while its lease runs.
CREATE TABLE imports (
    id BIGSERIAL PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    modified TEXT NOT NULL,
    state TEXT NOT NULL,
    sha256 TEXT,
    document_id BIGINT,
    pages BIGINT,
    reason TEXT,
    attempts BIGINT NOT NULL DEFAULT 0,
    worker TEXT,
    lease_until BIGINT,
    updated_at TEXT NOT NULL
);
CREATE INDEX imports_state ON imports (state, id);
CREATE INDEX imports_document ON imports (document_id);
