package io.corpuscope.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTextFormatsTest {

  private final DateParser parser = new DateParser(DateOrder.MDY);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Thu, 03 Apr 2025 10:15:30 GMT   | 2025-04-03",
    "Thu, 3 Apr 2025 10:15:30 +0200  | 2025-04-03",
    "03 Apr 2025 10:15:30 GMT        | 2025-04-03",
    "3 Apr 2025 10:15 GMT            | 2025-04-03",
    "thu, 03 apr 2025 10:15:30 utc   | 2025-04-03",
    "Thu, 03 Apr 2025 10:15:30 Z     | 2025-04-03",
    "Thu, 03 Apr 2025 01:30:00 +0200 | 2025-04-02",
    "Thu, 03 Apr 2025 23:30:00 -0500 | 2025-04-04",
    "Thu, 03 Apr 2025 23:30:00 EST   | 2025-04-04",
    "Thu, 03 Apr 2025 21:30:00 PDT   | 2025-04-04",
  })
  void rfcDateTimeIsConvertedToUtcDate(String raw, LocalDate expected) {
    assertThat(parser.parse(raw).date()).contains(ParsedDate.ofDay(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "April 3, 2025", "Apr 3 2025", "3 April 2025", "3 Apr. 2025", "April 3rd, 2025",
    "Thursday, April 3, 2025", "Thu, 3 Apr 2025", "Thursday 3rd April 2025", "APRIL 3, 2025",
    "april 03 2025", "  Apr.  3 ,  2025  "})
  void monthNameDateIsReadToTheDay(String raw) {
    assertThat(parser.parse(raw).date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"September 4, 2025", "Sept. 4, 2025", "Sep 4 2025", "4th Sept 2025"})
  void septemberIsRecognisedInItsCommonSpellings(String raw) {
    assertThat(parser.parse(raw).date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 9, 4)));
  }

  @ParameterizedTest
  @EnumSource(DateOrder.class)
  void monthNameDateIgnoresTheConfiguredNumericOrder(DateOrder order) {
    assertThat(new DateParser(order).parse("3 April 2025").date())
        .contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"April 2025", "Apr 2025", "apr. 2025", "APRIL, 2025"})
  void monthAndYearIsReadToTheMonth(String raw) {
    assertThat(parser.parse(raw).date())
        .contains(new ParsedDate(LocalDate.of(2025, 4, 1), DatePrecision.MONTH));
  }

  @Test
  void leapDayByNameInALeapYearIsADate() {
    assertThat(parser.parse("February 29, 2024").date())
        .contains(ParsedDate.ofDay(LocalDate.of(2024, 2, 29)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"February 29, 2025", "April 31, 2025", "32 April 2025", "Apr 0 2025",
    "Thu, 31 Apr 2025 10:15:30 GMT", "Thu, 03 Apr 2025 24:15:30 GMT"})
  void monthNameDateThatDoesNotExistIsImpossible(String raw) {
    assertThat(parser.parse(raw).status()).isEqualTo(ParseResult.Status.IMPOSSIBLE);
  }

  @Test
  void weekdayContradictingTheDateIsImpossible() {
    assertThat(parser.parse("Friday, April 3, 2025").status()).isEqualTo(ParseResult.Status.IMPOSSIBLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 avril 2025", "3. März 2025", "Apr 3 25", "April the third 2025", "Spring 2025",
    "Thu, 03 Apr 2025 10:15:30 CEST", "Thu, 03 Apr 2025 10:15:30", "2025 April 3"})
  void unsupportedWrittenDateIsUnparseable(String raw) {
    assertThat(parser.parse(raw).status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
  }
}
