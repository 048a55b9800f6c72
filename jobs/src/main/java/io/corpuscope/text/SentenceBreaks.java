package io.corpuscope.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the space lost between two sentences when a page was scraped paragraph by paragraph
 * ("…raise tax increases.In a statement…", "…promise to them."If he plans…"): without it the
 * sentence detector sees one sentence of thousands of characters, and quotes and statements
 * swallow whole paragraphs. A break is put back only between a lower-case word of two or more
 * letters ending in {@code . ! ?} (a closing quote may follow) and a capitalised word (a
 * curly opening quote may precede it; a straight one counts as closing); web addresses and e-mail addresses are left alone.
 */
public final class SentenceBreaks {
  private static final Pattern GLUED = Pattern.compile(
      "(?<=\\p{Ll}\\p{Ll}[.!?][\"”’]?)(?=[“‘]?\\p{Lu}\\p{Ll})");
  /** The non-space run holding the break looks like a URL, a host name or an e-mail address. */
  private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?://|www\\.)|@|\\.(?:com|org|net|gov)\\b");

  private SentenceBreaks() {}

  public static String restore(String text) {
    Matcher m = GLUED.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    do {
      int at = m.start();
      if (!inAddress(text, at)) {
        out.append(text, last, at).append(' ');
        last = at;
      }
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  private static boolean inAddress(String text, int at) {
    int from = at;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = at;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    return ADDRESS.matcher(text.substring(from, to)).find();
  }
}
