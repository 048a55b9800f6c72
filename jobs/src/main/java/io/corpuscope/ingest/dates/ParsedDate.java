package io.corpuscope.ingest.dates;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date read from an article: the UTC calendar date and how precisely the source stated it.
 * A month-only date is the 1st of that month and a year-only date is 1 January of that year.
 *
 * @param date      UTC calendar date; the first day of the period for MONTH and YEAR precision
 * @param precision how much of the date the source stated
 */
public record ParsedDate(LocalDate date, DatePrecision precision) implements Serializable {

  /** Rejects a coarse date that is not the start of its period, so equal periods are equal values. */
  public ParsedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    boolean misaligned = switch (precision) {
      case DAY -> false;
      case MONTH -> date.getDayOfMonth() != 1;
      case YEAR -> date.getDayOfYear() != 1;
    };
    if (misaligned) {
      throw new IllegalArgumentException(
          "a " + precision.label() + "-precision date must be the first day of its period, not " + date);
    }
  }

  /** A date stated to the day. */
  public static ParsedDate ofDay(LocalDate date) {
    return new ParsedDate(date, DatePrecision.DAY);
  }

  /** A date stated only to the month, e.g. "April 2025". */
  public static ParsedDate ofMonth(YearMonth month) {
    return new ParsedDate(month.atDay(1), DatePrecision.MONTH);
  }

  /** A date stated only as a year, e.g. "2025". */
  public static ParsedDate ofYear(int year) {
    return new ParsedDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }
}
