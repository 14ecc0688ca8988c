package io.cnctwin.platform.boundary;

import io.cnctwin.platform.entity.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (or every method of a class). Checked by {@link TokenFilter}.
 * Our own annotation rather than {@code @RolesAllowed}, which some servers enforce with their own realm first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    Role[] value();
}
