package io.corpuscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The bench at scale 2 on the sample: every step measured, no copy lost to dedup, results recorded. */
@ExtendWith(SharedSpark.class)
class EndToEndBenchmarkTest {
  @Test
  void aScaleRunMeasuresEveryStepOnTwiceTheArticles(@TempDir Path out) {
    EndToEndBenchmark bench = new EndToEndBenchmark(SharedSpark.session(),
        Runs.config("input", Repo.sample().toString(), "output", out.toString(), "topics-k", "3"));
    List<StepFigures> figures = bench.run("bench-test", List.of(2));

    assertThat(figures).extracting(StepFigures::step).containsExactlyElementsOf(EndToEndBenchmark.STEPS);
    assertThat(figures).allSatisfy(f -> {
      assertThat(f.scale()).isEqualTo(2);
      assertThat(f.articles()).isEqualTo(10);
      assertThat(f.seconds()).isPositive();
      assertThat(f.inputBytes()).isPositive();
    });
    StepFigures floor = figures.get(0);
    StepFigures run = figures.get(figures.size() - 1);
    assertThat(floor.floorMultiple()).isEqualTo(1.0);
    assertThat(run.seconds()).isGreaterThan(figures.stream().filter(f -> f.step().equals("ingest")).findFirst()
        .orElseThrow().seconds());
    // one heap's peak, so never above the maximum heap (a sum of the pools' own peaks can be)
    assertThat(run.peakHeapBytes()).isPositive().isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());

    List<Row> recorded = Runs.table(out, "bench_results").collectAsList();
    assertThat(recorded).hasSize(EndToEndBenchmark.STEPS.size());
    assertThat(recorded).allSatisfy(r -> assertThat(r.<String>getAs("bench_id")).isEqualTo("bench-test"));
    assertThat(out.resolve("_bench")).doesNotExist();
    assertThat(EndToEndBenchmark.table(figures)).contains("run").contains("floor");
  }
}
