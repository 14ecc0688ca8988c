package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Factor;
import java.util.List;

/** A health index 0..100 (100 = as new) and the penalties that lowered it, largest first (negative points). */
public record Health(double index, List<Factor> factors) {
}
