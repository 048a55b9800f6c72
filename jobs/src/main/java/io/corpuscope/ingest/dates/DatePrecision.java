package io.corpuscope.ingest.dates;

import java.util.Locale;

/**
 * How much of a date the source actually stated. A coarse date is stored as the first day of its
 * period, so the precision is what keeps "April 2025" distinguishable from "1 April 2025".
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR;

  /** Lowercase name for output columns: {@code "day"}, {@code "month"} or {@code "year"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
