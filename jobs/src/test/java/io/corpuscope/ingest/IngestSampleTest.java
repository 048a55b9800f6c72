package io.corpuscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.manifest.FileCounts;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ingest stage on the bundled sample: the five seed articles as they are, with metadata.jsonl. */
@ExtendWith(SharedSpark.class)
class IngestSampleTest {
  @TempDir static Path out;
  static RunManifest manifest;
  static Map<String, Row> articles;

  @BeforeAll
  static void ingestSample() {
    manifest = Runs.ingest(Repo.sample(), out);
    articles = Runs.table(out, "articles").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
  }

  @Test
  void everySeedArticleIsKeptUnderItsFileName() {
    assertThat(articles.keySet()).containsExactlyInAnyOrder("000_26966cb500e5a3b7", "001_2979fd6046fdc30e",
        "002_d8842e4f30ba9073", "003_fe575a3814e8f9d5", "004_92ad0e3d2eded5f1");
  }

  @Test
  void countsAddUpAndNothingIsQuarantined() {
    FileCounts t = manifest.totals();
    assertThat(t.read()).isEqualTo(5);
    assertThat(t.addsUp()).isTrue();
    assertThat(t.quarantined()).isZero();
    assertThat(manifest.files).allMatch(FileCounts::addsUp);
  }

  @Test
  void datesAndSourcesComeFromMetadataJsonl() {
    Row a = articles.get("002_d8842e4f30ba9073");
    assertThat((LocalDate) a.getAs("published_date")).isEqualTo(LocalDate.of(2025, 6, 24));
    assertThat((String) a.getAs("source")).isEqualTo("outlet_a");
    assertThat((String) a.getAs("period")).isEqualTo("2025-06");
    assertThat((LocalDate) a.getAs("period_start")).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat((String) a.getAs("date_precision")).isEqualTo("day");
  }

  @Test
  void pageChromeAndRepeatedHeadlineAreGoneButTheStoryStays() {
    Row a = articles.get("000_26966cb500e5a3b7");
    String text = a.getAs("text");
    assertThat(text).doesNotContain("Flash News").doesNotContain("Latest news").doesNotContain("/REL")
        .doesNotStartWith("Bota").doesNotContain("Rubio confronts allies alarmed by\n");
    assertThat(text).startsWith("On April 3, NATO foreign ministers will begin a two-day meeting in Brussels")
        .endsWith("could be co-chaired by the UK and France.");
    assertThat((String) a.getAs("title"))
        .isEqualTo("NATO chief diplomats meet in Brussels, Rubio confronts allies alarmed by Trump's moves");
  }

  @Test
  void adInsertsAreRemovedFromTheParaphrasedWireStory() {
    String text = articles.get("004_92ad0e3d2eded5f1").getAs("text");
    assertThat(text).doesNotContain("The story continues under this ad").contains("3.5-3.7% of GDP");
  }

  @Test
  void curlyQuotesSurviveCleaningForQuoteDetection() {
    String text = articles.get("003_fe575a3814e8f9d5").getAs("text");
    assertThat(text).contains("“We’ll know quickly sufficient");
  }

  @Test
  void articlesAreEnglishWithTokenCountsAndNoDuplicates() {
    for (Row a : articles.values()) {
      assertThat((String) a.getAs("language")).isEqualTo("en");
      assertThat((Integer) a.getAs("n_tokens")).isGreaterThan(300);
      assertThat((Object) a.getAs("duplicate_of")).isNull();
      assertThat((String) a.getAs("input_file")).endsWith(a.getAs("article_id") + ".txt");
    }
  }

  @Test
  void articlesArePartitionedByMonthWithOneFilePerPeriod() throws Exception {
    List<Path> periods;
    try (var s = Files.list(out.resolve("articles"))) {
      periods = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    assertThat(periods).extracting(p -> p.getFileName().toString())
        .containsExactly("period=2025-02", "period=2025-04", "period=2025-06");
    for (Path p : periods) {
      try (var s = Files.list(p)) {
        assertThat(s.filter(f -> f.toString().endsWith(".parquet")).count()).isEqualTo(1);
      }
    }
    assertThat(out.resolve("articles/_SUCCESS")).exists();
    assertThat(out.resolve("run_manifest.json")).exists();
    assertThat(out.resolve("_staging")).doesNotExist();
  }
}
