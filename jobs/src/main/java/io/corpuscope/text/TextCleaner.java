package io.corpuscope.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cleans one article: HTML to text ({@link HtmlText}), Unicode/whitespace normalisation
 * ({@link TextNormalizer}), boilerplate removal ({@link BoilerplatePatterns}), then removal of the
 * headline where scrapers repeat it as the first body line(s), exactly or truncated.
 *
 * <p>When no title is given, a leading headline-like line becomes the title: at most
 * {@value #MAX_TITLE_CHARS} characters and {@value #MAX_TITLE_WORDS} words, at least
 * {@value #MIN_TITLE_WORDS} words, not ending in sentence punctuation, and followed by a repeat of
 * itself or by body text (a line that is not headline-like itself).
 * Text files like the seeds carry their headline only that way. Serializable (it holds only the
 * compiled patterns) so one instance can be broadcast to Spark executors.
 */
public final class TextCleaner implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int MAX_TITLE_CHARS = 150;
  static final int MAX_TITLE_WORDS = 25;
  static final int MIN_TITLE_WORDS = 3;
  /** A truncated headline copy must keep this share of the headline, so a short phrase is not taken for one. */
  private static final double MIN_PREFIX_SHARE = 0.5;

  private final BoilerplatePatterns patterns;

  /** A cleaner using the bundled pattern file. */
  public TextCleaner() {
    this(BoilerplatePatterns.loadDefault());
  }

  public TextCleaner(BoilerplatePatterns patterns) {
    this.patterns = patterns;
  }

  /**
   * Cleans {@code rawText}; {@code title} may be null, in which case it may be inferred.
   * Null or blank text gives an empty body.
   */
  public CleanedArticle clean(String title, String rawText) {
    String raw = rawText == null ? "" : rawText;
    boolean html = HtmlText.looksLikeHtml(raw);
    String normalized = SentenceBreaks.restore(TextNormalizer.normalize(html ? HtmlText.toPlainText(raw) : raw));

    List<String> body = new ArrayList<>();   // "" entries are paragraph breaks
    int boilerplate = 0;
    int affixes = 0;
    for (String line : normalized.split("\n", -1)) {
      if (line.isEmpty()) {
        body.add("");
      } else if (patterns.isBoilerplateLine(line)) {
        boilerplate++;
      } else {
        String kept = patterns.stripAffixes(line);
        if (!kept.equals(line)) {
          affixes++;
        }
        body.add(kept);
      }
    }

    // titles come with entities as often as texts do ("&lt;img&gt;", "AT&amp;T")
    String givenTitle = title == null ? null : TextNormalizer.normalize(HtmlText.toPlainText(title)).replace('\n', ' ');
    if (givenTitle != null && givenTitle.isBlank()) {
      givenTitle = null;
    }
    List<String> content = nonBlank(body);
    String outTitle = givenTitle;
    boolean inferred = false;
    int headline = 0;
    if (outTitle == null && content.size() >= 2 && isHeadlineLike(content.get(0))
        && (isHeadlineCopy(key(content.get(1)), key(content.get(0))) || !isHeadlineLike(content.get(1)))) {
      // followed by a repeat of itself or by body text, not by more short lines (a list, a table)
      outTitle = content.get(0);
      inferred = true;
      headline++;
    }
    if (outTitle != null) {
      String key = key(outTitle);
      while (headline < content.size() && isHeadlineCopy(key(content.get(headline)), key)) {
        headline++;
      }
    }
    List<String> rest = content.size() == headline ? content : dropFirst(body, headline);
    if (content.size() == headline) {
      headline = 0;    // headline-only text: keep it as the body rather than return nothing
    }
    String text = join(rest);
    boolean fellBack = false;
    if (text.isEmpty() && hasSentence(normalized)) {
      text = normalized;   // every line matched a rule: trust the sentences over the rules
      fellBack = true;
    }
    return new CleanedArticle(outTitle, inferred, text, boilerplate, affixes, headline, html, fellBack);
  }

  /** Short, several words, no sentence-final punctuation (closing quotes looked through). */
  static boolean isHeadlineLike(String line) {
    if (line.length() > MAX_TITLE_CHARS) {
      return false;
    }
    int words = line.split(" ").length;
    if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) {
      return false;
    }
    int end = line.length() - 1;
    while (end > 0 && "\"'”’)]".indexOf(line.charAt(end)) >= 0) {
      end--;
    }
    return ".!?…:;,".indexOf(line.charAt(end)) < 0;
  }

  /** Exact repeat, or a truncated prefix keeping at least half the headline. */
  private static boolean isHeadlineCopy(String lineKey, String titleKey) {
    if (lineKey.isEmpty() || titleKey.isEmpty()) {
      return false;
    }
    return lineKey.equals(titleKey) || (titleKey.startsWith(lineKey)
        && lineKey.length() >= MIN_PREFIX_SHARE * titleKey.length());
  }

  /** Comparison key: lowercase letters/digits with single spaces, so quotes and a trailing "..." do not matter. */
  private static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.append(c);
      } else if (c != '\'' && c != '’') {
        gap = true;   // apostrophes join (Trump's), everything else separates
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** A line with at least four words ending in sentence punctuation. */
  private static boolean hasSentence(String text) {
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty() && t.split(" ").length >= 4 && ".!?\"”’".indexOf(t.charAt(t.length() - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<String> nonBlank(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  /** Drops the first {@code n} non-blank lines (and the breaks between them). */
  private static List<String> dropFirst(List<String> lines, int n) {
    int seen = 0;
    int i = 0;
    while (i < lines.size() && seen < n) {
      if (!lines.get(i).isEmpty()) {
        seen++;
      }
      i++;
    }
    return lines.subList(i, lines.size());
  }

  /** Joins lines, collapsing the breaks left where lines were removed to one blank line. */
  private static String join(List<String> lines) {
    StringBuilder b = new StringBuilder();
    int breaks = 0;
    for (String l : lines) {
      if (l.isEmpty()) {
        breaks++;
        continue;
      }
      if (b.length() > 0) {
        b.append(breaks >= 1 ? "\n\n" : "\n");
      }
      breaks = 0;
      b.append(l);
    }
    return b.toString();
  }
}
