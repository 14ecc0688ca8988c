package io.cnctwin.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that streams its body and enforces a limit of its own (readings ingest, imports), so
 * {@link BodyLimitFilter}'s general limit does not apply to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OwnBodyLimit {
}
