-- Service guide (办事指南): what each service needs and which windows serve it.
CREATE TABLE service (
    letter      TEXT PRIMARY KEY CHECK (length(letter) = 1),
    name        TEXT NOT NULL,
    documents   TEXT NOT NULL,
    steps       TEXT NOT NULL,
    fees        TEXT NOT NULL,
    time_limit  TEXT NOT NULL,
    windows     TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
