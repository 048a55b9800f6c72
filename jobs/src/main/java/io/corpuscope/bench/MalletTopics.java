package io.corpuscope.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * MALLET's LDA (Gibbs sampling, its command line's defaults: alpha sum 5, beta 0.01) on the
 * very documents and vocabulary our topic model used: the reference the benchmark compares to.
 */
final class MalletTopics {
  private MalletTopics() {}

  /**
   * Fits MALLET and returns each topic's term weights, the counts of the term's tokens in the
   * topic plus beta, indexed as {@code vocabulary}.
   */
  static double[][] fit(String[] vocabulary, Iterator<int[]> documents, int k, int iterations,
      int threads, long seed) {
    Alphabet alphabet = new Alphabet(vocabulary);
    InstanceList instances = new InstanceList(alphabet, null);
    int n = 0;
    while (documents.hasNext()) {
      int[] termIds = documents.next();
      if (termIds.length == 0) {
        continue;
      }
      instances.add(new Instance(new FeatureSequence(alphabet, termIds), null, "d" + n++, null));
    }
    ParallelTopicModel model = new ParallelTopicModel(k, 5.0, 0.01);
    model.setRandomSeed((int) seed);
    model.setNumThreads(threads);
    model.setNumIterations(iterations);
    model.printLogLikelihood = false;
    model.setTopicDisplay(0, 0);
    model.addInstances(instances);
    try {
      model.estimate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return model.getTopicWords(false, true);
  }
}
