package io.corpuscope.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoherenceTest {
  private static Coherence counted(List<List<String>> docs, List<String> words) {
    Coherence c = new Coherence(words);
    docs.forEach(c::add);
    return c;
  }

  @Test
  void npmiOfAPairFollowsTheDefinitionByHand() {
    // P(a) = 3/4, P(b) = 2/4, P(a,b) = 2/4: log(0.5 / 0.375) / -log(0.5)
    Coherence c = counted(List.of(List.of("a", "b"), List.of("b", "a", "a"), List.of("c"), List.of("a")),
        List.of("a", "b", "c"));
    assertThat(c.npmi(List.of("a", "b"))).isCloseTo(Math.log(0.5 / 0.375) / -Math.log(0.5), within(1e-12));
  }

  @Test
  void wordsNeverSeenTogetherScoreMinusOne() {
    Coherence c = counted(List.of(List.of("a"), List.of("b")), List.of("a", "b"));
    assertThat(c.npmi(List.of("a", "b"))).isEqualTo(-1.0);
  }

  @Test
  void aTopicScoresTheMeanOverItsPairs() {
    Coherence c = counted(List.of(List.of("a", "b"), List.of("a", "b"), List.of("c")), List.of("a", "b", "c"));
    double ab = c.npmi(List.of("a", "b"));
    assertThat(c.npmi(List.of("a", "b", "c"))).isCloseTo((ab - 1 - 1) / 3, within(1e-12));
  }

  @Test
  void partialCountsMergeToTheWholeCount() {
    List<String> words = List.of("a", "b", "c");
    Coherence whole = counted(List.of(List.of("a", "b"), List.of("a"), List.of("b", "c")), words);
    Coherence merged = counted(List.of(List.of("a", "b")), words)
        .merge(counted(List.of(List.of("a"), List.of("b", "c")), words));
    assertThat(merged.npmi(words)).isEqualTo(whole.npmi(words));
    assertThat(merged.documents()).isEqualTo(3);
  }

  @Test
  void diversityIsTheShareOfDistinctTopWords() {
    assertThat(Coherence.diversity(List.of(List.of("a", "b"), List.of("b", "c")))).isEqualTo(0.75);
  }
}
