package io.cnctwin.bench;

import java.util.List;

/**
 * One part of the benchmark: measures the product beside a baseline taken in the same run on the same machine.
 * Issue 9's further parts (pipeline throughput, WebSocket fan-out, REST load, start-up and memory) implement this.
 */
public interface BenchSuite {

    /** The name given to {@code --suites}. */
    String name();

    /** Runs against the started server and database; every figure carries its own baseline. */
    List<Figure> run(BenchContext context) throws Exception;
}
