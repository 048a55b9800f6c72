package io.corpuscope.spark;

import org.apache.spark.SparkContext;

/**
 * Names the Spark jobs of a run after its stage, so the Spark UI, the event log and a history
 * server show "corpuscope:RUN:speakers" instead of two hundred anonymous jobs. The group is a
 * property of the calling thread (and the threads it starts); {@link #close()} puts back what the
 * caller had, so a notebook or a test sharing the session keeps its own.
 */
public final class JobNames implements AutoCloseable {
  /** Spark's local properties for the job group, its description and cancelling: read back to restore them. */
  static final String GROUP = "spark.jobGroup.id";
  static final String DESCRIPTION = "spark.job.description";
  static final String INTERRUPT = "spark.job.interruptOnCancel";

  private final SparkContext sc;
  private final String runId;
  private final String previousGroup;
  private final String previousDescription;
  private final String previousInterrupt;

  private JobNames(SparkContext sc, String runId) {
    this.sc = sc;
    this.runId = runId;
    this.previousGroup = sc.getLocalProperty(GROUP);
    this.previousDescription = sc.getLocalProperty(DESCRIPTION);
    this.previousInterrupt = sc.getLocalProperty(INTERRUPT);
  }

  /** Starts naming the jobs of run {@code runId}, first as its {@code setup} step. */
  public static JobNames forRun(SparkContext sc, String runId) {
    JobNames names = new JobNames(sc, runId);
    names.stage("setup");
    return names;
  }

  /** The group id of a run's stage: {@code corpuscope:RUN:STAGE}. */
  public static String group(String runId, String stage) {
    return "corpuscope:" + runId + ":" + stage;
  }

  /** Jobs started from now on belong to {@code stage} (ingest, topics, …, or setup and commit). */
  public void stage(String stage) {
    sc.setJobGroup(group(runId, stage), "corpuscope " + stage + " (run " + runId + ")", false);
  }

  @Override
  public void close() {
    sc.setLocalProperty(GROUP, previousGroup);
    sc.setLocalProperty(DESCRIPTION, previousDescription);
    sc.setLocalProperty(INTERRUPT, previousInterrupt);
  }
}
