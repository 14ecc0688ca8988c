/**
 * Auth: users with salted PBKDF2 password hashes, login and refresh, RS256 JWTs (jose4j) signed with a key from
 * configuration or generated once and persisted, and the request filter that verifies every API call.
 * <p>
 * Operations: {@code POST auth/login}, {@code POST auth/refresh}, {@code GET auth/me}, {@code GET auth/jwks},
 * {@code GET/POST users} (ADMIN).
 * <p>
 * Requirements: (1) only RS256 with a known key, the configured issuer and audience, an expiry (30 s skew) and the
 * right token use are accepted; (2) roles ADMIN > OPERATOR > VIEWER, and INGEST for machines, checked on every
 * resource method ({@code @Allowed}); (3) the first start creates {@code admin} from ADMIN_PASSWORD or with a random
 * password shown once; (4) no password, token or key is ever logged (but that one-time password).
 * <p>
 * Out of scope here: per-address throttling, user disable/reset, key rotation commands (security issue).
 */
package io.cnctwin.auth;
