package io.corpuscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress line of a long stage (pure: no Spark). */
class ProgressTest {
  @Test
  void saysHowFarHowFastAndHowLongIsLeft() {
    // 12,400 articles in 600 s is 20.7 a second; 25,100 more take about 20 minutes
    assertThat(Progress.line("speakers", "articles", 12_400, 37_500, 600))
        .isEqualTo("speakers: 12,400 of 37,500 articles (33 %, 20.7/s), about 20 min left");
  }

  @Test
  void beforeTheFirstTaskEndsItSaysSoInsteadOfGuessing() {
    assertThat(Progress.line("stance", "articles", 0, 500, 30))
        .isEqualTo("stance: 0 of 500 articles done after 30 s (counts arrive as tasks end)");
  }

  @Test
  void aRetriedTaskNeverPushesTheCountPastTheTotal() {
    assertThat(Progress.line("speakers", "articles", 130, 100, 10))
        .startsWith("speakers: 100 of 100 articles (100 %").endsWith("about 0 s left");
  }

  @Test
  void longWaitsAreInHours() {
    assertThat(Progress.line("speakers", "articles", 100, 100_000, 100)).endsWith("about 27.8 h left");
  }
}
