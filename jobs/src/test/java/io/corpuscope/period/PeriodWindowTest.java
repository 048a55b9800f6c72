package io.corpuscope.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodWindowTest {
  private static final LocalDate MID_APRIL = LocalDate.of(2025, 4, 15);
  private static final LocalDate MID_MAY = LocalDate.of(2025, 5, 20);

  @Test
  void aWindowIsWidenedToTheWholePeriodsAtItsEnds() {
    PeriodWindow month = PeriodWindow.widened(MID_APRIL, MID_MAY, new PeriodBucketer(Granularity.MONTH));
    assertThat(month.since()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(month.until()).isEqualTo(LocalDate.of(2025, 5, 31));

    PeriodWindow week = PeriodWindow.widened(MID_APRIL, MID_APRIL, new PeriodBucketer(Granularity.WEEK));
    assertThat(week.since()).isEqualTo(LocalDate.of(2025, 4, 14)); // a Monday
    assertThat(week.until()).isEqualTo(LocalDate.of(2025, 4, 20));

    PeriodWindow quarter = PeriodWindow.widened(MID_MAY, null, new PeriodBucketer(Granularity.QUARTER));
    assertThat(quarter.since()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(quarter.until()).isNull();

    PeriodWindow year = PeriodWindow.widened(null, LocalDate.of(2024, 2, 29), new PeriodBucketer(Granularity.YEAR));
    assertThat(year.until()).isEqualTo(LocalDate.of(2024, 12, 31));

    PeriodWindow day = PeriodWindow.widened(MID_APRIL, MID_APRIL, new PeriodBucketer(Granularity.DAY));
    assertThat(day.since()).isEqualTo(MID_APRIL);
    assertThat(day.until()).isEqualTo(MID_APRIL);
  }

  @Test
  void periodsAreInTheWindowWhenTheyOverlapIt() {
    PeriodWindow w = PeriodWindow.widened(MID_APRIL, MID_MAY, new PeriodBucketer(Granularity.MONTH));
    assertThat(w.containsPeriod("2025-04")).isTrue();
    assertThat(w.containsPeriod("2025-05")).isTrue();
    assertThat(w.containsPeriod("2025-03")).isFalse();
    assertThat(w.containsPeriod("2025-06")).isFalse();
    assertThat(w.containsPeriod(PeriodBucketer.UNDATED)).isFalse();
    assertThat(w.contains(LocalDate.of(2025, 4, 1))).isTrue();
    assertThat(w.contains(LocalDate.of(2025, 6, 1))).isFalse();
  }

  @Test
  void anOpenWindowHoldsEverything() {
    PeriodWindow open = PeriodWindow.widened(null, null, new PeriodBucketer(Granularity.MONTH));
    assertThat(open.isOpen()).isTrue();
    assertThat(open.containsPeriod(PeriodBucketer.UNDATED)).isTrue();
    assertThat(open.contains(LocalDate.of(1999, 1, 1))).isTrue();
  }

  @Test
  void everyGranularityEndsTheDayBeforeTheNextPeriodStarts() {
    for (Granularity g : Granularity.values()) {
      PeriodBucketer b = new PeriodBucketer(g);
      for (LocalDate d = LocalDate.of(2024, 12, 20); d.isBefore(LocalDate.of(2025, 3, 10)); d = d.plusDays(1)) {
        LocalDate end = b.end(d);
        assertThat(b.label(end)).as(g + " " + d).isEqualTo(b.label(d));
        assertThat(b.label(end.plusDays(1))).as(g + " " + d).isNotEqualTo(b.label(d));
      }
    }
  }
}
