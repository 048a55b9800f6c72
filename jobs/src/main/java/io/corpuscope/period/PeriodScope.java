package io.corpuscope.period;

import static org.apache.spark.sql.functions.col;

import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The periods a run recomputes: all of them, or — in an incremental run — only those its new
 * input or its {@code --since/--until} window touches, every other partition of every table
 * being left as it is.
 */
public final class PeriodScope {
  private static final PeriodScope ALL = new PeriodScope(null);

  private final Set<String> periods;

  private PeriodScope(Set<String> periods) {
    this.periods = periods;
  }

  public static PeriodScope all() {
    return ALL;
  }

  public static PeriodScope of(Set<String> periods) {
    return new PeriodScope(Set.copyOf(new TreeSet<>(periods)));
  }

  public boolean isAll() {
    return periods == null;
  }

  /** The periods recomputed, in order; only for a scope that is not {@link #all}. */
  public Set<String> periods() {
    if (periods == null) {
      throw new IllegalStateException("the scope is every period");
    }
    return new TreeSet<>(periods);
  }

  /** The rows of {@code table} (with a {@code period} column) this run recomputes. */
  public Dataset<Row> filter(Dataset<Row> table) {
    return periods == null ? table : table.filter(col("period").isin(periods.toArray()));
  }

  @Override
  public String toString() {
    return periods == null ? "every period" : new TreeSet<>(periods).toString();
  }
}
