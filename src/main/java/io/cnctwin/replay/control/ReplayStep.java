package io.cnctwin.replay.control;

import io.cnctwin.cluster.boundary.LeaderFence;
import io.cnctwin.pipeline.boundary.ReadingPipeline;
import io.cnctwin.pipeline.entity.PipelineResult;
import io.cnctwin.reading.entity.Reading;
import io.cnctwin.reading.entity.ReadingSource;
import io.cnctwin.replay.entity.ReplayPace;
import io.cnctwin.replay.entity.ReplayPosition;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One replay batch and the position after it, committed together: a restart resumes exactly after it. The position
 * row is locked first, then the leader is fenced: a node that took over reads the position only after this commits.
 */
@Stateless
public class ReplayStep {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReadingPipeline pipeline;
    @Inject
    LeaderFence fence;

    public PipelineResult commit(String source, List<Reading> readings, long linesConsumed, LocalDateTime lastTimestamp) {
        ReplayPosition position = position(source);
        fence.check();
        PipelineResult result = pipeline.process(readings, ReadingSource.REPLAY);
        position.advance(linesConsumed, lastTimestamp, LocalDateTime.now(Clock.systemUTC()));
        return result;
    }

    public ReplayPosition position(String source) {
        ReplayPosition position = em.find(ReplayPosition.class, ReplayPosition.DEFAULT, LockModeType.PESSIMISTIC_WRITE);
        if (position == null) {
            position = new ReplayPosition(source, LocalDateTime.now(Clock.systemUTC()));
            em.persist(position);
        } else if (!position.getSource().equals(source)) {
            position.switchTo(source, LocalDateTime.now(Clock.systemUTC()));
        }
        return position;
    }

    /** Moves the stored position of {@code source}; the next open resumes there. */
    public void seek(String source, long lines) {
        position(source).advance(lines, null, LocalDateTime.now(Clock.systemUTC()));
    }

    /** Keeps pause and speed with the position, for the node that takes the lead next. */
    public void storeControls(String source, boolean paused, ReplayPace pace) {
        position(source).controls(paused, pace, LocalDateTime.now(Clock.systemUTC()));
    }

    /** The stored position (source, lines, controls), or null before the first replayed batch. */
    public ReplayPosition stored() {
        return em.find(ReplayPosition.class, ReplayPosition.DEFAULT);
    }

    public long linesConsumed(String source) {
        return position(source).getLinesConsumed();
    }
}
