package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corpuscope.testing.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled real sentences of {@code data/stance/sentences.jsonl} (README beside it): the
 * file's shape, its documented split by article, and what the rules alone make of the sentences
 * (no Spark; the learned models are measured in {@link StanceModelTest}).
 */
class LabelledStanceSetTest {
  private static final SpendingSentenceDetector DETECTOR = new SpendingSentenceDetector();
  private static List<JsonNode> rows;

  @BeforeAll
  static void load() throws IOException {
    rows = SeedStanceEvaluationTest.jsonl(Repo.root().resolve("data/stance/sentences.jsonl"));
  }

  @Test
  void shapeDistributionAndTheSplitByArticle() throws NoSuchAlgorithmException {
    assertThat(rows.size()).isGreaterThanOrEqualTo(1500);
    Map<String, Integer> dist = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode r : rows) {
      assertThat(ids.add(r.get("id").asText())).isTrue();
      boolean relevant = r.get("relevant").asBoolean();
      if (relevant) {
        assertThat(r.get("stance").asText()).isIn("support", "oppose", "neutral");
      } else {
        assertThat(r.get("stance").isNull()).isTrue();
      }
      if (r.hasNonNull("target_kind")) {
        assertThat(r.get("target_kind").asText()).isIn("current", "proposed", "estimate", "actual");
      }
      dist.merge(r.get("split").asText() + "/" + (relevant ? r.get("stance").asText() : "-"), 1, Integer::sum);
      // a pure function of the article id, so no article is in two splits
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(("stance:" + r.get("article_id").asText()).getBytes(StandardCharsets.UTF_8));
      int b = h[0] & 0xff;
      assertThat(r.get("split").asText()).isEqualTo(b < 154 ? "train" : b < 205 ? "dev" : "test");
    }
    System.out.println("[labelled] " + rows.size() + " rows " + dist);
    long oppose = rows.stream().filter(r -> "oppose".equals(r.get("stance").asText(null))).count();
    assertThat(oppose).isGreaterThanOrEqualTo(300);
  }

  @Test
  void everyRelevantSentenceIsACandidateForTheModel() {
    // the candidate rule chose the sentences that were labelled; a relevant one it misses could never be found
    long relevant = rows.stream().filter(r -> r.get("relevant").asBoolean()).count();
    long candidates = rows.stream().filter(r -> r.get("relevant").asBoolean())
        .filter(r -> DETECTOR.isCandidate(r.get("sentence").asText())).count();
    System.out.printf(Locale.ROOT, "[labelled] candidates among relevant sentences %d/%d%n", candidates, relevant);
    assertThat((double) candidates / relevant).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void statedTargetsAreFoundByTheFigureParser() {
    SpendingFigureParser parser = new SpendingFigureParser();
    int ok = 0;
    int n = 0;
    for (JsonNode r : rows) {
      if (r.hasNonNull("target_pct")) {
        String sentence = r.get("sentence").asText();
        n++;
        ok += parser.parse(sentence, true).stream().anyMatch(x -> x.low() == r.get("target_pct").asDouble()) ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "[labelled] target figure found %d/%d%n", ok, n);
    assertThat(n).isGreaterThanOrEqualTo(20);
    assertThat((double) ok / n).isGreaterThanOrEqualTo(0.6);
  }
}
