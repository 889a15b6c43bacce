-- Where each extracted value was read: page and byte span in that page's stored text.
CREATE TABLE evidence (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    page_no BIGINT NOT NULL,
    start_byte BIGINT NOT NULL,
    end_byte BIGINT NOT NULL
);
CREATE INDEX evidence_document ON evidence (document_id);
