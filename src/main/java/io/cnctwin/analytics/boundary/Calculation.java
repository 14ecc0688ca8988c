package io.cnctwin.analytics.boundary;

import io.cnctwin.analytics.entity.Indicators;
import io.cnctwin.reading.entity.Reading;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The indicators of a batch, in order: {@code analytics.get(i)} is the state of {@code readings.get(i)}'s machine.
     * One container call per batch rather than per reading: the EJB call itself cost more than the arithmetic.
     */
    public List<Indicators> calculateAll(List<MachineAnalytics> analytics, List<Reading> readings) {
        List<Indicators> result = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            result.add(analytics.get(i).assess(readings.get(i)));
        }
        return result;
    }
}
