-- Items and images keyed by publisher (issue 13): with content_item.id and content_asset.name unique across the
-- kiosk, a bundle of one trusted publisher could take over another's item of the same id (the upsert reassigned
-- its publisher) and replace its image of the same name. Now an id and an image name are unique per publisher.
-- SQLite cannot change a primary key in place: both tables are made again and their rows copied.

-- Local content (the demo) has no publisher and counts as one more owner, hence ifnull. The rowids are copied as
-- they are: the search indexes' keys (SearchKey) hold them, so search works on without a rebuild.
CREATE TABLE content_item_v9 (
    id          TEXT NOT NULL,
    category    TEXT NOT NULL REFERENCES content_category(code),
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    body_md     TEXT NOT NULL,
    published   TEXT NOT NULL,
    expires     TEXT,
    priority    TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('urgent', 'pinned', 'normal')),
    featured    INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
    url         TEXT,
    publisher   TEXT
);
INSERT INTO content_item_v9(rowid, id, category, title, summary, body_md, published, expires, priority, featured,
        url, publisher)
    SELECT rowid, id, category, title, summary, body_md, published, expires, priority, featured, url, publisher
    FROM content_item;
DROP TABLE content_item;
ALTER TABLE content_item_v9 RENAME TO content_item;
CREATE UNIQUE INDEX content_item_key ON content_item(id, ifnull(publisher, ''));
CREATE INDEX content_item_by_category ON content_item(category, published);
CREATE INDEX content_item_by_publisher ON content_item(publisher);

-- Images only ever come in a signed bundle, so they always have a publisher.
CREATE TABLE content_asset_v9 (
    publisher   TEXT NOT NULL,
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (publisher, name)
);
INSERT INTO content_asset_v9(publisher, name, sha256, data)
    SELECT publisher, name, sha256, data FROM content_asset WHERE publisher IS NOT NULL;
DROP TABLE content_asset;
ALTER TABLE content_asset_v9 RENAME TO content_asset;
