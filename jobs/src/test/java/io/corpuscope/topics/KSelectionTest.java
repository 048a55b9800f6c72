package io.corpuscope.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corpuscope.config.JobConfig;
import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --topics-k-candidates}: the number of topics picked by coherence on a sample. */
@ExtendWith(SharedSpark.class)
class KSelectionTest {
  @TempDir Path tmp;

  @Test
  void theMostCoherentCandidateWinsAndATieGoesToFewerTopics() {
    Map<Integer, Double> scores = new LinkedHashMap<>();
    scores.put(30, 0.21);
    scores.put(10, 0.25);
    scores.put(20, 0.24);
    assertThat(KSelection.best(scores)).isEqualTo(10);
    scores.put(40, 0.25);
    assertThat(KSelection.best(scores)).isEqualTo(10);
    scores.put(5, 0.25);
    assertThat(KSelection.best(scores)).isEqualTo(5);
    assertThatThrownBy(() -> KSelection.best(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onRealNewsTheFittedModelHasTheCandidateWithTheBestCoherence() {
    Path file = Repo.shared("corpora/allsides_bias/allsides-0000.jsonl.gz");
    JobConfig config = Runs.config("input", file.toString(), "output", tmp.toString(),
        "topics-k-candidates", "3,12", "topics-iterations", "5");
    new Pipeline(config).run(SharedSpark.session(), EnumSet.of(Stage.INGEST), "k1", Instant.now());
    TopicsJob job = new TopicsJob(SharedSpark.session(), config);
    TopicsJob.Result r = job.run(new TableWriter(tmp.toString(), "k2",
        SharedSpark.session().sparkContext().hadoopConfiguration()));
    Map<Integer, Double> scores = job.kScores();
    System.out.println("[k by coherence, AllSides part 0] " + scores);
    assertThat(scores).containsOnlyKeys(3, 12);
    // different models on real text do not score exactly alike
    assertThat(scores.get(3)).isNotEqualTo(scores.get(12));
    int best = Collections.max(scores.entrySet(), Map.Entry.comparingByValue()).getKey();
    assertThat(r.topWords()).hasSize(best);
  }
}
