package io.cnctwin.fleet.control;

import io.cnctwin.analytics.control.HistoryAccumulator;
import io.cnctwin.analytics.control.OeePool;
import io.cnctwin.analytics.entity.Correlations;
import io.cnctwin.analytics.entity.Energy;
import io.cnctwin.analytics.entity.FleetAnalytics;
import io.cnctwin.analytics.entity.MachineRisk;
import io.cnctwin.analytics.entity.OeeView;
import io.cnctwin.machine.entity.MachineStatus;
import io.cnctwin.reading.entity.OperationMode;
import io.cnctwin.twin.entity.MachineSnapshot;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fleet from its twins: status counts, machines ranked by risk, energy summed, OEE pooled. */
public class FleetSummary {

    private static final Comparator<MachineRisk> RISKIEST_FIRST = Comparator
            .comparingDouble((MachineRisk m) -> -m.riskScore())
            .thenComparingDouble(m -> -m.failureProbability())
            .thenComparingInt(MachineRisk::machineId);

    public FleetAnalytics summarise(Collection<MachineSnapshot> twins, Correlations correlations) {
        long readings = twins.stream().mapToLong(t -> t.snapshot().readings()).sum();
        return new FleetAnalytics(twins.size(), readings, statusCounts(twins), ranking(twins), energy(twins),
                OeeView.of(OeePool.pool(twins.stream().map(MachineSnapshot::oee).toList())), correlations);
    }

    /** Every status, in declaration order, with how many machines have it. */
    static Map<String, Long> statusCounts(Collection<MachineSnapshot> twins) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MachineStatus status : MachineStatus.values()) {
            counts.put(status.name(), twins.stream().filter(t -> t.status() == status).count());
        }
        return counts;
    }

    /** Machines with indicators, by risk score, then failure probability (both descending), then id. */
    static List<MachineRisk> ranking(Collection<MachineSnapshot> twins) {
        return twins.stream().filter(t -> t.indicators() != null)
                .map(t -> new MachineRisk(t.machineId(), t.status(), t.indicators().riskLevel(),
                        t.indicators().riskScore(), t.indicators().failureProbability(),
                        t.indicators().healthIndex(), HistoryAccumulator.instant(t.lastReading())))
                .sorted(RISKIEST_FIRST).toList();
    }

    static Energy energy(Collection<MachineSnapshot> twins) {
        Map<OperationMode, Double> byMode = new EnumMap<>(OperationMode.class);
        double total = 0;
        for (MachineSnapshot twin : twins) {
            twin.snapshot().energyKwhByMode().forEach((mode, kwh) -> byMode.merge(mode, kwh, Double::sum));
            total += twin.snapshot().energyKwhTotal();
        }
        return Energy.of(byMode, total, null);
    }
}
