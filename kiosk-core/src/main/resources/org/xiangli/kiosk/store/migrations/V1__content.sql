-- Publicity content: categories and items (bodies in our safe Markdown subset).
CREATE TABLE content_category (
    code        TEXT PRIMARY KEY,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE content_item (
    id          TEXT PRIMARY KEY,
    category    TEXT NOT NULL REFERENCES content_category(code),
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    body_md     TEXT NOT NULL,
    published   TEXT NOT NULL,
    expires     TEXT,
    priority    TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('urgent', 'pinned', 'normal')),
    featured    INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
    url         TEXT
);

CREATE INDEX content_item_by_category ON content_item(category, published);
