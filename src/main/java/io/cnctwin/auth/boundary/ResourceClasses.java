package io.cnctwin.auth.boundary;

import io.cnctwin.platform.boundary.TwinApplication;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * The API's resource classes, found rather than listed, so a new resource cannot be left out of the OpenAPI roles:
 * in a server this CDI extension collects every type with {@code @Path} while the application deploys (or, if the
 * server documents the API before that, its bean manager is asked); outside one (unit tests, a test client) the
 * compiled classes beside {@link TwinApplication} are walked.
 */
public class ResourceClasses implements Extension {

    private static final Set<Class<?>> DEPLOYED = new ConcurrentSkipListSet<>(Comparator.comparing(Class::getName));

    void collect(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<?> type) {
        Class<?> found = type.getAnnotatedType().getJavaClass();
        if (found.isAnnotationPresent(Path.class)) {
            DEPLOYED.add(found);
        }
    }

    /** Every class of this application annotated with {@code @Path}. */
    public static List<Class<?>> all() {
        if (!DEPLOYED.isEmpty()) {
            return List.copyOf(DEPLOYED);
        }
        // a server that builds its OpenAPI document before extensions saw the types: ask the running container
        List<Class<?>> beans = fromContainer();
        return beans.isEmpty() ? compiled() : beans;
    }

    private static List<Class<?>> fromContainer() {
        try {
            return CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .<Class<?>>map(Bean::getBeanClass).filter(type -> type.isAnnotationPresent(Path.class))
                    .distinct().sorted(Comparator.comparing(Class::getName)).toList();
        } catch (IllegalStateException | UnsupportedOperationException noContainer) {
            return List.of();
        }
    }

    static List<Class<?>> compiled() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(
                    TwinApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
                return files.map(f -> classes.relativize(f).toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.contains("-"))
                        .<Class<?>>map(name -> load(name.substring(0, name.length() - 6).replace('/', '.')))
                        .filter(type -> type.isAnnotationPresent(Path.class))
                        .sorted(Comparator.comparing(Class::getName)).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot list the application's classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
