-- 呼叫工作人员 (issue 14): a villager asked for staff at the kiosk, with the help button on the screen or the one
-- beside it. Which kiosk (station code) and page, and when; answered_at and answered_by stay empty until a member
-- of staff answers it at the console, so the statistics can count the calls and how long help took. Nothing
-- personal: the page is its title as the villager saw it.
CREATE TABLE help_call (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    station     TEXT NOT NULL,
    page        TEXT NOT NULL,
    source      TEXT NOT NULL,
    called_at   TEXT NOT NULL,
    answered_at TEXT,
    answered_by TEXT
);
CREATE INDEX help_call_called_at ON help_call(called_at);
