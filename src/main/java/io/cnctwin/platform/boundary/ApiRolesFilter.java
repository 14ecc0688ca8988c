package io.cnctwin.platform.boundary;

import io.cnctwin.alert.boundary.AlertRulesResource;
import io.cnctwin.alert.boundary.AlertsResource;
import io.cnctwin.analytics.boundary.FleetAnalyticsResource;
import io.cnctwin.analytics.boundary.HistoryAnalyticsResource;
import io.cnctwin.analytics.boundary.IndicatorsResource;
import io.cnctwin.analytics.boundary.MaintenanceResource;
import io.cnctwin.auth.boundary.AuthResource;
import io.cnctwin.auth.boundary.TokenFilter;
import io.cnctwin.auth.boundary.UsersResource;
import io.cnctwin.auth.entity.Role;
import io.cnctwin.imports.boundary.ImportsResource;
import io.cnctwin.machine.boundary.MachinesResource;
import io.cnctwin.telemetry.boundary.ReadingAggregatesResource;
import io.cnctwin.telemetry.boundary.ReadingExportResource;
import io.cnctwin.telemetry.boundary.ReadingsResource;
import io.cnctwin.twin.boundary.MachineStateResource;
import io.cnctwin.twin.boundary.TwinResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with who may call each operation, taken from the code that enforces it
 * ({@link TokenFilter#allowedRoles}, {@code @Allowed}/{@code @Public}), so the document cannot drift from it:
 * the extension {@code x-roles} (the roles named by {@code @Allowed}, each also granted to the roles that include it:
 * ADMIN > OPERATOR > VIEWER; an empty list for a public operation), a sentence in the description, the 401 and 403
 * answers, and no security requirement for public operations.
 */
public class ApiRolesFilter implements OASFilter {

    public static final String ROLES_EXTENSION = "x-roles";

    /** Every resource class of the API (a unit test checks that none is missing). */
    public static final List<Class<?>> RESOURCES = List.of(AuthResource.class, UsersResource.class,
            MachinesResource.class, ReadingsResource.class, ReadingAggregatesResource.class,
            ReadingExportResource.class, MachineStateResource.class, IndicatorsResource.class,
            HistoryAnalyticsResource.class, FleetAnalyticsResource.class, MaintenanceResource.class,
            AlertsResource.class, AlertRulesResource.class, TwinResource.class, ImportsResource.class,
            AuditResource.class);

    private final Map<String, List<String>> roles = operationRoles();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            List<String> allowed = roles.get(key(method.name(), path));
            if (allowed != null) {
                describe(operation, allowed);
            }
        }));
    }

    private static void describe(Operation operation, List<String> allowed) {
        operation.addExtension(ROLES_EXTENSION, allowed);
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n";
        if (allowed.isEmpty()) {
            operation.setDescription(description + "Public: no token needed.");
            operation.setSecurity(new ArrayList<>());
            return;
        }
        operation.setDescription(description + "Roles: " + String.join(", ", allowed)
                + " (ADMIN includes OPERATOR, which includes VIEWER).");
        APIResponses responses = operation.getResponses();
        if (responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        }
        if (responses.getAPIResponse("403") == null) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        }
    }

    /** "GET /api/v1/machines/{id}" -> the roles named by the code; an empty list for a public operation. */
    public static Map<String, List<String>> operationRoles() {
        String root = "/" + TwinApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, List<String>> roles = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = join(root, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    roles.put(key(http, sub == null ? base : join(base, sub.value())), TokenFilter.isPublic(method)
                            ? List.of() : Arrays.stream(TokenFilter.allowedRoles(method)).map(Role::name).sorted().toList());
                }
            }
        }
        return roles;
    }

    static String key(String httpMethod, String path) {
        return httpMethod.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    private static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
