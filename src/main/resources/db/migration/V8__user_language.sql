-- The language of the web interface, chosen by each person for themselves (Vietnamese unless they
-- chose English) and applied when they sign in. Existing people keep Vietnamese.

ALTER TABLE app_user ADD COLUMN ui_language VARCHAR(8) DEFAULT 'VI' NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_ui_language CHECK (ui_language IN ('VI', 'EN'));
