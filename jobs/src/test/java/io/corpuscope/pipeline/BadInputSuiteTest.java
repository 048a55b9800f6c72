package io.corpuscope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpuscope.errors.CorpuscopeException;
import io.corpuscope.errors.ErrorKind;
import io.corpuscope.manifest.FileCounts;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.testing.BrokenInputs;
import io.corpuscope.testing.BrokenInputs.Corpus;
import io.corpuscope.testing.BrokenInputs.Expected;
import io.corpuscope.testing.BrokenInputs.Fate;
import io.corpuscope.testing.OutputTables;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8's bad-input suite: the whole job (every stage) on a corpus of good articles mixed
 * with every kind of broken input {@link BrokenInputs} writes. Every bad record is in
 * {@code quarantine} with its reason and place, every good record in {@code articles} under its
 * id, the counts add up per file and in total, the later stages write their tables, and too
 * broken an input is exit code 3 with nothing written. The expected values come from what the
 * generator wrote, never from the job's output.
 */
@ExtendWith(SharedSpark.class)
class BadInputSuiteTest {
  @TempDir static Path tmp;
  static Corpus corpus;
  static Path out;
  static RunManifest manifest;
  static Map<String, Row> quarantine;
  static Map<String, Row> articles;
  static Map<String, Row> runInputs;

  @BeforeAll
  static void runTheWholeJobOnBrokenInput() {
    corpus = BrokenInputs.write(tmp.resolve("corpus"));
    out = tmp.resolve("out");
    long t0 = System.nanoTime();
    manifest = run(corpus.inputs(), out, 0.9);
    System.out.printf(Locale.ROOT, "bad-input suite: the whole job on %d records in %d files took %.1f s%n",
        corpus.records().size(), corpus.files().size(), (System.nanoTime() - t0) / 1e9);
    quarantine = byKey(Runs.table(out, "quarantine").collectAsList(),
        r -> r.<String>getAs("input_file") + " | " + r.<String>getAs("record_ref"));
    articles = byKey(Runs.table(out, "articles").collectAsList(), r -> r.getAs("article_id"));
    runInputs = byKey(Runs.table(out, "run_inputs").collectAsList(), r -> r.getAs("input_file"));
  }

  static RunManifest run(List<Path> inputs, Path output, double maxBadFraction) {
    String in = inputs.stream().map(Path::toString).collect(Collectors.joining(","));
    return new Pipeline(Runs.config("input", in, "output", output.toString(),
        "max-bad-fraction", Double.toString(maxBadFraction), "topics-k", "4", "topics-iterations", "5"))
        .run(SharedSpark.session(), EnumSet.allOf(Stage.class), "bad-input-" + output.getFileName(), Instant.now());
  }

  /** The job's name for a file of the corpus: the Hadoop path it listed. */
  static String inputFile(String relative) {
    return "file:" + corpus.root().resolve(relative).toAbsolutePath();
  }

  static <K> Map<K, Row> byKey(List<Row> rows, Function<Row, K> key) {
    return rows.stream().collect(Collectors.toMap(key, r -> r));
  }

  @Test
  void everyBadRecordIsQuarantinedWithItsReasonAtItsPlace() {
    List<String> expected = new ArrayList<>();
    for (Expected e : corpus.quarantined()) {
      String key = inputFile(e.file()) + " | " + e.recordRef();
      expected.add(key);
      assertThat(quarantine).as("quarantine row for %s (%s)", key, e.injected()).containsKey(key);
      assertThat(quarantine.get(key).<String>getAs("reason")).as("reason for %s (%s)", key, e.injected())
          .isEqualTo(e.reason());
      assertThat(quarantine.get(key).<String>getAs("detail")).as("detail for %s", key).isNotBlank();
    }
    assertThat(quarantine.keySet()).as("no other record is quarantined").containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyGoodRecordIsKeptUnderItsIdFromItsPlace() {
    for (Expected e : corpus.kept()) {
      assertThat(articles).as("article %s from %s %s", e.articleId(), e.file(), e.recordRef())
          .containsKey(e.articleId());
      Row a = articles.get(e.articleId());
      assertThat(a.<String>getAs("input_file")).isEqualTo(inputFile(e.file()));
      assertThat(a.<String>getAs("record_ref")).isEqualTo(e.recordRef());
      assertThat(a.<String>getAs("duplicate_of")).as("duplicate_of of %s", e.articleId()).isEqualTo(e.duplicateOf());
    }
    assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(
        corpus.kept().stream().map(Expected::articleId).toList());
  }

  @Test
  void countsAddUpPerFileAndInTotal() {
    for (String file : corpus.files()) {
      List<Expected> records = corpus.in(file);
      Row counts = runInputs.get(inputFile(file));
      assertThat(counts).as("run_inputs row for %s", file).isNotNull();
      assertThat(List.of(counts.<Long>getAs("records_read"), counts.<Long>getAs("records_kept"),
              counts.<Long>getAs("records_duplicate"), counts.<Long>getAs("records_quarantined"),
              counts.<Long>getAs("records_out_of_window")))
          .as("read, kept, duplicates, quarantined, out of window of %s", file)
          .containsExactly((long) records.size(), count(records, Fate.KEPT), count(records, Fate.DUPLICATE),
              count(records, Fate.QUARANTINED), 0L);
    }
    FileCounts total = manifest.totals();
    assertThat(total.addsUp()).isTrue();
    assertThat(List.of(total.read(), total.kept(), total.duplicates(), total.quarantined()))
        .containsExactly((long) corpus.records().size(), corpus.count(Fate.KEPT), corpus.count(Fate.DUPLICATE),
            corpus.count(Fate.QUARANTINED));
    Row m = Runs.table(out, "run_manifest").first();
    assertThat(m.<Long>getAs("records_read")).isEqualTo(total.read());
    assertThat(m.<Long>getAs("records_quarantined")).isEqualTo((long) quarantine.size());
  }

  @Test
  void anEmptyFolderAmongTheInputsIsListedWithNoRecords() {
    Row counts = runInputs.get("file:" + corpus.emptyFolder().toAbsolutePath());
    assertThat(counts).isNotNull();
    assertThat(counts.<Long>getAs("records_read")).isZero();
  }

  @Test
  void theLaterStagesWriteEveryTableAReaderOtherThanSparkCanRead() throws Exception {
    assertThat(manifest.status).isEqualTo(RunManifest.SUCCEEDED);
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
      Map<String, Long> counts = OutputTables.counts(duckdb, out);
      assertThat(counts).containsKeys("articles", "quarantine", "topic_terms", "doc_topics", "topic_trends", "quotes",
          "speaker_frequency", "spending_statements", "stance_trends", "run_inputs", "run_manifest");
      assertThat(counts.get("articles")).isEqualTo((long) articles.size());
      assertThat(counts.get("topic_terms")).isPositive();
      assertThat(counts.get("quotes")).isPositive();
    }
    assertThat(out.resolve("report/index.html")).isNotEmptyFile();
  }

  @Test
  void quarantineRowsHoldShortPrintableExcerpts() {
    assertThat(quarantine.values()).allSatisfy(r -> {
      String excerpt = r.getAs("raw_excerpt");
      if (excerpt != null) {
        assertThat(excerpt.length()).isLessThanOrEqualTo(301);
        assertThat(excerpt.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')).isEmpty();
      }
    });
  }

  @Test
  void quarantineDetailsSayWhatToFix() {
    assertThat(detail("news/semicolons.csv", "row 1 (line 2)")).contains("';'");
    assertThat(detail("news/photo.jsonl", "file")).contains("PNG");
    assertThat(detail("news/utf16.jsonl", "file")).contains("UTF-16");
    assertThat(detail("news/archive.jsonl.gz", "after line 6")).contains("could not be read to its end");
    assertThat(detail("long/100k-lines.txt", "file")).contains("--max-text-chars");
  }

  private static String detail(String file, String ref) {
    Row r = quarantine.get(inputFile(file) + " | " + ref);
    assertThat(r).as("%s %s", file, ref).isNotNull();
    return r.getAs("detail");
  }

  @Test
  void moreBadRecordsThanAllowedIsExitCodeThreeWithNothingWritten() {
    Path failed = tmp.resolve("out-too-bad");
    double justBelow = Math.floor(corpus.badFraction() * 100) / 100 - 0.01;
    assertThatThrownBy(() -> run(corpus.inputs(), failed, justBelow))
        .isInstanceOf(CorpuscopeException.class)
        .hasMessageContaining(corpus.count(Fate.QUARANTINED) + " of " + corpus.records().size() + " records")
        .satisfies(e -> assertThat(((CorpuscopeException) e).kind().exitCode()).isEqualTo(3));
    assertThat(failed.resolve("articles")).doesNotExist();
    assertThat(failed.resolve("quarantine")).doesNotExist();
  }

  @Test
  void anEmptyFolderAloneIsExitCodeThree() {
    assertThatThrownBy(() -> run(List.of(corpus.emptyFolder()), tmp.resolve("out-empty"), 0.9))
        .isInstanceOf(CorpuscopeException.class)
        .hasMessageContaining("no files")
        .satisfies(e -> assertThat(((CorpuscopeException) e).kind()).isEqualTo(ErrorKind.INPUT_UNUSABLE))
        .satisfies(e -> assertThat(((CorpuscopeException) e).kind().exitCode()).isEqualTo(3));
    assertThat(tmp.resolve("out-empty/articles")).doesNotExist();
  }

  @Test
  void theGeneratorWritesTheSameBytesEveryTime() throws Exception {
    Corpus again = BrokenInputs.write(tmp.resolve("corpus-again"));
    assertThat(again.records()).hasSameSizeAs(corpus.records());
    for (String file : corpus.files()) {
      assertThat(Files.readAllBytes(again.root().resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(corpus.root().resolve(file)));
    }
  }

  @AfterAll
  static void printWhatWasInjected() {
    for (Expected e : corpus.records()) {
      if (e.injected() != null) {
        Row q = quarantine.get(inputFile(e.file()) + " | " + e.recordRef());
        System.out.printf("%-34s %-16s %-30s -> %s%n", e.file(), e.recordRef(), e.injected(),
            q == null ? e.fate() : q.getAs("reason") + ": " + q.getAs("detail"));
      }
    }
  }

  private static long count(List<Expected> records, Fate fate) {
    return records.stream().filter(r -> r.fate() == fate).count();
  }
}
