-- Staff sessions end when their account changes (issue 13, item 6). Every change that must log a user out —
-- disabled, password reset, role changed — adds one here, in the same UPDATE; a session remembers the value it was
-- opened with and each request compares. The store carries it because kioskctl, another process, changes accounts
-- too, and the kiosk's in-memory sessions never hear of that otherwise.
ALTER TABLE staff_account ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;
