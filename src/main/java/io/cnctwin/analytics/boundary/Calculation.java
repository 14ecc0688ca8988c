package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.control.MachineAnalytics;
import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.telemetry.entity.Reading;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Derives the indicators of one reading from the machine's analytics state (updated incrementally, no history scans).
 * A thin boundary: the methods and their formulas live in the plain classes of analytics.control.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Calculation {

    public Indicators calculate(MachineAnalytics analytics, Reading reading) {
        return analytics.assess(reading);
    }
}
