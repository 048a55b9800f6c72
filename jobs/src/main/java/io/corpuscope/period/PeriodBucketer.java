package io.corpuscope.period;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * Assigns a date to its period at one {@link Granularity}: a label such as {@code 2025-W14},
 * {@code 2025-04} or {@code 2025-Q2}, and the period's first day. Labels are zero-padded so that,
 * within one granularity, string order is chronological order, which keeps Hive partition folders
 * such as {@code period=2025-04} sorted.
 */
public final class PeriodBucketer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The period label for an article without a usable date. */
  public static final String UNDATED = "undated";

  private final Granularity granularity;

  public PeriodBucketer(Granularity granularity) {
    this.granularity = Objects.requireNonNull(granularity, "granularity");
  }

  public Granularity granularity() {
    return granularity;
  }

  /**
   * The label of the period containing {@code date}. Weeks are ISO-8601 weeks labelled with their
   * week-based year, so 2024-12-30 is {@code 2025-W01}.
   */
  public String label(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return switch (granularity) {
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d",
          date.getYear(), date.getMonthValue(), date.getDayOfMonth());
      case WEEK -> String.format(Locale.ROOT, "%04d-W%02d",
          date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d",
          date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
    };
  }

  /** The first day of the period containing {@code date}; weeks start on Monday. */
  public LocalDate start(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return switch (granularity) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The last day of the period containing {@code date}. */
  public LocalDate end(LocalDate date) {
    LocalDate start = start(date);
    return switch (granularity) {
      case DAY -> start;
      case WEEK -> start.plusWeeks(1).minusDays(1);
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeriodBucketer that && granularity == that.granularity;
  }

  @Override
  public int hashCode() {
    return granularity.hashCode();
  }

  @Override
  public String toString() {
    return "PeriodBucketer[" + granularity + "]";
  }
}
