package io.corpuscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.report.ReportData.Evidence;
import io.corpuscope.report.ReportData.SpeakerCount;
import io.corpuscope.report.ReportData.StancePoint;
import io.corpuscope.report.ReportData.TargetPoint;
import io.corpuscope.report.ReportData.TopicInfo;
import io.corpuscope.report.ReportData.TopicShare;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page is built from data alone: corpus text is escaped, links are safe, charts are embedded. */
class ReportPageTest {
  private static final String SCRIPT = "<script>alert('pwned')</script>";
  private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

  private static ReportData data(String quote, String url) {
    Evidence e = new Evidence("a1", "Allies <b>agree</b>", url, quote, "support · Mark Rutte");
    return new ReportData(new RunSummary("r1", Instant.EPOCH, 10, 8, 1, 1, 0, Map.of("ingest", 1.5)),
        List.of(new StancePoint("2025-04", APRIL, 3, 1, 2, 2.0 / 6)),
        List.of(new TargetPoint("2025-04", APRIL, 3.5, 2)),
        List.of(new SpeakerCount("2025-04", APRIL, "Mark Rutte", 4)),
        List.of(new TopicShare("2025-04", APRIL, 0, "nato / spending", 1.0)),
        List.of(new TopicInfo(0, "nato / spending", 0.21, List.of("nato", "spending"))),
        Map.of("2025-04", List.of(e)),
        Map.of(ReportData.targetKey("2025-04", 3.5), List.of(e)),
        Map.of(ReportData.speakerKey("2025-04", "Mark Rutte"), List.of(e)),
        Map.of("0", List.of(e)),
        List.of());
  }

  private static Map<String, byte[]> charts(ReportData d) {
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put("net_stance", Charts.netStance(d.stance()));
    charts.put("stance_counts", Charts.stanceCounts(d.stance()));
    charts.put("targets", Charts.targets(d.targets()));
    charts.put("speakers", Charts.speakers(d.speakers()));
    charts.put("topic_shares", Charts.topicShares(d.topicShares()));
    return charts;
  }

  @Test
  void aQuoteContainingScriptRendersAsText() {
    ReportData d = data("He said " + SCRIPT + " and left.", "https://example.org/a1");
    String html = ReportPage.render(d, charts(d), Instant.EPOCH);

    assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;").doesNotContain("<b>agree</b>");
    Document page = Jsoup.parse(html);
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    assertThat(page.select("q").eachText()).contains("He said " + SCRIPT + " and left.");
    assertThat(page.select("i").eachText()).contains("Allies <b>agree</b>");
  }

  @Test
  void onlyWebLinksBecomeHrefsAndEveryChartIsAnEmbeddedPng() {
    ReportData d = data("Spend more.", "javascript:alert(1)");
    Document page = Jsoup.parse(ReportPage.render(d, charts(d), Instant.EPOCH));

    assertThat(page.select("a[href]")).isEmpty();
    assertThat(page.select("code").eachText()).contains("a1");
    assertThat(page.select("img")).hasSize(5)
        .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
    // self-contained: nothing is fetched when the page is opened
    assertThat(page.select("[src]").eachAttr("src")).allMatch(src -> src.startsWith("data:"));
    assertThat(page.select("link")).isEmpty();

    ReportData linked = data("Spend more.", "https://example.org/a1?x=1&y=2");
    Element a = Jsoup.parse(ReportPage.render(linked, charts(linked), Instant.EPOCH)).selectFirst("a[href]");
    assertThat(a).isNotNull();
    assertThat(a.attr("href")).isEqualTo("https://example.org/a1?x=1&y=2");
    assertThat(a.text()).isEqualTo("a1");
  }

  @Test
  void theRunSummaryAndEachPointAreOnThePage() {
    ReportData d = data("Spend more.", null);
    Document page = Jsoup.parse(ReportPage.render(d, charts(d), Instant.EPOCH));
    String text = page.text();

    assertThat(text).contains("Run r1").contains("articles read").contains("+0.33").contains("3.5")
        .contains("Mark Rutte").contains("nato, spending");
    assertThat(page.select("h2").eachText()).containsExactly("Run summary", "Stance on raising defence spending",
        "Proposed targets (% of GDP) over time", "Top speakers per period", "Topics over time");
  }

  @Test
  void aRunOnSentenceIsCutAtAWordWithTheWholeInTheTooltip() {
    String glued = "Allies agreed to spend more.".repeat(20) + " The end";
    ReportData d = data(glued, null);
    Element q = Jsoup.parse(ReportPage.render(d, charts(d), Instant.EPOCH)).selectFirst("q");

    assertThat(q.text()).endsWith(" …").hasSizeLessThanOrEqualTo(ReportPage.MAX_EXCERPT + 2);
    assertThat(glued).startsWith(q.text().substring(0, q.text().length() - 2));
    assertThat(q.attr("title")).isEqualTo(glued);
    assertThat(ReportPage.excerpt("short")).isEqualTo("short");
  }

  @Test
  void aMissingStageIsNamedNotHidden() {
    ReportData empty = new ReportData(RunSummary.unknown(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Map.of(), Map.of(), Map.of(), Map.of(), List.of("topic_terms", "stance_trends"));
    Document page = Jsoup.parse(ReportPage.render(empty, charts(empty), Instant.EPOCH));

    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("p.missing").text()).contains("topic_terms, stance_trends");
    assertThat(page.text()).contains("No statements on defence-spending levels.").contains("No topic model.");
  }
}
