package io.corpuscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.manifest.RunManifest;
import io.corpuscope.testing.OutputTables;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SampleRun;
import io.corpuscope.testing.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC.md's "an incremental run (--since/--until or new input only) replaces only the affected
 * partitions", on the bundled sample (articles of 2025-02, 2025-04 and 2025-06): every file of
 * every other period is left byte for byte, and the periods it recomputes hold what a full run
 * gives them.
 */
@ExtendWith(SharedSpark.class)
class IncrementalRunTest {
  /** Columns that name the run or where its input lay, and so differ between runs by design. */
  private static final Set<String> RUN_COLUMNS = Set.of("run_id", "input_file", "record_ref");
  /** Outputs that describe the run itself rather than the corpus. */
  private static final Predicate<String> ABOUT_THE_RUN = p -> p.startsWith("run_") || p.startsWith("report/")
      || p.startsWith("_") || p.equals("quarantine") || p.startsWith("quarantine/");

  static Connection duckdb;

  @BeforeAll
  static void open() throws Exception {
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void close() throws Exception {
    duckdb.close();
  }

  private static RunManifest run(Path input, Path output, String runId, String... more) {
    return Runs.run(EnumSet.allOf(Stage.class), runId, input, output, more);
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class SinceUntil {
    Path root;
    Map<String, String> before;
    Map<String, String> after;
    Map<String, List<String>> fullRows;
    Map<String, List<String>> incrementalRows;
    RunManifest incremental;

    @BeforeAll
    void runFullThenOneMonth(@TempDir Path root) throws Exception {
      this.root = root;
      SampleRun.copyTo(root); // the full run, shared with the other tests that read it
      before = fileHashes(root);
      fullRows = OutputTables.rows(duckdb, root, RUN_COLUMNS);
      // a window inside April: widened to the whole month, the partition a run replaces
      incremental = run(Repo.sample(), root, "april", "since", "2025-04-10", "until", "2025-04-20");
      after = fileHashes(root);
      incrementalRows = OutputTables.rows(duckdb, root, RUN_COLUMNS);
    }

    @Test
    void theOtherPeriodsAreLeftByteForByte() {
      Map<String, String> untouched = only(before, p -> !p.contains("period=2025-04/") && !ABOUT_THE_RUN.test(p));
      assertThat(untouched.keySet()).anyMatch(p -> p.contains("period=2025-02/"))
          .anyMatch(p -> p.contains("period=2025-06/")).anyMatch(p -> p.startsWith("doc_topics/period="));
      assertThat(only(after, untouched::containsKey)).isEqualTo(untouched);
    }

    @Test
    void theSavedTopicModelAndTermsAreKept() {
      Map<String, String> model = only(before, p -> p.startsWith("models/topics/") || p.startsWith("topic_terms/"));
      assertThat(model).isNotEmpty();
      assertThat(only(after, model::containsKey)).isEqualTo(model);
    }

    @Test
    void theWindowsPeriodIsRewrittenInEveryPartitionedTable() {
      for (String table : List.of("articles", "doc_topics", "topic_trends", "quotes", "speaker_frequency",
          "spending_statements", "stance_trends")) {
        Map<String, String> april = only(before, p -> p.startsWith(table + "/period=2025-04/"));
        Map<String, String> aprilAfter = only(after, p -> p.startsWith(table + "/period=2025-04/"));
        assertThat(april).as(table).isNotEmpty();
        assertThat(aprilAfter.keySet()).as(table + " files written again").doesNotContainAnyElementsOf(april.keySet());
      }
    }

    @Test
    void everyTableHoldsWhatTheFullRunWrote() {
      for (String table : fullRows.keySet()) {
        if (!ABOUT_THE_RUN.test(table)) {
          assertThat(incrementalRows.get(table)).as(table).isEqualTo(fullRows.get(table));
        }
      }
    }

    @Test
    void theManifestCountsTheArticlesOutsideTheWindow() {
      assertThat(incremental.totals().read()).isEqualTo(5);
      assertThat(incremental.totals().kept()).isEqualTo(3);
      assertThat(incremental.totals().outOfWindow()).isEqualTo(2);
      assertThat(incrementalRows.get("run_manifest")).hasSize(2);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class NewInputOnly {
    Map<String, String> afterFirst;
    Map<String, String> afterSecond;
    Map<String, List<String>> rows;
    Map<String, List<String>> fullRows;
    RunManifest second;

    @BeforeAll
    void runTwoBatches(@TempDir Path root, @TempDir Path firstBatch, @TempDir Path secondBatch) throws Exception {
      // the first batch: February and two April articles; the second: a third April one and June
      split(Set.of("004_", "000_", "001_"), firstBatch);
      split(Set.of("003_", "002_"), secondBatch);
      run(firstBatch, root, "first");
      afterFirst = fileHashes(root);
      second = run(secondBatch, root, "second");
      afterSecond = fileHashes(root);
      rows = OutputTables.rows(duckdb, root, RUN_COLUMNS);
      fullRows = OutputTables.rows(duckdb, SampleRun.output(), RUN_COLUMNS);
    }

    @Test
    void aPeriodTheNewInputDoesNotTouchIsLeftByteForByte() {
      Map<String, String> february = only(afterFirst, p -> p.contains("period=2025-02/"));
      assertThat(february.keySet()).anyMatch(p -> p.startsWith("articles/")).anyMatch(p -> p.startsWith("quotes/"));
      assertThat(only(afterSecond, february::containsKey)).isEqualTo(february);
    }

    @Test
    void aPeriodTheNewInputSharesKeepsItsEarlierArticles() {
      assertThat(rows.get("articles")).isEqualTo(fullRows.get("articles"));
      assertThat(second.totals().read()).isEqualTo(2);
      assertThat(second.totals().kept()).isEqualTo(2);
    }

    @Test
    void quotesAndStatementsMatchAFullRun() {
      for (String table : List.of("quotes", "speaker_frequency", "spending_statements", "stance_trends")) {
        assertThat(rows.get(table)).as(table).isEqualTo(fullRows.get(table));
      }
    }

    @Test
    void newArticlesAreScoredWithTheSavedTopicModel() {
      assertThat(only(afterSecond, p -> p.startsWith("topic_terms/")))
          .isEqualTo(only(afterFirst, p -> p.startsWith("topic_terms/")));
      assertThat(rows.get("doc_topics").stream().map(r -> r.replaceAll(".*article_id': ([^,]+),.*", "$1")).distinct())
          .hasSize(5);
    }

    private void split(Set<String> prefixes, Path into) throws IOException {
      Path sample = Repo.sample();
      StringBuilder metadata = new StringBuilder();
      for (String line : Files.readAllLines(sample.resolve("metadata.jsonl"))) {
        if (prefixes.stream().anyMatch(p -> line.contains("\"file\":\"" + p))) {
          metadata.append(line).append('\n');
        }
      }
      Files.writeString(into.resolve("metadata.jsonl"), metadata);
      try (Stream<Path> files = Files.list(sample)) {
        for (Path f : files.toList()) {
          if (prefixes.stream().anyMatch(p -> f.getFileName().toString().startsWith(p))) {
            Files.copy(f, into.resolve(f.getFileName()));
          }
        }
      }
    }
  }

  private static Map<String, String> only(Map<String, String> files, Predicate<String> keep) {
    Map<String, String> out = new TreeMap<>();
    files.forEach((k, v) -> {
      if (keep.test(k)) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** Every data file under {@code root} (relative path → SHA-256), checksums and markers aside. */
  static Map<String, String> fileHashes(Path root) {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".crc") || name.equals("_SUCCESS")) {
          continue;
        }
        hashes.put(root.relativize(f).toString().replace('\\', '/'),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return hashes;
  }
}
