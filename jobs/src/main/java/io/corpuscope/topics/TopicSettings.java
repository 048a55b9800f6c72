package io.corpuscope.topics;

import io.corpuscope.config.ConfigKeys;
import io.corpuscope.config.JobConfig;

/** The topic model's settings, chosen by measurement (see the README's performance section). */
public record TopicSettings(int k, int iterations, int vocabSize, int minDf, double maxDf, int maxPhrases,
    int minPhraseCount, double docFloor, int topTerms, long seed, int fitDocuments, boolean termCounts,
    java.util.List<Integer> kCandidates, double alpha, boolean lemmatize, int restarts,
    double relevance) {

  /** Documents with fewer model words than this say too little to place in a topic. */
  public static final int MIN_DOC_TOKENS = 5;

  /**
   * Documents per partition of the fit's input. Up to two partitions (25,000 documents) the fit
   * is exactly repeatable; above, MLlib adds the partitions' statistics in the order their tasks
   * finish, so weights can differ in their last digits between runs.
   */
  public static final int FIT_DOCS_PER_PARTITION = 12_500;

  /**
   * From this many documents up, the fit's input is split in at least two partitions, so that a
   * fit on fewer than {@link #FIT_DOCS_PER_PARTITION} documents (a sample, a small corpus) keeps
   * two cores busy.
   */
  public static final int MIN_SPLIT_DOCUMENTS = 2_000;

  /**
   * Documents per partition when scoring. A story's weights do not depend on its partition, so
   * these are small, for balance: Reuters' stories in three partitions of 10,000 ran as two tasks
   * and then a third alone, the last third of the time on one core of two.
   */
  public static final int SCORE_DOCS_PER_PARTITION = 2_500;

  /** How many partitions the fit's input of {@code documents} is spread over. */
  public static int fitPartitions(long documents) {
    return (int) Math.min(100_000,
        Math.max(documents >= MIN_SPLIT_DOCUMENTS ? 2 : 1, ceilDiv(documents, FIT_DOCS_PER_PARTITION)));
  }

  /** How many partitions the documents to score are spread over. */
  public static int scorePartitions(long documents) {
    return (int) Math.min(100_000, Math.max(1, ceilDiv(documents, SCORE_DOCS_PER_PARTITION)));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * The settings a corpus of {@code documents} can bear: a five-article sample cannot have
   * terms in 5 documents but in at most half of them, nor twenty topics.
   */
  public TopicSettings fittedTo(long documents) {
    if (documents >= 200) {
      return this;
    }
    int fittedMinDf = (int) Math.max(1, Math.min(minDf, documents / 20));
    double fittedMaxDf = documents < 20 ? 1.0 : maxDf;
    int fittedK = (int) Math.max(2, Math.min(k, documents));
    return new TopicSettings(fittedK, iterations, vocabSize, fittedMinDf, fittedMaxDf, maxPhrases,
        (int) Math.max(2, Math.min(minPhraseCount, documents)), docFloor, topTerms, seed, fitDocuments, termCounts,
        kCandidates, alpha, lemmatize, restarts, relevance);
  }

  /** The same settings with {@code k} topics. */
  public TopicSettings withK(int topics) {
    return new TopicSettings(topics, iterations, vocabSize, minDf, maxDf, maxPhrases, minPhraseCount, docFloor,
        topTerms, seed, fitDocuments, termCounts, kCandidates, alpha, lemmatize, restarts, relevance);
  }

  /** The same settings with another random {@code seed}. */
  public TopicSettings withSeed(long otherSeed) {
    return new TopicSettings(k, iterations, vocabSize, minDf, maxDf, maxPhrases, minPhraseCount, docFloor,
        topTerms, otherSeed, fitDocuments, termCounts, kCandidates, alpha, lemmatize, restarts, relevance);
  }

  public static TopicSettings from(JobConfig c) {
    return new TopicSettings(c.get(ConfigKeys.TOPICS_K), c.get(ConfigKeys.TOPICS_ITERATIONS),
        c.get(ConfigKeys.TOPICS_VOCAB_SIZE), c.get(ConfigKeys.TOPICS_MIN_DF), c.get(ConfigKeys.TOPICS_MAX_DF),
        c.get(ConfigKeys.TOPICS_PHRASES), 20, c.get(ConfigKeys.TOPICS_DOC_FLOOR), 10, c.get(ConfigKeys.TOPICS_SEED),
        c.get(ConfigKeys.TOPICS_FIT_DOCUMENTS), c.get(ConfigKeys.TOPICS_TERM_COUNTS),
        c.get(ConfigKeys.TOPICS_K_CANDIDATES), c.get(ConfigKeys.TOPICS_ALPHA), c.get(ConfigKeys.TOPICS_LEMMATIZE),
        c.get(ConfigKeys.TOPICS_RESTARTS), c.get(ConfigKeys.TOPICS_TERM_RELEVANCE));
  }
}
