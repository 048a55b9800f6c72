package io.corpuscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.Fixtures;
import io.corpuscope.testing.Repo;
import io.corpuscope.manifest.RunManifest;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import io.corpuscope.text.Shingles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicate stories on real seed text: a syndicated exact copy and a machine-paraphrased copy
 * point to the earliest copy; two different reports of the same meeting stay separate stories.
 */
@ExtendWith(SharedSpark.class)
class DuplicateDetectionTest {
  @TempDir static Path tmp;
  static Map<String, Row> articles;
  static String original;
  static String paraphrased;

  /** The kind of swaps paraphrasing tools make (the seeds' own examples and their like). */
  static String paraphrase(String text) {
    Map<String, String> swaps = new LinkedHashMap<>();
    swaps.put("gross domestic product", "gross home merchandise");
    swaps.put("percent", "p.c");
    swaps.put("serious", "severe");
    swaps.put("military", "navy");
    swaps.put("said", "stated");
    swaps.put("told", "instructed");
    swaps.put("meeting", "assembly");
    swaps.put("foreign", "international");
    swaps.put("support", "help");
    swaps.put("however", "nonetheless");
    swaps.put("allies", "partners");
    swaps.put("would", "will");
    swaps.put("European", "Continental");
    swaps.put("spending", "expenditure");
    swaps.put("increase", "enhance");
    swaps.put("countries", "nations");
    swaps.put("minister", "secretary");
    swaps.put("after", "following");
    swaps.put("about", "relating to");
    swaps.put("during", "throughout");
    swaps.put("also", "additionally");
    swaps.put("new", "recent");
    swaps.put("because", "as a result of");
    swaps.put("first", "preliminary");
    swaps.put("Washington", "the US capital");
    swaps.put("NATO", "the alliance");
    swaps.put("defense", "protection");
    swaps.put("President", "Chief");
    swaps.put("that", "which");
    String out = text;
    for (Map.Entry<String, String> e : swaps.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  @BeforeAll
  static void ingestCopies() throws Exception {
    Path sample = Repo.sample();
    original = Files.readString(sample.resolve("001_2979fd6046fdc30e.txt"));
    paraphrased = paraphrase(original);
    String other = Files.readString(sample.resolve("000_26966cb500e5a3b7.txt"));
    Path in = tmp.resolve("in/copies.jsonl");
    Fixtures.write(in, Fixtures.jsonl("wire", "2025-04-04", original)
        + Fixtures.jsonl("paraphrase", "2025-04-05", paraphrased)
        + Fixtures.jsonl("syndicated", "2025-04-06", original.toUpperCase().replace("\n\n", "\n"))
        + Fixtures.jsonl("other-report", "2025-04-03", other));
    Runs.ingest(tmp.resolve("in"), tmp.resolve("out"));
    articles = Runs.table(tmp.resolve("out"), "articles").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
  }

  @Test
  void theParaphrasedCopyIsDifferentWordingYetCaught() {
    assertThat(Shingles.jaccard(original, paraphrased)).isBetween(0.5, 0.8);
    assertThat(articles.get("paraphrase").<String>getAs("duplicate_of")).isEqualTo("wire");
  }

  @Test
  void anExactCopyInOtherCaseAndSpacingPointsToTheEarliestCopy() {
    assertThat(articles.get("syndicated").<String>getAs("duplicate_of")).isEqualTo("wire");
    assertThat(articles.get("wire").<String>getAs("duplicate_of")).isNull();
  }

  @Test
  void twoDifferentStoriesAboutTheSameMeetingAreNotDuplicates() {
    assertThat(articles.get("other-report").<String>getAs("duplicate_of")).isNull();
    assertThat(articles.get("wire").<String>getAs("duplicate_of")).isNull();
  }

  /** Short notes, none long enough to compare by shingles: the near-duplicate step has nothing to fit on. */
  @Test
  void aCorpusOfShortNotesIsIngestedWithItsExactCopiesFound(@TempDir Path dir) throws Exception {
    String notes = Fixtures.jsonl("n1", "2025-04-03", "Allies met.") + Fixtures.jsonl("n2", "2025-04-03", "Allies met.")
        + Fixtures.jsonl("n3", "2025-04-04", "Talks resume Monday.");
    Fixtures.writeBytes(dir.resolve("in/notes.jsonl"), notes.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    RunManifest m = Runs.ingest(dir.resolve("in"), dir.resolve("out"));

    assertThat(m.totals().kept()).isEqualTo(2);
    assertThat(m.totals().duplicates()).isEqualTo(1);
    assertThat(m.totals().addsUp()).isTrue();
  }
}
