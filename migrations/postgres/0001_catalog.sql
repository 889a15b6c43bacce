-- The catalog: one row per document (keyed by the SHA-256 of its bytes), its pages,
-- and every file that could not be read.
CREATE TABLE documents (
    id BIGSERIAL PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    page_count BIGINT NOT NULL,
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
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page_no BIGINT NOT NULL,
    text TEXT NOT NULL,
    origin TEXT NOT NULL,
    confidence DOUBLE PRECISION,
    error TEXT,
    PRIMARY KEY (document_id, page_no)
);

CREATE TABLE failures (
    id BIGSERIAL PRIMARY KEY,
    path TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT,
    reason TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
