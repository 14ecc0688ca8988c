/**
 * Platform: the JAX-RS application, RFC 9457 problem details for every error, the role annotations every resource
 * carries ({@code @Allowed}, {@code @Public}, {@code Role}), configuration defaults, health checks, keyset page cursors,
 * the Flyway schema migrations that run before anything else touches the database, and the audit log
 * ({@link io.cnctwin.platform.boundary.AuditLog}, {@code GET audit?from&to&cursor&limit} for ADMIN), and the sealing
 * of the secrets components store ({@link io.cnctwin.platform.boundary.SecretSealing}: AES-256-GCM with the server's
 * key-encryption key, used by auth for signing keys and by connect for connector secrets).
 * <p>
 * Requirements: (1) every error is {@code application/problem+json} with a detail a person can act on, and per-field
 * errors for validation failures; (2) unexpected failures are logged with an id and only the id is returned; a failure
 * for want of the database is 503 with Retry-After instead, and the database health check answers within 2 s;
 * (3) the schema is created by the same portable SQL on H2 and PostgreSQL, each migration applied once (Flyway,
 * checksummed, under its lock), and a database of the previous hand-written migrator is upgraded in place;
 * (4) rule changes, alert acknowledgements and clears by hand, twin controls and new users are audited with who, what
 * and when; pages are newest first with an opaque keyset cursor (time, id), never OFFSET.
 * <p>
 * Uses no other component: every component may use it.
 */
package io.cnctwin.platform;
