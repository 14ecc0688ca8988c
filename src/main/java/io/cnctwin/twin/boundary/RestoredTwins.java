package io.cnctwin.twin.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource or method that answers from the in-memory twins or feeds them: while they are being restored from the
 * database, {@link RestoredTwinsFilter} holds its requests briefly, then answers 503 with Retry-After.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RestoredTwins {
}
