-- The law as text (issue 13): a legal document's text as imported, its structure, and each
-- article's wordings over time. The same script on H2 2.2 and PostgreSQL 15: BYTEA and TEXT are
-- types of both (H2 reads BYTEA as BINARY VARYING, TEXT as a character large object).

-- The text as imported: the original file kept as it came (bounded by the application to the
-- import size limit), the lines as read, what stands before the first article and after the last
-- one, the divisions (Phần, Chương, Mục) and the parse report, one row per legal document.
CREATE TABLE legal_text (
    id               BIGINT        PRIMARY KEY,
    document_id      BIGINT        NOT NULL REFERENCES legal_document (id),
    file_name        VARCHAR(300),
    media_type       VARCHAR(200)  NOT NULL,
    original         BYTEA         NOT NULL,
    original_bytes   INTEGER       NOT NULL,
    original_sha256  VARCHAR(64)   NOT NULL,
    lines_text       TEXT          NOT NULL,
    preamble         TEXT          NOT NULL,
    closing          TEXT          NOT NULL,
    divisions_json   TEXT          NOT NULL,
    report_json      TEXT          NOT NULL,
    imported_by      VARCHAR(64)   NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version      BIGINT        NOT NULL,
    CONSTRAINT uq_legal_text_document UNIQUE (document_id)
);

-- An article of a document: its number as written ("5", "35a"), its place in the law's order
-- (35 < 35a < 36, so an article added later sorts where it was inserted) and the divisions it
-- stands in (indexes into legal_text.divisions_json, outermost first).
CREATE TABLE legal_article (
    id               BIGINT        PRIMARY KEY,
    document_id      BIGINT        NOT NULL REFERENCES legal_document (id),
    number           VARCHAR(10)   NOT NULL,
    sort_rank        INTEGER       NOT NULL,
    divisions        VARCHAR(100)  NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_legal_article UNIQUE (document_id, number)
);
CREATE INDEX ix_legal_article_order ON legal_article (document_id, sort_rank);

-- One wording of an article: the document that set it (the document itself for the wording as
-- issued, an amending document for a later one), the date from which it applies (NULL: from the
-- start, for the wording as issued), repealed or not, and its title, text, clauses and points
-- (body_json). Never changed once recorded: an amendment adds a row, the older one stays.
CREATE TABLE legal_article_wording (
    id               BIGINT        PRIMARY KEY,
    article_id       BIGINT        NOT NULL REFERENCES legal_article (id),
    set_by_id        BIGINT        NOT NULL REFERENCES legal_document (id),
    applies_from     DATE,
    repealed         BOOLEAN       NOT NULL,
    title            VARCHAR(2000),
    body_json        TEXT          NOT NULL,
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_legal_wording_article ON legal_article_wording (article_id, applies_from);
CREATE INDEX ix_legal_wording_set_by ON legal_article_wording (set_by_id);
