package io.corpuscope.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topic terms ranked by Sievert and Shirley's relevance. */
class TermRelevanceTest {
  // terms: 0 "said" (common to both topics), 1 "tonnes", 2 "wheat", 3 "shares", 4 "stock"
  private static final double[][] WEIGHTS = {
      {24, 20, 15, 1, 1},
      {24, 1, 1, 20, 15},
  };

  @Test
  void byWeightAloneTheCommonWordHeadsEveryTopic() {
    List<int[]> top = TermRelevance.top(WEIGHTS, 1.0, 3);
    assertThat(top.get(0)).containsExactly(0, 1, 2);
    assertThat(top.get(1)).containsExactly(0, 3, 4);
  }

  @Test
  void lowerLambdaPutsTheTermsThatSetATopicApartFirst() {
    List<int[]> top = TermRelevance.top(WEIGHTS, 0.6, 3);
    // "said" is as common in each topic as in the whole model, no lift: the topic's own word goes first
    assertThat(top.get(0)).containsExactly(1, 0, 2);
    assertThat(top.get(1)).containsExactly(3, 0, 4);
    // at lambda 0 only the lift counts: "said" falls behind both, the other topic's terms rank last
    assertThat(TermRelevance.top(WEIGHTS, 0.0, 5).get(0)).containsExactly(1, 2, 0, 4, 3);
  }

  @Test
  void theScaleOfTheWeightsDoesNotMatterAndTiesGoToTheLowerIndex() {
    double[][] scaled = {{240, 200, 150, 10, 10}, {240, 10, 10, 200, 150}};
    assertThat(TermRelevance.top(scaled, 0.6, 5).stream().map(Arrays::toString).toList())
        .isEqualTo(TermRelevance.top(WEIGHTS, 0.6, 5).stream().map(Arrays::toString).toList());
    assertThat(TermRelevance.top(new double[][] {{1, 1, 1}}, 0.6, 2).get(0)).containsExactly(0, 1);
    assertThat(TermRelevance.top(WEIGHTS, 0.6, 10).get(0)).hasSize(5);
  }

  @Test
  void lambdaOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> TermRelevance.top(WEIGHTS, 1.5, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
