package io.corpuscope.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A row of the quotes table files known countries, bodies and outlets under their kind, never as persons. */
class QuoteRowTest {

  private static QuoteRow row(String text) {
    ExtractedQuote q = new QuoteExtractor().extract("a", text).get(0);
    return QuoteRow.of("a", LocalDate.of(2017, 3, 1), "2017-03", LocalDate.of(2017, 3, 1), "test", 0, q);
  }

  @Test
  void outletsAreOrganisationsWhateverTheTaggerMadeOfTheirName() {
    QuoteRow r = row("The New York Times reported that the budget would grow.");
    assertThat(r.getSpeaker()).isEqualTo("The New York Times");
    assertThat(r.getSpeakerRole()).isEqualTo("organisation");
    QuoteRow p = row("Washington Post said the deal was near.");
    assertThat(p.getSpeakerRole()).isEqualTo("organisation");
  }

  @Test
  void capitalsAreTheirCountry() {
    QuoteRow r = row("Moscow said the drills were routine.");
    assertThat(r.getSpeaker()).isEqualTo("Russia");
    assertThat(r.getSpeakerRole()).isEqualTo("country");
  }
}
