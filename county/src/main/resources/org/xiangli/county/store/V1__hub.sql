-- The county hub's store: the registry of stations, what they report, commands sent, users. Never personal data.
CREATE TABLE station (
    code          TEXT PRIMARY KEY,
    device_key    TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL DEFAULT '',
    registered_at TEXT,
    online        INTEGER NOT NULL DEFAULT 0,
    online_since  TEXT,
    last_seen     TEXT,
    state_json    TEXT,
    telemetry_id  TEXT,
    telemetry_at  TEXT,
    telemetry_json TEXT
);
CREATE TABLE telemetry (
    station     TEXT NOT NULL,
    id          TEXT NOT NULL,
    at          TEXT NOT NULL,
    received_at TEXT NOT NULL,
    day         TEXT,
    issued      INTEGER,
    served      INTEGER,
    waiting     INTEGER,
    wait_p90    INTEGER,
    satisfied   INTEGER,
    rated       INTEGER,
    disk_free_mb  INTEGER,
    disk_total_mb INTEGER,
    temperature REAL,
    json        TEXT NOT NULL,
    PRIMARY KEY (station, id)
);
CREATE INDEX telemetry_by_time ON telemetry(station, at);
CREATE TABLE event (
    station     TEXT NOT NULL,
    id          TEXT NOT NULL,
    at          TEXT NOT NULL,
    received_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    subject     TEXT,
    detail      TEXT,
    PRIMARY KEY (station, id)
);
CREATE INDEX event_by_time ON event(station, at);
CREATE TABLE command (
    id        TEXT PRIMARY KEY,
    station   TEXT NOT NULL,
    verb      TEXT NOT NULL,
    args      TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    replied_at TEXT,
    ok        INTEGER,
    reason    TEXT,
    message   TEXT
);
CREATE INDEX command_by_station ON command(station, issued_at);
CREATE TABLE screenshot (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    station  TEXT NOT NULL,
    at       TEXT NOT NULL,
    png      BLOB NOT NULL
);
CREATE TABLE alert (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    station  TEXT NOT NULL,
    kind     TEXT NOT NULL,
    opened   TEXT NOT NULL,
    closed   TEXT,
    detail   TEXT NOT NULL
);
CREATE INDEX alert_open ON alert(closed, station, kind);
CREATE TABLE hub_user (
    name         TEXT PRIMARY KEY,
    role         TEXT NOT NULL,
    hash         TEXT NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);
