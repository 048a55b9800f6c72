package io.corpuscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
  @Test
  void putsBackTheSpaceBetweenGluedSentences() {
    assertThat(SentenceBreaks.restore("rather than raise tax increases.In a statement to Newsmax"))
        .isEqualTo("rather than raise tax increases. In a statement to Newsmax");
    assertThat(SentenceBreaks.restore("a promise to them.\"If he plans to vote"))
        .isEqualTo("a promise to them.\" If he plans to vote");
    assertThat(SentenceBreaks.restore("the talks stalled.“We are ready,” she said!Then"))
        .isEqualTo("the talks stalled. “We are ready,” she said! Then");
    assertThat(SentenceBreaks.restore("Is it over?No one knows.")).isEqualTo("Is it over? No one knows.");
  }

  @Test
  void leavesAbbreviationsAddressesAndNormalTextAlone() {
    for (String kept : new String[] {
        "The U.S.Army and the U.K.Navy", "see www.AllSides.com or Breitbart.com.Today", "mail info@nato.Int",
        "Visit https://example.org/News.Today", "Normal text. Two sentences.", "The e.g. case", "3.5% of GDP.",
        "iPhone.X is a name"}) {
      assertThat(SentenceBreaks.restore(kept)).as(kept).isEqualTo(kept);
    }
  }
}
