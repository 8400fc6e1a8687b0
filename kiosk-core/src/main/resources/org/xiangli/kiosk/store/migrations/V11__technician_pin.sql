-- The technician PIN pad's wrong tries (issue 13, item 10): kept here so that pulling the plug — or any restart —
-- does not give a guesser five fresh tries. One row.
CREATE TABLE technician_pin_lock (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    wrong         INTEGER NOT NULL,
    locked_until  INTEGER NOT NULL
);
