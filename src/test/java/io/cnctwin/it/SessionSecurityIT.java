package io.cnctwin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 20 (security, second pass) black-box on the shared server: the request sequences of its items 2, 3, 4 and 11.
 * The failsafe executions make the test client (localhost) a trusted proxy, so each test's logins come "from" an
 * address of its own (X-Forwarded-For, documentation ranges) and leave the test client's own address uncounted, which
 * AccountSecurityIT's last test counts on. Lock expiry (item 1) is proved without waiting by LoginLimitsTest.
 */
@Order(SharedServer.SHARING + 2) // one server for these classes: see SharedServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionSecurityIT {

    static final String PASSWORD = "first-password-of-it";

    final URI base = SharedServer.base();
    final Api api = new Api(base);
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void aHundredParallelGuessesAreAllCountedNoneAnswers500AndTheBlockHolds() throws Exception {
        String user = newUser("VIEWER");
        String address = "198.51.100.20";
        List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            attempts.add(http.sendAsync(login(user, i == 50 ? PASSWORD : "wrong-guess-" + i, address),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Long> statuses = attempts.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertTrue(List.of(200, 401, 429).containsAll(statuses.keySet()), "never a 500: " + statuses);
        assertTrue(statuses.getOrDefault(401, 0L) <= 10, "at most a few guesses checked: " + statuses);
        JsonObject throttle = api.get("api/v1/auth/throttles", api.adminToken()).array().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("address").equals(address)).findFirst().orElseThrow();
        int failures = throttle.getInt("failures");
        assertTrue(failures >= 99, "every wrong attempt counted: " + failures + " " + statuses);
        assertEquals(429, send(login(user, PASSWORD, address)).statusCode(), "the address stays blocked");
        lift(address);
    }

    @Test
    @Order(2)
    void strangersLockOnlyThemselvesOutAndGetTheSameAnswerForRealAndUnknownNames() throws Exception {
        String user = newUser("VIEWER");
        String stranger = "203.0.113.30";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, send(login(user, "wrong-" + i, stranger)).statusCode());
            assertEquals(401, send(login("no-such-user-" + user, "wrong-" + i, stranger)).statusCode());
        }
        HttpResponse<String> real = send(login(user, PASSWORD, stranger));
        HttpResponse<String> unknown = send(login("no-such-user-" + user, PASSWORD, stranger));
        assertEquals(429, real.statusCode(), "locked for the stranger's address");
        assertEquals(429, unknown.statusCode(), "an unknown name locks alike: nothing tells which names exist");
        assertEquals(detail(real), detail(unknown));
        assertEquals(200, send(login(user, PASSWORD, "203.0.113.31")).statusCode(), "the owner elsewhere logs in");

        String disabled = newUser("VIEWER");
        api.post("api/v1/users/" + disabled + "/disable", api.adminToken(), null);
        HttpResponse<String> wrong = send(login(user, "wrong-password", "203.0.113.32"));
        assertEquals(401, wrong.statusCode());
        assertEquals(detail(wrong), detail(send(login(disabled, PASSWORD, "203.0.113.32"))), "disabled: the same answer");
        assertEquals(detail(wrong), detail(send(login("nobody-" + user, PASSWORD, "203.0.113.32"))), "unknown: the same answer");
        JsonObject account = api.get("api/v1/users", api.adminToken()).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(user)).findFirst().orElseThrow();
        assertTrue(account.getBoolean("locked"), "the ADMIN sees the lock: " + account);
        assertEquals(200, api.post("api/v1/users/" + user + "/unlock", api.adminToken(), null).status());
        assertEquals(200, send(login(user, PASSWORD, stranger)).statusCode(), "an ADMIN lifts it for every address");
    }

    @Test
    @Order(3)
    void aDeletedUsersRefreshTokenDoesNotServeANewAccountOfTheSameName() throws Exception {
        String admin = api.adminToken();
        String bob = "bob-" + System.nanoTime();
        create(bob, "VIEWER");
        JsonObject session = session(bob);
        assertEquals(204, api.send("DELETE", "api/v1/users/" + bob, admin, null, HttpRequest.BodyPublishers.noBody()).status());
        create(bob, "ADMIN");
        Api.Response refreshed = refresh(session.getString("refreshToken"));
        assertEquals(401, refreshed.status(), "was 200 with ADMIN roles before issue 20: " + refreshed.body());
        assertEquals(401, api.get("api/v1/users", session.getString("accessToken")).status());
    }

    @Test
    @Order(4)
    void refreshTokensRotateAndAReusedOneEndsTheWholeSession() throws Exception {
        String user = newUser("VIEWER");
        JsonObject first = session(user);
        Api.Response second = refresh(first.getString("refreshToken"));
        assertEquals(200, second.status(), second.body());
        String rotated = second.object().getString("refreshToken");
        assertNotEquals(first.getString("refreshToken"), rotated, "a new refresh token each time");
        assertEquals(200, api.get("api/v1/auth/me", second.object().getString("accessToken")).status());

        Api.Response reused = refresh(first.getString("refreshToken"));
        assertEquals(401, reused.status(), "the old refresh token is spent");
        assertTrue(reused.object().getString("detail").contains("used already"), reused.body());
        assertEquals(401, refresh(rotated).status(), "reuse revoked the family: the newest token too");
        assertEquals(401, api.get("api/v1/auth/me", second.object().getString("accessToken")).status(),
                "and its access tokens");
        assertEquals(200, refresh(session(user).getString("refreshToken")).status(), "a new login is a new session");
    }

    @Test
    @Order(5)
    void logoutRevokesTheAccessTokenInHand() throws Exception {
        String user = newUser("VIEWER");
        String access = session(user).getString("accessToken");
        assertEquals(204, api.post("api/v1/auth/logout", access, null).status());
        assertEquals(401, api.get("api/v1/auth/me", access).status());
    }

    @Test
    @Order(6)
    void afterAnAdminsResetOnlyAPasswordChangeIsAllowed() throws Exception {
        String user = newUser("OPERATOR");
        String temporary = api.post("api/v1/users/" + user + "/password", api.adminToken(), "{}").object()
                .getString("temporaryPassword");
        HttpResponse<String> login = send(login(user, temporary, "192.0.2.40"));
        assertEquals(200, login.statusCode(), login.body());
        JsonObject session = Json.createReader(new StringReader(login.body())).readObject();
        assertTrue(session.getBoolean("passwordChangeRequired"));
        String access = session.getString("accessToken");
        assertEquals(403, api.get("api/v1/machines", access).status());
        assertEquals(200, api.get("api/v1/auth/me", access).status());
        Api.Response changed = api.post("api/v1/auth/password", access, Json.createObjectBuilder()
                .add("currentPassword", temporary).add("newPassword", "my-own-password-now").build().toString());
        assertEquals(200, changed.status(), changed.body());
        assertFalse(changed.object().getBoolean("passwordChangeRequired"));
        assertEquals(200, api.get("api/v1/machines", changed.object().getString("accessToken")).status());
    }

    @Test
    @Order(7)
    void anOpenLiveSessionClosesWhenItsUserIsDisabledAndARenewalMustBeTheSameUser() throws Exception {
        String user = newUser("VIEWER");
        try (LiveClient live = new LiveClient(base)) {
            live.authenticate(session(user).getString("accessToken"));
            assertNotNull(live.next("welcome", Duration.ofSeconds(5)));
            assertEquals(200, api.post("api/v1/users/" + user + "/disable", api.adminToken(), null).status());
            assertEquals(1008, live.closeCode(Duration.ofSeconds(5)), "closed at once, not when the token expires");
        }
        String owner = newUser("VIEWER");
        try (LiveClient live = new LiveClient(base)) {
            live.authenticate(session(owner).getString("accessToken"));
            assertNotNull(live.next("welcome", Duration.ofSeconds(5)));
            live.authenticate(session(newUser("ADMIN")).getString("accessToken"));
            assertEquals(1008, live.closeCode(Duration.ofSeconds(5)), "a renewal with another user's token");
        }
    }

    @Test
    @Order(11)
    void aUserHoldsAtMostTwentyLiveSessionsTheNextIsClosedWith1008() throws Exception {
        String token = session(newUser("VIEWER")).getString("accessToken");
        List<LiveClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                LiveClient live = new LiveClient(base);
                open.add(live);
                live.authenticate(token);
                assertNotNull(live.next("welcome", Duration.ofSeconds(5)), "session " + (i + 1));
            }
            LiveClient oneTooMany = new LiveClient(base);
            open.add(oneTooMany);
            oneTooMany.authenticate(token);
            assertEquals(1008, oneTooMany.closeCode(Duration.ofSeconds(5)), "live.max-sessions-per-user is 20");
        } finally {
            open.forEach(LiveClient::close);
        }
    }

    @Test
    @Order(8)
    void pagesMayConnectToTheirOwnOriginOnlyAndPlainHttpGetsNoHsts() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("index.html")).GET().build());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("connect-src 'self' ws://" + base.getHost() + ":" + base.getPort() + ";"), csp);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
        JsonObject cluster = MultiNodeIT.health(api);
        assertTrue(cluster.getString("node").matches("node-[0-9a-f]{10}"), "no host name or process id: " + cluster);
        assertTrue(cluster.getString("leader").matches("node-[0-9a-f]{10}"), cluster.toString());
    }

    @Test
    @Order(9)
    void anIngestAccountPostsForRegisteredMachinesOnlyAndNothingDatedFarAhead() throws Exception {
        String admin = api.adminToken();
        String gateway = newUser("INGEST");
        String token = session(gateway).getString("accessToken");
        String body = "[" + TwinSystemIT.reading("2030-06-01T00:00:00Z", 50) + "]";
        Api.Response unregistered = api.post("api/v1/machines/5020/readings", token, body);
        assertEquals(404, unregistered.status(), "an INGEST token creates no machine: " + unregistered.body());
        assertEquals(404, api.get("api/v1/machines/5020", admin).status());
        assertEquals(204, api.put("api/v1/machines/5020", admin, "").status(), "an ADMIN registers it");
        Api.Response accepted = api.post("api/v1/machines/5020/readings", token, body);
        assertEquals(1, accepted.object().getInt("accepted"), accepted.body());
        Api.Response far = api.post("api/v1/machines/5020/readings", token, "[" + TwinSystemIT.reading("9998-01-01T00:00:00Z", 50) + "]");
        assertEquals(1, far.object().getInt("rejected"), far.body());
        assertTrue(far.object().getJsonArray("items").getJsonObject(0).getString("reason").contains("ahead"), far.body());
        assertTrue(api.get("api/v1/machines/5020/readings/latest", admin).body().contains("2030-06-01"),
                "the latest reading is not the one dated 9998");
    }

    @Test
    @Order(10)
    void aggregatesAndExportsAreBoundedPerCall() {
        String viewer = session(newUser("VIEWER")).getString("accessToken");
        String decade = "from=2020-01-01T00:00:00Z&to=2030-01-01T00:00:00Z";
        Api.Response aggregate = api.get("api/v1/machines/5020/readings/aggregate?" + decade + "&bucket=P1D", viewer);
        assertEquals(400, aggregate.status(), aggregate.body());
        assertTrue(aggregate.object().getString("detail").contains("at most 400 days"), aggregate.body());
        assertEquals(400, api.get("api/v1/machines/5020/readings/export?" + decade, viewer).status());
        assertEquals(400, api.get("api/v1/machines/5020/readings/export", viewer).status(), "no more whole-history exports");
        assertEquals(200, api.get("api/v1/machines/5020/readings/aggregate?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z",
                viewer).status());
    }

    private String newUser(String role) {
        String name = "sess-" + role.toLowerCase() + "-" + System.nanoTime();
        create(name, role);
        return name;
    }

    private void create(String name, String role) {
        Api.Response created = api.post("api/v1/users", api.adminToken(), "{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.status(), created.body());
    }

    private JsonObject session(String user) {
        HttpResponse<String> response = sendUnchecked(login(user, PASSWORD, "192.0.2.10"));
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("api/v1/auth/refresh", null, Json.createObjectBuilder().add("refreshToken", refreshToken).build().toString());
    }

    private void lift(String address) {
        assertEquals(204, api.send("DELETE", "api/v1/auth/throttles/" + address, api.adminToken(), null,
                HttpRequest.BodyPublishers.noBody()).status());
    }

    private HttpRequest login(String user, String password, String address) {
        return HttpRequest.newBuilder(base.resolve("api/v1/auth/login")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", user)
                        .add("password", password).build().toString())).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendUnchecked(HttpRequest request) {
        try {
            return send(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String detail(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("detail");
    }

}
