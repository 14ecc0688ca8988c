package io.cnctwin.telemetry.boundary;

import io.cnctwin.platform.control.TestSchema;
import java.sql.Connection;

/** The rollups on the embedded database (H2), with the shipped schema. */
class H2RollupTest extends RollupContract {

    @Override
    Connection newDatabase() throws Exception {
        return TestSchema.h2("rollups");
    }
}
