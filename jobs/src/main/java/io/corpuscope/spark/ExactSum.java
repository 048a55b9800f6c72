package io.corpuscope.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;

/**
 * Sums and means of doubles that do not depend on the order Spark adds the rows in. A double
 * sum does (floating-point addition is not associative), and that order follows the
 * partitioning and which task finishes first, so the same input gave sums differing in their
 * last digits. Each value is rounded once to 18 decimals, the decimals are added exactly, and
 * the result is a double again.
 */
public final class ExactSum {
  private static final String DECIMAL = "decimal(38,18)";

  private ExactSum() {}

  public static Column of(Column values) {
    return sum(values.cast(DECIMAL)).cast("double");
  }

  public static Column mean(Column values) {
    return avg(values.cast(DECIMAL)).cast("double");
  }
}
