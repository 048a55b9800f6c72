package io.corpuscope.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Held-out check on PolNeAR (2016 US election news, human attribution labels): the job's
 * extractor on the {@code dev} compartment, which the learned cues never saw ({@link PolnearScore}
 * says how it is matched). And the shipped learned cue list is what learning on {@code train}
 * gives today: nobody edited it by hand and the learning is deterministic. Skipped when
 * {@code ../shared} is absent.
 */
class PolnearEvaluationTest {

  static final double FLOOR_PRECISION = 0.62;
  static final double FLOOR_RECALL = 0.40;

  private static Path polnear() {
    Path dir = Path.of(System.getProperty("corpuscope.repo", ".."), "..", "shared", "corpora", "polnear").normalize();
    assumeTrue(Files.exists(dir), "skipped: " + dir + " is not here");
    return dir;
  }

  @Test
  void speakerAttributionOnPolnearDev() throws Exception {
    List<PolnearCorpus.Article> dev = PolnearCorpus.read(polnear(), Set.of("dev"));
    PolnearScore score = PolnearScore.of(new QuoteExtractor(), dev);
    System.out.println("PolNeAR dev: " + score);
    assertThat(dev).hasSizeGreaterThan(50);
    assertThat(score.precision()).isGreaterThanOrEqualTo(FLOOR_PRECISION);
    assertThat(score.recallAll()).isGreaterThanOrEqualTo(FLOOR_RECALL);
  }

  @Test
  void theShippedLearnedCuesAreWhatTrainingGives() throws Exception {
    Path shipped = Path.of(System.getProperty("corpuscope.repo", ".."), "data", "reference", "learned-cues.txt");
    assertThat(CueTraining.learn(polnear())).isEqualTo(Files.readString(shipped, StandardCharsets.UTF_8));
  }

  @Test
  void theSourceHeadIsItsLastCapitalisedWordElseItsLastWord() {
    assertThat(PolnearScore.head("Democratic nominee Hillary Clinton")).isEqualTo("clinton");
    assertThat(PolnearScore.head("He")).isEqualTo("he");
    assertThat(PolnearScore.head("Daryl Kimball, executive director of the Arms Control Association")).isEqualTo("kimball");
    assertThat(PolnearScore.head("Rep. Gwen Moore (D-Wis.)")).isEqualTo("moore");
    assertThat(PolnearScore.head("senior administration officials")).isEqualTo("officials");
    assertThat(PolnearScore.named("He")).isFalse();
    assertThat(PolnearScore.named("Trump's campaign manager Kellyanne Conway")).isTrue();
  }
}
