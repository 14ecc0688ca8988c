package io.cnctwin.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * persistence.xml lists its managed classes and excludes the rest (the provider then reads only those at deployment,
 * not every class of the WAR): every entity, embeddable, mapped superclass and converter in the sources must be
 * listed, and nothing else.
 */
class PersistenceUnitTest {

    private static final Pattern MANAGED = Pattern.compile("(?m)^@(Entity|Embeddable|MappedSuperclass|Converter)\\b");
    private static final Pattern LISTED = Pattern.compile("<class>([^<]+)</class>");

    @Test
    void listsEveryManagedClassOfTheSourcesAndExcludesTheRest() throws IOException {
        String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        assertTrue(unit.contains("<exclude-unlisted-classes>true</exclude-unlisted-classes>"));
        Set<String> listed = new TreeSet<>();
        for (Matcher m = LISTED.matcher(unit); m.find(); ) {
            listed.add(m.group(1).strip());
        }
        assertEquals(managedClasses(), listed);
    }

    private static Set<String> managedClasses() throws IOException {
        Path sources = Path.of("src/main/java");
        Set<String> managed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (MANAGED.matcher(Files.readString(file)).find()) {
                    String name = sources.relativize(file).toString();
                    managed.add(name.substring(0, name.length() - ".java".length()).replace('/', '.'));
                }
            }
        }
        return managed;
    }
}
