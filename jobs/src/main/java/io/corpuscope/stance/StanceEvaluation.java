package io.corpuscope.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stance metrics of {@code /work/shared/gold/score.py} ({@code score_stance}), in Java:
 * rows match on (doc, overlapping sentence span, equal holder) greedily in gold order; holder-row
 * P/R/F1; macro-F1 over support/oppose/neutral on matched rows; end-to-end accuracy; target exact
 * match over gold rows with a target (split by {@code target_stated}); spurious targets.
 */
public final class StanceEvaluation {
  /** A gold row ({@code holder} null for narration; {@code targetStated} nullable). */
  public record GoldRow(String doc, int start, int end, String holder, String stance, Double targetPct,
                        Boolean targetStated) {}

  /** A predicted row ({@code holder} null for narration). */
  public record PredRow(String doc, int start, int end, String holder, String stance, Double targetPct) {}

  /** Precision, recall, F1. */
  public record Prf(double p, double r, double f1) {
    static Prf of(int tp, int fp, int fn) {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", p, r, f1);
    }
  }

  /** All figures; {@code targetOk/targetTotal} as score.py, plus the stated-only share. */
  public record Result(Prf holderRows, double macroF1, Map<String, Double> perLabelF1, double accuracyEndToEnd,
                       int targetOk, int targetTotal, int statedTargetOk, int statedTargetTotal,
                       int spuriousTargets, int matched) {
    /** Target exact-match share over gold rows with a target stated in the sentence. */
    public double statedTargetExact() {
      return statedTargetTotal == 0 ? 1.0 : (double) statedTargetOk / statedTargetTotal;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "holder_rows %s | macro_f1_matched %.3f %s | acc_end_to_end %.3f | target_exact %d/%d (stated %d/%d) | spurious_targets %d",
          holderRows, macroF1, perLabelF1, accuracyEndToEnd, targetOk, targetTotal, statedTargetOk,
          statedTargetTotal, spuriousTargets);
    }
  }

  public static final List<String> LABELS = List.of("support", "oppose", "neutral");

  private StanceEvaluation() {}

  public static Result score(List<GoldRow> gold, List<PredRow> pred) {
    Set<Integer> used = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      GoldRow g = gold.get(gi);
      for (int pi = 0; pi < pred.size(); pi++) {
        PredRow p = pred.get(pi);
        if (!used.contains(pi) && p.doc().equals(g.doc())
            && Math.min(p.end(), g.end()) - Math.max(p.start(), g.start()) > 0
            && Objects.equals(p.holder(), g.holder())) {
          used.add(pi);
          pairs.add(new int[] {gi, pi});
          break;
        }
      }
    }
    int tp = pairs.size();
    Prf rows = Prf.of(tp, pred.size() - tp, gold.size() - tp);
    Map<String, Double> f1s = new LinkedHashMap<>();
    double sum = 0;
    for (String lab : LABELS) {
      int ltp = 0;
      int lfp = 0;
      int lfn = 0;
      for (int[] pr : pairs) {
        boolean g = gold.get(pr[0]).stance().equals(lab);
        boolean p = pred.get(pr[1]).stance().equals(lab);
        ltp += g && p ? 1 : 0;
        lfp += !g && p ? 1 : 0;
        lfn += g && !p ? 1 : 0;
      }
      double f = Prf.of(ltp, lfp, lfn).f1();
      f1s.put(lab, Math.round(f * 1000) / 1000.0);
      sum += f;
    }
    long correct = pairs.stream().filter(pr -> gold.get(pr[0]).stance().equals(pred.get(pr[1]).stance())).count();
    double acc = gold.isEmpty() ? 0 : (double) correct / gold.size();
    int nT = (int) gold.stream().filter(g -> g.targetPct() != null).count();
    int nStated = (int) gold.stream().filter(g -> g.targetPct() != null && !Boolean.FALSE.equals(g.targetStated())).count();
    int ok = 0;
    int okStated = 0;
    int spurious = 0;
    for (int[] pr : pairs) {
      GoldRow g = gold.get(pr[0]);
      PredRow p = pred.get(pr[1]);
      if (g.targetPct() != null && Objects.equals(p.targetPct(), g.targetPct())) {
        ok++;
        okStated += Boolean.FALSE.equals(g.targetStated()) ? 0 : 1;
      }
      if (g.targetPct() == null && p.targetPct() != null) {
        spurious++;
      }
    }
    return new Result(rows, sum / 3, f1s, acc, ok, nT, okStated, nStated, spurious, tp);
  }
}
