package io.corpuscope.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserNumericFormatsTest {

  private final DateParser mdy = new DateParser(DateOrder.MDY);
  private final DateParser dmy = new DateParser(DateOrder.DMY);

  @ParameterizedTest
  @ValueSource(strings = {"03/04/2025", "3/4/2025", "03-04-2025", "03.04.2025", "3/04/2025"})
  void ambiguousNumericDateIsReadMonthFirstUnderMdy(String raw) {
    assertThat(mdy.parse(raw).date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 3, 4)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"03/04/2025", "3/4/2025", "03-04-2025", "03.04.2025", "3/04/2025"})
  void ambiguousNumericDateIsReadDayFirstUnderDmy(String raw) {
    assertThat(dmy.parse(raw).date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 4, 3)));
  }

  @Test
  void numericDateFittingOnlyMdyIsReadUnderMdy() {
    assertThat(mdy.parse("12/25/2025").date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 12, 25)));
  }

  @Test
  void numericDateFittingOnlyDmyIsReadUnderDmy() {
    assertThat(dmy.parse("25/12/2025").date()).contains(ParsedDate.ofDay(LocalDate.of(2025, 12, 25)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"25/12/2025", "31/12/2025", "13.01.2025"})
  void dayFirstDateUnderMdyIsRejectedRatherThanSwapped(String raw) {
    ParseResult result = mdy.parse(raw);

    assertThat(result.status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
    assertThat(result.reason()).contains("'" + raw + "' does not fit the configured date order mdy");
  }

  @Test
  void monthFirstDateUnderDmyIsRejectedRatherThanSwapped() {
    assertThat(dmy.parse("12/25/2025").reason())
        .contains("'12/25/2025' does not fit the configured date order dmy");
  }

  @ParameterizedTest
  @CsvSource({"MDY, 02/29/2024", "DMY, 29/02/2024"})
  void numericLeapDayInALeapYearIsADate(DateOrder order, String raw) {
    assertThat(new DateParser(order).parse(raw).date()).contains(ParsedDate.ofDay(LocalDate.of(2024, 2, 29)));
  }

  @ParameterizedTest
  @CsvSource({"MDY, 02/29/2025", "DMY, 29/02/2025", "MDY, 31/02/2025", "MDY, 02/30/2025", "DMY, 30/02/2025",
    "MDY, 13/13/2025", "DMY, 32/01/2025", "MDY, 0/1/2025"})
  void numericDateImpossibleInEitherOrderIsImpossible(DateOrder order, String raw) {
    assertThat(new DateParser(order).parse(raw).status()).isEqualTo(ParseResult.Status.IMPOSSIBLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"03/04-2025", "03/04/25", "3/4", "003/04/2025", "03//04/2025"})
  void malformedNumericDateIsUnparseable(String raw) {
    assertThat(mdy.parse(raw).status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
  }

  @ParameterizedTest
  @CsvSource({"20250403, 2025-04-03", "19991231, 1999-12-31", "20240229, 2024-02-29"})
  void basicIsoDateIsReadToTheDay(String raw, LocalDate expected) {
    assertThat(mdy.parse(raw).date()).contains(ParsedDate.ofDay(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20250229", "20251301", "20250432"})
  void basicIsoDateNamingNoRealDateIsImpossible(String raw) {
    assertThat(mdy.parse(raw).status()).isEqualTo(ParseResult.Status.IMPOSSIBLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30250403", "12345678", "18991231"})
  void eightDigitNumberNotStartingWith19Or20IsUnparseable(String raw) {
    assertThat(mdy.parse(raw).status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1712140530,    2024-04-03",
    "999999999,     2001-09-09",
    "1743724799,    2025-04-03",
    "1743724800,    2025-04-04",
    "1.71214053E9,  2024-04-03",
    "1712140530.75, 2024-04-03",
  })
  void epochSecondsAreConvertedToUtcDate(String raw, LocalDate expected) {
    assertThat(mdy.parse(raw).date()).contains(ParsedDate.ofDay(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1712140530000,  2024-04-03",
    "999999999999,   2001-09-09",
    "1743724799999,  2025-04-03",
    "1743724800000,  2025-04-04",
    "1.71214053E12,  2024-04-03",
    "1.712140530123E12, 2024-04-03",
  })
  void epochMillisecondsAreConvertedToUtcDate(String raw, LocalDate expected) {
    assertThat(mdy.parse(raw).date()).contains(ParsedDate.ofDay(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"17121405300", "12345", "123", "171214053000000", "2025.5", "3.4", "2.025E3"})
  void numberOfNoDateLikeLengthIsUnparseable(String raw) {
    assertThat(mdy.parse(raw).status()).isEqualTo(ParseResult.Status.UNPARSEABLE);
  }

  @Test
  void elevenDigitNumberIsRefusedBecauseItCouldBeSecondsOrMilliseconds() {
    assertThat(mdy.parse("17121405300").reason())
        .contains("'17121405300' is a number but not a year, yyyymmdd date or epoch timestamp");
  }

  @Test
  void fourDigitNumberIsReadAsAYear() {
    assertThat(mdy.parse("2025").date())
        .contains(new ParsedDate(LocalDate.of(2025, 1, 1), DatePrecision.YEAR));
  }
}
