package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/** One CNC milling machine: mode, load, heat, wear, network and quality, stepped in time. */
final class CncMachine {

    /** K per kW of spindle heat: 6 kW of cutting settles the housing about 40 K above the coolant. */
    static final double THERMAL_RESISTANCE_K_PER_KW = 6.5;
    static final double THERMAL_TAU_MINUTES = 20;
    static final double HALL_MEAN_C = 31;
    static final double HALL_DAILY_SWING_C = 1.5;
    /** Planned tool change: the operator replaces a tool at 75 % of its life. */
    static final double WORN_LIMIT = 0.75;
    static final double DEFECT_LAG_MINUTES = 5;
    static final double SPEED_LAG_MINUTES = 10;

    private final int id;
    private final MachineTraits traits;
    private final SplittableRandom random;
    private final ModeSchedule schedule;
    private final CuttingLoad cuttingLoad;
    private final ToolWear wear;
    private final ThermalModel thermal;
    private final FaultAgenda agenda = new FaultAgenda();
    private LocalDateTime lastAt;
    private double defectPct = 0.5;
    private double speed;

    CncMachine(int id, SplittableRandom random, LocalDateTime origin) {
        this.id = id;
        this.random = random;
        this.traits = MachineTraits.draw(random);
        this.schedule = new ModeSchedule(random);
        this.cuttingLoad = new CuttingLoad(random);
        this.wear = new ToolWear(traits.toolLifeMinutes(), 0.6 * random.nextDouble());
        double heat = MachineMechanics.spindleKw(schedule.mode(), CuttingLoad.MEAN, wear.wear());
        this.thermal = new ThermalModel(ambientC(origin) + THERMAL_RESISTANCE_K_PER_KW * heat);
        this.lastAt = origin;
        this.speed = schedule.mode() == OperationMode.ACTIVE ? 0.9 * traits.nominalSpeed() : 0;
    }

    int id() {
        return id;
    }

    double toolWear() {
        return wear.wear();
    }

    FaultAgenda agenda() {
        return agenda;
    }

    Reading step(LocalDateTime at, NetworkSegment segment) {
        double dt = Duration.between(lastAt, at).toMillis() / 60_000.0;
        FaultEffect fault = agenda.effectAt(at);
        OperationMode mode = nextMode(at, dt, fault);
        double load = cuttingLoad.step(dt);
        cut(mode, load, dt, fault);
        double heatKw = MachineMechanics.spindleKw(mode, load, wear.wear()) * fault.spindlePowerFactor + fault.powerStepKw;
        double ambient = ambientC(at) + fault.coolantRiseC;
        double resistance = THERMAL_RESISTANCE_K_PER_KW * fault.coolingResistanceFactor;
        double trueC = thermal.step(ThermalModel.steadyStateC(ambient, heatKw, resistance),
                THERMAL_TAU_MINUTES * fault.tauFactor, dt);
        RawSignals signals = sense(new MachineState(mode, load, heatKw, trueC, dt), fault, segment, at);
        lastAt = at;
        return signals.toReading(id, at, mode);
    }

    /** What the machine's sensors and counters report for the physical state, noise included. */
    private RawSignals sense(MachineState state, FaultEffect fault, NetworkSegment segment, LocalDateTime at) {
        OperationMode mode = state.mode();
        double powerKw = MachineMechanics.auxiliaryKw(mode) + state.heatKw() + 0.12 * random.nextGaussian();
        double measuredC = state.trueC() + fault.sensorDriftC + 0.3 * random.nextGaussian();
        double vibration = MachineMechanics.vibrationHz(mode, state.load(), wear.wear(), fault.toolBroken)
                * (1 + 0.04 * random.nextGaussian()) + 0.03 * random.nextGaussian();
        double latency = traits.baseLatencyMs() * Math.exp(0.3 * random.nextGaussian())
                + segment.extraLatencyMs(at) * (0.85 + 0.3 * random.nextDouble());
        double loss = 0.12 * -Math.log(1 - random.nextDouble())
                + segment.extraLossPct(at) * (0.8 + 0.4 * random.nextDouble());
        double error = ProcessQuality.errorRatePct(mode, state.trueC(), wear.wear(), latency, loss, fault.toolBroken)
                + 0.25 * random.nextGaussian();
        double defectTarget = ProcessQuality.defectTargetPct(mode, state.trueC(), wear.wear(), vibration, fault.toolBroken);
        defectPct = lagged(defectPct, defectTarget, DEFECT_LAG_MINUTES, state.dtMinutes());
        double speedTarget = ProcessQuality.speedTarget(mode, traits.nominalSpeed(), state.load(), error);
        speed = lagged(speed, speedTarget, SPEED_LAG_MINUTES, state.dtMinutes());
        double score = ProcessQuality.maintenanceScore(wear.wear(), measuredC, vibration, error);
        return new RawSignals(measuredC, vibration, powerKw, latency, loss,
                defectPct + 0.15 * random.nextGaussian(), speed + 4 * random.nextGaussian(), score, error);
    }

    /** The physical state of one step that the sensors read. */
    private record MachineState(OperationMode mode, double load, double heatKw, double trueC, double dtMinutes) {
    }

    private OperationMode nextMode(LocalDateTime at, double dt, FaultEffect fault) {
        boolean repair = agenda.repairDue(lastAt, at) && !fault.holdsActive;
        OperationMode mode = repair ? schedule.startMaintenance() : schedule.advance(dt, fault.holdsActive);
        if (mode == OperationMode.ACTIVE && !fault.holdsActive && wear.wear() >= WORN_LIMIT) {
            mode = schedule.startMaintenance();
        }
        if (mode == OperationMode.MAINTENANCE) {
            wear.replaceTool();
        }
        return mode;
    }

    private void cut(OperationMode mode, double load, double dt, FaultEffect fault) {
        if (mode != OperationMode.ACTIVE || fault.toolBroken) {
            return;
        }
        if (fault.acceleratesWear()) {
            wear.cutTowardBreakage(load, dt, fault.minutesToBreakage);
        } else {
            wear.cut(load, dt);
        }
    }

    // the hall is warmest mid-afternoon and coolest before dawn
    private double ambientC(LocalDateTime at) {
        double hour = at.getHour() + at.getMinute() / 60.0;
        return HALL_MEAN_C + traits.ambientOffsetC() + HALL_DAILY_SWING_C * Math.sin(2 * Math.PI * (hour - 9) / 24);
    }

    // a first-order lag, exact for a constant target over the step
    private static double lagged(double current, double target, double tauMinutes, double dt) {
        return current + (target - current) * (1 - Math.exp(-dt / tauMinutes));
    }
}
