package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpuscope.testing.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled real sentences of {@code data/stance/labelled.jsonl} (from the shared
 * defence_subset, not the seeds): checks the file's shape and its documented split, and measures
 * the rule classifier on each split (accuracy, macro-F1 over support/oppose/neutral).
 * Set {@code -Dstance.errors=true} to print the misclassified TRAIN sentences (tune on train only).
 */
class LabelledStanceSetTest {
  private static final StanceClassifier RULES = new StanceClassifier();
  private static final SpendingSentenceDetector DETECTOR = new SpendingSentenceDetector();
  private static List<JsonNode> rows;

  @BeforeAll
  static void load() throws IOException {
    rows = SeedStanceEvaluationTest.jsonl(Repo.root().resolve("data/stance/labelled.jsonl"));
  }

  @Test
  void shapeDistributionAndSplit() throws NoSuchAlgorithmException {
    assertThat(rows.size()).isGreaterThanOrEqualTo(150);
    Map<String, Integer> dist = new TreeMap<>();
    for (JsonNode r : rows) {
      assertThat(r.get("stance").asText()).isIn("support", "oppose", "neutral");
      assertThat(r.get("holder_type").asText()).isIn("person", "country", "organisation", "group", "outlet");
      dist.merge(r.get("split").asText() + "/" + r.get("stance").asText(), 1, Integer::sum);
      // The split is a pure function of the article id: first byte of SHA-256 < 77 -> test (~30%).
      byte[] h = MessageDigest.getInstance("SHA-256").digest(r.get("article_id").asText().getBytes(StandardCharsets.UTF_8));
      assertThat(r.get("split").asText()).isEqualTo((h[0] & 0xff) < 77 ? "test" : "train");
    }
    System.out.println("[labelled] " + rows.size() + " rows " + dist);
    long oppose = rows.stream().filter(r -> r.get("stance").asText().equals("oppose")).count();
    long neutral = rows.stream().filter(r -> r.get("stance").asText().equals("neutral")).count();
    assertThat(oppose).isGreaterThanOrEqualTo(30);
    assertThat(neutral).isGreaterThanOrEqualTo(30);
  }

  @Test
  void ruleAccuracyOnEachSplit() {
    double[] test = measure("test");
    double[] train = measure("train");
    // Floors well under the measured figures: a guard against regressions, not a target.
    assertThat(test[0]).isGreaterThanOrEqualTo(0.55);
    assertThat(train[0]).isGreaterThanOrEqualTo(0.55);
  }

  @Test
  void labelledSentencesAreInScope() {
    long inScope = rows.stream().filter(r -> DETECTOR.isAboutSpending(r.get("sentence").asText())).count();
    System.out.printf(Locale.ROOT, "[labelled] detector recall %d/%d%n", inScope, rows.size());
    assertThat((double) inScope / rows.size()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void labelledTargetsAreFound() {
    SpendingFigureParser parser = new SpendingFigureParser();
    int ok = 0;
    int n = 0;
    for (JsonNode r : rows) {
      // As the extractor does: a sentence in scope is a defence-spending context.
      String sentence = r.get("sentence").asText();
      List<Figure> f = parser.parse(sentence, DETECTOR.isAboutSpending(sentence));
      if (r.hasNonNull("target_pct")) {
        n++;
        ok += f.stream().anyMatch(x -> x.low() == r.get("target_pct").asDouble()) ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "[labelled] target figure found %d/%d%n", ok, n);
    assertThat(ok).isEqualTo(n);
  }

  @Test
  void holderTypeOfSingleSentences() {
    // Each sentence alone (no article context, no quotes): does the resolver pick the right kind of
    // holder (person, country, organisation, group, or the outlet's narration)?
    SpendingStatementExtractor x = new SpendingStatementExtractor();
    Map<String, int[]> byType = new TreeMap<>();
    int ok = 0;
    for (JsonNode r : rows) {
      String sentence = r.get("sentence").asText();
      List<StatementRow> got = x.extract(r.get("id").asText(), List.of(new SentenceInput(0, sentence, 0, sentence.length())), Map.of(), "t");
      String type = got.isEmpty() ? "none" : got.get(0).holderType();
      // In a UN General Debate speech the "outlet" is the speaking country itself, so narration
      // there is labelled country; the caller passes that country as the outlet.
      boolean speech = r.get("source").asText().startsWith("UN General");
      boolean hit = type.equals(r.get("holder_type").asText())
          || (speech && type.equals("outlet") && r.get("holder_type").asText().equals("country"));
      ok += hit ? 1 : 0;
      int[] c = byType.computeIfAbsent(r.get("holder_type").asText(), k -> new int[2]);
      c[0] += hit ? 1 : 0;
      c[1]++;
    }
    StringBuilder sb = new StringBuilder();
    byType.forEach((k, v) -> sb.append(k).append('=').append(v[0]).append('/').append(v[1]).append(' '));
    System.out.printf(Locale.ROOT, "[labelled] holder_type accuracy %d/%d (%s; UN-speech narration counted as the speaking country)%n", ok, rows.size(), sb.toString().strip());
    assertThat((double) ok / rows.size()).isGreaterThanOrEqualTo(0.3);
  }

  private double[] measure(String split) {
    List<String> labels = StanceEvaluation.LABELS;
    int[][] confusion = new int[3][3];
    boolean show = Boolean.getBoolean("stance.errors") && split.equals("train");
    for (JsonNode r : rows) {
      if (!r.get("split").asText().equals(split)) {
        continue;
      }
      String sentence = r.get("sentence").asText();
      StanceResult got = RULES.classify(sentence);
      int g = labels.indexOf(r.get("stance").asText());
      int p = labels.indexOf(got.stance());
      confusion[g][p]++;
      if (show && g != p) {
        System.out.printf("  ERR %s gold=%s got=%s [%s] %s%n", r.get("id").asText(), labels.get(g), got.stance(), got.reason(), sentence);
      }
    }
    int total = 0;
    int correct = 0;
    double macro = 0;
    for (int i = 0; i < 3; i++) {
      int tp = confusion[i][i];
      int fp = 0;
      int fn = 0;
      for (int j = 0; j < 3; j++) {
        total += confusion[i][j];
        fp += j == i ? 0 : confusion[j][i];
        fn += j == i ? 0 : confusion[i][j];
      }
      correct += tp;
      macro += StanceEvaluation.Prf.of(tp, fp, fn).f1();
    }
    double acc = total == 0 ? 0 : (double) correct / total;
    System.out.printf(Locale.ROOT, "[labelled %s] n=%d rule accuracy %.3f macro-F1 %.3f confusion(rows gold s/o/n, cols pred) %s%n",
        split, total, acc, macro / 3, java.util.Arrays.deepToString(confusion));
    return new double[] {acc, macro / 3};
  }
}
