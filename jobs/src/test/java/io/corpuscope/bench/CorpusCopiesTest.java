package io.corpuscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.Repo;
import io.corpuscope.text.Shingles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scale-run copies of the real seed articles: distinct enough not to be near duplicates, with the same things to find. */
class CorpusCopiesTest {
  private static final CorpusCopies.Kept KEEP = CorpusCopies.kept();
  private static final Pattern KEPT_TOKENS = Pattern.compile("\\p{Lu}\\p{L}+|\\d[\\d.,]*%?|[\"“”]|\\b(?:said|told|"
      + "defen[cs]e|spending|military|percent|budget)\\b");

  private static List<String> seeds() throws Exception {
    try (Stream<Path> files = Files.list(Repo.sample())) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
        try {
          return Files.readString(f);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }

  private static double similarity(String a, String b) {
    return Shingles.jaccard(Shingles.wordBigramHashes(a, Shingles.DEFAULT_BITS),
        Shingles.wordBigramHashes(b, Shingles.DEFAULT_BITS));
  }

  private static List<String> keptTokens(String text) {
    Matcher m = KEPT_TOKENS.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void copiesStayWellBelowTheScaleRunsNearDuplicateThreshold() throws Exception {
    for (String seed : seeds()) {
      String one = CorpusCopies.copy(seed, 1, KEEP);
      String two = CorpusCopies.copy(seed, 2, KEEP);
      for (double s : new double[] {similarity(seed, one), similarity(seed, two), similarity(one, two)}) {
        assertThat(s).isLessThan(EndToEndBenchmark.COPY_SIMILARITY - 0.15);
      }
    }
  }

  @Test
  void namesFiguresQuoteMarksAndTheExtractionVocabularyAreKept() throws Exception {
    for (String seed : seeds()) {
      String copy = CorpusCopies.copy(seed, 3, KEEP);
      assertThat(keptTokens(copy)).isEqualTo(keptTokens(seed));
    }
  }

  @Test
  void copyZeroIsTheArticleAndEveryCopyIsReproducible() throws Exception {
    String seed = seeds().get(0);
    assertThat(CorpusCopies.copy(seed, 0, KEEP)).isSameAs(seed);
    assertThat(CorpusCopies.copy(seed, 5, KEEP)).isEqualTo(CorpusCopies.copy(seed, 5, KEEP)).isNotEqualTo(seed);
  }
}
