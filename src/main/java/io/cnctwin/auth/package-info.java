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
 * right token use are accepted; tokens carry the immutable user id, the login session and the token generation;
 * (2) roles ADMIN > OPERATOR > VIEWER, and INGEST for machines, checked on every resource method ({@code @Allowed});
 * a method without {@code @Allowed} or {@code @Public} is denied to everyone; (3) the first start creates
 * {@code admin} from ADMIN_PASSWORD or with a random password shown once, to be changed at the first login, as after
 * an ADMIN's reset; (4) no password, token or key is ever logged (but that one-time password); (5) logout, a password
 * change or reset, new roles, disabling or deleting a user revoke their tokens at once on every node (stored, spread
 * by PostgreSQL NOTIFY: {@link io.cnctwin.auth.control.AuthRelay}; checked in memory, no query per request);
 * (6) every login attempt is counted in the database before its hash: 5 failures in a row lock an account for the
 * address they came from (doubling), 20 attempts from one address within 5 minutes block it for 5 minutes; unknown,
 * disabled and wrong logins answer alike at the same cost; X-Forwarded-For counts from trusted proxies only;
 * (7) refresh tokens rotate, a reused one ends its session, a session ends after {@code auth.session.max-lifetime};
 * (8) a key rotation logs nobody out and reaches every node at once; stored keys are sealed with
 * {@code auth.jwt.key-encryption-key} when it is set; (9) new passwords follow
 * {@link io.cnctwin.auth.control.PasswordRules}.
 * <p>
 * The OpenAPI document names who may call each operation ({@code ApiRolesFilter}), from the resources found while
 * the application deploys ({@code ResourceClasses}), not from a list. Uses: platform, cluster (the node's dedicated
 * connection and its joining, for the relay). The live feed closes its sessions on {@code TokensRevoked}.
 * <p>
 * Out of scope here: rate limits against guessing spread over many addresses (a proxy's job), re-encrypting stored
 * keys under a new key-encryption key.
 */
package io.cnctwin.auth;
