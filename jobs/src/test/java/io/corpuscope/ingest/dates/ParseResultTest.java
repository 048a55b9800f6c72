package io.corpuscope.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParseResultTest {

  @Test
  void parsedResultCarriesADateAndNoReason() {
    ParseResult result = ParseResult.parsed(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));

    assertThat(result.isParsed()).isTrue();
    assertThat(result.reason()).isEmpty();
  }

  @Test
  void failedResultCarriesAReasonAndNoDate() {
    ParseResult result = ParseResult.impossible("month 13");

    assertThat(result.date()).isEmpty();
    assertThat(result.reason()).contains("month 13");
  }

  @Test
  void missingResultSaysSo() {
    assertThat(ParseResult.missing().status()).isEqualTo(ParseResult.Status.MISSING);
  }

  @Test
  void unparseableAndImpossibleWithTheSameReasonAreDifferent() {
    assertThat(ParseResult.unparseable("x")).isNotEqualTo(ParseResult.impossible("x"));
  }
}
