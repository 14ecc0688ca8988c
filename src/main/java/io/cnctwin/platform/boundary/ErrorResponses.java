package io.cnctwin.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem answers (application/problem+json) a resource method gives besides 401/403, for the OpenAPI document:
 * {@link ApiRolesFilter} adds them as references to the shared responses of {@link TwinApplication}. Not an
 * {@code @APIResponse}: Payara drops the success answer it derives from the return type as soon as a method
 * declares any {@code @APIResponse}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ErrorResponses {
    Response.Status[] value();
}
