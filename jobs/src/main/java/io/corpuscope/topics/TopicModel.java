package io.corpuscope.topics;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The MLlib pipeline of the topics stage: a {@link CountVectorizerModel} on the
 * {@link Vocabulary} (pruned by document frequency; by default each term counted once per
 * document, which scored a higher NPMI than raw counts) then {@link LDA}. The optimizer is MLlib's
 * online variational Bayes run as full-batch VB — every document in every iteration, a nearly constant step, no
 * re-estimation of the document prior — which scored a higher NPMI than MLlib's defaults, its
 * EM optimizer's memory bill, and MALLET on Reuters (see the README's performance section).
 */
public final class TopicModel {
  private final PipelineModel model;

  private TopicModel(PipelineModel model) {
    this.model = model;
  }

  /**
   * Fits on a Dataset with an array-of-strings column {@code terms}. Fixed uids name the saved
   * model's folders the same in every run.
   */
  public static TopicModel fit(Dataset<Row> docs, TopicSettings s) {
    String[] vocabulary = Vocabulary.of(docs, s.vocabSize(), s.minDf(), s.maxDf());
    CountVectorizerModel vectorizer = new CountVectorizerModel("topics_vocabulary", vocabulary)
        .setInputCol("terms").setOutputCol("features")
        .setBinary(!s.termCounts());   // presence, unless --topics-term-counts
    LDA lda = new LDA("topics_lda").setK(s.k()).setMaxIter(s.iterations()).setSeed(s.seed())
        .setOptimizer("online")
        .setSubsamplingRate(1.0)
        .setLearningOffset(1.0)
        .setLearningDecay(0.01)
        .setOptimizeDocConcentration(false)
        .setFeaturesCol("features")
        .setTopicDistributionCol("topic_distribution");
    if (s.alpha() > 0) {
      lda.setDocConcentration(s.alpha());
    }
    PipelineModel model = new Pipeline("topics_model").setStages(new PipelineStage[] {vectorizer, lda}).fit(docs);
    return new TopicModel(model);
  }

  public static TopicModel load(String path) {
    return new TopicModel(PipelineModel.load(path));
  }

  public void save(String path) throws java.io.IOException {
    model.write().overwrite().save(path);
  }

  /** Adds {@code topic_distribution} (a vector of k weights summing to 1) to each document. */
  public Dataset<Row> transform(Dataset<Row> docs) {
    return model.transform(docs);
  }

  public String[] vocabulary() {
    return ((CountVectorizerModel) model.stages()[0]).vocabulary();
  }

  /**
   * Each topic's {@code n} {@linkplain TermRelevance most relevant} terms at {@code lambda}, best
   * first, each with its weight in the topic (p(term | topic)).
   */
  public List<List<TermWeight>> topTerms(int n, double lambda) {
    String[] vocabulary = vocabulary();
    Matrix m = ((LDAModel) model.stages()[1]).topicsMatrix();   // terms × topics
    // the variational parameters: about each term's expected count in the topic, plus the prior
    double[][] weights = new double[m.numCols()][m.numRows()];
    double[] sums = new double[m.numCols()];
    for (int t = 0; t < m.numCols(); t++) {
      for (int w = 0; w < m.numRows(); w++) {
        weights[t][w] = m.apply(w, t);
        sums[t] += weights[t][w];
      }
    }
    List<List<TermWeight>> topics = new ArrayList<>();
    List<int[]> top = TermRelevance.top(weights, lambda, n);
    for (int t = 0; t < top.size(); t++) {
      List<TermWeight> terms = new ArrayList<>();
      for (int w : top.get(t)) {
        terms.add(new TermWeight(vocabulary[w], weights[t][w] / sums[t]));
      }
      topics.add(terms);
    }
    return topics;
  }

  /** The terms of {@link #topTerms}, without their weights. */
  public static List<List<String>> words(List<List<TermWeight>> topics) {
    return topics.stream().map(t -> t.stream().map(TermWeight::term).toList()).toList();
  }

  public record TermWeight(String term, double weight) {}
}
