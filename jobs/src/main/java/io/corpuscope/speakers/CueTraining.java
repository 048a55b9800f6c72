package io.corpuscope.speakers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rebuilds the learned cue list: learns on PolNeAR {@code train}, prints the speaker figures on
 * PolNeAR {@code dev} with the hand-written lexicon alone and with the cues each candidate setting
 * learns (the setting in {@link CueLearner.Settings#CHOSEN} was chosen on this sweep), and writes
 * the list learned with the chosen setting.
 */
public final class CueTraining {

  /** Where the job reads the list from (a classpath resource built from this file). */
  public static final Path DEFAULT_OUT = Path.of("data", "reference", "learned-cues.txt");

  static final List<CueLearner.Settings> SWEEP = List.of(new CueLearner.Settings(5, 0.3),
      new CueLearner.Settings(5, 0.5), new CueLearner.Settings(5, 0.7), new CueLearner.Settings(10, 0.5),
      new CueLearner.Settings(3, 0.5));

  private CueTraining() {
  }

  /** The cue list learned from the {@code train} compartment under {@code polnear}, as the file holds it. */
  public static String learn(Path polnear) throws IOException {
    return CueLearner.format(learner(PolnearCorpus.read(polnear, Set.of("train"))).learned(CueLearner.Settings.CHOSEN),
        CueLearner.Settings.CHOSEN);
  }

  private static CueLearner learner(List<PolnearCorpus.Article> train) {
    CueLearner learner = new CueLearner();
    learner.addAll(train);
    return learner;
  }

  /** Learns, prints the dev sweep to {@code log} and writes the chosen list to {@code out}. */
  public static void run(Path polnear, Path out, PrintWriter log) throws IOException {
    List<PolnearCorpus.Article> all = PolnearCorpus.read(polnear, Set.of("train", "dev"));
    List<PolnearCorpus.Article> train = all.stream().filter(a -> a.compartment().equals("train")).toList();
    List<PolnearCorpus.Article> dev = all.stream().filter(a -> a.compartment().equals("dev")).toList();
    CueLearner learner = learner(train);
    ReportingLexicon hand = ReportingLexicon.handWritten();
    log.printf(Locale.ROOT, "cues: learned from %d PolNeAR train articles; speaker figures on %d dev articles%n",
        train.size(), dev.size());
    log.printf(Locale.ROOT, "  hand-written cues only: %s%n", PolnearScore.of(new QuoteExtractor(hand), dev).toString()
        .replace("\n", "\n    "));
    for (CueLearner.Settings s : SWEEP) {
      List<CueLearner.Cue> cues = learner.learned(s);
      PolnearScore score = PolnearScore.of(new QuoteExtractor(hand.withLearned(cues)), dev);
      log.printf(Locale.ROOT, "  %s %d cues learned (≥ %d uses as a cue, ≥ %.0f %% of verb uses): %s%n",
          s.equals(CueLearner.Settings.CHOSEN) ? "*" : " ", cues.size(), s.minCue(), s.minShare() * 100,
          score.toString().replace("\n", "\n    "));
    }
    List<CueLearner.Cue> chosen = learner.learned(CueLearner.Settings.CHOSEN);
    Files.writeString(out, CueLearner.format(chosen, CueLearner.Settings.CHOSEN), StandardCharsets.UTF_8);
    log.printf(Locale.ROOT, "cues: %d learned cue forms written to %s%n", chosen.size(), out);
    log.flush();
  }
}
