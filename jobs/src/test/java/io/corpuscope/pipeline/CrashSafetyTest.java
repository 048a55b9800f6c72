package io.corpuscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpuscope.config.JobConfig;
import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.spark.RunLock;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.testing.OutputTables;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC.md's "a failed run leaves the previous complete output readable", for real: a run in its
 * own JVM is killed while it writes; the tables of the run before are untouched, the manifest
 * does not say the killed run succeeded, and the next run cleans up after it.
 */
@ExtendWith(SharedSpark.class)
class CrashSafetyTest {
  @TempDir Path tmp;

  @Test
  void aRunKilledWhileWritingLeavesThePreviousTablesAndAnHonestManifest() throws Exception {
    Path out = tmp.resolve("out");
    // ingest and topics: tables of every kind (partitioned, whole, the saved model) at a third
    // of the time of all stages; the killed run below runs them all
    run(Repo.sample(), out, EnumSet.of(Stage.INGEST, Stage.TOPICS), "good-run");
    Map<String, Long> before;
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      before = OutputTables.counts(duckdb, out);
    }
    assertThat(before).containsEntry("articles", 5L).containsKeys("quarantine", "topic_terms", "topic_trends");

    // other input (one article fewer), so a table replaced by the killed run would show it
    Path fewer = sampleWithout(tmp.resolve("fewer"), "000_");
    Process killed = startCli("run", "--input", fewer.toString(), "--output", out.toString(), "--master", "local[2]");
    String killedRun;
    try {
      // ingest has staged articles and quarantine (the old code had moved them into place here)
      awaitLine(killed, "ingest: read 4");
      killedRun = onlyChild(out.resolve("_staging"));
      assertThat(out.resolve("_staging").resolve(killedRun).resolve("articles")).isDirectory();
    } finally {
      killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      Map<String, Long> after = OutputTables.counts(duckdb, out);
      assertThat(after).containsEntry("run_manifest", 2L);
      after.put("run_manifest", before.get("run_manifest"));
      assertThat(after).isEqualTo(before);
    }
    for (OutputTables.Table t : OutputTables.list(out)) {
      if (!t.name().startsWith("models/") && !t.name().equals("run_manifest")) {
        assertThat(Runs.table(out, t.name()).count()).as(t.name()).isEqualTo(before.get(t.name()));
      }
    }
    assertThat(statuses(out)).containsExactly(Map.entry("good-run", "succeeded"), Map.entry(killedRun, "running"));
    var json = new ObjectMapper().readTree(out.resolve("run_manifest.json").toFile());
    assertThat(json.get("run_id").asText()).isEqualTo(killedRun);
    assertThat(json.get("status").asText()).isEqualTo("running");
    assertThat(Files.readString(out.resolve(RunLock.FILE))).contains("\"pid\":" + killed.pid());

    // the next run takes over the dead run's lock, discards what it staged and marks it abandoned
    run(fewer, out, EnumSet.of(Stage.INGEST), "next-run");
    assertThat(out.resolve("_staging")).doesNotExist();
    assertThat(out.resolve(RunLock.FILE)).doesNotExist();
    assertThat(statuses(out)).containsExactly(Map.entry("good-run", "succeeded"), Map.entry(killedRun, "abandoned"),
        Map.entry("next-run", "succeeded"));
    assertThat(Runs.table(out, "run_manifest").filter("status = 'abandoned'").first().<String>getAs("failure"))
        .contains("found by run next-run");
    // its four articles are in place; the fifth, from a file it did not read, is kept (incremental runs)
    assertThat(Runs.table(out, "articles").filter(org.apache.spark.sql.functions.col("input_file")
        .contains("/" + fewer.getFileName() + "/")).count()).isEqualTo(4);
    assertThat(Runs.table(out, "articles").count()).isEqualTo(5);
  }

  @Test
  void aFailedRunIsRecordedAsFailedAndLeavesThePreviousTablesInPlace() {
    Path out = tmp.resolve("out");
    run(Repo.sample(), out, EnumSet.of(Stage.INGEST), "good-run");
    assertThatThrownBy(() -> run(tmp.resolve("nowhere"), out, EnumSet.of(Stage.INGEST), "failed-run"))
        .isInstanceOf(CorpuscopeException.class);
    assertThat(statuses(out)).containsExactly(Map.entry("good-run", "succeeded"), Map.entry("failed-run", "failed"));
    assertThat(Runs.table(out, "run_manifest").filter("run_id = 'failed-run'").first().<String>getAs("failure"))
        .contains("no such file or directory");
    assertThat(Runs.table(out, "articles").count()).isEqualTo(5);
    assertThat(out.resolve("_staging")).doesNotExist();
    assertThat(out.resolve(RunLock.FILE)).doesNotExist();
  }

  @Test
  void aStageThatFailsInSparkIsRecordedAsFailedWithItsReasonOnOneLine() throws Exception {
    Path out = tmp.resolve("out-broken");
    run(Repo.sample(), out, EnumSet.of(Stage.INGEST), "good-run");
    // a data file of the articles table cut to garbage: the speakers stage fails inside a Spark task
    try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.write(f, "not parquet at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThatThrownBy(() -> run(Repo.sample(), out, EnumSet.of(Stage.SPEAKERS), "failing-stage"))
        .isInstanceOf(CorpuscopeException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("internal error: ").doesNotContain("\n"));
    assertThat(statuses(out)).containsExactly(Map.entry("good-run", "succeeded"), Map.entry("failing-stage", "failed"));
    assertThat(Runs.table(out, "run_manifest").filter("run_id = 'failing-stage'").first().<String>getAs("failure"))
        .startsWith("internal error: ");
    assertThat(out.resolve("_staging")).doesNotExist();
    assertThat(out.resolve(RunLock.FILE)).doesNotExist();
  }

  @Test
  void aCommitCutShortIsFinishedByTheNextRun() throws Exception {
    Path out = tmp.resolve("out");
    Path staged = out.resolve("_staging/dead-run");
    // the dead run had moved period 2025-04 of articles and put the old quarantine aside
    file(out.resolve("articles/period=2025-04/part-new"), "new");
    file(staged.resolve("_replaced/articles/period=2025-04/part-old"), "old");
    file(out.resolve("articles/_SUCCESS"), "");
    file(staged.resolve("articles/period=2025-06/part-new"), "new");
    file(staged.resolve("_replaced/quarantine/part-old"), "old");
    file(staged.resolve("quarantine/part-new"), "new");
    file(out.resolve("topic_terms/part-old"), "old");
    file(staged.resolve("topic_terms/part-new"), "new");
    file(out.resolve("run_manifest.json"), "old");
    file(staged.resolve("run_manifest.json"), "new");
    file(staged.resolve("_COMMIT"),
        "articles\ttrue\nquarantine\tfalse\ntopic_terms\tfalse\nrun_manifest.json\tfalse\n");

    assertThat(new TableWriter(out.toString(), "next-run", new Configuration()).recoverLeftovers())
        .containsExactly("dead-run");

    assertThat(files(out.resolve("articles"))).containsExactly("_SUCCESS", "period=2025-04/part-new",
        "period=2025-06/part-new");
    assertThat(files(out.resolve("quarantine"))).containsExactly("_SUCCESS", "part-new");
    assertThat(files(out.resolve("topic_terms"))).containsExactly("_SUCCESS", "part-new");
    assertThat(out.resolve("run_manifest.json")).hasContent("new");
    assertThat(staged).doesNotExist();
  }

  @Test
  void aRunThatDiedBeforeItsCommitIsDiscarded() throws Exception {
    Path out = tmp.resolve("out");
    file(out.resolve("topic_terms/part-old"), "old");
    file(out.resolve("topic_terms/_SUCCESS"), "");
    file(out.resolve("_staging/dead-run/topic_terms/part-new"), "new");
    assertThat(new TableWriter(out.toString(), "next-run", new Configuration()).recoverLeftovers())
        .containsExactly("dead-run");
    assertThat(files(out.resolve("topic_terms"))).containsExactly("_SUCCESS", "part-old");
    assertThat(out.resolve("_staging/dead-run")).doesNotExist();
  }

  private static void run(Path input, Path out, EnumSet<Stage> stages, String runId) {
    JobConfig config = Runs.config("input", input.toString(), "output", out.toString());
    new Pipeline(config).run(SharedSpark.session(), stages, runId, Instant.now());
  }

  /** run_id → status of every row of run_manifest, oldest first. */
  private static List<Map.Entry<String, String>> statuses(Path out) {
    return Runs.table(out, "run_manifest").orderBy("started_at").collectAsList().stream()
        .map((Row r) -> Map.entry(r.<String>getAs("run_id"), r.<String>getAs("status"))).toList();
  }

  /** A copy of the bundled sample without the articles whose file names start with {@code prefix}. */
  private static Path sampleWithout(Path dir, String prefix) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(Repo.sample())) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.equals("metadata.jsonl")) {
          Files.write(dir.resolve(name), Files.readAllLines(f).stream()
              .filter(line -> !line.contains("\"" + prefix)).toList());
        } else if (!name.startsWith(prefix)) {
          Files.copy(f, dir.resolve(name));
        }
      }
    }
    return dir;
  }

  /** The CLI in a JVM of its own, started like the launcher starts it. */
  private Process startCli(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    // Spark's scratch files go where this test cleans up, as the process gets no chance to
    command.add("-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("jvm-tmp")));
    for (String line : Files.readAllLines(Repo.root().resolve("jobs/spark-jvm.options"))) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        command.addAll(Arrays.asList(line.strip().split("\\s+")));
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.corpuscope.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
  }

  /** Waits until the process prints a line containing {@code text}; fails with its last lines if it ends first. */
  private static void awaitLine(Process p, String text) throws Exception {
    ConcurrentLinkedDeque<String> tail = new ConcurrentLinkedDeque<>();
    CompletableFuture<Boolean> seen = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          tail.add(line);
          if (tail.size() > 40) {
            tail.removeFirst();
          }
          if (line.contains(text)) {
            seen.complete(true);
          }
        }
      } catch (IOException e) {
        // the process was killed
      }
      seen.complete(false);
    });
    reader.setDaemon(true);
    reader.start();
    boolean found;
    try {
      found = seen.get(150, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      found = false;
    }
    assertThat(found).as("the run printed '%s'; its last lines:%n%s", text, String.join("\n", tail)).isTrue();
  }

  private static String onlyChild(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<String> names = s.map(p -> p.getFileName().toString()).toList();
      assertThat(names).hasSize(1);
      return names.get(0);
    }
  }

  private static void file(Path p, String content) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  /** The files under {@code dir}, relative, sorted; Hadoop's checksum files left out. */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.endsWith(".crc")).sorted().collect(Collectors.toList());
    }
  }
}
