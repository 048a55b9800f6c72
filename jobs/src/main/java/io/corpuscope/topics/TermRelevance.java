package io.corpuscope.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Which terms stand for a topic: ranked by relevance (Sievert and Shirley, "LDAvis", 2014),
 * {@code λ·log p(w|t) + (1 − λ)·log(p(w|t) / p(w))}, a blend of the term's weight in the topic
 * and its lift over the term's share of the whole model. At λ = 1 that is the weight alone, which
 * lets the corpus's most common words ("trump", "said") head many topics; lower λ prefers the
 * terms that set a topic apart. Sievert and Shirley's readers identified topics best at λ ≈ 0.6.
 */
public final class TermRelevance {
  private TermRelevance() {}

  /**
   * The indices of each topic's {@code n} most relevant terms, best first (a tie goes to the
   * lower index). {@code weights[t][w]}: any non-negative weight of term w in topic t (variational
   * parameters, counts plus a prior); each topic is normalised to p(w|t), and p(w) is the term's
   * share of all the weight.
   */
  public static List<int[]> top(double[][] weights, double lambda, int n) {
    if (lambda < 0 || lambda > 1) {
      throw new IllegalArgumentException("relevance lambda must be in [0, 1], got " + lambda);
    }
    int k = weights.length;
    int v = k == 0 ? 0 : weights[0].length;
    double[] topicSum = new double[k];
    double[] termSum = new double[v];
    double total = 0;
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < v; w++) {
        topicSum[t] += weights[t][w];
        termSum[w] += weights[t][w];
      }
      total += topicSum[t];
    }
    List<int[]> out = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      double[] score = new double[v];
      for (int w = 0; w < v; w++) {
        double p = weights[t][w] / topicSum[t];
        double lift = p / (termSum[w] / total);
        score[w] = lambda == 1 ? p : lambda * Math.log(p) + (1 - lambda) * Math.log(lift);
      }
      out.add(best(score, Math.min(n, v)));
    }
    return out;
  }

  /** Indices of the {@code n} highest scores, highest first, the lower index first among equals. */
  private static int[] best(double[] score, int n) {
    // a min-heap of the best n so far: its head is the one to drop
    PriorityQueue<Integer> heap = new PriorityQueue<>(n + 1, (a, b) -> score[a] != score[b]
        ? Double.compare(score[a], score[b]) : Integer.compare(b, a));
    for (int w = 0; w < score.length; w++) {
      heap.add(w);
      if (heap.size() > n) {
        heap.poll();
      }
    }
    int[] top = new int[heap.size()];
    for (int i = top.length - 1; i >= 0; i--) {
      top[i] = heap.poll();
    }
    return top;
  }
}
