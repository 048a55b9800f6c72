package io.corpuscope.topics;

import io.corpuscope.text.StopWords;
import io.corpuscope.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a topic model sees: the shared {@link Tokenizer}'s lower-case tokens (contraction
 * and possessive tails already gone), minus English stop words, news filler and reporting verbs
 * ({@code data/reference/stopwords-en.txt} and {@code news-stopwords.txt}), numbers and words
 * under three letters. Measured here: leaving contractions and reporting verbs in cuts NPMI.
 */
public final class TopicTokens {
  public static final String NEWS_STOPWORDS = "corpuscope/reference/news-stopwords.txt";
  private static final Set<String> STOP = stopWords();

  private TopicTokens() {}

  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (String t : Tokenizer.tokens(text)) {
      if (t.length() >= 3 && !STOP.contains(t) && hasLetterOnlyShape(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Letters with inner hyphens or apostrophes; no digits (years, sums and scores name no topic). */
  private static boolean hasLetterOnlyShape(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return Character.isLetter(t.charAt(0));
  }

  private static Set<String> stopWords() {
    Set<String> s = new HashSet<>(StopWords.english());
    s.addAll(StopWords.load(NEWS_STOPWORDS));
    return Set.copyOf(s);
  }
}
