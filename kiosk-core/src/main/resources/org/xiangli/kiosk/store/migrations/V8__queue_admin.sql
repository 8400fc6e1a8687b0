-- Queue administration from the staff console (issue 5): services and windows can be disabled, windows named, and
-- the queue rules (priority age, daily reset time) overridden at run time without editing kiosk.toml.

-- A disabled service is no longer offered at the kiosk; tickets already waiting for it are still called.
ALTER TABLE service ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;

-- A window's name as staff call it (e.g. 社保窗口); empty = "N 号窗口". A disabled window serves nothing.
ALTER TABLE service_window ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE service_window ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;

-- Queue rules set by an admin; a key absent here falls back to kiosk.toml.
CREATE TABLE queue_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
