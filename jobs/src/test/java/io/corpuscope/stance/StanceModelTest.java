package io.corpuscope.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MLlib half of stance, trained on the train split of the labelled real sentences and
 * measured on the held-out test split: rules alone, logistic regression alone, and the blend.
 */
@ExtendWith(SharedSpark.class)
class StanceModelTest {
  @Test
  void theBlendIsMeasuredOnTheHeldOutSplitAndBeatsChance() {
    Dataset<Row> labelled = StanceModel.labelled(SharedSpark.session());
    StanceModel model = StanceModel.trainBundled(SharedSpark.session());
    StanceModel.Scores train = model.evaluate(labelled, "train");
    StanceModel.Scores test = model.evaluate(labelled, "test");
    System.out.println("stance classifier\n" + train + "\n" + test);
    assertThat(test.n()).isGreaterThan(50);
    assertThat(test.blendMacroF1()).isGreaterThan(0.6);
    assertThat(test.rulesMacroF1()).isGreaterThan(0.6);
  }

  @Test
  void negationStaysAWordForTheModel() {
    assertThat(StanceModel.words("We don't spend enough on defence")).containsSequence("do", "not", "spend");
  }
}
