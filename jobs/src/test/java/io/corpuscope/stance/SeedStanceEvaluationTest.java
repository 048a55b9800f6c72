package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpuscope.testing.Repo;
import io.corpuscope.text.TextCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the five seed articles and scores it with {@link StanceEvaluation}
 * against {@code ../shared/gold/stance.jsonl}, without quotes (holders from the extractor's own
 * subject analysis) and with a stand-in for the quote stage (gold quote speakers, an oracle upper
 * bound for wiring {@code io.corpuscope.speakers}). Prints every figure; asserts the floors.
 */
class SeedStanceEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SpendingStatementExtractor EXTRACTOR = new SpendingStatementExtractor();
  private static List<StanceEvaluation.GoldRow> gold;
  private static List<JsonNode> goldQuotes;
  private static Path goldDir;

  @BeforeAll
  static void load() throws IOException {
    goldDir = Repo.shared("gold");
    gold = new ArrayList<>();
    for (JsonNode n : jsonl(goldDir.resolve("stance.jsonl"))) {
      gold.add(new StanceEvaluation.GoldRow(n.get("doc").asText(), n.get("sent_start").asInt(),
          n.get("sent_end").asInt(), text(n, "holder"), n.get("stance").asText(), number(n, "target_pct"),
          n.get("target_stated").isNull() ? null : n.get("target_stated").asBoolean()));
    }
    goldQuotes = jsonl(goldDir.resolve("quotes.jsonl"));
  }

  @Test
  void seedsWithoutQuotes() throws IOException {
    StanceEvaluation.Result r = run(false);
    System.out.println("[stance seeds, no quotes] " + r);
    assertThat(r.holderRows().f1()).isGreaterThanOrEqualTo(0.80);
    assertThat(r.macroF1()).isGreaterThanOrEqualTo(0.75);
    assertThat(r.statedTargetExact()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void seedsWithQuoteSpeakers() throws IOException {
    StanceEvaluation.Result r = run(true);
    System.out.println("[stance seeds, gold quote speakers as stand-in] " + r);
    assertThat(r.holderRows().f1()).isGreaterThanOrEqualTo(0.80);
    assertThat(r.macroF1()).isGreaterThanOrEqualTo(0.75);
    assertThat(r.statedTargetExact()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void noTargetFromNumbersThatAreNotSharesOfGdp() throws IOException {
    for (String doc : docs()) {
      for (StatementRow row : extract(doc, false)) {
        for (Figure f : row.figures()) {
          // Every figure is a percentage written in the sentence, never money, troops or dates.
          assertThat(f.asWritten()).as(row.sentence()).matches("(?is).*\\d.*(%|percent|per cent|p\\.\\s?c).*|(?is)(one|two|three|four|five|six|seven|eight|nine|ten)\\s*(%|percent|per cent|p\\.\\s?c).*");
        }
        if (row.targetPctGdp() != null && row.targetStated()) {
          assertThat(row.figures()).as(row.sentence()).anyMatch(f -> f.low() == row.targetPctGdp());
        }
      }
    }
  }

  private StanceEvaluation.Result run(boolean withQuotes) throws IOException {
    List<StanceEvaluation.PredRow> pred = new ArrayList<>();
    for (String doc : docs()) {
      for (StatementRow row : extract(doc, withQuotes)) {
        pred.add(new StanceEvaluation.PredRow(doc, row.start(), row.end(), row.holder(), row.stance(), row.targetPctGdp()));
        System.out.printf("  %s #%d %-18s %-12s %-8s target=%s conf=%.2f [%s] %s%n", doc.substring(0, 3),
            row.sentenceIndex(), row.holder(), row.holderType(), row.stance(), row.targetPctGdp(),
            row.confidence(), row.reason(), row.sentence().length() > 90 ? row.sentence().substring(0, 90) : row.sentence());
      }
    }
    for (StanceEvaluation.GoldRow g : gold) {
      StanceEvaluation.PredRow hit = pred.stream().filter(p -> p.doc().equals(g.doc()) && p.start() < g.end()
          && g.start() < p.end() && java.util.Objects.equals(p.holder(), g.holder())).findFirst().orElse(null);
      if (hit == null || !hit.stance().equals(g.stance()) || !java.util.Objects.equals(hit.targetPct(), g.targetPct())) {
        System.out.printf("  MISS %s@%d gold=%s/%s/%s got=%s%n", g.doc().substring(0, 3), g.start(), g.holder(), g.stance(),
            g.targetPct(), hit == null ? "(no row)" : hit.stance() + "/" + hit.targetPct());
      }
    }
    return StanceEvaluation.score(gold, pred);
  }

  /** Statements of one seed, with sentence offsets mapped back into the raw file (gold offsets). */
  private List<StatementRow> extract(String doc, boolean withQuotes) throws IOException {
    String raw = Files.readString(Repo.sample().resolve(doc), StandardCharsets.UTF_8);
    var cleaned = new TextCleaner().clean(null, raw);
    String clean = cleaned.text();
    List<SentenceInput> sentences = new ArrayList<>();
    int cursor = 0;
    for (SentenceInput s : SpendingStatementExtractor.split(clean)) {
      int at = raw.indexOf(s.text(), cursor);
      at = at >= 0 ? at : raw.indexOf(s.text());
      if (at >= 0) {
        cursor = at + s.text().length();
      }
      sentences.add(new SentenceInput(s.index(), s.text(), at, at < 0 ? -1 : at + s.text().length()));
    }
    Map<Integer, QuoteInfo> quotes = new HashMap<>();
    if (withQuotes) {
      for (JsonNode q : goldQuotes) {
        if (!q.get("doc").asText().equals(doc) || !"person".equals(q.get("speaker_type").asText())) {
          continue;
        }
        int qs = q.get("quote_spans").get(0).get(0).asInt();
        for (SentenceInput s : sentences) {
          if (s.start() <= qs && qs < s.end()) {
            // Several records of one sentence: keep the first speaker, join the contents.
            QuoteInfo old = quotes.get(s.index());
            String content = (old == null ? "" : old.quote() + " ") + q.get("quote").asText();
            quotes.put(s.index(), new QuoteInfo(old == null ? q.get("speaker").asText() : old.speaker(), null, content));
          }
        }
      }
    }
    return EXTRACTOR.extract(doc, sentences, quotes, "seed", cleaned.title());
  }

  private static List<String> docs() throws IOException {
    try (var files = Files.list(Repo.sample())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
  }

  static List<JsonNode> jsonl(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static String text(JsonNode n, String f) {
    return n.hasNonNull(f) ? n.get(f).asText() : null;
  }

  private static Double number(JsonNode n, String f) {
    return n.hasNonNull(f) ? n.get(f).asDouble() : null;
  }
}
