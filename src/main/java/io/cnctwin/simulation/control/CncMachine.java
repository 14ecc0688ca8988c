package io.cnctwin.simulation.control;

import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.simulation.entity.FailureEvent;
import io.cnctwin.simulation.entity.FailureKind;
import io.cnctwin.simulation.entity.FaultKind;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final Degradation degradation;
    /** Its own stream, so failures do not shift the draws of the signals. */
    private final SplittableRandom failureRandom;
    private final List<FailureEvent> failures = new ArrayList<>();
    private double integratedHazard;
    private double failureThreshold;
    private LocalDateTime repairedAt;
    private OperationMode lastMode;

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
        this.degradation = new Degradation(random);
        this.failureRandom = random.split();
        this.failureThreshold = exponential();
        this.lastMode = schedule.mode();
    }

    /** The failures so far, in time order. */
    List<FailureEvent> failures() {
        return List.copyOf(failures);
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
        mayFail(at, dt, fault);
        OperationMode mode = nextMode(at, dt, fault);
        double load = cuttingLoad.step(dt);
        cut(mode, load, dt, fault);
        double heatKw = MachineMechanics.spindleKw(mode, load, wear.wear()) * fault.spindlePowerFactor + fault.powerStepKw;
        double ambient = ambientC(at) + fault.coolantRiseC;
        double resistance = THERMAL_RESISTANCE_K_PER_KW * fault.coolingResistanceFactor * degradation.resistanceFactor();
        double trueC = thermal.step(ThermalModel.steadyStateC(ambient, heatKw, resistance),
                THERMAL_TAU_MINUTES * fault.tauFactor, dt);
        degradation.step(mode != OperationMode.MAINTENANCE, mode == OperationMode.ACTIVE, load, trueC, dt);
        lastMode = mode;
        RawSignals signals = sense(new MachineState(mode, load, heatKw, trueC, dt), fault, segment, at);
        lastAt = at;
        return signals.toReading(id, at, mode);
    }

    /** What the machine's sensors and counters report for the physical state, noise included. */
    private RawSignals sense(MachineState state, FaultEffect fault, NetworkSegment segment, LocalDateTime at) {
        OperationMode mode = state.mode();
        double powerKw = MachineMechanics.auxiliaryKw(mode) + state.heatKw() + 0.12 * random.nextGaussian();
        double measuredC = state.trueC() + fault.sensorDriftC + 0.3 * random.nextGaussian();
        double vibration = MachineMechanics.vibrationHz(mode, state.load(), wear.wear(), fault.toolBroken,
                        degradation.bearing())
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

    /**
     * Integrates the failure hazard of the state over the step (the state of the previous step, constant over it)
     * and fails when it passes the Exp(1) threshold. Not while a played fault episode holds the machine Active (the
     * episode stays whole) nor while the machine is being repaired.
     */
    private void mayFail(LocalDateTime at, double dt, FaultEffect fault) {
        if (fault.holdsActive || repairing(at)) {
            return;
        }
        boolean turning = lastMode != OperationMode.MAINTENANCE;
        boolean cutting = lastMode == OperationMode.ACTIVE;
        Map<FailureKind, Double> hazards = FailureHazard.hazards(turning, cutting, wear.wear(), degradation);
        double precursor = hazards.values().stream().mapToDouble(Double::doubleValue).sum();
        double background = FailureHazard.randomHazard(turning);
        integratedHazard += (precursor + background) * dt / 60;
        if (integratedHazard < failureThreshold) {
            return;
        }
        double pick = failureRandom.nextDouble() * (precursor + background);
        FailureKind kind = null;
        for (Map.Entry<FailureKind, Double> hazard : hazards.entrySet()) {
            pick -= hazard.getValue();
            if (pick < 0 && kind == null) {
                kind = hazard.getKey();
            }
        }
        boolean withPrecursor = kind != null;
        if (kind == null) {
            kind = FailureKind.values()[failureRandom.nextInt(FailureKind.values().length)];
        }
        repairedAt = at.plus(kind.repairTime(failureRandom.nextDouble()));
        failures.add(new FailureEvent(id, kind, at, repairedAt, withPrecursor));
        repair(kind);
        integratedHazard = 0;
        failureThreshold = exponential();
    }

    // what a repair renews: always the tool (the spindle is opened or the machine re-zeroed), and the failed part
    private void repair(FailureKind kind) {
        wear.replaceTool();
        switch (kind) {
            case SPINDLE_BEARING -> degradation.replaceBearing();
            case COOLING_FAILURE -> degradation.flushCoolant();
            case DRIVE_FAULT -> degradation.resetDrive();
            case TOOL_BREAKAGE -> {
                // the tool change above is the repair
            }
        }
    }

    private boolean repairing(LocalDateTime at) {
        return repairedAt != null && at.isBefore(repairedAt);
    }

    private double exponential() {
        return -Math.log(1 - failureRandom.nextDouble());
    }

    private OperationMode nextMode(LocalDateTime at, double dt, FaultEffect fault) {
        if (repairing(at)) {
            return schedule.startRepair(Duration.between(at, repairedAt).toMillis() / 60_000.0);
        }
        boolean repair = agenda.repairDue(lastAt, at) && !fault.holdsActive;
        if (repair && agenda.repairDue(lastAt, at, io.cnctwin.simulation.entity.FaultKind.OVERHEAT)) {
            degradation.flushCoolant(); // the repair of a cooling fault cleans the circuit
        }
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
