package io.corpuscope.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word-bigram shingles of a text, hashed into a fixed index space, for near-duplicate
 * detection. Bigrams rather than single words: two different stories about the same meeting
 * share much of their vocabulary but few word pairs, while a paraphrased copy that swaps one
 * word in four still keeps about half of its pairs.
 */
public final class Shingles {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** 2^22 slots: collisions stay rare for articles of a few thousand words. */
  public static final int DEFAULT_BITS = 22;

  private static final java.util.Set<String> STOP = StopWords.english();

  private Shingles() {}

  /**
   * Sorted, distinct hash indices of the text's word bigrams (empty for fewer than 2 words).
   * Bigrams of two stop words ("of the") are skipped: every article has them, so they would
   * only make unrelated articles collide.
   */
  public static int[] wordBigramHashes(String text, int bits) {
    if (text == null) {
      return new int[0];
    }
    String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT));
    int mask = (1 << bits) - 1;
    int[] out = new int[Math.max(0, words.length - 1)];
    int n = 0;
    String prev = null;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (prev != null && !(STOP.contains(prev) && STOP.contains(w))) {
        out[n++] = mix((prev + ' ' + w).hashCode()) & mask;
      }
      prev = w;
    }
    int[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    return Arrays.stream(sorted).distinct().toArray();
  }

  /** Jaccard similarity of two texts' shingle sets. */
  public static double jaccard(String a, String b) {
    return jaccard(wordBigramHashes(a, DEFAULT_BITS), wordBigramHashes(b, DEFAULT_BITS));
  }

  /** Jaccard similarity of two sorted, distinct index arrays. */
  public static double jaccard(int[] x, int[] y) {
    int i = 0, j = 0, common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  /** Murmur3's finaliser: spreads String.hashCode's weak low bits over the mask. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
