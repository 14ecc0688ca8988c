package io.cnctwin.bench;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * A restart on a database that holds readings: {@value #MACHINES} machines with {@value #READINGS} readings each (the
 * bundled data set's first rows of machine 1, under each machine's id), posted through the API; the server killed and
 * started again. How long until the API answers, and until the twins are restored (the health check's {@code twins}),
 * beside a restart of the same server with no readings stored.
 */
final class RestoreSuite implements BenchSuite {

    static final int MACHINES = 2_000;
    static final int READINGS = 200;
    static final int CALLERS = 4;

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public List<Figure> run(BenchContext c) throws Exception {
        PipelineSuite.truncate(c);
        Restart empty = restart(c);
        long posted = post(c, bodies());
        Restart full = restart(c);
        c.report().note(String.format(Locale.ROOT, "restore: %,d readings of %,d machines posted, then the server"
                + " killed and started again: API answering after %.1f s, twins restored after %.1f s (%s machines);"
                + " with no readings stored %.1f s and %.1f s", posted, MACHINES, full.answering(), full.restored(),
                full.machines(), empty.answering(), empty.restored()));
        String how = String.format(Locale.ROOT, "%,d machines x %d readings stored; baseline: the same restart with no"
                + " readings stored", MACHINES, READINGS);
        return List.of(
                new Figure(name(), "restart to API answering", seconds(full.answering()), seconds(empty.answering()),
                        full.answering() / empty.answering(), "time x baseline", how),
                new Figure(name(), "restart to twins restored", seconds(full.restored()), seconds(empty.restored()),
                        full.restored() / empty.restored(), "time x baseline", how + "; /health twin check"));
    }

    record Restart(double answering, double restored, String machines) {
    }

    private static Restart restart(BenchContext c) throws Exception {
        c.server().kill();
        long t0 = System.nanoTime();
        c.server().start(); // returns once the application's API answers
        double answering = (System.nanoTime() - t0) / 1e9;
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject twin = c.api().healthData("twin");
            if ("restored".equals(twin.getString("twins"))) {
                return new Restart(answering, (System.nanoTime() - t0) / 1e9,
                        twin.get("machinesRestored").toString().replace("\"", ""));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the twins were not restored within 10 minutes");
    }

    private static List<String> bodies() throws Exception {
        List<String> rows = new ArrayList<>();
        String header;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(PipelineSuite.DATA)), StandardCharsets.UTF_8))) {
            header = in.readLine();
            for (String line = in.readLine(); line != null && rows.size() < READINGS; line = in.readLine()) {
                if (line.split(",", 3)[1].equals("1")) {
                    rows.add(line);
                }
            }
        }
        List<String> bodies = new ArrayList<>();
        for (int machine = 1; machine <= MACHINES; machine++) {
            StringBuilder body = new StringBuilder(header).append('\n');
            for (String row : rows) {
                String[] cells = row.split(",", 3);
                body.append(cells[0]).append(',').append(machine).append(',').append(cells[2]).append('\n');
            }
            bodies.add(body.toString());
        }
        return bodies;
    }

    private static long post(BenchContext c, List<String> bodies) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Integer>> accepted = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                int machine = i + 1;
                String body = bodies.get(i);
                accepted.add(callers.submit(() -> PipelineSuite.post(c, http, machine, body)));
            }
            long total = 0;
            for (Future<Integer> f : accepted) {
                total += f.get();
            }
            return total;
        } finally {
            callers.shutdown();
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }
}
