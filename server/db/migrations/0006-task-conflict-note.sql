-- A task set 已完成 while the console's own rules still report open hits of its deadline rule(s) needs a
-- closing note (PATCH /api/tasks/:n, `conflictNote`): it is kept with the update in the task's history.
ALTER TABLE task_events ADD COLUMN conflict_note TEXT;
