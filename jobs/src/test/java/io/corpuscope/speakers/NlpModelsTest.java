package io.corpuscope.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.Repo;
import io.corpuscope.text.TextCleaner;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The two shortcuts {@link NlpModels} takes against OpenNLP's own way, on real news (the
 * sample's articles, and 100 PolNeAR articles, skipped without {@code ../shared}): the greedy
 * tagger against the beam-search tagger on the same tokens, and the tokenizer that leaves
 * letters-and-digits runs whole against the bundled one that asks the model at every position.
 */
class NlpModelsTest {
  /** OpenNLP's own ways, the references: the beam-search tagger and the tokenizer as bundled. */
  private static final POSTaggerME BEAM = new POSTaggerME(NlpModels.posModel());
  private static final TokenizerME BUNDLED = new TokenizerME(NlpModels.bundledTokenModel());

  @Test
  void greedyTagsAgreeWithTheBeamTaggerOnTheSample() throws Exception {
    assertAgree("greedy vs beam tags, sample", tagAgreement(sampleTexts()), 3_000, 0.99);
  }

  @Test
  void greedyTagsAgreeWithTheBeamTaggerOnPolnear() throws Exception {
    assertAgree("greedy vs beam tags, PolNeAR", tagAgreement(polnearTexts()), 30_000, 0.99);
  }

  @Test
  void tagsEveryTokenOfAnEmptyOrOneWordSentence() {
    assertThat(NlpModels.tags(new String[0])).isEmpty();
    assertThat(NlpModels.tags(new String[] {"Stoltenberg"})).containsExactly("PROPN");
  }

  @Test
  void tokensAgreeWithTheBundledTokenizerOnTheSample() throws Exception {
    assertAgree("tokens with the alphanumeric shortcut, sample", tokenAgreement(sampleTexts()), 3_000, 0.995);
  }

  @Test
  void tokensAgreeWithTheBundledTokenizerOnPolnear() throws Exception {
    assertAgree("tokens with the alphanumeric shortcut, PolNeAR", tokenAgreement(polnearTexts()), 30_000, 0.995);
  }

  private record Agreement(long same, long tokens) {
    double share() {
      return (double) same / tokens;
    }
  }

  private static void assertAgree(String what, Agreement a, long minTokens, double minShare) {
    System.out.printf("%s: %d of %d tokens agree (%.4f)%n", what, a.same, a.tokens, a.share());
    assertThat(a.tokens).as(what).isGreaterThan(minTokens);
    assertThat(a.share()).as(what).isGreaterThanOrEqualTo(minShare);
  }

  @Test
  void punctuationTouchingAWordIsStillSplitOffAsTheBundledTokenizerDoes() {
    String text = "NATO's chief said: \"Allies must pay 2% of GDP.\" The U.S.-led talks—in Brussels—ended.";
    List<String> bundled = new ArrayList<>();
    for (opennlp.tools.util.Span s : BUNDLED.tokenizePos(text)) {
      bundled.add(text.substring(s.getStart(), s.getEnd()));
    }
    assertThat(words(text)).isEqualTo(bundled).contains("said", ":", "\"", "Allies", "GDP", ".");
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (opennlp.tools.util.Span s : NlpModels.tokenPositions(text)) {
      out.add(text.substring(s.getStart(), s.getEnd()));
    }
    return out;
  }

  private static List<String> sampleTexts() throws java.io.IOException {
    List<String> texts = new ArrayList<>();
    TextCleaner cleaner = new TextCleaner();
    try (Stream<Path> files = Files.list(Repo.sample())) {
      files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
          .forEach(p -> texts.add(cleaner.clean(null, read(p)).text()));
    }
    return texts;
  }

  private static List<String> polnearTexts() throws java.io.IOException {
    Path file = Repo.shared("corpora/polnear/polnear-0000.jsonl.gz");
    List<String> texts = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null && texts.size() < 100; ) {
        texts.add(json.readTree(line).get("text").asText());
      }
    }
    return texts;
  }

  /** Bundled-tokenizer spans that the shortcut tokenizer also produces, same start and end. */
  private static Agreement tokenAgreement(List<String> texts) {
    long same = 0;
    long tokens = 0;
    for (String text : texts) {
      for (Sentence s : SentenceSplitter.split(text)) {
        java.util.Set<Long> fast = new java.util.HashSet<>();
        for (opennlp.tools.util.Span sp : NlpModels.tokenPositions(s.text())) {
          fast.add((long) sp.getStart() << 32 | sp.getEnd());
        }
        for (opennlp.tools.util.Span sp : BUNDLED.tokenizePos(s.text())) {
          same += fast.contains((long) sp.getStart() << 32 | sp.getEnd()) ? 1 : 0;
          tokens++;
        }
      }
    }
    return new Agreement(same, tokens);
  }

  private static Agreement tagAgreement(List<String> texts) {
    long same = 0;
    long tokens = 0;
    for (String text : texts) {
      for (Sentence s : SentenceSplitter.split(text)) {
        opennlp.tools.util.Span[] spans = NlpModels.tokenPositions(s.text());
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
          words[i] = s.text().substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] greedy = NlpModels.tags(words);
        String[] beam = BEAM.tag(words);
        for (int i = 0; i < words.length; i++) {
          same += greedy[i].equals(beam[i]) ? 1 : 0;
        }
        tokens += words.length;
      }
    }
    return new Agreement(same, tokens);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
