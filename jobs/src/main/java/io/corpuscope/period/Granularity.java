package io.corpuscope.period;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The length of the periods articles are grouped into for time-series output. */
public enum Granularity {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /**
   * Reads a granularity from configuration or the command line, ignoring case and surrounding space.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code text} is none of them
   */
  public static Granularity parse(String text) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Granularity granularity : values()) {
      if (granularity.name().equals(wanted)) {
        return granularity;
      }
    }
    String allowed = Arrays.stream(values())
        .map(granularity -> granularity.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    throw new IllegalArgumentException("unknown granularity '" + text + "'; allowed: " + allowed);
  }
}
