package io.corpuscope.report;

import io.corpuscope.report.ReportData.Evidence;
import io.corpuscope.report.ReportData.SpeakerCount;
import io.corpuscope.report.ReportData.StancePoint;
import io.corpuscope.report.ReportData.TargetPoint;
import io.corpuscope.report.ReportData.TopicInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report as one self-contained HTML page: charts embedded as PNG data URIs, no script, no
 * external resource. The page is built as a jsoup DOM and every text from the corpus goes in
 * through {@link Element#text}, so it is escaped by construction — a quote containing
 * {@code <script>} renders as text.
 */
final class ReportPage {
  private static final String CSS = """
      body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }
      h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
      table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; width: 100%; }
      th, td { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }
      td.num { text-align: right; white-space: nowrap; }
      img { max-width: 100%; display: block; margin: 1em 0; }
      .note { color: #666; font-size: 0.9em; } .missing { color: #a00; }
      ul.evidence { margin: 0; padding-left: 1.2em; } ul.evidence li { margin-bottom: 0.3em; }
      """;

  /** Characters of a sentence shown inline. */
  static final int MAX_EXCERPT = 320;

  private ReportPage() {}

  /** The page, given the data and the charts by name (empty bytes for a chart with nothing to plot). */
  static String render(ReportData d, Map<String, byte[]> charts, Instant generatedAt) {
    Document doc = Document.createShell("");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("title").text("corpuscope report");
    doc.head().appendElement("style").appendText(CSS);
    Element body = doc.body();
    body.appendElement("h1").text("corpuscope report");
    body.appendElement("p").addClass("note").text("Run " + d.run().runId() + " · generated "
        + generatedAt.truncatedTo(ChronoUnit.SECONDS) + " · every number below is traceable to the article ids listed with it.");
    if (!d.missingTables().isEmpty()) {
      body.appendElement("p").addClass("missing").text("Tables not found under the output root (their stage has"
          + " not run): " + String.join(", ", d.missingTables()) + ".");
    }
    runSummary(body, d.run());
    stance(body, d, charts);
    targets(body, d, charts);
    speakers(body, d, charts);
    topics(body, d, charts);
    doc.outputSettings().prettyPrint(true);
    return "<!DOCTYPE html>\n" + doc.html();
  }

  private static void runSummary(Element body, RunSummary run) {
    body.appendElement("h2").text("Run summary");
    Element table = header(body.appendElement("table"), "articles read", "kept", "duplicates", "quarantined",
        "outside --since/--until");
    row(table, number(run.read()), number(run.kept()), number(run.duplicates()), number(run.quarantined()),
        number(run.outOfWindow()));
    if (!run.stageSeconds().isEmpty()) {
      Element stages = header(body.appendElement("table"), "stage", "seconds");
      run.stageSeconds().forEach((stage, seconds) -> row(stages, stage, String.format(Locale.ROOT, "%.1f", seconds)));
    }
  }

  private static void stance(Element body, ReportData d, Map<String, byte[]> charts) {
    body.appendElement("h2").text("Stance on raising defence spending");
    if (d.stance().isEmpty()) {
      body.appendElement("p").addClass("note").text("No statements on defence-spending levels.");
      return;
    }
    chart(body, charts, "net_stance", "Net stance per period");
    chart(body, charts, "stance_counts", "Statements per period by stance");
    Element table = header(body.appendElement("table"), "period", "support", "oppose", "neutral", "net stance",
        "examples");
    for (StancePoint p : d.stance()) {
      Element tr = row(table, p.period(), number(p.support()), number(p.oppose()), number(p.neutral()),
          String.format(Locale.ROOT, "%+.2f", p.net()));
      evidence(tr.appendElement("td"), d.stanceEvidence().get(p.period()));
    }
  }

  private static void targets(Element body, ReportData d, Map<String, byte[]> charts) {
    body.appendElement("h2").text("Proposed targets (% of GDP) over time");
    if (d.targets().isEmpty()) {
      body.appendElement("p").addClass("note").text("No statement names a target figure.");
      return;
    }
    chart(body, charts, "targets", "Proposed targets over time");
    Element table = header(body.appendElement("table"), "period", "target % of GDP", "statements", "examples");
    for (TargetPoint p : d.targets()) {
      Element tr = row(table, p.period(), String.format(Locale.ROOT, "%.1f", p.target()), number(p.statements()));
      evidence(tr.appendElement("td"), d.targetEvidence().get(ReportData.targetKey(p.period(), p.target())));
    }
  }

  private static void speakers(Element body, ReportData d, Map<String, byte[]> charts) {
    body.appendElement("h2").text("Top speakers per period");
    if (d.speakers().isEmpty()) {
      body.appendElement("p").addClass("note").text("No attributed quotes.");
      return;
    }
    chart(body, charts, "speakers", "Quotes per period of the most-quoted speakers");
    Element table = header(body.appendElement("table"), "period", "speaker", "quotes", "examples");
    for (SpeakerCount c : d.speakers()) {
      Element tr = row(table, c.period(), c.speaker(), number(c.quotes()));
      evidence(tr.appendElement("td"), d.speakerEvidence().get(ReportData.speakerKey(c.period(), c.speaker())));
    }
  }

  private static void topics(Element body, ReportData d, Map<String, byte[]> charts) {
    body.appendElement("h2").text("Topics over time");
    if (d.topics().isEmpty()) {
      body.appendElement("p").addClass("note").text("No topic model.");
      return;
    }
    chart(body, charts, "topic_shares", "Topic shares over time");
    Element table = header(body.appendElement("table"), "topic", "label", "NPMI", "top terms", "articles where it weighs most");
    for (TopicInfo t : d.topics()) {
      Element tr = row(table, Integer.toString(t.topicId()), t.label(),
          String.format(Locale.ROOT, "%.3f", t.npmi()), String.join(", ", t.terms()));
      evidence(tr.appendElement("td"), d.topicEvidence().get(Integer.toString(t.topicId())));
    }
  }

  private static void chart(Element body, Map<String, byte[]> charts, String name, String alt) {
    byte[] png = charts.get(name);
    if (png == null || png.length == 0) {
      body.appendElement("p").addClass("note").text(alt + ": chart not available.");
      return;
    }
    body.appendElement("img").attr("alt", alt).attr("src",
        "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
  }

  private static void evidence(Element cell, List<Evidence> items) {
    if (items == null || items.isEmpty()) {
      return;
    }
    Element list = cell.appendElement("ul").addClass("evidence");
    for (Evidence e : items) {
      Element li = list.appendElement("li");
      String text = e.text() == null ? "" : e.text();
      Element q = li.appendElement("q").text(excerpt(text));
      if (text.length() > MAX_EXCERPT) {
        q.attr("title", text);
      }
      li.appendText(" — " + e.note() + " — ");
      if (e.url() != null && (e.url().startsWith("https://") || e.url().startsWith("http://"))) {
        li.appendElement("a").attr("href", e.url()).text(e.articleId());
      } else {
        li.appendElement("code").text(e.articleId());
      }
      if (e.title() != null && !e.title().isBlank() && !e.title().equals(e.text())) {
        li.appendText(" ");
        li.appendElement("i").text(e.title());
      }
    }
  }

  /** A long sentence (a missed sentence break in the source) cut at a word, the whole kept in the tooltip. */
  static String excerpt(String text) {
    if (text.length() <= MAX_EXCERPT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_EXCERPT);
    return text.substring(0, cut > MAX_EXCERPT / 2 ? cut : MAX_EXCERPT) + " …";
  }

  private static Element header(Element table, String... names) {
    Element tr = table.appendElement("tr");
    for (String n : names) {
      tr.appendElement("th").text(n);
    }
    return table;
  }

  private static Element row(Element table, String... cells) {
    Element tr = table.appendElement("tr");
    for (String c : cells) {
      Element td = tr.appendElement("td").text(c == null ? "" : c);
      if (c != null && c.matches("[+-]?[0-9][0-9,.]*")) {
        td.addClass("num");
      }
    }
    return tr;
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
