package io.cnctwin.simulation.boundary;

import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.control.FaultPlanner;
import io.cnctwin.simulation.control.FleetModel;
import io.cnctwin.simulation.control.PendingFaults;
import io.cnctwin.simulation.entity.FailureEvent;
import io.cnctwin.simulation.entity.FaultEpisode;
import io.cnctwin.simulation.entity.FaultRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Command line: writes a fleet data set in the public header and its ground truth of fault episodes. */
public final class FleetGenerator {

    private final GeneratorOptions options;

    FleetGenerator(GeneratorOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + GeneratorOptions.USAGE);
            System.exit(2);
            return;
        }
        long began = System.nanoTime();
        long rows = new FleetGenerator(options).generate();
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("%d rows written to %s (ground truth: %s, failures: %s) in %.1f s, %.0f rows/s%n",
                rows, options.out(), options.groundTruthPath(), options.failuresPath(), seconds, rows / seconds);
    }

    /** Writes both files and returns the number of data rows. */
    long generate() throws IOException {
        FleetModel fleet = new FleetModel(options.machines(), options.seed(), options.start().minus(options.interval()));
        List<FaultRequest> planned = new FaultPlanner(options.seed())
                .plan(options.machines(), options.start(), options.end(), options.faultRate());
        long rows = writeReadings(fleet, new PendingFaults(planned, options.end()));
        writeGroundTruth(fleet.groundTruth());
        writeFailures(fleet.failures());
        return rows;
    }

    private long writeReadings(FleetModel fleet, PendingFaults faults) throws IOException {
        long rows = 0;
        StringBuilder block = new StringBuilder(1 << 16);
        try (Writer out = open()) {
            out.write(CsvRowFormat.HEADER + "\n");
            for (LocalDateTime at = options.start(); at.isBefore(options.end()); at = at.plus(options.interval())) {
                String timestamp = CsvRowFormat.timestamp(at);
                faults.dueAt(at).forEach(fleet::inject);
                List<Reading> readings = fleet.next(at);
                faults.observe(readings);
                for (Reading reading : readings) {
                    CsvRowFormat.append(block, timestamp, reading);
                    rows++;
                }
                out.append(block);
                block.setLength(0);
            }
        }
        return rows;
    }

    private void writeGroundTruth(List<FaultEpisode> episodes) throws IOException {
        List<String> lines = episodes.stream()
                .sorted(Comparator.comparing(FaultEpisode::start).thenComparingInt(FaultEpisode::machineId))
                .map(CsvRowFormat::groundTruthLine).toList();
        try (Writer out = Files.newBufferedWriter(options.groundTruthPath(), StandardCharsets.UTF_8)) {
            out.write(CsvRowFormat.GROUND_TRUTH_HEADER + "\n");
            for (String line : lines) {
                out.write(line + "\n");
            }
        }
    }

    private void writeFailures(List<FailureEvent> failures) throws IOException {
        try (Writer out = Files.newBufferedWriter(options.failuresPath(), StandardCharsets.UTF_8)) {
            out.write(CsvRowFormat.FAILURES_HEADER + "\n");
            for (FailureEvent failure : failures) {
                out.write(CsvRowFormat.failureLine(failure) + "\n");
            }
        }
    }

    private Writer open() throws IOException {
        if (options.out().getParent() != null) {
            Files.createDirectories(options.out().getParent());
        }
        OutputStream file = Files.newOutputStream(options.out());
        if (options.out().getFileName().toString().endsWith(".gz")) {
            try {
                file = new GZIPOutputStream(file, 1 << 16);
            } catch (IOException e) {
                file.close();
                throw new UncheckedIOException(e);
            }
        }
        return new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
