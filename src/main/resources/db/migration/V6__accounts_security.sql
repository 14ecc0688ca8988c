-- A counter per user carried in every token ("gen"): revoking a user's tokens (logout, password change or reset,
-- disable, new roles) raises it, and a token of an older generation is refused. Exact where a timestamp compared with
-- a token's whole-second "iat" is not.
ALTER TABLE users ADD COLUMN token_generation INTEGER DEFAULT 0 NOT NULL;
