package io.cnctwin.platform.control;

import javax.sql.DataSource;

/** The migrations on the embedded default's engine (H2 2.2, as Payara Micro ships it). */
class H2MigrationTest extends MigrationContract {

    @Override
    DataSource newDatabase() {
        return TestSchema.h2DataSource("jdbc:h2:mem:migration" + System.nanoTime());
    }
}
