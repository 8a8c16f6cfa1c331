-- QuyTrình foundation: units, people, controlled documents and their versions.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

CREATE SEQUENCE qt_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE org_unit (
    code          VARCHAR(40)  PRIMARY KEY,
    name          VARCHAR(500) NOT NULL,
    parent_code   VARCHAR(40)  REFERENCES org_unit (code),
    level         VARCHAR(10)  NOT NULL,
    row_version   BIGINT       NOT NULL
);

CREATE TABLE app_user (
    id            BIGINT       PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    position      VARCHAR(200),
    unit_code     VARCHAR(40)  REFERENCES org_unit (code),
    password_hash VARCHAR(512) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version   BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id       BIGINT       NOT NULL REFERENCES app_user (id),
    role          VARCHAR(20)  NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE controlled_document (
    id                    BIGINT        PRIMARY KEY,
    code                  VARCHAR(60)   NOT NULL,
    code_key              VARCHAR(60)   NOT NULL,
    title                 VARCHAR(1000) NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    unit_code             VARCHAR(40)   NOT NULL REFERENCES org_unit (code),
    review_period_months  INTEGER       NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    effective_issue_no    INTEGER,
    withdrawn_reason      VARCHAR(4000),
    withdrawn_by          VARCHAR(64),
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    created_by            VARCHAR(64)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version           BIGINT        NOT NULL,
    CONSTRAINT uq_document_code UNIQUE (unit_code, code_key)
);

CREATE TABLE document_tthc (
    document_id   BIGINT       NOT NULL REFERENCES controlled_document (id),
    tthc_code     VARCHAR(60)  NOT NULL,
    PRIMARY KEY (document_id, tthc_code)
);
CREATE INDEX ix_document_tthc_code ON document_tthc (tthc_code);

CREATE TABLE document_version (
    id              BIGINT        PRIMARY KEY,
    document_id     BIGINT        NOT NULL REFERENCES controlled_document (id),
    issue_no        INTEGER       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    content_json    TEXT          NOT NULL,
    change_summary  VARCHAR(4000),
    change_reason   VARCHAR(4000),
    effective_from  DATE,
    ended_on        DATE,
    last_comment    VARCHAR(4000),
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     BIGINT        NOT NULL,
    CONSTRAINT uq_version_issue UNIQUE (document_id, issue_no)
);
CREATE INDEX ix_version_status_date ON document_version (status, effective_from);

-- everyone who created or saved the version: none of them may review or approve it
CREATE TABLE version_drafter (
    version_id    BIGINT       NOT NULL REFERENCES document_version (id),
    username      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (version_id, username)
);

-- the workflow as it happened: submit, accept, return, approve, effective, supersede, withdraw
CREATE TABLE version_event (
    id            BIGINT        PRIMARY KEY,
    version_id    BIGINT        NOT NULL REFERENCES document_version (id),
    action        VARCHAR(20)   NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    actor_name    VARCHAR(200),
    actor_position VARCHAR(200),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)   NOT NULL,
    comment       VARCHAR(4000)
);
CREATE INDEX ix_version_event_version ON version_event (version_id);

-- electronic signatures: who, in which capacity, when, and the SHA-256 of what was signed
CREATE TABLE version_signature (
    id            BIGINT        PRIMARY KEY,
    version_id    BIGINT        NOT NULL REFERENCES document_version (id),
    capacity      VARCHAR(20)   NOT NULL,
    username      VARCHAR(64)   NOT NULL,
    full_name     VARCHAR(200)  NOT NULL,
    position      VARCHAR(200),
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    withdrawn     BOOLEAN       NOT NULL
);
CREATE INDEX ix_version_signature_version ON version_signature (version_id);
