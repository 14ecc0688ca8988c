-- Security, second pass (issue 20).
-- Login counters shared by every node: one row per client address (20 failures in 5 minutes block it) and one per
-- account and address (5 failures in a row lock that account for that address, each further lock twice as long).
-- Counted with the row locked before the password is hashed, so parallel guesses are all counted.
CREATE TABLE login_counters (
    counter_key VARCHAR(200) PRIMARY KEY,
    username VARCHAR(64),
    address VARCHAR(64) NOT NULL,
    failures INTEGER NOT NULL,
    window_start TIMESTAMP NOT NULL,
    blocked_until TIMESTAMP
);
CREATE INDEX ix_login_counters_username ON login_counters (username);

-- A login session: its refresh tokens form one family; only the newest may be used (rotation), an older one presented
-- again revokes the family (reuse), and the session ends at ends_at whatever the refreshes.
CREATE TABLE refresh_sessions (
    id VARCHAR(36) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    current_token VARCHAR(36) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    revoked BOOLEAN NOT NULL
);
CREATE INDEX ix_refresh_sessions_user ON refresh_sessions (user_id);

-- Access-token revocations, of a user ("user 170": the immutable id, never reused) or of one login session
-- ("session <id>"): every node loads the recent ones at start and hears of new ones (PostgreSQL NOTIFY), so a revoked
-- access token fails on every node.
CREATE TABLE token_revocations (
    subject VARCHAR(100) PRIMARY KEY,
    first_valid_generation INTEGER NOT NULL,
    revoked_at TIMESTAMP NOT NULL
);

-- After an ADMIN's reset or the bootstrap admin's logged one-time password: only a password change is allowed.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
