-- Operational events (start-ups, technician exits, content applied) for diagnostics. Never personal data.
CREATE TABLE kiosk_event (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
