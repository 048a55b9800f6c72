package io.corpuscope.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds defence-spending levels stated as a share of GDP ({@code 5%}, {@code five per cent},
 * {@code two p.c}, {@code 3.5-3.7% of GDP}, {@code 5 p.c of their gross home merchandise}) in
 * one sentence, and tells them from other numbers: money ({@code $126 billion}), troops, dates
 * ({@code June 24-26}), ordinals, changes ({@code increase by 10 percent}, {@code a 5 per cent
 * reduction}) and shares of something else ({@code 22% of NATO spending}). Each figure gets a
 * role: {@link Figure#TARGET}, {@link Figure#CURRENT_TARGET} or {@link Figure#ACTUAL}.
 *
 * <p>The cue lists live in {@code data/reference/figure-cues.txt}. Thread-safe; build once.
 */
public final class SpendingFigureParser {
  private static final String NUM_DIGITS = "\\d{1,3}(?:\\.\\d+)?";
  private static final int WINDOW = 70;
  /**
   * Where a percentage unit can be: every unit form of {@link #figure} contains one of these, so a
   * sentence without any has no figure, and the costly patterns are not run on it.
   */
  private static final Pattern UNIT_PROBE = Pattern.compile("%|pc|p\\.\\s?c|per\\s*cent", Pattern.CASE_INSENSITIVE);

  private final Map<String, Double> numberWords = new HashMap<>();
  private final Pattern figure;
  private final Pattern gdpTail;
  private final Pattern rejectTail;
  private final Pattern rejectBefore;
  private final Pattern currentBefore;
  private final Pattern currentTail;
  private final Pattern actualBefore;
  private final Pattern actualTail;
  private final Pattern context;
  private final boolean precheck;

  public SpendingFigureParser() {
    this(true);
  }

  /** With {@code precheck} false, every sentence goes through the full patterns (the reference). */
  SpendingFigureParser(boolean precheck) {
    this.precheck = precheck;
    Map<String, List<String>> s = ReferenceResources.sections("figure-cues.txt");
    for (String line : s.get("numbers")) {
      String[] kv = line.split("=", 2);
      numberWords.put(kv[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(kv[1].strip()));
    }
    String num = "(?:" + NUM_DIGITS + "|" + String.join("|", numberWords.keySet()) + ")";
    // Unit forms: %, percent, per cent, p.c (paraphrase tools' rendering), pct, pc.
    String unit = "(?:%|\\s*percent\\b|\\s*per\\s+cent\\b|\\s*p\\.\\s?c\\b\\.?|\\s*pct\\b|\\s*pc\\b)";
    figure = Pattern.compile("(?<![\\w.,$£€])(" + num + ")(?:\\s*(?:-|–|to)\\s*(" + num + "))?\\s*?" + unit,
        Pattern.CASE_INSENSITIVE);
    gdpTail = any(s.get("gdp_tail"));
    rejectTail = any(s.get("reject_tail"));
    rejectBefore = any(s.get("reject_before"));
    currentBefore = any(s.get("current_before"));
    currentTail = any(s.get("current_tail"));
    actualBefore = any(s.get("actual_before"));
    actualTail = any(s.get("actual_tail"));
    context = any(s.get("context"));
  }

  /** False when the text has no percentage unit (%, percent, per cent, p.c, pc, pct) at all. */
  static boolean mayHaveUnit(CharSequence text) {
    return UNIT_PROBE.matcher(text).find();
  }

  private static Pattern any(List<String> regexes) {
    return Pattern.compile(ReferenceResources.alternation(regexes), Pattern.CASE_INSENSITIVE);
  }

  /** All share-of-GDP defence-spending figures in the sentence, in text order. */
  public List<Figure> parse(String sentence) {
    return parse(sentence, false);
  }

  /**
   * As {@link #parse(String)}; {@code defenceTopic} says the surrounding text is about defence
   * spending, so a bare percentage counts even without a defence word in this sentence.
   */
  public List<Figure> parse(String sentence, boolean defenceTopic) {
    List<Figure> out = new ArrayList<>();
    if (sentence == null || sentence.isEmpty() || (precheck && !mayHaveUnit(sentence))) {
      return out;
    }
    boolean defenceContext = defenceTopic || context.matcher(sentence).find();
    Matcher m = figure.matcher(sentence);
    while (m.find()) {
      Double low = value(m.group(1));
      Double high = m.group(2) == null ? null : value(m.group(2));
      if (low == null) {
        continue;
      }
      String before = sentence.substring(Math.max(0, m.start() - WINDOW), m.start());
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + WINDOW));
      Matcher gdp = gdpTail.matcher(after);
      boolean ofGdp = gdp.lookingAt();
      // Even "of GDP" needs a defence context: deficits and growth are shares of GDP too.
      if (!defenceContext || (!ofGdp && rejectTail.matcher(after).lookingAt())) {
        continue;
      }
      if (endsWith(rejectBefore, before)) {
        continue;
      }
      // Shares of GDP for defence are single digits in practice; a large value is something else.
      double max = 25;
      if (low > max || (high != null && (high > max || high < low))) {
        continue;
      }
      // After "of GDP", a development or aid purpose still makes it a non-defence share.
      if (ofGdp && rejectTail.matcher(after.substring(gdp.end())).lookingAt()) {
        continue;
      }
      int end = ofGdp ? m.end() + gdp.end() : m.end();
      String role = role(before, after, ofGdp ? after.substring(gdp.end()) : after, ofGdp && actualTail.matcher(after).lookingAt());
      out.add(new Figure(low, high, sentence.substring(m.start(), end).strip(), role, m.start(), end));
    }
    return out;
  }

  private String role(String before, String after, String afterTail, boolean worldShare) {
    // Order matters: a forecast or realised level ("spends more than 4%") is actual even when a
    // target word is near; meeting the existing guideline is the current target.
    if (worldShare || endsWith(actualBefore, before)) {
      return Figure.ACTUAL;
    }
    if (endsWith(currentBefore, before) || currentTail.matcher(after).lookingAt()
        || currentTail.matcher(afterTail).lookingAt()) {
      return Figure.CURRENT_TARGET;
    }
    return Figure.TARGET;
  }

  /** True when the pattern matches a suffix of {@code text} (patterns end with {@code $}). */
  private static boolean endsWith(Pattern p, String text) {
    // Only the current clause counts: a cue before a semicolon or a dash belongs elsewhere.
    int cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf('—'));
    return p.matcher(cut >= 0 ? text.substring(cut + 1) : text).find();
  }

  private Double value(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    Double w = numberWords.get(t);
    if (w != null) {
      return w;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
