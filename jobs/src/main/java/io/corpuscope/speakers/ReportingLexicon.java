package io.corpuscope.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reporting cues read from {@code corpuscope/reference/reporting-verbs.txt} (the file documents
 * its format): verb forms mapped to their base, verbs that take a hearer/topic object, multi-word
 * cue phrases and the words that make a cue hypothetical or negated. Kept as data so analysts can
 * add a paraphrase tool's vocabulary without a code change. The job's lexicon adds the cues
 * {@link CueLearner} learned from PolNeAR ({@code learned-cues.txt}, written by {@code train}).
 */
final class ReportingLexicon implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String RESOURCE = "corpuscope/reference/reporting-verbs.txt";

  private final Map<String, String> baseOf = new HashMap<>();
  private final Set<String> objectVerbs = new HashSet<>();
  private final List<String[]> phrases = new ArrayList<>();
  private final Set<String> blockers = new HashSet<>();
  private final Set<String> neverCues = new HashSet<>();

  /** Cues learned from labels ({@link CueLearner}); read after the hand-written file, never overriding it. */
  static final String LEARNED = "corpuscope/reference/learned-cues.txt";

  private static volatile ReportingLexicon defaultLexicon;
  private static volatile ReportingLexicon handWritten;

  /** The hand-written cues and the learned ones: what the job uses. */
  static ReportingLexicon loadDefault() {
    ReportingLexicon l = defaultLexicon;
    if (l == null) {
      l = load(RESOURCE, new ReportingLexicon());
      l = load(LEARNED, l);
      defaultLexicon = l;
    }
    return l;
  }

  /** This lexicon plus {@code learned} cues (a form already here keeps its entry). */
  ReportingLexicon withLearned(List<CueLearner.Cue> learned) {
    ReportingLexicon l = new ReportingLexicon();
    l.baseOf.putAll(baseOf);
    l.objectVerbs.addAll(objectVerbs);
    l.phrases.addAll(phrases);
    l.blockers.addAll(blockers);
    l.neverCues.addAll(neverCues);
    for (CueLearner.Cue c : learned) {
      l.baseOf.putIfAbsent(c.form(), c.lemma());
    }
    return l;
  }

  /** The hand-written cues only (what {@link CueLearner} learns beyond). */
  static ReportingLexicon handWritten() {
    ReportingLexicon l = handWritten;
    if (l == null) {
      l = load(RESOURCE, new ReportingLexicon());
      handWritten = l;
    }
    return l;
  }

  private static ReportingLexicon load(String resource, ReportingLexicon into) {
    try (InputStream in = ReportingLexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + resource + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource, into);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReportingLexicon parse(BufferedReader reader) throws IOException {
    return parse(reader, RESOURCE, new ReportingLexicon());
  }

  private static ReportingLexicon parse(BufferedReader reader, String resource, ReportingLexicon l) throws IOException {
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        continue;
      }
      String[] f = s.split("\\s+");
      switch (f[0]) {
        case "verb" -> {
          for (int i = 1; i < f.length; i++) {
            l.baseOf.put(f[i], f[1]);
          }
        }
        case "form" -> l.baseOf.putIfAbsent(f[1], f[2]);
        case "never" -> l.neverCues.add(f[1]);
        case "object" -> l.objectVerbs.add(f[1]);
        case "phrase" -> l.phrases.add(java.util.Arrays.copyOfRange(f, 1, f.length));
        case "blocker" -> l.blockers.add(f[1]);
        default -> throw new IllegalArgumentException(resource + " line " + n + ": unknown entry '" + f[0] + "'");
      }
    }
    return l;
  }

  /** The base form if {@code word} is a reporting verb form, else null. */
  String base(String word) {
    return baseOf.get(word.toLowerCase(Locale.ROOT));
  }

  boolean takesObject(String base) {
    return objectVerbs.contains(base);
  }

  /** A lemma the guidelines never count as a cue (a mental state, a speech act with no content). */
  boolean isNeverCue(String lemma) {
    return neverCues.contains(lemma.toLowerCase(Locale.ROOT));
  }

  boolean isBlocker(String word) {
    return blockers.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Multi-word cues, each as lower-case words. */
  List<String[]> phrases() {
    return phrases;
  }
}
