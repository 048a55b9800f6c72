package io.corpuscope.speakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speaker attribution against PolNeAR's labels (first annotator per article).
 *
 * <p>Matching: a prediction matches a relation of the same article when their content spans
 * overlap by at least half of the shorter (as the seed metric); one-to-one, greedy by overlap.
 * The speaker is right when the relation's source head word — the last capitalised word of the
 * source after its first word ("Clinton" in "Democratic nominee Hillary Clinton"), else its last
 * word ("he", "officials"), read before an apposition the span takes in ("Daryl Kimball, executive
 * director of the Arms Control Association", "Rep. Gwen Moore (D-Wis.)", "Senator X of Y") — is a
 * word of our canonical speaker or our speaker as written.
 * Precision is over all predictions. Recall is given over every relation with a source, over
 * those whose cue holds a hand-written reporting verb (PolNeAR also labels beliefs and
 * perceptions, out of our scope), and over those whose source is named (its head word is
 * capitalised: a person, or an organisation named).
 */
public record PolnearScore(int articles, int predictions, int relations, int speechRelations, int namedRelations,
               int matched, int right, int rightSpeech, int rightNamed) {

  /** Scores {@code extractor} on {@code articles}. */
  public static PolnearScore of(QuoteExtractor extractor, List<PolnearCorpus.Article> articles) {
    ReportingLexicon handWritten = ReportingLexicon.handWritten();
    int preds = 0;
    int rels = 0;
    int speech = 0;
    int named = 0;
    int matched = 0;
    int right = 0;
    int rightSpeech = 0;
    int rightNamed = 0;
    for (PolnearCorpus.Article a : articles) {
      List<PolnearCorpus.Relation> gold = new ArrayList<>();
      for (PolnearCorpus.Relation r : a.relations()) {
        if (r.hasSource() && !r.content().isEmpty()) {
          gold.add(r);
        }
      }
      List<ExtractedQuote> qs = extractor.extract(a.id(), a.text());
      preds += qs.size();
      rels += gold.size();
      boolean[] isSpeech = new boolean[gold.size()];
      boolean[] isNamed = new boolean[gold.size()];
      for (int gi = 0; gi < gold.size(); gi++) {
        isSpeech[gi] = speechCue(a.text(), gold.get(gi), handWritten);
        isNamed[gi] = named(gold.get(gi).source());
        speech += isSpeech[gi] ? 1 : 0;
        named += isNamed[gi] ? 1 : 0;
      }
      List<double[]> cands = new ArrayList<>();
      for (int pi = 0; pi < qs.size(); pi++) {
        for (int gi = 0; gi < gold.size(); gi++) {
          List<int[]> c = gold.get(gi).content();
          int gs = c.get(0)[0];
          int ge = c.get(c.size() - 1)[1];
          ExtractedQuote q = qs.get(pi);
          int ov = Math.max(0, Math.min(q.end(), ge) - Math.max(q.start(), gs));
          int m = Math.min(q.end() - q.start(), ge - gs);
          if (m > 0 && (double) ov / m >= 0.5) {
            cands.add(new double[] {(double) ov / m, pi, gi});
          }
        }
      }
      cands.sort((x, y) -> Double.compare(y[0], x[0]));
      Set<Integer> usedP = new HashSet<>();
      Set<Integer> usedG = new HashSet<>();
      for (double[] c : cands) {
        int pi = (int) c[1];
        int gi = (int) c[2];
        if (usedP.contains(pi) || usedG.contains(gi)) {
          continue;
        }
        usedP.add(pi);
        usedG.add(gi);
        matched++;
        if (speakerRight(qs.get(pi), gold.get(gi).source())) {
          right++;
          rightSpeech += isSpeech[gi] ? 1 : 0;
          rightNamed += isNamed[gi] ? 1 : 0;
        }
      }
    }
    return new PolnearScore(articles.size(), preds, rels, speech, named, matched, right, rightSpeech, rightNamed);
  }

  public double precision() {
    return predictions == 0 ? 0 : (double) right / predictions;
  }

  public double recallSpeech() {
    return speechRelations == 0 ? 0 : (double) rightSpeech / speechRelations;
  }

  public double recallNamed() {
    return namedRelations == 0 ? 0 : (double) rightNamed / namedRelations;
  }

  public double recallAll() {
    return relations == 0 ? 0 : (double) right / relations;
  }

  /** F1 of precision and recall over every relation with a source. */
  public double f1() {
    return QuoteEvaluation.Prf.f1(precision(), recallAll());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d articles, %d predictions, %d relations with a source (%d with a speech cue, %d named)%n"
            + "  detection   P=%.3f R(all)=%.3f%n"
            + "  speaker     P=%.3f R(all)=%.3f F1=%.3f R(speech cues)=%.3f R(named sources)=%.3f",
        articles, predictions, relations, speechRelations, namedRelations,
        predictions == 0 ? 0 : (double) matched / predictions, relations == 0 ? 0 : (double) matched / relations,
        precision(), recallAll(), f1(), recallSpeech(), recallNamed());
  }

  /** Whether the relation's cue holds a reporting verb of {@code lexicon}. */
  static boolean speechCue(String text, PolnearCorpus.Relation r, ReportingLexicon lexicon) {
    for (int[] s : r.cue()) {
      for (String w : text.substring(s[0], Math.min(s[1], text.length())).split("\\W+")) {
        if (!w.isEmpty() && lexicon.base(w) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who", "this", "that");

  /** Whether the source is named: a capitalised head word that is not a pronoun. */
  static boolean named(String source) {
    String h = lastCapitalised(source);
    return h != null && !PRONOUNS.contains(h.toLowerCase(Locale.ROOT));
  }

  /** The annotated source's head word occurs in our speaker or speaker-as-written. */
  static boolean speakerRight(ExtractedQuote q, String source) {
    String head = head(source);
    String ours = ((q.speaker() == null ? "" : q.speaker()) + " " + (q.speakerAsWritten() == null ? "" : q.speakerAsWritten()))
        .toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String w : ours.split("[^\\p{L}\\p{N}']+")) {
      if (w.equals(head) || w.equals(head + "'s")) {
        return true;
      }
    }
    return false;
  }

  static String head(String source) {
    source = named(source) ? beforeApposition(source) : source;
    String[] w = words(source);
    String lastCap = lastCapitalised(source);
    String h = lastCap != null ? lastCap : w.length == 1 ? w[0] : w[w.length - 1];
    return h.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
  }

  /** PolNeAR's source spans take in appositions: "X, the director of Y", "X (D-Md.)", "X, who …": the head is X's. */
  private static String beforeApposition(String source) {
    String s = source.strip();
    for (String sep : new String[] {",", " (", " who ", " of "}) {
      int k = s.indexOf(sep);
      if (k > 0 && lastCapitalised(s.substring(0, k)) != null) {
        s = s.substring(0, k);
      }
    }
    return s;
  }

  /** The last capitalised word after the first (the first counts only when it is the only word), or null. */
  private static String lastCapitalised(String source) {
    String[] w = words(source);
    String lastCap = null;
    for (int i = 0; i < w.length; i++) {
      String x = w[i];
      if (!x.isEmpty() && Character.isUpperCase(x.charAt(0)) && (i > 0 || w.length == 1)) {
        lastCap = x;
      }
    }
    return lastCap;
  }

  private static String[] words(String source) {
    return source.strip().split("[^\\p{L}\\p{N}'’]+");
  }
}
