-- 诉求·意见 (issue 15): a villager's request, complaint or suggestion left at the kiosk. The topic, a common phrase
-- or a voice message (a file under the data dir, never sent anywhere), and optionally a phone number, sealed
-- (AES-GCM under the data key, the request number as associated data). Staff answer it in the console. After
-- privacy.retention_days past its answer the phone and the voice file are purged; the request stays counted.
CREATE TABLE request (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    number       TEXT NOT NULL UNIQUE,
    check_code   TEXT NOT NULL,
    topic        TEXT NOT NULL,
    phrase       TEXT NOT NULL DEFAULT '',
    voice_file   TEXT,
    phone_sealed BLOB,
    state        TEXT NOT NULL,
    answer       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL DEFAULT '',
    answered_at  TEXT,
    answered_by  TEXT,
    purged_at    TEXT
);
CREATE INDEX request_created ON request(created_at);
