package io.corpuscope.pipeline;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;
import io.corpuscope.period.PeriodBucketer;
import io.corpuscope.period.PeriodScope;
import io.corpuscope.period.PeriodWindow;
import io.corpuscope.spark.TableWriter;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which periods the analysis stages of a run recompute. After an ingest: the periods it wrote
 * (new input, or the {@code --since/--until} window); a stage run alone: the committed periods
 * in the window. When that is every period the output root holds, the run is a full one.
 */
final class ScopeResolver {
  private ScopeResolver() {}

  static PeriodScope resolve(TableWriter writer, JobConfig config, boolean ingestRan) {
    Set<String> committed = writer.committedPeriods("articles");
    Set<String> touched;
    if (ingestRan) {
      touched = writer.stagedPeriods("articles");
    } else {
      PeriodWindow window = PeriodWindow.widened(config.get(ConfigKeys.SINCE), config.get(ConfigKeys.UNTIL),
          new PeriodBucketer(config.get(ConfigKeys.PERIOD)));
      if (window.isOpen()) {
        return PeriodScope.all();
      }
      touched = new TreeSet<>();
      for (String p : committed) {
        if (window.containsPeriod(p)) {
          touched.add(p);
        }
      }
    }
    return touched.containsAll(committed) ? PeriodScope.all() : PeriodScope.of(touched);
  }
}
