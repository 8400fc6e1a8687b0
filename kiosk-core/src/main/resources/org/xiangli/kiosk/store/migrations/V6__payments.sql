-- Payments lookup (issue 6). No plaintext ID number, name, address or amount is ever stored: a payer is keyed by
-- HMAC-SHA256 of the ID number under the kiosk's data key, and everything personal is one AES-GCM sealed blob.
CREATE TABLE payments_payer (
    id_hash     BLOB PRIMARY KEY,
    sealed      BLOB NOT NULL
) WITHOUT ROWID;

-- Bill QR codes name a bill number; its keyed hash leads to the payer without revealing the number.
CREATE TABLE payments_bill (
    bill_hash   BLOB PRIMARY KEY,
    id_hash     BLOB NOT NULL
) WITHOUT ROWID;

-- The one imported ledger: which bundle, when it was made (shown as "information from M/D" when offline).
CREATE TABLE payments_ledger (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    bundle_id   TEXT NOT NULL,
    publisher   TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    created     TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    payers      INTEGER NOT NULL,
    records     INTEGER NOT NULL
);

-- Accountability: who was looked up, how, and how much was shown. The keyed hash, never the number.
CREATE TABLE payments_audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    method      TEXT NOT NULL,
    id_hash     BLOB,
    records     INTEGER NOT NULL,
    outcome     TEXT NOT NULL
);
