package io.corpuscope.report;

import io.corpuscope.manifest.FileCounts;
import io.corpuscope.manifest.RunManifest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The run the report describes: what was read, what became of it, and each stage's seconds. */
public record RunSummary(String runId, Instant startedAt, long read, long kept, long duplicates, long quarantined,
    long outOfWindow, Map<String, Double> stageSeconds) {

  public static RunSummary of(RunManifest m) {
    FileCounts t = m.totals();
    return new RunSummary(m.runId, m.startedAt, t.read(), t.kept(), t.duplicates(), t.quarantined(),
        t.outOfWindow(), new LinkedHashMap<>(m.stageSeconds));
  }

  /** No run recorded under the output root (a report on tables written by hand). */
  public static RunSummary unknown() {
    return new RunSummary("unknown", null, 0, 0, 0, 0, 0, Map.of());
  }
}
