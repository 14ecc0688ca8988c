package io.cnctwin.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema of the default datasource up to date ({@link FlywayMigrations}) before anything else touches it:
 * the singletons that read or write the database at start-up name this bean in {@code @DependsOn}. A failed migration
 * fails the deployment. Bean-managed: Flyway commits each script itself, outside any container transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = FlywayMigrations.migrate(dataSource);
        LOG.info(() -> "Schema at version " + FlywayMigrations.currentVersion(dataSource) + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }
}
