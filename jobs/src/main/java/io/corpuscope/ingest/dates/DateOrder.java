package io.corpuscope.ingest.dates;

import java.util.Locale;

/**
 * How a purely numeric date such as {@code 03/04/2025} is read: month first (US) or day first.
 * The order is configuration, never inferred per article, because inferring it would be guessing.
 */
public enum DateOrder {
  /** Month, day, year: {@code 03/04/2025} is 4 March 2025. */
  MDY,
  /** Day, month, year: {@code 03/04/2025} is 3 April 2025. */
  DMY;

  /** The order used when the configuration names none. */
  public static final DateOrder DEFAULT = MDY;

  /** Lowercase name, as shown in configuration and in rejection reasons, e.g. {@code "mdy"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
