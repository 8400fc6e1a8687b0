-- Signed content bundles (issue 4): who published each item, the images of bundles, what was applied, search.
-- publisher is the key id of the bundle's signer; NULL for content that came without a bundle (the demo).
ALTER TABLE content_item ADD COLUMN publisher TEXT;

CREATE INDEX content_item_by_publisher ON content_item(publisher);

-- Images travel inside bundles and are kept here, so a bundle's items and images switch in one transaction.
CREATE TABLE content_asset (
    name        TEXT PRIMARY KEY,
    publisher   TEXT,
    sha256      TEXT NOT NULL,
    data        BLOB NOT NULL
);

-- The last bundle applied per publisher: a bundle with a sequence not above it is a rollback or replay.
CREATE TABLE content_bundle_applied (
    publisher   TEXT PRIMARY KEY,
    sequence    INTEGER NOT NULL,
    bundle_id   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('full', 'delta')),
    applied_at  TEXT NOT NULL
);

-- Full-text search. Chinese has no spaces: title and body are indexed one character per token, so a query of
-- any length is a phrase of adjacent characters; initials holds the pinyin initials of the title (and its
-- polyphone variants) one letter per token. rowid is content_item's rowid. Contentless: the index alone is kept,
-- not a second copy of every body; only the dates are stored, so ranking and the expiry filter never read the
-- (long) item rows.
CREATE VIRTUAL TABLE content_search USING fts5(published UNINDEXED, expires UNINDEXED, title, body, initials, content = '', contentless_delete = 1, contentless_unindexed = 1, tokenize = 'unicode61');
