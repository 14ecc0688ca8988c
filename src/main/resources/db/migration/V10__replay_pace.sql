-- The replay's pace in data time (issue 19): 'step' (the next data instant per tick), 'x<factor>' or 'rows:<n>'.
-- Null on rows stored before: rows_per_tick then says the pace.
ALTER TABLE replay_position ADD COLUMN pace VARCHAR(40);
