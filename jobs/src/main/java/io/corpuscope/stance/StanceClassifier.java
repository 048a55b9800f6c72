package io.corpuscope.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule classifier for the stance of a sentence toward RAISING defence spending (GUIDELINES.md
 * 3.3). Cues from {@code data/reference/stance-cues.txt} are applied in file order and each match
 * blanks its span, so specific readings win over generic ones: "not spending enough" is a
 * complaint (support), not a negation; "cannot be done in one year or two" is a timing caveat;
 * "reversing cuts" is support; "unfeasible" and "hesitant to commit" are opposition.
 *
 * <p>{@link #features(String)} exposes the same evidence as a numeric vector (names in
 * {@link #featureNames()}) for a learned model on TF-IDF plus these features. Thread-safe.
 */
public final class StanceClassifier {
  private static final String D = "(?:defen[cs]e|defensive|military|navy|arms|armaments?|pentagon|armed forces)";
  private static final String M = "(?:spending|budgets?|expenditures?|outlays?|funding|sources|resources)";
  private static final String DM = "(?:" + D + "\\W+(?:[\\w’'-]+\\W+){0,2}?" + M + "|" + M + "\\s+on\\s+(?:the\\s+)?" + D + ")";
  private static final String N = "(?:\\d+(?:\\.\\d+)?|one|two|three|four|five)\\s*(?:-\\s*\\d+(?:\\.\\d+)?\\s*)?(?:%|percent|per cent|p\\.\\s?c)";
  /** Cues that carry an attitude of the holder rather than describe events. */
  private static final Set<String> ATTITUDE = Set.of("low_spending", "anti_cut", "feasibility_reject",
      "reluctance", "reject", "advocate_cut", "advocate_rise", "timing_caveat", "pressure_laggards", "negated_more",
      "demand_verb");
  /** Cues whose sign flips under a preceding negation ("does not want to increase"). */
  private static final Set<String> FLIPPABLE = Set.of("advocate_rise", "advocate_cut", "rise", "cut_mention");
  private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|n't)\\s+(?:\\w+\\s+){0,2}$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|our|us)\\b", Pattern.CASE_INSENSITIVE);
  private static final List<String> EXTRA_FEATURES = List.of("target_figure", "current_figure",
      "actual_figure", "negated_cue", "first_person", "question", "score");

  private record Cue(String feature, double weight, Pattern pattern) {}

  private final List<Cue> cues = new ArrayList<>();
  private final List<String> names;
  private final SpendingFigureParser figureParser;

  public StanceClassifier() {
    this(new SpendingFigureParser());
  }

  public StanceClassifier(SpendingFigureParser figureParser) {
    this.figureParser = figureParser;
    Set<String> featureNames = new LinkedHashSet<>();
    for (String line : ReferenceResources.lines("stance-cues.txt")) {
      String[] f = line.split("\t", 3);
      if (f.length < 3) {
        throw new IllegalStateException("stance-cues.txt: expected feature<TAB>weight<TAB>regex: " + line);
      }
      String regex = f[2].replace("{D}\\s+{M}", DM).replace("{D}", D).replace("{M}", M).replace("{N}", N);
      cues.add(new Cue(f[0].strip(), Double.parseDouble(f[1].strip()),
          Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      featureNames.add(f[0].strip());
    }
    featureNames.addAll(EXTRA_FEATURES);
    names = List.copyOf(featureNames);
  }

  /** Names of the entries of {@link #features(String)}, in order. */
  public List<String> featureNames() {
    return names;
  }

  /** The rule evidence as numbers: hit counts per cue feature, figure roles, and the total score. */
  public double[] features(String sentence) {
    return evaluate(sentence).vector;
  }

  /** Stance of the sentence toward raising defence spending. */
  public StanceResult classify(String sentence) {
    return evaluate(sentence).result;
  }

  private record Evaluation(StanceResult result, double[] vector) {}

  private Evaluation evaluate(String sentence) {
    double[] v = new double[names.size()];
    String text = sentence == null ? "" : sentence.replace('’', '\'');
    StringBuilder masked = new StringBuilder(text);
    double score = 0;
    double dampable = 0;
    double rise = 0;
    // Denouncing a build-up stays opposition even while describing it; only scheduling talk mutes it.
    double evaluative = 0;
    List<String> reasons = new ArrayList<>();
    boolean attitude = false;
    for (Cue cue : cues) {
      Matcher m = cue.pattern.matcher(masked);
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        double w = cue.weight;
        if (FLIPPABLE.contains(cue.feature) && NEGATION.matcher(masked.substring(Math.max(0, m.start() - 25), m.start())).find()) {
          w = -w;
          v[names.indexOf("negated_cue")]++;
        }
        v[names.indexOf(cue.feature)]++;
        if (cue.feature.equals("rise")) {
          // One bare "increase" is weak evidence however often it is repeated.
          rise = w > 0 ? Math.max(rise, w) : Math.min(rise, w);
        } else if (cue.feature.equals("cut_mention")) {
          dampable += w;
        } else if (cue.feature.equals("negative_eval") || cue.feature.equals("guns_vs_butter")) {
          evaluative += w;
        } else {
          score += w;
        }
        attitude |= ATTITUDE.contains(cue.feature);
        if (w != 0 || ATTITUDE.contains(cue.feature)) {
          reasons.add(cue.feature + "(" + (w > 0 ? "+" : "") + fmt(w) + ")");
        }
        spans.add(new int[] {m.start(), m.end()});
      }
      for (int[] s : spans) {
        for (int i = s[0]; i < s[1]; i++) {
          masked.setCharAt(i, ' ');
        }
      }
    }
    boolean process = v[names.indexOf("process")] > 0;
    boolean actual = v[names.indexOf("actual_change")] > 0;
    // Scheduling or realised behaviour with no attitude cue is narration (GUIDELINES R5): the
    // incidental "increase"/"cuts" words in it do not make a position.
    if ((process || actual) && !attitude) {
      dampable = 0;
    }
    // A rise that the sentence denounces ("the increase in military budgets deprives ...") is
    // the object of the opposition, not support.
    double evaluation = process && !attitude ? 0 : evaluative;
    score += dampable + evaluation + (evaluation < 0 || ((process || actual) && !attitude) ? 0 : rise);
    for (Figure f : figureParser.parse(sentence == null ? "" : sentence)) {
      String key = switch (f.role()) {
        case Figure.TARGET -> "target_figure";
        case Figure.CURRENT_TARGET -> "current_figure";
        default -> "actual_figure";
      };
      v[names.indexOf(key)]++;
    }
    v[names.indexOf("first_person")] = FIRST_PERSON.matcher(text).find() ? 1 : 0;
    v[names.indexOf("question")] = text.strip().endsWith("?") ? 1 : 0;
    v[names.indexOf("score")] = score;
    String stance = score >= 1 ? StanceResult.SUPPORT : score <= -1 ? StanceResult.OPPOSE : StanceResult.NEUTRAL;
    double confidence = stance.equals(StanceResult.NEUTRAL)
        ? (reasons.isEmpty() ? 0.6 : 0.5)
        : Math.min(0.95, 0.55 + 0.1 * Math.abs(score));
    String reason = reasons.isEmpty() ? (process ? "process narration" : actual ? "actual spending" : "no cue")
        : String.join(" ", reasons);
    return new Evaluation(new StanceResult(stance, confidence, score, reason, attitude), v);
  }

  private static String fmt(double w) {
    return w == Math.rint(w) ? String.valueOf((long) w) : String.format(Locale.ROOT, "%.1f", w);
  }
}
