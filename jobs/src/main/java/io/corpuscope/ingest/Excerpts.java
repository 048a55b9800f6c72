package io.corpuscope.ingest;

/** Short, printable excerpts of raw input for quarantine rows. */
public final class Excerpts {
  /** Long enough to recognise a record, short enough that a 20 MB record stays a small row. */
  public static final int MAX_CHARS = 300;

  private Excerpts() {}

  public static String of(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // control characters (NULs of a binary file, say) would make the row unreadable in a BI tool
      b.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
    }
    return raw.length() > MAX_CHARS ? b.append('…').toString() : b.toString();
  }
}
