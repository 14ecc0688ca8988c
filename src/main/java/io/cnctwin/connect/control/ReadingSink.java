package io.cnctwin.connect.control;

import io.cnctwin.reading.entity.Reading;
import java.util.List;

/**
 * Where a connector hands its readings: the reading pipeline, one batch per call, idempotent on (machine,
 * timestamp), in one transaction together with the connector's new position (null: unchanged). Throws when the
 * batch did not commit; the connector then keeps it and tries again.
 */
@FunctionalInterface
public interface ReadingSink {

    Delivery deliver(List<Reading> readings, String position);

    /** How many readings of the batch were stored, and how many were stored already. */
    record Delivery(int accepted, int duplicates) {
    }
}
