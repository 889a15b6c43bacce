-- The catalog: one row per document (keyed by the SHA-256 of its bytes), its pages,
-- and every file that could not be read.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    page_count INTEGER NOT NULL,
    doc_type TEXT NOT NULL,
    title TEXT,
    doc_date TEXT,
    place TEXT,
    record TEXT NOT NULL,
    warnings TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_source ON documents (source);
CREATE INDEX documents_doc_date ON documents (doc_date);

CREATE TABLE pages (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    origin TEXT NOT NULL,
    confidence REAL,
    error TEXT,
    PRIMARY KEY (document_id, page_no)
);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT,
    reason TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
