package io.cnctwin.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, version 1. Static dashboard pages are served from the WAR root. Its OpenAPI document is served at
 * {@code /openapi} (browsable at {@code /api-docs.html}): the definition below holds what every operation shares
 * (the bearer token, the problem answers); {@link ApiRolesFilter} adds who may call each operation.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "CNC fleet digital twin", version = "1",
                description = "Live digital twin of a fleet of CNC milling machines: readings, indicators, alerts, "
                        + "analytics, replay control, ingest and imports. Log in with POST /api/v1/auth/login and "
                        + "send the access token as `Authorization: Bearer ACCESS_TOKEN`. Errors are RFC 9457 problem "
                        + "details (application/problem+json). Times are ISO-8601 UTC.",
                license = @License(name = "Proprietary")),
        security = @SecurityRequirement(name = TwinApplication.BEARER),
        tags = {
                @Tag(name = "auth", description = "Tokens, the current user and the public keys"),
                @Tag(name = "users", description = "Accounts and their roles"),
                @Tag(name = "machines", description = "The machine register and each machine's state"),
                @Tag(name = "readings", description = "History, aggregates, export and ingest of readings"),
                @Tag(name = "analytics", description = "Indicators, history analytics, the fleet and maintenance"),
                @Tag(name = "alerts", description = "Alerts and the rules that raise them"),
                @Tag(name = "twin", description = "The replay and the live simulation"),
                @Tag(name = "imports", description = "CSV imports as background jobs"),
                @Tag(name = "audit", description = "Who changed what"),
                @Tag(name = "operations", description = "Operational figures for monitoring")},
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = TwinApplication.BEARER,
                        type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                        description = "Access token from POST /api/v1/auth/login (RS256, 15 minutes)"),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "Invalid input: what is wrong, per field for a validation failure",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No valid token: missing, invalid, expired or revoked (at login: wrong credentials)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The token's roles do not allow this operation",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "No such machine, alert, rule or job",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "The change conflicts with the current state",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429",
                                description = "Too many failed logins: try again after Retry-After seconds",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooLarge", responseCode = "413",
                                description = "The body is larger than this operation takes",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Restoring", responseCode = "503",
                                description = "The twins are still being restored from the database (just after a start or a"
                                        + " takeover of the replay lead): try again after Retry-After seconds",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
public class TwinApplication extends Application {

    static final String BEARER = "bearer";
}
