/**
 * Auth: users with salted PBKDF2 password hashes, login and refresh, RS256 JWTs (jose4j) signed with a key from
 * configuration or generated once and persisted, and the request filter that verifies every API call.
 * <p>
 * Operations: {@code POST auth/login}, {@code POST auth/refresh}, {@code POST auth/logout}, {@code POST auth/password},
 * {@code GET auth/me}, {@code GET auth/jwks}; ADMIN: {@code GET/POST users}, {@code PUT users/{name}/roles},
 * {@code POST users/{name}/disable|enable|unlock|password}, {@code DELETE users/{name}}, {@code GET auth/throttles},
 * {@code DELETE auth/throttles/{address}}, {@code GET auth/keys}, {@code POST auth/keys/rotate}.
 * <p>
 * Requirements: (1) only RS256 with a known key, the configured issuer and audience, an expiry (30 s skew) and the
 * right token use are accepted; (2) roles ADMIN > OPERATOR > VIEWER, and INGEST for machines, checked on every
 * resource method ({@code @Allowed}); (3) the first start creates {@code admin} from ADMIN_PASSWORD or with a random
 * password shown once; (4) no password, token or key is ever logged (but that one-time password); (5) logout, a
 * password change or reset, new roles, disabling or deleting a user revoke their refresh tokens at once, and their
 * access tokens at once on this node (in memory, no database query per request); (6) 5 failed logins lock an account,
 * 20 from one address within 5 minutes block the address, both for 5 minutes and liftable by an ADMIN; (7) a key
 * rotation logs nobody out: older keys verify until their tokens have expired; (8) new passwords follow
 * {@link io.cnctwin.auth.control.PasswordRules}.
 * <p>
 * The OpenAPI document names who may call each operation ({@code ApiRolesFilter}), from the resources found while
 * the application deploys ({@code ResourceClasses}), not from a list. Uses: platform.
 * <p>
 * Out of scope here: revocation across cluster nodes within an access token's lifetime, forcing a change of a reset
 * password, throttling by a forwarded client address behind a proxy.
 */
package io.cnctwin.auth;
