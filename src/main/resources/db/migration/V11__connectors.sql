-- Connectors to real machines (MQTT brokers, MTConnect agents), managed by an ADMIN at run time. settings: the
-- kind's options as a JSON object; secrets: the write-only ones (passwords), never returned; position: where the
-- connector resumes (an MTConnect agent's instanceId and next sequence), written with the readings it covers.
CREATE SEQUENCE connector_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE connector (
    id BIGINT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    enabled BOOLEAN NOT NULL,
    settings VARCHAR(4000) NOT NULL,
    secrets VARCHAR(4000),
    position VARCHAR(200),
    version BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_connector_name UNIQUE (name)
);
