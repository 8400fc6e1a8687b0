-- Issue 17: web publishing. Where each station is (township, village) so editors can be held to their own; the
-- scope an editor works in; items as written, their history, images, and the bundles built for each station.
ALTER TABLE station ADD COLUMN township TEXT NOT NULL DEFAULT '';
ALTER TABLE station ADD COLUMN village TEXT NOT NULL DEFAULT '';
ALTER TABLE hub_user ADD COLUMN scope TEXT NOT NULL DEFAULT '';
CREATE TABLE item (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    category    TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    published   TEXT NOT NULL,
    expires     TEXT,
    priority    TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    targets     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,
    author      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    approved_by TEXT,
    published_at TEXT
);
CREATE TABLE item_history (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    item    TEXT NOT NULL,
    at      TEXT NOT NULL,
    user    TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX item_history_by_item ON item_history(item, id);
CREATE TABLE item_asset (
    item    TEXT NOT NULL,
    name    TEXT NOT NULL,
    bytes   BLOB NOT NULL,
    PRIMARY KEY (item, name)
);
CREATE TABLE station_bundle (
    station  TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    built_at TEXT NOT NULL,
    items    TEXT NOT NULL,
    file     TEXT NOT NULL,
    etag     TEXT NOT NULL,
    PRIMARY KEY (station, sequence)
);
CREATE TABLE item_opens (
    station TEXT NOT NULL,
    item    TEXT NOT NULL,
    day     TEXT NOT NULL,
    opens   INTEGER NOT NULL,
    PRIMARY KEY (station, item, day)
)
