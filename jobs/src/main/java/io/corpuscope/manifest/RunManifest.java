package io.corpuscope.manifest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of one run: when, with what configuration and versions, what it read and what
 * became of every record, and how long each stage took. Written as a row of the
 * {@code run_manifest} table (history of runs) and as {@code run_manifest.json}.
 */
public final class RunManifest {
  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";
  /** A run found still {@code running} by a later run: its process died (killed, lost) before it ended. */
  public static final String ABANDONED = "abandoned";

  public final String runId;
  public final Instant startedAt;
  public final String jobsVersion;
  public final String sparkVersion;
  public final String configJson;
  public final List<String> inputPaths;
  public Instant finishedAt;
  public String status = RUNNING;
  public String failure;
  public List<FileCounts> files = List.of();
  public final Map<String, Double> stageSeconds = new LinkedHashMap<>();

  public RunManifest(String runId, Instant startedAt, String jobsVersion, String sparkVersion, String configJson,
      List<String> inputPaths) {
    this.runId = runId;
    this.startedAt = startedAt;
    this.jobsVersion = jobsVersion;
    this.sparkVersion = sparkVersion;
    this.configJson = configJson;
    this.inputPaths = List.copyOf(inputPaths);
  }

  public FileCounts totals() {
    return FileCounts.total(files);
  }
}
