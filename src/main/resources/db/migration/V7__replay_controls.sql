-- Replay controls kept with the position, for every node: a node that takes over the replay lead continues paused or
-- running, at the speed, as the previous leader was left. NULL: never set (the node's configuration applies).
ALTER TABLE replay_position ADD COLUMN paused BOOLEAN;
ALTER TABLE replay_position ADD COLUMN rows_per_tick BIGINT;
