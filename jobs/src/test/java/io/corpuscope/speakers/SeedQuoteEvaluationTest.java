package io.corpuscope.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.Repo;
import io.corpuscope.text.TextCleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Quality on the five seed articles against {@code shared/gold} (GUIDELINES §4): extracts from
 * the cleaned seed text, scores with {@link QuoteEvaluation}, prints the table and the errors,
 * and asserts floors just under the figures reached (targets: speaker P ≥ 0.92, R ≥ 0.85,
 * direct F1 ≥ 0.97).
 */
class SeedQuoteEvaluationTest {

  @Test
  void seedFiguresMeetTheFloors() throws Exception {
    Path gold = Repo.shared("gold");
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Repo.sample())) {
      files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
          .forEach(p -> texts.put(p.getFileName().toString(), read(p)));
    }
    QuoteExtractor extractor = new QuoteExtractor();
    TextCleaner cleaner = new TextCleaner();
    List<EvalRows.Predicted> predicted = new ArrayList<>();
    texts.forEach((doc, raw) -> extractor.extract(doc, cleaner.clean(null, raw).text())
        .forEach(q -> predicted.add(EvalRows.Predicted.of(doc, q))));

    QuoteReport report = QuoteEvaluation.evaluate(GoldFiles.quotes(gold.resolve("quotes.jsonl")),
        GoldFiles.ignored(gold.resolve("ignored_attributions.jsonl")), predicted, texts);
    System.out.println("Seed quote evaluation\n" + report);
    report.errors().forEach(System.out::println);

    assertThat(report.speakerAll().precision()).isGreaterThanOrEqualTo(0.92);
    assertThat(report.speakerAll().recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(report.speakerDirect().f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(report.detection().f1()).isGreaterThanOrEqualTo(0.80);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
