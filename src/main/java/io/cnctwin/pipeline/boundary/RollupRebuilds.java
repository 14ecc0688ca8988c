package io.cnctwin.pipeline.boundary;

import io.cnctwin.telemetry.boundary.RollupRebuild;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The rollup rebuild in a transaction of its own; the caller holds the pipeline gate around it. */
@Stateless
public class RollupRebuilds {

    @Resource
    DataSource dataSource;

    /** Rebuilds every rollup; the number of rollup rows written. */
    public long rebuild() {
        try (Connection connection = dataSource.getConnection()) {
            return RollupRebuild.rebuild(connection);
        } catch (SQLException e) {
            throw new PersistenceException("could not rebuild the rollups: " + e.getMessage(), e);
        }
    }
}
