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
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The topics stage end to end: on a real corpus the topics are coherent; its tables are well formed. */
@ExtendWith(SharedSpark.class)
class TopicsStageTest {
  @TempDir Path tmp;

  @Test
  void onReutersTheTopicsAreCoherentAndDistinct() {
    Path reuters = Repo.shared("corpora/reuters21578");
    JobConfig config = Runs.config("input", reuters.toString(), "output", tmp.toString(), "topics-k", "20");
    new Pipeline(config).run(SharedSpark.session(), EnumSet.of(Stage.INGEST), "t1", Instant.now());
    TopicsJob job = new TopicsJob(SharedSpark.session(), config);
    TopicsJob.Result r = job.run(new TableWriter(tmp.toString(), "t2",
        SharedSpark.session().sparkContext().hadoopConfiguration()));
    System.out.printf("Reuters-21578, k=20: mean NPMI %.3f, diversity %.2f over %d documents%n", r.meanNpmi(),
        r.diversity(), r.documents());
    assertThat(r.topWords()).hasSize(20).allSatisfy(t -> assertThat(t).hasSize(10));
    assertThat(r.meanNpmi()).isGreaterThan(0.15);
    assertThat(r.diversity()).isGreaterThanOrEqualTo(0.8);
    // ranked by weight alone, the words many topics share ("company", "said") repeat across topics
    assertThat(Coherence.diversity(job.topWords(1.0))).isLessThan(r.diversity());
  }

  @Test
  void theSampleRunWritesTermsDocTopicsAndTrendsThatAddUp() {
    JobConfig config = Runs.config("input", Repo.sample().toString(), "output", tmp.toString());
    new Pipeline(config).run(SharedSpark.session(), EnumSet.of(Stage.INGEST, Stage.TOPICS), "t3", Instant.now());
    List<Row> terms = Runs.table(tmp, "topic_terms").collectAsList();
    assertThat(terms).isNotEmpty().allSatisfy(r -> {
      assertThat(r.<Integer>getAs("rank")).isBetween(1, 10);
      assertThat(r.<String>getAs("topic_label")).contains(" / ");
      assertThat(r.<Double>getAs("weight")).isGreaterThan(0.0).isLessThan(1.0);
    });
    // every article has exactly one dominant topic
    assertThat(Runs.table(tmp, "doc_topics").filter("is_dominant").groupBy("article_id").count()
        .filter("count <> 1").count()).isZero();
    assertThat(Runs.table(tmp, "doc_topics").filter("is_dominant").count()).isEqualTo(5);
    // within a period the shares sum to one, and dominant counts to the period's stories
    for (Row p : Runs.table(tmp, "topic_trends").groupBy("period").sum("share", "n_articles").collectAsList()) {
      assertThat(p.getDouble(1)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }
    assertThat(Runs.table(tmp, "topic_trends").groupBy().sum("n_articles").first().getLong(0)).isEqualTo(5);
    assertThat(tmp.resolve("models/topics/phrases.txt")).exists();
    assertThat(tmp.resolve("models/topics/stages")).isDirectory();
  }

  @Test
  void aSampledFitScoresEveryStoryAndIsTheSameInEveryRun() {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    for (Path out : List.of(first, second)) {
      JobConfig config = Runs.config("input", Repo.sample().toString(), "output", out.toString(),
          "topics-fit-documents", "3", "topics-k", "2");
      new Pipeline(config).run(SharedSpark.session(), EnumSet.of(Stage.INGEST, Stage.TOPICS), "s", Instant.now());
    }
    // fitted on a sample, but every one of the five stories gets its dominant topic
    assertThat(Runs.table(first, "doc_topics").filter("is_dominant").count()).isEqualTo(5);
    assertThat(Runs.table(first, "topic_trends").groupBy().sum("n_articles").first().getLong(0)).isEqualTo(5);
    // the sample is picked by article id, so a second run fits the same model
    assertThat(Runs.table(second, "topic_terms").orderBy("topic_id", "rank").collectAsList())
        .isEqualTo(Runs.table(first, "topic_terms").orderBy("topic_id", "rank").collectAsList());
  }

  @Test
  void theSeedAndAlphaOptionsReachTheFittedModel() {
    Path chosen = tmp.resolve("chosen");
    Path other = tmp.resolve("other");
    for (Path out : List.of(chosen, other)) {
      JobConfig config = Runs.config("input", Repo.sample().toString(), "output", out.toString(), "topics-k", "3",
          "topics-alpha", "0.3", "topics-seed", out == chosen ? "7" : "8");
      new Pipeline(config).run(SharedSpark.session(), EnumSet.of(Stage.INGEST, Stage.TOPICS), "a", Instant.now());
    }
    org.apache.spark.ml.clustering.LDAModel lda = (org.apache.spark.ml.clustering.LDAModel)
        org.apache.spark.ml.PipelineModel.load(chosen.resolve("models/topics").toString()).stages()[1];
    assertThat(lda.estimatedDocConcentration().toArray()).containsExactly(0.3, 0.3, 0.3);
    // another seed starts the fit elsewhere, so the topics' weights differ
    assertThat(Runs.table(other, "topic_terms").orderBy("topic_id", "rank").collectAsList())
        .isNotEqualTo(Runs.table(chosen, "topic_terms").orderBy("topic_id", "rank").collectAsList());
  }

  @Test
  void aLemmatizedModelScoresLaterPeriodsWithLemmasToo() {
    Runs.run(EnumSet.of(Stage.INGEST, Stage.TOPICS), "full", Repo.sample(), tmp, "topics-k", "3",
        "topics-lemmatize", "true");
    assertThat(tmp.resolve("models/topics/tokens.txt")).hasContent("lemmas");
    List<Row> full = Runs.table(tmp, "doc_topics").filter("period = '2025-04'").orderBy("article_id", "topic_id")
        .collectAsList();
    assertThat(full).isNotEmpty();
    // no --topics-lemmatize now: the saved model says its terms are lemmas, and April is scored the same
    Runs.run(EnumSet.of(Stage.INGEST, Stage.TOPICS), "april", Repo.sample(), tmp, "since", "2025-04-01",
        "until", "2025-04-30");
    assertThat(Runs.table(tmp, "doc_topics").filter("period = '2025-04'").orderBy("article_id", "topic_id")
        .collectAsList()).isEqualTo(full);
  }
}
