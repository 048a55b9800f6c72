package io.corpuscope.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.spark.TableWriter;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.SampleRun;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole job on the bundled seeds, scored by {@code evaluate} against {@code shared/gold}: the
 * floors of the speakers and stance issues, measured through the Spark stages and tables (not
 * only the pure-Java extractors).
 */
@ExtendWith(SharedSpark.class)
class EvaluateSampleTest {
  static Evaluation.Report report;

  @BeforeAll
  static void runAndEvaluate() {
    Path gold = Repo.shared("gold");
    Path out = SampleRun.output(); // read only
    report = new Evaluation(SharedSpark.session()).run(
        new TableWriter(out.toString(), "e2", SharedSpark.session().sparkContext().hadoopConfiguration()),
        GoldSet.read(gold));
    System.out.println("evaluate on the seed gold\n" + report);
  }

  @Test
  void speakerAttributionMeetsTheFloors() {
    assertThat(report.quotes().speakerAll().precision()).isGreaterThanOrEqualTo(0.92);
    assertThat(report.quotes().speakerAll().recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(report.quotes().speakerDirect().f1()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void stanceMeetsTheFloors() {
    assertThat(report.stance().holderRows().f1()).isGreaterThanOrEqualTo(0.80);
    assertThat(report.stance().macroF1()).isGreaterThanOrEqualTo(0.75);
    assertThat(report.stance().statedTargetExact()).isGreaterThanOrEqualTo(0.97);
    assertThat(report.stance().spuriousTargets()).isZero();
  }
}
