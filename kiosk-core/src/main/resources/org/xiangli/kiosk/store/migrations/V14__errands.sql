-- 代办 (issue 15): errands staff carry to the township or county for a villager. The person is stored as the
-- payments module stores identities: the keyed hash of the ID number (HMAC-SHA256 under the data key) and the name
-- sealed (AES-GCM, the errand number as associated data). Nothing personal in plain text. After
-- privacy.retention_days past its hand-over the errand is purged: id_hash and name_sealed become NULL, notes and
-- missing are emptied, purged_at is set; the counts and dates stay for the statistics.
CREATE TABLE errand (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    number        TEXT NOT NULL UNIQUE,
    check_code    TEXT NOT NULL,
    id_hash       BLOB,
    name_sealed   BLOB,
    service       TEXT NOT NULL,
    promised      TEXT NOT NULL,
    state         TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    missing       TEXT NOT NULL DEFAULT '',
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    done_at       TEXT,
    handed_at     TEXT,
    purged_at     TEXT
);
CREATE INDEX errand_id_hash ON errand(id_hash);
CREATE INDEX errand_state ON errand(state);

-- Every change of state: who and when (受理 → 已报送乡镇/县 → 已办结/需补材料 → 已领取).
CREATE TABLE errand_event (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    errand_id INTEGER NOT NULL REFERENCES errand(id),
    state     TEXT NOT NULL,
    at        TEXT NOT NULL,
    by_staff  TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX errand_event_errand ON errand_event(errand_id);
