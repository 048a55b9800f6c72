package io.corpuscope.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.IDSorter;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * MALLET's LDA (Gibbs sampling, its command line's defaults: alpha sum 5, beta 0.01) on the
 * very documents and vocabulary our topic model used: the reference the benchmark compares to.
 */
final class MalletTopics {
  private MalletTopics() {}

  static List<List<String>> fit(String[] vocabulary, Iterator<int[]> documents, int k, int iterations,
      int threads, long seed, int topWords) {
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
    List<List<String>> topics = new ArrayList<>();
    for (TreeSet<IDSorter> sorted : model.getSortedWords()) {
      List<String> words = new ArrayList<>();
      for (IDSorter s : sorted) {
        if (words.size() == topWords) {
          break;
        }
        words.add((String) alphabet.lookupObject(s.getID()));
      }
      topics.add(words);
    }
    return topics;
  }
}
