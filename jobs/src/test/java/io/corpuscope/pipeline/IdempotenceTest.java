package io.corpuscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.config.JobConfig;
import io.corpuscope.testing.OutputTables;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SampleRun;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC.md's "deterministic" and "re-runs are idempotent": the whole job on the sample, into two
 * output roots (the second with another shuffle partitioning, as on a machine with other
 * cores) and once more into the first, gives the same rows in every table.
 */
@ExtendWith(SharedSpark.class)
class IdempotenceTest {
  /** Columns that name the run, and so differ between runs by design. */
  private static final Set<String> RUN_COLUMNS = Set.of("run_id");

  @TempDir static Path first;
  @TempDir static Path second;
  static Connection duckdb;
  static Map<String, List<String>> firstRun;
  static Map<String, List<String>> secondRoot;
  static Map<String, List<String>> rerun;

  @BeforeAll
  static void runTheJobThreeTimes() throws Exception {
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    SparkSession spark = SharedSpark.session();
    SampleRun.copyTo(first); // the sample run of the other tests, into a root of its own
    firstRun = OutputTables.rows(duckdb, first, RUN_COLUMNS);
    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    spark.conf().set("spark.sql.shuffle.partitions", "7");
    try {
      run(second, "idempotence-2");
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
    }
    secondRoot = OutputTables.rows(duckdb, second, RUN_COLUMNS);
    run(first, "idempotence-3");
    rerun = OutputTables.rows(duckdb, first, RUN_COLUMNS);
  }

  private static void run(Path output, String runId) {
    JobConfig config = Runs.config("input", Repo.sample().toString(), "output", output.toString());
    new Pipeline(config).run(SharedSpark.session(), EnumSet.allOf(Stage.class), runId, Instant.now());
  }

  @AfterAll
  static void close() throws Exception {
    duckdb.close();
  }

  @Test
  void everyTableIsWrittenAndNotEmpty() {
    assertThat(firstRun.keySet()).contains("articles", "quarantine", "topic_terms", "doc_topics", "topic_trends",
        "quotes", "speaker_frequency", "spending_statements", "stance_trends", "run_inputs", "run_manifest");
    assertThat(firstRun.keySet()).anyMatch(t -> t.startsWith("models/topics/"));
    for (String t : List.of("articles", "topic_terms", "doc_topics", "topic_trends", "quotes", "spending_statements",
        "stance_trends")) {
      assertThat(firstRun.get(t)).as(t).isNotEmpty();
    }
  }

  @Test
  void twoOutputRootsGetTheSameRowsInEveryTable() {
    assertThat(secondRoot.keySet()).isEqualTo(firstRun.keySet());
    for (String table : firstRun.keySet()) {
      if (!table.equals("run_manifest")) {
        assertThat(secondRoot.get(table)).as(table).containsExactlyElementsOf(firstRun.get(table));
      }
    }
  }

  @Test
  void aRerunIntoTheSameRootLeavesTheSameRows() {
    assertThat(rerun.keySet()).isEqualTo(firstRun.keySet());
    for (String table : firstRun.keySet()) {
      if (!table.equals("run_manifest")) {
        assertThat(rerun.get(table)).as(table).containsExactlyElementsOf(firstRun.get(table));
      }
    }
  }

  @Test
  void theManifestKeepsOneSucceededRowPerRunWithTheSameCounts() {
    List<Row> runs = Runs.table(first, "run_manifest").orderBy("started_at").collectAsList();
    assertThat(runs).extracting(r -> r.<String>getAs("run_id")).containsExactly(SampleRun.RUN_ID, "idempotence-3");
    assertThat(runs).allSatisfy(r -> {
      assertThat(r.<String>getAs("status")).isEqualTo("succeeded");
      assertThat(r.<Long>getAs("records_read")).isEqualTo(5L);
      assertThat(r.<Long>getAs("records_kept")).isEqualTo(runs.get(0).<Long>getAs("records_kept"));
    });
  }
}
