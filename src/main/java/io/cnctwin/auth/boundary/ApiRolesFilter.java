package io.cnctwin.auth.boundary;

import io.cnctwin.platform.boundary.ErrorResponses;
import io.cnctwin.platform.boundary.OpenApiQuirks;
import io.cnctwin.platform.boundary.TwinApplication;
import io.cnctwin.platform.entity.Role;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
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
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with who may call each operation, taken from the code that enforces it
 * ({@link TokenFilter#allowedRoles}, {@code @Allowed}/{@code @Public}), so the document cannot drift from it:
 * the extension {@code x-roles} (the roles named by {@code @Allowed}, each also granted to the roles that include it:
 * ADMIN > OPERATOR > VIEWER) or, for a public operation, {@code x-public: true}; a sentence in the description; the
 * 401 and 403 answers; and no security requirement for public operations.
 */
public class ApiRolesFilter implements OASFilter {

    public static final String ROLES_EXTENSION = "x-roles";
    public static final String PUBLIC_EXTENSION = "x-public";

    private final Map<String, List<Method>> methods = resourceMethods();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        OpenApiQuirks.withoutPayaraEndpoints(api);
        OpenApiQuirks.withoutDuplicateTags(api);
        if (api.getServers() != null) {
            // Payara names the server "http://host:port/"; the paths start with "/" already
            api.getServers().forEach(s -> s.setUrl(s.getUrl().replaceAll("(?<=[^/])/+$", "")));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            successAs200(operation);
            List<Method> code = methods.get(key(method.name(), path));
            if (code != null) {
                describe(operation, roles(code.get(0)));
                code.forEach(m -> errors(operation, m));
            }
        }));
    }

    /**
     * Payara writes every attribute of an explicit {@code @Schema}, the unset ones too: dropped again, on the
     * MicroProfile OpenAPI 3 model only (see {@link OpenApiQuirks#withoutUnsetDefaults}).
     */
    @Override
    public Schema filterSchema(Schema schema) {
        return OpenApiQuirks.OPENAPI_3_MODEL ? OpenApiQuirks.withoutUnsetDefaults(schema) : schema;
    }

    /** Payara documents what a method returns as the "default" answer; it is the 200 one. */
    private static void successAs200(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getDefaultValue() == null
                || responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"))) {
            return;
        }
        responses.addAPIResponse("200", responses.getDefaultValue().description("OK"));
        responses.removeAPIResponse(APIResponses.DEFAULT);
    }

    private static void describe(Operation operation, List<String> allowed) {
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n";
        if (allowed.isEmpty()) {
            // Payara leaves empty lists out of the document: a public operation says so with its own extension
            operation.addExtension(PUBLIC_EXTENSION, true);
            operation.setDescription(description + "Public: no token needed.");
            // one empty requirement: no authentication (an empty list would be dropped, leaving the global bearer)
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
            return;
        }
        operation.addExtension(ROLES_EXTENSION, allowed);
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

    private static void errors(Operation operation, Method method) {
        ErrorResponses errors = method.getAnnotation(ErrorResponses.class);
        if (errors != null) {
            for (Response.Status status : errors.value()) {
                operation.getResponses().addAPIResponse(String.valueOf(status.getStatusCode()),
                        OASFactory.createAPIResponse().ref(responseName(status)));
            }
        }
    }

    /** The name of the shared response in {@link TwinApplication}'s components. */
    static String responseName(Response.Status status) {
        return switch (status) {
            case BAD_REQUEST -> "BadRequest";
            case UNAUTHORIZED -> "Unauthorized";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "NotFound";
            case CONFLICT -> "Conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "TooLarge";
            case TOO_MANY_REQUESTS -> "TooManyRequests";
            case SERVICE_UNAVAILABLE -> "Restoring";
            default -> throw new IllegalArgumentException("no shared response for " + status);
        };
    }

    /** The roles named by the code for a resource method; an empty list for a public one. */
    static List<String> roles(Method method) {
        return TokenFilter.isPublic(method) ? List.of()
                : Arrays.stream(TokenFilter.allowedRoles(method)).map(Role::name).sorted().toList();
    }

    /** "GET /api/v1/machines/{id}" -> the resource methods answering it (one per media type they consume). */
    public static Map<String, List<Method>> resourceMethods() {
        String root = "/" + TwinApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, List<Method>> methods = new TreeMap<>();
        for (Class<?> resource : ResourceClasses.all()) {
            String base = join(root, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    methods.computeIfAbsent(key(http, sub == null ? base : join(base, sub.value())),
                            k -> new ArrayList<>()).add(method);
                }
            }
        }
        return methods;
    }

    /** "GET /api/v1/machines/{id}" -> the roles named by the code; an empty list for a public operation. */
    public static Map<String, List<String>> operationRoles() {
        Map<String, List<String>> roles = new TreeMap<>();
        resourceMethods().forEach((key, methods) -> roles.put(key, roles(methods.get(0))));
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
