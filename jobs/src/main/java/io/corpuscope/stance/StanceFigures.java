package io.corpuscope.stance;

import io.corpuscope.speakers.QuoteEvaluation.Prf;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labelled-set figures of the stance models on one split: relevance P/R/F1 of the rules, the
 * model and either, and stance F1 per label and macro over the relevant sentences, for the rules,
 * the model alone and the blend. Pure: computed from {@link StanceModel.Scored} rows.
 */
public record StanceFigures(String split, int n, Prf rulesRelevance, Prf modelRelevance, Prf jointRelevance,
    Map<String, Double> rulesStance, Map<String, Double> modelStance, Map<String, Double> blendStance) {

  /** The figures as a run decides: {@link StanceModel#isStatement} with the given thresholds and blend. */
  public static StanceFigures of(String split, List<StanceModel.Scored> rows, double threshold, double ruleThreshold,
      double ruleWeight) {
    return new StanceFigures(split, rows.size(),
        relevance(rows, s -> s.ruleRelevant()),
        relevance(rows, s -> s.relevance() >= threshold),
        relevance(rows, s -> StanceModel.isStatement(s.relevance(), s.ruleRelevant(), s.statedTarget(), threshold,
            ruleThreshold)),
        stance(rows, s -> s.ruleStance()),
        stance(rows, s -> s.blend(0)),
        stance(rows, s -> s.blend(ruleWeight)));
  }

  private static Prf relevance(List<StanceModel.Scored> rows, java.util.function.Predicate<StanceModel.Scored> said) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (StanceModel.Scored s : rows) {
      boolean p = said.test(s);
      tp += p && s.relevant() ? 1 : 0;
      fp += p && !s.relevant() ? 1 : 0;
      fn += !p && s.relevant() ? 1 : 0;
    }
    return new Prf(tp, fp, fn);
  }

  /** F1 per label and "macro" (their mean) over the sentences labelled relevant. */
  static Map<String, Double> stance(List<StanceModel.Scored> rows, java.util.function.Function<StanceModel.Scored, String> said) {
    Map<String, Double> out = new LinkedHashMap<>();
    double sum = 0;
    for (String label : StanceModel.LABELS) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (StanceModel.Scored s : rows) {
        if (s.relevant()) {
          boolean g = label.equals(s.label());
          boolean p = label.equals(said.apply(s));
          tp += g && p ? 1 : 0;
          fp += !g && p ? 1 : 0;
          fn += g && !p ? 1 : 0;
        }
      }
      double f1 = new Prf(tp, fp, fn).f1();
      out.put(label, f1);
      sum += f1;
    }
    out.put("macro", sum / StanceModel.LABELS.size());
    return out;
  }

  public double macroF1() {
    return blendStance.get("macro");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-5s n=%4d relevance: rules %s | model %s | model+rules %s%n"
        + "      stance (relevant rows): rules %s | model %s | blend %s", split, n, rulesRelevance, modelRelevance,
        jointRelevance, f(rulesStance), f(modelStance), f(blendStance));
  }

  private static String f(Map<String, Double> m) {
    return String.format(Locale.ROOT, "macro %.3f (support %.3f oppose %.3f neutral %.3f)", m.get("macro"),
        m.get("support"), m.get("oppose"), m.get("neutral"));
  }
}
