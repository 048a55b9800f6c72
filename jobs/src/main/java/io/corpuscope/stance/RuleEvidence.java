package io.corpuscope.stance;

/**
 * The rule side of the stance stage, built once per JVM (each executor, and the driver) and
 * shared by every row: the figure parser, the sentence detector and the rule classifier are
 * thread-safe and cost a few hundred compiled patterns to build.
 */
final class RuleEvidence {
  private static final class Holder {
    static final RuleEvidence INSTANCE = new RuleEvidence();
  }

  private final SpendingFigureParser figures = new SpendingFigureParser();
  private final SpendingSentenceDetector detector = new SpendingSentenceDetector(figures);
  private final StanceClassifier classifier = new StanceClassifier(figures);

  static RuleEvidence get() {
    return Holder.INSTANCE;
  }

  SpendingSentenceDetector detector() {
    return detector;
  }

  StanceClassifier classifier() {
    return classifier;
  }

  /** Whether the sentence states a %-of-GDP target (read as a defence-spending context). */
  boolean statesTarget(String sentence) {
    return figures.parse(sentence, true).stream().anyMatch(f -> f.role().equals(Figure.TARGET));
  }

  /**
   * The rule evidence of a sentence as numbers for the models: the classifier's cue counts, then
   * whether the detector finds it in scope, whether a defence word and a money word meet in it
   * anywhere, and how many share-of-GDP figures it holds.
   */
  double[] features(String sentence) {
    double[] cues = classifier.features(sentence);
    double[] out = java.util.Arrays.copyOf(cues, cues.length + 3);
    out[cues.length] = detector.explain(sentence) != null ? 1 : 0;
    out[cues.length + 1] = detector.isCandidate(sentence) ? 1 : 0;
    out[cues.length + 2] = figures.parse(sentence, true).size();
    return out;
  }
}
