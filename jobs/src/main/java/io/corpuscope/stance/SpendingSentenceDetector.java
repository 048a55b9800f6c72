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
  private final Pattern broadDomain;
  private final Pattern broadMoney;
  private final List<String> anchors;
  private final SpendingFigureParser figures;
  private final boolean precheck;

  public SpendingSentenceDetector() {
    this(new SpendingFigureParser());
  }

  public SpendingSentenceDetector(SpendingFigureParser figures) {
    this(figures, true);
  }

  /** With {@code precheck} false, every sentence goes through the full patterns (the reference). */
  SpendingSentenceDetector(SpendingFigureParser figures, boolean precheck) {
    this.figures = figures;
    this.precheck = precheck;
    Map<String, List<String>> s = ReferenceResources.sections("spending-terms.txt");
    anchors = List.copyOf(s.get("anchors"));
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    direct = Pattern.compile(ReferenceResources.alternation(s.get("direct")), flags);
    exclude = Pattern.compile(ReferenceResources.alternation(s.get("exclude")), flags);
    String domain = "\\b" + ReferenceResources.alternation(s.get("domain")) + "\\b";
    String money = "\\b" + ReferenceResources.alternation(s.get("money")) + "\\b";
    String gap = "\\W+(?:[\\w’'-]+\\W+){0," + MAX_GAP_WORDS + "}?";
    // Both orders: "defence spending" and "spending on defence", "budgets for the military".
    pair = Pattern.compile(domain + gap + money + "|" + money + gap + domain, flags);
    broadDomain = Pattern.compile("\\b" + ReferenceResources.alternation(s.get("broad-domain")) + "\\b", flags);
    broadMoney = Pattern.compile("\\b" + ReferenceResources.alternation(s.get("broad-money")) + "\\b", flags);
  }

  /**
   * Whether the learned relevance model should look at the sentence: the detector finds it in
   * scope, or a [broad-domain] word and a [broad-money] word both occur in it.
   */
  public boolean isCandidate(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return false;
    }
    return (broadDomain.matcher(sentence).find() && broadMoney.matcher(sentence).find()) || explain(sentence) != null;
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
    if (!precheck || mayMatchPatterns(sentence)) {
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
    }
    if (!figures.parse(sentence).isEmpty()) {
      return "share-of-GDP figure";
    }
    return null;
  }

  /**
   * False when no [direct] pattern and no [domain]–[money] pair can match: the sentence has none
   * of the [anchors] fragments and no percentage unit. Most sentences of a news article stop here.
   * Blanking excluded phrases only turns letters into spaces, so a fragment without spaces inside
   * a match after blanking was in the sentence before it.
   */
  private boolean mayMatchPatterns(String sentence) {
    String folded = foldCase(sentence);
    for (String a : anchors) {
      if (folded.contains(a)) {
        return true;
      }
    }
    return SpendingFigureParser.mayHaveUnit(sentence);
  }

  /** Each char as the patterns' case-insensitive Unicode matching compares it (the Kelvin sign is k). */
  private static String foldCase(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    }
    return new String(out);
  }
}
