package io.cnctwin.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One class-data-sharing archive (the JDK's dynamic AppCDS) for the Payara Micro servers a build starts: the first
 * server that is stopped normally writes the classes it loaded when its JVM exits; every later start maps them from
 * the archive instead of reading, parsing and verifying them again, about a quarter of a start's CPU on this machine
 * (measured: 13.2 s against 17.7 s of CPU to ready). Only how the JVM loads classes changes; the command, the server
 * and the WAR are the production ones. A class whose bytes differ from the archived one (a rebuilt WAR) is loaded
 * normally. {@code -Dit.cds=false} turns it off.
 */
final class ClassDataSharing {

    private static final Path ARCHIVE = Path.of("target", "it-payara-micro.jsa").toAbsolutePath();
    /** Written once the archive is complete: a server must never map a half-written one. */
    private static final Path READY = Path.of("target", "it-payara-micro.jsa.ready").toAbsolutePath();
    /** Taken by the one server that writes the archive. */
    private static final Path CLAIM = Path.of("target", "it-payara-micro.jsa.claim").toAbsolutePath();

    private ClassDataSharing() {
    }

    /** What a new server's JVM needs: map the archive, or write it at exit (the first server), or nothing. */
    static Role role() {
        if (!Boolean.parseBoolean(System.getProperty("it.cds", "true"))) {
            return Role.NONE;
        }
        if (Files.exists(READY)) {
            return Role.READ;
        }
        try {
            Files.createDirectories(CLAIM.getParent());
            Files.createFile(CLAIM);
            return Role.WRITE;
        } catch (FileAlreadyExistsException e) {
            return Role.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps the archive if it is complete already, and never claims writing it. */
    static Role readIfWritten() {
        return Boolean.parseBoolean(System.getProperty("it.cds", "true")) && Files.exists(READY) ? Role.READ : Role.NONE;
    }

    /** The writer's JVM has exited normally: the archive may be mapped from now on. */
    static void written() throws IOException {
        if (Files.exists(ARCHIVE) && !Files.exists(READY)) {
            Files.createFile(READY);
        }
    }

    /** The writer was killed before its JVM could write the archive: the next server to start writes it. */
    static void abandoned() throws IOException {
        Files.deleteIfExists(ARCHIVE);
        Files.deleteIfExists(CLAIM);
    }

    enum Role {
        NONE(List.of()),
        WRITE(List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE)),
        READ(List.of("-XX:SharedArchiveFile=" + ARCHIVE));

        final List<String> jvmOptions;

        Role(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }
    }
}
