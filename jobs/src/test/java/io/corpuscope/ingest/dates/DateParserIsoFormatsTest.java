package io.corpuscope.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserIsoFormatsTest {

  private final DateParser parser = new DateParser(DateOrder.MDY);

  @Test
  void isoDateIsReadToTheDay() {
    assertThat(parser.parse("2025-04-03").date())
        .contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "2025-04-03T10:15:30Z                          | 2025-04-03",
    "2025-04-03T10:15:30.123+02:00                 | 2025-04-03",
    "2025-04-03T10:15:30.123456789Z                | 2025-04-03",
    "2025-04-03T10:15Z                             | 2025-04-03",
    "2025-04-03T10:15:30+0200                      | 2025-04-03",
    "2025-04-03t10:15:30z                          | 2025-04-03",
    "2025-04-03T23:30:00-05:00                     | 2025-04-04",
    "2025-04-04T01:30:00+02:00                     | 2025-04-03",
    "2025-04-03T23:30:00-05:00[America/New_York]   | 2025-04-04",
    "2025-04-03T23:30:00[America/New_York]         | 2025-04-04",
  })
  void isoTimestampWithOffsetIsConvertedToUtcDate(String raw, LocalDate expected) {
    assertThat(parser.parse(raw).date()).contains(ParsedDate.ofDay(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-04-03 10:15:30", "2025-04-03T23:59:59.999", "2025-04-03 23:59"})
  void isoTimestampWithoutZoneIsTakenAsUtc(String raw) {
    assertThat(parser.parse(raw).date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @Test
  void yearMonthIsReadToTheMonth() {
    assertThat(parser.parse("2025-04").date())
        .contains(new ParsedDate(LocalDate.of(2025, 4, 1), DatePrecision.MONTH));
  }

  @ParameterizedTest
  @EnumSource(DateOrder.class)
  void yearFirstSlashedDateIgnoresTheConfiguredOrder(DateOrder order) {
    assertThat(new DateParser(order).parse("2025/04/03").date())
        .contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @Test
  void leapDayInALeapYearIsADate() {
    assertThat(parser.parse("2024-02-29").date()).contains(ParsedDate.ofDay(LocalDate.of(2024, 2, 29)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-32", "2025-04-31",
    "2025-13", "2025-04-03T25:00:00Z", "2025-04-03 10:61:00", "2025/02/30"})
  void isoShapedValueNamingNoRealDateIsImpossible(String raw) {
    assertThat(parser.parse(raw).status()).isEqualTo(ParseResult.Status.IMPOSSIBLE);
  }

  @Test
  void impossibleReasonNamesTheInputAndTheProblem() {
    assertThat(parser.parse("2025-02-30").reason())
        .hasValueSatisfying(reason -> assertThat(reason)
            .startsWith("'2025-02-30' is not a calendar date")
            .contains("FEBRUARY 30"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13-01", "2025-13", "20251301"})
  void monthThirteenIsReportedAsImpossible(String raw) {
    assertThat(parser.parse(raw).reason())
        .hasValueSatisfying(reason -> assertThat(reason)
            .contains("Invalid value for MonthOfYear").endsWith("13)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-04-0310:15:30", "2025-4-3", "2025-04-03T", "2025-04-03T10:15:30 Z", "25-04-03"})
  void nearMissIsoIsUnparseable(String raw) {
    assertThat(parser.parse(raw).status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
  }
}
