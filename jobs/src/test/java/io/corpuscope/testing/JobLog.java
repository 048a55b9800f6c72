package io.corpuscope.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Counts the Spark jobs started while it listens, per job group ("(none)" for a job without
 * one), as the event log would show them. {@link #stop()} waits until every event before it has
 * been delivered (Spark's listener bus is asynchronous but in order).
 */
public final class JobLog extends SparkListener {
  public static final String NONE = "(none)";
  private static final String MARKER = "joblog-marker";
  private final SparkContext sc;
  private final Map<String, Integer> perGroup = new TreeMap<>();
  private final CountDownLatch marked = new CountDownLatch(1);

  private JobLog(SparkContext sc) {
    this.sc = sc;
  }

  public static JobLog start(SparkContext sc) {
    JobLog log = new JobLog(sc);
    sc.addSparkListener(log);
    return log;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart start) {
    String group = start.properties() == null ? null : start.properties().getProperty("spark.jobGroup.id");
    if (MARKER.equals(group)) {
      marked.countDown();
      return;
    }
    perGroup.merge(group == null ? NONE : group, 1, Integer::sum);
  }

  /** Stops listening once every job before this call has been counted; returns the counts. */
  public Map<String, Integer> stop() {
    String group = sc.getLocalProperty("spark.jobGroup.id");
    sc.setJobGroup(MARKER, MARKER, false);
    try {
      sc.parallelize(scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(1)).toSeq(), 1,
          scala.reflect.ClassTag$.MODULE$.apply(Integer.class)).count();
      if (!marked.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the listener bus did not deliver the marker job within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      sc.setLocalProperty("spark.jobGroup.id", group);
      sc.removeSparkListener(this);
    }
    synchronized (this) {
      return Map.copyOf(perGroup);
    }
  }
}
