package io.cnctwin.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, network cut, no connection to
 * be had from the pool) from any other: the first is the client's cue to retry later (503), the second a bug (500).
 */
public final class DatabaseUnavailable {

    /** SQLSTATE classes: 08 connection exception, 57P operator intervention (shutdown, cannot connect now), 53 resources. */
    private static final Set<String> STATE_PREFIXES = Set.of("08", "57P", "53");
    /** Payara's connection pool reports "no connection" as a resource exception, without an SQLSTATE. */
    private static final Set<String> POOL_FAILURES = Set.of("jakarta.resource.ResourceException",
            "com.sun.appserv.connectors.internal.api.PoolingException", "jakarta.resource.spi.ResourceAllocationException");

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && unavailable(sql.getSQLState())
                    || isPoolFailure(cause.getClass()) || cause instanceof XAException xa && lostResource(xa)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A commit whose database went away under it: Payara's connector reports the lost connection ("terminating
     * connection due to administrator command") as an XAException without an SQLSTATE. The writes are idempotent on
     * (machine, timestamp), so the client's retry is safe whether or not the commit reached the disk.
     */
    private static boolean lostResource(XAException xa) {
        return xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XA_RBCOMMFAIL
                || xa.errorCode == XAException.XAER_RMERR;
    }

    private static boolean unavailable(String state) {
        return state != null && STATE_PREFIXES.stream().anyMatch(state::startsWith);
    }

    private static boolean isPoolFailure(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (POOL_FAILURES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
