package io.corpuscope.spark;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A progress line for a long stage, logged on the driver at a steady interval while it runs:
 * "speakers: 12,400 of 37,500 articles (33 %, 20.7/s), about 20 min left". The executors count
 * what they finish in a Spark accumulator ({@link #counter()}), which the driver sees as tasks
 * end; a retried task counts twice, so the count shown never passes the total.
 */
public final class Progress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  /** How often a line is logged. */
  public static final Duration EVERY = Duration.ofSeconds(30);

  private final LongAccumulator done;
  private final ScheduledExecutorService timer;

  private Progress(LongAccumulator done, ScheduledExecutorService timer) {
    this.done = done;
    this.timer = timer;
  }

  /** Starts logging the progress of {@code stage} over {@code total} items of {@code unit} every {@code every}. */
  public static Progress start(SparkSession spark, String stage, String unit, long total, Duration every) {
    LongAccumulator done = spark.sparkContext().longAccumulator(stage + " " + unit + " done");
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "corpuscope-progress-" + stage);
      t.setDaemon(true);
      return t;
    });
    long started = System.nanoTime();
    timer.scheduleAtFixedRate(() -> LOG.info(line(stage, unit, done.value(), total,
        (System.nanoTime() - started) / 1e9)), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return new Progress(done, timer);
  }

  /** What the executors add one to per item finished. */
  public LongAccumulator counter() {
    return done;
  }

  /** The line for {@code done} of {@code total} after {@code seconds}; pure. */
  public static String line(String stage, String unit, long done, long total, double seconds) {
    long shown = Math.min(Math.max(done, 0), total);
    if (shown == 0 || seconds <= 0) {
      return String.format(Locale.ROOT, "%s: 0 of %,d %s done after %.0f s (counts arrive as tasks end)", stage,
          total, unit, seconds);
    }
    double rate = shown / seconds;
    double left = (total - shown) / rate;
    return String.format(Locale.ROOT, "%s: %,d of %,d %s (%d %%, %.1f/s), about %s left", stage, shown, total, unit,
        shown * 100 / Math.max(total, 1), rate, duration(left));
  }

  private static String duration(double seconds) {
    if (seconds < 90) {
      return Math.round(seconds) + " s";
    }
    if (seconds < 90 * 60) {
      return Math.round(seconds / 60) + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
