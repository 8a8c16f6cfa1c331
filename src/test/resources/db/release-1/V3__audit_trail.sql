-- The audit trail: one row per event, each carrying the hash of the one before (a hash chain),
-- and a head row that every writer updates first, so appends are serialised and the chain stays
-- a single line even with several instances.

CREATE TABLE audit_event (
    seq          BIGINT        PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    entity       VARCHAR(40)   NOT NULL,
    entity_id    VARCHAR(100),
    unit_code    VARCHAR(40),
    summary      VARCHAR(4000),
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_entity ON audit_event (entity, entity_id);

CREATE TABLE audit_head (
    id           INTEGER       PRIMARY KEY,
    seq          BIGINT        NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
