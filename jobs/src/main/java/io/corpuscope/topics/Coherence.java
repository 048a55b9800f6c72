package io.corpuscope.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * NPMI topic coherence by document co-occurrence (Bouma 2009; Lau et al. 2014): for each pair
 * of a topic's top words, log(P(a,b) / (P(a) P(b))) / -log P(a,b) over the documents of the
 * corpus, −1 for a pair never seen together, averaged over the pairs. One scorer for every
 * model, ours and the benchmark's, so that they are compared on equal terms.
 */
public final class Coherence implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> words;
  private final Map<String, Integer> index = new HashMap<>();
  private final long[] single;
  private final long[] pairs;
  private long documents;

  /** A counter for the given words (the union of all topics' top words). */
  public Coherence(Collection<String> words) {
    this.words = new ArrayList<>(new LinkedHashSet<>(words));
    for (int i = 0; i < this.words.size(); i++) {
      index.put(this.words.get(i), i);
    }
    int n = this.words.size();
    single = new long[n];
    pairs = new long[n * n];
  }

  /** Counts one document, given as its terms (repeats do not matter). */
  public void add(Collection<String> documentTerms) {
    documents++;
    boolean[] present = new boolean[words.size()];
    for (String t : documentTerms) {
      Integer i = index.get(t);
      if (i != null) {
        present[i] = true;
      }
    }
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (!present[i]) {
        continue;
      }
      single[i]++;
      for (int j = i + 1; j < n; j++) {
        if (present[j]) {
          pairs[i * n + j]++;
        }
      }
    }
  }

  /** Adds another counter's documents (same words), for partial counts from Spark partitions. */
  public Coherence merge(Coherence other) {
    documents += other.documents;
    for (int i = 0; i < single.length; i++) {
      single[i] += other.single[i];
    }
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] += other.pairs[i];
    }
    return this;
  }

  public long documents() {
    return documents;
  }

  /** Mean NPMI over the pairs of {@code topWords}. */
  public double npmi(List<String> topWords) {
    double sum = 0;
    int n = 0;
    for (int a = 0; a < topWords.size(); a++) {
      for (int b = a + 1; b < topWords.size(); b++) {
        sum += pairNpmi(topWords.get(a), topWords.get(b));
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private double pairNpmi(String a, String b) {
    int i = index.getOrDefault(a, -1);
    int j = index.getOrDefault(b, -1);
    if (i < 0 || j < 0 || documents == 0) {
      return -1;
    }
    int n = words.size();
    long both = i < j ? pairs[i * n + j] : pairs[j * n + i];
    if (both == 0) {
      return -1;
    }
    double pab = (double) both / documents;
    double pa = (double) single[i] / documents;
    double pb = (double) single[j] / documents;
    if (pab >= 1.0) {
      return 1;
    }
    return Math.log(pab / (pa * pb)) / -Math.log(pab);
  }

  /** Share of distinct words among all topics' top words (1.0: no word is in two topics). */
  public static double diversity(List<List<String>> topics) {
    long total = topics.stream().mapToLong(List::size).sum();
    long distinct = topics.stream().flatMap(List::stream).distinct().count();
    return total == 0 ? 0 : (double) distinct / total;
  }
}
