package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Quote and speaker-attribution metrics, mirroring {@code shared/gold/score.py} (GUIDELINES §4).
 *
 * <p>Predictions carry quote text, not offsets, because cleaning moves offsets: each
 * {@code " ... "}-separated segment is located in the gold document text (first occurrence after
 * the previous segment), then matched exactly as score.py does: a prediction matches a gold record
 * of the same document when their spans overlap by at least half of the shorter one; one-to-one,
 * greedy by (overlap ratio, Jaccard) descending. A segment not found verbatim falls back to token
 * overlap with the gold quote text (the same 0.5 threshold on the shorter token set).
 * Detection counts every unmatched prediction as a false positive unless it is ignorable (a
 * non-person source overlapping an ignored span). Speaker attribution counts gold person records
 * as true positives when matched with an equal canonical speaker; precision counts every
 * prediction with a person speaker.
 */
public final class QuoteEvaluation {

  private QuoteEvaluation() {
  }

  /** Scores {@code predicted} against {@code gold}; {@code docTexts} maps doc to the gold text. */
  public static QuoteReport evaluate(List<EvalRows.Gold> gold, List<EvalRows.Ignored> ignored,
                     List<EvalRows.Predicted> predicted, Map<String, String> docTexts) {
    List<List<int[]>> pspans = new ArrayList<>();
    for (EvalRows.Predicted p : predicted) {
      pspans.add(locate(p.quote(), docTexts.get(p.doc())));
    }
    List<double[]> cands = new ArrayList<>();   // {ratio, jaccard, pi, gi}
    for (int pi = 0; pi < predicted.size(); pi++) {
      for (int gi = 0; gi < gold.size(); gi++) {
        EvalRows.Gold g = gold.get(gi);
        if (!g.doc().equals(predicted.get(pi).doc())) {
          continue;
        }
        double[] rj = pspans.get(pi) != null ? spanMatch(pspans.get(pi), g.spans())
            : tokenMatch(predicted.get(pi).quote(), g.quote());
        if (rj[0] >= 0.5) {
          cands.add(new double[] {rj[0], rj[1], pi, gi});
        }
      }
    }
    cands.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : a[1] != b[1] ? Double.compare(b[1], a[1])
        : a[2] != b[2] ? Double.compare(b[2], a[2]) : Double.compare(b[3], a[3]));
    Map<Integer, Integer> pm = new HashMap<>();
    Map<Integer, Integer> gm = new HashMap<>();
    for (double[] c : cands) {
      int pi = (int) c[2];
      int gi = (int) c[3];
      if (!pm.containsKey(pi) && !gm.containsKey(gi)) {
        pm.put(pi, gi);
        gm.put(gi, pi);
      }
    }
    Set<Integer> ignorable = new HashSet<>();
    for (int pi = 0; pi < predicted.size(); pi++) {
      if (!isPerson(predicted.get(pi)) && overlapsIgnored(predicted.get(pi), pspans.get(pi), ignored, docTexts)) {
        ignorable.add(pi);
      }
    }
    int detFp = 0;
    for (int pi = 0; pi < predicted.size(); pi++) {
      if (!pm.containsKey(pi) && !ignorable.contains(pi)) {
        detFp++;
      }
    }
    Map<String, Prf> speaker = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    Map<String, ArticleErrors> byArticle = new TreeMap<>();
    for (String subset : List.of("all", "direct", "indirect")) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int gi = 0; gi < gold.size(); gi++) {
        EvalRows.Gold g = gold.get(gi);
        if (!"person".equals(g.speakerType()) || !subset.equals("all") && !subset.equals(g.kind())) {
          continue;
        }
        Integer pi = gm.get(gi);
        if (pi != null && g.speaker().equals(predicted.get(pi).speaker())) {
          tp++;
          if (subset.equals("all")) {
            article(byArticle, g.doc()).tp++;
          }
        } else {
          fn++;
          if (subset.equals("all")) {
            String got = pi == null ? "(not found)" : predicted.get(pi).speaker();
            errors.add("FN " + g.id() + " gold=" + g.speaker() + " got=" + got);
            article(byArticle, g.doc()).miss(g.speaker(), got, g.speakerMention());
          }
        }
      }
      for (int pi = 0; pi < predicted.size(); pi++) {
        EvalRows.Predicted p = predicted.get(pi);
        if (!isPerson(p)) {
          continue;
        }
        Integer gi = pm.get(pi);
        if (gi != null) {
          EvalRows.Gold g = gold.get(gi);
          if (!subset.equals("all") && !subset.equals(g.kind())) {
            continue;
          }
          if ("person".equals(g.speakerType()) && g.speaker().equals(p.speaker())) {
            continue;
          }
          fp++;
        } else {
          if (!subset.equals("all") && p.kind() != null && !subset.equals(p.kind())) {
            continue;
          }
          fp++;
          if (subset.equals("all")) {
            article(byArticle, p.doc()).spurious(p.speaker());
            errors.add("FP spurious " + p.doc().substring(0, Math.min(3, p.doc().length())) + " speaker="
                + p.speaker() + " :: " + p.quote().substring(0, Math.min(60, p.quote().length())));
          }
        }
      }
      speaker.put(subset, new Prf(tp, fp, fn));
    }
    Map<String, int[]> byMention = new TreeMap<>();
    Map<String, Integer> goldCount = new HashMap<>();
    Map<String, Integer> predCount = new HashMap<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      EvalRows.Gold g = gold.get(gi);
      if (!"person".equals(g.speakerType())) {
        continue;
      }
      Integer pi = gm.get(gi);
      int[] c = byMention.computeIfAbsent(g.speakerMention(), k -> new int[2]);
      c[0] += pi != null && g.speaker().equals(predicted.get(pi).speaker()) ? 1 : 0;
      c[1]++;
      goldCount.merge(g.doc() + "\t" + g.speaker(), 1, Integer::sum);
    }
    for (int pi = 0; pi < predicted.size(); pi++) {
      EvalRows.Predicted p = predicted.get(pi);
      if (isPerson(p) && !ignorable.contains(pi)) {
        predCount.merge(p.doc() + "\t" + p.speaker(), 1, Integer::sum);
      }
    }
    Set<String> keys = new HashSet<>(goldCount.keySet());
    keys.addAll(predCount.keySet());
    double mae = 0;
    int exact = 0;
    for (String k : keys) {
      int d = Math.abs(goldCount.getOrDefault(k, 0) - predCount.getOrDefault(k, 0));
      mae += d;
      exact += d == 0 ? 1 : 0;
    }
    return new QuoteReport(new Prf(gm.size(), detFp, gold.size() - gm.size()), speaker, byMention,
        keys.isEmpty() ? 0 : mae / keys.size(), keys.isEmpty() ? 0 : (double) exact / keys.size(), errors,
        worst(byArticle.values()));
  }

  /** How many articles the confusion list names. */
  static final int WORST_ARTICLES = 5;

  /** One article's speaker-attribution errors: counts and what went wrong ("Mike Pence (pronoun) → none"). */
  public static final class ArticleErrors {
    private final String doc;
    private int tp;
    private int fp;
    private int fn;
    private final Map<String, Integer> confusions = new TreeMap<>();

    ArticleErrors(String doc) {
      this.doc = doc;
    }

    void miss(String gold, String got, String mention) {
      fn++;
      confusions.merge(gold + " (" + mention + ") → " + (got == null ? "no speaker" : got), 1, Integer::sum);
    }

    void spurious(String got) {
      fp++;
      confusions.merge("no quote → " + got, 1, Integer::sum);
    }

    public String doc() {
      return doc;
    }

    public int errors() {
      return fp + fn;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s  right %d, wrong or missed %d, spurious %d", doc,
          tp, fn, fp));
      confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
          .forEach(e -> b.append(String.format(Locale.ROOT, "%n    %d× %s", e.getValue(), e.getKey())));
      return b.toString();
    }
  }

  private static ArticleErrors article(Map<String, ArticleErrors> byArticle, String doc) {
    return byArticle.computeIfAbsent(doc, ArticleErrors::new);
  }

  private static List<ArticleErrors> worst(Collection<ArticleErrors> all) {
    return all.stream().filter(a -> a.errors() > 0)
        .sorted(Comparator.comparingInt(ArticleErrors::errors).reversed().thenComparing(ArticleErrors::doc))
        .limit(WORST_ARTICLES).toList();
  }

  /** score.py's ptype: the given type, else person when a speaker is set. */
  private static boolean isPerson(EvalRows.Predicted p) {
    String t = p.speakerType() != null ? p.speakerType() : (p.speaker() != null ? "person" : "anonymous");
    return "person".equals(t);
  }

  private static boolean overlapsIgnored(EvalRows.Predicted p, List<int[]> spans, List<EvalRows.Ignored> ignored,
                       Map<String, String> docTexts) {
    for (EvalRows.Ignored ig : ignored) {
      if (!ig.doc().equals(p.doc())) {
        continue;
      }
      if (spans != null ? overlap(spans, List.of(new int[] {ig.sentStart(), ig.sentEnd()})) > 0
          : docTexts.get(p.doc()) != null && tokenMatch(p.quote(),
          docTexts.get(p.doc()).substring(ig.sentStart(), ig.sentEnd()))[0] >= 0.5) {
        return true;
      }
    }
    return false;
  }

  /** Offsets of each " ... " segment of {@code quote} in {@code doc}, or null if one is not found. */
  static List<int[]> locate(String quote, String doc) {
    if (doc == null || quote == null || quote.isBlank()) {
      return null;
    }
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (String seg : quote.split(" \\.\\.\\. ")) {
      int at = doc.indexOf(seg, from);
      if (at < 0) {
        at = doc.indexOf(seg);
      }
      if (at < 0) {
        return null;
      }
      out.add(new int[] {at, at + seg.length()});
      from = at + seg.length();
    }
    return out;
  }

  private static double[] spanMatch(List<int[]> p, List<int[]> g) {
    int ov = overlap(p, g);
    int lp = len(p);
    int lg = len(g);
    int m = Math.min(lp, lg);
    return new double[] {m == 0 ? 0 : (double) ov / m, (double) ov / (lp + lg - ov)};
  }

  private static double[] tokenMatch(String p, String g) {
    List<String> a = io.corpuscope.text.Tokenizer.tokens(p);
    List<String> b = io.corpuscope.text.Tokenizer.tokens(g);
    Map<String, Integer> bc = new HashMap<>();
    b.forEach(t -> bc.merge(t, 1, Integer::sum));
    int common = 0;
    for (String t : a) {
      Integer c = bc.get(t);
      if (c != null && c > 0) {
        common++;
        bc.put(t, c - 1);
      }
    }
    int m = Math.min(a.size(), b.size());
    int union = a.size() + b.size() - common;
    return new double[] {m == 0 ? 0 : (double) common / m, union == 0 ? 0 : (double) common / union};
  }

  private static int overlap(List<int[]> s1, List<int[]> s2) {
    int ov = 0;
    for (int[] a : s1) {
      for (int[] b : s2) {
        ov += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
      }
    }
    return ov;
  }

  private static int len(List<int[]> s) {
    int n = 0;
    for (int[] a : s) {
      n += a[1] - a[0];
    }
    return n;
  }

  /** Precision, recall and F1 from counts (0 when undefined, as score.py). */
  public record Prf(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      return f1(precision(), recall());
    }

    /** The harmonic mean of a precision and a recall (0 when both are 0). */
    public static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
  }
}
