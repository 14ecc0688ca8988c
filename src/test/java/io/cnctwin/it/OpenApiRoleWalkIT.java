package io.cnctwin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.boundary.ApiRolesFilter;
import io.cnctwin.platform.entity.Role;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The served OpenAPI document (saved to target/openapi.json and .yaml for CI's linter), its browsable page, and a walk
 * of every operation it lists with no token and with an ADMIN, OPERATOR, VIEWER and INGEST token: 401 without a token
 * unless public ({@code x-public}), 403 for a role its {@code x-roles} does not allow (a role allows the roles it includes), neither for
 * one it does. The requests are harmless: unknown ids, empty or invalid bodies. The walk pauses and resumes the twin,
 * so it runs before the classes that watch the replay.
 */
@Order(SharedServer.SHARING + 3) // one server for these classes, in this order: see SharedServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiRoleWalkIT {

    static final String UNKNOWN_ID = "999999";
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    final URI base = SharedServer.base();

    Api api;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void client() throws Exception {
        api = new Api(base);
    }

    @Test
    @Order(1)
    void documentIsServedAndSavedForTheLinter() throws Exception {
        String json = fetch("/openapi", "application/json");
        String yaml = fetch("/openapi", "*/*");
        Files.writeString(Path.of("target/openapi.json"), json);
        Files.writeString(Path.of("target/openapi.yaml"), yaml);
        JsonObject document = new Api.Response(200, "application/json", json).object();
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        assertTrue(document.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearer"));
    }

    @Test
    @Order(2)
    void everyOperationOfTheCodeIsDocumentedWithTheRolesOfItsAnnotations() throws Exception {
        Map<String, List<String>> documented = new TreeMap<>();
        operations(document()).forEach((key, operation) -> documented.put(key, roles(operation)));
        assertEquals(ApiRolesFilter.operationRoles(), documented);
    }

    @Test
    @Order(3)
    void browsableDocumentationIsServedFromTheWar() throws Exception {
        HttpResponse<String> page = http.send(request("api-docs.html", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        for (String file : List.of("webjars/swagger-ui/5.34.1/swagger-ui-bundle.js",
                "webjars/swagger-ui/5.34.1/swagger-ui.css", "js/api-docs.js")) {
            assertEquals(200, http.send(request(file, null).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode(), file);
        }
    }

    @Test
    @Order(4)
    void everyOperationAnswersEachRoleAsItsDocumentSays() throws Exception {
        String admin = api.adminToken();
        Map<Role, String> tokens = new LinkedHashMap<>();
        tokens.put(Role.ADMIN, admin);
        for (Role role : List.of(Role.OPERATOR, Role.VIEWER, Role.INGEST)) {
            tokens.put(role, userWith(admin, role));
        }
        Map<String, JsonObject> operations = new LinkedHashMap<>(operations(document()));
        // logout revokes every token of its user, the one in hand included (issue 20): walked last
        JsonObject logout = operations.remove("POST /api/v1/auth/logout");
        if (logout != null) {
            operations.put("POST /api/v1/auth/logout", logout);
        }
        List<String> wrong = new ArrayList<>();
        try {
            operations.forEach((key, operation) -> {
                List<String> allowed = roles(operation);
                int anonymous = call(key, operation, null);
                if (allowed.isEmpty() ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                    wrong.add(key + " without a token: " + anonymous);
                }
                tokens.forEach((role, token) -> {
                    int status = call(key, operation, token);
                    boolean permitted = allowed.isEmpty() || role.implied().stream().anyMatch(r -> allowed.contains(r.name()));
                    if (permitted ? status == 401 || status == 403 : status != 403) {
                        wrong.add(key + " as " + role + " (allowed: " + allowed + "): " + status);
                    }
                });
            });
        } finally {
            api.post("api/v1/twin/resume", api.adminToken(), null);
        }
        assertTrue(operations.size() >= 35, "operations walked: " + operations.size());
        assertEquals(List.of(), wrong);
    }

    private int call(String key, JsonObject operation, String token) {
        String method = key.substring(0, key.indexOf(' '));
        String path = key.substring(key.indexOf(' ') + 2).replaceAll("\\{[^}]+}", UNKNOWN_ID);
        HttpRequest.Builder request = request(path, token);
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String type = bodyType(operation);
            // an empty batch for the ingest (a machine is registered by its first reading), an invalid body elsewhere
            String body = type.contains("csv") ? "" : path.endsWith("/readings") ? "[]" : "{}";
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String bodyType(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null) {
            return "application/json";
        }
        Set<String> types = body.getJsonObject("content").keySet();
        return types.contains("application/json") ? "application/json" : types.iterator().next();
    }

    private String userWith(String admin, Role role) {
        String name = "walk-" + role.name().toLowerCase() + "-" + System.nanoTime();
        Api.Response created = api.post("api/v1/users", admin, "{\"username\":\"" + name
                + "\",\"password\":\"role-walk-password\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.status(), created.body());
        return api.login(name, "role-walk-password");
    }

    /** The roles of x-roles; none for an operation marked x-public. */
    private static List<String> roles(JsonObject operation) {
        if (operation.getBoolean(ApiRolesFilter.PUBLIC_EXTENSION, false)) {
            assertTrue(!operation.containsKey(ApiRolesFilter.ROLES_EXTENSION), operation.toString());
            return List.of();
        }
        assertTrue(operation.containsKey(ApiRolesFilter.ROLES_EXTENSION), "no x-roles on " + operation);
        return operation.getJsonArray(ApiRolesFilter.ROLES_EXTENSION).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).sorted().collect(Collectors.toList());
    }

    /** "GET /api/v1/machines/{id}" -> the operation object. */
    private static Map<String, JsonObject> operations(JsonObject document) {
        Map<String, JsonObject> operations = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method)) {
                operations.put(method.toUpperCase() + " " + path, operation.asJsonObject());
            }
        }));
        return operations;
    }

    private JsonObject document() throws Exception {
        return new Api.Response(200, "application/json", fetch("/openapi", "application/json")).object();
    }

    /** Payara serves the document at the server's root, whatever the application's context root. */
    private String fetch(String path, String accept) throws Exception {
        HttpResponse<String> response = http.send(request(path, null).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertNotEquals("", response.body());
        return response.body();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.base().resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }
}
