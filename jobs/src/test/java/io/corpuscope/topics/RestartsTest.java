package io.corpuscope.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.corpuscope.config.JobConfig;
import io.corpuscope.pipeline.Pipeline;
import io.corpuscope.pipeline.Stage;
import io.corpuscope.spark.TableWriter;
import io.corpuscope.testing.Repo;
import io.corpuscope.testing.Runs;
import io.corpuscope.testing.SharedSpark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --topics-restarts}: several fits from consecutive seeds, the best kept. */
@ExtendWith(SharedSpark.class)
class RestartsTest {
  @TempDir Path tmp;

  @Test
  void qualityIsCoherenceTimesDiversity() {
    assertThat(new FitQuality(0.2, 0.8).quality()).isCloseTo(0.16, org.assertj.core.api.Assertions.within(1e-12));
    // a little more coherent but repeating words loses to a little less coherent and distinct
    assertThat(new FitQuality(0.21, 0.75).quality()).isLessThan(new FitQuality(0.2, 0.8).quality());
  }

  @Test
  void onRealNewsTheKeptFitIsTheBestRestartAndThatSeedAloneGivesTheSameTopics() {
    Path corpus = Repo.shared("corpora/dvids_defense");
    Path restarts = tmp.resolve("restarts");
    JobConfig config = Runs.config("input", corpus.toString(), "output", restarts.toString(), "topics-k", "4",
        "topics-iterations", "5", "topics-restarts", "2", "topics-seed", "10");
    new Pipeline(config).run(SharedSpark.session(), EnumSet.of(Stage.INGEST), "r1", Instant.now());
    TopicsJob job = new TopicsJob(SharedSpark.session(), config);
    TopicsJob.Result r = job.run(new TableWriter(restarts.toString(), "r2",
        SharedSpark.session().sparkContext().hadoopConfiguration()));
    Map<Long, FitQuality> q = job.restartQualities();
    System.out.println("[restarts, DVIDS defence news, k=4] " + q + ", kept seed " + job.keptSeed());
    assertThat(q).containsOnlyKeys(10L, 11L);
    // two random starts on real text end in different topics
    assertThat(q.values().stream().map(FitQuality::quality).distinct()).hasSize(2);
    double best = q.values().stream().mapToDouble(FitQuality::quality).max().orElseThrow();
    assertThat(q.get(job.keptSeed()).quality()).isEqualTo(best);
    assertThat(r.topWords()).hasSize(4);

    // the topics stage alone, on the same articles: one fit from the kept seed
    Runs.run(EnumSet.of(Stage.TOPICS), "a", corpus, restarts, "topics-k", "4", "topics-iterations", "5",
        "topics-seed", Long.toString(job.keptSeed()));
    List<List<String>> aloneWords = new java.util.ArrayList<>();
    for (Row t : Runs.table(restarts, "topic_terms").groupBy("topic_id")
        .agg(org.apache.spark.sql.functions.expr("transform(array_sort(collect_list(struct(rank, term))), x -> x.term)"))
        .orderBy("topic_id").collectAsList()) {
      aloneWords.add(t.getList(1));
    }
    assertThat(aloneWords).isEqualTo(r.topWords());
  }
}
