package io.cnctwin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Accounts and tokens black-box: malformed Authorization headers, logout, password change, ADMIN administration
 * (disable, roles, reset, unlock, delete) revoking tokens at once, key rotation, CORS off by default, and, last, the
 * per-address login throttle and its lifting. On the shared server before the dashboards: the throttle counts every
 * failed login from this one address, TwinSystemIT's one wrong password included: its last test needs the block to
 * come within 20 failures, and no earlier test may reach it.
 */
@Order(SharedServer.SHARING + 2) // one server for these classes, in this order: see SharedServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountSecurityIT {

    static final String PASSWORD = "first-password-of-it";

    final URI base = SharedServer.base();

    Api api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void client() throws Exception {
        api = new Api(base);
    }

    @Test
    @Order(1)
    void missingOrMalformedAuthorizationHeadersAre401WithAChallenge() throws Exception {
        String valid = api.adminToken();
        for (String header : new String[] {null, "Bearer", "Bearer ", "Bearer    ", "Basic YWRtaW46aXQtYWRtaW4tcGFzc3dvcmQtMQ==",
                "garbage", "Bearer not.a.token", "Bearer " + valid + "x", "Token " + valid, "Bearer a b c"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.base().resolve("api/v1/machines")).GET();
            if (header != null) {
                request.header("Authorization", header);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, response.statusCode(), header);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), header);
            assertEquals("Bearer realm=\"cnc-twin\"", response.headers().firstValue("WWW-Authenticate").orElse(""), header);
            assertFalse(response.body().contains(valid), "the answer never repeats the token");
        }
        assertEquals(200, api.get("api/v1/machines", valid).status());
    }

    @Test
    @Order(2)
    void logoutRevokesTheRefreshTokens() {
        String user = newUser("VIEWER");
        JsonObject session = login(user, PASSWORD);
        assertEquals(200, refresh(session).status(), "the refresh token works before logout");
        assertEquals(204, api.post("api/v1/auth/logout", session.getString("accessToken"), null).status());
        Api.Response after = refresh(session);
        assertEquals(401, after.status());
        assertTrue(after.object().getString("detail").contains("revoked"), after.body());
        assertEquals(200, refresh(login(user, PASSWORD)).status(), "logging in again starts a new session");
    }

    @Test
    @Order(3)
    void changingTheOwnPasswordNeedsTheCurrentOneFollowsTheRulesAndRevokesOlderTokens() {
        String user = newUser("OPERATOR");
        JsonObject session = login(user, PASSWORD);
        String access = session.getString("accessToken");
        Api.Response wrong = api.post("api/v1/auth/password", access, change("not-the-password", "a-brand-new-password"));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("currentPassword", field(wrong));
        Api.Response common = api.post("api/v1/auth/password", access, change(PASSWORD, "password1234"));
        assertEquals(400, common.status(), common.body());
        assertEquals("newPassword", field(common));
        Api.Response named = api.post("api/v1/auth/password", access, change(PASSWORD, "my name is " + user));
        assertEquals(400, named.status(), named.body());

        Api.Response changed = api.post("api/v1/auth/password", access, change(PASSWORD, "a-brand-new-password"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(401, api.get("api/v1/auth/me", access).status(), "the old access token is revoked at once");
        assertEquals(401, refresh(session).status(), "the old refresh token is revoked");
        assertEquals(200, api.get("api/v1/auth/me", changed.object().getString("accessToken")).status(), "the new one works");
        assertEquals(401, loginStatus(user, PASSWORD));
        login(user, "a-brand-new-password");
    }

    @Test
    @Order(4)
    void disablingAUserRevokesTheirTokensRefusesLoginAndTheLiveFeedUntilEnabled() throws Exception {
        String admin = api.adminToken();
        String user = newUser("VIEWER");
        JsonObject session = login(user, PASSWORD);
        String access = session.getString("accessToken");
        Api.Response disabled = api.post("api/v1/users/" + user + "/disable", admin, null);
        assertEquals(200, disabled.status(), disabled.body());
        assertFalse(disabled.object().getBoolean("enabled"));
        assertEquals(401, api.get("api/v1/machines", access).status());
        assertEquals(401, refresh(session).status());
        assertEquals(401, loginStatus(user, PASSWORD));
        try (LiveClient live = new LiveClient(base)) {
            live.authenticate(access);
            assertEquals(1008, live.closeCode(Duration.ofSeconds(5)));
        }
        assertFalse(account(admin, user).getBoolean("enabled"), "the users list shows the state");

        assertEquals(200, api.post("api/v1/users/" + user + "/enable", admin, null).status());
        String again = login(user, PASSWORD).getString("accessToken");
        try (LiveClient live = new LiveClient(base)) {
            live.authenticate(again);
            assertNotNull(live.next("welcome", Duration.ofSeconds(5)));
        }
        assertEquals(409, api.post("api/v1/users/admin/disable", admin, null).status(), "an ADMIN cannot disable themselves");
        assertEquals(404, api.post("api/v1/users/nobody-here/disable", admin, null).status());
    }

    @Test
    @Order(5)
    void newRolesTakeEffectAtOnce() {
        String admin = api.adminToken();
        String user = newUser("OPERATOR");
        String operator = login(user, PASSWORD).getString("accessToken");
        Api.Response assigned = api.put("api/v1/users/" + user + "/roles", admin, "{\"roles\":[\"VIEWER\"]}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(List.of("VIEWER"), assigned.object().getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals(401, api.post("api/v1/twin/pause", operator, null).status(), "the OPERATOR token is revoked");
        String viewer = login(user, PASSWORD).getString("accessToken");
        assertEquals(403, api.post("api/v1/twin/pause", viewer, null).status());
        assertEquals(400, api.put("api/v1/users/" + user + "/roles", admin, "{\"roles\":[]}").status());
        assertEquals(409, api.put("api/v1/users/admin/roles", admin, "{\"roles\":[\"VIEWER\"]}").status());
    }

    @Test
    @Order(6)
    void anAdminResetsAPasswordToAOneTimeOneOrToOneTheyChoose() {
        String admin = api.adminToken();
        String user = newUser("VIEWER");
        JsonObject session = login(user, PASSWORD);
        Api.Response reset = api.post("api/v1/users/" + user + "/password", admin, "{}");
        assertEquals(200, reset.status(), reset.body());
        String temporary = reset.object().getString("temporaryPassword");
        assertEquals(20, temporary.length());
        assertEquals(401, refresh(session).status());
        assertEquals(401, loginStatus(user, PASSWORD));
        login(user, temporary);

        Api.Response chosen = api.post("api/v1/users/" + user + "/password", admin, "{\"password\":\"chosen-by-the-admin\"}");
        assertEquals(200, chosen.status(), chosen.body());
        assertFalse(chosen.object().containsKey("temporaryPassword") && !chosen.object().isNull("temporaryPassword"),
                "nothing to show when the ADMIN chose the password: " + chosen.body());
        login(user, "chosen-by-the-admin");
        assertEquals(400, api.post("api/v1/users/" + user + "/password", admin, "{\"password\":\"short\"}").status());
    }

    @Test
    @Order(7)
    void fiveFailedLoginsLockTheAccountUntilAnAdminUnlocksIt() {
        String admin = api.adminToken();
        String user = newUser("VIEWER");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, loginStatus(user, "wrong-password-" + i));
        }
        Api.Response locked = api.post("api/v1/auth/login", null, credentials(user, PASSWORD));
        assertEquals(429, locked.status(), "even the right password while locked");
        assertTrue(account(admin, user).getBoolean("locked"));
        assertEquals(200, api.post("api/v1/users/" + user + "/unlock", admin, null).status());
        assertFalse(account(admin, user).getBoolean("locked"));
        login(user, PASSWORD);
    }

    @Test
    @Order(8)
    void aDeletedUsersTokensStopWorking() {
        String admin = api.adminToken();
        String user = newUser("VIEWER");
        String access = login(user, PASSWORD).getString("accessToken");
        assertEquals(204, api.send("DELETE", "api/v1/users/" + user, admin, null, HttpRequest.BodyPublishers.noBody()).status());
        assertEquals(401, api.get("api/v1/machines", access).status());
        assertEquals(401, loginStatus(user, PASSWORD));
        assertEquals(404, api.send("DELETE", "api/v1/users/" + user, admin, null, HttpRequest.BodyPublishers.noBody()).status());
        assertEquals(409, api.send("DELETE", "api/v1/users/admin", admin, null, HttpRequest.BodyPublishers.noBody()).status());
    }

    @Test
    @Order(9)
    void afterAKeyRotationOldTokensStillVerifyAndTheJwksListsBothKeys() {
        JsonObject before = login("admin", Api.ADMIN_PASSWORD);
        String oldAccess = before.getString("accessToken");
        String oldKid = kid(oldAccess);
        Api.Response rotated = api.post("api/v1/auth/keys/rotate", oldAccess, null);
        assertEquals(200, rotated.status(), rotated.body());
        String newKid = rotated.object().getString("signingKeyId");
        assertNotEquals(oldKid, newKid);

        String jwks = api.get("api/v1/auth/jwks", null).body();
        assertTrue(jwks.contains(oldKid) && jwks.contains(newKid), jwks);
        assertFalse(jwks.contains("\"d\""), "no private part in the JWKS");
        assertEquals(200, api.get("api/v1/machines", oldAccess).status(), "a token of the old key still verifies");
        assertEquals(200, refresh(before).status(), "so does a refresh token of the old key");
        assertEquals(newKid, kid(api.adminToken()), "new tokens are signed with the new key");
        assertEquals(403, api.post("api/v1/auth/keys/rotate", login(newUser("OPERATOR"), PASSWORD)
                .getString("accessToken"), null).status());
    }

    @Test
    @Order(10)
    void corsIsOffUnlessConfiguredAndPagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(api.base().resolve("api/v1/machines"))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(api.base().resolve("index.html"))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    @Order(11)
    void manyFailedLoginsFromOneAddressBlockItWithRetryAfterUntilAnAdminLiftsIt() throws Exception {
        String admin = api.adminToken();
        int attempts = 0;
        HttpResponse<String> blocked;
        do {
            blocked = loginResponse("nobody-" + attempts, "wrong-password");
            attempts++;
        } while (blocked.statusCode() == 401 && attempts <= 25);
        assertEquals(429, blocked.statusCode(), "blocked after " + attempts + " attempts");
        assertTrue(attempts <= 21, "at most 20 failures are allowed: " + attempts);
        HttpResponse<String> rightPassword = loginResponse("admin", Api.ADMIN_PASSWORD);
        assertEquals(429, rightPassword.statusCode(), "the address is blocked whoever it tries");
        long retryAfter = Long.parseLong(rightPassword.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);

        Api.Response throttles = api.get("api/v1/auth/throttles", admin);
        assertEquals(200, throttles.status(), throttles.body());
        assertEquals(1, throttles.array().size(), throttles.body());
        String address = throttles.array().getJsonObject(0).getString("address");
        assertEquals(204, api.send("DELETE", "api/v1/auth/throttles/" + address, admin, null,
                HttpRequest.BodyPublishers.noBody()).status());
        assertEquals(200, loginResponse("admin", Api.ADMIN_PASSWORD).statusCode(), "lifted");
        assertEquals(0, api.get("api/v1/auth/throttles", admin).array().size());
    }

    private String newUser(String role) {
        String name = "sec-" + role.toLowerCase() + "-" + System.nanoTime();
        Api.Response created = api.post("api/v1/users", api.adminToken(), "{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.status(), created.body());
        return name;
    }

    private JsonObject login(String user, String password) {
        Api.Response response = api.post("api/v1/auth/login", null, credentials(user, password));
        assertEquals(200, response.status(), response.body());
        return response.object();
    }

    private int loginStatus(String user, String password) {
        return api.post("api/v1/auth/login", null, credentials(user, password)).status();
    }

    private HttpResponse<String> loginResponse(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(api.base().resolve("api/v1/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials(user, password))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Api.Response refresh(JsonObject session) {
        return api.post("api/v1/auth/refresh", null,
                Json.createObjectBuilder().add("refreshToken", session.getString("refreshToken")).build().toString());
    }

    private JsonObject account(String admin, String user) {
        return api.get("api/v1/users", admin).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(user)).findFirst().orElseThrow();
    }

    private static String credentials(String user, String password) {
        return Json.createObjectBuilder().add("username", user).add("password", password).build().toString();
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }

    private static String field(Api.Response problem) {
        return problem.object().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String kid(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(header)).readObject().getString("kid");
    }
}
