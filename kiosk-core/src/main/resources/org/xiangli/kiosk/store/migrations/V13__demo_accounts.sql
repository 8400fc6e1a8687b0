-- Demo staff accounts (issue 14): `admin` and `staff` with the public demo password exist in --demo only. They are
-- marked, so a kiosk started without --demo on the same data removes exactly them and never a real account that
-- happens to share a name.
ALTER TABLE staff_account ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
