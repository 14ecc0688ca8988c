package io.cnctwin.replay.control;

import io.cnctwin.replay.entity.Scenario;
import io.cnctwin.simulation.entity.FaultEpisode;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The record of injected scenarios. */
@Stateless
public class Scenarios {

    @PersistenceContext
    EntityManager em;

    public Scenario record(FaultEpisode requested, String by) {
        Scenario scenario = new Scenario(requested, by, LocalDateTime.now(Clock.systemUTC()));
        em.persist(scenario);
        return scenario;
    }

    public List<Scenario> all() {
        return em.createNamedQuery(Scenario.ALL, Scenario.class).getResultList();
    }

    public List<FaultEpisode> episodes() {
        return all().stream().map(Scenario::episode).toList();
    }
}
