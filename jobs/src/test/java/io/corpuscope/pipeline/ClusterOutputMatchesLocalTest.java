package io.corpuscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.corpuscope.testing.OutputTables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC.md's "the same jobs jar runs under spark-submit": the tables a run on a Spark standalone
 * cluster wrote hold the same rows as a local run's. {@code scripts/cluster-run.sh} makes both
 * outputs and names them in {@code -Dcorpuscope.cluster.out} and {@code -Dcorpuscope.local.out};
 * without them (the ordinary test run) this test is skipped.
 */
class ClusterOutputMatchesLocalTest {
  /** Columns that name the run, time it, or echo its command line, and so differ by design. */
  private static final Set<String> RUN_COLUMNS = Set.of("run_id", "started_at", "finished_at", "config_json",
      "input_paths", "ingest_seconds", "topics_seconds", "speakers_seconds", "stance_seconds", "report_seconds");

  static Connection duckdb;
  static Map<String, List<String>> cluster;
  static Map<String, List<String>> local;

  @BeforeAll
  static void readBothOutputs() throws Exception {
    String clusterOut = System.getProperty("corpuscope.cluster.out");
    String localOut = System.getProperty("corpuscope.local.out");
    assumeTrue(clusterOut != null && localOut != null,
        "skipped: run by scripts/cluster-run.sh, which sets -Dcorpuscope.cluster.out and -Dcorpuscope.local.out");
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    cluster = OutputTables.rows(duckdb, Path.of(clusterOut), RUN_COLUMNS);
    local = OutputTables.rows(duckdb, Path.of(localOut), RUN_COLUMNS);
  }

  @AfterAll
  static void close() throws Exception {
    if (duckdb != null) {
      duckdb.close();
    }
  }

  @Test
  void theClusterRunWroteEveryTable() {
    assertThat(cluster.keySet()).contains("articles", "quarantine", "topic_terms", "doc_topics", "topic_trends",
        "quotes", "speaker_frequency", "spending_statements", "stance_trends", "run_inputs", "run_manifest");
    for (String t : List.of("articles", "topic_terms", "doc_topics", "quotes", "spending_statements")) {
      assertThat(cluster.get(t)).as(t).isNotEmpty();
    }
  }

  @Test
  void everyTableHoldsTheSameRowsAsTheLocalRun() {
    assertThat(cluster.keySet()).isEqualTo(local.keySet());
    cluster.forEach((table, rows) -> {
      System.out.printf("cluster = local: %-60s %6d rows%n", table, rows.size());
      assertThat(rows).as(table).containsExactlyElementsOf(local.get(table));
    });
  }
}
