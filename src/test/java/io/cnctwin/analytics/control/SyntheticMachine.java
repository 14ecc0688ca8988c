package io.cnctwin.analytics.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A machine with the simulation's physics, for step-independence tests: cutting load an Ornstein-Uhlenbeck process
 * with a 15-minute correlation time, the housing a first-order lag of 20 minutes toward coolant + 6.5 K per kW of
 * spindle heat, a daily hall swing, slow flank wear and a bearing's rumble, 70 minutes cutting and 20 idle; read every
 * {@code step} minutes with the sensors' own noise (power 0.12 kW, temperature 0.3 K, vibration 4 % + 0.03 Hz). As in
 * the simulation's generator, the state is stepped at the sampling step (exact for a constant load over the step).
 */
final class SyntheticMachine {

    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 6, 0, 0);

    /** Bearing rumble (Hz) added to the vibration whenever the spindle turns. */
    private final double rumbleHz;
    /** Sensor drift: from this minute on (or never, when negative) the temperature reading creeps up. */
    private int driftFrom = -1;
    private double driftKPerMin;
    /** Accelerated wear: from this minute on the tool wears to breakage within {@code wearMinutes}. */
    private int wearFrom = -1;
    private double wearMinutes;

    SyntheticMachine(double rumbleHz) {
        this.rumbleHz = rumbleHz;
    }

    SyntheticMachine drift(int fromMinute, double kelvinPerMinute) {
        this.driftFrom = fromMinute;
        this.driftKPerMin = kelvinPerMinute;
        return this;
    }

    SyntheticMachine wearOut(int fromMinute, double minutesToBreakage) {
        this.wearFrom = fromMinute;
        this.wearMinutes = minutesToBreakage;
        return this;
    }

    /** The readings of {@code minutes} of data time, one every {@code step} minutes; {@code seed} fixes the state. */
    List<Reading> readings(long seed, int minutes, int step) {
        Random state = new Random(seed);
        Random sensor = new Random(seed * 31 + step);
        List<Reading> out = new ArrayList<>();
        double load = 0.72;
        double wear = 0.1;
        double trueC = 31 + 6.5 * 0.5;
        for (int m = 0; m <= minutes; m += step) {
            boolean active = m % 90 < 70;
            double keep = Math.exp(-step / 15.0);
            load = 0.72 + (load - 0.72) * keep + 0.10 * Math.sqrt(1 - keep * keep) * state.nextGaussian();
            load = Math.max(0.4, Math.min(0.95, load));
            if (active) {
                wear = wearFrom >= 0 && m >= wearFrom ? Math.min(1, wear + step / wearMinutes) : wear + 0.75 * step / 900;
                wear = wear > 0.75 && (wearFrom < 0 || m < wearFrom) ? 0.05 : wear; // planned tool change
            }
            double spindleKw = active ? 6 * load * (1 + 0.15 * wear) : 0.5;
            double hall = 31 + 1.5 * Math.sin(2 * Math.PI * (m / 60.0 - 9) / 24);
            trueC += (hall + 6.5 * spindleKw - trueC) * (1 - Math.exp(-step / 20.0));
            double vibration = active ? 0.5 + 0.8 * load + 1.2 * wear + 2.6 * Math.pow(wear, 6) + rumbleHz
                    : 0.3 + 0.3 * wear + rumbleHz;
            double drift = driftFrom >= 0 && m >= driftFrom ? driftKPerMin * (m - driftFrom) : 0;
            out.add(ReadingBuilder.healthy().at(T0.plusMinutes(m))
                    .mode(active ? OperationMode.ACTIVE : OperationMode.IDLE)
                    .power(1.6 + spindleKw + 0.12 * sensor.nextGaussian())
                    .temperature(trueC + drift + 0.3 * sensor.nextGaussian())
                    .vibration(vibration * (1 + 0.04 * sensor.nextGaussian()) + 0.03 * sensor.nextGaussian())
                    .build());
        }
        return out;
    }
}
