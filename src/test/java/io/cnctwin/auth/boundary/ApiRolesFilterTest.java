package io.cnctwin.auth.boundary;

import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.TwinApplication;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document's roles and answers come from the code: every resource, every operation, every role. */
class ApiRolesFilterTest {

    @Test
    void everyResourceClassIsWalked() throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        Set<Class<?>> resources;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("io/cnctwin"))) {
            resources = files.map(f -> classes.relativize(f).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(name.replace(".class", "").replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class)).collect(Collectors.toSet());
        }
        assertEquals(resources, new HashSet<>(ResourceClasses.all()));
        assertTrue(resources.size() >= 20, "resources: " + resources.size());
    }

    @Test
    void rolesAreThoseTheTokenFilterEnforces() {
        Map<String, List<String>> roles = ApiRolesFilter.operationRoles();
        assertEquals(List.of(), roles.get("POST /api/v1/auth/login"));
        assertEquals(List.of(), roles.get("GET /api/v1/auth/jwks"));
        assertEquals(List.of("INGEST", "VIEWER"), roles.get("GET /api/v1/auth/me"));
        assertEquals(List.of("VIEWER"), roles.get("GET /api/v1/machines/{id}"));
        assertEquals(List.of("INGEST", "OPERATOR"), roles.get("POST /api/v1/machines/{id}/readings"));
        assertEquals(List.of("OPERATOR"), roles.get("POST /api/v1/alerts/{id}/acknowledge"));
        assertEquals(List.of("ADMIN"), roles.get("POST /api/v1/twin/pause"));
        assertEquals(List.of("ADMIN"), roles.get("GET /api/v1/imports/{id}"));
        assertEquals(List.of("ADMIN"), roles.get("GET /api/v1/audit"));
        assertTrue(roles.size() >= 35, "operations: " + roles.size());
    }

    @Test
    void everyOperationHasASummaryAndAnIdOfItsOwn() {
        Map<String, String> owners = new HashMap<>();
        List<String> problems = new ArrayList<>();
        ApiRolesFilter.resourceMethods().forEach((key, methods) -> {
            for (Method method : methods) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null || operation.summary().isBlank() || operation.operationId().isBlank()) {
                    problems.add(key + " " + method.getName() + ": no @Operation with summary and operationId");
                } else if (!owners.computeIfAbsent(operation.operationId(), id -> key).equals(key)) {
                    problems.add(key + ": operationId " + operation.operationId() + " is " + owners.get(operation.operationId()) + "'s");
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDeclaredErrorHasASharedResponse() {
        Set<String> shared = Arrays.stream(TwinApplication.class.getAnnotation(OpenAPIDefinition.class).components().responses())
                .map(APIResponse::name).collect(Collectors.toSet());
        ApiRolesFilter.resourceMethods().values().stream().flatMap(List::stream)
                .map(m -> m.getAnnotation(ErrorResponses.class)).filter(java.util.Objects::nonNull)
                .flatMap(e -> Arrays.stream(e.value())).distinct()
                .forEach(status -> assertTrue(shared.contains(ApiRolesFilter.responseName(status)), status.toString()));
        for (Response.Status status : List.of(Response.Status.UNAUTHORIZED, Response.Status.FORBIDDEN)) {
            assertTrue(shared.contains(ApiRolesFilter.responseName(status)), status.toString());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiRolesFilterTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void keysJoinTheApplicationClassAndMethodPaths() {
        assertNotNull(ApiRolesFilter.operationRoles().get("GET /api/v1/machines/{id}/readings/aggregate"));
        assertNotNull(ApiRolesFilter.operationRoles().get("PUT /api/v1/alert-rules/{id}"));
    }
}
