-- One index fewer per flag: the uniqueness of (change, document) also serves "the flags of this
-- change", so the separate indexes on relation_id and tthc_change_id go. An impact run inserting
-- thousands of flags maintains four indexes per row instead of six.

ALTER TABLE revision_flag DROP CONSTRAINT uq_flag_relation;
ALTER TABLE revision_flag DROP CONSTRAINT uq_flag_tthc_change;
DROP INDEX ix_flag_relation;
DROP INDEX ix_flag_tthc_change;
ALTER TABLE revision_flag ADD CONSTRAINT uq_flag_relation UNIQUE (relation_id, document_id);
ALTER TABLE revision_flag ADD CONSTRAINT uq_flag_tthc_change UNIQUE (tthc_change_id, document_id);
