-- Service queue (issue 5): tickets, the daily numbering, calls, window states and staff accounts.

-- The last number issued per service letter and station-local day. Bumped in the same transaction that inserts
-- the ticket (synchronous=FULL), so a number once printed is never issued again, even after a power cut.
CREATE TABLE ticket_counter (
    day          TEXT NOT NULL,
    letter       TEXT NOT NULL,
    last_number  INTEGER NOT NULL,
    PRIMARY KEY (day, letter)
);

-- One row per ticket. Times are epoch milliseconds. person_key is a keyed hash of the ID number, kept only while
-- the ticket waits (it enforces one waiting ticket per person and service) and cleared once it is called.
CREATE TABLE ticket (
    id           INTEGER PRIMARY KEY,
    request_id   TEXT NOT NULL UNIQUE,
    day          TEXT NOT NULL,
    letter       TEXT NOT NULL,
    number       INTEGER NOT NULL,
    service      TEXT NOT NULL,
    priority     TEXT NOT NULL DEFAULT 'NONE',
    status       TEXT NOT NULL,
    person_key   TEXT,
    issued_at    INTEGER NOT NULL,
    called_at    INTEGER,
    finished_at  INTEGER,
    window       INTEGER,
    call_count   INTEGER NOT NULL DEFAULT 0,
    rating       INTEGER CHECK (rating BETWEEN 1 AND 5),
    UNIQUE (day, letter, number)
);
CREATE INDEX ticket_by_status ON ticket(status, service, issued_at);
CREATE INDEX ticket_by_day ON ticket(day);

-- Every call and recall, in order: the call display replays from here after a reconnect (SSE Last-Event-ID).
CREATE TABLE queue_call (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    ticket_id  INTEGER NOT NULL REFERENCES ticket(id),
    window     INTEGER NOT NULL,
    recall     INTEGER NOT NULL DEFAULT 0
);

-- Per service window: paused or open, and how many priority tickets it called in a row (the anti-starvation rule).
CREATE TABLE service_window (
    number           INTEGER PRIMARY KEY,
    paused           INTEGER NOT NULL DEFAULT 0,
    priority_streak  INTEGER NOT NULL DEFAULT 0
);

-- The random key of person_key's HMAC; one per database, never leaves it.
CREATE TABLE queue_secret (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    key  BLOB NOT NULL
);

-- Staff console accounts (kioskctl users ...). password_hash is pbkdf2-sha256$ITERATIONS$SALT$HASH.
CREATE TABLE staff_account (
    username       TEXT PRIMARY KEY,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
    disabled       INTEGER NOT NULL DEFAULT 0,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL
);
