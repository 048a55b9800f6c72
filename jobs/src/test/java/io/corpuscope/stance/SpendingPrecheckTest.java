package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corpuscope.testing.Repo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The cheap pre-checks in front of the spending patterns (the [anchors] fragments of
 * {@code spending-terms.txt} and the percentage-unit probe) only skip work: on every sentence of
 * the sample and of real defence and general news (skipped without {@code ../shared}), the
 * detector and the figure parser give exactly what they give with the full patterns run on
 * every sentence.
 */
class SpendingPrecheckTest {
  private static final SpendingFigureParser FIGURES = new SpendingFigureParser();
  private static final SpendingSentenceDetector DETECTOR = new SpendingSentenceDetector(FIGURES);
  private static final SpendingFigureParser FULL_FIGURES = new SpendingFigureParser(false);
  private static final SpendingSentenceDetector FULL_DETECTOR = new SpendingSentenceDetector(FULL_FIGURES, false);
  private static final List<String> ANCHORS = ReferenceResources.sections("spending-terms.txt").get("anchors");

  @Test
  void anchorsAreLowerCaseFragmentsWithoutSpaces() {
    assertThat(ANCHORS).isNotEmpty().allSatisfy(a -> assertThat(a).matches("[a-z]+"));
  }

  @Test
  void unitProbeFindsEveryUnitForm() {
    for (String s : List.of("5%", "five percent", "two per cent", "two per\ncent", "5 p.c", "5 p. c", "5pc", "3 PCT",
        "Five Per Cent")) {
      assertThat(SpendingFigureParser.mayHaveUnit(s)).as(s).isTrue();
      assertThat(FULL_FIGURES.parse("defence spending of " + s + " of GDP"))
          .as(s).isEqualTo(FIGURES.parse("defence spending of " + s + " of GDP"));
    }
    assertThat(SpendingFigureParser.mayHaveUnit("Allies spent more on the military last year.")).isFalse();
  }

  @Test
  void sameVerdictsAsTheFullPatternsOnTheSample() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Repo.sample())) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    Tally t = compare(texts);
    assertThat(t.inScope).as("in-scope sentences").isGreaterThan(20);
  }

  @Test
  void sameVerdictsAsTheFullPatternsOnDefenceAndGeneralNews() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.addAll(read(Repo.shared("corpora/defence_subset/defence-subset-0000.jsonl.gz"), 800));
    texts.addAll(read(Repo.shared("corpora/defence_subset/defence-subset-0001.jsonl.gz"), 60));
    texts.addAll(read(Repo.shared("corpora/allsides_bias/allsides-0007.jsonl.gz"), 800));
    Tally t = compare(texts);
    assertThat(t.inScope).as("in-scope sentences").isGreaterThan(1_000);
    assertThat(t.figures).as("sentences with a share-of-GDP figure").isGreaterThan(50);
    // The point of the pre-check: most sentences of news never reach the patterns.
    assertThat((double) t.skipped / t.sentences).as("share skipped").isGreaterThan(0.5);
  }

  private static final class Tally {
    long sentences;
    long skipped;
    long inScope;
    long figures;
  }

  private static Tally compare(List<String> texts) {
    Tally t = new Tally();
    for (String text : texts) {
      for (SentenceInput in : SentenceSplitter.split(text)) {
        String s = in.text();
        String full = FULL_DETECTOR.explain(s);
        assertThat(DETECTOR.explain(s)).as(s).isEqualTo(full);
        List<Figure> figures = FULL_FIGURES.parse(s, true);
        assertThat(FIGURES.parse(s, true)).as(s).isEqualTo(figures);
        assertThat(FIGURES.parse(s, false)).as(s).isEqualTo(FULL_FIGURES.parse(s, false));
        t.sentences++;
        t.inScope += full == null ? 0 : 1;
        t.figures += figures.isEmpty() ? 0 : 1;
        t.skipped += skipped(s) ? 1 : 0;
      }
    }
    System.out.printf("[spending pre-check] %d sentences, %d in scope, %d with a figure, %d (%.0f%%) skip the patterns%n",
        t.sentences, t.inScope, t.figures, t.skipped, 100.0 * t.skipped / t.sentences);
    return t;
  }

  /** Whether the pre-check lets the sentence skip the patterns (no anchor fragment, no unit). */
  private static boolean skipped(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return ANCHORS.stream().noneMatch(lower::contains)
        && !SpendingFigureParser.mayHaveUnit(s);
  }

  private static List<String> read(Path file, int max) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null && texts.size() < max; ) {
        JsonNode text = json.readTree(line).get("text");
        if (text != null && !text.isNull()) {
          texts.add(text.asText());
        }
      }
    }
    return texts;
  }
}
