-- The audit trail is read newest first, filtered by the reader's scope in SQL: a unit's events
-- from this index (unit, then sequence), the shared registries' (no unit) from ix_audit_entity.
-- The primary key (seq) answers a province-wide reader and the `before=<seq>` cursor.

CREATE INDEX ix_audit_unit_seq ON audit_event (unit_code, seq);
