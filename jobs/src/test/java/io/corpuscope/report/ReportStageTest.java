package io.corpuscope.report;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SampleRun;
import io.corpuscope.testing.SharedSpark;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The report written by a whole run on the bundled sample, checked against the tables it shows. */
@ExtendWith(SharedSpark.class)
class ReportStageTest {
  static Path out;
  static Document page;

  @BeforeAll
  static void runTheSample() throws Exception {
    out = SampleRun.output();
    page = Jsoup.parse(Files.readString(out.resolve("report/index.html"), StandardCharsets.UTF_8));
  }

  @Test
  void theReportIsCommittedWithEveryChartAsAReadablePng() throws Exception {
    assertThat(out.resolve("report/_SUCCESS")).exists();
    for (String chart : List.of("net_stance", "stance_counts", "targets", "speakers", "topic_shares")) {
      BufferedImage png = ImageIO.read(out.resolve("report/" + chart + ".png").toFile());
      assertThat(png).as(chart).isNotNull();
      assertThat(png.getWidth()).as(chart).isEqualTo(Charts.WIDTH);
    }
    assertThat(page.select("img")).hasSize(5);
    assertThat(page.select("p.missing")).isEmpty();
    try (java.util.stream.Stream<Path> files = Files.list(out.resolve("report"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no checksum files beside the page and charts an analyst opens")
          .noneMatch(n -> n.endsWith(".html.crc") || n.endsWith(".png.crc"));
    }
  }

  @Test
  void everyStancePeriodOfTheTableIsARowOfThePage() {
    List<Row> trends = Runs.table(out, "stance_trends").filter(col("holder").equalTo("*")).collectAsList();
    assertThat(trends).isNotEmpty();
    Element stanceTable = page.select("h2:contains(Stance) ~ table").first();
    List<String> periods = stanceTable.select("tr td:eq(0)").eachText();
    assertThat(periods).containsExactlyInAnyOrderElementsOf(trends.stream().map(r -> r.<String>getAs("period")).toList());
    long supportOnPage = stanceTable.select("tr td:eq(1)").eachText().stream().mapToLong(Long::parseLong).sum();
    assertThat(supportOnPage).isEqualTo(trends.stream().mapToLong(r -> r.<Long>getAs("n_support")).sum());
  }

  @Test
  void everyExampleSentenceComesFromTheTablesAndCitesAKeptArticle() {
    Set<String> articleIds = new HashSet<>(Runs.table(out, "articles").select("article_id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList());
    Set<String> sentences = new HashSet<>(Runs.table(out, "spending_statements").select("sentence").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList());
    sentences.addAll(Runs.table(out, "quotes").select("quote").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    sentences.addAll(Runs.table(out, "articles").select("title").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList());

    List<Element> examples = page.select("ul.evidence li");
    assertThat(examples).hasSizeGreaterThan(10);
    for (Element li : examples) {
      String cited = li.select("a, code").first().text();
      assertThat(articleIds).as("article id of %s", li.text()).contains(cited);
    }
    List<String> shown = page.select("ul.evidence q").stream()
        .map(q -> q.hasAttr("title") ? q.attr("title") : q.text()).toList();
    assertThat(shown.stream().filter(sentences::contains).count()).as("examples that are table sentences")
        .isGreaterThanOrEqualTo(shown.size() - page.select("h2:contains(Topics) ~ table ul.evidence q").size());
  }

  @Test
  void theReportStageAloneRereadsTheLastRunFromTheManifest(@TempDir Path copy) throws Exception {
    copyTree(out, copy);
    Files.delete(copy.resolve("report/index.html"));
    new Pipeline(Runs.config("input", "unused", "output", copy.toString()))
        .run(SharedSpark.session(), EnumSet.of(Stage.REPORT), "report-only", Instant.now());

    Document again = Jsoup.parse(Files.readString(copy.resolve("report/index.html"), StandardCharsets.UTF_8));
    assertThat(again.select("p.note").first().text()).startsWith("Run " + SampleRun.RUN_ID);
    Element counts = again.select("h2:contains(Run summary) ~ table").first();
    assertThat(counts.select("td").eachText()).startsWith("5", "5", "0", "0");
    // a run without ingest leaves the last ingest's per-file counts in place
    assertThat(Runs.table(copy, "run_inputs").count()).isEqualTo(Runs.table(out, "run_inputs").count()).isPositive();
  }

  /** Opens the page in headless Chromium where it is installed (CI installs it) and keeps a screenshot. */
  @Test
  void headlessChromiumRendersThePage() throws Exception {
    File chromium = new File("/usr/bin/chromium");
    assumeTrue(chromium.canExecute(), "skipped: /usr/bin/chromium is not installed (Debian package chromium)");
    Path profile = Files.createTempDirectory("chromium-profile");
    Path shot = Path.of("target/report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    Process p = new ProcessBuilder(chromium.getPath(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars", "--window-size=1100,2400",
        "--screenshot=" + shot, out.resolve("report/index.html").toUri().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).isZero();
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1100);
    // not a blank page: the charts and text put many colours on it
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).hasSizeGreaterThan(50);
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
