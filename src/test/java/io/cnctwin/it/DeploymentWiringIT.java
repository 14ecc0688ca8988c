package io.cnctwin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cnctwin.auth.boundary.ApiRolesFilter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The packaged WAR deployed by Arquillian on a Payara Micro of its own (fresh embedded database): what only the
 * container's wiring can show. Flyway ran every migration before the singletons that need the schema (the shipped
 * rules carry V8's hold); the CDI extension found every resource, so the OpenAPI document names the roles of every
 * operation the code has; the alert component's {@code BatchLock} is served by the pipeline's gate (an ADMIN's rule
 * change runs through it and answers).
 */
@ExtendWith(ArquillianExtension.class)
// beside the sequence of the other classes, one such class at a time, never beside the timed ones (see Schedule)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(Schedule.BESIDE)
@ResourceLock(value = Schedule.TIMED, mode = ResourceAccessMode.READ)
class DeploymentWiringIT {

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/cnc-twin.war"));
    }

    Api api() throws Exception {
        return new Api(URI.create(deployed.toExternalForm().replaceAll("/?$", "/")));
    }

    @Test
    void theMigrationsRanBeforeTheApplicationStarted() throws Exception {
        Api api = api();
        List<JsonObject> rules = api.get("api/v1/alert-rules", api.adminToken()).array().getValuesAs(JsonObject.class);
        assertEquals(16, rules.size(), "shipped rules: " + rules);
        assertTrue(rules.stream().filter(rule -> !"EVENT".equals(rule.getString("kind")))
                        .allMatch(rule -> rule.getJsonNumber("clearAfterMinutes").doubleValue() == 10),
                "V8 gives the shipped rules a 10-minute clear hold: " + rules);
        assertEquals(2, rules.stream().filter(rule -> "EVENT".equals(rule.getString("kind"))).count(),
                "V14: machine_offline and controller_alarm, raised by events: " + rules);
    }

    @Test
    void everyResourceTheCodeHasIsDocumentedWithItsRoles() throws Exception {
        // the server's OpenAPI document, at its root whatever the WAR's context
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(deployed.toURI().resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document.body());
        JsonObject paths = new Api.Response(200, "application/json", document.body()).object().getJsonObject("paths");
        Map<String, List<String>> documented = new TreeMap<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT && !method.startsWith("x-")
                    && List.of("get", "put", "post", "delete", "patch").contains(method)) {
                JsonObject op = operation.asJsonObject();
                documented.put(method.toUpperCase() + " " + path, op.containsKey(ApiRolesFilter.ROLES_EXTENSION)
                        ? op.getJsonArray(ApiRolesFilter.ROLES_EXTENSION).getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).sorted().toList() : List.of());
            }
        }));
        assertEquals(ApiRolesFilter.operationRoles(), documented);
    }

    @Test
    void aRuleChangeGoesThroughThePipelinesGate() throws Exception {
        Api api = api();
        String admin = api.adminToken();
        JsonObject rule = api.get("api/v1/alert-rules", admin).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("id") == 1).findFirst().orElseThrow();
        String body = "{\"comparison\":\"" + rule.getString("comparison") + "\",\"warningThreshold\":"
                + rule.getJsonNumber("warningThreshold") + ",\"criticalThreshold\":" + rule.getJsonNumber("criticalThreshold")
                + ",\"consecutiveCount\":" + rule.getInt("consecutiveCount") + ",\"hysteresis\":"
                + rule.getJsonNumber("hysteresis") + ",\"enabled\":true,\"description\":\"wired\",\"version\":"
                + rule.getJsonNumber("version") + "}";
        Api.Response changed = api.put("api/v1/alert-rules/1", admin, body);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(rule.getJsonNumber("version").longValue() + 1, changed.object().getJsonNumber("version").longValue());
        assertEquals("wired", changed.object().getString("description"));
    }
}
