package io.corpuscope.stance;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence is about the LEVEL of defence or military spending (budgets, a
 * share of GDP, targets, burden sharing, cuts, sequestration), in clean and machine-paraphrased
 * English ("navy spending", "gross home merchandise"). Military aid, security assistance,
 * alliance names and posture are not spending levels (GUIDELINES.md 3.1).
 *
 * <p>All vocabulary is in {@code data/reference/spending-terms.txt}. Thread-safe; build once.
 */
public final class SpendingSentenceDetector {
  /** How many words may separate a defence word and a money word ("defence and security spending"). */
  private static final int MAX_GAP_WORDS = 3;

  private final Pattern direct;
  private final Pattern exclude;
  private final Pattern pair;
  private final SpendingFigureParser figures;

  public SpendingSentenceDetector() {
    this(new SpendingFigureParser());
  }

  public SpendingSentenceDetector(SpendingFigureParser figures) {
    this.figures = figures;
    Map<String, List<String>> s = ReferenceResources.sections("spending-terms.txt");
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    direct = Pattern.compile(ReferenceResources.alternation(s.get("direct")), flags);
    exclude = Pattern.compile(ReferenceResources.alternation(s.get("exclude")), flags);
    String domain = "\\b" + ReferenceResources.alternation(s.get("domain")) + "\\b";
    String money = "\\b" + ReferenceResources.alternation(s.get("money")) + "\\b";
    String gap = "\\W+(?:[\\w’'-]+\\W+){0," + MAX_GAP_WORDS + "}?";
    // Both orders: "defence spending" and "spending on defence", "budgets for the military".
    pair = Pattern.compile(domain + gap + money + "|" + money + gap + domain, flags);
  }

  /** True when the sentence is about defence-spending levels. */
  public boolean isAboutSpending(String sentence) {
    return explain(sentence) != null;
  }

  /**
   * The evidence that makes the sentence in scope (the matched words), or {@code null} when it
   * is not about defence-spending levels.
   */
  public String explain(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return null;
    }
    // Blank out excluded phrases so "military aid spending" or "military alliance" cannot count.
    String text = exclude.matcher(sentence).replaceAll(m -> " ".repeat(m.group().length()));
    Matcher d = direct.matcher(text);
    if (d.find()) {
      return d.group();
    }
    Matcher p = pair.matcher(text);
    if (p.find()) {
      return p.group();
    }
    if (!figures.parse(sentence).isEmpty()) {
      return "share-of-GDP figure";
    }
    return null;
  }
}
