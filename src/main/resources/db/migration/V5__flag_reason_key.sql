-- A flag's reason as a message key and its arguments (a JSON array), so that the API can show it in
-- the reader's language. `reason` keeps the Vietnamese text, as before: the record the printed
-- registers use. Rows written before this migration have no key and are shown as they were stored.
ALTER TABLE revision_flag ADD COLUMN reason_key VARCHAR(100);
ALTER TABLE revision_flag ADD COLUMN reason_args VARCHAR(2000);
