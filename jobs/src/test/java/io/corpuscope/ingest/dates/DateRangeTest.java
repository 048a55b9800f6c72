package io.corpuscope.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private final DateRange range = new DateRange(LocalDate.of(1940, 1, 1), LocalDate.of(2030, 12, 31));

  @ParameterizedTest
  @ValueSource(strings = {"1940-01-01", "2025-04-03", "2030-12-31"})
  void dateWithinTheBoundsIncludingThemHasNoViolation(LocalDate date) {
    assertThat(range.violation(date)).isEmpty();
  }

  @Test
  void dateBeforeTheEarliestIsReported() {
    assertThat(range.violation(LocalDate.of(1900, 1, 1)))
        .contains("date 1900-01-01 is before the earliest allowed 1940-01-01");
  }

  @Test
  void dateAfterTheLatestIsReported() {
    assertThat(range.violation(LocalDate.of(2100, 1, 1)))
        .contains("date 2100-01-01 is after the latest allowed 2030-12-31");
  }

  @Test
  void containsAgreesWithViolation() {
    assertThat(range.contains(LocalDate.of(1939, 12, 31))).isFalse();
  }

  @Test
  void singleDayRangeIsAllowed() {
    LocalDate day = LocalDate.of(2025, 4, 3);

    assertThat(new DateRange(day, day).contains(day)).isTrue();
  }

  @Test
  void rangeEndingBeforeItStartsIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DateRange(LocalDate.of(2030, 1, 1), LocalDate.of(1940, 1, 1)))
        .withMessageContaining("empty");
  }
}
