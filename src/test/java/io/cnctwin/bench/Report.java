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
import java.util.Locale;

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
    }

    String text() {
        StringBuilder out = new StringBuilder("# cnc-twin benchmark, " + startedAt.withNano(0) + "Z\n\n");
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memoryGiB()).append(" GiB RAM, ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append(", JDK ").append(System.getProperty("java.version")).append('\n');
        out.append("- options: suites ").append(options.suites()).append(", warm-up ").append(options.warmup())
                .append(" runs, then ").append(options.runs()).append(" measured runs per query, API and JDBC alternating\n");
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
        out.append('\n').append(BenchMain.join(List.of("suite", "figure", "rows", "API median ms", "API p95 ms",
                "JDBC median ms", "JDBC p95 ms", "ratio median", "ratio p95"))).append('\n');
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figure f : figures) {
            out.append(BenchMain.join(List.of(f.suite(), f.name(), String.format(Locale.ROOT, "%,d", f.rows()),
                    ms(f.medianMs()), ms(f.p95Ms()), ms(f.baselineMedianMs()), ms(f.baselineP95Ms()),
                    String.format(Locale.ROOT, "%.1f", f.ratio()), String.format(Locale.ROOT, "%.1f", f.p95Ratio()))))
                    .append('\n');
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

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static long memoryGiB() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return Math.round(sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return -1;
    }
}
