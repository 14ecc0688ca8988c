-- Connector settings may hold PEM certificates (an MQTT client certificate and the broker's CA), and secrets a PEM
-- private key, each value sealed with the server's key-encryption key (AES-GCM in Base64: a third larger). Existing
-- rows keep working: secrets stored in plain are read as they are and sealed at the next start when a key is set.
ALTER TABLE connector ALTER COLUMN settings SET DATA TYPE VARCHAR(16000);
ALTER TABLE connector ALTER COLUMN secrets SET DATA TYPE VARCHAR(24000);
