-- The alert ledger's own state (issue 12): the as-of moment it was last synced at. The ledger is
-- advanced only by the server (a scheduler at the dataset's present) and after writes that change
-- rule facts; a GET at any other moment reads it and evaluates the rules without writing.

CREATE TABLE alert_ledger (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  -- as-of moment (YYYY-MM-DDTHH:mm CST) of the latest sync
  synced_to  TEXT NOT NULL
) STRICT;
