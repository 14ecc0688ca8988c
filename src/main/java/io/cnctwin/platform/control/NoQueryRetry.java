package io.cnctwin.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of the database 3 times, 5 s apart, holding the caller (the twin's
 * tick, an ingest request) for up to 20 s while the database is away. We fail at once instead: the twin retries from
 * its stored position on its own schedule and a client gets 503 with Retry-After. Named only in persistence.xml's
 * {@code eclipselink.session.customizer}, so no other JPA provider ever loads this class.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
