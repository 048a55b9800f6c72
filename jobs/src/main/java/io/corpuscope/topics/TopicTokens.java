package io.corpuscope.topics;

import io.corpuscope.speakers.NlpModels;
import io.corpuscope.text.StopWords;
import io.corpuscope.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a topic model sees: the shared {@link Tokenizer}'s lower-case tokens (contraction
 * and possessive tails already gone), minus English stop words, news filler and reporting verbs
 * ({@code data/reference/stopwords-en.txt} and {@code news-stopwords.txt}), numbers and words
 * under three letters. Measured here: leaving contractions and reporting verbs in cuts NPMI.
 *
 * <p>{@link #lemmas} ({@code --topics-lemmatize}) gives the same words as their lemmas ("cities"
 * → "city", "attacked" → "attack"), by OpenNLP's English POS and lemma models.
 */
public final class TopicTokens {
  public static final String NEWS_STOPWORDS = "corpuscope/reference/news-stopwords.txt";
  private static final Set<String> STOP = stopWords();

  /** Lemmas remembered per thread, by word and tag; cleared when it holds this many. */
  private static final int LEMMA_CACHE = 200_000;
  private static final ThreadLocal<Map<String, String>> LEMMA_OF = ThreadLocal.withInitial(HashMap::new);

  private TopicTokens() {}

  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (String t : Tokenizer.tokens(text)) {
      if (isTerm(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** {@link #lemmas} when {@code lemmatized}, else {@link #of}. */
  public static List<String> of(String text, boolean lemmatized) {
    return lemmatized ? lemmas(text) : of(text);
  }

  /**
   * The words of {@link #of} as lemmas. Every token of the text is tagged (the tagger reads its
   * neighbours); a kept word is then replaced by the lemma the model gives it with its tag, as
   * a sequence of one word, so that a word and tag always get the same lemma (and a cache of
   * them spares the model). A lemma that is a stop word or too short is left out, like the word
   * would be ("having" → "have"); where the model has no lemma the word stays.
   */
  public static List<String> lemmas(String text) {
    String[] words = Tokenizer.tokens(text).toArray(String[]::new);
    List<String> out = new ArrayList<>();
    if (words.length == 0) {
      return out;
    }
    String[] tags = NlpModels.tags(words);
    Map<String, String> cache = LEMMA_OF.get();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!isTerm(w)) {
        continue;
      }
      String key = w + '\t' + tags[i];
      String lemma = cache.get(key);
      if (lemma == null) {
        lemma = NlpModels.lemmas(new String[] {w}, new String[] {tags[i]})[0];
        if (cache.size() >= LEMMA_CACHE) {
          cache.clear();
        }
        cache.put(key, lemma);
      }
      if (lemma.isEmpty() || !hasLetterOnlyShape(lemma)) {
        out.add(w);
      } else if (isTerm(lemma)) {
        out.add(lemma);
      }
    }
    return out;
  }

  private static boolean isTerm(String t) {
    return t.length() >= 3 && !STOP.contains(t) && hasLetterOnlyShape(t);
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
