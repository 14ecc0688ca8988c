package io.cnctwin.analytics.entity;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * {@link Oee} as clients see it: availability, performance, quality and OEE (0..1, {@code null} where nothing
 * defines them, e.g. performance without Active time) and the planned minutes behind availability.
 */
@JsonbNillable // undefined figures appear as null rather than vanish
public record OeeView(Double availability, Double performance, Double quality, Double oee, double plannedMinutes) {

    public static OeeView of(Oee oee) {
        return new OeeView(orNull(oee.availability()), orNull(oee.performance()), orNull(oee.quality()),
                orNull(oee.oee()), oee.plannedMinutes());
    }

    /** JSON has no NaN. */
    public static Double orNull(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
