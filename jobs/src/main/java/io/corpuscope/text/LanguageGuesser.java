package io.corpuscope.text;

import java.util.List;
import java.util.Set;

/**
 * Cheap guess of an article's ISO 639-1 language for the {@code language} column: {@code "en"}
 * or {@code "und"} (undetermined). Every later stage is English-only, so the question is only
 * "is this English prose?".
 *
 * <p>Method: the share of alphabetic {@link Tokenizer} tokens that are common English function
 * words. The list leaves out short words that are also frequent function words elsewhere
 * ({@code a, i, in, to, on, do, no, so, was, die}) so that Polish, German, Spanish, French or
 * Italian text scores near zero. Measured on the bundled corpora (allsides, Reuters-21578,
 * GDELT incl. machine-translated English), English prose scores 0.20–0.45 and the GDELT
 * Spanish, Arabic, Russian and Ukrainian articles score 0.00; {@value #MIN_SHARE} sits well
 * below English prose and well above foreign text, and still accepts list-heavy English
 * (poll tables, timelines ~0.11–0.15). Texts with fewer than {@value #MIN_TOKENS} alphabetic
 * tokens (headline-only briefs, numeric tables) are {@code "und"}: too little evidence.
 */
public final class LanguageGuesser {

  /** Minimum share of function words among alphabetic tokens for "en". */
  public static final double MIN_SHARE = 0.10;
  /** Minimum number of alphabetic tokens before any guess is made. */
  public static final int MIN_TOKENS = 8;

  public static final String ENGLISH = "en";
  public static final String UNDETERMINED = "und";

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "that", "is", "for", "with", "as", "it", "its", "he", "she", "they",
      "we", "you", "his", "her", "their", "this", "these", "those", "be", "been", "being",
      "are", "were", "has", "have", "had", "not", "but", "or", "by", "from", "at", "which",
      "who", "whom", "whose", "what", "when", "where", "why", "how", "will", "would", "can",
      "could", "should", "may", "might", "must", "an", "there", "than", "then", "if", "about",
      "into", "over", "after", "before", "said", "says", "our", "my", "your", "them", "him",
      "us", "just", "more", "most", "some", "any", "all", "such", "only", "other", "because",
      "while", "up", "out", "very");

  private LanguageGuesser() {
  }

  /** {@code "en"} when enough tokens are English function words, else {@code "und"}. */
  public static String guess(String text) {
    return englishShare(text) >= MIN_SHARE ? ENGLISH : UNDETERMINED;
  }

  /** Share of alphabetic tokens that are English function words; -1 when too few tokens. */
  public static double englishShare(String text) {
    List<String> tokens = Tokenizer.tokens(text);
    int alphabetic = 0;
    int hits = 0;
    for (String t : tokens) {
      if (!Character.isLetter(t.charAt(0))) {
        continue;   // numbers say nothing about the language
      }
      alphabetic++;
      if (FUNCTION_WORDS.contains(t)) {
        hits++;
      }
    }
    return alphabetic < MIN_TOKENS ? -1 : (double) hits / alphabetic;
  }
}
