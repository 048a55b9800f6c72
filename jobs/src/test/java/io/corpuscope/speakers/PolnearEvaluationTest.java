package io.corpuscope.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Held-out check on PolNeAR (2016 US election news, human attribution labels; train and dev
 * compartments, first annotator per article). Skipped when {@code ../shared} is absent.
 *
 * <p>Matching rule: a prediction matches an annotation of the same article when their content
 * spans overlap by at least half of the shorter (as the seed metric); one-to-one, greedy. The
 * speaker is right when the annotated source's head word — the last word of its last capitalised
 * run ("Hillary Clinton" in "Democratic nominee Hillary Clinton"), else its last word ("he",
 * "officials") — occurs as a word in our canonical speaker or our speaker as written.
 * Precision is over all predictions; recall over all annotations with a source, and separately
 * over those whose cue contains one of our reporting verbs (PolNeAR also labels beliefs and
 * perceptions, which are out of our scope).
 */
class PolnearEvaluationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Ann(int start, int end, String source, boolean speechCue) {
  }

  @Test
  void speakerAttributionOnPolnearTrainAndDev() throws Exception {
    Path shared = Path.of(System.getProperty("corpuscope.repo", ".."), "..", "shared").normalize();
    Path dir = shared.resolve("corpora/polnear");
    assumeTrue(Files.exists(dir), "skipped: " + dir + " is not here");
    Map<String, String> texts = new HashMap<>();
    try (BufferedReader r = gz(dir.resolve("polnear-0000.jsonl.gz"))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        String c = n.path("meta").path("compartment").asText();
        if (c.equals("train") || c.equals("dev")) {
          texts.put(n.get("id").asText(), n.get("text").asText());
        }
      }
    }
    ReportingLexicon lexicon = ReportingLexicon.loadDefault();
    Map<String, List<Ann>> anns = new HashMap<>();
    try (BufferedReader r = gz(dir.resolve("annotations/polnear-attributions.jsonl.gz"))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        String doc = n.get("doc_id").asText();
        if (!texts.containsKey(doc) || anns.containsKey(doc)) {
          continue;   // first annotator only
        }
        List<Ann> list = new ArrayList<>();
        for (JsonNode a : n.get("attributions")) {
          if (a.path("source").isNull() || a.path("source").isMissingNode() || a.path("content").path("spans").size() == 0) {
            continue;
          }
          JsonNode spans = a.get("content").get("spans");
          int s = spans.get(0).get(0).asInt();
          int e = spans.get(spans.size() - 1).get(1).asInt();
          boolean speech = false;
          for (String w : a.path("cue").path("text").asText("").split("\\W+")) {
            speech |= !w.isEmpty() && lexicon.base(w) != null;
          }
          list.add(new Ann(s, e, a.path("source").path("text").asText(""), speech));
        }
        anns.put(doc, list);
      }
    }
    QuoteExtractor extractor = new QuoteExtractor();
    int preds = 0;
    int matched = 0;
    int matchedSpeech = 0;
    int right = 0;
    int gold = 0;
    int goldSpeech = 0;
    int rightSpeech = 0;
    long t0 = System.nanoTime();
    for (Map.Entry<String, List<Ann>> e : anns.entrySet()) {
      List<ExtractedQuote> qs = extractor.extract(e.getKey(), texts.get(e.getKey()));
      preds += qs.size();
      gold += e.getValue().size();
      List<double[]> cands = new ArrayList<>();
      for (int pi = 0; pi < qs.size(); pi++) {
        for (int gi = 0; gi < e.getValue().size(); gi++) {
          Ann a = e.getValue().get(gi);
          ExtractedQuote q = qs.get(pi);
          int ov = Math.max(0, Math.min(q.end(), a.end()) - Math.max(q.start(), a.start()));
          int m = Math.min(q.end() - q.start(), a.end() - a.start());
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
        if (usedP.add(pi)) {
          if (!usedG.add(gi)) {
            usedP.remove(pi);
            continue;
          }
          matched++;
          Ann a = e.getValue().get(gi);
          matchedSpeech += a.speechCue() ? 1 : 0;
          if (speakerRight(qs.get(pi), a.source())) {
            right++;
            rightSpeech += a.speechCue() ? 1 : 0;
          }
        }
      }
      for (Ann a : e.getValue()) {
        goldSpeech += a.speechCue() ? 1 : 0;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double p = (double) right / preds;
    double rAll = (double) right / gold;
    double rSpeech = (double) rightSpeech / goldSpeech;
    System.out.printf(Locale.ROOT, "PolNeAR train+dev: %d articles, %d predictions, %d annotations (%d with a speech cue), %.1f s%n",
        anns.size(), preds, gold, goldSpeech, secs);
    System.out.printf(Locale.ROOT, "  detection   P=%.3f  R(all)=%.3f  R(speech cues)=%.3f%n",
        (double) matched / preds, (double) matched / gold, (double) matchedSpeech / goldSpeech);
    System.out.printf(Locale.ROOT, "  speaker     P=%.3f  R(all)=%.3f F1=%.3f  R(speech cues)=%.3f F1=%.3f%n",
        p, rAll, 2 * p * rAll / (p + rAll), rSpeech, 2 * p * rSpeech / (p + rSpeech));
    assertThat(p).isGreaterThanOrEqualTo(FLOOR_PRECISION);
    assertThat(rSpeech).isGreaterThanOrEqualTo(FLOOR_RECALL_SPEECH);
  }

  static final double FLOOR_PRECISION = 0.60;
  static final double FLOOR_RECALL_SPEECH = 0.58;

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
    String[] w = source.strip().split("[^\\p{L}\\p{N}'’]+");
    String lastCap = null;
    for (String x : w) {
      if (!x.isEmpty() && Character.isUpperCase(x.charAt(0)) && !x.equals(w[0]) || x.equals(w[0]) && w.length == 1) {
        lastCap = x;
      }
    }
    String h = lastCap != null ? lastCap : w[w.length - 1];
    return h.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
  }

  private static BufferedReader gz(Path p) throws java.io.IOException {
    return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8));
  }
}
