package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.ConditionScore;
import io.cnctwin.analytics.entity.DetectionScore;
import io.cnctwin.analytics.entity.DetectorAlarmShare;
import io.cnctwin.analytics.entity.FaultCondition;
import io.cnctwin.analytics.entity.LabelledEpisode;
import io.cnctwin.reading.entity.Reading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Scores the analytics against labelled fault episodes: runs one {@link MachineAnalytics} per machine over the
 * readings (in the order given), exactly as the live twin does, turns the fault conditions of the indicators it
 * returns (by {@link ConditionRules}) into alarm episodes per {@link FaultCondition}, and only then compares them
 * with the labels. The labels never influence an alarm.
 */
public class DetectionScorer {

    /** How long after an episode's end an alarm still counts for it: heat and vibration take time to settle. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(30);

    private final OperatingLimits limits;
    private final Duration grace;

    public DetectionScorer() {
        this(OperatingLimits.defaults(), DEFAULT_GRACE);
    }

    public DetectionScorer(OperatingLimits limits, Duration grace) {
        this.limits = limits;
        this.grace = grace;
    }

    /**
     * Per condition: detection % = detected / episodes x 100, an episode being detected when an alarm of its kind
     * rises (a new alarm episode begins) on its machine within [start, end + grace]; delay = that rise - start (an
     * alarm already running before the start does not count: nothing new was detected);
     * false alarms per machine-day = alarm episodes (rising edges) overlapping no labelled episode of that kind on
     * that machine widened by grace on both sides, divided by the machine-days observed.
     */
    public DetectionScore score(Iterator<Reading> readings, List<LabelledEpisode> truth) {
        Map<Integer, MachineAlarmTrack> tracks = new HashMap<>();
        long count = 0;
        while (readings.hasNext()) {
            Reading reading = readings.next();
            tracks.computeIfAbsent(reading.machineId(),
                    id -> new MachineAlarmTrack(limits, labelled(truth, id), grace)).add(reading);
            count++;
        }
        return tally(tracks, truth, count);
    }

    private DetectionScore tally(Map<Integer, MachineAlarmTrack> tracks, List<LabelledEpisode> truth, long count) {
        double machineDays = tracks.values().stream().mapToDouble(MachineAlarmTrack::machineDays).sum();
        List<ConditionScore> scores = new ArrayList<>();
        ConditionTally overall = new ConditionTally("overall", grace);
        for (FaultCondition condition : FaultCondition.values()) {
            ConditionTally tally = new ConditionTally(condition.name(), grace);
            for (Map.Entry<Integer, MachineAlarmTrack> track : tracks.entrySet()) {
                List<LabelledEpisode> labelled = labelled(truth, track.getKey(), condition);
                Collection<AlarmInterval> alarms = track.getValue().intervals(condition);
                tally.add(labelled, alarms);
                overall.add(labelled, alarms);
            }
            scores.add(tally.score(machineDays));
        }
        return new DetectionScore(scores, overall.score(machineDays), count, machineDays, detectorShares(tracks),
                tracks.values().stream().mapToLong(t -> t.powerSteps()[0]).sum(),
                tracks.values().stream().mapToLong(t -> t.powerSteps()[1]).sum());
    }

    private static List<DetectorAlarmShare> detectorShares(Map<Integer, MachineAlarmTrack> tracks) {
        long healthy = tracks.values().stream().mapToLong(MachineAlarmTrack::healthyRows).sum();
        long faulty = tracks.values().stream().mapToLong(MachineAlarmTrack::faultRows).sum();
        List<DetectorAlarmShare> shares = new ArrayList<>();
        for (Detector detector : Detector.values()) {
            long[] sum = new long[3];
            for (MachineAlarmTrack track : tracks.values()) {
                long[] t = track.detectorTally(detector);
                for (int i = 0; i < 3; i++) {
                    sum[i] += t[i];
                }
            }
            shares.add(new DetectorAlarmShare(detector.key(), healthy, sum[0], faulty, sum[1], sum[2]));
        }
        return shares;
    }

    private static List<LabelledEpisode> labelled(List<LabelledEpisode> truth, int machineId) {
        return truth.stream().filter(e -> e.machineId() == machineId).toList();
    }

    private static List<LabelledEpisode> labelled(List<LabelledEpisode> truth, int machineId, FaultCondition kind) {
        return truth.stream().filter(e -> e.machineId() == machineId && e.kind() == kind).toList();
    }
}
