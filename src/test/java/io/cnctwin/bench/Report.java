package io.cnctwin.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The figures of one run as a Markdown table with the run's conditions, printed and written to a file. */
final class Report {

    private final BenchOptions options;
    private final LocalDateTime startedAt = LocalDateTime.now(ZoneOffset.UTC);
    private final List<String> notes = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    Report(BenchOptions options) {
        this.options = options;
    }

    /** The machine's load average when the run started: other work on the machine skews every figure. */
    void noteLoad() {
        try {
            note("load average (1, 5, 15 min) at start: " + String.join(" ",
                    java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3)));
        } catch (IOException e) {
            note("load average unknown: " + e.getMessage());
        }
    }

    void note(String note) {
        notes.add(note);
        System.out.println("[bench] " + note);
    }

    void add(List<Figure> more) {
        figures.addAll(more);
        // as it comes, so that a run cut short still shows what it measured
        more.forEach(f -> System.out.println("[bench] figure: " + f.suite() + " | " + f.name() + " | " + f.product()
                + " | " + f.baseline() + " | " + f.ratioText()));
    }

    String text() {
        StringBuilder out = new StringBuilder("# cnc-twin benchmark, " + startedAt.withNano(0) + "Z\n\n");
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memoryGiB()).append(" GiB RAM, ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append(", JDK ").append(System.getProperty("java.version")).append('\n');
        out.append("- options: ").append(options).append('\n');
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
        out.append('\n').append(BenchMain.join(List.of("suite", "figure", "product", "baseline (same run)", "ratio"))).append('\n');
        out.append("|---|---|---:|---:|---:|\n");
        for (Figure f : figures) {
            out.append(BenchMain.join(List.of(f.suite(), f.name(), f.product(), f.baseline(), f.ratioText()))).append('\n');
        }
        out.append('\n');
        figures.forEach(f -> out.append("- ").append(f.name()).append(": ").append(f.note()).append('\n'));
        return out.toString();
    }

    void print(PrintStream out) {
        out.println(text());
    }

    void write(Path dir) throws IOException {
        String name = "bench-" + startedAt.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md";
        Files.writeString(dir.resolve(name), text());
        Files.writeString(dir.resolve("latest.md"), text());
        System.out.println("[bench] written to " + dir.resolve(name));
    }

    /** 1000000 as "1M", 360000 as "360k". */
    static String count(long n) {
        return n >= 1_000_000 && n % 100_000 == 0 ? (n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n / 1e6 + "M")
                : n >= 1000 ? n / 1000 + "k" : String.valueOf(n);
    }

    private static long memoryGiB() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return -1;
    }
}
