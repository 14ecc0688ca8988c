/**
 * Reading: what a machine reports. The {@code Reading} value type with its operation mode, source and efficiency
 * status (the public data set's labelling rule, {@code EfficiencyStatus.of}, shared by the simulation and the
 * analytics), parsing of the public file's CSV layout and its variants, validation of physical ranges, the CSV
 * format readings are exported in, and {@code ReplaySource}, a data set file read row by row.
 * <p>
 * Uses nothing else of the twin: every other component builds on it.
 * <p>
 * Requirements: (1) a bad row is rejected with a reason naming the column and its line, never with an exception
 * that stops the reader; (2) the public file and the project's generated files parse unchanged; (3) an exported
 * file re-imports as duplicates only; (4) a value a machine did not measure is missing ({@code Reading.MISSING}, NaN
 * inside the primitive record so the per-reading path stays free of boxing; null at every boundary: JSON, SQL, an
 * empty CSV cell), never 0; only machine, timestamp and operation mode are required.
 */
package io.cnctwin.reading;
