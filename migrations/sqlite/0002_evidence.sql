-- Where each extracted value was read: page and byte span in that page's stored text.
CREATE TABLE evidence (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    page_no INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte INTEGER NOT NULL
);
CREATE INDEX evidence_document ON evidence (document_id);
