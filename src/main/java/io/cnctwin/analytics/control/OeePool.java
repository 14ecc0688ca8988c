package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Oee;
import java.util.Collection;

/**
 * OEE of several machines together, from each machine's {@link Oee}: availability weighted by planned time,
 * performance by Active time (= availability x planned), quality by production (performance x Active time), which
 * is what one {@link OeeCalculator} over all their intervals would give (up to performance capped at 1).
 */
public final class OeePool {

    private OeePool() {
    }

    public static Oee pool(Collection<Oee> machines) {
        double planned = 0;
        double active = 0;
        double produced = 0;
        double good = 0;
        for (Oee oee : machines) {
            double activeMinutes = weight(oee.availability(), oee.plannedMinutes());
            double production = weight(oee.performance(), activeMinutes);
            planned += oee.plannedMinutes();
            active += activeMinutes;
            produced += production;
            good += weight(oee.quality(), production);
        }
        double availability = planned > 0 ? active / planned : Double.NaN;
        double performance = active > 0 ? produced / active : Double.NaN;
        double quality = produced > 0 ? good / produced : Double.NaN;
        return new Oee(availability, performance, quality, availability * performance * quality, planned);
    }

    /** factor x weight, 0 where the factor is undefined (its weight is 0 then too). */
    private static double weight(double factor, double weight) {
        return Double.isNaN(factor) ? 0 : factor * weight;
    }
}
