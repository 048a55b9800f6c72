package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stance models as a run fits them, measured on the labelled set's test split (which no
 * setting was chosen on): relevance of candidate sentences and stance of the relevant ones.
 */
@ExtendWith(SharedSpark.class)
class StanceModelTest {
  @Test
  void theModelsHoldOnTheHeldOutSplit() {
    Dataset<Row> labelled = StanceModel.labelled(SharedSpark.session());
    StanceModel model = StanceModel.trainBundled(SharedSpark.session());
    StanceFigures test = StanceFigures.of("test", model.scoreLabelled(labelled, "test"),
        StanceModel.RELEVANCE_THRESHOLD, StanceModel.RULE_SCOPE_THRESHOLD, StanceModel.RULE_WEIGHT);
    System.out.println("stance models\n" + test);
    assertThat(test.n()).isGreaterThan(300);
    assertThat(test.jointRelevance().f1()).isGreaterThan(0.83);
    assertThat(test.macroF1()).isGreaterThan(0.66);
    assertThat(test.blendStance().get("oppose")).isGreaterThan(0.80);
  }

  @Test
  void negationStaysAWordForTheModel() {
    assertThat(StanceModel.words("We don't spend enough on defence")).containsSequence("do", "not", "spend");
  }

  @Test
  void characterGramsStayInsideAWordAndMarkItsEdges() {
    // "sequestered" shares its stem's grams with "sequester", and a gram never spans two words
    assertThat(StanceModel.charGrams("defense sequestered")).contains(" d", "se ", "seque", "red ")
        .doesNotContain("e s", "se s");
    assertThat(StanceModel.charGrams("cut")).containsExactly(" c", "cu", "ut", "t ", " cu", "cut", "ut ", " cut",
        "cut ", " cut ");
  }

  @Test
  void wordPairsCarryTheDirectionOfACut() {
    assertThat(StanceModel.tokens("reverse the defense cuts")).contains("defense_cuts", "reverse_the");
  }
}
